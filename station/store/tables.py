"""Table definitions. Personal data lives only in `sealed*` columns (AES-256-GCM); the clear
columns are the statistical fields that group reports need, and numbers, states and dates."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

enrolments = Table(
    "enrolments", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("registration_number", String(20), nullable=False, unique=True),
    Column("site", String(5), nullable=False, index=True),
    Column("station", String(3), nullable=False),
    Column("status", String(20), nullable=False, index=True),
    Column("sex", String(1), nullable=False),
    Column("nationality", String(3), nullable=False),
    Column("age_band", String(8), nullable=False),
    Column("region", String(80), nullable=False, default=""),
    Column("district", String(80), nullable=False, default=""),
    Column("arrival_month", String(7), nullable=False, default=""),
    Column("languages", String(200), nullable=False, default=""),
    Column("local_language", String(10), nullable=False),
    Column("preferred_channel", String(12), nullable=False),
    Column("vulnerabilities", String(400), nullable=False, default=""),
    Column("needs", String(400), nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("created_by", String(64), nullable=False),
    Column("updated_at", DateTime(timezone=True)),
    Column("merged_into", String(20), nullable=False, default=""),
    Column("sealed", LargeBinary, nullable=False),
    Column("batch_sequence", Integer, index=True),
    Column("acknowledged_at", DateTime(timezone=True)),
)

consents = Table(
    "consents", metadata,
    Column("enrolment_id", Integer, ForeignKey("enrolments.id", ondelete="CASCADE"),
           primary_key=True),
    Column("text_version", String(40), nullable=False),
    Column("language", String(8), nullable=False),
    Column("purposes", String(200), nullable=False),
    Column("given_at", DateTime(timezone=True), nullable=False),
    Column("recorded_by", String(64), nullable=False),
    Column("withdrawn", Text, nullable=False, default="[]"),
)

photos = Table(
    "photos", metadata,
    Column("enrolment_id", Integer, ForeignKey("enrolments.id", ondelete="CASCADE"),
           primary_key=True),
    Column("sealed", LargeBinary, nullable=False),
    Column("source", String(10), nullable=False),
    Column("quality_passed", Boolean, nullable=False),
    Column("overridden", Boolean, nullable=False, default=False),
    Column("sealed_override_reason", LargeBinary),
    Column("liveness_passed", Boolean),
    Column("captured_at", DateTime(timezone=True)),
)

templates = Table(  # one row per record and face model (migration 0004)
    "templates", metadata,
    Column("enrolment_id", Integer, ForeignKey("enrolments.id", ondelete="CASCADE"),
           primary_key=True),
    Column("model", String(80), primary_key=True),
    Column("sealed", LargeBinary, nullable=False),
    Column("model_version", String(40), nullable=False),
)

cards = Table(
    "cards", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("card_number", String(24), nullable=False, unique=True),
    Column("enrolment_id", Integer, ForeignKey("enrolments.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("issue_date", Date, nullable=False),
    Column("expiry_date", Date, nullable=False, index=True),
    Column("status", String(12), nullable=False),
    Column("print_count", Integer, nullable=False, default=0),
    Column("revoked_at", DateTime(timezone=True)),
    Column("revoke_reason", String(40), nullable=False, default=""),
    Column("replaced_by", String(24), nullable=False, default=""),
    Column("batch_sequence", Integer),
)

duplicate_cases = Table(
    "duplicate_cases", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("enrolment_id", Integer, ForeignKey("enrolments.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("candidates", Text, nullable=False),
    Column("opened_at", DateTime(timezone=True), nullable=False),
    Column("status", String(12), nullable=False, index=True),
    Column("decision", String(12)),
    Column("sealed_reason", LargeBinary),
    Column("decided_by", String(64), nullable=False, default=""),
    Column("decided_at", DateTime(timezone=True)),
    Column("batch_sequence", Integer),
)

operators = Table(
    "operators", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("role", String(12), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("failed_attempts", Integer, nullable=False, default=0),
    Column("locked_until", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("locked_by", String(64), nullable=False, default="", server_default=""),
    # HMAC under the data key of the fields above (station/store/repository.py operator_fields)
    Column("mac", String(64), nullable=False, default="", server_default=""),
)

audit_events = Table(
    "audit_events", metadata,
    Column("sequence", Integer, primary_key=True, autoincrement=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("action", String(40), nullable=False, index=True),
    Column("subject", String(40), nullable=False, default=""),
    Column("details", Text, nullable=False, default="{}"),
    Column("previous_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

record_history = Table(
    "record_history", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("enrolment_id", Integer, ForeignKey("enrolments.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("changed_at", DateTime(timezone=True), nullable=False),
    Column("changed_by", String(64), nullable=False),
    Column("fields", String(400), nullable=False),
    Column("sealed_before", LargeBinary, nullable=False),
)

batches = Table(
    "batches", metadata,
    Column("sequence", Integer, primary_key=True, autoincrement=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("record_count", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("previous_hash", String(64), nullable=False),
    Column("file_name", String(200), nullable=False, default=""),
    Column("acknowledged_at", DateTime(timezone=True)),
    Column("acknowledgement", LargeBinary),
)

# A person's record keys (migration 0006), wrapped under the data key: deleting a row destroys
# what that key sealed in every copy of the store (station/store/record_keys.py). Drafts stay
# under the data key: a draft has no number yet, holds no photo, and is deleted when saved.
record_keys = Table(
    "record_keys", metadata,
    Column("registration_number", String(20),
           ForeignKey("enrolments.registration_number", ondelete="CASCADE"), primary_key=True),
    Column("purpose", String(12), primary_key=True),
    Column("wrapped", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

drafts = Table(
    "drafts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("operator", String(64), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("sealed", LargeBinary, nullable=False),
)
