"""The first wizard steps: consent, personal details, contacts and family, needs.

Each step copies its widgets into the shared `EnrolmentForm` (`store`) and back (`load`);
the widgets keep their values when the officer goes back, and the form is what the draft
saves. Values are checked as typed with the domain's own validation functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from station.domain.labels import label
from station.domain.validation import (
    check_birth_date,
    check_date,
    check_email,
    check_name,
    check_nationality,
    check_phone,
)
from station.domain.vocab import Channel, ConsentPurpose, Need, Proficiency, Sex, Vulnerability
from station.errors import ValidationError
from station.services.forms import EnrolmentForm
from ui.consent_texts import CONSENT_TEXTS, RTL_LANGUAGES, consent_text
from ui.language import error_text
from ui.pickers import CountryPicker, LanguagePicker
from ui.widgets import Field


class Step(QWidget):
    """One page of the wizard."""

    edited = Signal()
    # `fields` (in the steps that have them): form field name -> the widget collecting it

    def title(self) -> str:
        return ""

    def hide_fields(self, hidden: set[str]) -> None:
        """Hide the fields this deployment does not collect (`collected_fields`)."""
        for key, widget in getattr(self, "fields", {}).items():
            if key in hidden:
                widget.hide()
        self.hidden = hidden & set(getattr(self, "fields", {}))

    def collects_nothing(self) -> bool:
        """Every field of the step is hidden: the wizard skips it."""
        fields = getattr(self, "fields", {})
        return bool(fields) and set(fields) <= getattr(self, "hidden", set())

    def first_field(self) -> QWidget | None:
        """Where the cursor goes when the step is shown (Enter then goes on)."""
        return None

    def clear_problems(self) -> None:
        for widget in getattr(self, "fields", {}).values():
            if isinstance(widget, Field):
                widget.set_problem("")

    def load(self, form: EnrolmentForm) -> None:
        """Fill the widgets from the form (a resumed draft)."""

    def store(self, form: EnrolmentForm) -> None:
        """Copy the widgets into the form."""

    def problem(self) -> str:
        """Why the officer cannot go on yet, or "" when the step is complete."""
        return ""


class YearEdit(QLineEdit):
    """A year typed as four digits: empty until typed (no default year goes in unseen), and
    what is typed is what is kept (no spin box holding on to its previous value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QIntValidator(0, 2100, self))
        self.setMaxLength(4)
        self.setPlaceholderText(self.tr("year, e.g. 1988"))

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text.isdigit() else None

    def setValue(self, year: int | None) -> None:  # the QSpinBox name it replaces
        self.setText("" if year is None else str(year))


def _problem(check: Callable[[], object]) -> str:
    try:
        check()
    except ValidationError as exc:
        return error_text(exc)
    return ""


def _scrolling(inner: QWidget, owner: QWidget) -> None:
    area = QScrollArea(owner)
    area.setWidgetResizable(True)
    area.setWidget(inner)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area)


# -- consent ------------------------------------------------------------------------------------
PURPOSE_LABELS = {  # translated in the ConsentStep context (QT_TRANSLATE_NOOP marks them)
    ConsentPurpose.REGISTRATION: QT_TRANSLATE_NOOP("ConsentStep", "Registration (required)"),
    ConsentPurpose.BIOMETRICS: QT_TRANSLATE_NOOP(
        "ConsentStep", "Photo and face template, to find duplicate registrations"),
    ConsentPurpose.CARD: QT_TRANSLATE_NOOP("ConsentStep", "An identity card"),
    ConsentPurpose.EMERGENCY_CONTACT: QT_TRANSLATE_NOOP(
        "ConsentStep", "Being contacted, or the family contacted, in an emergency"),
    ConsentPurpose.SHARING: QT_TRANSLATE_NOOP(
        "ConsentStep", "Sharing with partner agencies for assistance"),
}


