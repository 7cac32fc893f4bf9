"""Searchable pickers for nationality (ISO 3166 alpha-3 plus ICAO codes) and languages."""

from __future__ import annotations

from functools import cache

import pycountry
from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from station.domain.labels import country_name, current_language, language_name
from station.domain.vocab import SPECIAL_NATIONALITIES

# ISO 639-3 languages often spoken by people this station registers that have no alpha-2 code.
EXTRA_LANGUAGES = ("tir", "amh", "som", "orm", "kin", "run", "lin", "lug", "nus", "din", "fuv",
                   "hau", "prs", "pus", "ckb", "kmr", "apd", "arz", "ary", "tig", "bej", "mfe")


def countries() -> list[tuple[str, str]]:
    """(code, label) sorted by label: every country, then the ICAO special codes; the names
    in the interface language (pycountry's catalogues; English ISO names in English)."""
    return _countries(current_language())


@cache
def _countries(language: str) -> list[tuple[str, str]]:
    def name(country: object) -> str:
        return str(country.name) if language == "en" else country_name(  # type: ignore[attr-defined]
            str(country.alpha_3))  # type: ignore[attr-defined]

    rows = sorted((str(c.alpha_3), f"{name(c)} ({c.alpha_3})") for c in pycountry.countries)
    rows.sort(key=lambda row: row[1])
    rows += [(code, f"{label if language == 'en' else country_name(code)} ({code})")
             for code, label in SPECIAL_NATIONALITIES.items()]
    return rows


def languages() -> list[tuple[str, str]]:
    """(639-3 code, label) sorted by label, the names in the interface language."""
    return _languages(current_language())


@cache
def _languages(language: str) -> list[tuple[str, str]]:
    rows = {}
    for found in pycountry.languages:
        if hasattr(found, "alpha_2") or found.alpha_3 in EXTRA_LANGUAGES:
            code = str(found.alpha_3)
            name = str(found.name) if language == "en" else language_name(code)
            rows[code] = f"{name} ({code})"
    return sorted(rows.items(), key=lambda row: row[1])


def country_names() -> dict[str, str]:
    """Every name a country goes by (name, common and official name, alpha-2 and alpha-3
    codes, and its name in the interface language), lower-case, to its alpha-3 code: an
    exact name or code wins over a partial one."""
    return _country_names(current_language())


