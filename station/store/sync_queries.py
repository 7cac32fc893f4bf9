"""Store queries for sync: what is pending, marking batches sealed and acknowledged.

Functions take a `Repository` (one open transaction) and use its connection and cipher.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update

from station.domain.model import Batch
from station.store import tables as t
from station.store.rows import utc


def pending_enrolments(repo: Any, limit: int) -> list[tuple[str, str]]:
    """(registration number, age band) of records not in any batch yet, oldest first."""
    rows = repo.connection.execute(
        select(t.enrolments.c.registration_number, t.enrolments.c.age_band)
        .where(t.enrolments.c.batch_sequence.is_(None))
        .order_by(t.enrolments.c.id).limit(limit))
    return [(str(number), str(band)) for number, band in rows]


def pending_card_numbers(repo: Any) -> list[str]:
    rows = repo.connection.execute(
        select(t.cards.c.card_number).where(t.cards.c.batch_sequence.is_(None))
        .order_by(t.cards.c.id))
    return [str(number) for (number,) in rows]


def pending_case_ids(repo: Any) -> list[int]:
    rows = repo.connection.execute(
        select(t.duplicate_cases.c.id).where(t.duplicate_cases.c.batch_sequence.is_(None))
        .order_by(t.duplicate_cases.c.id))
    return [int(case_id) for (case_id,) in rows]


def mark_sealed(repo: Any, sequence: int, numbers: list[str], card_numbers: list[str],
                case_ids: list[int]) -> None:
    for start in range(0, len(numbers), 500):
        repo.connection.execute(
            update(t.enrolments)
            .where(t.enrolments.c.registration_number.in_(numbers[start:start + 500]))
            .values(batch_sequence=sequence, acknowledged_at=None))
    if card_numbers:
        repo.connection.execute(update(t.cards).where(t.cards.c.card_number.in_(card_numbers))
                                .values(batch_sequence=sequence))
    if case_ids:
        repo.connection.execute(
            update(t.duplicate_cases).where(t.duplicate_cases.c.id.in_(case_ids))
            .values(batch_sequence=sequence))


def _batch(row: Any) -> Batch:
    return Batch(row.sequence, utc(row.created_at), row.record_count,
                 row.sha256, row.previous_hash, row.file_name, utc(row.acknowledged_at))


def last_batch(repo: Any) -> Batch | None:
    row = repo.connection.execute(
        select(t.batches).order_by(t.batches.c.sequence.desc()).limit(1)).first()
    return None if row is None else _batch(row)


def get_batch(repo: Any, sequence: int) -> Batch | None:
    row = repo.connection.execute(
        select(t.batches).where(t.batches.c.sequence == sequence)).first()
    return None if row is None else _batch(row)


def unacknowledged_batches(repo: Any) -> list[Batch]:
    rows = repo.connection.execute(
        select(t.batches).where(t.batches.c.acknowledged_at.is_(None))
        .order_by(t.batches.c.sequence))
    return [_batch(row) for row in rows]


def mark_acknowledged(repo: Any, sequence: int, at: datetime, acknowledgement: bytes) -> int:
    """Mark a batch and the records still in it as synced; returns how many records."""
    repo.connection.execute(update(t.batches).where(t.batches.c.sequence == sequence)
                            .values(acknowledged_at=at, acknowledgement=acknowledgement))
    result = repo.connection.execute(
        update(t.enrolments).where(t.enrolments.c.batch_sequence == sequence)
        .values(acknowledged_at=at))
    return int(result.rowcount or 0)


def sync_counts(repo: Any) -> dict[str, int]:
    """Records pending (in no batch), sealed awaiting acknowledgement, and acknowledged."""
    e = t.enrolments
    pending = repo.connection.execute(
        select(func.count()).select_from(e).where(e.c.batch_sequence.is_(None))).scalar_one()
    sealed = repo.connection.execute(
        select(func.count()).select_from(e).where(e.c.batch_sequence.is_not(None),
                                                  e.c.acknowledged_at.is_(None))).scalar_one()
    synced = repo.connection.execute(
        select(func.count()).select_from(e).where(e.c.acknowledged_at.is_not(None))).scalar_one()
    cards = repo.connection.execute(
        select(func.count()).select_from(t.cards).where(t.cards.c.batch_sequence.is_(None))
    ).scalar_one()
    return {"pending": int(pending), "awaiting_ack": int(sealed), "acknowledged": int(synced),
            "cards_pending": int(cards)}


def release_batches(repo: Any, first: int) -> list[str]:
    """Forget batch `first` and every later one (all unacknowledged): their records are pending
    again, to be sealed into a new batch of sequence `first`. Returns their file names."""
    rows = repo.connection.execute(select(t.batches.c.file_name).where(
        t.batches.c.sequence >= first)).all()
    for table in (t.enrolments, t.cards, t.duplicate_cases):
        repo.connection.execute(update(table).where(table.c.batch_sequence >= first)
                                .values(batch_sequence=None))
    repo.connection.execute(delete(t.batches).where(t.batches.c.sequence >= first))
    return [str(name) for (name,) in rows if name]


def acknowledged_from(repo: Any, first: int) -> list[int]:
    """Sequences from `first` on that the registry acknowledged."""
    rows = repo.connection.execute(select(t.batches.c.sequence).where(
        t.batches.c.sequence >= first, t.batches.c.acknowledged_at.is_not(None)))
    return [int(s) for (s,) in rows]
