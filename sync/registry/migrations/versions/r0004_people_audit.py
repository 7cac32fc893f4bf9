"""Central staff accounts and the registry's audit chain.

Revision ID: r0004
Revises: r0003
"""

from __future__ import annotations

revision = "r0004"
down_revision = "r0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