@cache
def _country_names(language: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = str(country.alpha_3)
        for attr in ("name", "common_name", "official_name", "alpha_2", "alpha_3"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(str(value).lower(), code)
        if language != "en":
            names.setdefault(country_name(code).lower(), code)
    for code, label in SPECIAL_NATIONALITIES.items():
        names.setdefault(label.lower(), code)
        names.setdefault(code.lower(), code)
        if language != "en":
            names.setdefault(country_name(code).lower(), code)
    return names


def language_names() -> dict[str, str]:
    """The same for languages: name (English and the interface language's) and ISO 639
    codes, lower-case, to the 639-3 code."""
    return _language_names(current_language())


@cache
def _language_names(language: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for code, _label in languages():
        found = pycountry.languages.get(alpha_3=code)
        for attr in ("name", "alpha_2", "alpha_3"):
            value = getattr(found, attr, None)
            if value:
                names.setdefault(str(value).lower(), code)
        if language != "en":
            names.setdefault(language_name(code).lower(), code)
    return names


def _is_enter(event: QEvent) -> bool:
    return event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
        event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CountryPicker(QComboBox):
    """Editable combo: type any part of a country name or code to narrow the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for code, label in countries():
            self.addItem(label, code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        editor = self.lineEdit()
        assert editor is not None  # editable combo
        editor.setPlaceholderText(self.tr("type to search, e.g. Congo or COD"))
        editor.installEventFilter(self)
        editor.editingFinished.connect(self.settle)
        popup = completer.popup()
        if popup is not None:  # Enter while the list is open reaches the list first
            popup.installEventFilter(self)

    def _popup(self) -> QAbstractItemView | None:
        completer = self.completer()
        return completer.popup() if completer is not None else None

    def _enter(self) -> bool:
        """Enter settles the typed text on the country it names (shown in full) and is used
        up; on a choice already settled it goes on to the page (the wizard's next step)."""
        popup = self._popup()
        if popup is not None:
            popup.hide()
        before = self.currentIndex(), self.currentText()
        self.settle()
        return (self.currentIndex(), self.currentText()) != before

    def _list_choice(self) -> bool:
        """A row of the open list was chosen with the arrow keys: the completer takes it."""
        popup = self._popup()
        return popup is not None and popup.isVisible() and popup.currentIndex().isValid()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_enter(event) and not self._list_choice() and self._enter():
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if _is_enter(event) and watched in (self.lineEdit(), self._popup()) \
                and not self._list_choice() and (self._enter() or watched is self._popup()):
            return True
        return super().eventFilter(watched, event)

    def settle(self) -> None:
        """Show the country the typed text names; an unknown text is left as typed."""
        index = self.findData(self.code()) if self.currentText().strip() else -1
        if index > 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        elif index > 0 and self.currentText() != self.itemText(index):
            self.setEditText(self.itemText(index))

    def code(self) -> str:
        """The code the typed text names: an exact label, name or code first; then a
        partial match only when it is the only one; else the text as typed (validation
        names it)."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        exact = country_names().get(text.lower())
        if exact is not None:
            return exact
        partial = {str(self.itemData(row)) for row in range(1, self.count())
                   if text.lower() in self.itemText(row).lower()}
        if len(partial) == 1:
            return partial.pop()
        return text.upper() if len(text) == 3 else text

    def retranslate(self) -> None:
        """The country names in the interface language now shown (the choice is kept)."""
        labels = dict(countries())
        for row in range(1, self.count()):
            self.setItemText(row, labels.get(str(self.itemData(row)), self.itemText(row)))
        self.settle()

    def set_code(self, code: str) -> None:
        index = self.findData(code.upper()) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))  # also clears a text typed over item 0
        else:
            self.setEditText(code)


class LanguagePicker(QWidget):
    """A search box over a checkable list of languages."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("search languages, e.g. Tigrinya or tir; "
                                               "Enter ticks it"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        for code, label in languages():
            item = QStandardItem(label)
            item.setData(code, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.installEventFilter(self)
        self.order: list[str] = []  # ticked codes, in the order they were chosen
        self.model.itemChanged.connect(self._ticked)

    def _ticked(self, item: QStandardItem) -> None:
        code = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked and code not in self.order:
            self.order.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in self.order:
            self.order.remove(code)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search box ticks the language typed (an exact name or code first,
        else the only one left in the list) and clears the search; on an empty search
        Enter goes on to the page."""
        if _is_enter(event) and watched is self.search and self.search.text().strip():
            self.choose_typed()
            return True
        return super().eventFilter(watched, event)

    def typed_code(self) -> str:
        text = self.search.text().strip().lower()
        if not text:
            return ""
        exact = language_names().get(text)
        if exact is not None:
            return exact
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.text().lower() == text:
                return str(item.data(Qt.ItemDataRole.UserRole))
        if self.proxy.rowCount() == 1:
            return str(self.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole))
        return ""

    def choose_typed(self) -> bool:
        """Tick the language the search names; False (and the search kept) when it names
        none or several."""
        code = self.typed_code()
        if not code:
            return False
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked)
        self.search.clear()
        return True

    def retranslate(self) -> None:
        """The language names in the interface language now shown (ticks are kept)."""
        labels = dict(languages())
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            item.setText(labels.get(str(item.data(Qt.ItemDataRole.UserRole)), item.text()))
        self.model.sort(0)

    def codes(self) -> list[str]:
        """The ticked languages in the order they were chosen (the first is the main one)."""
        return list(self.order)

    def set_codes(self, codes: list[str]) -> None:
        chosen = [c.strip().lower() for code in codes for c in code.split(",") if c.strip()]
        wanted = set(chosen)
        self.search.clear()  # the previous person's search does not narrow the next list
        self.order = list(dict.fromkeys(chosen))
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
