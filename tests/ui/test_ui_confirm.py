"""Irreversible actions on the records page ask first, name the record, need a reason where
the record keeps one, and say afterwards what happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.domain.vocab import CardStatus, ConsentPurpose
from station.services.cards_service import issue_card
from station.services.context import login
from station.services.enrolment import PhotoInput, enrol
from station.services.forms import EnrolmentForm
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, open_for_checks
from ui.confirm import ConfirmDialog

WAIT = 30000


def _seed_with_card(home, faces_dir: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    station = open_for_checks(home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        number = enrol(station, admin, EnrolmentForm(
            given_name="Amina", family_name="Juma", sex="F", birth_year=1991,
            nationality="SDN", languages=["ara"], consent_purposes="all"),
            PhotoInput((faces_dir / "rose_leslie_1.jpg").read_bytes(),
                       quality_override="poor light at the border post")).registration_number
        card = issue_card(station, admin, number).card_number
        return number, card
    finally:
        station.close()


def _open_record(qtbot, window, number: str):  # type: ignore[no-untyped-def]
    page = window.workspace.open("records")
    qtbot.keyClicks(page.query, number)
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.record.get("registration_number") == number, timeout=WAIT)
    qtbot.waitUntil(page.revoke_button.isEnabled, timeout=WAIT)
    return page


def _dialog(qtbot, page) -> ConfirmDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConfirmDialog),
                    timeout=WAIT)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConfirmDialog) and dialog is page.confirmation
    return dialog


def _card(home, card_number: str):  # type: ignore[no-untyped-def]
    station = open_for_checks(home)
    try:
        with station.store.transaction() as repo:
            return repo.get_card(card_number)
    finally:
        station.close()


def test_revoking_a_card_asks_for_a_reason_and_says_what_happened(
        qtbot, window_factory, station_home, faces_dir):
    number, card = _seed_with_card(station_home, faces_dir)
    window = window_factory()
    page = _open_record(qtbot, window, number)
    # The record reads in words: no codes for sex, nationality or card status.
    shown = page.details.toPlainText()
    assert "Female" in shown and "Sudan" in shown and "Arabic" in shown
    assert f"{card}: Valid" in shown

    # First time: the person changes their mind. Nothing happens to the card.
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    assert card in dialog.text() and "Amina Juma" in dialog.text() and number in dialog.text()
    assert "never be valid again" in dialog.text()
    assert dialog.reason.isVisible()
    assert not dialog.confirm_button.isEnabled()  # a revocation needs a reason
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    window.session.runner.wait_idle()
    assert _card(station_home, card).status is CardStatus.ISSUED

    # Second time: a reason, then the confirmation.
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    qtbot.keyClicks(dialog.reason, "lost at the market")
    assert dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "revoked" in page.banner.text(), timeout=WAIT)
    assert page.banner.text() == (f"Card {card} revoked. The person has no valid card now.")
    qtbot.waitUntil(lambda: f"{card}: Revoked" in page.details.toPlainText(), timeout=WAIT)
    window.session.runner.wait_idle()
    stored = _card(station_home, card)
    assert stored.status is CardStatus.REVOKED
    assert stored.revoke_reason == "lost at the market"


def test_withdrawing_consent_says_what_is_erased_and_does_it(
        qtbot, window_factory, station_home, faces_dir):
    number, card = _seed_with_card(station_home, faces_dir)
    window = window_factory()
    page = _open_record(qtbot, window, number)
    assert page.photo.has_image()
    page.purpose.setCurrentIndex(page.purpose.findData(ConsentPurpose.BIOMETRICS.value))
    assert page.purpose.currentText() == "Photo and face template"
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    assert "Photo and face template" in dialog.windowTitle()
    assert "photo and face template of Amina Juma" in dialog.text()
    assert "cards will be revoked" in dialog.text() and "cannot be undone" in dialog.text()
    assert not dialog.reason.isVisible() and dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "withdrawn" in page.banner.text(), timeout=WAIT)
    message = page.banner.text()
    assert message.startswith(f"Consent for “Photo and face template” of {number} withdrawn.")
    assert "Photo and face template erased." in message
    assert f"Card {card} revoked; the person has no valid card now." in message
    qtbot.waitUntil(lambda: not page.photo.has_image(), timeout=WAIT)
    assert "withdrawn: Photo and face template" in page.details.toPlainText()
    window.session.runner.wait_idle()
    station = open_for_checks(station_home)
    try:
        with station.store.transaction() as repo:
            assert repo.get_photo(number) is None
            assert repo.get_card(card).status is CardStatus.REVOKED
    finally:
        station.close()
