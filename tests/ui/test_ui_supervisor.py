"""The supervisor lands on the duplicate queue, sees what waits in the page list, the photo's
liveness and any quality override, and decides a case after a confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.domain.vocab import CaseStatus, Decision, EnrolmentStatus
from station.services.context import login
from station.services.enrolment import PhotoInput, enrol
from station.services.forms import EnrolmentForm
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, open_for_checks
from ui.confirm import ConfirmDialog

WAIT = 30000


def _form(given: str, phone: str) -> EnrolmentForm:
    return EnrolmentForm(given_name=given, family_name="Obama", sex="M", birth_year=1961,
                         nationality="USA", phone=phone, consent_purposes="all")


def _enrol(home, given: str, photo: PhotoInput, phone: str = "+1 202 555 0100"):  # type: ignore[no-untyped-def]
    station = open_for_checks(home)
    try:
        return enrol(station, login(station, ADMIN, ADMIN_PASSWORD), _form(given, phone), photo)
    finally:
        station.close()


def _nav_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    nav = window.workspace.nav
    return [nav.item(row).text() for row in range(nav.count())]


def test_supervisor_starts_on_the_queue_and_decides_same_person(
        qtbot, window_factory, station_home, faces_dir: Path):
    first = _enrol(station_home, "Barack", PhotoInput(
        (faces_dir / "barack_obama_1.jpg").read_bytes(), live=True, liveness_passed=True,
        quality_override="glasses reflect the flash")).registration_number
    held = _enrol(station_home, "Barak", PhotoInput(
        (faces_dir / "barack_obama_4.jpg").read_bytes(),
        quality_override="head turned, no better photo"), phone="+1 202 555 0199")
    assert held.duplicate_case is not None
    window = window_factory("super", "superpass1")
    page = window.workspace.page("review")
    assert window.workspace.pages.currentWidget() is page  # lands on work, not the wizard
    qtbot.waitUntil(lambda: "Duplicate review (1)" in _nav_texts(window), timeout=WAIT)
    qtbot.waitUntil(lambda: "Sync: 2 to send" in _nav_texts(window), timeout=WAIT)
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=WAIT)
    assert page.queue.item(0).text() == (f"Case {held.duplicate_case}: "
                                         f"{held.registration_number}\nWaiting for a decision")
    assert page.candidate.currentText().startswith(f"{first} — ")

    new, old = page.new_details.toPlainText(), page.old_details.toPlainText()
    station = open_for_checks(station_home)
    try:
        with station.store.transaction() as repo:
            held_photo = repo.get_photo(held.registration_number)
            first_photo = repo.get_photo(first)
    finally:
        station.close()
    assert held_photo is not None and first_photo is not None
    assert held_photo.liveness_passed is None and first_photo.liveness_passed is True
    assert "Not checked (taken from a still photo)" in new and "imported from a file" in new
    assert "Checked: a blink was seen on camera" in old and "taken with the camera" in old
    for shown, photo in ((new, held_photo), (old, first_photo)):
        if photo.quality_override:
            assert f"Failed, accepted by the officer: {photo.quality_override}" in shown
        else:
            assert "Quality check\nPassed" in shown or "Passed" in shown
    assert "Male" in new and "United States" in new and "USA" not in new

    qtbot.keyClicks(page.reason, "same face, same birth year, phone changed")
    qtbot.mouseClick(page.same_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConfirmDialog),
                    timeout=WAIT)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConfirmDialog) and dialog is page.confirmation
    assert dialog.windowTitle() == f"Case {held.duplicate_case}: Same person?"
    text = dialog.text()
    assert held.registration_number in text and first in text and "cancelled" in text
    assert "Reason: same face, same birth year, phone changed" in text
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No open duplicate cases." in page.banner.text(), timeout=WAIT)
    assert page.banner.text() == (
        f"Case {held.duplicate_case} decided: same person. {held.registration_number} is "
        f"cancelled and points to {first}. No open duplicate cases.")
    qtbot.waitUntil(lambda: "Duplicate review (0)" in _nav_texts(window), timeout=WAIT)
    window.session.runner.wait_idle()
    station = open_for_checks(station_home)
    try:
        with station.store.transaction() as repo:
            case = repo.get_case(held.duplicate_case)
            record = repo.get_enrolment(held.registration_number)
    finally:
        station.close()
    assert case.status is CaseStatus.DECIDED and case.decision is Decision.SAME
    assert case.reason == "same face, same birth year, phone changed"
    assert record.status is EnrolmentStatus.CANCELLED and record.merged_into == first


def test_page_list_counts_refresh_by_themselves(qtbot, window_factory, station_home,
                                                faces_dir: Path):
    _enrol(station_home, "Barack", PhotoInput((faces_dir / "barack_obama_1.jpg").read_bytes(),
                                              quality_override="test wall"))
    window = window_factory("super", "superpass1")
    qtbot.waitUntil(lambda: "Duplicate review (0)" in _nav_texts(window), timeout=WAIT)
    assert "Sync: 1 to send" in _nav_texts(window)
    # Another officer's enrolment, saved behind this window's back, opens a case.
    held = _enrol(station_home, "Barak", PhotoInput(
        (faces_dir / "barack_obama_4.jpg").read_bytes(), quality_override="test pose"))
    assert held.duplicate_case is not None
    window.workspace.count_timer.setInterval(200)  # the minute, shortened for the test
    window.workspace.count_timer.start()
    qtbot.waitUntil(lambda: "Duplicate review (1)" in _nav_texts(window), timeout=WAIT)
    assert "Sync: 2 to send" in _nav_texts(window)
