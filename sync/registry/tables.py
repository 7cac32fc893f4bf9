"""Registry tables. Personal data (names, birth dates, contacts, photos, templates, free text)
only in `sealed*` columns under the registry data key; the clear columns are statistics,
numbers, states and dates, as at the station."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

meta = Table("meta", metadata,
             Column("key", String(64), primary_key=True),
             Column("value", Text, nullable=False))

# Central staff accounts (see sync/registry/accounts.py): names and roles in clear, no
# personal data beyond the account name; passwords as scrypt hashes.
accounts = Table(
    "accounts", metadata,
    Column("name", String(64), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("failed_attempts", Integer, nullable=False),
    Column("locked_until", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("password_changed_at", DateTime(timezone=True), nullable=False),
)

# The registry's audit chain (see sync/registry/audit.py). `details` is JSON without personal
# data; `hash` is HMAC-SHA256 over the previous hash and the event.
audit_events = Table(
    "audit_events", metadata,
    Column("sequence", Integer, primary_key=True, autoincrement=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(80), nullable=False),
    Column("action", String(40), nullable=False),
    Column("subject", String(80), nullable=False),
    Column("details", Text, nullable=False),
    Column("previous_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# One row (id 1): the newest event's sequence and hash with their MAC. Appends lock it FOR
# UPDATE, which serialises writers of the chain across registry processes.
audit_anchor = Table(
    "audit_anchor", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("sequence", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("mac", String(64), nullable=False),
)

stations = Table(
    "stations", metadata,
    Column("station_id", String(9), primary_key=True),
    Column("site", String(5), nullable=False),
    Column("public_key", LargeBinary, nullable=False),
    Column("key_id", String(16), nullable=False, unique=True),
    Column("certificate", Text, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
    Column("revoke_reason", String(80), nullable=False, default=""),
)

batches = Table(
    "batches", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("station_id", String(9), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("previous_hash", String(64), nullable=False),
    Column("record_count", Integer, nullable=False),
    Column("imported", Integer, nullable=False),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("acknowledgement", Text, nullable=False),
    UniqueConstraint("station_id", "sequence", name="uq_batches_station_sequence"),
)

enrolments = Table(
    "enrolments", metadata,
    Column("registration_number", String(20), primary_key=True),
    Column("station_id", String(9), nullable=False, index=True),
    Column("site", String(5), nullable=False),
    Column("status", String(20), nullable=False),
    Column("sex", String(1), nullable=False),
    Column("nationality", String(3), nullable=False),
    Column("age_band", String(8), nullable=False),
    Column("region", String(80), nullable=False),
    Column("district", String(80), nullable=False),
    Column("arrival_month", String(7), nullable=False),
    Column("languages", String(200), nullable=False),
    Column("local_language", String(10), nullable=False),
    Column("preferred_channel", String(12), nullable=False),
    Column("vulnerabilities", String(400), nullable=False),
    Column("needs", String(400), nullable=False),
    Column("consent_purposes", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True)),
    Column("merged_into", String(20), nullable=False),
    Column("batch_sequence", Integer, nullable=False),
    Column("demo_key", String(64), nullable=False, index=True),
    Column("sealed", LargeBinary, nullable=False),
)

photos = Table(
    "photos", metadata,
    Column("registration_number", String(20), primary_key=True),
    Column("sealed", LargeBinary, nullable=False),
    Column("quality_passed", Boolean, nullable=False),
)

templates = Table(  # one row per record and face model (r0005)
    "templates", metadata,
    Column("registration_number", String(20), primary_key=True),
    Column("sealed", LargeBinary, nullable=False),
    Column("model", String(80), primary_key=True),
    Column("model_version", String(40), nullable=False),
)

cards = Table(
    "cards", metadata,
    Column("card_number", String(24), primary_key=True),
    Column("registration_number", String(20), nullable=False, index=True),
    Column("station_id", String(9), nullable=False),
    Column("issue_date", Date, nullable=False),
    Column("expiry_date", Date, nullable=False),
    Column("status", String(12), nullable=False),
    Column("print_count", Integer, nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
    Column("revoke_reason", String(40), nullable=False),
    Column("replaced_by", String(24), nullable=False),
    Column("batch_sequence", Integer, nullable=False),
)

station_cases = Table(
    "station_cases", metadata,
    Column("station_id", String(9), primary_key=True),
    Column("case_id", Integer, primary_key=True),
    Column("registration_number", String(20), nullable=False),
    Column("candidates", Text, nullable=False),
    Column("opened_at", DateTime(timezone=True), nullable=False),
    Column("status", String(12), nullable=False),
    Column("decision", String(12)),
    Column("decided_by", String(64), nullable=False),
    Column("decided_at", DateTime(timezone=True)),
    Column("sealed_reason", LargeBinary),
    Column("batch_sequence", Integer, nullable=False),
)

cross_site_cases = Table(
    "cross_site_cases", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("registration_number", String(20), nullable=False, index=True),
    Column("candidate_number", String(20), nullable=False),
    Column("kind", String(12), nullable=False),  # biometric | demographic
    Column("distance", Float),
    Column("band", String(10), nullable=False),
    Column("opened_at", DateTime(timezone=True), nullable=False),
    Column("status", String(12), nullable=False, index=True),
    Column("decision", String(12)),
    Column("sealed_reason", LargeBinary),
    Column("decided_by", String(64), nullable=False, server_default=""),
    Column("decided_at", DateTime(timezone=True)),
    UniqueConstraint("registration_number", "candidate_number", "kind",
                     name="uq_cross_site_pair"),
)

rejections = Table(
    "rejections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("station_id", String(9), nullable=False),
    Column("sequence", Integer),
    Column("reason", String(40), nullable=False),
    Column("message", String(300), nullable=False),
    Column("quarantined_as", String(300), nullable=False),
)


# One row per face template added or removed by an import, written under the cross-site lock so
# that `seq` order is commit order: each registry process catches its index up with
# `seq > last_seen` (see sync/registry/facefeed.py).
face_changes = Table(
    "face_changes", metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("registration_number", String(20), nullable=False),
    Column("op", String(6), nullable=False),  # add | remove
    Column("at", DateTime(timezone=True), nullable=False),
)


# Each person's record keys (r0006, sync/registry/record_keys.py): `details` and `biometrics`,
# each wrapped by the registry data key. Erasure deletes the row: what was sealed under it, in
# any copy of the database, no longer decrypts. `wrapped` is 60 bytes, kept inline (STORAGE
# PLAIN on PostgreSQL) so that no TOAST copy of it exists.
record_keys = Table(
    "record_keys", metadata,
    Column("registration_number", String(20), primary_key=True),
    Column("purpose", String(12), primary_key=True),  # details | biometrics
    Column("wrapped", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
