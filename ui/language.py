"""The interface language: English, French or Swahili, switched at any time without restarting.

- `Languages` installs our catalogue (ui/i18n/station_xx.qm) and Qt's own base catalogue
  (qtbase_xx.qm from PySide6; PySide6 ships none for Swahili, so station_sw.ts carries the few
  Qt strings the station's dialogs show: button boxes, file dialogs, line-edit menus), and points
  station/domain/labels.py at the catalogues so vocabulary words, country and language names
  and dates follow the language.
- Switching retranslates every widget in place: each visible text is looked up backwards in the
  catalogue of the language it was shown in (exact texts, and texts made from a template such as
  "Signed in: %s (%s)") and shown again in the new language. Nothing is rebuilt, so nothing
  typed is lost; widgets that show words from codes (country and language pickers) re-label
  themselves in a `retranslate()` method, which is called after the walk.
- The station's default language (chosen in the set-up assistant) and each operator's choice
  are kept in `ui-language.json` in the station's home folder. Operators are named there by a
  salted hash of their user name, not by name: the file holds no personal data.
- The window's "Language" menu (in every screen, before and after log-in) switches and
  remembers the choice for the operator logged in.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from station.domain import labels

I18N = Path(__file__).with_name("i18n")
# The languages of the interface, each named in its own words (as every language menu does).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "sw": "Kiswahili"}
PREFERENCES_FILE = "ui-language.json"


def normalise(language: str) -> str:
    """"sw_TZ", "fr-FR", "SW" -> "sw"; anything the station has no catalogue for -> "en"."""
    code = (language or "").split("_")[0].split("-")[0].split(".")[0].lower()
    return code if code in LANGUAGES else "en"


# -- the catalogues, read back (for switching in place and for the tests) -----------------------
@cache
def catalogue(language: str) -> tuple[tuple[str, str, str, str], ...]:
    """(context, source, disambiguation, translation) of every finished message of
    ui/i18n/station_<language>.ts; for English, every source as its own translation."""
    path = I18N / f"station_{'fr' if language == 'en' else language}.ts"
    if not path.exists():
        return ()
    rows = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            node = message.find("translation")
            if node is None:
                continue
            forms = node.findall("numerusform")
            text = (forms[0].text or "") if forms else (node.text or "")
            if language == "en":
                text = source
            elif node.get("type") in ("unfinished", "vanished", "obsolete") or not text:
                continue
            rows.append((name, source, comment, text))
    return tuple(rows)


PLACEHOLDER = re.compile(r"%(?:\d|[sd]|n|L1|\.\d+f|\d*d)|\{[a-z_]*\}")
TAGS = re.compile(r"^((?:<[^>]+>)+)(.*?)((?:</[^>]+>)*)$", re.S)


class _Reverse:
    """What a shown text was, in one language: exact texts and templates."""

    def __init__(self, language: str) -> None:
        self.exact: dict[str, list[tuple[str, str, str]]] = {}
        self.templates: list[tuple[re.Pattern[str], str, str, str, list[str]]] = []
        for context, source, comment, text in catalogue(language):
            if context in ("countries", "languages"):
                continue  # names are re-made from their codes (pickers' `retranslate`)
            self.exact.setdefault(text, []).append((context, source, comment))
            marks = PLACEHOLDER.findall(text)
            if marks and len(text) > len("".join(marks)) + 2:
                parts = PLACEHOLDER.split(text)
                pattern = "(.+?)".join(re.escape(part) for part in parts)
                self.templates.append((re.compile(f"^{pattern}$", re.S), context, source,
                                       comment, marks))
        if language == "en":
            self.exact.setdefault("", [])


@cache
def reverse(language: str) -> _Reverse:
    return _Reverse(language)


def translate(context: str, source: str, disambiguation: str = "") -> str:
    return QCoreApplication.translate(context, source, disambiguation or None)


def _contexts_of(widget: QObject | None) -> list[str]:
    """The tr() contexts a widget's texts most likely came from: its class and its parents'.

    (It stops at the window rather than asking for a parent that is not there: PySide6 on
    Python 3.11 loses a reference to None each time a call returns None.)"""
    names: list[str] = []
    while widget is not None:
        names += [cls.__name__ for cls in type(widget).__mro__ if cls.__module__.startswith("ui")]
        if not isinstance(widget, QWidget) or widget.isWindow():
            break
        widget = widget.parentWidget()
    return names


# What each widget text was made from, once known: (context, source, disambiguation, shown).
# A text shown again unchanged is translated from its own source the next time, so the same
# words in two contexts ("Record", "Records" -> "Rekodi") never get mixed up on the way back.
_MEMORY: dict[tuple[Any, ...], tuple[str, str, str, str]] = {}
_NAMED_IN_THEIR_LANGUAGE: set[int] = set()  # the Language menu's entries: never translated


def convert(text: str, old: str, widget: QObject | None = None,
            slot: tuple[Any, ...] | None = None) -> str:
    """`text` as shown in language `old`, in the language now installed (unchanged when the
    catalogue of `old` does not know it); `slot` names where it is shown, for the memory."""
    if not text or not text.strip():
        return text
    remembered = _MEMORY.get(slot) if slot is not None else None
    row = remembered[:3] if remembered is not None and remembered[3] == text else \
        _exact_row(text, old, widget)
    if row is not None:
        new = translate(*row)
        if slot is not None:
            _MEMORY[slot] = (*row, new)
        return new
    tagged = TAGS.match(text)
    if tagged and tagged.group(1) and tagged.group(2):
        return tagged.group(1) + convert(tagged.group(2), old, widget) + tagged.group(3)
    stripped = text.rstrip(" :*")
    if stripped != text and stripped:
        inner = convert(stripped, old, widget, slot and (*slot, "stripped"))
        if inner != stripped:
            return inner + text[len(stripped):]
    preferred = _contexts_of(widget)
    matches = [(template, found) for template in reverse(old).templates
               if (found := template[0].match(text)) is not None]
    if not matches:
        return text
    # The template of the widget's own context first, then the most specific (most words).
    (_pattern, context, source, comment, marks), found = min(matches, key=lambda match: (
        match[0][1] not in preferred, -len(PLACEHOLDER.sub("", match[0][2]))))
    values = [convert(value, old, widget) for value in found.groups()]
    new = translate(context, source, comment)
    for mark, value in zip(marks, values, strict=False):
        new = new.replace(mark, value, 1) if mark in new else new
    return new


def _exact_row(text: str, old: str, widget: QObject | None) -> tuple[str, str, str] | None:
    rows = reverse(old).exact.get(text)
    if not rows:
        return None
    preferred = _contexts_of(widget)
    rows = sorted(rows, key=lambda row: (preferred.index(row[0]) if row[0] in preferred
                                         else len(preferred) + (row[0] != "labels")))
    return rows[0]


def retranslate_widgets(widgets: Iterable[QWidget], old: str) -> None:
    """Show every text of `widgets` (shown in `old`) in the language now installed."""
    widgets = list(widgets)
    for widget in widgets:
        _retranslate_one(widget, old)
    for widget in widgets:
        again: Callable[[], None] | None = getattr(widget, "retranslate", None)
        if callable(again):
            again()


def _property(widget: QObject, getter: str, setter: str, old: str) -> None:
    value = getattr(widget, getter)()
    if isinstance(value, str) and value:
        new = convert(value, old, widget, (id(widget), getter))
        if new != value:
            getattr(widget, setter)(new)


def _retranslate_one(widget: QWidget, old: str) -> None:
    _property(widget, "toolTip", "setToolTip", old)
    if widget.isWindow() or isinstance(widget, QMainWindow):
        _property(widget, "windowTitle", "setWindowTitle", old)
    if isinstance(widget, QLabel | QAbstractButton):
        _property(widget, "text", "setText", old)
    elif isinstance(widget, QGroupBox):
        _property(widget, "title", "setTitle", old)
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        _property(widget, "placeholderText", "setPlaceholderText", old)
    if isinstance(widget, QComboBox):
        for row in range(widget.count()):
            text = widget.itemText(row)
            new = convert(text, old, widget, (id(widget), "item", row))
            if new != text:
                widget.setItemText(row, new)
    elif isinstance(widget, QTabWidget):
        for row in range(widget.count()):
            widget.setTabText(row, convert(widget.tabText(row), old, widget,
                                           (id(widget), "tab", row)))
    elif isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            item.setText(convert(item.text(), old, widget, (id(widget), "list", row)))
            if item.toolTip():
                item.setToolTip(convert(item.toolTip(), old, widget, (id(widget), "tip", row)))
    elif isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(column)
            if header is not None:
                header.setText(convert(header.text(), old, widget, (id(widget), "head", column)))
        for cell in widget.findItems("", Qt.MatchFlag.MatchContains):  # no empty cells
            if cell.text():
                cell.setText(convert(cell.text(), old, widget,
                                     (id(widget), "cell", cell.row(), cell.column())))
    elif isinstance(widget, QTreeWidget):
        tree_header = widget.headerItem()
        for column in range(widget.columnCount()):
            tree_header.setText(column, convert(tree_header.text(column), old, widget,
                                                (id(widget), "tree", column)))
    if isinstance(widget, QMenu):
        _property(widget, "title", "setTitle", old)
    for action in widget.actions():
        if action.text() and id(action) not in _NAMED_IN_THEIR_LANGUAGE:
            action.setText(convert(action.text(), old, widget, (id(action), "text")))


# -- installing catalogues -----------------------------------------------------------------------
_INSTANCES: dict[int, Languages] = {}  # by application


class Languages(QObject):
    """The application's translators, one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.language = "en"
        self._translators: list[QTranslator] = []
        self.listeners: list[Any] = []  # callables, or (owner, callable): see `listen`

    def listen(self, owner: QObject, callback: Callable[[str], None]) -> None:
        """Call `callback(code)` after each switch, as long as `owner` lives."""
        self.listeners.append((owner, callback))

    @classmethod
    def of(cls, app: QCoreApplication | None = None) -> Languages:
        app = app or QCoreApplication.instance()
        assert app is not None
        found = _INSTANCES.get(id(app))
        if found is None or not shiboken6.isValid(found) or found.app is not app:
            found = _INSTANCES[id(app)] = Languages(app)
        return found

    def switch(self, language: str) -> str:
        """Install `language`'s catalogues and show every widget in it; returns the code."""
        code = normalise(language)
        old = self.language
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        if code != "en":
            ours = QTranslator(self)
            if ours.load(str(I18N / f"station_{code}.qm")):
                self.app.installTranslator(ours)
                self._translators.append(ours)
            qt_own = QTranslator(self)
            if qt_own.load(f"qtbase_{code}",
                           QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self.app.installTranslator(qt_own)
                self._translators.append(qt_own)
        QLocale.setDefault(QLocale({"en": "en_GB", "fr": "fr_FR", "sw": "sw_TZ"}[code]))
        self.language = code
        labels.use_language(code, translate if code != "en" else None)
        if code != old and isinstance(self.app, QApplication):
            # Widgets closed and waiting for deletion go first; the others are shown anew.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            retranslate_widgets([widget for widget in self.app.allWidgets()
                                 if shiboken6.isValid(widget)], old)
        # A listener is a callable, or (owner, callable) kept only while the owner lives.
        self.listeners = [listener for listener in self.listeners
                          if not isinstance(listener, tuple) or shiboken6.isValid(listener[0])]
        for listener in list(self.listeners):
            (listener[1] if isinstance(listener, tuple) else listener)(code)
        return code


