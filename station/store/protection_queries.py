"""SQL for the data-protection lifecycle: consent withdrawal, erasure, retention, subject access.

Functions take a `Repository` (one open transaction) and use its connection and record keys, so
they join the caller's transaction. Erasure helpers never keep a copy of what they erase:
`record_history` (previous versions) is scrubbed or deleted together with the record.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, exists, func, or_, select, update

from station.domain.codec import bindings as bind
from station.domain.codec.consent import withdrawals_from_json, withdrawals_to_json
from station.domain.vocab import ConsentPurpose, EnrolmentStatus
from station.store import tables as t
from station.store.record_blobs import rotate_key
from station.store.repository import Repository
from station.store.rows import utc
from station.store.store import Store

Body = dict[str, Any]


def enrolment_id(repo: Repository, number: str) -> int:
    return repo.enrolment_id(number)  # the lookup raises NotFound with a clear message


context = bind.enrolment  # the associated data of a record's sealed details
DETAILS = bind.DETAILS_KEY  # the record key that seals them (station/store/record_keys.py)


# -- consent -----------------------------------------------------------------------------------
def record_withdrawal(repo: Repository, number: str, purpose: str, at: datetime) -> bool:
    """Append (purpose, at) to the consent's withdrawals; False when already withdrawn."""
    key = enrolment_id(repo, number)
    text = repo.connection.execute(
        select(t.consents.c.withdrawn).where(t.consents.c.enrolment_id == key)).scalar_one()
    withdrawn = withdrawals_from_json(text)
    if any(p.value == purpose for p, _ in withdrawn):
        return False
    withdrawn += ((ConsentPurpose(purpose), at),)
    repo.connection.execute(update(t.consents).where(t.consents.c.enrolment_id == key)
                            .values(withdrawn=withdrawals_to_json(withdrawn)))
    return True


def withdrawn_records(repo: Repository) -> list[tuple[str, EnrolmentStatus,
                                                    tuple[tuple[ConsentPurpose, datetime], ...]]]:
    """(number, status, withdrawals) of every record whose consent has a withdrawal."""
    rows = repo.connection.execute(
        select(t.enrolments.c.registration_number, t.enrolments.c.status, t.consents.c.withdrawn)
        .join(t.consents, t.consents.c.enrolment_id == t.enrolments.c.id)
        .where(t.consents.c.withdrawn.is_not(None), t.consents.c.withdrawn != "",
               t.consents.c.withdrawn != "[]")
        .order_by(t.enrolments.c.registration_number))
    return [(number, EnrolmentStatus(status), withdrawals_from_json(text))
            for number, status, text in rows]


def holds_biometrics(repo: Repository, number: str) -> bool:
    """True while the record still has a photo or a face template."""
    key = enrolment_id(repo, number)
    return bool(repo.connection.execute(select(
        exists().where(t.photos.c.enrolment_id == key)
        | exists().where(t.templates.c.enrolment_id == key))).scalar())


def release_for_sync(repo: Repository, number: str, at: datetime) -> None:
    """Mark the record changed: it goes out with the next batch and is no longer acknowledged."""
    repo.connection.execute(
        update(t.enrolments).where(t.enrolments.c.registration_number == number)
        .values(batch_sequence=None, acknowledged_at=None, updated_at=at))


def set_acknowledged(repo: Repository, number: str, at: datetime, batch: int = 1) -> None:
    """What sync does when the registry acknowledges a record (used until sync lands)."""
    repo.connection.execute(
        update(t.enrolments).where(t.enrolments.c.registration_number == number)
        .values(batch_sequence=batch, acknowledged_at=at))


# -- sealed details ----------------------------------------------------------------------------
def _reseal_history(repo: Repository, key: int, number: str,
                    change: Callable[[Body], Body]) -> None:
    rows = repo.connection.execute(select(t.record_history.c.id, t.record_history.c.sealed_before)
                                   .where(t.record_history.c.enrolment_id == key)).all()
    for history_id, sealed in rows:
        body = json.loads(repo.keys.open(number, DETAILS, sealed, context(number)))
        repo.connection.execute(
            update(t.record_history).where(t.record_history.c.id == history_id)
            .values(sealed_before=repo.keys.seal(
                number, DETAILS, json.dumps(change(body), ensure_ascii=False).encode(),
                context(number))))


