"""Who locked an operator account: an admin's lock lasts until an admin lifts it, and the
log-in screen tells it apart from a lock after wrong passwords.

Revision ID: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operators") as batch:
        batch.add_column(sa.Column("locked_by", sa.String(64), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("operators") as batch:
        batch.drop_column("locked_by")