def start_language(language: str = "") -> str:
    """The language asked for (`--language`), else $STATION_LANGUAGE, else the system's."""
    return normalise(language or os.environ.get("STATION_LANGUAGE", "")
                     or QLocale.system().name())


# -- the station's default and each operator's choice --------------------------------------------
class Preferences:
    """ui-language.json in the station home: {"default": "sw", "operators": {hash: "fr"}}."""

    def __init__(self, home: str | Path) -> None:
        self.path = Path(home) / PREFERENCES_FILE

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
            temporary.replace(self.path)
        except OSError:
            pass  # a preference that cannot be kept is not worth an error

    def _key(self, username: str) -> str:
        salt = self._read().get("salt") or os.urandom(8).hex()
        return hashlib.sha256(f"{salt}:{username}".encode()).hexdigest()[:24]

    def _salted(self) -> dict[str, Any]:
        data = self._read()
        if not data.get("salt"):
            data["salt"] = os.urandom(8).hex()
            self._write(data)
        return data

    def default(self) -> str:
        value = self._read().get("default")
        return normalise(value) if isinstance(value, str) else ""

    def set_default(self, language: str) -> None:
        data = self._salted()
        data["default"] = normalise(language)
        self._write(data)

    def of_operator(self, username: str) -> str:
        data = self._read()
        if not data.get("salt"):
            return ""
        value = data.get("operators", {}).get(self._key(username))
        return normalise(value) if isinstance(value, str) else ""

    def set_operator(self, username: str, language: str) -> None:
        data = self._salted()
        data.setdefault("operators", {})[self._key(username)] = normalise(language)
        self._write(data)


