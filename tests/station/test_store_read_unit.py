"""Reads take no write lock: a long search never holds up an enrolment (issue 11, item 1)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from station.services.context import Actor, Station, login
from station.services.enrolment import enrol
from station.services.search import search_records
from station.store.database import ReadUnitWrite
from tests.station.conftest import ADMIN, ADMIN_PASSWORD
from tests.station.helpers import GIVEN, full_form

WAIT = 30.0  # seconds; only a bound on a hung test, never the thing measured


def _enrol_some(station: Station, actor: Actor, count: int) -> list[str]:
    return [enrol(station, actor, full_form(phone=f"+255 713 90{index:04d}")).registration_number
            for index in range(count)]


def test_an_enrolment_commits_while_a_long_read_is_open(any_station: Station) -> None:
    actor = login(any_station, ADMIN, ADMIN_PASSWORD)
    _enrol_some(any_station, actor, 3)
    read_open = threading.Event()
    enrolled = threading.Event()
    seen: dict[str, object] = {}

    def long_search() -> None:
        with any_station.store.reading() as repo:
            records = repo.iter_enrolments()
            seen["first"] = next(records).personal.name.given  # decrypting, half way through
            read_open.set()
            # The read stays open until the enrolment has committed (or the bound runs out).
            seen["enrolled_while_open"] = enrolled.wait(WAIT)
            seen["rest"] = sum(1 for _ in records)

    reader = threading.Thread(target=long_search)
    reader.start()
    try:
        assert read_open.wait(WAIT)
        result = enrol(any_station, actor, full_form(phone="+255 713 999999"))
        enrolled.set()
    finally:
        enrolled.set()
        reader.join(WAIT)
    assert not reader.is_alive()
    assert seen["enrolled_while_open"] is True
    assert seen["first"] == GIVEN
    with any_station.store.reading() as repo:
        assert repo.get_enrolment(result.registration_number).personal.name.given == GIVEN
        assert repo.count_enrolments() == 4


def test_a_write_in_a_read_unit_is_refused_and_not_kept(any_station: Station) -> None:
    with pytest.raises(ReadUnitWrite), any_station.store.reading() as repo:
        repo.set_meta("read-unit-probe", "1")
    with any_station.store.reading() as repo:
        assert repo.get_meta("read-unit-probe") is None
    # The pooled connection goes back writable: a write unit after it still writes.
    with any_station.store.transaction() as repo:
        repo.set_meta("read-unit-probe", "2")
    with any_station.store.reading() as repo:
        assert repo.get_meta("read-unit-probe") == "2"


def test_the_records_search_reads_in_a_read_unit_and_audits_after(any_station: Station) -> None:
    actor = login(any_station, ADMIN, ADMIN_PASSWORD)
    numbers = _enrol_some(any_station, actor, 2)
    # A write unit held open elsewhere does not stop the reading part of a search: only its
    # short audit write waits, so the search finishes once the writer commits.
    writer_open = threading.Event()
    release = threading.Event()

    def writer() -> None:
        with any_station.store.transaction() as repo:
            repo.set_meta("held", datetime.now(UTC).isoformat())
            writer_open.set()
            release.wait(WAIT)

    holder = threading.Thread(target=writer)
    holder.start()
    try:
        assert writer_open.wait(WAIT)
        with any_station.store.reading() as repo:
            assert sorted(e.registration_number for e in repo.iter_enrolments()) == numbers
    finally:
        release.set()
        holder.join(WAIT)
    rows = search_records(any_station, actor, GIVEN)
    assert sorted(row["registration_number"] for row in rows) == numbers
    with any_station.store.reading() as repo:
        events = [event for event in repo.iter_audit() if event.action == "search-records"]
    assert events[-1].details["shown"] == [row["registration_number"] for row in rows]
    assert GIVEN not in str(events[-1].details)