class ConsentStep(Step):
    def __init__(self, text_version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_version = text_version
        self.language = QComboBox(self)
        for code, (name, _text) in CONSENT_TEXTS.items():
            self.language.addItem(name, code)
        self.text = QTextBrowser(self)
        self.text.setMinimumHeight(150)
        self.version = QLabel(self)
        self.purposes: dict[ConsentPurpose, QCheckBox] = {}
        box = QGroupBox(self.tr("The person agrees to"), self)
        column = QVBoxLayout(box)
        for purpose, text in PURPOSE_LABELS.items():
            check = QCheckBox(self.tr(str(text)), box)
            check.toggled.connect(self.edited)
            self.purposes[purpose] = check
            column.addWidget(check)
        self.purposes[ConsentPurpose.REGISTRATION].setChecked(False)
        self.all_button = QPushButton(self.tr("The person agrees to all of these"), box)
        self.all_button.clicked.connect(self.agree_all)
        column.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language of the person"), self))
        row.addWidget(self.language, 1)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.version)
        layout.addWidget(box)
        self.language.currentIndexChanged.connect(self._show_text)
        self._show_text()

    def title(self) -> str:
        return self.tr("Consent")

    def first_field(self) -> QWidget | None:
        return self.purposes[ConsentPurpose.REGISTRATION]

    def language_code(self) -> str:
        return str(self.language.currentData())

    def _show_text(self) -> None:
        code = self.language_code()
        self.text.setPlainText(consent_text(code))
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RTL_LANGUAGES
                                     else Qt.LayoutDirection.LeftToRight)
        self.text.document().setDefaultTextOption(self.text.document().defaultTextOption())
        self.version.setText(self.tr("Consent text version %s, shown in %s")
                             % (self.text_version, self.language.currentText()))
        self.edited.emit()

    def agree_all(self) -> None:
        for check in self.purposes.values():
            check.setChecked(True)

    def load(self, form: EnrolmentForm) -> None:
        index = self.language.findData(form.consent_language or "en")
        self.language.setCurrentIndex(max(index, 0))
        chosen = {p.strip() for p in form.consent_purposes.split(",") if p.strip()}
        if chosen == {"all"}:
            chosen = {p.value for p in ConsentPurpose}
        for purpose, check in self.purposes.items():
            check.setChecked(purpose.value in chosen)

    def store(self, form: EnrolmentForm) -> None:
        form.consent_language = self.language_code()
        form.consent_text_version = self.text_version
        form.consent_purposes = ",".join(p.value for p, c in self.purposes.items()
                                         if c.isChecked())

    def problem(self) -> str:
        if not self.purposes[ConsentPurpose.REGISTRATION].isChecked():
            return self.tr("Consent to registration is needed to enrol a person.")
        return ""


