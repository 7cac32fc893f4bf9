"""Registry schema, first version.

Revision ID: r0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )

    op.create_table(
        "stations",
        sa.Column("station_id", sa.String(9), primary_key=True),
        sa.Column("site", sa.String(5), nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False, unique=True),
        sa.Column("certificate", sa.Text, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
        sa.Column("revoke_reason", sa.String(80), nullable=False),
    )

    op.create_table(
        "batches",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("station_id", sa.String(9), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("previous_hash", sa.String(64), nullable=False),
        sa.Column("record_count", sa.Integer, nullable=False),
        sa.Column("imported", sa.Integer, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledgement", sa.Text, nullable=False),
        sa.UniqueConstraint("station_id", "sequence", name="uq_batches_station_sequence"),
    )

    op.create_table(
        "enrolments",
        sa.Column("registration_number", sa.String(20), primary_key=True),
        sa.Column("station_id", sa.String(9), nullable=False),
        sa.Column("site", sa.String(5), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
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
        sa.Column("consent_purposes", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True)),
        sa.Column("merged_into", sa.String(20), nullable=False),
        sa.Column("batch_sequence", sa.Integer, nullable=False),
        sa.Column("demo_key", sa.String(64), nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
    )

    op.create_table(
        "photos",
        sa.Column("registration_number", sa.String(20), primary_key=True),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("quality_passed", sa.Boolean, nullable=False),
    )

    op.create_table(
        "templates",
        sa.Column("registration_number", sa.String(20), primary_key=True),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("model", sa.String(80), nullable=False),
        sa.Column("model_version", sa.String(40), nullable=False),
    )

    op.create_table(
        "cards",
        sa.Column("card_number", sa.String(24), primary_key=True),
        sa.Column("registration_number", sa.String(20), nullable=False),
        sa.Column("station_id", sa.String(9), nullable=False),
        sa.Column("issue_date", sa.Date, nullable=False),
        sa.Column("expiry_date", sa.Date, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("print_count", sa.Integer, nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
        sa.Column("revoke_reason", sa.String(40), nullable=False),
        sa.Column("replaced_by", sa.String(24), nullable=False),
        sa.Column("batch_sequence", sa.Integer, nullable=False),
    )

    op.create_table(
        "station_cases",
        sa.Column("station_id", sa.String(9), primary_key=True),
        sa.Column("case_id", sa.Integer, primary_key=True),
        sa.Column("registration_number", sa.String(20), nullable=False),
        sa.Column("candidates", sa.Text, nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("decision", sa.String(12)),
        sa.Column("decided_by", sa.String(64), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.Column("sealed_reason", sa.LargeBinary),
        sa.Column("batch_sequence", sa.Integer, nullable=False),
    )

    op.create_table(
        "cross_site_cases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("registration_number", sa.String(20), nullable=False),
        sa.Column("candidate_number", sa.String(20), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),  # biometric | demographic
        sa.Column("distance", sa.Float),
        sa.Column("band", sa.String(10), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.UniqueConstraint("registration_number", "candidate_number", "kind",
                     name="uq_cross_site_pair"),
    )

    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.String(9), nullable=False),
        sa.Column("sequence", sa.Integer),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("message", sa.String(300), nullable=False),
        sa.Column("quarantined_as", sa.String(300), nullable=False),
    )
    op.create_index("ix_enrolments_station_id", "enrolments", ["station_id"])
    op.create_index("ix_enrolments_demo_key", "enrolments", ["demo_key"])
    op.create_index("ix_cards_registration_number", "cards", ["registration_number"])
    op.create_index("ix_cross_site_cases_registration_number", "cross_site_cases",
                    ["registration_number"])
    op.create_index("ix_cross_site_cases_status", "cross_site_cases", ["status"])


def downgrade() -> None:
    op.drop_table("rejections")
    op.drop_table("cross_site_cases")
    op.drop_table("station_cases")
    op.drop_table("cards")
    op.drop_table("templates")
    op.drop_table("photos")
    op.drop_table("enrolments")
    op.drop_table("batches")
    op.drop_table("stations")
    op.drop_table("meta")
