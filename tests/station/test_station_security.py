"""Operators, roles, lock-out and the audit chain."""

from __future__ import annotations

import sqlite3

import pytest

from station.domain.roles import Permission
from station.domain.vocab import Role
from station.errors import AuthError, PermissionDenied
from station.services.context import Station, add_operator, change_passphrase, login
from station.services.enrolment import enrol
from station.services.records import show_record, verify_audit
from tests.station.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE
from tests.station.helpers import full_form


def _with_roles(station: Station) -> dict[str, object]:
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    add_operator(station, admin, "olga", Role.OFFICER, "officerpass1")
    add_operator(station, admin, "sam", Role.SUPERVISOR, "superpass1")
    return {"admin": admin, "officer": login(station, "olga", "officerpass1"),
            "supervisor": login(station, "sam", "superpass1")}


def test_officer_cannot_decide_duplicates_export_or_add_users(station: Station) -> None:
    """An officer enrols but may not decide duplicates, export or manage operators."""
    actors = _with_roles(station)
    officer = actors["officer"]
    enrol(station, officer, full_form())  # type: ignore[arg-type]
    for permission in (Permission.DECIDE_DUPLICATE, Permission.EXPORT, Permission.MANAGE_USERS):
        with pytest.raises(PermissionDenied):
            officer.require(permission)  # type: ignore[attr-defined]
    with pytest.raises(PermissionDenied):
        add_operator(station, officer, "eve", Role.ADMIN, "whatever12")  # type: ignore[arg-type]


def test_supervisor_cannot_manage_keys(station: Station) -> None:
    """A supervisor may not change the station passphrase."""
    supervisor = _with_roles(station)["supervisor"]
    with pytest.raises(PermissionDenied):
        change_passphrase(station, supervisor, PASSPHRASE, "another passphrase")  # type: ignore[arg-type]
    assert station.home.vault.unlock(PASSPHRASE)


def test_repeated_failures_lock_the_account(station: Station) -> None:
    """After five wrong passwords even the right one is refused for a while."""
    for _ in range(5):
        with pytest.raises(AuthError, match="wrong password"):
            login(station, ADMIN, "wrong-password")
    with pytest.raises(AuthError, match="locked"):
        login(station, ADMIN, ADMIN_PASSWORD)


def _chain(station: Station) -> object:
    return verify_audit(station, login(station, ADMIN, ADMIN_PASSWORD))


def _events_db(station: Station) -> sqlite3.Connection:
    return sqlite3.connect(station.home.store_path)


def _audited_station(station: Station) -> Station:
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    number = enrol(station, admin, full_form()).registration_number
    show_record(station, admin, number)
    show_record(station, admin, number)
    return station


def test_intact_chain_verifies(station: Station) -> None:
    """Logins, enrolments and views are all in one intact chain."""
    report = _chain(_audited_station(station))
    assert report.intact and report.events_checked >= 6  # type: ignore[attr-defined]
    with _events_db(station) as db:
        actions = [row[0] for row in db.execute("SELECT action FROM audit_events")]
    assert {"station-initialised", "login", "enrol", "view-record"} <= set(actions)


def test_edited_event_is_found(station: Station) -> None:
    """Changing what an event says breaks the chain at that event."""
    _audited_station(station)
    with _events_db(station) as db:
        db.execute("UPDATE audit_events SET actor = 'someone-else' WHERE sequence = 3")
    report = _chain(station)
    assert not report.intact and report.broken_at == 3  # type: ignore[attr-defined]
    assert "edited" in report.problem  # type: ignore[attr-defined]


def test_deleted_event_is_found(station: Station) -> None:
    """Deleting an event from the middle breaks the chain where it was."""
    _audited_station(station)
    with _events_db(station) as db:
        db.execute("DELETE FROM audit_events WHERE sequence = 4")
    report = _chain(station)
    assert not report.intact and report.broken_at == 4  # type: ignore[attr-defined]


def test_deleted_last_event_is_found(station: Station) -> None:
    """Deleting the newest events is caught by the anchor."""
    _audited_station(station)
    with _events_db(station) as db:
        last = db.execute("SELECT max(sequence) FROM audit_events").fetchone()[0]
        db.execute("DELETE FROM audit_events WHERE sequence = ?", (last,))
    report = _chain(station)
    assert not report.intact and report.broken_at == last  # type: ignore[attr-defined]


def test_reordered_events_are_found(station: Station) -> None:
    """Swapping two events' contents is caught at the first swapped one."""
    _audited_station(station)
    with _events_db(station) as db:
        rows = {r[0]: r[1:] for r in db.execute(
            "SELECT sequence, at, actor, action, subject, details, previous_hash, hash "
            "FROM audit_events WHERE sequence IN (2, 3)")}
        for target, source in ((2, 3), (3, 2)):
            db.execute("UPDATE audit_events SET at=?, actor=?, action=?, subject=?, details=?, "
                       "previous_hash=?, hash=? WHERE sequence=?", (*rows[source], target))
    report = _chain(station)
    assert not report.intact and report.broken_at == 2  # type: ignore[attr-defined]


def test_deleting_the_last_events_and_moving_the_anchor_back_is_found(station: Station) -> None:
    """Rewinding the anchor to an earlier event (whose hash anyone can read) is detected."""
    _audited_station(station)
    with _events_db(station) as db:
        last = db.execute("SELECT max(sequence) FROM audit_events").fetchone()[0]
        earlier = db.execute("SELECT hash FROM audit_events WHERE sequence = ?",
                             (last - 1,)).fetchone()[0]
        db.execute("DELETE FROM audit_events WHERE sequence = ?", (last,))
        db.execute("UPDATE meta SET value = ? WHERE key = 'audit_anchor'",
                   (f"{last - 1}:{earlier}:{'0' * 64}",))
    report = _chain(station)
    assert not report.intact  # type: ignore[attr-defined]
    assert "newest event" in report.problem  # type: ignore[attr-defined]
