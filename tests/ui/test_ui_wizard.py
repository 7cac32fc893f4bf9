"""The enrolment wizard end to end, offscreen, with a folder camera over the shared photos."""

from __future__ import annotations

import subprocess

from station.domain.vocab import CardStatus, EnrolmentStatus
from station.store import draft_queries
from tests.ui.conftest import open_for_checks
from tests.ui.helpers import capture_from_folder, fill_person, photo_folder


def test_wizard_enrols_checks_duplicates_and_makes_card(qtbot, window_factory, station_home,
                                                        faces_dir, tmp_path):
    """consent -> details -> capture -> save -> card PDF; a second photo of the same man
    raises the duplicate alert and the saved enrolment waits for a supervisor."""
    window = window_factory()
    page = window.workspace.open("enrol")
    (tmp_path / "a").mkdir()
    first = photo_folder(tmp_path / "a", faces_dir, "barack_obama_1.jpg")
    fill_person(page, "Neema", "Mwakyusa")
    capture_from_folder(qtbot, page, first)  # a press photo: passes with a replaced background
    qtbot.waitUntil(lambda: "No earlier registration" in page.banner.text(), timeout=20000)
    page.next()  # photo -> review
    assert page.stack.currentWidget() is page.review
    assert "Mwakyusa" in page.review.summary.toPlainText()
    page.next()  # save
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    number = page.result.registration_number
    page.make_card()
    qtbot.waitUntil(lambda: len(page.card.pages) == 2, timeout=30000)
    assert page.card.front.has_image() and page.card.back.has_image()
    pdf = tmp_path / "saved-card.pdf"
    page.card.save_to(pdf)
    window.session.runner.wait_idle()
    assert not (station_home.path / "print").exists()  # nothing personal left behind unasked
    raster = subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "card")],
                            check=True)
    assert raster.returncode == 0 and len(list(tmp_path.glob("card*.png"))) == 2

    # the same man again, from another photo: the alert shows the first record
    page.new_enrolment()
    (tmp_path / "b").mkdir()
    second = photo_folder(tmp_path / "b", faces_dir, "barack_obama_4.jpg")
    fill_person(page, "Baraka", "Omari")
    capture_from_folder(qtbot, page, second, override="head turned slightly")
    qtbot.waitUntil(lambda: page.alert is not None and page.alert.isVisible(), timeout=20000)
    assert number in page.alert.open_buttons
    page.alert.continue_button.click()
    page.next()
    page.next()
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    second_number = page.result.registration_number
    assert page.result.duplicate_case is not None
    window.session.runner.wait_idle()

    station = open_for_checks(station_home)
    try:
        with station.store.transaction() as repo:
            first_record = repo.get_enrolment(number)
            held = repo.get_enrolment(second_number)
            cards = repo.cards_of(number)
            photo = repo.get_photo(number)
            drafts = draft_queries.list_drafts(repo, "admin")
            cases = repo.open_cases_of(second_number)
        assert first_record.personal.name.family == "Mwakyusa"
        assert first_record.personal.emergency_contacts[0].relationship == "sister"
        assert first_record.languages == ("swa", "fra")  # in the order the officer chose
        assert photo is not None and photo.quality_override == ""  # no override was needed
        assert [c.status for c in cards] == [CardStatus.ISSUED]
        assert held.status is EnrolmentStatus.PENDING_REVIEW
        assert cases and cases[0].candidates[0].registration_number == number
        assert drafts == []
    finally:
        station.close()


def test_going_back_keeps_typed_values_and_draft_survives_restart(qtbot, window_factory,
                                                                 station_home):
    """Back never loses what was typed, and a new window offers the encrypted draft."""
    window = window_factory(synchronous=True)
    page = window.workspace.open("enrol")
    page.consent.agree_all()
    page.next()
    page.details.names["given_name"].setText("ሰላም")
    page.details.names["family_name"].setText("ተስፋይ")
    page.details.sex.setCurrentIndex(page.details.sex.findData("M"))
    page.details.birth_date.setText("1985-03-02")
    page.details.nationality.set_code("ERI")
    page.next()
    page.back()
    assert page.details.names["given_name"].text() == "ሰላም"
    page.save_draft()
    assert page.draft_id is not None

    with station_home.path.joinpath("store.db").open("rb") as handle:
        assert "ተስፋይ".encode() not in handle.read()  # the draft is sealed at rest

    window.close()
    again = window_factory(synchronous=True)
    resumed = again.workspace.open("enrol")
    assert resumed.resume_button.isVisible()
    resumed.resume_draft()
    assert resumed.details.names["family_name"].text() == "ተስፋይ"
    assert resumed.details.nationality.code() == "ERI"
    assert resumed.stack.currentWidget() is resumed.details


def test_details_are_checked_as_typed(qtbot, window_factory):
    """A digit in a name and a future birth date are flagged while typing, and block Next."""
    window = window_factory(synchronous=True)
    page = window.workspace.open("enrol")
    page.consent.agree_all()
    page.next()
    page.details.names["given_name"].setText("Jo3")
    assert "digits" in page.details.fields["given_name"].problem.text()
    page.details.birth_date.setText("2999-01-01")
    assert "future" in page.details.fields["birth_date"].problem.text()
    page.next()
    assert page.stack.currentWidget() is page.details
    assert page.banner.kind == "error"


def test_consent_text_follows_the_persons_language(qtbot, window_factory):
    """Choosing Arabic shows the Arabic statement right to left and records the language."""
    from PySide6.QtCore import Qt

    window = window_factory(synchronous=True)
    page = window.workspace.open("enrol")
    consent = page.consent
    consent.language.setCurrentIndex(consent.language.findData("ar"))
    assert "الهجرة" in consent.text.toPlainText()
    assert consent.text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page.next()
    assert page.stack.currentWidget() is consent  # registration consent not yet given
    consent.agree_all()
    page.next()
    assert page.form.consent_language == "ar"
    assert page.form.consent_text_version == window.session.station.config.consent_text_version
