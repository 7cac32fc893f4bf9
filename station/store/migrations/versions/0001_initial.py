"""Initial schema: enrolments, consents, photos, templates, cards, duplicate cases, operators,
audit chain, record history, batches.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "enrolments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("registration_number", sa.String(20), nullable=False, unique=True),
        sa.Column("site", sa.String(5), nullable=False, index=True),
        sa.Column("station", sa.String(3), nullable=False),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("sex", sa.String(1), nullable=False),
        sa.Column("nationality", sa.String(3), nullable=False),
        sa.Column("age_band", sa.String(8), nullable=False),
        sa.Column("region", sa.String(80), nullable=False),
        sa.Column("district", sa.String(80), nullable=False),
        sa.Column("arrival_month", sa.String(7), nullable=False),
        sa.Column("languages", sa.String(200), nullable=False),
        sa.Column("local_language", sa.String(10), nullable=False),
        sa.Column("preferred_channel", sa.String(12), nullable=False),
        sa.Column("vulnerabilities", sa.String(400), nullable=False),
        sa.Column("needs", sa.String(400), nullable=False),
        sa.Column("created_at", TZ, nullable=False, index=True),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("updated_at", TZ),
        sa.Column("merged_into", sa.String(20), nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("batch_sequence", sa.Integer, index=True),
        sa.Column("acknowledged_at", TZ),
    )
    op.create_table(
        "consents",
        sa.Column("enrolment_id", sa.Integer,
                  sa.ForeignKey("enrolments.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("text_version", sa.String(40), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("purposes", sa.String(200), nullable=False),
        sa.Column("given_at", TZ, nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("withdrawn", sa.Text, nullable=False),
    )
    op.create_table(
        "photos",
        sa.Column("enrolment_id", sa.Integer,
                  sa.ForeignKey("enrolments.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("quality_passed", sa.Boolean, nullable=False),
        sa.Column("overridden", sa.Boolean, nullable=False),
        sa.Column("sealed_override_reason", sa.LargeBinary),
        sa.Column("liveness_passed", sa.Boolean),
        sa.Column("captured_at", TZ),
    )
    op.create_table(
        "templates",
        sa.Column("enrolment_id", sa.Integer,
                  sa.ForeignKey("enrolments.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("model", sa.String(80), nullable=False),
        sa.Column("model_version", sa.String(40), nullable=False),
    )
    op.create_table(
        "cards",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("card_number", sa.String(24), nullable=False, unique=True),
        sa.Column("enrolment_id", sa.Integer,
                  sa.ForeignKey("enrolments.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("issue_date", sa.Date, nullable=False),
        sa.Column("expiry_date", sa.Date, nullable=False, index=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("print_count", sa.Integer, nullable=False),
        sa.Column("revoked_at", TZ),
        sa.Column("revoke_reason", sa.String(40), nullable=False),
        sa.Column("replaced_by", sa.String(24), nullable=False),
        sa.Column("batch_sequence", sa.Integer),
    )
    op.create_table(
        "duplicate_cases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("enrolment_id", sa.Integer,
                  sa.ForeignKey("enrolments.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("candidates", sa.Text, nullable=False),
        sa.Column("opened_at", TZ, nullable=False),
        sa.Column("status", sa.String(12), nullable=False, index=True),
        sa.Column("decision", sa.String(12)),
        sa.Column("sealed_reason", sa.LargeBinary),
        sa.Column("decided_by", sa.String(64), nullable=False),
        sa.Column("decided_at", TZ),
        sa.Column("batch_sequence", sa.Integer),
    )
    op.create_table(
        "operators",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        sa.Column("locked_until", TZ),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "audit_events",
        sa.Column("sequence", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(40), nullable=False, index=True),
        sa.Column("subject", sa.String(40), nullable=False),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("previous_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "record_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("enrolment_id", sa.Integer,
                  sa.ForeignKey("enrolments.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("changed_at", TZ, nullable=False),
        sa.Column("changed_by", sa.String(64), nullable=False),
        sa.Column("fields", sa.String(400), nullable=False),
        sa.Column("sealed_before", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "batches",
        sa.Column("sequence", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("record_count", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("previous_hash", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(200), nullable=False),
        sa.Column("acknowledged_at", TZ),
        sa.Column("acknowledgement", sa.LargeBinary),
    )


def downgrade() -> None:
    for table in ("batches", "record_history", "audit_events", "operators", "duplicate_cases",
                  "cards", "templates", "photos", "consents", "enrolments", "meta"):
        op.drop_table(table)
