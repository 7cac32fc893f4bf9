"""Searchable pickers for nationality (ISO 3166 alpha-3 plus ICAO codes) and languages."""

from __future__ import annotations

from functools import cache

import pycountry
from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QListView, QVBoxLayout, QWidget

from station.domain.vocab import SPECIAL_NATIONALITIES

# ISO 639-3 languages often spoken by people this station registers that have no alpha-2 code.
EXTRA_LANGUAGES = ("tir", "amh", "som", "orm", "kin", "run", "lin", "lug", "nus", "din", "fuv",
                   "hau", "prs", "pus", "ckb", "kmr", "apd", "arz", "ary", "tig", "bej", "mfe")


@cache
def countries() -> list[tuple[str, str]]:
    """(code, label) sorted by label: every country, then the ICAO special codes."""
    rows = sorted((str(c.alpha_3), f"{c.name} ({c.alpha_3})") for c in pycountry.countries)
    rows.sort(key=lambda row: row[1])
    rows += [(code, f"{label} ({code})") for code, label in SPECIAL_NATIONALITIES.items()]
    return rows


@cache
def languages() -> list[tuple[str, str]]:
    rows = {}
    for language in pycountry.languages:
        if hasattr(language, "alpha_2") or language.alpha_3 in EXTRA_LANGUAGES:
            rows[str(language.alpha_3)] = f"{language.name} ({language.alpha_3})"
    return sorted(rows.items(), key=lambda row: row[1])


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

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        if index > 0:
            return str(self.itemData(index))
        if len(text) == 3:
            return text.upper()  # a code typed directly; validation checks it
        for row in range(1, self.count()):  # a unique partial match
            if text and text.lower() in self.itemText(row).lower():
                return str(self.itemData(row))
        return text

    def set_code(self, code: str) -> None:
        index = self.findData(code.upper()) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)


class LanguagePicker(QWidget):
    """A search box over a checkable list of languages."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("search languages, e.g. Tigrinya or tir"))
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
        self.model.itemChanged.connect(lambda _item: self.changed.emit())

    def codes(self) -> list[str]:
        chosen = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return chosen

    def set_codes(self, codes: list[str]) -> None:
        wanted = {c.strip().lower() for code in codes for c in code.split(",") if c.strip()}
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
