"""Correct a record's details: names, birth date, nationality, contacts, place, notes.

Only the fields the officer changed are sent (`subject_access.correct_record`, audited; the
version before is kept encrypted as history). On an error the dialog stays open with what was
typed; after saving it shows the record's correction history.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.labels import country_name, local_date, local_time
from station.services import history, subject_access
from ui.pickers import CountryPicker
from ui.session import Session
from ui.widgets import Banner

TEXT_FIELDS = ("given_name", "family_name", "other_names", "birth_date", "phone", "email",
               "place", "region", "district")


def current_values(record: dict[str, Any]) -> dict[str, str]:
    """The correctable fields of a record (as `records.show_record` gives it) as text."""
    name, contact = record.get("name", {}), record.get("contact", {})
    location = record.get("location", {})
    birth = str(record.get("birth_date", ""))  # an estimated birth date is its year only
    return {"given_name": name.get("given", ""), "family_name": name.get("family", ""),
            "other_names": name.get("other", ""), "birth_date": birth,
            "phone": contact.get("phone", ""), "email": contact.get("email", ""),
            "nationality": record.get("nationality", ""), "place": location.get("place", ""),
            "region": location.get("region", ""), "district": location.get("district", ""),
            "notes": record.get("notes", "")}


def changed_fields(before: dict[str, str], after: dict[str, str]) -> dict[str, str]:
    """What to send: the fields whose text changed; a bare year is a `birth_year`."""
    changes = {k: v for k, v in after.items() if v.strip() != before.get(k, "").strip()}
    birth = changes.pop("birth_date", None)
    if birth is not None:
        changes["birth_year" if birth.strip().isdigit() else "birth_date"] = birth.strip()
    return changes


def _as_day(text: str) -> str:
    """A stored ISO date as people write it ("1 May 1990"); a bare year stays as it is."""
    try:
        return local_date(date.fromisoformat(text))
    except ValueError:
        return text


class CorrectDialog(QDialog):
    corrected = Signal(list)  # the fields changed

    def __init__(self, session: Session, record: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.number = str(record.get("registration_number", ""))
        self.before = current_values(record)
        self.history: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Correct details of %s") % self.number)
        self.banner = Banner(self)
        labels = {"given_name": self.tr("Given name"), "family_name": self.tr("Family name"),
                  "other_names": self.tr("Other names"),
                  "birth_date": self.tr("Birth date (YYYY-MM-DD, or a year)"),
                  "phone": self.tr("Phone"), "email": self.tr("E-mail"),
                  "place": self.tr("Place"), "region": self.tr("Region"),
                  "district": self.tr("District")}
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key in TEXT_FIELDS:
            edit = QLineEdit(self.before[key], self)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
            if key == "birth_date":
                self.nationality = CountryPicker(self)
                self.nationality.set_code(self.before["nationality"])
                form.addRow(self.tr("Nationality"), self.nationality)
        self.notes = QPlainTextEdit(self.before["notes"], self)
        self.notes.setMaximumHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        self.save_button = QPushButton(self.tr("Save correction"), self)
        self.save_button.setDefault(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.history_title = QLabel(self.tr("<b>Record history</b>"), self)
        self.history_table = QTableWidget(0, 4, self)
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("Field"), self.tr("Before")])
        self.history_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.history_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history_title.hide()
        self.history_table.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history_table, 1)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.resize(560, 640)

    def values(self) -> dict[str, str]:
        typed = {key: edit.text() for key, edit in self.edits.items()}
        typed["nationality"] = self.nationality.code()
        typed["notes"] = self.notes.toPlainText()
        return typed

    def save(self) -> None:
        """Send the changed fields in a worker; then show the history."""
        station, actor, number = self.session.station, self.session.actor, self.number
        after = self.values()
        changes = changed_fields(self.before, after)
        if station is None or actor is None:
            return
        if not changes:
            self.banner.show_message(self.tr("Nothing was changed."), "warn")
            return
        correct = subject_access.correct_record
        self.save_button.setEnabled(False)
        self.banner.show_message(self.tr("Saving…"), "info")

        def work() -> tuple[list[str], list[dict[str, Any]]]:
            fields = correct(station, actor, number, changes)
            return fields, history.record_history(station, actor, number)

        self.runner.submit(work, write=True, done=lambda r: self._saved(after, r),
                           failed=self._failed, owner=self)

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.banner.error(message)  # what was typed stays in the fields

    def _saved(self, after: dict[str, str],
               result: tuple[list[str], list[dict[str, Any]]]) -> None:
        fields, history = result
        self.before = after
        self.save_button.setEnabled(True)
        self.banner.show_message(self.tr("Corrected: %s.") % ", ".join(
            self.field_name(field) for field in fields), "ok")
        self.show_history(history)
        self.corrected.emit(fields)

    def field_name(self, field: str) -> str:
        """A stored field's name as the form calls it ("Given name", not given_name)."""
        names = {"given_name": self.tr("Given name"), "family_name": self.tr("Family name"),
                 "other_names": self.tr("Other names"), "birth_date": self.tr("Birth date"),
                 "birth_year": self.tr("Birth year"), "phone": self.tr("Phone"),
                 "email": self.tr("E-mail"), "place": self.tr("Place"),
                 "region": self.tr("Region"), "district": self.tr("District"),
                 "nationality": self.tr("Nationality"), "notes": self.tr("Notes")}
        return names.get(field, self.tr(field.replace("_", " ").capitalize()))

    def show_history(self, history: list[dict[str, Any]]) -> None:
        self.history = history
        self.history_table.setRowCount(0)
        for version in reversed(history):  # newest first
            at = version["changed_at"]
            when = local_time(at) if isinstance(at, datetime) else str(at)
            for field in version["fields"]:
                before = version["before"].get(field)
                if field == "nationality" and before:
                    before = self.tr(country_name(str(before)))
                elif field in ("birth_date", "birth_year") and before:
                    before = _as_day(str(before))
                row = self.history_table.rowCount()
                self.history_table.insertRow(row)
                for column, text in enumerate((
                        when, version["changed_by"], self.field_name(field),
                        self.tr("(not kept)") if before is None else before)):
                    self.history_table.setItem(row, column, QTableWidgetItem(text))
        self.history_title.show()
        self.history_table.show()