def rewrite_sealed(repo: Repository, number: str, change: Callable[[Body], Body]) -> None:
    """Apply `change` to the sealed details and to every earlier version kept as history,
    then seal them all under a new details key and destroy the old one: a copy of the details
    as they were (a backup, an old page) no longer opens."""
    key = enrolment_id(repo, number)
    sealed = repo.connection.execute(
        select(t.enrolments.c.sealed).where(t.enrolments.c.id == key)).scalar_one()
    body = change(json.loads(repo.keys.open(number, DETAILS, sealed, context(number))))
    repo.connection.execute(update(t.enrolments).where(t.enrolments.c.id == key).values(
        sealed=repo.keys.seal(number, DETAILS, json.dumps(body, ensure_ascii=False).encode(),
                              context(number))))
    _reseal_history(repo, key, number, change)
    rotate_key(repo, key, number, DETAILS)


def update_clear(repo: Repository, number: str, values: dict[str, Any]) -> None:
    """Change clear (statistical) columns of one record."""
    repo.connection.execute(update(t.enrolments).where(
        t.enrolments.c.registration_number == number).values(**values))


def make_tombstone(repo: Repository, number: str, empty_body: Body, at: datetime) -> None:
    """Erase everything about a person but the number, and destroy the person's record keys
    (so no older copy of their data opens); the tombstone syncs as an erasure. Its empty
    details are sealed under a new key."""
    key = enrolment_id(repo, number)
    connection = repo.connection
    for table in (t.photos, t.templates, t.record_history, t.duplicate_cases):
        connection.execute(delete(table).where(table.c.enrolment_id == key))
    repo.keys.destroy(number)
    connection.execute(update(t.enrolments).where(t.enrolments.c.id == key).values(
        status=EnrolmentStatus.ERASED.value, sex="X", nationality="XXX", age_band="unknown",
        region="", district="", arrival_month="", languages="", local_language="none",
        preferred_channel="none", vulnerabilities="", needs="", merged_into="",
        sealed=repo.keys.seal(number, DETAILS, json.dumps(empty_body).encode(),
                              context(number)),
        updated_at=at, batch_sequence=None, acknowledged_at=None))


# -- retention ---------------------------------------------------------------------------------
def _unacknowledged_events(table: Any) -> Any:
    """Rows of `table` (cards, duplicate cases) of the record that the registry has not
    acknowledged yet: never sealed, or sealed in a batch still waiting for its acknowledgement."""
    acknowledged_batches = select(t.batches.c.sequence).where(
        t.batches.c.acknowledged_at.is_not(None))
    return exists().where(
        table.c.enrolment_id == t.enrolments.c.id,
        or_(table.c.batch_sequence.is_(None),
            table.c.batch_sequence.not_in(acknowledged_batches)))


def acknowledged_before(repo: Repository, before: datetime) -> list[tuple[int, str]]:
    """Records acknowledged by the registry before `before` and not changed since, with every
    card event and duplicate decision of theirs acknowledged too (a revocation that has not
    reached the registry must not vanish with the record)."""
    rows = repo.connection.execute(
        select(t.enrolments.c.id, t.enrolments.c.registration_number).where(and_(
            t.enrolments.c.acknowledged_at.is_not(None),
            t.enrolments.c.batch_sequence.is_not(None),
            t.enrolments.c.acknowledged_at < before,
            t.enrolments.c.status != EnrolmentStatus.PENDING_REVIEW.value,
            ~_unacknowledged_events(t.cards),
            ~_unacknowledged_events(t.duplicate_cases)))
        .order_by(t.enrolments.c.id))
    return [(int(i), str(n)) for i, n in rows]


