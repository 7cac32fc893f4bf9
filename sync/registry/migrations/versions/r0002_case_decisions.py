"""Decisions on cross-site duplicate cases: who decided what, when, and why (sealed).

Revision ID: r0002
Revises: r0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0002"
down_revision = "r0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cross_site_cases") as batch:
        batch.add_column(sa.Column("decision", sa.String(12)))
        batch.add_column(sa.Column("sealed_reason", sa.LargeBinary))
        batch.add_column(sa.Column("decided_by", sa.String(64), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("decided_at", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("cross_site_cases") as batch:
        for column in ("decided_at", "decided_by", "sealed_reason", "decision"):
            batch.drop_column(column)
