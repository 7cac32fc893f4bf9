"""Data minimisation in the wizard: a station collecting a reduced field list hides the other
fields (a step left without fields is skipped), and the enrolment saves."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from station.domain.vocab import ConsentPurpose
from tests.ui.conftest import open_for_checks

COLLECTED = ["languages", "region", "phone"]


def test_reduced_field_list_hides_fields_and_saves(qtbot, window_factory, station_home):
    station_home.save_config(replace(station_home.load_config(), collected_fields=COLLECTED))
    window = window_factory()
    page = window.workspace.open("enrol")
    registration = page.consent.purposes[ConsentPurpose.REGISTRATION]
    QTest.mouseClick(registration, Qt.MouseButton.LeftButton,
                     pos=QPoint(9, registration.height() // 2))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    details = page.details
    assert page.stack.currentWidget() is details
    shown = {key for key, field in details.fields.items() if field.isVisible()}
    assert shown == {"given_name", "family_name", "sex", "birth_date", "nationality",
                     "languages", "region"}
    for hidden in ("other_names", "given_name_latin", "family_name_latin", "local_language",
                   "district", "place", "arrival_date"):
        assert not details.fields[hidden].isVisible(), hidden
    QTest.keyClicks(details.names["given_name"], "Halima")
    QTest.keyClicks(details.names["family_name"], "Yusuf")
    details.sex.setFocus()
    QTest.keyClicks(details.sex, "F")
    QTest.keyClicks(details.birth_date, "1979-02-03")
    QTest.keyClicks(details.nationality.lineEdit(), "SOM")
    QTest.keyClick(details.nationality.lineEdit(), Qt.Key.Key_Return)
    QTest.keyClicks(details.languages.search, "Somali")
    QTest.keyClick(details.languages.search, Qt.Key.Key_Return)
    QTest.keyClicks(details.region, "Kigoma")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    contacts = page.contacts
    assert page.stack.currentWidget() is contacts, page.banner.text()
    assert contacts.fields["phone"].isVisible()
    assert not any(contacts.fields[key].isVisible() for key in (
        "email", "preferred_channel", "emergency_contacts", "family_contacts", "dependants"))
    QTest.keyClicks(contacts.phone, "+255712000111")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    # vulnerabilities, needs and notes are not collected: the step is skipped; no photo consent
    assert page.stack.currentWidget() is page.review
    assert page.needs.collects_nothing()
    assert "Vulnerabilities and needs" not in page.progress.text()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # save
    qtbot.waitUntil(lambda: page.result is not None or page.banner.kind == "error",
                    timeout=30000)
    assert page.result is not None, page.banner.text()
    number = page.result.registration_number
    window.session.runner.wait_idle()

    station = open_for_checks(station_home)
    try:
        with station.store.reading() as repo:
            saved = repo.get_enrolment(number)
    finally:
        station.close()
    assert saved.location.region == "Kigoma" and saved.location.district == ""
    assert saved.languages == ("som",)
    assert saved.personal.contact.phone.replace(" ", "") == "+255712000111"
    assert saved.personal.contact.email == "" and saved.needs == frozenset()
