"""What the station noticed is said in the window, under the header, in plain words with what to
do: security settings or an operator row edited outside the station, the audit log's newest
event removed, records held back from sync (listed on the Sync page: number and field, never
the value, with the record opened for correction)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from PySide6.QtCore import Qt

from station.services.context import login
from station.services.enrolment import enrol
from station.services.forms import EnrolmentForm
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, open_for_checks


def _sql(home, statement: str, *values: object) -> None:  # type: ignore[no-untyped-def]
    with closing(sqlite3.connect(home.path / "store.db")) as db, db:
        db.execute(statement, values)


def _alerts(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    bar = window.workspace.alerts
    qtbot.waitUntil(lambda: bar.isVisible() and bool(bar.text()), timeout=20000)
    return bar.text()


def test_settings_edited_by_hand_are_said_with_what_to_do(qtbot, window_factory,
                                                        station_home):
    """station.json's lock-out edited outside the station: an error banner says so, that the
    shipped values are used, and who does what."""
    config = json.loads(station_home.config_path.read_text())
    config["lockout_attempts"] = 20  # the shipped 5
    station_home.config_path.write_text(json.dumps(config))
    window = window_factory()
    said = _alerts(qtbot, window)
    assert "security settings" in said and "changed outside the station" in said
    assert "save the settings again" in said
    assert window.workspace.alerts.banners["settings"].kind == "error"
    assert "station.json" not in said and "lockout_attempts" not in said


def test_an_operator_row_edited_in_the_database_is_named_to_the_admin(qtbot, window_factory,
                                                                     station_home):
    """An officer's row given the admin role in the database file: the admin is told which
    account it is and what to do; nobody is told the database details."""
    _sql(station_home, "UPDATE operators SET role = 'admin' WHERE username = 'officer'")
    window = window_factory()
    said = _alerts(qtbot, window)
    assert "These accounts were changed outside the station" in said
    assert "officer" in said and "Deactivate them" in said
    assert "super" not in said and "MAC" not in said


def test_a_removed_audit_anchor_is_said(qtbot, window_factory, station_home):
    """The audit log's anchor removed from the database: tampering is said, with who checks."""
    _sql(station_home, "DELETE FROM meta WHERE key = 'audit_anchor'")
    window = window_factory()
    said = _alerts(qtbot, window)
    assert "The audit log was tampered with" in said and "A supervisor should" in said
    assert "`" not in said  # no command for a person to type


def test_held_back_records_are_listed_on_sync_and_open_for_correction(
        qtbot, window_factory, station_home):
    """A record an older station accepted with an over-long region: the header says records
    wait for a correction, "Open the Sync page" lists it by number and field (never its
    value), and "Open the record" shows it on the Records page."""
    station = open_for_checks(station_home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        number = enrol(station, admin, EnrolmentForm(
            given_name="Baraka", family_name="Omari", sex="M", birth_year=1988,
            nationality="COD", consent_purposes="all")).registration_number
    finally:
        station.close()
    _sql(station_home, "UPDATE enrolments SET region = ? WHERE registration_number = ?",
         "Rq" * 47, number)
    window = window_factory()
    said = _alerts(qtbot, window)
    assert "1 record(s) cannot be sent to the registry until a field is corrected" in said
    bar = window.workspace.alerts
    assert bar.sync_button.isVisible()
    qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
    sync = window.workspace.page("sync")
    assert window.workspace.pages.currentWidget() is sync
    qtbot.waitUntil(lambda: sync.held_box.isVisible(), timeout=20000)
    table = sync.held_table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == number
    what = table.item(0, 1).text()
    assert what == "correct the region (too long: at most 80 characters)"
    shown = " ".join(table.item(0, c).text() for c in range(2)) + sync.held_note.text()
    assert "Rq" not in shown
    table.selectRow(0)
    assert sync.open_held_button.isEnabled()
    qtbot.mouseClick(sync.open_held_button, Qt.MouseButton.LeftButton)
    records = window.workspace.page("records")
    qtbot.waitUntil(lambda: window.workspace.pages.currentWidget() is records
                    and records.number == number and "Omari" in records.details.toPlainText(),
                    timeout=20000)
