"""Retention: purge deletes what is due, securely, and never unacknowledged data."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from protection_helpers import add_card, file_bytes, full_form, raw_column

from station.errors import ValidationError
from station.services.context import Actor, Station
from station.services.enrolment import enrol
from station.services.retention import RetentionRules, load_rules, purge, save_rules
from station.store import protection_queries as q


def _later(station: Station, days: int) -> None:
    start = station.now()
    station.clock = lambda: start + timedelta(days=days)


def test_purge_deletes_acknowledged_records_and_keeps_unacknowledged_ones(
        station: Station, admin: Actor) -> None:
    """Only records acknowledged more than N days ago leave the station; the others stay."""
    save_rules(station.home, RetentionRules(station_days_after_acknowledgement=30,
                                            everywhere_days_after_card_expiry=None))
    old_ack = enrol(station, admin, full_form()).registration_number
    recent_ack = enrol(station, admin, full_form(given_name="Rehema")).registration_number
    never_ack = enrol(station, admin, full_form(given_name="Tumaini")).registration_number
    start = station.now()
    with station.store.transaction() as repo:
        q.set_acknowledged(repo, old_ack, start)
        q.set_acknowledged(repo, recent_ack, start + timedelta(days=20))
    (sealed,) = raw_column(station, "SELECT sealed FROM enrolments WHERE "
                                    "registration_number = ?", old_ack)[0]
    piece = bytes(sealed)[30:70]  # type: ignore[arg-type]
    _later(station, 40)

    report = purge(station, admin)

    assert (report.deleted_from_station, report.kept_unacknowledged) == (1, 1)
    numbers = {n for (n,) in raw_column(station, "SELECT registration_number FROM enrolments")}
    assert numbers == {recent_ack, never_ack}
    assert piece not in file_bytes(station)


def test_dry_run_counts_without_changing_anything(station: Station, admin: Actor) -> None:
    """--dry-run reports the same counts as a real purge but deletes nothing."""
    save_rules(station.home, RetentionRules(station_days_after_acknowledgement=1))
    number = enrol(station, admin, full_form()).registration_number
    with station.store.transaction() as repo:
        q.set_acknowledged(repo, number, station.now())
    _later(station, 5)
    dry = purge(station, admin, dry_run=True)
    assert dry.deleted_from_station == 1
    assert raw_column(station, "SELECT count(*) FROM enrolments") == [(1,)]
    assert purge(station, admin).deleted_from_station == 1
    assert raw_column(station, "SELECT count(*) FROM enrolments") == [(0,)]


def test_expired_cards_erase_everywhere_through_a_tombstone(station: Station,
                                                            admin: Actor) -> None:
    """M days after the last card expired, an acknowledged record becomes an unacknowledged
    tombstone (synced as an erasure); an unacknowledged one is left alone."""
    save_rules(station.home, RetentionRules(station_days_after_acknowledgement=None,
                                            everywhere_days_after_card_expiry=10))
    acked = enrol(station, admin, full_form()).registration_number
    pending = enrol(station, admin, full_form(given_name="Rehema")).registration_number
    renewed = enrol(station, admin, full_form(given_name="Tumaini")).registration_number
    today = station.now().date()
    for number in (acked, pending, renewed):
        add_card(station, number, expiry=today + timedelta(days=5))
    add_card(station, renewed, suffix="2", expiry=today + timedelta(days=700))
    with station.store.transaction() as repo:
        q.set_acknowledged(repo, acked, station.now())
        q.set_acknowledged(repo, renewed, station.now())
    _later(station, 30)

    report = purge(station, admin)

    assert report.erased_everywhere == 1
    rows = dict(raw_column(station, "SELECT registration_number, status FROM enrolments"))
    assert rows == {acked: "erased", pending: "active", renewed: "active"}
    assert raw_column(station, "SELECT batch_sequence, acknowledged_at FROM enrolments "
                               "WHERE registration_number = ?", acked) == [(None, None)]


def test_old_drafts_are_deleted(station: Station, admin: Actor) -> None:
    """Drafts untouched for more than D days are deleted."""
    from sqlalchemy import insert

    from station.store import tables

    save_rules(station.home, RetentionRules(draft_days=7))
    with station.store.transaction() as repo:
        repo.connection.execute(insert(tables.drafts).values(
            operator="admin", updated_at=station.now(), sealed=b"x"))
    assert purge(station, admin).drafts_deleted == 0
    _later(station, 8)
    assert purge(station, admin).drafts_deleted == 1


def test_purge_report_and_audit_hold_counts_only(station: Station, admin: Actor) -> None:
    """The purge audit event carries counts, never registration numbers."""
    number = enrol(station, admin, full_form()).registration_number
    purge(station, admin)
    (details,) = raw_column(station, "SELECT details FROM audit_events WHERE action='purge'")[0]
    assert number not in str(details)
    assert set(json.loads(str(details))) >= {"deleted_from_station", "kept_unacknowledged"}


def test_bad_retention_file_is_a_clear_error(station: Station) -> None:
    """A misspelt or negative rule names the rule."""
    (station.home.path / "retention.json").write_text('{"draft_dayz": 3}')
    with pytest.raises(ValidationError, match="draft_dayz"):
        load_rules(station.home)
    (station.home.path / "retention.json").write_text('{"draft_days": -1}')
    with pytest.raises(ValidationError, match="draft_days"):
        load_rules(station.home)


def test_purge_keeps_a_record_whose_card_event_has_not_reached_the_registry(
        station: Station, admin: Actor) -> None:
    """A card revoked after the record was acknowledged keeps the record until that is synced."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    save_rules(station.home, RetentionRules(station_days_after_acknowledgement=30,
                                            everywhere_days_after_card_expiry=None))
    number = enrol(station, admin, full_form()).registration_number
    with station.store.transaction() as repo:
        q.set_acknowledged(repo, number, station.now())
    card = add_card(station, number)
    _later(station, 40)
    assert purge(station, admin).deleted_from_station == 0
    with station.store.transaction() as repo:
        repo.connection.execute(text(
            "INSERT INTO batches (sequence, created_at, record_count, sha256, previous_hash, "
            "file_name, acknowledged_at) VALUES (1, :at, 1, 'x', 'y', '', NULL)"),
            {"at": datetime.now(UTC)})
        repo.connection.execute(text("UPDATE cards SET batch_sequence = 1 WHERE card_number = "
                                     ":card"), {"card": card.card_number})
    assert purge(station, admin).deleted_from_station == 0  # sealed, not yet acknowledged
    with station.store.transaction() as repo:
        repo.connection.execute(text("UPDATE batches SET acknowledged_at = :at"),
                                {"at": datetime.now(UTC)})
    assert purge(station, admin).deleted_from_station == 1
