"""Searching records in the window: the site code, parts of numbers, results in words."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from station.domain.labels import local_date
from station.services.context import login
from station.services.enrolment import enrol
from station.services.forms import EnrolmentForm
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, open_for_checks

WAIT = 30000


def _seed(home) -> list[str]:  # type: ignore[no-untyped-def]
    station = open_for_checks(home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        people = (("Amina", "Juma", "F", "SDN"), ("Baraka", "Mushi", "M", "COD"),
                  ("Chausiku", "Ali", "X", "XXA"))
        return [enrol(station, admin, EnrolmentForm(
            given_name=given, family_name=family, sex=sex, birth_year=1985,
            nationality=country, consent_purposes="all",
            vulnerabilities=["single-carer"])).registration_number
            for given, family, sex, country in people]
    finally:
        station.close()


def _search(qtbot, page, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    page.query.clear()
    page.banner.hide()
    qtbot.keyClicks(page.query, text)
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.banner.text().endswith("found."), timeout=WAIT)
    return [page.results.item(row, 0).text() for row in range(page.results.rowCount())]


def test_site_code_and_number_parts_find_records(qtbot, window_factory, station_home):
    numbers = _seed(station_home)
    window = window_factory("officer", "officerpass1")
    page = window.workspace.open("records")
    assert _search(qtbot, page, "DAR") == numbers
    assert page.banner.text() == "3 found."
    assert _search(qtbot, page, "000002") == [numbers[1]]
    assert _search(qtbot, page, "dar-01-0000") == numbers
    assert _search(qtbot, page, numbers[2]) == [numbers[2]]
    assert _search(qtbot, page, "KGM") == []
    assert page.banner.text() == "0 found."


def test_results_and_record_read_in_words(qtbot, window_factory, station_home):
    numbers = _seed(station_home)
    window = window_factory("officer", "officerpass1")
    page = window.workspace.open("records")
    _search(qtbot, page, "DAR")
    cells = [[page.results.item(row, column).text() for column in range(page.results.columnCount())]
             for row in range(page.results.rowCount())]
    assert cells[0][4:] == ["Female", "about 1985 (estimated)", "Sudan", "Registered"]
    assert cells[1][4:6] == ["Male", "about 1985 (estimated)"]
    assert cells[1][6].startswith("Congo")
    assert cells[2][4] == "Not stated" and cells[2][6] == "Stateless"
    for row in cells:  # no stored code is shown
        assert not {"F", "M", "X", "SDN", "COD", "XXA", "active"} & set(row)
    page.results.selectRow(1)
    qtbot.waitUntil(lambda: page.record.get("registration_number") == numbers[1], timeout=WAIT)
    shown = page.details.toPlainText()
    assert "Caring for children alone" in shown and "single-carer" not in shown
    assert "No way to reach them" in shown  # the channel "none", not the proficiency's
    assert "Not checked" not in shown and "No photo" in shown
    today = datetime.now(UTC).astimezone()
    assert f"{local_date(today.date())}, " in shown and "at DAR-01" in shown
    assert today.date().isoformat() not in shown  # no ISO stamps
