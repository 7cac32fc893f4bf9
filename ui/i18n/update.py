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
from typing import Any

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
    "QFileDialog": ("&Look in:", "Files of &type:", "Look in:", "File &name:",
                    "Files of type:", "&Open", "&Save", "&Choose",
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


def error_classes() -> set[str]:
    """StationError and every class of station/ derived from it (PrintError, ...)."""
    classes = set(ERROR_CLASSES)
    trees = [ast.parse(path.read_text(encoding="utf-8"))
             for path in sorted((ROOT / "station").rglob("*.py"))]
    grown = True
    while grown:
        grown = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in classes and any(
                        getattr(base, "id", getattr(base, "attr", "")) in classes
                        for base in node.bases):
                    classes.add(node.name)
                    grown = True
    return classes


def error_messages() -> list[str]:
    """Every message given to a station error in station/ (not its CLI), in source order."""
    found: list[str] = []
    classes = error_classes()
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
            if name not in classes:
                continue
            key = _error_key(node.args[0])
            if key and key.strip() and key not in found:
                found.append(key)
    return found


def field_names() -> list[str]:
    """The field codes error messages name ("given_name"), shown as words in the window."""
    import dataclasses

    from station.services.forms import EnrolmentForm

    names = [field.name for field in dataclasses.fields(EnrolmentForm)]
    for path in sorted((ROOT / "station").rglob("*.py")):
        if path.relative_to(ROOT).as_posix().startswith(SKIPPED):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg == "field" and isinstance(keyword.value, ast.Constant) and \
                            isinstance(keyword.value.value, str):
                        names.append(keyword.value.value)
    return list(dict.fromkeys(name for name in names if name))


def record_view_titles() -> list[str]:
    """The titles of ui/record_view.py's lines ("Registration number"), which it translates
    in the empty context like its tr() calls."""
    tree = ast.parse((ROOT / "ui" / "record_view.py").read_text(encoding="utf-8"))
    titles: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple) and len(node.elts) >= 2 and \
                isinstance(node.elts[0], ast.Constant) and isinstance(node.elts[0].value, str):
            titles.append(node.elts[0].value)
        if isinstance(node, ast.Assign) and any(isinstance(target, ast.Name) and
                                                target.id == "NOT_COMPARED"
                                                for target in node.targets):
            titles += [elt.value for elt in getattr(node.value, "elts", [])
                       if isinstance(elt, ast.Constant) and isinstance(elt.value, str)]
    return list(dict.fromkeys(title for title in titles if title.strip() and "_" not in title))


# Names the window's catalogues give where pycountry's and CLDR's read oddly to officers
# (CLDR's Swahili says "Kongo - Kinshasa" for the DR Congo): "countries" and "languages".
COUNTRY_NAMES_OF_OUR_OWN = ("COD", "COG")
LANGUAGE_NAMES_OF_OUR_OWN = ("swh", "swc")
PHOTO_CHECK_WORDS = ("left", "right", "top", "bottom", "up", "down", "to their left",
                     "to their right")


def photo_check_texts() -> list[str]:
    """The names and reasons of the photo checks of biometrics/quality.py, as the capture step
    shows them ("one face", "The face is too small: ..."; f-string values as {name})."""
    tree = ast.parse((ROOT / "biometrics" / "quality.py").read_text(encoding="utf-8"))
    inner: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inner.update(id(child) for child in ast.walk(node) if child is not node)
        if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Module) and \
                ast.get_docstring(node):
            inner.add(id(node.body[0].value))  # type: ignore[attr-defined]
    names: list[str] = []
    texts: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                "QualityCheck", "_at_least", "_at_most") and node.args and \
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            names.append(node.args[0].value.replace("_", " "))
        if id(node) in inner or not isinstance(node, ast.Constant | ast.JoinedStr):
            continue
        key = _error_key(node) or ""
        sentence = key[:1].isupper() or key[:1] == "{"
        if sentence and " " in key and key.rstrip().endswith((".", ":")):
            texts.append(key)
    return list(dict.fromkeys([*names, *PHOTO_CHECK_WORDS, *texts]))


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
    import pycountry

    lines += ["", "", "def names() -> None:"]
    for code in COUNTRY_NAMES_OF_OUR_OWN:
        country: Any = pycountry.countries.get(alpha_3=code)
        english = str(getattr(country, "common_name", None) or country.name)
        lines.append(f"    translate('countries', {english!r})")
    for code in LANGUAGE_NAMES_OF_OUR_OWN:
        language: Any = pycountry.languages.get(alpha_3=code)
        name = str(language.name)
        lines.append(f"    translate('languages', {name!r})")
    lines += ["", "", "def photo_checks() -> None:"]
    lines += [f"    translate('photo checks', {text!r})" for text in photo_check_texts()]
    lines += ["", "", "def record_view() -> None:"]
    lines += [f"    translate('', {title!r})" for title in record_view_titles()]
    lines += ["", "", "def fields() -> None:"]
    lines += [f"    translate('fields', {name!r})" for name in field_names()]
    lines += ["", "", "def qt_dialogs() -> None:"]
    for context, texts in QT_STRINGS.items():
        lines += [f"    translate({context!r}, {text!r})" for text in texts]
    lines = [line + "  # noqa: E501" if len(line) > 100 else line for line in lines]
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
