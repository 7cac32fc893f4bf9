"""Administration: operators and roles (add, unlock, reset a password, deactivate: each
confirmed), passphrase change, settings, audit log with verify."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.domain.labels import label, label_of, local_time
from station.domain.model import AccountState
from station.domain.vocab import Role
from station.services import audit_log, operators, settings
from station.services.context import add_operator, change_passphrase
from station.services.records import verify_audit
from station.services.verifier_page import export_verifier_page
from ui import file_dialogs
from ui.confirm import ConfirmDialog, ask
from ui.session import Session
from ui.widgets import Banner

MIN_PASSWORD = 8


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = QTableWidgetItem(value)
            cell.setToolTip(value)  # said in full where the column elides it
            table.setItem(r, c, cell)


class AdminPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.banner = Banner(self)
        tabs = QTabWidget(self)
        self.tabs = tabs
        # operators
        people = QWidget(self)
        self.operators = _table([self.tr("User"), self.tr("Role"), self.tr("Account")], people)
        self.operator_rows: list[dict[str, Any]] = []
        self.confirmation: ConfirmDialog | None = None  # the last question asked
        self.chosen = QLabel(self.tr("Choose an operator in the list."), people)
        self.unlock_button = QPushButton(self.tr("Unlock…"), people)
        self.deactivate_button = QPushButton(self.tr("Deactivate…"), people)
        self.reset_password = self._secret(people)
        self.reset_password.setPlaceholderText(self.tr("new password"))
        self.reset_again = self._secret(people)
        self.reset_again.setPlaceholderText(self.tr("new password again"))
        self.reset_button = QPushButton(self.tr("Reset password…"), people)
        self.chosen.setWordWrap(True)
        self.new_user = QLineEdit(people)
        self.new_role = QComboBox(people)
        for role in Role:
            self.new_role.addItem(self.tr(label(role)), role.value)
        self.new_password = QLineEdit(people)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("Add operator"), people)
        self.add_button.setProperty("primary", True)  # ui/style.py: the tab's main action
        self.new_user.setPlaceholderText(self.tr("user name"))
        self.new_password.setPlaceholderText(self.tr("first password"))
        # one question a row, each with its label (bound to the field for screen readers)
        manage_box = QGroupBox(self.tr("The operator chosen"), people)
        manage = QFormLayout(manage_box)
        manage.addRow(self.chosen)
        account_buttons = QHBoxLayout()
        account_buttons.addWidget(self.unlock_button)
        account_buttons.addWidget(self.deactivate_button)
        account_buttons.addStretch(1)
        manage.addRow(account_buttons)
        manage.addRow(self.tr("New password"), self.reset_password)
        manage.addRow(self.tr("New password again"), self.reset_again)
        manage.addRow("", self.reset_button)
        add_box = QGroupBox(self.tr("Add an operator"), people)
        row = QFormLayout(add_box)
        row.addRow(self.tr("User name"), self.new_user)
        row.addRow(self.tr("Role"), self.new_role)
        row.addRow(self.tr("First password"), self.new_password)
        row.addRow("", self.add_button)
        for form_layout in (manage, row):
            form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft
                                          | Qt.AlignmentFlag.AlignVCenter)
        boxes = QHBoxLayout()
        boxes.addWidget(manage_box, 1)
        boxes.addWidget(add_box, 1)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.operators, 1)
        people_layout.addLayout(boxes)
        tabs.addTab(people, self.tr("Operators"))
        # passphrase
        keys = QWidget(self)
        self.old_passphrase = self._secret(keys)
        self.new_passphrase = self._secret(keys)
        self.new_passphrase_again = self._secret(keys)
        self.passphrase_button = QPushButton(self.tr("Change passphrase"), keys)
        form = QFormLayout(keys)
        form.addRow(self.tr("Current passphrase"), self.old_passphrase)
        form.addRow(self.tr("New passphrase"), self.new_passphrase)
        form.addRow(self.tr("New passphrase again"), self.new_passphrase_again)
        form.addRow(self.passphrase_button)
        self.verifier_button = QPushButton(self.tr("Save the card verifier page…"), keys)
        verifier_hint = QLabel(self.tr(
            "One web page that checks cards offline on any phone, with this station's current "
            "list of trusted stations and revoked cards. Copy it to a phone or a USB stick."),
            keys)
        verifier_hint.setWordWrap(True)
        form.addRow(verifier_hint)
        form.addRow(self.verifier_button)
        tabs.addTab(keys, self.tr("Passphrase"))
        # settings
        settings = QWidget(self)
        self.match_threshold = QDoubleSpinBox(settings)
        self.possible_threshold = QDoubleSpinBox(settings)
        for spin in (self.match_threshold, self.possible_threshold):
            spin.setRange(0.0, 1.5)
            spin.setDecimals(3)
            spin.setSingleStep(0.01)
            spin.setSpecialValueText(self.tr("library default"))
        self.validity = QSpinBox(settings)
        self.validity.setRange(1, 730)
        self.idle = QSpinBox(settings)
        self.idle.setRange(1, 240)
        self.settings_button = QPushButton(self.tr("Save settings"), settings)
        settings_form = QFormLayout(settings)
        settings_form.addRow(self.tr("Match threshold (supervisor review)"), self.match_threshold)
        settings_form.addRow(self.tr("Possible-match threshold (shown)"),
                             self.possible_threshold)
        settings_form.addRow(self.tr("Card validity (days)"), self.validity)
        settings_form.addRow(self.tr("Idle lock (minutes)"), self.idle)
        settings_form.addRow(self.settings_button)
        tabs.addTab(settings, self.tr("Settings"))
        # audit
        audit = QWidget(self)
        self.audit = _table([self.tr("#"), self.tr("When"), self.tr("Who"), self.tr("Action"),
                             self.tr("Subject"), self.tr("Details")], audit)
        self.verify_button = QPushButton(self.tr("Verify the audit chain"), audit)
        self.audit_refresh = QPushButton(self.tr("Refresh"), audit)
        audit_buttons = QHBoxLayout()
        audit_buttons.addWidget(self.audit_refresh)
        audit_buttons.addWidget(self.verify_button)
        audit_buttons.addStretch(1)
        audit_layout = QVBoxLayout(audit)
        audit_layout.addWidget(self.audit, 1)
        audit_layout.addLayout(audit_buttons)
        tabs.addTab(audit, self.tr("Audit log"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(tabs, 1)
        self.add_button.clicked.connect(self.add_operator)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.settings_button.clicked.connect(self.save_settings)
        self.verify_button.clicked.connect(self.verify)
        self.verifier_button.clicked.connect(self.save_verifier_page)
        self.dialog: Any = None
        self.audit_refresh.clicked.connect(self.refresh)
        self.operators.itemSelectionChanged.connect(self._operator_chosen)
        self.unlock_button.clicked.connect(self.unlock)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reset_button.clicked.connect(self.reset)
        self._operator_chosen()

    def _secret(self, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _context(self) -> tuple[Any, Any]:
        return self.session.station, self.session.actor

    def activate(self) -> None:
        self.refresh()
        station, _actor = self._context()
        if station is not None:
            config = station.config
            self.match_threshold.setValue(config.match_threshold or 0.0)
            self.possible_threshold.setValue(config.possible_threshold or 0.0)
            self.validity.setValue(config.card_validity_days)
            self.idle.setValue(config.idle_lock_minutes)

    def refresh(self) -> None:
        station, actor = self._context()
        if station is None or actor is None:
            return
        self.runner.submit(lambda: (operators.list_operators(station, actor),
                                    audit_log.audit_page(station, actor)),
                           done=self._listed, failed=self.banner.error, owner=self)

    def _listed(self, found: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        operators, events = found
        chosen = self.chosen_user()
        self.operator_rows = operators
        _fill(self.operators, [[o["username"], self.tr(label_of(Role, str(o["role"]))),
                                self.account_words(o)] for o in operators])
        for row, operator in enumerate(operators):
            if operator["username"] == chosen:
                self.operators.selectRow(row)
        self._operator_chosen()
        _fill(self.audit, [[str(e["sequence"]), self.when(e["at"]), e["actor"],
                            self.tr(str(e["action"]).replace("-", " ").capitalize()),
                            e["subject"], self.details(e["details"])] for e in events])

    def details(self, details: object) -> str:
        """An event's details as "role: Supervisor; count: 3" rather than JSON with codes."""
        if not isinstance(details, dict):
            return str(details)
        parts = []
        for key, value in details.items():
            if key == "role":
                value = self.tr(label_of(Role, str(value)))
            elif not isinstance(value, str):
                value = json.dumps(value, ensure_ascii=False)
            parts.append(f"{key.replace('_', ' ')}: {value}")
        return "; ".join(parts)

    def when(self, at: object) -> str:
        try:
            return local_time(at if isinstance(at, datetime) else datetime.fromisoformat(str(at)))
        except ValueError:
            return str(at)

    def account_words(self, operator: dict[str, Any]) -> str:
        """An account's state in words, with a lock's end in local time (never ISO)."""
        state = str(operator.get("state") or (AccountState.USABLE.value if operator["active"]
                                              else AccountState.DEACTIVATED.value))
        until = str(operator.get("locked_until") or "")
        if state == AccountState.LOCKED_AFTER_FAILURES.value:
            return (self.tr("Locked after wrong passwords, until %s") % until if until
                    else self.tr("Locked after wrong passwords"))
        if state == AccountState.LOCKED_BY_ADMIN.value:
            return self.tr("Locked by an administrator")
        if state == AccountState.DEACTIVATED.value:
            return self.tr("Deactivated")
        return self.tr("Active")

    # -- managing one operator ---------------------------------------------------------------
    def chosen_user(self) -> str:
        rows = self.operators.selectionModel().selectedRows() if \
            self.operators.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.operator_rows):
            return ""
        return str(self.operator_rows[rows[0].row()]["username"])

    def chosen_row(self) -> dict[str, Any]:
        user = self.chosen_user()
        return next((o for o in self.operator_rows if o["username"] == user), {})

    def _operator_chosen(self) -> None:
        operator = self.chosen_row()
        state = str(operator.get("state", ""))
        active = bool(operator) and state != AccountState.DEACTIVATED.value
        self.chosen.setText(self.tr("%s: %s") % (operator["username"],
                                                 self.account_words(operator))
                            if operator else self.tr("Choose an operator in the list."))
        self.unlock_button.setEnabled(state in (AccountState.LOCKED_AFTER_FAILURES.value,
                                                AccountState.LOCKED_BY_ADMIN.value))
        self.deactivate_button.setEnabled(active)
        for widget in (self.reset_password, self.reset_again, self.reset_button):
            widget.setEnabled(active)

    def _ask(self, title: str, message: str, button: str) -> ConfirmDialog:
        self.confirmation = ask(self, title, message, button, previous=self.confirmation)
        return self.confirmation

    def unlock(self) -> None:
        user = self.chosen_user()
        if not user:
            return
        self._ask(self.tr("Unlock the account of %s?") % user,
                  self.tr("%s can log in again at once, and has the full number of tries "
                          "again.") % user, self.tr("Unlock")).confirmed.connect(
            lambda _r: self._manage(lambda s, a: operators.unlock_operator(s, a, user),
                                    self.tr("Account %s unlocked: they can log in again.")
                                    % user))

    def deactivate(self) -> None:
        user = self.chosen_user()
        if not user:
            return
        self._ask(self.tr("Deactivate the account of %s?") % user,
                  self.tr("%s will never be able to log in again; the name stays in the audit "
                          "log. This cannot be undone: a returning person gets a new account.")
                  % user, self.tr("Deactivate")).confirmed.connect(
            lambda _r: self._manage(lambda s, a: operators.deactivate_operator(s, a, user),
                                    self.tr("Account %s deactivated: it can no longer log in.")
                                    % user))

    def reset(self) -> None:
        user, password = self.chosen_user(), self.reset_password.text()
        if not user:
            return
        if len(password) < MIN_PASSWORD:
            self.banner.error(self.tr("The new password needs at least %d characters.")
                              % MIN_PASSWORD)
            self.reset_password.setFocus()
            return
        if password != self.reset_again.text():
            self.banner.error(self.tr("The two new passwords differ; type them again."))
            self.reset_again.clear()
            self.reset_again.setFocus()
            return
        self._ask(self.tr("Reset the password of %s?") % user,
                  self.tr("The old password of %s stops working at once, and a lock after "
                          "wrong passwords ends. Give them the new password in person.") % user,
                  self.tr("Reset the password")).confirmed.connect(
            lambda _r: self._manage(
                lambda s, a: operators.reset_password(s, a, user, password),
                self.tr("Password of %s reset: they log in with the new one.") % user))

    def _manage(self, change: Any, message: str) -> None:
        station, actor = self._context()
        if station is None or actor is None:
            return
        self.runner.submit(lambda: change(station, actor), write=True,
                           done=lambda _r: self._managed(message), failed=self.banner.error,
                           owner=self)

    def _managed(self, message: str) -> None:
        self.reset_password.clear()
        self.reset_again.clear()
        self.banner.show_message(message, "ok")
        self.refresh()

    def add_operator(self) -> None:
        station, actor = self._context()
        name, password = self.new_user.text().strip(), self.new_password.text()
        role = Role(str(self.new_role.currentData()))
        if len(password) < MIN_PASSWORD:
            self.banner.error(self.tr("The first password needs at least %d characters.")
                              % MIN_PASSWORD)
            return
        self.runner.submit(lambda: add_operator(station, actor, name, role, password),
                           write=True, done=lambda _r: self._done(
                               self.tr("Operator %s added as %s.") % (
                                   name, self.tr(label(role)).lower())),
                           failed=self.banner.error, owner=self)

    def _done(self, message: str) -> None:
        self.new_user.clear()
        self.new_password.clear()
        self.banner.show_message(message, "ok")
        self.refresh()

    def change_passphrase(self) -> None:
        station, actor = self._context()
        old, new = self.old_passphrase.text(), self.new_passphrase.text()
        if new != self.new_passphrase_again.text():
            self.banner.error(self.tr("The two new passphrases differ."))
            return
        if len(new) < 12:
            self.banner.error(self.tr("The passphrase needs at least 12 characters."))
            return
        self.runner.submit(lambda: change_passphrase(station, actor, old, new), write=True,
                           done=self._passphrase_changed, failed=self.banner.error, owner=self)

    def _passphrase_changed(self, _result: object) -> None:
        for edit in (self.old_passphrase, self.new_passphrase, self.new_passphrase_again):
            edit.clear()
        self.banner.show_message(self.tr("Passphrase changed."), "ok")

    def save_settings(self) -> None:
        station, actor = self._context()
        changes = {
            "match_threshold": self.match_threshold.value() or None,
            "possible_threshold": self.possible_threshold.value() or None,
            "card_validity_days": self.validity.value(),
            "idle_lock_minutes": self.idle.value(),
        }
        self.runner.submit(lambda: settings.save_settings(station, actor, changes), write=True,
                           done=lambda _r: self.banner.show_message(
                               self.tr("Settings saved."), "ok"),
                           failed=self.banner.error, owner=self)

    def save_verifier_page(self) -> None:
        """Ask where to write the verifier page (non-blocking dialog), then write it in a
        worker and name the file written."""
        station, actor = self._context()

        def chosen(path: Path) -> None:
            self.runner.submit(lambda: export_verifier_page(station, actor, path),
                               done=lambda _size: self.banner.show_message(
                                   self.tr("The card verifier page was written to %s.")
                                   % path, "ok"),
                               failed=self.banner.error, owner=self)

        self.dialog = file_dialogs.save_file(self, self.tr("Save the card verifier page"),
                                             "verify.html", self.tr("Web page (*.html)"),
                                             chosen)

    def verify(self) -> None:
        station, actor = self._context()
        self.runner.submit(lambda: verify_audit(station, actor), done=self._verified,
                           failed=self.banner.error, owner=self)

    def _verified(self, report: Any) -> None:
        if getattr(report, "intact", False):
            self.banner.show_message(self.tr("The audit chain is intact (%d events).")
                                     % report.events_checked, "ok")
        else:
            self.banner.error(self.tr("The audit chain is broken: %s")
                              % report.problem)
        self.refresh()
