"""Sync: what is pending, the last acknowledgement, sync now (with progress, cancellable
between batches), export a batch to a folder (USB), import an acknowledgement file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.services import sync_service
from ui.session import Session
from ui.tasks import Handle, Progress
from ui.widgets import Banner

SUMMARY_LABELS = {
    "pending_enrolments": "Records not yet in a batch",
    "pending_cards": "Card events not yet in a batch",
    "pending_cases": "Duplicate decisions not yet in a batch",
    "batches_awaiting_ack": "Batches sent, awaiting acknowledgement",
    "last_batch": "Last batch",
    "last_acknowledged": "Last acknowledgement",
}


def sync_state(station: Any) -> str:
    """Short text for the window title: how many records wait for the registry."""
    summary = sync_service.pending_summary(station)
    waiting = sum(int(v) for k, v in summary.items()
                  if k.startswith("pending") and isinstance(v, int))
    batches = len(summary.get("batches_awaiting_ack") or [])
    if not waiting and not batches:
        return "up to date"
    return f"{waiting} pending, {batches} batch(es) unacknowledged"


class SyncPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.service = sync_service
        self.handle: Handle | None = None
        self.summary: dict[str, Any] = {}
        self.banner = Banner(self)
        self.facts = QFormLayout()
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://registry.example/")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.stage = QLabel(self)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.export_button = QPushButton(self.tr("Export batch to folder…"), self)
        self.ack_button = QPushButton(self.tr("Import acknowledgement…"), self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.cancel_button, self.export_button,
                       self.ack_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        url_row = QHBoxLayout()
        url_row.addWidget(QLabel(self.tr("Registry address"), self))
        url_row.addWidget(self.url, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Sync with the central registry</h2>"), self))
        layout.addWidget(self.banner)
        layout.addLayout(self.facts)
        layout.addLayout(url_row)
        layout.addLayout(buttons)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self._export_dialog)
        self.ack_button.clicked.connect(self._ack_dialog)
        self.refresh_button.clicked.connect(self.refresh)
        if session.station is not None:
            self.url.setText(session.station.config.registry_url)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        station, service = self.session.station, self.service
        if station is None:
            return

        def work() -> dict[str, Any]:
            summary = dict(service.pending_summary(station))
            summary["last_acknowledged"] = service.last_acknowledgement(station)
            summary["title"] = sync_state(station)
            return summary

        self.runner.submit(work, done=self._summarised, failed=self.banner.error, owner=self)

    def _summarised(self, summary: dict[str, Any]) -> None:
        self.summary = summary
        while self.facts.rowCount():
            self.facts.removeRow(0)
        for key, value in summary.items():
            if key in ("title", "trust"):
                continue
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value) or self.tr("none")
            label = SUMMARY_LABELS.get(key, key.replace("_", " ").capitalize())
            self.facts.addRow(self.tr(label), QLabel("—" if value in (None, "") else str(value),
                                                     self))
        self.session.set_sync_state(str(summary.get("title", "")))

    # -- sync now --------------------------------------------------------------------------------
    def sync_now(self) -> None:
        station, actor, service = self.session.station, self.session.actor, self.service
        if station is None or actor is None:
            return
        url = self.url.text().strip() or None

        def work(progress: Progress) -> dict[str, Any]:
            def report(stage: str, done: int, total: int) -> None:
                if progress.cancelled:
                    raise InterruptedError("cancelled")
                progress.report(done, total)

            try:
                return dict(service.sync_now(station, actor, url, report))
            except InterruptedError:
                return {"cancelled": True}

        self._running(True)
        self.handle = self.runner.submit(work, progress=self._progressed, done=self._synced,
                                         failed=self._sync_failed, owner=self)

    def _running(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(on)
        self.sync_button.setEnabled(not on)
        self.stage.setText(self.tr("Connecting to the registry…") if on else "")

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.stage.setText(self.tr("Sending batch %d of %d") % (min(done + 1, total), total))

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.stage.setText(self.tr("Stopping after the current batch…"))

    def _synced(self, result: dict[str, Any]) -> None:
        self._running(False)
        if result.get("cancelled"):
            self.banner.show_message(self.tr("Sync cancelled; what was sent is kept."), "warn")
        else:
            self.banner.show_message(self.tr("Sync finished: %d batch(es) sent, %d record(s) "
                                             "acknowledged.") % (
                result.get("batches_sent", 0), result.get("records_acknowledged", 0)), "ok")
        self.refresh()

    def _sync_failed(self, message: str) -> None:
        self._running(False)
        self.banner.error(message)
        self.refresh()

    # -- removable media -------------------------------------------------------------------------
    def _export_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export batches to"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        station, actor, service = self.session.station, self.session.actor, self.service
        if station is None or actor is None:
            return
        self.runner.submit(lambda: service.export_batch(station, actor, folder), write=True,
                           done=self._exported, failed=self.banner.error, owner=self)

    def _exported(self, result: dict[str, Any]) -> None:
        count = len(result.get("batches") or [])
        self.banner.show_message(self.tr("%d batch file(s) written to the folder.") % count,
                                 "ok" if count else "warn")
        self.refresh()

    def _ack_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Acknowledgement file"), "",
                                                    "JSON (*.json)")
        if path:
            self.import_ack(Path(path))

    def import_ack(self, path: Path) -> None:
        station, actor, service = self.session.station, self.session.actor, self.service
        if station is None or actor is None:
            return
        self.runner.submit(lambda: service.import_ack(station, actor, path), write=True,
                           done=lambda r: self._acked(r), failed=self.banner.error, owner=self)

    def _acked(self, result: dict[str, Any]) -> None:
        self.banner.show_message(self.tr("Acknowledgement of batch %s accepted: %d record(s) "
                                         "synced.") % (result.get("sequence"),
                                                       result.get("records_marked", 0)), "ok")
        self.refresh()
