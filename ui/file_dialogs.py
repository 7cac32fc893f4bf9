"""Where file dialogs open, and file dialogs that do not block the window.

Officers carry files on USB sticks: every dialog opens on the removable media (/media/$USER or
/run/media/$USER, the stick itself when exactly one is plugged in), else in ~/Documents, else in
the home folder; never in the program's own folder. `start_folder()` is the one place that
decides; every QFileDialog in ui/ takes its start folder from it.

`open_file`, `save_file` and `choose_folder` show a dialog without a nested event loop (the
window keeps painting and the background work keeps reporting) and call back with the path.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QSplitter, QTreeView, QWidget

MEDIA_ROOTS = (Path("/media"), Path("/run/media"))


def _usable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.R_OK | os.X_OK)


def start_folder(*, home: Path | None = None, user: str | None = None,
                 media_roots: Sequence[Path] | None = None) -> Path:
    """The folder a file dialog opens in: removable media, else Documents, else home."""
    home = home if home is not None else Path.home()
    media_roots = MEDIA_ROOTS if media_roots is None else media_roots
    if user is None:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = ""
    for root in media_roots if user else ():
        folder = root / user
        if _usable(folder):
            try:
                sticks = sorted(p for p in folder.iterdir() if _usable(p))
            except OSError:
                sticks = []
            return sticks[0] if len(sticks) == 1 else folder
    documents = home / "Documents"
    if _usable(documents):
        return documents
    return home


def start_path(name: str = "") -> str:
    """`start_folder()` (joined with a suggested file name) as the text QFileDialog takes."""
    folder = start_folder()
    return str(folder / name) if name else str(folder)


def _dialog(parent: QWidget, title: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, start_path())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if filters:
        dialog.setNameFilter(filters)
    dialog.resize(920, 560)  # room for the places list and the date column in every language
    places = dialog.findChild(QSplitter, "splitter")  # Qt's own dialog (no desktop one)
    if places is not None:
        places.setSizes([200, 700])
    files = dialog.findChild(QTreeView, "treeView")
    if files is not None:
        files.header().setMinimumSectionSize(90)
        files.header().resizeSection(0, 330)
        files.header().resizeSection(3, 190)
    return dialog


def _connect(dialog: QFileDialog, chosen: Callable[[Path], None]) -> QFileDialog:
    dialog.fileSelected.connect(lambda path: chosen(Path(path)) if path else None)
    dialog.open()
    return dialog


def open_file(parent: QWidget, title: str, filters: str,
              chosen: Callable[[Path], None]) -> QFileDialog:
    """Let the person pick an existing file; `chosen(path)` when they do."""
    dialog = _dialog(parent, title, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _connect(dialog, chosen)


def save_file(parent: QWidget, title: str, name: str, filters: str,
              chosen: Callable[[Path], None]) -> QFileDialog:
    """Let the person name a file to write (suggesting `name`); `chosen(path)` when they do."""
    dialog = _dialog(parent, title, filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if name:
        dialog.selectFile(name)
    return _connect(dialog, chosen)


def choose_folder(parent: QWidget, title: str,
                  chosen: Callable[[Path], None]) -> QFileDialog:
    """Let the person pick a folder; `chosen(path)` when they do."""
    dialog = _dialog(parent, title, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _connect(dialog, chosen)
