"""Record keys for crypto-shredding: each person's details and biometrics get a random key of
their own, wrapped under the data key, so that erasure destroys the key and every old copy of
the blobs (a backup, WAL frames, freed pages) becomes unreadable.

This revision adds the table only. The blobs of an existing store (format 0x01, under the data
key) are re-encrypted under record keys (format 0x02) at the first unlock after the upgrade,
one record per transaction (station/store/record_keys_upgrade.py), since only then is the data
key known.

Revision ID: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_keys",
        sa.Column("registration_number", sa.String(20),
                  sa.ForeignKey("enrolments.registration_number", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("purpose", sa.String(12), nullable=False),
        sa.Column("wrapped", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("registration_number", "purpose"),
    )


def downgrade() -> None:
    # Dropping the keys would make every record sealed under them unreadable: a downgrade is
    # only possible while no record key exists (no record was converted or enrolled since).
    held = op.get_bind().execute(sa.text("SELECT count(*) FROM record_keys")).scalar_one()
    if held:
        raise RuntimeError(f"{held} record keys exist: downgrading below revision 0006 would "
                           "make the records they seal unreadable; restore a backup instead")
    op.drop_table("record_keys")
