"""Face templates per model: a record keeps one template of each face model (dlib and SFace,
issue 17), so the templates table's key becomes (registration number, model).

Existing rows (dlib, sealed under `template:<number>`) stay as they are; SFace templates arrive
with the batches of stations that make them (or re-indexed their store).

Revision ID: r0005
Revises: r0004
"""

from __future__ import annotations

from alembic import op

revision = "r0005"
down_revision = "r0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_constraint("templates_pkey", "templates", type_="primary")
    op.create_primary_key("templates_pkey", "templates", ["registration_number", "model"])


def downgrade() -> None:
    op.execute("DELETE FROM templates WHERE model <> 'dlib_face_recognition_resnet_model_v1'")
    op.drop_constraint("templates_pkey", "templates", type_="primary")
    op.create_primary_key("templates_pkey", "templates", ["registration_number"])
