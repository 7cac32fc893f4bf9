"""Duplicate alert: shown right after capture when the face resembles enrolled people."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import ImageView, pixmap_from_bytes


class DuplicateAlert(QDialog):
    """Candidates with photos and distances. Continue (a supervisor reviews) or open a record."""

    open_record = Signal(str)

    def __init__(self, portrait: bytes, candidates: list[Any], photos: dict[str, bytes],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible earlier registration"))
        self.setModal(True)
        self.candidates = candidates
        heading = QLabel(self.tr(
            "<h3>This person may be registered already</h3><p>Compare the photos. If you "
            "recognise the person, open the existing record. Otherwise continue: a close match "
            "is sent to a supervisor, and no card is printed until the supervisor decides.</p>"),
            self)
        heading.setWordWrap(True)
        grid = QGridLayout()
        new_view = ImageView("", self, (140, 180))
        new_view.set_image(pixmap_from_bytes(portrait))
        grid.addWidget(QLabel(self.tr("<b>Now</b>"), self), 0, 0)
        grid.addWidget(new_view, 1, 0)
        self.open_buttons: dict[str, QPushButton] = {}
        for column, candidate in enumerate(candidates[:4], start=1):
            number = candidate.registration_number
            view = ImageView(self.tr("no photo"), self, (140, 180))
            if number in photos:
                view.set_image(pixmap_from_bytes(photos[number]))
            band = self.tr("close match") if candidate.band == "match" else self.tr("possible")
            grid.addWidget(QLabel(f"<b>{number}</b><br>{band}, "
                                  + self.tr("distance %.3f") % candidate.distance, self), 0, column)
            grid.addWidget(view, 1, column)
            button = QPushButton(self.tr("Open this record"), self)
            button.clicked.connect(lambda _c=False, n=number: self._open(n))
            grid.addWidget(button, 2, column)
            self.open_buttons[number] = button
        self.continue_button = QPushButton(self.tr("Continue with a new registration"), self)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addLayout(buttons)

    def _open(self, number: str) -> None:
        self.open_record.emit(number)
        self.reject()
