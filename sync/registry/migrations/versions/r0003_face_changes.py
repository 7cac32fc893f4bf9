"""Face index change log (import sequence) so that every registry process keeps its index current.

Every import that adds or removes a face template writes one row per registration number, under
the cross-site advisory lock, so the sequence order is the commit order. A process remembers the
last sequence it applied and catches up with `seq > last_seen` (on a notification, by polling,
and inside every import before the cross-site check).

Revision ID: r0003
Revises: r0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0003"
down_revision = "r0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "face_changes",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
                  autoincrement=True),
        sa.Column("registration_number", sa.String(20), nullable=False),
        sa.Column("op", sa.String(6), nullable=False),  # add | remove
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("face_changes")
