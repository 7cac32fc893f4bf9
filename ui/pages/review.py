"""Supervisor review of suspected duplicates: queue, side-by-side comparison, decision."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from station.domain.labels import label, label_of
from station.domain.vocab import CaseStatus, Decision
from station.services import duplicates, portraits
from station.services.records import show_record
from ui.confirm import ConfirmDialog, ask
from ui.record_view import differences, record_lines
from ui.session import Session
from ui.widgets import Banner, ImageView, escaped, pixmap_from_bytes


def load_case(session: Session, case: Any) -> dict[str, Any]:
    """The held record, each candidate's record, and their photos (worker; audited views)."""
    station, actor = session.station, session.actor
    assert station is not None and actor is not None
    numbers = [case.registration_number] + [c.registration_number for c in case.candidates]
    records = {n: show_record(station, actor, n) for n in numbers}
    photos = portraits.photos_of(station, actor, numbers)
    return {"case": case, "records": records, "photos": photos}


class ReviewPage(QWidget):
    counted = Signal(int)  # open cases, each time the queue is listed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.loaded: dict[str, Any] | None = None
        self.confirmation: ConfirmDialog | None = None  # the last question asked
        self.wanted: int | None = None  # the case whose records are being loaded
        self.listing = 0  # the latest listing asked for (older answers are dropped)
        self.outcome = ""  # what the last decision did, until the queue is listed again
        self.banner = Banner(self)
        self.queue = QListWidget(self)
        self.queue.setMaximumWidth(260)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.candidate = QComboBox(self)
        self.candidate.currentTextChanged.connect(self.candidate.setToolTip)  # when elided
        self.new_photo = ImageView(self.tr("no photo"), self, (150, 190))
        self.old_photo = ImageView(self.tr("no photo"), self, (150, 190))
        self.new_details = QTextBrowser(self)
        self.old_details = QTextBrowser(self)
        self.new_details.setAccessibleName(self.tr("New registration"))
        self.old_details.setAccessibleName(self.tr("Existing record"))
        self.queue.setAccessibleName(self.tr("Open cases"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason for the decision (required)"))
        self.same_button = QPushButton(self.tr("Same person"), self)
        self.different_button = QPushButton(self.tr("Different people"), self)
        self.more_button = QPushButton(self.tr("Needs more information"), self)
        compare = QGridLayout()
        compare.addWidget(QLabel(self.tr("<b>New registration</b>"), self), 0, 0)
        old_header = QHBoxLayout()
        old_header.addWidget(QLabel(self.tr("<b>Existing record</b>"), self))
        old_header.addWidget(self.candidate, 1)
        compare.addLayout(old_header, 0, 1)
        compare.addWidget(self.new_photo, 1, 0)
        compare.addWidget(self.old_photo, 1, 1)
        compare.addWidget(self.new_details, 2, 0)
        compare.addWidget(self.old_details, 2, 1)
        compare.setRowStretch(2, 1)
        decision = QHBoxLayout()
        decision.addWidget(self.reason, 1)
        decision.addWidget(self.same_button)
        decision.addWidget(self.different_button)
        decision.addWidget(self.more_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(compare, 1)
        right_layout.addLayout(decision)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("<b>Open cases</b>"), self))
        left_layout.addWidget(self.queue, 1)
        left_layout.addWidget(self.refresh_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.queue.currentRowChanged.connect(self._case_chosen)
        self.candidate.currentIndexChanged.connect(lambda _i: self._compare())
        self.same_button.clicked.connect(lambda: self.decide(Decision.SAME))
        self.different_button.clicked.connect(lambda: self.decide(Decision.DIFFERENT))
        self.more_button.clicked.connect(lambda: self.decide(Decision.MORE_INFO))
        self._enable(False)
        self.duplicates = duplicates

    def _enable(self, on: bool) -> None:
        for widget in (self.same_button, self.different_button, self.more_button, self.reason):
            widget.setEnabled(on)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        station, actor, service = self.session.station, self.session.actor, self.duplicates
        if station is None or actor is None:
            return
        self.listing += 1
        turn = self.listing
        self.runner.submit(lambda: service.open_cases(station, actor),
                           done=lambda cases: self._listed(cases) if turn == self.listing
                           else None, failed=self.banner.error, owner=self)

    def _listed(self, cases: list[Any]) -> None:
        self.queue.blockSignals(True)
        self.queue.clear()
        for case in cases:
            item = QListWidgetItem(self.tr("Case %d: %s\n%s") % (
                case.case_id, case.registration_number, self.tr(label(case.status))),
                self.queue)
            item.setData(Qt.ItemDataRole.UserRole, case)
        self.queue.blockSignals(False)
        self.counted.emit(len(cases))
        outcome, self.outcome = self.outcome, ""
        if not cases:
            self._clear()
            self.banner.show_message(" ".join(filter(None, (
                outcome, self.tr("No open duplicate cases.")))), "ok")
        else:
            self.queue.setCurrentRow(0)
            self._case_chosen(0)

    def _clear(self) -> None:
        self.loaded = None
        self.wanted = None
        self.candidate.clear()
        for view in (self.new_details, self.old_details):
            view.clear()
        for image in (self.new_photo, self.old_photo):
            image.set_image(None)
        self._enable(False)

    def _case_chosen(self, row: int) -> None:
        item = self.queue.item(row)
        if item is None:
            return
        case = item.data(Qt.ItemDataRole.UserRole)
        session = self.session
        self.wanted = case.case_id
        self._enable(False)
        self.runner.submit(lambda: load_case(session, case), done=self._case_loaded,
                           failed=self.banner.error, owner=self)

    def _case_loaded(self, loaded: dict[str, Any]) -> None:
        if loaded["case"].case_id != self.wanted:
            return  # a case chosen before (or decided since): its answer came late
        self.loaded = loaded
        case = loaded["case"]
        self.candidate.blockSignals(True)
        self.candidate.clear()
        for candidate in case.candidates:
            closeness = (self.tr("very close face") if candidate.band == "match"
                         else self.tr("similar face"))
            self.candidate.addItem(self.tr("%s — %s (distance %.2f)") % (
                candidate.registration_number, closeness, candidate.distance),
                candidate.registration_number)
        self.candidate.blockSignals(False)
        self.new_photo.set_image(pixmap_from_bytes(loaded["photos"][case.registration_number])
                                 if case.registration_number in loaded["photos"] else None)
        self._compare()
        self._enable(True)

    def _compare(self) -> None:
        if self.loaded is None:
            return
        records = self.loaded["records"]
        new = records[self.loaded["case"].registration_number]
        number = self.candidate.currentData()
        old = records.get(number, {})
        differ = differences(new, old, self.tr) if old else set()
        self.new_details.setHtml(self._table(new, differ))
        self.old_details.setHtml(self._table(old, differ) if old else "")
        photos = self.loaded["photos"]
        self.old_photo.set_image(pixmap_from_bytes(photos[number]) if number in photos else None)

    def _table(self, record: dict[str, Any], differ: set[str]) -> str:
        rows = []
        for title, value in record_lines(record, self.tr):
            # a difference is marked by a sign and bold type as well as the colour
            differs = title in differ
            style = " style='background:#fdebd0'" if differs else ""
            mark = "≠ " if differs else ""
            shown = f"<b>{escaped(value)}</b>" if differs else escaped(value)
            rows.append(f"<tr{style}><th align='left'>{mark}{html.escape(title)}</th>"
                        f"<td>{shown}</td></tr>")
        return f"<table cellpadding='2'>{''.join(rows)}</table>"

    def decision_text(self, decision: Decision, held: str, other: str, reason: str) -> str:
        """What deciding the case this way will do, naming both records."""
        if decision is Decision.SAME:
            text = self.tr("The new registration %s will be recorded as the same person as %s. "
                           "It is cancelled, points to %s and leaves the face gallery; it can "
                           "never get a card. This cannot be undone.") % (held, other, other)
        elif decision is Decision.DIFFERENT:
            text = self.tr("%s and %s will be recorded as different people. The new "
                           "registration becomes a record of its own and can get a card once "
                           "no other case about it is open. This cannot be undone.") % (
                held, other)
        else:
            text = self.tr("The case stays open, marked as waiting for information; %s stays "
                           "held and gets no card until a decision.") % held
        return text + "\n\n" + self.tr("Reason: %s") % reason

    def decide(self, decision: Decision) -> None:
        """Check the reason, then ask for confirmation naming both records."""
        if self.loaded is None or self.session.station is None or self.session.actor is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.banner.error(self.tr("Give a reason for the decision."))
            self.reason.setFocus()
            return
        case = self.loaded["case"]
        other = str(self.candidate.currentData() or "")
        self.confirmation = ask(
            self, self.tr("Case %d: %s?") % (case.case_id, self.tr(label(decision))),
            self.decision_text(decision, case.registration_number, other, reason),
            self.tr("Record the decision"), previous=self.confirmation)
        self.confirmation.confirmed.connect(
            lambda _reason: self._decide_confirmed(decision, reason, other))

    def _decide_confirmed(self, decision: Decision, reason: str, same_as: str) -> None:
        station, actor, service = self.session.station, self.session.actor, self.duplicates
        if self.loaded is None or station is None or actor is None:
            return
        case_id = self.loaded["case"].case_id
        held = self.loaded["case"].registration_number
        others_open = sum(1 for row in range(self.queue.count())
                          if (item := self.queue.item(row)) is not None
                          and item.data(Qt.ItemDataRole.UserRole).registration_number == held
                          and item.data(Qt.ItemDataRole.UserRole).case_id != case_id)
        self._enable(False)
        self.runner.submit(lambda: service.decide(station, actor, case_id, decision, reason,
                                                  same_as), write=True,
                           done=lambda case: self._decided(case, same_as, others_open),
                           failed=self._failed, owner=self)

    def _failed(self, message: str) -> None:
        self._enable(True)
        self.banner.error(message)

    def _decided(self, case: Any, same_as: str = "", others_open: int = 0) -> None:
        self.reason.clear()
        held = case.registration_number
        if case.decision is Decision.SAME:
            outcome = self.tr("%s is cancelled and points to %s.") % (held, same_as)
        elif case.decision is Decision.DIFFERENT and others_open:
            outcome = self.tr("%s stays held: another case about it is still open.") % held
        elif case.decision is Decision.DIFFERENT:
            outcome = self.tr("%s is now registered and can get a card.") % held
        else:
            outcome = self.tr("%s stays held until the information comes.") % held
        decided = (self.tr("decided") if case.status is CaseStatus.DECIDED
                   else self.tr(label_of(CaseStatus, str(case.status))).lower())
        self.outcome = self.tr("Case %d %s: %s. %s") % (
            case.case_id, decided,
            self.tr(label(case.decision)).lower() if case.decision else "", outcome)
        self.banner.show_message(self.outcome, "ok")
        self.session.notify_changed()  # the page list counts what waits again
        self.refresh()
