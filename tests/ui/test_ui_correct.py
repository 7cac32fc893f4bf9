"""Correcting a record's details from the records page, with its history shown after."""

from __future__ import annotations

from station.services.context import login
from station.services.enrolment import enrol
from station.services.forms import EnrolmentForm
from station.store import protection_queries
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, open_for_checks


def _history_rows(dialog) -> list[list[str]]:  # type: ignore[no-untyped-def]
    table = dialog.history_table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_correct_details_saves_changed_fields_and_shows_history(
        qtbot, window_factory, station_home):
    """A bad e-mail is refused with what was typed kept; then the changed names, birth year
    and phone are saved, audited, kept as history and shown in the dialog and the page."""
    station = open_for_checks(station_home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        number = enrol(station, admin, EnrolmentForm(
            given_name="Amani", family_name="Mushi", sex="F", birth_date="1990-05-01",
            nationality="COD", phone="+255 712 000 111", consent_purposes="all")
        ).registration_number
    finally:
        station.close()
    window = window_factory("officer", "officerpass1")
    page = window.workspace.open("records")
    page.open_record(number)
    qtbot.waitUntil(lambda: page.record.get("registration_number") == number, timeout=10000)
    assert page.correct_button.isEnabled()
    page.correct_button.click()
    dialog = page.correct_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.edits["family_name"].text() == "Mushi"
    assert dialog.nationality.code() == "COD"

    dialog.save()
    assert dialog.banner.kind == "warn"  # nothing changed, nothing sent
    dialog.edits["family_name"].setText("Mushi-Mollel")
    dialog.edits["email"].setText("not an address")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.banner.kind == "error", timeout=10000)
    assert dialog.banner.text() == "The e-mail address must look like name@example.org"
    assert dialog.edits["family_name"].text() == "Mushi-Mollel"  # typed values kept

    dialog.edits["email"].setText("")
    dialog.edits["birth_date"].setText("1989")
    dialog.edits["phone"].setText("+255 712 000 222")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.banner.kind == "ok", timeout=10000)
    rows = _history_rows(dialog)
    assert sorted((row[2], row[3]) for row in rows) == [
        ("Birth year", "1 May 1990"), ("Family name", "Mushi"), ("Phone", "+255 712 000 111")]
    assert "T" not in rows[0][0] and "+00:00" not in rows[0][0]  # local time, not ISO
    for words in ("Birth year", "Family name", "Phone"):
        assert words in dialog.banner.text()
    assert all(row[1] == "officer" for row in rows)
    qtbot.waitUntil(lambda: page.record.get("name", {}).get("family") == "Mushi-Mollel",
                    timeout=10000)
    assert "Mushi-Mollel" in page.details.toPlainText()

    window.session.runner.wait_idle()
    station = open_for_checks(station_home)
    try:
        with station.store.transaction() as repo:
            record = repo.get_enrolment(number)
            history = protection_queries.history(repo, number)
            audit = [(e.action, e.details) for e in repo.iter_audit() if e.subject == number]
    finally:
        station.close()
    assert record.personal.name.family == "Mushi-Mollel"
    assert record.personal.birth_date.isoformat() == "1989"
    assert record.personal.contact.phone.replace(" ", "").endswith("712000222")
    assert len(history) == 1 and history[0]["before"]["personal"]["name"]["family"] == "Mushi"
    assert ("record-corrected", {"fields": ["birth_year", "family_name", "phone"]}) in audit
    assert any(action == "view-history" for action, _ in audit)
