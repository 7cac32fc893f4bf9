"""Records: search (registration number, card number, or name in any script), view (audited),
card reprint / replacement / revocation with preview, the A4 print queue, correction of
details (with the record's history), consent withdrawal."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from station.domain.roles import Permission, allowed
from station.domain.vocab import ConsentPurpose
from station.services import cards_service, consent_service, portraits, search
from station.services.records import show_record
from ui.card_preview import CardPreview
from ui.correct_dialog import CorrectDialog
from ui.print_queue import PrintQueue
from ui.record_view import record_lines
from ui.session import Session
from ui.widgets import Banner, ImageView, escaped, pixmap_from_bytes

COLUMNS = ("registration_number", "given_name", "family_name", "latin", "sex", "birth",
           "nationality", "status")


def load_record(session: Session, number: str) -> dict[str, Any]:
    station, actor = session.station, session.actor
    assert station is not None and actor is not None
    record = show_record(station, actor, number)
    photos = portraits.photos_of(station, actor, [number]) if record.get("photo") else {}
    return {"record": record, "photo": photos.get(number)}


class RecordsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.number = ""
        self.record: dict[str, Any] = {}
        self.banner = Banner(self)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Registration number, card number or name"))
        self.query.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.results = QTableWidget(0, len(COLUMNS), self)
        self.results.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Given name"), self.tr("Family name"), self.tr("Latin"),
            self.tr("Sex"), self.tr("Birth"), self.tr("Nationality"), self.tr("Status")])
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.details = QTextBrowser(self)
        self.photo = ImageView(self.tr("no photo"), self, (150, 190))
        self.photo.setMaximumWidth(240)
        self.card_button = QPushButton(self.tr("Print / reprint card"), self)
        self.replace_button = QPushButton(self.tr("Replace card"), self)
        self.revoke_button = QPushButton(self.tr("Revoke card"), self)
        self.queue_button = QPushButton(self.tr("Add to print queue"), self)
        self.correct_button = QPushButton(self.tr("Correct details…"), self)
        self.correct_dialog: CorrectDialog | None = None
        self.purpose = QComboBox(self)
        for purpose in ConsentPurpose:
            self.purpose.addItem(self.tr(purpose.value), purpose.value)
        self.withdraw_button = QPushButton(self.tr("Withdraw consent"), self)
        self.preview = CardPreview(self.runner, self)
        self.print_queue = PrintQueue(session, self)
        record_tab = QWidget(self)
        record_layout = QHBoxLayout(record_tab)
        record_layout.addWidget(self.details, 1)
        record_layout.addWidget(self.photo)
        tabs = QTabWidget(self)
        tabs.addTab(record_tab, self.tr("Record"))
        tabs.addTab(self.preview, self.tr("Card"))
        tabs.addTab(self.print_queue, self.tr("Print queue (%d)") % 0)
        self.tabs = tabs
        actions = QHBoxLayout()
        for widget in (self.correct_button, self.card_button, self.replace_button,
                       self.revoke_button, self.queue_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Consent for"), self))
        actions.addWidget(self.purpose)
        actions.addWidget(self.withdraw_button)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(tabs, 1)
        bottom_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.results)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 2)
        search = QHBoxLayout()
        search.addWidget(self.query, 1)
        search.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(search)
        layout.addWidget(splitter, 1)
        self.search_button.clicked.connect(self.search)
        self.query.returnPressed.connect(self.search)
        self.results.currentCellChanged.connect(lambda row, *_: self._chosen(row))
        self.card_button.clicked.connect(lambda: self.make_card(replace=False))
        self.replace_button.clicked.connect(lambda: self.make_card(replace=True))
        self.revoke_button.clicked.connect(self.revoke)
        self.queue_button.clicked.connect(self.queue_current)
        self.correct_button.clicked.connect(self.correct)
        self.print_queue.changed.connect(self._queue_changed)
        self.withdraw_button.clicked.connect(self.withdraw)
        self._set_actions(False)
        self.rows: list[dict[str, Any]] = []

    def _set_actions(self, on: bool) -> None:
        for widget in (self.card_button, self.replace_button, self.revoke_button,
                       self.queue_button, self.withdraw_button, self.purpose):
            widget.setEnabled(on)
        actor = self.session.actor
        self.correct_button.setEnabled(on and actor is not None
                                       and allowed(actor.role, Permission.CORRECT_RECORD))

    # -- search ----------------------------------------------------------------------------------
    def search(self) -> None:
        station, actor, text = self.session.station, self.session.actor, self.query.text()
        if station is None or actor is None or not text.strip():
            return
        self.banner.show_message(self.tr("Searching…"), "info")
        self.runner.submit(lambda: search.search_records(station, actor, text),
                           done=self._found, failed=self.banner.error, owner=self)

    def _found(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.results.setRowCount(0)
        for row in rows:
            index = self.results.rowCount()
            self.results.insertRow(index)
            for column, key in enumerate(COLUMNS):
                self.results.setItem(index, column, QTableWidgetItem(str(row.get(key, ""))))
        self.banner.show_message(self.tr("%d found.") % len(rows), "ok" if rows else "warn")
        if rows:
            self.results.selectRow(0)

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_record(self.rows[row]["registration_number"])

    def open_record(self, number: str) -> None:
        """Show one record (audited as a view)."""
        self.number = number
        session = self.session
        self.runner.submit(lambda: load_record(session, number), done=self._loaded,
                           failed=self.banner.error, owner=self)

    def _loaded(self, loaded: dict[str, Any]) -> None:
        self.record = loaded["record"]
        lines = record_lines(self.record)
        cards = self.record.get("cards", [])
        lines.append(("Cards", "; ".join(f"{c['card_number']} {c['status']} "
                                         f"→ {c['expiry_date']}" for c in cards)))
        consent = self.record.get("consent", {})
        lines.append(("Consent", f"{consent.get('purposes', '')} "
                                 f"(withdrawn: {consent.get('withdrawn', '')})"))
        self.details.setHtml("<table cellpadding='2'>" + "".join(
            f"<tr><th align='left'>{html.escape(self.tr(k))}</th><td>{escaped(v)}</td></tr>"
            for k, v in lines) + "</table>")
        self.photo.set_image(pixmap_from_bytes(loaded["photo"]) if loaded["photo"] else None)
        self._set_actions(True)
        self.tabs.setCurrentIndex(0)

    # -- cards -----------------------------------------------------------------------------------
    def current_card(self) -> str:
        issued = [c for c in self.record.get("cards", []) if c["status"] == "issued"]
        return issued[-1]["card_number"] if issued else ""

    def make_card(self, *, replace: bool) -> None:
        issue = cards_service.issue_card
        station, actor, number = self.session.station, self.session.actor, self.number
        if station is None or actor is None or not number:
            return
        self.runner.submit(lambda: issue(station, actor, number, replace_existing=replace),
                           write=True, done=self._card_made, failed=self.banner.error,
                           owner=self)

    def _card_made(self, card: Any) -> None:
        verb = self.tr("reprinted") if card.reprint else self.tr("issued")
        self.banner.show_message(self.tr("Card %s %s.") % (card.card_number, verb), "ok")
        self.preview.show_pdf(card.pdf, self.tr("Card %s, valid until %s") % (
            card.card_number, card.expiry_date.isoformat()), f"{card.card_number}.pdf")
        self.tabs.setCurrentWidget(self.preview)
        self.open_record(self.number)

    # -- correction ------------------------------------------------------------------------------
    def correct(self) -> None:
        """Open the correction dialog for the record shown (not modal: the page stays usable)."""
        if not self.record:
            return
        if self.correct_dialog is not None:  # one at a time; its typed values go with it
            self.correct_dialog.close()
            self.correct_dialog.deleteLater()
        dialog = CorrectDialog(self.session, self.record, self)
        dialog.corrected.connect(lambda _fields: self.open_record(dialog.number))
        self.correct_dialog = dialog
        dialog.show()

    # -- print queue -----------------------------------------------------------------------------
    def queue_current(self) -> None:
        """Put the record shown into the A4 print queue."""
        number = self.record.get("registration_number", "")
        name = self.record.get("name", {})
        label = f"{name.get('given', '')} {name.get('family', '')}".strip()
        if self.print_queue.add(number, label):
            self.banner.show_message(self.tr("%s added to the print queue.") % number, "ok")
        elif number:
            self.banner.show_message(self.tr("%s is in the print queue already.") % number,
                                     "info")

    def _queue_changed(self, count: int) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.print_queue),
                             self.tr("Print queue (%d)") % count)

    def revoke(self) -> None:
        revoke = cards_service.revoke_card
        station, actor, card_number = self.session.station, self.session.actor, \
            self.current_card()
        if station is None or actor is None:
            return
        if not card_number:
            self.banner.error(self.tr("This person has no valid card."))
            return
        self.runner.submit(lambda: revoke(station, actor, card_number, "revoked"), write=True,
                           done=lambda card: self._changed(self.tr("Card %s revoked.")
                                                           % card.card_number),
                           failed=self.banner.error, owner=self)

    def withdraw(self) -> None:
        withdraw = consent_service.withdraw_consent
        station, actor, number = self.session.station, self.session.actor, self.number
        purpose = str(self.purpose.currentData())
        if station is None or actor is None or not number:
            return
        self.runner.submit(lambda: withdraw(station, actor, number, purpose), write=True,
                           done=lambda _r: self._changed(self.tr("Consent for %s withdrawn.")
                                                         % purpose),
                           failed=self.banner.error, owner=self)

    def _changed(self, message: str) -> None:
        self.banner.show_message(message, "ok")
        self.open_record(self.number)
