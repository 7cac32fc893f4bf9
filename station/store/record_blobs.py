"""Where a person's blobs are, and re-sealing them all (conversion and key rotation).

`SEALED` lists every column holding a personal blob of a record, with the record key that
seals it and its associated data; the conversion of an old store and the rotation of a key
walk it, so a column added there is converted and rotated too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Table, func, select, update

from station.domain.codec import bindings as bind
from station.security.record_keys import DATA_KEY_FORMAT, PURPOSES
from station.store import tables as t

if TYPE_CHECKING:
    from station.store.repository import Repository


@dataclass(frozen=True)
class SealedColumn:
    table: Table
    column: str
    purpose: str
    owner: str  # the column naming the enrolment (its id)
    context: Callable[[str, Any], str]  # (number, row) -> associated data

    @property
    def sealed(self) -> Column[Any]:
        return self.table.c[self.column]

    @property
    def keys(self) -> list[Column[Any]]:
        return list(self.table.primary_key.columns)


SEALED = (
    SealedColumn(t.enrolments, "sealed", bind.DETAILS_KEY, "id",
                 lambda number, _row: bind.enrolment(number)),
    SealedColumn(t.record_history, "sealed_before", bind.DETAILS_KEY, "enrolment_id",
                 lambda number, _row: bind.enrolment(number)),
    SealedColumn(t.duplicate_cases, "sealed_reason", bind.DETAILS_KEY, "enrolment_id",
                 lambda _number, row: bind.case_reason(row.id)),
    SealedColumn(t.photos, "sealed", bind.BIOMETRICS_KEY, "enrolment_id",
                 lambda number, _row: bind.photo(number)),
    SealedColumn(t.photos, "sealed_override_reason", bind.BIOMETRICS_KEY, "enrolment_id",
                 lambda number, _row: bind.override_reason(number)),
    SealedColumn(t.templates, "sealed", bind.BIOMETRICS_KEY, "enrolment_id",
                 lambda number, row: bind.template(number, row.model)),
)

Opened = tuple[SealedColumn, dict[str, Any], bytes, bytes]  # (column, row key, blob, plaintext)


def _open_all(repo: Repository, enrolment_id: int, number: str, purposes: Iterable[str],
              legacy_only: bool) -> list[Opened]:
    wanted = set(purposes)
    opened: list[Opened] = []
    for column in SEALED:
        if column.purpose not in wanted:
            continue
        query = (select(*column.keys, column.sealed)
                 .where(column.table.c[column.owner] == enrolment_id,
                        column.sealed.is_not(None)))
        if legacy_only:
            query = query.where(func.substr(column.sealed, 1, 1) == DATA_KEY_FORMAT)
        for row in repo.connection.execute(query):
            blob = row._mapping[column.sealed]
            if not blob:
                continue
            plain = repo.keys.open(number, column.purpose, bytes(blob),
                                   column.context(number, row))
            opened.append((column, {k.name: row._mapping[k] for k in column.keys}, bytes(blob),
                           plain))
    return opened


def _seal_all(repo: Repository, number: str, opened: list[Opened]) -> None:
    for column, row_key, blob, plain in opened:
        row = _RowKey(row_key)
        sealed = repo.keys.seal(number, column.purpose, plain, column.context(number, row))
        # Only if the blob is still the one opened: on PostgreSQL (read committed) another
        # process may have rewritten it since (a correction), which must not be undone.
        repo.connection.execute(
            update(column.table)
            .where(*[column.table.c[name] == value for name, value in row_key.items()],
                   column.sealed == blob)
            .values({column.column: sealed}))


def convert_record(repo: Repository, enrolment_id: int, number: str) -> int:
    """Re-seal the record's blobs still under the data key (0x01) under its record keys; a
    blob sealed under a record key already is left as it is. Returns how many were."""
    opened = _open_all(repo, enrolment_id, number, PURPOSES, legacy_only=True)
    _seal_all(repo, number, opened)
    return len(opened)


def rotate_key(repo: Repository, enrolment_id: int, number: str, purpose: str) -> int:
    """Re-seal every blob of `purpose` under a new key and destroy the old one, so copies of
    the blobs as they were (before an erasure rewrote them) no longer open."""
    opened = _open_all(repo, enrolment_id, number, [purpose], legacy_only=False)
    repo.keys.destroy(number, [purpose])
    _seal_all(repo, number, opened)
    return len(opened)


def legacy_records(repo: Repository) -> list[tuple[int, str]]:
    """(enrolment id, number) of every record with a blob still under the data key."""
    ids: set[int] = set()
    for column in SEALED:
        owner = column.table.c[column.owner]
        ids |= {int(i) for (i,) in repo.connection.execute(
            select(owner).distinct()
            .where(func.substr(column.sealed, 1, 1) == DATA_KEY_FORMAT))}
    wanted = sorted(ids)
    numbers: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        numbers.update(repo.registration_numbers(wanted[start:start + 500]))
    return sorted(numbers.items())


class _RowKey:
    """A row's key columns as attributes (what `SealedColumn.context` reads)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)