def cards_expired_before(repo: Repository, before: date) -> list[str]:
    """Acknowledged live records whose latest card expired before `before` (no renewal)."""
    latest = (select(t.cards.c.enrolment_id, func.max(t.cards.c.expiry_date).label("expiry"))
              .group_by(t.cards.c.enrolment_id).subquery())
    rows = repo.connection.execute(
        select(t.enrolments.c.registration_number)
        .select_from(t.enrolments.join(latest, latest.c.enrolment_id == t.enrolments.c.id))
        .where(and_(latest.c.expiry < before,
                    t.enrolments.c.acknowledged_at.is_not(None),
                    t.enrolments.c.batch_sequence.is_not(None),
                    t.enrolments.c.status == EnrolmentStatus.ACTIVE.value))
        .order_by(t.enrolments.c.id))
    return [str(n) for (n,) in rows]


def drafts_before(repo: Repository, before: datetime) -> list[int]:
    rows = repo.connection.execute(select(t.drafts.c.id).where(t.drafts.c.updated_at < before))
    return [int(i) for (i,) in rows]


def delete_enrolments(repo: Repository, ids: list[int]) -> int:
    """Delete records and (by cascade) their consent, photo, template, cards, cases, history
    and record keys."""
    if not ids:
        return 0
    numbers = select(t.enrolments.c.registration_number).where(t.enrolments.c.id.in_(ids))
    # the cascade deletes them too; said here as well, so it never hangs on a PRAGMA
    repo.connection.execute(delete(t.record_keys)
                            .where(t.record_keys.c.registration_number.in_(numbers)))
    return int(repo.connection.execute(delete(t.enrolments).where(t.enrolments.c.id.in_(ids)))
               .rowcount)


def delete_drafts(repo: Repository, ids: list[int]) -> int:
    if not ids:
        return 0
    return int(repo.connection.execute(delete(t.drafts).where(t.drafts.c.id.in_(ids))).rowcount)


def count_unacknowledged(repo: Repository) -> int:
    return int(repo.connection.execute(
        select(func.count()).select_from(t.enrolments)
        .where(t.enrolments.c.acknowledged_at.is_(None))).scalar_one())


# -- subject access ----------------------------------------------------------------------------
def clear_columns(repo: Repository, number: str) -> dict[str, Any]:
    """The record's columns as stored in clear (everything but the sealed details)."""
    row = repo.connection.execute(select(t.enrolments).where(
        t.enrolments.c.registration_number == number)).mappings().one()
    return {k: v for k, v in row.items() if k not in ("sealed", "id")}


def history(repo: Repository, number: str) -> list[dict[str, Any]]:
    """Earlier versions of the details, decrypted, oldest first."""
    key = enrolment_id(repo, number)
    rows = repo.connection.execute(select(t.record_history).where(
        t.record_history.c.enrolment_id == key).order_by(t.record_history.c.id))
    return [{"changed_at": utc(r.changed_at), "changed_by": r.changed_by,
             "fields": [f for f in r.fields.split(",") if f],
             "before": json.loads(repo.keys.open(number, DETAILS, r.sealed_before,
                                                 context(number)))}
            for r in rows]


def photo_row(repo: Repository, number: str) -> dict[str, Any] | None:
    key = enrolment_id(repo, number)
    row = repo.connection.execute(select(t.photos).where(
        t.photos.c.enrolment_id == key)).mappings().first()
    return None if row is None else {k: v for k, v in row.items()
                                     if k not in ("sealed", "sealed_override_reason",
                                                  "enrolment_id")}


def audit_of(repo: Repository, number: str) -> list[dict[str, Any]]:
    rows = repo.connection.execute(select(t.audit_events).where(
        t.audit_events.c.subject == number).order_by(t.audit_events.c.sequence))
    return [{"sequence": r.sequence, "at": utc(r.at), "actor": r.actor, "action": r.action,
             "details": json.loads(r.details)} for r in rows]


# -- leaving no trace in the file ----------------------------------------------------------------
def compact(store: Store, *, vacuum: bool = True) -> None:
    """Fold the WAL into the file, truncate it, and rebuild the file without free pages.

    secure_delete already zeroes deleted content and freed pages; the checkpoint moves those
    pages into the main file and TRUNCATE empties the WAL that still held old frames (the
    tests read the raw file to check). VACUUM (outside any transaction, so on a raw
    connection) also drops the freelist and shrinks the file.
    """
    if not store.url.startswith("sqlite"):
        return
    raw = store.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("PRAGMA secure_delete=ON")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if vacuum:
            driver.execute("VACUUM")
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
