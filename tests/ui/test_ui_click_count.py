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
