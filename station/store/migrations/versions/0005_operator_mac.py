"""A MAC under the data key on each operator row (role, password hash, lock fields), so that an
edit of the database file by hand cannot make an officer an admin or lift a lock. The rows of an
existing store are sealed on the first unlock after the upgrade (services/context.py), where the
data key is known.

Revision ID: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operators") as batch:
        batch.add_column(sa.Column("mac", sa.String(64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("operators") as batch:
        batch.drop_column("mac")
