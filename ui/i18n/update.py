"""Bring the catalogues up to date with the code: `uv run python -m ui.i18n.update`.

1. Writes ui/i18n/extracted.py: the English texts lupdate cannot see because they are not in a
   tr() call of ui/: vocabulary words, month names and special nationalities of
   station/domain/labels.py ("labels" context), the messages of errors raised by station/
   services ("errors" context: an f-string's values become {name} placeholders), and the Qt
   strings the station's dialogs show, for languages PySide6 ships no Qt catalogue for.
2. Runs pyside6-lupdate over ui/ into station_fr.ts and station_sw.ts (new texts arrive
   unfinished: translate them in Qt Linguist, `uv run pyside6-linguist`, or by hand).
3. Runs pyside6-lrelease: the .qm files next to them are what the window loads (committed,
   like the .ts, so a station runs without Qt's tools).

`--check` only tells whether extracted.py is current (the tests use `extracted_source()`).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = Path(__file__).resolve().parent
LANGUAGES = ("fr", "sw")
EXTRACTED = I18N / "extracted.py"
ERROR_CLASSES = {"StationError", "ValidationError", "LockedError", "AuthError",
                 "PermissionDenied", "NotFound", "ConflictError", "StorageError", "LoginError"}
SKIPPED = ("station/cli/", "station/bench")

# Qt's own texts in the dialogs the station opens (QDialogButtonBox standard buttons, the
# widget file dialog, the text fields' context menu); Qt ships qtbase_fr.qm but no Swahili.
QT_STRINGS: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
                       "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard",
                       "Help", "Apply", "Reset", "Restore Defaults"),
    "QFileDialog": ("Look in:", "File &name:", "Files of type:", "&Open", "&Save", "&Choose",
                    "Cancel", "Back", "Forward", "Parent Directory", "Create New Folder",
                    "List View", "Detail View", "New Folder", "Recent Places", "Computer",
                    "Open", "Save As", "All Files (*)", "Directory:", "File", "Directory",
                    "Sidebar", "List of places and bookmarks", "Remove", "&Rename", "&Delete",
                    "Show &hidden files", "&New Folder", "Go back", "Go forward",
                    "Go to the parent directory", "Create a New Folder",
                    "Change to list view mode", "Change to detail view mode"),
    "QFileSystemModel": ("Name", "Size", "Kind", "Type", "Date Modified", "My Computer",
                         "Computer"),
    "QWidgetTextControl": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete",
                           "Select All", "Copy &Link Location"),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QMessageBox": ("Show Details...", "Hide Details...", "OK", "Help"),
}


def _error_key(node: ast.expr) -> str | None:
    """An error message's English text with {name} where an f-string puts a value."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            elif isinstance(value, ast.FormattedValue):
                parts.append("{" + _placeholder(value.value) + "}")
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _error_key(node.left), _error_key(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _placeholder(node: ast.expr) -> str:
    name = ast.unparse(node)
    cleaned = "".join(ch if ch.isalnum() else "_" for ch in name.split("(")[0]).strip("_")
    return cleaned.lower() or "value"


def error_messages() -> list[str]:
    """Every message given to a station error in station/ (not its CLI), in source order."""
    found: list[str] = []
    for path in sorted((ROOT / "station").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(SKIPPED):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            if name not in ERROR_CLASSES:
                continue
            key = _error_key(node.args[0])
            if key and key.strip() and key not in found:
                found.append(key)
    return found


def extracted_source() -> str:
    """The text of ui/i18n/extracted.py for the code as it is now."""
    from station.domain.labels import source_texts

    lines = ['"""Generated by ui/i18n/update.py: texts lupdate cannot find in tr() calls. Do not',
             'edit; run `uv run python -m ui.i18n.update`."""', "",
             "from PySide6.QtCore import QCoreApplication", "",
             "translate = QCoreApplication.translate", "", "",
             "def labels() -> None:"]
    for text, disambiguation in source_texts():
        extra = f", {disambiguation!r}" if disambiguation else ""
        lines.append(f"    translate('labels', {text!r}{extra})")
    lines += ["", "", "def errors() -> None:"]
    lines += [f"    translate('errors', {message!r})" for message in error_messages()]
    lines += ["", "", "def qt_dialogs() -> None:"]
    for context, texts in QT_STRINGS.items():
        lines += [f"    translate({context!r}, {text!r})" for text in texts]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = extracted_source()
    if "--check" in argv:
        current = EXTRACTED.read_text(encoding="utf-8") if EXTRACTED.exists() else ""
        print("extracted.py is current" if current == text else "extracted.py is out of date")
        return 0 if current == text else 1
    EXTRACTED.write_text(text, encoding="utf-8")
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py")
                     if path.name != "update.py")
    catalogues = [str((I18N / f"station_{code}.ts").relative_to(ROOT)) for code in LANGUAGES]
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", *catalogues],
                   cwd=ROOT, check=True)
    for catalogue in catalogues:
        subprocess.run(["pyside6-lrelease", catalogue], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
