"""Field limits: the one definition shared by the station's validation and the registry's
check of every batch record (sync/batch_schema.py, sync/FORMAT.md section 1).

A value the station accepts always fits the registry: the registry's clear columns
(sync/registry/tables.py) are at least as wide as these limits (tests/sync/test_sync_malformed.py
checks it), so an over-long value is refused where it is typed, not by the registry's database.
Lengths count characters (Python `len`, as PostgreSQL's varchar(n) does); sizes count bytes.
"""

from __future__ import annotations

# -- text fields, at most this many characters ----------------------------------------------
NAME = 100  # each name and its Latin form; a related person's name
REGION = 80
DISTRICT = 80
PLACE = 200
NOTES = 2000
RELATIONSHIP = 40
PHONE = 30
EMAIL = 254  # RFC 5321's path limit
DOCUMENT_KIND = 40
DOCUMENT_NUMBER = 60
OPERATOR = 64  # created_by, decided_by, consent recorded_by
CONSENT_TEXT_VERSION = 40
CONSENT_LANGUAGE = 8
QUALITY_OVERRIDE = 300  # the officer's reason for keeping a photo that failed its check
PHOTO_SOURCE = 20
TEMPLATE_MODEL = 80
TEMPLATE_MODEL_VERSION = 40
REVOKE_REASON = 40
CASE_REASON = 2000
CASE_BAND = 10

# The statistical fields in clear, by their batch name: what the station checks and the registry
# enforces (each `<= ` the registry column of the same name).
CLEAR_TEXT = {"region": REGION, "district": DISTRICT}

# -- lists, at most this many items ----------------------------------------------------------
LANGUAGES = 20
RELATED_PEOPLE = 20  # each of emergency contacts, family contacts, dependants
DOCUMENTS = 10
CANDIDATES = 50  # candidates of one duplicate case

# -- binary values, at most this many bytes --------------------------------------------------
# The portrait is a 420 x 540 JPEG at quality 90 (biometrics/portrait.py): a real face is 30-60
# KB and pure noise, its worst case, 187 KiB (318 KiB even at quality 100).
PHOTO_BYTES = 512 * 1024
TEMPLATE_BYTES = 2048  # header with two 255-byte names, 128 float32 (biometrics/templates.py)

# -- one batch (sync/FORMAT.md section 1, "Limits") ------------------------------------------
BATCH_ENROLMENTS = 5000  # records per batch
BATCH_CARDS = 10_000
BATCH_CASES = 1000
BATCH_WITHDRAWALS = BATCH_ENROLMENTS * 5  # at most one per consent purpose of each record
# The station stops adding records (with their photo and template) to a batch once their CBOR
# reaches this many bytes; it always takes at least one.
BATCH_RECORD_BYTES = 40 * 1024 * 1024
# The largest body the registry reads: the record budget plus one largest record past it
# (< 600 KiB), 10,000 cards (< 0.5 KiB each), 1,000 cases (< 9 KiB each: 50 candidates and a
# 2,000-character reason) and the container (< 70 KiB): 55 MiB, rounded up.
BATCH_BYTES = 64 * 1024 * 1024
