"""The duplicate alert: what lets the officer recognise the person, a similarity in words, and
"Open this record" opening the existing record while the enrolment in progress is kept."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt

from station.domain.labels import country_name
from station.domain.vocab import EnrolmentStatus
from station.store import draft_queries
from tests.ui.conftest import open_for_checks
from tests.ui.helpers import capture_from_folder, fill_person, photo_folder


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_open_this_record_keeps_the_enrolment_and_shows_who_it_is(
        qtbot, window_factory, station_home, faces_dir, tmp_path):
    window = window_factory()
    page = window.workspace.open("enrol")
    (tmp_path / "a").mkdir()
    fill_person(page, "Neema", "Mwakyusa")
    capture_from_folder(qtbot, page, photo_folder(tmp_path / "a", faces_dir,
                                                  "barack_obama_1.jpg"))
    qtbot.waitUntil(lambda: "No earlier registration" in page.banner.text(), timeout=30000)
    _click(qtbot, page.next_button)  # photo -> review
    _click(qtbot, page.next_button)  # save
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    first = page.result.registration_number

    _click(qtbot, page.new_button)
    (tmp_path / "b").mkdir()
    fill_person(page, "Baraka", "Omari")
    capture_from_folder(qtbot, page, photo_folder(tmp_path / "b", faces_dir,
                                                  "barack_obama_4.jpg"),
                        override="head turned slightly")
    qtbot.waitUntil(lambda: page.alert is not None and page.alert.isVisible(), timeout=30000)
    alert = page.alert
    said = alert.text()
    assert "Very likely the same person" in said
    assert "Neema Mwakyusa" in said
    assert "Born 1990 (year only)" in said
    assert country_name("COD") in said and "COD" not in said
    assert "Registered at" in said
    assert "distance" not in said.lower() and "0." not in said

    _click(qtbot, alert.open_buttons[first])
    records = window.workspace.page("records")
    qtbot.waitUntil(lambda: window.workspace.pages.currentWidget() is records
                    and "Mwakyusa" in records.details.toPlainText(), timeout=30000)
    assert records.number == first
    # the enrolment in progress is kept: sealed as a draft, and every widget as it was
    qtbot.waitUntil(lambda: page.draft_id is not None, timeout=30000)
    window.workspace.open("enrol")
    assert page.details.names["given_name"].text() == "Baraka"
    assert page.capture.approved is not None
    assert page.kept_bar.isVisible()
    assert first in page.kept_note.text()
    assert page.drop_button.isVisible()
    _click(qtbot, page.keep_going_button)
    assert not page.kept_bar.isVisible()
    _click(qtbot, page.next_button)  # photo -> review
    assert "Omari" in page.review.summary.toPlainText()
    _click(qtbot, page.next_button)  # save
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    held = page.result.registration_number
    assert page.result.duplicate_case is not None
    assert "supervisor will review" in page.done_note.text()
    assert not page.print_card_button.isEnabled()

    # the person leaves with a slip: number, date, what happens next, no photo
    assert page.slip_button.isVisible() and page.slip_button.text() == "Print slip"
    _click(qtbot, page.slip_button)
    qtbot.waitUntil(lambda: page.card.pdf.startswith(b"%PDF") and len(page.card.pages) == 1,
                    timeout=30000)
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(page.card.pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert held in text and "Baraka Omari" in text
    assert "supervisor" in text and "come back" in text.lower()
    window.session.runner.wait_idle()

    station = open_for_checks(station_home)
    try:
        with station.store.reading() as repo:
            events = [(e.action, e.subject, e.details) for e in repo.iter_audit()]
            record = repo.get_enrolment(held)
            drafts = draft_queries.list_drafts(repo, "admin")
    finally:
        station.close()
    assert ("view-record", first, {"context": "duplicate-alert"}) in events
    views = [d for a, s, d in events if a == "view-record" and s == first]
    assert len(views) >= 2  # the alert, then the records page
    assert any(a == "slip-print" and s == held for a, s, _d in events)
    assert record.status is EnrolmentStatus.PENDING_REVIEW
    assert drafts == []  # the kept draft went once the enrolment was saved


def test_discarding_the_kept_enrolment_is_explicit(qtbot, window_factory, station_home,
                                                   faces_dir, tmp_path):
    """After "Open this record", "Discard this enrolment" drops the draft and the form."""
    window = window_factory()
    page = window.workspace.open("enrol")
    (tmp_path / "a").mkdir()
    fill_person(page, "Neema", "Mwakyusa")
    capture_from_folder(qtbot, page, photo_folder(tmp_path / "a", faces_dir,
                                                  "barack_obama_1.jpg"))
    qtbot.waitUntil(lambda: "No earlier registration" in page.banner.text(), timeout=30000)
    page.next()
    page.next()
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    first = page.result.registration_number
    page.new_enrolment()
    (tmp_path / "b").mkdir()
    fill_person(page, "Baraka", "Omari")
    capture_from_folder(qtbot, page, photo_folder(tmp_path / "b", faces_dir,
                                                  "barack_obama_4.jpg"),
                        override="head turned slightly")
    qtbot.waitUntil(lambda: page.alert is not None and page.alert.isVisible(), timeout=30000)
    _click(qtbot, page.alert.open_buttons[first])
    qtbot.waitUntil(lambda: page.draft_id is not None, timeout=30000)
    window.workspace.open("enrol")
    _click(qtbot, page.drop_button)
    assert page.details.names["given_name"].text() == ""
    assert page.stack.currentWidget() is page.consent
    window.session.runner.wait_idle()
    station = open_for_checks(station_home)
    try:
        with station.store.reading() as repo:
            drafts = draft_queries.list_drafts(repo, "admin")
    finally:
        station.close()
    assert drafts == []
