"""First-run setup assistant, passphrase unlock and operator login."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.services.context import (
    Actor,
    Station,
    init_station,
    login,
    open_station,
    scrypt_cost_from_env,
)
from ui.session import Session
from ui.widgets import Banner

MIN_PASSPHRASE = 12
MIN_PASSWORD = 8


class _Screen(QWidget):
    """A centred card with a title, a form, a banner and one main button."""

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.banner = Banner(self)
        self.heading = QLabel(f"<h2>{title}</h2>", self)
        self.form = QFormLayout()
        self.button = QPushButton(self)
        self.button.setDefault(True)
        box = QWidget(self)
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addWidget(self.banner)
        inner.addLayout(self.form)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _secret(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.returnPressed.connect(self.button.click)
        return edit

    def _busy(self, busy: bool, text: str = "") -> None:
        self.button.setEnabled(not busy)
        if busy:
            self.banner.show_message(text, "info")

    def _fail(self, message: str) -> None:
        self._busy(False)
        self.banner.error(message)


class SetupAssistant(_Screen):
    """Shown when the home folder holds no station yet."""

    finished = Signal(object)  # the new Station

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.heading.setText(self.tr("<h2>Set up this station</h2><p>This is done once. "
                                     "Choose the site and station codes given by the registry, "
                                     "a passphrase that protects all data on this computer, "
                                     "and the first administrator.</p>"))
        self.heading.setWordWrap(True)
        self.site = QLineEdit(self)
        self.site.setPlaceholderText(self.tr("e.g. DAR"))
        self.station_code = QLineEdit(self)
        self.station_code.setPlaceholderText(self.tr("e.g. 01"))
        self.passphrase = self._secret()
        self.passphrase_again = self._secret()
        self.admin = QLineEdit("admin", self)
        self.password = self._secret()
        self.password_again = self._secret()
        self.form.addRow(self.tr("Site code"), self.site)
        self.form.addRow(self.tr("Station code"), self.station_code)
        self.form.addRow(self.tr("Station passphrase"), self.passphrase)
        self.form.addRow(self.tr("Passphrase again"), self.passphrase_again)
        self.form.addRow(self.tr("Administrator user name"), self.admin)
        self.form.addRow(self.tr("Administrator password"), self.password)
        self.form.addRow(self.tr("Password again"), self.password_again)
        self.button.setText(self.tr("Create station"))
        self.button.clicked.connect(self.create_station)

    def problem(self) -> str:
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %d characters.") % MIN_PASSPHRASE
        if self.passphrase.text() != self.passphrase_again.text():
            return self.tr("The two passphrases differ.")
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("The password needs at least %d characters.") % MIN_PASSWORD
        if self.password.text() != self.password_again.text():
            return self.tr("The two passwords differ.")
        return ""

    def create_station(self) -> None:
        problem = self.problem()
        if problem:
            self.banner.error(problem)
            return
        home, site, code = self.session.home, self.site.text(), self.station_code.text()
        passphrase, admin, password = self.passphrase.text(), self.admin.text().strip(), \
            self.password.text()
        self._busy(True, self.tr("Creating the station and its keys…"))
        self.session.runner.submit(
            lambda: init_station(home, site, code, passphrase, admin, password,
                                 scrypt_n=scrypt_cost_from_env()),
            done=self._created, failed=self._fail, write=True, owner=self)

    def _created(self, station: Station) -> None:
        self._busy(False)
        self.finished.emit(station)


class UnlockScreen(_Screen):
    unlocked = Signal(object)  # Station

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.heading.setText(self.tr("<h2>Unlock the station</h2>"
                                     "<p>Type the station passphrase.</p>"))
        self.passphrase = self._secret()
        self.form.addRow(self.tr("Passphrase"), self.passphrase)
        self.button.setText(self.tr("Unlock"))
        self.button.clicked.connect(self.unlock)

    def unlock(self) -> None:
        home, passphrase = self.session.home, self.passphrase.text()
        self._busy(True, self.tr("Unlocking…"))
        self.session.runner.submit(lambda: open_station(home, passphrase), done=self._opened,
                                   failed=self._fail, write=True, owner=self)

    def _opened(self, station: Station) -> None:
        self.passphrase.clear()
        self._busy(False)
        self.banner.hide()
        self.unlocked.emit(station)


class LoginScreen(_Screen):
    logged_in = Signal(object)  # Actor

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.heading.setText(self.tr("<h2>Operator login</h2>"))
        self.username = QLineEdit(self)
        self.password = self._secret()
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Password"), self.password)
        self.button.setText(self.tr("Log in"))
        self.button.clicked.connect(self.login)

    def login(self) -> None:
        station = self.session.station
        if station is None:
            self.banner.error(self.tr("The station is locked."))
            return
        name, password = self.username.text().strip(), self.password.text()
        self._busy(True, self.tr("Checking…"))
        action: Callable[[], Actor] = lambda: login(station, name, password)  # noqa: E731
        self.session.runner.submit(action, done=self._ok, failed=self._fail, write=True,
                                   owner=self)

    def _ok(self, actor: Actor) -> None:
        self.password.clear()
        self._busy(False)
        self.banner.hide()
        self.logged_in.emit(actor)
