"""Supervisor review of suspected duplicates: queue, side-by-side comparison, decision."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
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

from station.domain.vocab import Decision
from station.services import duplicates, portraits
from station.services.records import show_record
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
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.loaded: dict[str, Any] | None = None
        self.banner = Banner(self)
        self.queue = QListWidget(self)
        self.queue.setMaximumWidth(260)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.candidate = QComboBox(self)
        self.new_photo = ImageView(self.tr("no photo"), self, (150, 190))
        self.old_photo = ImageView(self.tr("no photo"), self, (150, 190))
        self.new_details = QTextBrowser(self)
        self.old_details = QTextBrowser(self)
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
        self.runner.submit(lambda: service.open_cases(station, actor), done=self._listed,
                           failed=self.banner.error, owner=self)

    def _listed(self, cases: list[Any]) -> None:
        self.queue.blockSignals(True)
        self.queue.clear()
        for case in cases:
            item = QListWidgetItem(self.tr("Case %d: %s (%s)") % (
                case.case_id, case.registration_number, case.status.value), self.queue)
            item.setData(Qt.ItemDataRole.UserRole, case)
        self.queue.blockSignals(False)
        if not cases:
            self._clear()
            self.banner.show_message(self.tr("No open duplicate cases."), "ok")
        else:
            self.queue.setCurrentRow(0)
            self._case_chosen(0)

    def _clear(self) -> None:
        self.loaded = None
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
        self._enable(False)
        self.runner.submit(lambda: load_case(session, case), done=self._case_loaded,
                           failed=self.banner.error, owner=self)

    def _case_loaded(self, loaded: dict[str, Any]) -> None:
        self.loaded = loaded
        case = loaded["case"]
        self.candidate.blockSignals(True)
        self.candidate.clear()
        for candidate in case.candidates:
            self.candidate.addItem(self.tr("%s (distance %.3f)") % (
                candidate.registration_number, candidate.distance),
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
        differ = differences(new, old) if old else set()
        self.new_details.setHtml(self._table(new, differ))
        self.old_details.setHtml(self._table(old, differ) if old else "")
        photos = self.loaded["photos"]
        self.old_photo.set_image(pixmap_from_bytes(photos[number]) if number in photos else None)

    def _table(self, record: dict[str, Any], differ: set[str]) -> str:
        rows = []
        for label, value in record_lines(record):
            style = " style='background:#fdebd0'" if label in differ else ""
            rows.append(f"<tr{style}><th align='left'>{html.escape(self.tr(label))}</th>"
                        f"<td>{escaped(value)}</td></tr>")
        return f"<table cellpadding='2'>{''.join(rows)}</table>"

    def decide(self, decision: Decision) -> None:
        station, actor, service = self.session.station, self.session.actor, self.duplicates
        if self.loaded is None or station is None or actor is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.banner.error(self.tr("Give a reason for the decision."))
            self.reason.setFocus()
            return
        case_id = self.loaded["case"].case_id
        same_as = str(self.candidate.currentData() or "")
        self._enable(False)
        self.runner.submit(lambda: service.decide(station, actor, case_id, decision, reason,
                                                  same_as), write=True,
                           done=self._decided, failed=self._failed, owner=self)

    def _failed(self, message: str) -> None:
        self._enable(True)
        self.banner.error(message)

    def _decided(self, case: Any) -> None:
        self.reason.clear()
        self.banner.show_message(self.tr("Case %d decided: %s.") % (
            case.case_id, case.decision.value if case.decision else ""), "ok")
        self.refresh()