# -- the window's menu ---------------------------------------------------------------------------
class LanguageMenu(QObject):
    """The "Language" menu of the window, and the rules of which language is shown when:
    the station's default on the start screens, each operator's own choice once logged in."""

    def __init__(self, window: QMainWindow, session: Any, languages: Languages) -> None:
        super().__init__(window)
        self.window, self.session, self.languages = window, session, languages
        self.preferences = Preferences(session.home.path)
        self._actor_name: str | None = None
        self.menu = window.menuBar().addMenu(self.tr("&Language"))
        self.menu.setObjectName("language-menu")
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            _NAMED_IN_THEIR_LANGUAGE.add(id(action))
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.menu.addSeparator()
        self.default_action = QAction(self.tr("Make it the station's language"), self)
        self.default_action.setToolTip(self.tr("Shown on the start screens and to operators "
                                               "who have not chosen a language"))
        self.default_action.triggered.connect(self.make_default)
        self.menu.addAction(self.default_action)
        languages.listen(self, self._shown)
        session.changed.connect(self._session_changed)
        self._shown(languages.language)
        self._session_changed()

    def _shown(self, code: str) -> None:
        action = self.actions.get(code)
        if action is not None:
            action.setChecked(True)

    def choose(self, code: str) -> None:
        """The operator (or whoever is at the start screens) picks a language."""
        actor = self.session.actor
        if actor is not None:
            self.preferences.set_operator(actor.username, code)
        elif self.session.station is None and not self.session.home.is_initialised():
            self.preferences.set_default(code)  # setting up: the station's language
        self.languages.switch(code)

    def make_default(self) -> None:
        self.preferences.set_default(self.languages.language)

    def _session_changed(self) -> None:
        actor = self.session.actor
        name = actor.username if actor is not None else None
        from station.domain.vocab import Role
        self.default_action.setVisible(actor is not None and actor.role == Role.ADMIN)
        if name == self._actor_name:
            return
        previous, self._actor_name = self._actor_name, name
        if name is not None:
            wanted = self.preferences.of_operator(name) or self.preferences.default()
            if wanted:
                self.languages.switch(wanted)
        elif previous is not None and self.session.lock_reason == self.session.SIGNED_OUT:
            default = self.preferences.default()
            if default:
                self.languages.switch(default)


