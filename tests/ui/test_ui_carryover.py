"""Nothing of one person carries over to the next: one enrolment typed through the wizard's
widgets, then "Next person", and every field, label and preview is empty or default again.
The typed values reach the store as typed (a year, an exact country and language name)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from station.domain.model import BirthDate
from station.domain.vocab import ConsentPurpose
from tests.ui.conftest import open_for_checks
from tests.ui.helpers import photo_folder


def _click(widget) -> None:  # type: ignore[no-untyped-def]
    assert widget.isVisible() and widget.isEnabled()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(9, widget.height() // 2))


def _enter(page) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(page.focusWidget() or page, Qt.Key.Key_Return)


def test_next_person_starts_on_empty_pages(qtbot, window_factory, station_home, faces_dir,
                                          tmp_path):
    window = window_factory()
    page = window.workspace.open("enrol")
    qtbot.mouseClick(page.consent.all_button, Qt.MouseButton.LeftButton)
    page.consent.language.setCurrentIndex(page.consent.language.findData("sw"))
    _enter(page)
    details = page.details
    assert window.focusWidget() is details.names["given_name"]
    QTest.keyClicks(details.names["given_name"], "Amani")
    QTest.keyClicks(details.names["family_name"], "Deng")
    QTest.keyClicks(details.names["other_names"], "Garang")
    details.sex.setFocus()
    QTest.keyClicks(details.sex, "M")
    _click(details.estimated)
    assert window.focusWidget() is details.birth_year
    QTest.keyClicks(details.birth_year, "1988")  # the year typed is the year kept
    QTest.keyClicks(details.nationality.lineEdit(), "Sudan")
    QTest.keyClick(details.nationality.lineEdit(), Qt.Key.Key_Return)
    assert details.nationality.currentText() == "Sudan (SDN)"  # not South Sudan
    QTest.keyClicks(details.languages.search, "Arabic")
    QTest.keyClick(details.languages.search, Qt.Key.Key_Return)
    QTest.keyClicks(details.languages.search, "din")
    QTest.keyClick(details.languages.search, Qt.Key.Key_Return)
    QTest.keyClicks(details.languages.search, "Tig")  # a search left typed
    QTest.keyClicks(details.region, "Kigoma")
    QTest.keyClicks(details.district, "Kasulu")
    QTest.keyClicks(details.place, "Nyarugusu")
    QTest.keyClicks(details.arrival, "2026-10-01")
    details.local_language.setCurrentIndex(2)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    contacts = page.contacts
    assert page.stack.currentWidget() is contacts, page.banner.text()
    QTest.keyClicks(contacts.phone, "+255712345678")
    QTest.keyClicks(contacts.email, "amani@example.org")
    contacts.channel.setCurrentIndex(2)
    contacts.emergency.add_row(("Achol Deng", "sister", "+255700000001"))
    contacts.dependants.add_row(("Nyibol Deng", "daughter", "2019"))
    _enter(page)
    needs = page.needs
    _click(needs.vulnerabilities["undocumented"])
    _click(needs.needs["shelter"])
    QTest.keyClicks(needs.notes, "arrived with two children")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    capture = page.capture
    capture.start("folder", photo_folder(tmp_path, faces_dir, "barack_obama_4.jpg"))
    qtbot.waitUntil(lambda: capture.latest is not None and capture.latest.analysis is not None,
                    timeout=30000)
    assert capture.override.isVisible()  # this photo fails a check: a reason is needed
    QTest.keyClicks(capture.override, "head turned slightly")
    qtbot.mouseClick(capture.capture_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: capture.stack.currentIndex() == 1, timeout=10000)
    _enter(page)  # approves the portrait
    assert capture.approved is not None
    qtbot.waitUntil(lambda: "No earlier registration" in page.banner.text(), timeout=30000)
    _enter(page)  # photo -> review
    assert "Sudan" in page.review.summary.toPlainText()
    _enter(page)  # save
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    number = page.result.registration_number
    qtbot.waitUntil(lambda: len(page.card.pages) == 2, timeout=60000)  # made without a click
    page.card.save_to(tmp_path / "card.pdf")
    banner = page.card.banner
    qtbot.waitUntil(lambda: "Saved" in banner.text() and "card.pdf" in banner.text()
                    and banner.isVisible(), timeout=20000)

    # the steps were cleared at the save already; "Next person" clears the card page too
    assert details.names["given_name"].text() == ""
    qtbot.mouseClick(page.next_person_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.consent
    assert not any(check.isChecked() for check in page.consent.purposes.values())
    assert page.consent.language.currentData() == "en"
    assert all(edit.text() == "" for edit in details.names.values())
    assert details.sex.currentIndex() == 0 and details.sex.currentText() == ""
    assert not details.estimated.isChecked()
    assert details.birth_year.text() == "" and details.birth_date.text() == ""
    assert details.nationality.currentText() == "" and details.nationality.code() == ""
    assert details.languages.codes() == [] and details.languages.search.text() == ""
    assert details.languages.proxy.rowCount() == details.languages.model.rowCount()
    assert details.local_language.currentIndex() == 0
    assert [details.region.text(), details.district.text(), details.place.text(),
            details.arrival.text()] == ["", "", "", ""]
    assert all(not field.problem.isVisible() and field.problem.text() == ""
               for field in details.fields.values())
    assert contacts.phone.text() == "" and contacts.email.text() == ""
    assert contacts.channel.currentData() == "none"  # the default
    assert [t.table.rowCount() for t in (contacts.emergency, contacts.family,
                                         contacts.dependants)] == [0, 0, 0]
    assert not any(c.isChecked() for c in needs.vulnerabilities.values())
    assert not any(c.isChecked() for c in needs.needs.values())
    assert needs.notes.toPlainText() == ""
    assert capture.override.text() == "" and not capture.override.isVisible()
    assert capture.approved is None and capture.candidate is None
    assert capture.checklist.count() == 0 and capture.liveness.text() == ""
    assert capture.approval_note.text() == "" and not capture.portrait.has_image()
    assert page.review.summary.toPlainText() == "" and not page.review.portrait.has_image()
    assert page.card.pages == [] and page.card.pdf == b""
    assert page.card.caption.text() == "" and not page.card.banner.isVisible()
    assert not page.card.front.has_image() and not page.card.print_button.isEnabled()
    assert page.done_note.text() == "" and not page.banner.isVisible()
    assert page.result is None and page.draft_id is None

    window.session.runner.wait_idle()
    station = open_for_checks(station_home)
    try:
        with station.store.reading() as repo:
            saved = repo.get_enrolment(number)
            photo = repo.get_photo(number)
    finally:
        station.close()
    assert saved.personal.birth_date == BirthDate(1988)
    assert saved.nationality == "SDN"
    assert saved.languages == ("ara", "din")
    assert saved.personal.name.other == "Garang"
    assert ConsentPurpose.CARD in saved.consent.purposes
    assert saved.consent.language == "sw"
    assert photo is not None and photo.quality_override == "head turned slightly"
