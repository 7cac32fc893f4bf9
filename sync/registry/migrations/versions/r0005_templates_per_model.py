"""Face templates per model: a record keeps one template of each face model (dlib and SFace,
issue 17), so the templates table's key becomes (registration number, model).

Existing rows (dlib, sealed under `template:<number>`) stay as they are; SFace templates arrive
with the batches of stations that make them (or re-indexed their store).

Revision ID: r0005
Revises: r0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0005"
down_revision = "r0004"
branch_labels = None
depends_on = None


def _templates(key: list[str]) -> sa.Table:
    """The templates table as it stands, its key named as PostgreSQL names it (`templates_pkey`):
    SQLite reflects an unnamed key, which batch mode could not drop by name."""
    return sa.Table(
        "templates", sa.MetaData(),
        sa.Column("registration_number", sa.String(20), nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("model", sa.String(80), nullable=False),
        sa.Column("model_version", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint(*key, name="templates_pkey"),
    )


def _rekey(old: list[str], new: list[str]) -> None:
    """Move the templates table's key from `old` to `new` columns. Batch mode: PostgreSQL alters
    the constraint in place; SQLite, which cannot alter constraints, copies the table."""
    with op.batch_alter_table("templates", copy_from=_templates(old)) as batch:
        batch.drop_constraint("templates_pkey", type_="primary")
        batch.create_primary_key("templates_pkey", new)


def upgrade() -> None:
    _rekey(["registration_number"], ["registration_number", "model"])


def downgrade() -> None:
    op.execute("DELETE FROM templates WHERE model <> 'dlib_face_recognition_resnet_model_v1'")
    _rekey(["registration_number", "model"], ["registration_number"])