def add_setup_choice(setup: QWidget, languages: Languages, preferences: Preferences) -> QComboBox:
    """A "Station language" row at the top of the set-up assistant; the choice shows at once
    and becomes the station's default."""
    choice = QComboBox(setup)
    choice.setObjectName("station-language")
    for code, name in LANGUAGES.items():
        choice.addItem(name, code)
    choice.setCurrentIndex(max(0, choice.findData(languages.language)))

    def chosen(_row: int) -> None:
        code = str(choice.currentData())
        preferences.set_default(code)
        languages.switch(code)

    choice.currentIndexChanged.connect(chosen)
    def shown(code: str) -> None:
        choice.blockSignals(True)
        choice.setCurrentIndex(choice.findData(code))
        choice.blockSignals(False)

    languages.listen(choice, shown)
    form = getattr(setup, "form", None)
    if isinstance(form, QFormLayout):
        form.insertRow(0, QCoreApplication.translate("SetupAssistant", "Station language"),
                       choice)
    return choice


# -- errors raised by station services, and photo checks, in the operator's language ------------
@cache
def _patterns(context: str) -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """Every key of `context` that has {name} placeholders, as a pattern (longest first)."""
    rows = []
    for name, source, _comment, _text in catalogue("en"):
        names = tuple(re.findall(r"(?<!\{)\{([a-z_0-9]*)\}(?!\})", source))
        if name != context or not names:
            continue
        parts = re.split(r"(?<!\{)\{[a-z_0-9]*\}(?!\})", source)
        pattern = "(.+?)".join(re.escape(part.replace("{{", "{").replace("}}", "}"))
                                for part in parts)
        rows.append((re.compile(f"^{pattern}$", re.S), source, names))
    return tuple(sorted(rows, key=lambda row: -len(row[1])))


