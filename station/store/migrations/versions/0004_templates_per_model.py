"""Face templates per model: a record keeps one template of each face model (dlib and SFace,
issue 17), so the templates table's key becomes (enrolment, model).

Existing rows (all dlib) are copied as they are: their ciphertexts keep the binding they were
sealed with (`template:<number>`, the dlib model's), so nothing is re-encrypted here. The SFace
templates of existing records are made by `station biometrics reindex`.

Revision ID: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "templates_by_model",
        sa.Column("enrolment_id", sa.Integer,
                  sa.ForeignKey("enrolments.id", ondelete="CASCADE"), nullable=False),
        sa.Column("model", sa.String(80), nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("model_version", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("enrolment_id", "model"),
    )
    op.execute("INSERT INTO templates_by_model (enrolment_id, model, sealed, model_version) "
               "SELECT enrolment_id, model, sealed, model_version FROM templates")
    op.drop_table("templates")
    op.rename_table("templates_by_model", "templates")


def downgrade() -> None:
    op.create_table(
        "templates_one",
        sa.Column("enrolment_id", sa.Integer,
                  sa.ForeignKey("enrolments.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("model", sa.String(80), nullable=False),
        sa.Column("model_version", sa.String(40), nullable=False),
    )
    op.execute("INSERT INTO templates_one (enrolment_id, sealed, model, model_version) "
               "SELECT enrolment_id, sealed, model, model_version FROM templates "
               "WHERE model = 'dlib_face_recognition_resnet_model_v1'")
    op.drop_table("templates")
    op.rename_table("templates_one", "templates")
