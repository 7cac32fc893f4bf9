"""Record keys for crypto-shredding (issue 16): each person's sealed data under keys of their
own, so that erasure destroys a key instead of trying to reach every copy of the data.

This revision adds the `record_keys` table only. Rows sealed before it (blob version 0x01,
under the registry data key) stay readable; `registry keys upgrade` re-encrypts them record by
record (sync/registry/record_keys.py). A database without any sealed row is marked complete at
once: it will only ever hold version 0x02.

Revision ID: r0006
Revises: r0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0006"
down_revision = "r0005"
branch_labels = None
depends_on = None

SEALED = (("enrolments", "sealed"), ("photos", "sealed"), ("templates", "sealed"),
          ("station_cases", "sealed_reason"), ("cross_site_cases", "sealed_reason"))


def upgrade() -> None:
    op.create_table(
        "record_keys",
        sa.Column("registration_number", sa.String(20), primary_key=True),
        sa.Column("purpose", sa.String(12), primary_key=True),
        sa.Column("wrapped", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # 60 bytes inline: never compressed, never moved to TOAST, where a deleted key would
        # survive in a chunk of its own
        op.execute("ALTER TABLE record_keys ALTER COLUMN wrapped SET STORAGE PLAIN")
    sealed = any(bind.execute(sa.text(f"SELECT 1 FROM {table} WHERE {column} IS NOT NULL "
                                      "LIMIT 1")).first() for table, column in SEALED)
    if not sealed:
        bind.execute(sa.text("DELETE FROM meta WHERE key = 'record_keys'"))
        bind.execute(sa.text("INSERT INTO meta (key, value) VALUES ('record_keys', "
                             "'complete')"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM record_keys LIMIT 1")).first():
        raise RuntimeError("cannot go back before r0006: rows are sealed under record keys, "
                           "which r0005 cannot read")
    bind.execute(sa.text("DELETE FROM meta WHERE key = 'record_keys'"))
    op.drop_table("record_keys")
