"""The A4 print queue: officers collect records, then print their cards ten to a sheet.

The queue is kept in memory only (registration numbers and the name shown when added) and is
gone when the operator changes. "Print sheet" numbers, renders and audits every card in one
worker call (`cards_service.print_sheet`); the PDF stays in memory for the preview, the
printer, or a file the officer chooses. "Send to printer…" asks for a printer (a card printer,
one card at a time, or A4 sheets) and copies (ui/print_dialog.py), then makes, prints and audits
the cards in the session's runner and says how the printer did.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.services import cards_service
from ui import print_dialog
from ui.card_preview import CardPreview
from ui.session import Session
from ui.widgets import Banner, bidi_isolate


class PrintQueue(QWidget):
    changed = Signal(int)  # records in the queue
    printed = Signal(object)  # the facts of the sheet made

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.facts: dict[str, Any] = {}
        self.banner = Banner(self)
        self.entries = QListWidget(self)
        self.entries.setMaximumHeight(140)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.print_button = QPushButton(self.tr("Print sheet"), self)
        self.send_button = QPushButton(self.tr("Send to printer…"), self)
        self.dialog: print_dialog.PrintDialog | None = None
        self.preview = CardPreview(self.runner, self, session=session)
        # the queue and its buttons beside the sheet's preview (a laptop screen is wide, not tall)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        queue = QVBoxLayout()
        queue.addWidget(self.entries, 1)
        queue.addLayout(buttons)
        queue.addWidget(self.print_button)
        queue.addWidget(self.send_button)
        self.entries.setMaximumHeight(16777215)
        self.entries.setMaximumWidth(320)
        beside = QHBoxLayout()
        beside.addLayout(queue)
        beside.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(beside, 1)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear)
        self.print_button.clicked.connect(self.print_sheet)
        self.send_button.clicked.connect(self.send_to_printer)
        self._update()

    @property
    def numbers(self) -> list[str]:
        return [str(self.entries.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.entries.count())]

    def add(self, number: str, label: str = "") -> bool:
        """Queue a record once; False when it is queued already."""
        if not number or number in self.numbers:
            return False
        item = QListWidgetItem(f"{number}  {bidi_isolate(label)}" if label else number)
        item.setData(Qt.ItemDataRole.UserRole, number)
        self.entries.addItem(item)
        self._update()
        return True

    def remove_selected(self) -> None:
        for item in self.entries.selectedItems():
            self.entries.takeItem(self.entries.row(item))
        self._update()

    def clear(self) -> None:
        self.entries.clear()
        self._update()

    def _update(self) -> None:
        count = self.entries.count()
        self.print_button.setEnabled(count > 0)
        self.send_button.setEnabled(count > 0)
        self.clear_button.setEnabled(count > 0)
        self.remove_button.setEnabled(count > 0)
        self.changed.emit(count)

    def print_sheet(self) -> None:
        """Make the sheet in a worker (cards numbered and audited), then preview it."""
        station, actor, numbers = self.session.station, self.session.actor, self.numbers
        sheet = cards_service.print_sheet
        if station is None or actor is None or not numbers:
            return
        self.print_button.setEnabled(False)
        self.banner.show_message(self.tr("Making the sheet of %n card(s)…", "", len(numbers)),
                                 "info")
        self.runner.submit(lambda: sheet(station, actor, numbers), write=True,
                           done=self._made, failed=self._failed, owner=self)

    def _failed(self, message: str) -> None:
        self._update()
        self.banner.error(message)

    def _made(self, made: tuple[bytes, dict[str, Any]]) -> None:
        pdf, facts = made
        self.facts = facts
        numbers = self.numbers
        self.clear()  # the cards are issued and audited: printing again would be a reprint
        cards, pages = int(facts.get("cards", 0)), int(facts.get("pages", 0))
        self.banner.show_message(self.tr("Sheet ready: %d card(s) on %d page(s). Print it "
                                         "double-sided, or save it.") % (cards, pages), "ok")
        self.preview.show_pdf(pdf, self.tr("A4 sheet: fronts, then backs (mirrored for "
                                           "double-sided printing)"),
                              "cards-sheet.pdf", paper="a4", numbers=numbers)
        self.printed.emit(facts)

    def send_to_printer(self) -> None:
        """Ask for a printer, then make and print the queued cards (all in the runner)."""
        station, actor, numbers = self.session.station, self.session.actor, self.numbers
        if station is None or actor is None or not numbers:
            return
        self.dialog = print_dialog.print_cards_with_dialog(
            self, self.runner, station, actor, numbers, on_message=self.banner.show_message,
            on_finished=self._sent)
        self.dialog.accepted.connect(self._taken)

    def _taken(self) -> None:
        self.send_button.setEnabled(False)  # until this run has ended: no double printing
        self.print_button.setEnabled(False)

    def _sent(self, outcomes: list[Any]) -> None:
        if outcomes:
            self.clear()  # the cards are made and audited: printing again would be a reprint
        self._update()
        self.printed.emit({"jobs": [o.job.job_id for o in outcomes],
                           "printed": sum(o.printed for o in outcomes)})
