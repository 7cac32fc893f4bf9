"""`registry keys upgrade`: re-encrypt the values sealed before r0006 (blob version 0x01, under
the registry data key) under their records' keys (version 0x02), record by record.

Each record is converted in a transaction of its own, holding its station's row lock (as an
import does, so that the two never make keys for the same number): its keys are made, every
0x01 value of it (enrolment body, photo, templates, its station's case reasons) is decrypted
and sealed again, and the transaction commits. Only 0x01 values are touched, so a pass that
is killed (or fails) leaves each record whole, either converted or not, and running it again
converts the rest: no value is converted twice. Cross-site case reasons follow, each under
both of its people's keys. When nothing sealed the old way is left, `meta` says so and from
then on a 0x01 value is refused (record_keys.is_complete).

A record not converted yet is erased as before r0006: its rows are deleted and nothing more
(its key rows do not exist yet); `registry status` says how many values remain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, literal_column, select, union, update

from station.domain.codec import bindings as bind
from station.domain.regno import NumberError, parse_number
from sync.errors import SyncError
from sync.registry import tables as t
from sync.registry.record_keys import (
    BIOMETRICS,
    DETAILS,
    KeyRing,
    is_complete,
    is_legacy,
    legacy_counts,
    mark_complete,
)

if TYPE_CHECKING:
    from sync.registry.service import Registry

PAGE = 500


@dataclass
class UpgradeReport:
    records: int = 0  # records converted by this run
    values: int = 0  # values sealed again (enrolment bodies, photos, templates, reasons)
    cases: int = 0  # cross-site case reasons among them
    keys_made: int = 0
    damaged: int = 0  # 0x01 values that did not decrypt: left as they are, and reported
    remaining: int = 0  # 0x01 values left after the run
    complete: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


Progress = Callable[[int, int], None]  # (records done, records to do)


def upgrade(registry: Registry, actor: str, progress: Progress | None = None) -> UpgradeReport:
    """Convert every record that still has a 0x01 value; audited at start and end."""
    report = UpgradeReport()
    with registry.engine.connect() as conn:
        if is_complete(conn):
            report.complete = True
            return report
        todo = int(conn.execute(select(literal_column("count(*)")).select_from(
            _legacy_numbers().subquery())).scalar_one())
    registry.audit.record(actor, "record-keys-upgrade-started", "", {"records": todo})
    after = ""
    while True:
        with registry.engine.connect() as conn:
            page = _next_numbers(conn, after)
        if not page:
            break
        for number in page:
            made, values, damaged = _convert_record(registry, number)
            report.keys_made += made
            report.values += values
            report.damaged += damaged
            report.records += 1 if values else 0
            if progress is not None:
                progress(report.records, todo)
        after = page[-1]
    for case_id in _legacy_cases(registry):
        converted, made, damaged = _convert_case(registry, case_id)
        report.cases += converted
        report.values += converted
        report.keys_made += made
        report.damaged += damaged
    with registry.engine.begin() as conn:
        report.remaining = sum(legacy_counts(conn).values())
        if report.remaining == 0:
            mark_complete(conn)
            report.complete = True
        registry.audit.append(conn, actor, "record-keys-upgraded", "", report.to_dict())
    if report.complete:
        registry.record_keys.legacy_open = False
    return report


def _legacy_numbers() -> Any:
    """SQL: every registration number with a 0x01 value of its own (one row each)."""
    parts = [select(table.c.registration_number.label("number")).where(is_legacy(column))
             for table, column in ((t.enrolments, t.enrolments.c.sealed),
                                   (t.photos, t.photos.c.sealed),
                                   (t.templates, t.templates.c.sealed),
                                   (t.station_cases, t.station_cases.c.sealed_reason))]
    return union(*parts)


def _next_numbers(conn: Connection, after: str) -> list[str]:
    numbers = _legacy_numbers().subquery()
    return [str(n) for (n,) in conn.execute(
        select(numbers.c.number).where(numbers.c.number > after)
        .order_by(numbers.c.number).limit(PAGE))]


def _station_of(conn: Connection, number: str) -> str:
    try:
        return parse_number(number)[0].station_id
    except NumberError:
        found = conn.execute(select(t.enrolments.c.station_id)
                             .where(t.enrolments.c.registration_number == number)).scalar()
        return str(found or "")


def _lock_stations(conn: Connection, station_ids: list[str]) -> None:
    """The stations' rows FOR UPDATE, in order: imports of those stations wait (and so no two
    writers make a key for one number)."""
    for station_id in sorted(set(station_ids)):
        conn.execute(select(t.stations.c.station_id)
                     .where(t.stations.c.station_id == station_id).with_for_update())


def _reseal(registry: Registry, ring: KeyRing, number: str, purpose: str, blob: bytes,
            context: str) -> bytes | None:
    """The value sealed under the record's key, or None when the old value does not open."""
    try:
        plaintext = registry.cipher.decrypt(bytes(blob), context)
    except SyncError:
        return None
    ring.load([number], purpose)
    return ring.seal(number, purpose, plaintext, context)


