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
    number = _held_record(station_home)
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


# -- said from codes, in the operator's language ----------------------------------------------
def _held_record(home) -> str:  # type: ignore[no-untyped-def]
    """A record whose region an older station let grow past the registry's 80 characters."""
    station = open_for_checks(home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        number = enrol(station, admin, EnrolmentForm(
            given_name="Baraka", family_name="Omari", sex="M", birth_year=1988,
            nationality="COD", consent_purposes="all")).registration_number
    finally:
        station.close()
    _sql(home, "UPDATE enrolments SET region = ? WHERE registration_number = ?",
         "Rq" * 47, number)
    return number


def test_warnings_and_held_back_records_read_in_french(qtbot, window_factory, station_home):  # type: ignore[no-untyped-def]
    """Settings edited by hand and a held-back record, the window in French: the banners and
    the Sync page's row are French sentences, the field named as the form names it ("la
    région"), never `region` or the English the command line prints."""
    number = _held_record(station_home)
    config = json.loads(station_home.config_path.read_text())
    config["lockout_attempts"] = 20
    station_home.config_path.write_text(json.dumps(config))
    window = window_factory(language="fr")
    bar = window.workspace.alerts
    qtbot.waitUntil(lambda: {"settings", "held"} <= set(bar.banners), timeout=20000)
    assert bar.banners["settings"].text() == (
        "Les réglages de sécurité (blocage et verrouillage d'inactivité) ont été modifiés hors "
        "de la station. Les valeurs sûres d'origine s'appliquent pour l'instant. Un "
        "administrateur doit les vérifier et enregistrer à nouveau les réglages (page "
        "Administration).")
    assert bar.banners["held"].text() == (
        "1 dossier(s) ne peuvent pas être envoyés au registre tant qu'un champ n'est pas "
        "corrigé. La page Synchronisation les liste.")
    assert bar.sync_button.text() == "Ouvrir la page Synchronisation"
    said = bar.text()
    assert "station.json" not in said and "shipped" not in said and "settings" not in said
    qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
    sync = window.workspace.page("sync")
    qtbot.waitUntil(lambda: sync.held_box.isVisible(), timeout=20000)
    assert sync.held_table.item(0, 0).text() == number
    assert sync.held_table.item(0, 1).text() == (
        "corriger la région (trop long : 80 caractères au plus)")
    window.session.runner.wait_idle()


def test_batch_fields_are_named_as_the_form_names_them(qapp) -> None:  # type: ignore[no-untyped-def]
    """The paths a batch gives a field (`personal.name.given`, a row of a table) in the words
    of the form, in English and Swahili; a part no person fills in is never named."""
    from ui.language import Languages
    from ui.station_alerts import field_words

    assert field_words("personal.name.given") == "the given name"
    assert field_words("personal.contact.phone") == "the phone number"
    assert field_words("personal.emergency_contacts[2].phone") == \
        "the phone number of emergency contact 2"
    assert field_words("personal.documents[1].expiry") == "the expiry date of identity document 1"
    assert field_words("templates[1].model") is None and field_words("site") is None
    Languages.of(qapp).switch("sw")
    assert field_words("region") == "mkoa"
    assert field_words("personal.name.family") == "jina la ukoo"
    assert field_words("personal.emergency_contacts[2].phone") == \
        "simu (mtu wa kuwasiliana wakati wa dharura 2)"


def test_the_window_says_warnings_from_their_codes_not_their_english(
        qtbot, window_factory, station_home):  # type: ignore[no-untyped-def]
    """The English the command line prints reworded (same codes, other words): the header
    and the Sync page say exactly the same; a warning without a code keeps its English."""
    from station.services import sync_service
    from station.services.context import StationWarning
    from ui.station_alerts import gather_for, held_rows

    _held_record(station_home)
    _sql(station_home, "DELETE FROM meta WHERE key = 'audit_anchor'")
    window = window_factory()
    bar = window.workspace.alerts
    qtbot.waitUntil(lambda: {"audit", "held"} <= set(bar.banners), timeout=20000)
    before = bar.text()
    session = window.session
    station = session.station
    held = sync_service.held_back(station)
    rows = held_rows(held)
    assert [w.code for w in station.warnings] == ["audit-tampered"]
    assert [w.data["field"] for w in held] == ["region"]

    station.warnings[:] = [StationWarning(w.code, "Something else entirely, in other words.",
                                          w.data) for w in station.warnings]
    reworded = [StationWarning(w.code, "Reworded: nothing here a window could parse.",
                               w.data) for w in held]
    assert held_rows(reworded) == rows
    bar.show_alerts(gather_for(session))
    assert bar.text() == before
    assert "Something else" not in bar.text()

    station.warnings.append("a note with no code")  # e.g. the security chip's, at set-up
    bar.show_alerts(gather_for(session))
    assert bar.text() == before + "\na note with no code"


def test_many_alerts_still_fit_the_laptop_screen(qtbot, window_factory, station_home):
    """Settings, accounts and the audit log all altered, in French (the longest words): at
    1366x768 the three banners are shown whole, the window stays within the screen, and
    nothing is cut off (the banners scroll only when the screen has no room for them)."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from ui.screenshots import fit_problems

    config = json.loads(station_home.config_path.read_text())
    config["lockout_attempts"] = 20
    station_home.config_path.write_text(json.dumps(config))
    _sql(station_home, "UPDATE operators SET role = 'admin' WHERE username = 'officer'")
    _sql(station_home, "DELETE FROM meta WHERE key = 'audit_anchor'")
    window = window_factory(language="fr")
    bar = window.workspace.alerts
    qtbot.waitUntil(lambda: len(bar.banners) >= 3, timeout=20000)
    size = QSize(1366, 768)
    window.resize(size)
    for _ in range(3):
        QApplication.processEvents()
    assert window.height() <= size.height()
    assert window.minimumSizeHint().height() <= size.height()
    assert fit_problems(window, size) == []
    banners = list(bar.banners.values())
    assert bar.height() >= sum(b.height() for b in banners) > 0  # all three, whole
    assert "Les réglages de sécurité" in bar.text()