@cache
def _field_codes() -> dict[str, str]:
    """Field words back to their codes ("given name" -> "given_name"), for the validation
    messages that name a field in words (station/domain/validation.py's FIELD_WORDS)."""
    from station.domain.validation import FIELD_WORDS

    codes: dict[str, str] = {}
    for code, words in FIELD_WORDS.items():
        codes.setdefault(words, code)
    return codes


_ROW_TEXT = re.compile(r"^(?:(.+) of )?(emergency contact|family contact|dependant|"
                       r"identity document) (\d+)$")


def _row_text(words: str) -> str:
    """A row of a table in words ("phone number of emergency contact 2") in the language
    shown, or "" when `words` is not one."""
    found = _ROW_TEXT.match(words)
    if found is None:
        return ""
    part, row, number = found.groups()
    rows = {"emergency contact": QCoreApplication.translate("fields", "emergency contact"),
            "family contact": QCoreApplication.translate("fields", "family contact"),
            "dependant": QCoreApplication.translate("fields", "dependant"),
            "identity document": QCoreApplication.translate("fields", "identity document")}
    shown = f"{rows[row]} {number}"
    if part is None:
        return shown
    parts = {"name": QCoreApplication.translate("fields", "name"),
             "relationship": QCoreApplication.translate("fields", "relationship"),
             "kind": QCoreApplication.translate("fields", "kind"),
             "number": QCoreApplication.translate("fields", "number"),
             "issuing country": QCoreApplication.translate("fields", "issuing country"),
             "expiry date": QCoreApplication.translate("fields", "expiry date")}
    code = _field_codes().get(part)
    part_shown = parts.get(part) or (translate("fields", code) if code is not None else part)
    return QCoreApplication.translate("fields", "{part} of {row} {number}").format(
        part=part_shown, row=rows[row], number=number)


def _param(context: str, name: str, value: str) -> str:
    if context == "errors" and (name in ("what", "label") or "field" in name):
        head, dot, rest = value.partition(".")
        for key in (head, head.replace(" ", "_")):
            shown = translate("fields", key)
            if shown != key:
                return shown + dot + rest
        words = value[:1].lower() + value[1:]
        words = words[4:] if words.startswith("the ") else words
        code = _field_codes().get(words)
        if code is not None and translate("fields", code) != code:
            return translate("fields", code)
        return _row_text(words) or value
    if context == "photo checks":
        parts = value.split(" and ")
        return " / ".join(translate("photo checks", part) for part in parts)
    return translate("labels", value)


def _fill(context: str, key: str, params: dict[str, str]) -> str:
    template = translate(context, key)
    try:
        shown = template.format(**{name: _param(context, name, value)
                                   for name, value in params.items()})
    except (KeyError, IndexError, ValueError):
        return key.format(**params)
    if key.format(**params)[:1].isupper():  # "Given name must ..." -> "Jina la kwanza ..."
        shown = shown[:1].upper() + shown[1:]
    return shown


def matched_text(context: str, message: str) -> str:
    """`message` (English) in the language shown: as a whole, else by the key of `context` it
    was made from ("{field} is required" for "sex is required"); else unchanged."""
    shown = translate(context, message)
    if shown != message or labels.current_language() == "en":
        return shown
    for pattern, source, names in _patterns(context):
        found = pattern.match(message)
        if found is not None:
            return _fill(context, source, dict(zip(names, found.groups(), strict=False)))
    return message


def error_text(error: BaseException | str) -> str:
    """A station error's message in the language shown (the English one where the catalogue
    has none): by its key and params, else by matching its message against the keys."""
    params = getattr(error, "params", None)
    key = getattr(error, "key", None)
    if isinstance(key, str) and params:
        return _fill("errors", key, dict(params))
    return matched_text("errors", key if isinstance(key, str) else str(error))


def photo_check_text(text: str) -> str:
    """A photo check's name or reason (biometrics/quality.py, English) in the language shown."""
    return matched_text("photo checks", text)
