"""Central mode (role central): open the registry, import station batch files with progress
(cancellable between files) and a result per batch, and the cross-site duplicate queue.

Opening takes the registry's folder and passphrase and the person's own registry account and
password: the registry's role for that account decides what the page may do (an importer does
not see the duplicate queue) and the registry audits each step under it. The registry is
opened, read and written only in workers (`station.services.central`); the page holds the
open registry session until the operator is locked out or the page goes away.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.services import central
from ui.file_dialogs import start_path
from ui.session import Session
from ui.tasks import Handle, Progress
from ui.widgets import Banner

RESULT_COLUMNS = ("file", "station_id", "sequence", "status", "records", "reason")
CASE_COLUMNS = ("case", "registration_number", "station_id", "candidate",
                "candidate_station_id", "kind", "distance", "opened_at")


def status_text(status: str) -> str:
    labels = {"imported": QCoreApplication.translate("CentralPage", "imported"),
              "already-imported": QCoreApplication.translate("CentralPage", "already imported"),
              "rejected": QCoreApplication.translate("CentralPage", "rejected")}
    return labels.get(status, status)


def _table(columns: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(columns)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


class CentralPage(QWidget):
    file_done = Signal(int, int)  # files done, files in the run (after each file)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.registry: Any = None
        self.handle: Handle | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.outcomes: list[central.BatchOutcome] = []
        self.cases: list[dict[str, Any]] = []
        self.status: dict[str, Any] = {}
        self.cancelled = False
        self._stop = threading.Event()
        self.banner = Banner(self)
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("Folder of the registry (its home)"))
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Registry passphrase"))
        self.account = QLineEdit(self)
        self.account.setPlaceholderText(self.tr("Your account at the registry"))
        self.account_password = QLineEdit(self)
        self.account_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.account_password.setPlaceholderText(self.tr("Your registry password"))
        self.open_button = QPushButton(self.tr("Open registry"), self)
        self.state = QLabel(self.tr("No registry open."), self)
        self.state.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import batch files…"), self)
        self.import_button.setProperty("primary", True)  # ui/style.py: the page's main action
        self.refresh_button = QPushButton(self.tr("Refresh queue"), self)
        self.results = _table([self.tr("File"), self.tr("Station"), self.tr("Sequence"),
                               self.tr("Status"), self.tr("Records imported"),
                               self.tr("Reason")], self)
        self.queue = _table([self.tr("Case"), self.tr("Record"), self.tr("Station"),
                             self.tr("Candidate"), self.tr("Candidate station"),
                             self.tr("Kind"), self.tr("Distance"), self.tr("Opened")], self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Registry folder"), folder_row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Registry account"), self.account)
        form.addRow(self.tr("Account password"), self.account_password)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.refresh_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Central registry: import batches</h2>"), self))
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.state)
        layout.addWidget(QLabel(self.tr("<b>Imported batch files</b>"), self))
        layout.addWidget(self.results, 1)
        layout.addWidget(QLabel(self.tr("<b>Cross-site duplicate queue</b>"), self))
        layout.addWidget(self.queue, 1)
        self.browse_button.clicked.connect(self._browse)
        self.open_button.clicked.connect(self.open_registry)
        self.passphrase.returnPressed.connect(self.open_registry)
        self.account_password.returnPressed.connect(self.open_registry)
        self.import_button.clicked.connect(self._choose)
        self.refresh_button.clicked.connect(self.refresh)
        session.locked.connect(self.close_registry)
        holder = self._holder = [None]  # lets `destroyed` close the registry without `self`
        self.destroyed.connect(lambda *_: _close_later(holder))
        self._set_open(False)

    # -- opening ---------------------------------------------------------------------------------
    def _set_open(self, on: bool) -> None:
        self.import_button.setEnabled(on)
        self.refresh_button.setEnabled(on)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Registry folder"),
                                                  self.folder.text() or start_path())
        if folder:
            self.folder.setText(folder)

    def open_registry(self) -> None:
        """Unlock the registry and log in in a worker; the secret fields are cleared at once."""
        actor, folder, passphrase = self.session.actor, self.folder.text().strip(), \
            self.passphrase.text()
        user, password = self.account.text().strip(), self.account_password.text()
        if actor is None:
            return
        self.passphrase.clear()
        self.account_password.clear()
        self.close_registry()
        self.banner.show_message(self.tr("Opening the registry…"), "info")
        self.open_button.setEnabled(False)
        self.runner.submit(
            lambda: central.open_registry(actor, folder, passphrase, user, password),
            done=self._opened, failed=self._open_failed, owner=self)

    def _open_failed(self, message: str) -> None:
        self.open_button.setEnabled(True)
        self.banner.error(message)

    def _opened(self, registry: Any) -> None:
        self.registry = registry
        self._holder[0] = registry
        self.open_button.setEnabled(True)
        self._set_open(True)
        self.banner.show_message(self.tr("Registry open."), "ok")
        self.refresh()

    def close_registry(self) -> None:
        """Forget the unlocked registry (idle lock, another registry, page closed)."""
        registry, self.registry = self.registry, None
        self._holder[0] = None
        self._set_open(False)
        self.state.setText(self.tr("No registry open."))
        if registry is not None:
            self.runner.submit(registry.close, failed=lambda _m: None)

    # -- importing -------------------------------------------------------------------------------
    def _choose(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Batch files"), start_path(),
            self.tr("Batch files (*.batch *.zip);;All (*)"))
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> None:
        """Import the files one by one in a worker, with a progress dialog."""
        station, actor, registry = self.session.station, self.session.actor, self.registry
        if station is None or actor is None or registry is None or not files:
            return
        self.cancelled = False
        stop = self._stop = threading.Event()
        dialog = QProgressDialog(self.tr("Importing batch files…"), self.tr("Cancel"), 0,
                                 len(files), self)
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel)
        dialog.setValue(0)
        self.progress_dialog = dialog

        def work(progress: Progress) -> tuple[list[central.BatchOutcome], bool]:
            done: list[central.BatchOutcome] = []
            for path in files:
                if progress.cancelled or stop.is_set():
                    return done, True
                done.append(central.import_batch(station, actor, registry, path))
                progress.report(len(done), len(files))
            return done, False

        self.import_button.setEnabled(False)
        self.handle = self.runner.submit(work, progress=self._progressed, done=self._imported,
                                         failed=self._import_failed, write=True, owner=self)

    def _cancel(self) -> None:
        self.cancelled = True
        self._stop.set()
        if self.handle is not None:
            self.handle.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Stopping after the current file…"))

    def _progressed(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is not None:
            dialog.setValue(done)
            if not self.cancelled:
                dialog.setLabelText(self.tr("Imported %d of %d file(s)…") % (done, total))
        self.file_done.emit(done, total)

    def _finish_progress(self) -> None:
        self.handle = None
        self.import_button.setEnabled(self.registry is not None)
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self._cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _import_failed(self, message: str) -> None:
        self._finish_progress()
        self.banner.error(message)
        self.refresh()

    def _imported(self, result: tuple[list[central.BatchOutcome], bool]) -> None:
        outcomes, stopped = result
        self._finish_progress()
        self.outcomes = outcomes
        self.results.setRowCount(0)
        for outcome in outcomes:
            self._add_result(outcome)
        counts = {s: sum(o.status == s for o in outcomes)
                  for s in ("imported", "already-imported", "rejected")}
        text = self.tr("%d imported, %d already imported, %d rejected.") % (
            counts["imported"], counts["already-imported"], counts["rejected"])
        if stopped:
            text += " " + self.tr("Stopped: the other files were not imported.")
        self.banner.show_message(text, "warn" if counts["rejected"] or stopped else "ok")
        self.refresh()

    def _add_result(self, outcome: central.BatchOutcome) -> None:
        reason = outcome.reason
        if outcome.quarantined:
            reason = self.tr("%s (moved to quarantine)") % reason
        elif outcome.gaps:
            reason = self.tr("batches missing before it: %s") % ", ".join(
                str(g) for g in outcome.gaps)
        values = (outcome.file, outcome.station_id,
                  "" if outcome.sequence is None else str(outcome.sequence),
                  status_text(outcome.status), str(outcome.records), reason)
        row = self.results.rowCount()
        self.results.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, getattr(outcome, RESULT_COLUMNS[column],
                                                           value))
            if column == 3 and outcome.status == "rejected":
                item.setForeground(Qt.GlobalColor.darkRed)
            self.results.setItem(row, column, item)

    # -- queue and counts ------------------------------------------------------------------------
    def refresh(self) -> None:
        actor, registry = self.session.actor, self.registry
        if actor is None or registry is None:
            return

        def work() -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
            queue = central.duplicate_queue(actor, registry) \
                if central.can_review(registry) else None
            return central.registry_status(actor, registry), queue

        self.runner.submit(work, done=self._refreshed, failed=self.banner.error, owner=self)

    def _refreshed(self, result: tuple[dict[str, Any], list[dict[str, Any]] | None]) -> None:
        self.status, cases = result
        self.cases = cases or []
        status, registry = self.status, self.registry
        text = self.tr(
            "Registry open as %s (%s): %d records from %d station(s), %d batch(es), "
            "%d rejected file(s), %d open cross-site case(s).") % (
            registry.user if registry else "", registry.role if registry else "",
            status["enrolments"], len(status["stations"]), status["batches"],
            status["rejected"], status["open_duplicates"])
        if cases is None:
            text += " " + self.tr("Your registry account cannot see the duplicate queue.")
        self.state.setText(text)
        self.queue.setRowCount(0)
        for case in self.cases:
            row = self.queue.rowCount()
            self.queue.insertRow(row)
            for column, key in enumerate(CASE_COLUMNS):
                value = case.get(key)
                if value is None:
                    text = ""
                elif key == "distance":
                    text = f"{float(value):.3f}"
                elif hasattr(value, "isoformat"):
                    text = value.isoformat(timespec="minutes")
                else:
                    text = str(value)
                self.queue.setItem(row, column, QTableWidgetItem(text))


def _close_later(holder: list[Any]) -> None:
    registry = holder[0]
    holder[0] = None
    if registry is not None:
        registry.close()
