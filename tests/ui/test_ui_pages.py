"""Supervisor review, records search and the sync page, against a real store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from station.domain.vocab import CaseStatus, Decision, EnrolmentStatus
from station.services.context import login
from station.services.enrolment import PhotoInput, enrol
from station.services.forms import EnrolmentForm
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, open_for_checks


def _form(given: str, family: str, **extra: object) -> EnrolmentForm:
    return EnrolmentForm(given_name=given, family_name=family, sex="M", birth_year=1961,
                         nationality="USA", consent_purposes="all", **extra)  # type: ignore[arg-type]


def _seed_duplicate(home, faces_dir: Path) -> tuple[str, str, int]:  # type: ignore[no-untyped-def]
    station = open_for_checks(home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        first = enrol(station, admin, _form("Barack", "Obama", phone="+1 202 555 0100"),
                      PhotoInput((faces_dir / "barack_obama_1.jpg").read_bytes(),
                                 quality_override="test wall"))
        second = enrol(station, admin, _form("Barak", "Obama", phone="+1 202 555 0199"),
                       PhotoInput((faces_dir / "barack_obama_4.jpg").read_bytes(),
                                  quality_override="test pose"))
        assert second.duplicate_case is not None
        return first.registration_number, second.registration_number, second.duplicate_case
    finally:
        station.close()


def test_supervisor_review_decides_different_people(qtbot, window_factory, station_home,
                                                    faces_dir):
    """The queue shows the case side by side with differences marked; a decision needs a
    reason and activates the held record."""
    first, second, case_id = _seed_duplicate(station_home, faces_dir)
    window = window_factory("super", "superpass1")
    page = window.workspace.open("review")
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=20000)
    assert page.queue.count() == 1
    assert page.new_photo.has_image() and page.old_photo.has_image()
    assert page.candidate.currentData() == first
    assert "fdebd0" in page.new_details.toHtml().lower()  # the differing phone is highlighted
    page.decide(Decision.DIFFERENT)
    assert page.banner.kind == "error"  # no reason given
    page.reason.setText("different ears and birth place confirmed by documents")
    page.decide(Decision.DIFFERENT)
    qtbot.waitUntil(lambda: page.confirmation is not None and page.confirmation.isVisible(),
                    timeout=10000)
    assert second in page.confirmation.text() and first in page.confirmation.text()
    qtbot.mouseClick(page.confirmation.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.queue.count() == 0 and page.loaded is None, timeout=20000)
    assert "is now registered and can get a card" in page.banner.text()
    station = open_for_checks(station_home)
    try:
        with station.store.transaction() as repo:
            case = repo.get_case(case_id)
            held = repo.get_enrolment(second)
        assert case.status is CaseStatus.DECIDED and case.decision is Decision.DIFFERENT
        assert case.decided_by == "super"
        assert held.status is EnrolmentStatus.ACTIVE
    finally:
        station.close()


def test_records_search_by_name_number_and_script(qtbot, window_factory, station_home):
    """Fuzzy names in any script, registration numbers, and viewing is audited."""
    station = open_for_checks(station_home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        arabic = enrol(station, admin, EnrolmentForm(
            given_name="محمد", family_name="الأحمد", given_name_latin="Mohamed",
            family_name_latin="Alahmad", sex="M", birth_year=1980, nationality="SYR",
            consent_purposes="all")).registration_number
        french = enrol(station, admin, EnrolmentForm(
            given_name="Hélène", family_name="Kaboré", sex="F", birth_year=1992,
            nationality="BFA", consent_purposes="all")).registration_number
    finally:
        station.close()
    window = window_factory()
    page = window.workspace.open("records")
    for query, expected in (("helene kabore", french), ("Kabore", french),
                            ("الاحمد", arabic), ("Mohammed", arabic),
                            (arabic.lower(), arabic)):
        page.rows = []
        page.query.setText(query)
        page.search()
        qtbot.waitUntil(lambda: bool(page.rows), timeout=10000)
        assert page.rows[0]["registration_number"] == expected, query
    qtbot.waitUntil(lambda: page.record.get("registration_number") == arabic, timeout=10000)
    assert "محمد" in page.details.toPlainText()
    window.session.runner.wait_idle()
    station = open_for_checks(station_home)
    try:
        with station.store.transaction() as repo:
            actions = [e.action for e in repo.iter_audit()]
    finally:
        station.close()
    assert "view-record" in actions and "search-records" in actions


def test_sync_page_shows_pending_and_refuses_export_without_registry(
        qtbot, window_factory, station_home, tmp_path):
    """Pending records show on the page and in the title; exporting before the station has
    joined a registry is refused with a clear message and writes nothing."""
    station = open_for_checks(station_home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        enrol(station, admin, _form("Juma", "Hamisi"))
    finally:
        station.close()
    window = window_factory()
    page = window.workspace.open("sync")
    assert page.service is not None  # the sync service is part of every station
    qtbot.waitUntil(lambda: bool(page.summary), timeout=10000)
    assert "1 pending" in window.windowTitle()
    assert page.facts.rowCount() >= 3
    usb = tmp_path / "usb"
    usb.mkdir()
    page.export_to(usb)
    qtbot.waitUntil(lambda: page.banner.kind == "error", timeout=20000)
    assert "registry" in page.banner.text()
    assert list(usb.iterdir()) == []