def _convert_record(registry: Registry, number: str) -> tuple[int, int, int]:
    """One record in its own transaction: (keys made, values converted, values damaged)."""
    e, p, tp, sc = t.enrolments, t.photos, t.templates, t.station_cases
    converted = damaged = 0
    with registry.engine.begin() as conn:
        _lock_stations(conn, [_station_of(conn, number)])
        ring = registry.record_keys.ring(conn)

        def swap(table: Any, column: Any, where: list[Any], purpose: str, blob: bytes,
                 context: str) -> None:
            nonlocal converted, damaged
            sealed = _reseal(registry, ring, number, purpose, blob, context)
            if sealed is None:
                damaged += 1
                return
            conn.execute(update(table).where(*where, is_legacy(column))
                         .values({column.key: sealed}))
            converted += 1

        for (blob,) in conn.execute(select(e.c.sealed).where(
                e.c.registration_number == number, is_legacy(e.c.sealed))):
            swap(e, e.c.sealed, [e.c.registration_number == number], DETAILS, blob,
                 bind.enrolment(number))
        for (blob,) in conn.execute(select(p.c.sealed).where(
                p.c.registration_number == number, is_legacy(p.c.sealed))):
            swap(p, p.c.sealed, [p.c.registration_number == number], BIOMETRICS, blob,
                 bind.photo(number))
        for model, blob in conn.execute(select(tp.c.model, tp.c.sealed).where(
                tp.c.registration_number == number, is_legacy(tp.c.sealed))):
            swap(tp, tp.c.sealed, [tp.c.registration_number == number, tp.c.model == model],
                 BIOMETRICS, blob, bind.template(number, model))
        for station_id, case_id, blob in conn.execute(
                select(sc.c.station_id, sc.c.case_id, sc.c.sealed_reason).where(
                    sc.c.registration_number == number, is_legacy(sc.c.sealed_reason))):
            swap(sc, sc.c.sealed_reason, [sc.c.station_id == station_id,
                                          sc.c.case_id == case_id],
                 DETAILS, blob, bind.station_case_reason(station_id, case_id))
    return ring.made, converted, damaged


def _legacy_cases(registry: Registry) -> list[int]:
    c = t.cross_site_cases
    with registry.engine.connect() as conn:
        return [int(i) for (i,) in conn.execute(
            select(c.c.id).where(is_legacy(c.c.sealed_reason)).order_by(c.c.id))]


def _convert_case(registry: Registry, case_id: int) -> tuple[int, int, int]:
    """One cross-site case's reason under both people's keys: (converted, keys made,
    damaged)."""
    c = t.cross_site_cases
    with registry.engine.begin() as conn:
        row = conn.execute(select(c.c.registration_number, c.c.candidate_number)
                           .where(c.c.id == case_id)).first()
        if row is None:
            return 0, 0, 0
        pair = (str(row.registration_number), str(row.candidate_number))
        _lock_stations(conn, [_station_of(conn, n) for n in pair])
        blob = conn.execute(select(c.c.sealed_reason).where(
            c.c.id == case_id, is_legacy(c.c.sealed_reason)).with_for_update()).scalar()
        if blob is None:
            return 0, 0, 0
        context = bind.cross_case_reason(case_id)
        try:
            plaintext = registry.cipher.decrypt(bytes(blob), context)
        except SyncError:
            return 0, 0, 1
        ring = registry.record_keys.ring(conn)
        ring.load(pair, DETAILS)
        conn.execute(update(c).where(c.c.id == case_id).values(
            sealed_reason=ring.seal_pair(pair, plaintext, context)))
    return 1, ring.made, 0
