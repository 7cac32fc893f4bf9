"""Central mode (role central): import station batch files with progress and a result per
batch, and the cross-site duplicate queue. Needs the registry import service."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.session import Session
from ui.tasks import Progress
from ui.widgets import Banner

# Where the registry's import function may live, in the order tried.
IMPORTERS = (("sync.registry.importer", "import_batch_file"),
             ("sync.registry.service", "import_batch_file"),
             ("sync.registry.importing", "import_batch_file"))


def find_importer() -> Any:
    for module_name, function in IMPORTERS:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        found = getattr(module, function, None)
        if found is not None:
            return found
    return None


class CentralPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.importer = find_importer()
        self.banner = Banner(self)
        self.choose_button = QPushButton(self.tr("Import batch files…"), self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.results = QTableWidget(0, 3, self)
        self.results.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"),
                                                self.tr("Records")])
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Central registry: import batches</h2>"), self))
        layout.addWidget(self.banner)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.results, 1)
        self.choose_button.clicked.connect(self._choose)
        if self.importer is None:
            self.banner.show_message(self.tr("Central import is not available in this build."),
                                     "warn")
            self.choose_button.setEnabled(False)

    def _choose(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Batch files"))
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> None:
        importer = self.importer
        if importer is None:
            return

        def work(progress: Progress) -> list[tuple[str, str, str]]:
            rows = []
            for done, path in enumerate(files):
                if progress.cancelled:
                    break
                try:
                    result = importer(path)
                    rows.append((path.name, "imported", str(getattr(result, "records", result))))
                except Exception as exc:  # one bad file does not stop the others
                    rows.append((path.name, f"refused: {exc}", ""))
                progress.report(done + 1, len(files))
            return rows

        self.progress.setRange(0, len(files))
        self.progress.show()
        self.runner.submit(work, progress=lambda d, t: self.progress.setValue(d),
                           done=self._imported, failed=self.banner.error, write=True, owner=self)

    def _imported(self, rows: list[tuple[str, str, str]]) -> None:
        self.progress.hide()
        self.results.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.results.setItem(r, c, QTableWidgetItem(value))
        self.banner.show_message(self.tr("%d file(s) processed.") % len(rows), "ok")