# -- personal details ---------------------------------------------------------------------------
class DetailsStep(Step):
    NAME_FIELDS = (("given_name", QT_TRANSLATE_NOOP("DetailsStep", "Given name(s)"), True),
                   ("family_name", QT_TRANSLATE_NOOP("DetailsStep", "Family name"), True),
                   ("other_names", QT_TRANSLATE_NOOP("DetailsStep", "Other names"), False),
                   ("given_name_latin",
                    QT_TRANSLATE_NOOP("DetailsStep", "Given name in Latin letters"), False),
                   ("family_name_latin",
                    QT_TRANSLATE_NOOP("DetailsStep", "Family name in Latin letters"), False))

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        inner = QWidget(self)
        grid = QGridLayout(inner)
        self.names: dict[str, QLineEdit] = {}
        self.fields: dict[str, Field] = {}
        for index, (key, text, required) in enumerate(self.NAME_FIELDS):
            edit = QLineEdit(inner)
            edit.setObjectName(key)
            self.names[key] = edit
            field = Field(self.tr(str(text)) + (" *" if required else ""), edit, inner)
            self.fields[key] = field
            grid.addWidget(field, index // 2, index % 2)
            edit.textChanged.connect(lambda _t, k=key, r=required: self._check_name(k, r))
        self.sex = QComboBox(inner)
        self.sex.addItem("", "")
        for sex in (Sex.FEMALE, Sex.MALE, Sex.UNSPECIFIED):
            self.sex.addItem(self.tr(label(sex)), sex.value)
        self.fields["sex"] = Field(self.tr("Sex *"), self.sex, inner)
        grid.addWidget(self.fields["sex"], 2, 1)
        self.birth_date = QLineEdit(inner)
        self.birth_date.setPlaceholderText("YYYY-MM-DD")
        self.birth_year = YearEdit(inner)
        self.birth_year.hide()
        self.estimated = QCheckBox(self.tr("Only the year is known (estimated)"), inner)
        birth_box = QWidget(inner)
        birth_row = QHBoxLayout(birth_box)
        birth_row.setContentsMargins(0, 0, 0, 0)
        birth_row.addWidget(self.birth_date, 1)
        birth_row.addWidget(self.birth_year, 1)
        birth_row.addWidget(self.estimated)
        self.fields["birth_date"] = Field(self.tr("Date of birth *"), birth_box, inner)
        grid.addWidget(self.fields["birth_date"], 3, 0, 1, 2)
        self.nationality = CountryPicker(inner)
        self.fields["nationality"] = Field(self.tr("Nationality *"), self.nationality, inner)
        grid.addWidget(self.fields["nationality"], 4, 0)
        self.local_language = QComboBox(inner)
        for level in Proficiency:
            self.local_language.addItem(self.tr(label(level)), level.value)
        self.fields["local_language"] = Field(self.tr("Local language proficiency"),
                                              self.local_language, inner)
        grid.addWidget(self.fields["local_language"], 4, 1)
        self.languages = LanguagePicker(inner)
        self.fields["languages"] = Field(self.tr("Languages spoken"), self.languages, inner)
        grid.addWidget(self.fields["languages"], 5, 0, 1, 2)
        self.region = QLineEdit(inner)
        self.district = QLineEdit(inner)
        self.place = QLineEdit(inner)
        self.arrival = QLineEdit(inner)
        self.arrival.setPlaceholderText("YYYY-MM-DD")
        self.fields["region"] = Field(self.tr("Region"), self.region, inner)
        self.fields["district"] = Field(self.tr("District"), self.district, inner)
        self.fields["place"] = Field(self.tr("Place of residence"), self.place, inner)
        grid.addWidget(self.fields["region"], 6, 0)
        grid.addWidget(self.fields["district"], 6, 1)
        grid.addWidget(self.fields["place"], 7, 0)
        self.fields["arrival_date"] = Field(self.tr("Arrival date"), self.arrival, inner)
        grid.addWidget(self.fields["arrival_date"], 7, 1)
        _scrolling(inner, self)
        # Tab walks the required fields first (names, sex, birth, nationality), then the rest
        chain = [self.names["given_name"], self.names["family_name"], self.sex,
                 self.birth_date, self.birth_year, self.nationality, self.estimated,
                 self.names["other_names"], self.names["given_name_latin"],
                 self.names["family_name_latin"], self.local_language, self.languages.search,
                 self.languages.view, self.region, self.district, self.place, self.arrival]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.estimated.toggled.connect(self._estimated_toggled)
        self.birth_date.textChanged.connect(self._check_birth)
        self.birth_year.textChanged.connect(self._check_birth)
        self.nationality.currentTextChanged.connect(self._check_nationality)
        self.arrival.textChanged.connect(self._check_arrival)
        self.sex.currentIndexChanged.connect(lambda _i: self.fields["sex"].set_problem(""))
        for signal in (self.sex.currentIndexChanged, self.region.textChanged,
                       self.district.textChanged, self.place.textChanged, self.languages.changed,
                       self.local_language.currentIndexChanged):
            signal.connect(self.edited)

    def title(self) -> str:
        return self.tr("Personal details")

    def first_field(self) -> QWidget | None:
        return self.names["given_name"]

    # checks as typed
    def _check_name(self, key: str, required: bool) -> None:
        text = self.names[key].text()
        self.fields[key].set_problem(
            _problem(lambda: check_name(text, key, required=required)) if text else "")
        self.edited.emit()

    def _estimated_toggled(self, on: bool) -> None:
        self.birth_date.setVisible(not on)
        self.birth_year.setVisible(on)
        if on and not self.birth_year.text() and self.birth_date.text().strip()[:4].isdigit():
            self.birth_year.setText(self.birth_date.text().strip()[:4])  # the year typed
        (self.birth_year if on else self.birth_date).setFocus()
        self._check_birth()

    def _birth(self) -> tuple[str, int | None]:
        if self.estimated.isChecked():
            return "", self.birth_year.value()
        return self.birth_date.text().strip(), None

    def _check_birth(self) -> None:
        text, year = self._birth()
        if (not text and year is None) or (year is not None and year < 1000):
            self.fields["birth_date"].set_problem("")  # nothing, or a year still being typed
        else:
            self.fields["birth_date"].set_problem(
                _problem(lambda: check_birth_date(text or None, year, self.today())))
        self.edited.emit()

    def _check_nationality(self) -> None:
        code = self.nationality.code()
        self.fields["nationality"].set_problem(
            _problem(lambda: check_nationality(code)) if code else "")
        self.edited.emit()

    def _check_arrival(self) -> None:
        text = self.arrival.text()
        self.fields["arrival_date"].set_problem(
            _problem(lambda: check_date(text, "arrival_date", self.today())))
        self.edited.emit()

    def load(self, form: EnrolmentForm) -> None:
        self.clear_problems()
        for key, edit in self.names.items():
            edit.setText(getattr(form, key))
        self.sex.setCurrentIndex(max(self.sex.findData(form.sex), 0))
        self.estimated.setChecked(form.birth_year is not None and not form.birth_date)
        self.birth_year.setValue(form.birth_year)
        self.birth_date.setText(form.birth_date)
        self.nationality.set_code(form.nationality)
        self.languages.set_codes(form.languages)
        self.local_language.setCurrentIndex(
            max(self.local_language.findData(form.local_language), 0))
        self.region.setText(form.region)
        self.district.setText(form.district)
        self.place.setText(form.place)
        self.arrival.setText(form.arrival_date)

    def store(self, form: EnrolmentForm) -> None:
        for key, edit in self.names.items():
            setattr(form, key, edit.text())
        form.sex = str(self.sex.currentData() or "")
        form.birth_date, form.birth_year = self._birth()
        form.nationality = self.nationality.code()
        form.languages = self.languages.codes()
        form.local_language = str(self.local_language.currentData())
        form.region, form.district = self.region.text(), self.district.text()
        form.place, form.arrival_date = self.place.text(), self.arrival.text()

    def problem(self) -> str:
        self._check_birth()
        self._check_nationality()
        for key, _label, required in self.NAME_FIELDS:
            text = self.names[key].text()
            problem = _problem(partial(check_name, text, key, required=required))
            self.fields[key].set_problem(problem)
            if problem:
                return problem
        if not self.sex.currentData():
            self.fields["sex"].set_problem(self.tr("Choose the sex."))
            return self.tr("Choose the sex.")
        text, year = self._birth()
        for check in (lambda: check_birth_date(text or None, year, self.today()),
                      lambda: check_nationality(self.nationality.code()),
                      lambda: check_date(self.arrival.text(), "arrival_date", self.today())):
            problem = _problem(check)
            if problem:
                return problem
        return ""


# -- contacts, family, dependants ---------------------------------------------------------------
class PeopleTable(QWidget):
    """A small editable table with Add/Remove buttons (emergency, family, dependants)."""

    def __init__(self, columns: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        add = QPushButton(self.tr("Add"), self)
        remove = QPushButton(self.tr("Remove"), self)
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, values: tuple[str, ...] = ()) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = values[column] if column < len(values) else ""
            self.table.setItem(row, column, QTableWidgetItem(str(text)))

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def rows(self) -> list[tuple[str, ...]]:
        result = []
        for row in range(self.table.rowCount()):
            values = tuple(self._text(row, c) for c in range(self.table.columnCount()))
            if any(values):
                result.append(values)
        return result

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(tuple(str(v) for v in values))


class ContactsStep(Step):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inner = QWidget(self)
        grid = QGridLayout(inner)
        self.phone = QLineEdit(inner)
        self.phone.setPlaceholderText("+255 …")
        self.email = QLineEdit(inner)
        self.channel = QComboBox(inner)
        for channel in Channel:
            self.channel.addItem(self.tr(label(channel)), channel.value)
        self.fields = {"phone": Field(self.tr("Phone"), self.phone, inner),
                       "email": Field(self.tr("E-mail"), self.email, inner)}
        grid.addWidget(self.fields["phone"], 0, 0)
        grid.addWidget(self.fields["email"], 0, 1)
        self.fields["preferred_channel"] = Field(self.tr("Preferred channel in an emergency"),
                                                 self.channel, inner)
        grid.addWidget(self.fields["preferred_channel"], 1, 0)
        self.emergency = PeopleTable([self.tr("Name"), self.tr("Relationship"),
                                      self.tr("Phone")], inner)
        self.family = PeopleTable([self.tr("Name"), self.tr("Relationship"), self.tr("Phone"),
                                   self.tr("Registration number")], inner)
        self.dependants = PeopleTable([self.tr("Name"), self.tr("Relationship"),
                                       self.tr("Birth year")], inner)
        for row, (key, title, table) in enumerate((
                ("emergency_contacts", self.tr("Emergency contacts"), self.emergency),
                ("family_contacts", self.tr("Family contacts"), self.family),
                ("dependants", self.tr("Dependants"), self.dependants)), start=2):
            self.fields[key] = Field(title, table, inner)
            grid.addWidget(self.fields[key], row, 0, 1, 2)
        _scrolling(inner, self)
        self.phone.textChanged.connect(lambda t: self._check("phone", lambda: check_phone(
            t, "phone")))
        self.email.textChanged.connect(lambda t: self._check("email", lambda: check_email(t)))
        for table in (self.emergency, self.family, self.dependants):
            table.table.itemChanged.connect(lambda _item: self.edited.emit())

    def title(self) -> str:
        return self.tr("Contacts and family")

    def first_field(self) -> QWidget | None:
        return next((w for key, w in (("phone", self.phone), ("email", self.email))
                     if key not in getattr(self, "hidden", set())), None)

    def _check(self, key: str, check: Callable[[], object]) -> None:
        self.fields[key].set_problem(_problem(check))
        self.edited.emit()

    def load(self, form: EnrolmentForm) -> None:
        self.clear_problems()
        self.phone.setText(form.phone)
        self.email.setText(form.email)
        self.channel.setCurrentIndex(max(self.channel.findData(form.preferred_channel), 0))
        self.emergency.set_rows(form.emergency_contacts)
        self.family.set_rows(form.family_contacts)
        self.dependants.set_rows(form.dependants)

    def store(self, form: EnrolmentForm) -> None:
        form.phone, form.email = self.phone.text(), self.email.text()
        form.preferred_channel = str(self.channel.currentData())
        form.emergency_contacts = self.emergency.rows()  # type: ignore[assignment]
        form.family_contacts = self.family.rows()  # type: ignore[assignment]
        form.dependants = self.dependants.rows()  # type: ignore[assignment]

    def problem(self) -> str:
        from station.services.forms import _related

        for check in (lambda: check_phone(self.phone.text(), "phone"),
                      lambda: check_email(self.email.text()),
                      lambda: _related(list(self.emergency.rows()), "emergency_contacts"),
                      lambda: _related(list(self.family.rows()), "family_contacts"),
                      lambda: _related(list(self.dependants.rows()), "dependants")):
            problem = _problem(check)
            if problem:
                return problem
        return ""


# -- vulnerabilities and needs ------------------------------------------------------------------
class NeedsStep(Step):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inner = QWidget(self)
        layout = QHBoxLayout(inner)
        self.boxes: list[QGroupBox] = []
        self.vulnerabilities = self._checks(self.tr("Vulnerabilities"), list(Vulnerability),
                                            layout)
        self.needs = self._checks(self.tr("Needs"), list(Need), layout)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Notes (kept encrypted)"))
        self.notes.setMaximumHeight(110)  # the checklists above get the room (no scrolling)
        self.notes.textChanged.connect(self.edited)
        self.fields = {"vulnerabilities": self.boxes[0], "needs": self.boxes[1],
                       "notes": self.notes}
        outer = QVBoxLayout(self)
        area = QScrollArea(self)  # fits a 720-pixel-high screen in every language
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        outer.addWidget(area, 1)
        flagged = QLabel(self.tr("Women, minors, elderly people, newcomers and people not "
                                 "fluent in the local language are flagged automatically."),
                         self)
        flagged.setWordWrap(True)
        outer.addWidget(flagged)
        outer.addWidget(self.notes)

    def _checks(self, title: str, codes: Sequence[Vulnerability | Need], layout: QHBoxLayout
                ) -> dict[str, QCheckBox]:
        box = QGroupBox(title, self)
        column = QVBoxLayout(box)
        checks = {}
        for code in codes:
            check = QCheckBox(self.tr(label(code)), box)
            check.toggled.connect(self.edited)
            checks[code.value] = check
            column.addWidget(check)
        column.addStretch(1)
        layout.addWidget(box)
        self.boxes.append(box)
        return checks

    def title(self) -> str:
        return self.tr("Vulnerabilities and needs")

    def load(self, form: EnrolmentForm) -> None:
        for code, check in self.vulnerabilities.items():
            check.setChecked(code in form.vulnerabilities)
        for code, check in self.needs.items():
            check.setChecked(code in form.needs)
        self.notes.setPlainText(form.notes)

    def store(self, form: EnrolmentForm) -> None:
        form.vulnerabilities = [c for c, check in self.vulnerabilities.items() if check.isChecked()]
        form.needs = [c for c, check in self.needs.items() if check.isChecked()]
        form.notes = self.notes.toPlainText()
