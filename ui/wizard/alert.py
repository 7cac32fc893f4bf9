"""Duplicate alert: shown right after capture when the face resembles enrolled people.

Each candidate shows what lets the officer recognise the person (name, birth date,
nationality, where and when registered; only for operators allowed to view records, and
audited as a view) and a similarity in words, never a distance.
"""

from __future__ import annotations

import html
import re
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

from station.domain.labels import country_name, label, local_date, local_time
from ui.widgets import ImageView, pixmap_from_bytes


class DuplicateAlert(QDialog):
    """Candidates with photos and what is known of them. Continue (a supervisor reviews a close
    match) or open an existing record (the enrolment in progress is kept as a draft)."""

    open_record = Signal(str)

    def __init__(self, portrait: bytes, candidates: list[Any], photos: dict[str, bytes],
                 parent: QWidget | None = None, summaries: list[Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible earlier registration"))
        self.setModal(True)
        self.candidates = candidates
        known = {s.registration_number: s for s in summaries or []}
        heading = QLabel(self.tr(
            "<h3>This person may be registered already</h3><p>Compare the photos and the "
            "details. If you recognise the person, open the existing record: this enrolment "
            "is kept, and you can come back to it. Otherwise continue: a close match is sent "
            "to a supervisor, and no card is printed until the supervisor decides.</p>"),
            self)
        heading.setWordWrap(True)
        grid = QGridLayout()
        new_view = ImageView("", self, (140, 180))
        new_view.set_image(pixmap_from_bytes(portrait))
        grid.addWidget(QLabel(self.tr("<b>Now</b>"), self), 0, 0)
        grid.addWidget(new_view, 1, 0)
        self.open_buttons: dict[str, QPushButton] = {}
        self.texts: dict[str, QLabel] = {}
        for column, candidate in enumerate(candidates[:4], start=1):
            number = candidate.registration_number
            view = ImageView(self.tr("no photo"), self, (140, 180))
            if number in photos:
                view.set_image(pixmap_from_bytes(photos[number]))
            text = QLabel(self._describe(candidate, known.get(number)), self)
            text.setWordWrap(True)
            text.setMaximumWidth(220)
            self.texts[number] = text
            grid.addWidget(text, 0, column)
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

    def _describe(self, candidate: Any, summary: Any) -> str:
        likeness = self.tr("Very likely the same person") if candidate.band == "match" \
            else self.tr("Possibly the same person")
        lines = [f"<b>{html.escape(likeness)}</b>",
                 html.escape(self.tr("Registration %s") % candidate.registration_number)]
        if summary is not None:
            birth = summary.birth_date
            born = local_date(birth.exact) if birth.exact else \
                self.tr("%d (year only)") % birth.year
            lines += [
                f"<b>{html.escape(summary.name)}</b>",
                html.escape(self.tr("Born %s") % born),
                html.escape(self.tr("Nationality: %s") % self.tr(country_name(
                    summary.nationality))),
                html.escape(self.tr("Registered at %s on %s")
                            % (summary.site, local_time(summary.registered_at))),
                html.escape(self.tr(label(summary.status))),
            ]
        return "<br>".join(lines)

    def text(self) -> str:
        """Everything the alert says about the candidates, as plain text."""
        return "\n".join(html.unescape(re.sub(r"<[^>]+>", " ", widget.text()))
                         for widget in self.texts.values())

    def _open(self, number: str) -> None:
        self.open_record.emit(number)
        self.reject()
