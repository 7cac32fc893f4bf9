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

from station.domain.labels import country_name, label, label_of, local_date
from station.domain.model import REVOKE_REASON_LENGTH, WithdrawalEffect, withdrawal_effects
from station.domain.roles import Permission, allowed
from station.domain.vocab import CardStatus, ConsentPurpose, EnrolmentStatus, Sex
from station.services import cards_service, consent_service, portraits, search
from station.services.records import show_record
from ui.card_preview import CardPreview
from ui.confirm import ConfirmDialog, ask
from ui.correct_dialog import CorrectDialog
from ui.flow import flow_row
from ui.print_queue import PrintQueue
from ui.record_view import birth_text, cards_text, consent_text, record_lines
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
        self._keep_card_tab = False  # a card just made: the reload keeps its preview shown
        self.banner = Banner(self)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr(
            "Registration number (or part of it), card number, site code or name"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Search records"))
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setProperty("primary", True)  # ui/style.py: the page's main action
        self.results = QTableWidget(0, len(COLUMNS), self)
        self.results.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Given name"), self.tr("Family name"), self.tr("Latin"),
            self.tr("Sex"), self.tr("Birth"), self.tr("Nationality"), self.tr("Status")])
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column, key in enumerate(COLUMNS):  # short words in full; names share the rest
            if key in ("registration_number", "sex", "birth", "status"):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.results.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Record"))
        self.photo = ImageView(self.tr("no photo"), self, (150, 190))
        self.photo.setMaximumWidth(240)
        self.card_button = QPushButton(self.tr("Print / reprint card"), self)
        self.replace_button = QPushButton(self.tr("Replace card"), self)
        self.revoke_button = QPushButton(self.tr("Revoke card"), self)
        self.queue_button = QPushButton(self.tr("Add to print queue"), self)
        self.correct_button = QPushButton(self.tr("Correct details…"), self)
        self.correct_dialog: CorrectDialog | None = None
        self.confirmation: ConfirmDialog | None = None  # the last question asked
        self.purpose = QComboBox(self)
        for purpose in ConsentPurpose:
            self.purpose.addItem(self.tr(label(purpose)), purpose.value)
        self.withdraw_button = QPushButton(self.tr("Withdraw consent"), self)
        self.preview = CardPreview(self.runner, self, session=session)
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
        # the actions wrap onto a second line where the language's words leave no room
        consent_group = QWidget(self)
        consent_row = QHBoxLayout(consent_group)
        consent_row.setContentsMargins(0, 0, 0, 0)
        consent_label = QLabel(self.tr("Consent for"), consent_group)
        consent_label.setBuddy(self.purpose)
        consent_row.addWidget(consent_label)
        consent_row.addWidget(self.purpose)
        consent_row.addWidget(self.withdraw_button)
        actions = flow_row(self, self.correct_button, self.card_button, self.replace_button,
                           self.revoke_button, self.queue_button, consent_group)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(tabs, 1)
        bottom_layout.addWidget(actions)
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
            for column, text in enumerate(self.row_texts(row)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)  # said in full where the column elides it
                self.results.setItem(index, column, cell)
        self.banner.show_message(self.tr("%n found.", "", len(rows)), "ok" if rows else "warn")
        if rows:
            self.results.selectRow(0)

    def row_texts(self, row: dict[str, Any]) -> list[str]:
        """One search result in words: sex, birth, nationality and status, never codes."""
        words = {
            "sex": self.tr(label_of(Sex, str(row.get("sex", "")))),
            "birth": birth_text({"birth_date": str(row.get("birth", "")),
                                 "birth_date_estimated": len(str(row.get("birth", ""))) == 4}),
            "nationality": self.tr(country_name(str(row.get("nationality", "")))),
            "status": self.tr(label_of(EnrolmentStatus, str(row.get("status", "")))),
        }
        return [words.get(key, str(row.get(key, ""))) for key in COLUMNS]

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_record(self.rows[row]["registration_number"])

    def open_record(self, number: str) -> None:
        """Show one record (audited as a view)."""
        self.number = number
        session = self.session
        self.runner.submit(lambda: load_record(session, number),
                           done=lambda loaded: self._loaded(loaded, number),
                           failed=self.banner.error, owner=self)

    def _loaded(self, loaded: dict[str, Any], number: str = "") -> None:
        if number and number != self.number:
            return  # an earlier choice answered late: the record chosen since is shown
        self.record = loaded["record"]
        lines = record_lines(self.record)
        lines.append((self.tr("Cards"), cards_text(self.record)))
        lines.append((self.tr("Consent"), consent_text(self.record)))
        self.details.setHtml("<table cellpadding='2'>" + "".join(
            f"<tr><th align='left'>{html.escape(k)}</th><td>{escaped(v)}</td></tr>"
            for k, v in lines if v) + "</table>")  # an empty line tells nothing
        self.photo.set_image(pixmap_from_bytes(loaded["photo"]) if loaded["photo"] else None)
        self._set_actions(True)
        if not self._keep_card_tab:
            self.tabs.setCurrentIndex(0)
        self._keep_card_tab = False

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
            card.card_number, local_date(card.expiry_date)), f"{card.card_number}.pdf",
            numbers=[card.registration_number], cards=[card.card_number])
        self.tabs.setCurrentWidget(self.preview)
        self.session.notify_changed()
        self._keep_card_tab = True  # the record reloads (its cards): the preview stays shown
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

    def person(self) -> str:
        """The record shown, as the officer recognises it: "Amina Juma (DAR-01-000002X)"."""
        name = self.record.get("name", {})
        full = f"{name.get('given', '')} {name.get('family', '')}".strip()
        number = str(self.record.get("registration_number", self.number))
        return self.tr("%s (%s)") % (full, number) if full else number

    def revoke(self) -> None:
        """Ask (naming the card and the person, with a reason), then revoke the card."""
        card_number = self.current_card()
        if self.session.station is None or self.session.actor is None:
            return
        if not card_number:
            self.banner.error(self.tr("This person has no valid card."))
            return
        self.confirmation = ask(
            self, self.tr("Revoke card %s?") % card_number,
            self.tr("Card %s of %s will be revoked. Card readers will refuse it from the next "
                    "revocation list, and it can never be valid again; the person will need a "
                    "new card.") % (card_number, self.person()),
            self.tr("Revoke the card"),
            reason_label=self.tr("Reason (kept with the card; no personal details)"),
            reason_hint=self.tr("e.g. lost, stolen, issued in error"),
            reason_length=REVOKE_REASON_LENGTH, previous=self.confirmation)
        self.confirmation.confirmed.connect(
            lambda reason: self._revoke_confirmed(card_number, reason))

    def _revoke_confirmed(self, card_number: str, reason: str) -> None:
        revoke = cards_service.revoke_card
        station, actor = self.session.station, self.session.actor
        if station is None or actor is None:
            return
        others = [c["card_number"] for c in self.record.get("cards", [])
                  if c["status"] == CardStatus.ISSUED.value and c["card_number"] != card_number]
        self.runner.submit(lambda: revoke(station, actor, card_number, reason), write=True,
                           done=lambda card: self._revoked(card, others),
                           failed=self.banner.error, owner=self)

    def _revoked(self, card: Any, others: list[str]) -> None:
        still = (self.tr("The person still has valid card %s.") % ", ".join(others) if others
                 else self.tr("The person has no valid card now."))
        self._changed(self.tr("Card %s revoked. %s") % (card.card_number, still))

    def withdrawal_effect_text(self, purpose: ConsentPurpose) -> str:
        """What withdrawing `purpose` does to the record shown, in plain words."""
        effects, who = withdrawal_effects(purpose), self.person()
        if WithdrawalEffect.ERASE_RECORD in effects:
            return self.tr("Everything held about %s will be erased except the registration "
                           "number: details, photo, face template and history. Their cards are "
                           "revoked. This cannot be undone.") % who
        parts = []
        if WithdrawalEffect.ERASE_BIOMETRICS in effects:
            parts.append(self.tr("The photo and face template of %s will be erased.") % who)
        if WithdrawalEffect.REVOKE_CARDS in effects:
            parts.append(self.tr("Their cards will be revoked and no new card can be "
                                 "printed."))
        if WithdrawalEffect.ERASE_CONTACTS in effects:
            parts.append(self.tr("The phone, e-mail, emergency and family contacts of %s will "
                                 "be erased.") % who)
        if not parts:
            parts.append(self.tr("The record of %s will no longer be shared with partner "
                                 "agencies.") % who)
        parts.append(self.tr("This cannot be undone."))
        return " ".join(parts)

    def withdraw(self) -> None:
        """Ask (naming the person and what will be erased), then withdraw the consent."""
        number = self.number
        if self.session.station is None or self.session.actor is None or not number:
            return
        purpose = ConsentPurpose(str(self.purpose.currentData()))
        self.confirmation = ask(
            self, self.tr("Withdraw consent for “%s”?") % self.tr(label(purpose)),
            self.withdrawal_effect_text(purpose), self.tr("Withdraw consent"),
            previous=self.confirmation)
        self.confirmation.confirmed.connect(
            lambda _reason: self._withdraw_confirmed(number, purpose))

    def _withdraw_confirmed(self, number: str, purpose: ConsentPurpose) -> None:
        withdraw = consent_service.withdraw_consent
        station, actor = self.session.station, self.session.actor
        if station is None or actor is None:
            return
        self.runner.submit(lambda: withdraw(station, actor, number, purpose.value), write=True,
                           done=self._withdrawn, failed=self.banner.error, owner=self)

    def _withdrawn(self, result: Any) -> None:
        purpose = self.tr(label_of(ConsentPurpose, str(result.purpose)))
        number = str(result.registration_number)
        if result.already_withdrawn:
            self._changed(self.tr("Consent for “%s” of %s was withdrawn already; nothing "
                                  "changed.") % (purpose, number))
            return
        parts = [self.tr("Consent for “%s” of %s withdrawn.") % (purpose, number)]
        if getattr(result, "pending", None):
            parts.append(self.tr("The card revocation and erasure it asks for are waiting for "
                                 "a supervisor to confirm them; tell the person they take "
                                 "effect then."))
        erased = set(result.erased)
        if "details" in erased:
            parts.append(self.tr("The record is erased; only its number remains."))
        else:
            if "photo" in erased:
                parts.append(self.tr("Photo and face template erased."))
            if "contact" in erased:
                parts.append(self.tr("Contacts erased."))
        if result.revoked_cards:
            parts.append(self.tr("Card %s revoked; the person has no valid card now.")
                         % ", ".join(result.revoked_cards))
        self._changed(" ".join(parts))

    def _changed(self, message: str) -> None:
        self.banner.show_message(message, "ok")
        self.session.notify_changed()  # card events wait to be sent: the page list counts
        self.open_record(self.number)
