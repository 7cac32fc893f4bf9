"""Sync: joining a registry, sending in the background, what is pending, the last
acknowledgement, send now (with progress, cancellable between batches), export a batch to a
folder (USB), import an acknowledgement file (or a refusal file: a warning, the batch gone)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.labels import local_time
from station.domain.roles import Permission, allowed
from station.services import auto_sync, sync_service, trust
from station.services.auto_sync import Outcome
from station.services.refusals import BatchRefused
from ui import file_dialogs
from ui.auto_sync import AutoSyncDriver, driver_of
from ui.session import Session
from ui.station_alerts import held_rows, refusal_text
from ui.tasks import Handle, Progress
from ui.widgets import Banner

SUMMARY_LABELS = {
    "pending": QT_TRANSLATE_NOOP("SyncPage", "Records not yet sent"),
    "awaiting_ack": QT_TRANSLATE_NOOP("SyncPage", "Records sent, awaiting acknowledgement"),
    "acknowledged": QT_TRANSLATE_NOOP("SyncPage", "Records acknowledged by the registry"),
    "cards_pending": QT_TRANSLATE_NOOP("SyncPage", "Card events not yet sent"),
    "pending_enrolments": QT_TRANSLATE_NOOP("SyncPage", "Records not yet in a batch"),
    "pending_cards": QT_TRANSLATE_NOOP("SyncPage", "Card events not yet in a batch"),
    "pending_cases": QT_TRANSLATE_NOOP("SyncPage", "Duplicate decisions not yet in a batch"),
    "batches_awaiting_ack": QT_TRANSLATE_NOOP("SyncPage", "Batches sent, awaiting acknowledgement"),
    "last_batch": QT_TRANSLATE_NOOP("SyncPage", "Last batch"),
    "last_acknowledged": QT_TRANSLATE_NOOP("SyncPage", "Last acknowledgement"),
}
HELD_ROWS_SHOWN = 4  # the table of held-back records scrolls past this many rows
HIDDEN = ("title", "trust", "joined", "registry_url", "last_sync", "held_back")


def sync_state(station: Any) -> str:
    """Short text for the window title: how many records wait for the registry."""
    summary = sync_service.pending_summary(station)
    waiting = sum(int(v) for k, v in summary.items()
                  if k.startswith("pending") and isinstance(v, int))
    batches = len(summary.get("batches_awaiting_ack") or [])
    if not waiting and not batches:
        return "up to date"
    return f"{waiting} pending, {batches} batch(es) unacknowledged"


def grouped(key_id: str) -> str:
    """A key fingerprint in groups of four, for people to compare by eye."""
    return " ".join(key_id[i:i + 4] for i in range(0, min(len(key_id), 32), 4))


class SyncPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.service = sync_service
        self.handle: Handle | None = None
        self.summary: dict[str, Any] = {}
        self.joined: bool | None = None
        self.dialog: QFileDialog | None = None
        self.held_bundle: Path | None = None
        self.banner = Banner(self)
        self.facts = QFormLayout()
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://registry.example/")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.stage = QLabel(self)
        self.sync_button = QPushButton(self.tr("Send now"), self)
        self.sync_button.setProperty("primary", True)  # ui/style.py: the page's main action
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.export_button = QPushButton(self.tr("Export batch to folder…"), self)
        self.ack_button = QPushButton(self.tr("Import acknowledgement…"), self)
        self.ack_button.setToolTip(self.tr("Take a file the registry wrote for this station "
                                           "(USB stick): the acknowledgement of a batch, or "
                                           "its refusal"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.cancel_button, self.export_button,
                       self.ack_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        url_row = QHBoxLayout()
        url_row.addWidget(QLabel(self.tr("Registry address"), self))
        url_row.addWidget(self.url, 1)

        # Joining a registry: a bundle file, or a request file for the registry to certify.
        self.join_box = QGroupBox(self.tr("Registry"), self)
        self.join_state = QLabel(self.join_box)
        self.join_state.setWordWrap(True)
        self.join_button = QPushButton(self.tr("Join a registry with its bundle file…"),
                                       self.join_box)
        self.request_button = QPushButton(self.tr("Write a join request…"), self.join_box)
        self.delete_button = QPushButton(self.tr("Delete the bundle file now"), self.join_box)
        self.delete_button.hide()
        join_buttons = QHBoxLayout()
        for button in (self.join_button, self.request_button, self.delete_button):
            join_buttons.addWidget(button)
        join_buttons.addStretch(1)
        join_layout = QVBoxLayout(self.join_box)
        join_layout.addWidget(self.join_state)
        join_layout.addLayout(join_buttons)

        # Sending in the background.
        self.auto_box = QGroupBox(self.tr("Sending when connected"), self)
        self.auto_facts = QFormLayout()
        self.pause_button = QPushButton(self.tr("Pause sending"), self.auto_box)
        self.check_button = QPushButton(self.tr("Check the registry now"), self.auto_box)
        auto_buttons = QHBoxLayout()
        auto_buttons.addWidget(self.check_button)
        auto_buttons.addWidget(self.pause_button)
        auto_buttons.addStretch(1)
        auto_layout = QVBoxLayout(self.auto_box)
        auto_layout.addLayout(self.auto_facts)
        auto_layout.addLayout(auto_buttons)

        # Records the registry would refuse: held back until a field is corrected.
        self.held_box = QGroupBox(self.tr("Records held back"), self)
        self.held_note = QLabel(self.tr("These records are not sent: a field breaks the "
                                        "limits the registry accepts. Open each record and "
                                        "correct the field named; it is sent with the next "
                                        "batch."), self.held_box)
        self.held_note.setWordWrap(True)
        self.held_table = QTableWidget(0, 2, self.held_box)
        self.held_table.setHorizontalHeaderLabels([self.tr("Registration number"),
                                                   self.tr("What to correct")])
        self.held_table.horizontalHeader().setStretchLastSection(True)
        self.held_table.verticalHeader().hide()
        self.held_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.held_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.held_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.open_held_button = QPushButton(self.tr("Open the record to correct it"),
                                            self.held_box)
        self.open_held_button.setEnabled(False)
        held_layout = QVBoxLayout(self.held_box)
        held_layout.addWidget(self.held_note)
        held_layout.addWidget(self.held_table)
        held_buttons = QHBoxLayout()
        held_buttons.addWidget(self.open_held_button)
        held_buttons.addStretch(1)
        held_layout.addLayout(held_buttons)
        self.held_box.hide()
        self.held_table.itemSelectionChanged.connect(self._held_selected)
        self.held_table.cellDoubleClicked.connect(lambda _r, _c: self.open_held())
        self.open_held_button.clicked.connect(self.open_held)

        # the page scrolls: with records held back it is taller than a laptop's screen
        inner = QWidget(self)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        layout = QVBoxLayout(inner)
        layout.addWidget(QLabel(self.tr("<h2>Sync with the central registry</h2>"), self))
        layout.addWidget(self.banner)
        layout.addWidget(self.held_box)
        layout.addWidget(self.join_box)
        layout.addWidget(self.auto_box)
        layout.addLayout(self.facts)
        layout.addLayout(url_row)
        layout.addLayout(buttons)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        area.setWidget(inner)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self._export_dialog)
        self.ack_button.clicked.connect(self._ack_dialog)
        self.refresh_button.clicked.connect(self.refresh)
        self.join_button.clicked.connect(self._join_dialog)
        self.request_button.clicked.connect(self._request_dialog)
        self.delete_button.clicked.connect(self.delete_bundle_file)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.check_button.clicked.connect(self.check_now)
        actor = session.actor
        keys = actor is not None and allowed(actor.role, Permission.MANAGE_KEYS)
        self.join_button.setVisible(keys)
        self.request_button.setVisible(keys)
        self.pause_button.setVisible(actor is not None
                                     and allowed(actor.role, Permission.PAUSE_SYNC))
        self.driver: AutoSyncDriver | None = driver_of(session)
        if self.driver is not None:
            self.driver.changed.connect(self._show_auto)
        self.auto_box.setVisible(self.driver is not None)
        self._show_auto()
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
            summary["last_sync"] = auto_sync.last_sync(station)
            summary["title"] = sync_state(station)
            summary["joined"] = trust.is_joined(station)
            summary["registry_url"] = station.config.registry_url
            summary["held_back"] = service.held_back(station)
            return summary

        self.runner.submit(work, done=self._summarised, failed=self.banner.error, owner=self)

    def _summarised(self, summary: dict[str, Any]) -> None:
        self.summary = summary
        self.joined = bool(summary.get("joined"))
        self._show_join(str(summary.get("registry_url") or ""))
        self._show_held(list(summary.get("held_back") or []))
        while self.facts.rowCount():
            self.facts.removeRow(0)
        for key, value in summary.items():
            if key in HIDDEN:
                continue
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value) or self.tr("none")
            label = SUMMARY_LABELS.get(key, key.replace("_", " ").capitalize())
            shown = "—" if value in (None, "") else str(value)
            self.facts.addRow(self.tr(str(label)), QLabel(shown, self))
        last = summary.get("last_sync")
        self.facts.addRow(self.tr("Last acknowledgement"),
                          QLabel(local_time(last) if last else self.tr("never"), self))
        if self.driver is None or self.driver.machine is None:
            self.session.set_sync_state(str(summary.get("title", "")))
        else:
            self.driver.note_waiting(int(summary.get("pending", 0))
                                     + int(summary.get("awaiting_ack", 0)))

    # -- records held back ----------------------------------------------------------------------
    def _show_held(self, held: list[str]) -> None:
        """The held-back records (sync_service.held_back: StationWarning, said from their
        codes), by number and field, never a value."""
        rows = held_rows(held)
        self.held_table.setRowCount(len(rows))
        for row, (number, what) in enumerate(rows):
            self.held_table.setItem(row, 0, QTableWidgetItem(number or "—"))
            self.held_table.setItem(row, 1, QTableWidgetItem(what))
        self.held_table.resizeColumnToContents(0)
        table = self.held_table
        shown = sum(table.rowHeight(r) for r in range(min(len(rows), HELD_ROWS_SHOWN)))
        table.setFixedHeight(table.horizontalHeader().height() + shown
                             + 2 * table.frameWidth() + 2)
        self.held_box.setVisible(bool(rows))
        self._held_selected()

    def held_number(self) -> str:
        """The registration number of the held-back row selected ("" when none)."""
        rows = self.held_table.selectionModel().selectedRows()
        item = self.held_table.item(rows[0].row(), 0) if rows else None
        return item.text() if item is not None and item.text() != "—" else ""

    def _records_page(self) -> Any:
        workspace = getattr(self.window(), "workspace", None)
        return workspace.page("records") if workspace is not None else None

    def _held_selected(self) -> None:
        self.open_held_button.setEnabled(bool(self.held_number())
                                         and self._records_page() is not None)

    def open_held(self) -> None:
        """Open the selected held-back record on the Records page, to correct it."""
        number = self.held_number()
        workspace = getattr(self.window(), "workspace", None)
        records = workspace.open("records") if workspace is not None and number else None
        if records is not None and hasattr(records, "open_record"):
            records.open_record(number)

    def _show_join(self, url: str) -> None:
        if self.joined:
            text = self.tr("This station has joined its registry.")
            if url:
                text += " " + self.tr("Address: %s") % url
        else:
            text = self.tr("This station has not joined a registry yet: nothing can be sent. "
                           "Choose the trust bundle file the registry made for this station, "
                           "or write a join request, take it to the registry, and choose the "
                           "bundle file it gives back.")
        self.join_state.setText(text)
        self.join_button.setText(self.tr("Join a registry with its bundle file…")
                                 if not self.joined else self.tr("Load a new bundle file…"))
        self.request_button.setEnabled(not self.joined)

    def _show_auto(self) -> None:
        driver = self.driver
        while self.auto_facts.rowCount():
            self.auto_facts.removeRow(0)
        if driver is None:
            return
        for label, value in driver.facts():
            self.auto_facts.addRow(label, QLabel(value, self.auto_box))
        self.pause_button.setText(self.tr("Resume sending") if driver.paused
                                  else self.tr("Pause sending"))
        self.check_button.setEnabled(not driver.paused)

    # -- joining ---------------------------------------------------------------------------------
    def _join_dialog(self) -> None:
        self.dialog = file_dialogs.open_file(
            self, self.tr("Trust bundle from the registry"),
            self.tr("Trust bundles (*.json);;All files (*)"), self.join_with)

    def join_with(self, path: Path) -> None:
        station, actor = self.session.station, self.session.actor
        if station is None or actor is None:
            return
        self.banner.show_message(self.tr("Joining the registry…"), "info")
        self.runner.submit(lambda: trust.join_registry(station, actor, path), write=True,
                           done=lambda result: self._joined(path, result),
                           failed=self.banner.error, owner=self)

    def _joined(self, path: Path, result: dict[str, Any]) -> None:
        station = self.session.station
        text = self.tr("Station %s has joined the registry; records can be sent now.") % \
            result["station_id"]
        if result.get("held_private_key"):
            text += " " + self.tr("The bundle file held this station's private key; it is now "
                                  "sealed inside the station. Delete the file %s from the USB "
                                  "stick now.") % path
            self.held_bundle = path
            self.delete_button.show()
        self.banner.show_message(text, "ok")
        if station is not None and station.config.registry_url:
            self.url.setText(station.config.registry_url)
        self.refresh()
        if self.driver is not None:
            self.driver.check_now()

    def delete_bundle_file(self) -> None:
        path = self.held_bundle
        if path is None:
            return
        self.runner.submit(lambda: path.unlink(missing_ok=True),
                           done=lambda _r: self._deleted(path), failed=self.banner.error,
                           owner=self)

    def _deleted(self, path: Path) -> None:
        self.held_bundle = None
        self.delete_button.hide()
        self.banner.show_message(self.tr("The bundle file %s was deleted.") % path, "ok")

    def _request_dialog(self) -> None:
        station = self.session.station
        name = f"{station.code.station_id}.request.json" if station is not None else ""
        self.dialog = file_dialogs.save_file(
            self, self.tr("Write the join request to"), name,
            self.tr("Join requests (*.json)"), self.write_request)

    def write_request(self, path: Path) -> None:
        station, actor = self.session.station, self.session.actor
        if station is None or actor is None:
            return
        self.runner.submit(lambda: trust.write_join_request(station, actor, path), write=True,
                           done=self._request_written, failed=self.banner.error, owner=self)

    def _request_written(self, result: dict[str, Any]) -> None:
        self.banner.show_message(
            self.tr("Join request written to %s. It holds only this station's public key. "
                    "Take it to the registry; its staff certify it and give back a trust "
                    "bundle file: choose that file with “Join a registry with its bundle "
                    "file”. The registry shows this key fingerprint, compare the two: %s")
            % (result["request"], grouped(str(result["key_id"]))), "ok")

    # -- background sending ---------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if self.driver is None:
            return
        if self.driver.paused:
            self.driver.resume(self.banner.error)
        else:
            self.driver.pause(self.banner.error)

    def check_now(self) -> None:
        if self.driver is not None:
            self.driver.check_now()

    # -- send now --------------------------------------------------------------------------------
    def sync_now(self) -> None:
        station, actor = self.session.station, self.session.actor
        if station is None or actor is None:
            return
        if self.driver is not None and not self.driver.begin_manual():
            self.banner.show_message(self.tr("Records are being sent in the background "
                                             "already."), "info")
            return
        url = self.url.text().strip() or None
        writer = self.runner.in_writer

        def work(progress: Progress) -> Outcome | None:
            def report(stage: str, done: int, total: int) -> None:
                if progress.cancelled:
                    raise InterruptedError("cancelled")
                progress.report(done, total)

            try:
                # uploads here (general pool); sealing and acknowledgements through the
                # one writer, queued with the saves
                return auto_sync.send(station, actor, url, progress=report, attempts=6,
                                      writer=writer)
            except InterruptedError:
                return None

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

    def _synced(self, outcome: Outcome | None) -> None:
        self._running(False)
        if self.driver is not None:
            self.driver.end_manual(outcome)
        if outcome is None:
            self.banner.show_message(self.tr("Sending cancelled; what was sent is kept."),
                                     "warn")
        elif outcome.refusal:  # the registry refused a batch: said from its codes
            self.banner.show_message(refusal_text(outcome.refusal, outcome.problem),
                                     "warn" if outcome.refusal.get("superseded") else "error")
        elif outcome.problem:
            self.banner.error(outcome.problem)
        else:
            self.banner.show_message(self.tr("Sent: the registry acknowledged %d record(s); "
                                             "%d still waiting.")
                                     % (outcome.sent, outcome.waiting or 0), "ok")
        self.refresh()

    def _sync_failed(self, message: str) -> None:
        self._running(False)
        if self.driver is not None:
            self.driver.end_manual(None)
        self.banner.error(message)
        self.refresh()

    # -- removable media -------------------------------------------------------------------------
    def _export_dialog(self) -> None:
        self.dialog = file_dialogs.choose_folder(self, self.tr("Export batches to"),
                                                 self.export_to)

    def export_to(self, folder: Path) -> None:
        station, actor, service = self.session.station, self.session.actor, self.service
        if station is None or actor is None:
            return
        self.runner.submit(lambda: service.export_batch(station, actor, folder), write=True,
                           done=self._exported, failed=self.banner.error, owner=self)

    def _exported(self, result: dict[str, Any]) -> None:
        files = [Path(f) for f in result.get("batches") or []]
        if files:
            self.banner.show_message(
                self.tr("%d batch file(s) written to %s: %s") % (
                    len(files), files[0].parent, ", ".join(f.name for f in files)), "ok")
        else:
            self.banner.show_message(self.tr("Nothing to export: every record was "
                                             "acknowledged."), "warn")
        self.refresh()

    def _ack_dialog(self) -> None:
        self.dialog = file_dialogs.open_file(self, self.tr("Acknowledgement or refusal file"),
                                             "JSON (*.json)", self.import_ack)

    def import_ack(self, path: Path) -> None:
        """Take a file `registry import` wrote: an acknowledgement, or the signed refusal of
        a batch (BatchRefused: the batch is gone, its records wait for a correction), which
        is a warning to act on, not a failure."""
        station, actor, service = self.session.station, self.session.actor, self.service
        if station is None or actor is None:
            return

        def work() -> dict[str, Any] | BatchRefused:
            try:
                return service.import_ack(station, actor, path)
            except BatchRefused as refused:
                return refused

        self.runner.submit(work, write=True, done=self._acked, failed=self.banner.error,
                           owner=self)

    def _acked(self, result: dict[str, Any] | BatchRefused) -> None:
        if isinstance(result, BatchRefused):  # said from its codes, not its English
            self.banner.show_message(refusal_text(result.result, str(result)), "warn")
            self.refresh()
            self.session.notify_changed()  # records wait for correction: counts change
            return
        self.banner.show_message(self.tr("Acknowledgement of batch %s accepted: %d record(s) "
                                         "synced.") % (result.get("sequence"),
                                                       result.get("records_marked", 0)), "ok")
        self.refresh()
        if self.driver is not None:
            self.driver.check_now()
