"""First-run setup assistant, passphrase unlock and operator login."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.services import trust
from station.services.context import (
    Actor,
    Station,
    login,
    open_station,
    scrypt_cost_from_env,
)
from ui import file_dialogs
from ui.session import Session
from ui.style import centred_labels, icon
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
        self.form = centred_labels(QFormLayout())
        self.button = QPushButton(self)
        self.button.setDefault(True)
        box = QFrame(self)
        box.setObjectName("startCard")  # ui/style.py: a white card on the window's grey
        box.setMaximumWidth(560)
        box.setMinimumWidth(440)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(28, 20, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(self.heading)
        inner.addWidget(self.banner)
        inner.addLayout(self.form)
        self.notes = QVBoxLayout()  # wrapped text under the form (a form row would cut it off)
        inner.addLayout(self.notes)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.button.setProperty("primary", True)  # ui/style.py: the screen's one main action
        self.heading.setWordWrap(True)
        page = QWidget(self)
        centred = QVBoxLayout(page)
        centred.addStretch(1)
        centred.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        centred.addStretch(2)
        # a long form (the set-up assistant) scrolls on a small screen rather than being cut off
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        # the band over every start screen: what this program is
        band = QFrame(self)
        band.setObjectName("header")
        logo = QLabel(band)
        logo.setPixmap(icon("station").pixmap(28, 28))
        name = QLabel(self.tr("Enrolment station"), band)
        name.setProperty("role", "title")
        brand = QHBoxLayout(band)
        brand.setContentsMargins(16, 10, 16, 10)
        brand.addWidget(logo)
        brand.addWidget(name, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(band)
        outer.addWidget(area)

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
        # Joining the registry: its trust bundle file (from a USB stick), or later.
        self.bundle = QLineEdit(self)
        self.bundle.setPlaceholderText(self.tr("none: join the registry later"))
        self.bundle.editingFinished.connect(lambda: self.bundle_chosen(self.bundle.text()))
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_bundle)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bundle, 1)
        row.addWidget(self.choose_button)
        holder = QWidget(self)
        holder.setLayout(row)
        self.form.addRow(self.tr("Registry trust bundle"), holder)
        hint = QLabel(self.tr("The registry gives a trust bundle file for this station, "
                              "usually on a USB stick. Without one, set up the station now "
                              "and join later on the Sync page: there the station can also "
                              "write a request file for the registry, so that no key travels."),
                      self)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")  # ui/style.py: secondary text, 7:1 contrast
        self.notes.addWidget(hint)
        self.delete_button = QPushButton(self.tr("Delete the bundle file now"), self)
        self.delete_button.hide()
        self.delete_button.clicked.connect(self.delete_bundle_file)
        self.form.addRow(self.delete_button)
        self.dialog: QFileDialog | None = None
        self.station: Station | None = None
        self.button.setText(self.tr("Create station"))
        self.button.clicked.connect(self.create_station)

    # -- the trust bundle ------------------------------------------------------------------------
    def choose_bundle(self) -> None:
        self.dialog = file_dialogs.open_file(
            self, self.tr("Trust bundle from the registry"),
            self.tr("Trust bundles (*.json);;All files (*)"),
            lambda path: self.bundle_chosen(str(path)))

    def bundle_chosen(self, text: str) -> None:
        """Take the file; fill in the site and station codes it was made for (read off the
        UI thread: the file is on a USB stick)."""
        path = text.strip()
        if self.bundle.text() != path:
            self.bundle.setText(path)
        if not path:
            return
        self.session.runner.submit(lambda: trust.bundle_station(path),
                                   done=self._bundle_read, failed=self.banner.error,
                                   owner=self)

    def _bundle_read(self, codes: tuple[str, str] | None) -> None:
        if codes is None:
            self.banner.show_message(self.tr("This bundle carries no station key: it was made "
                                             "for a station set up already. Check the site "
                                             "and station codes."), "warn")
            return
        self.site.setText(codes[0])
        self.station_code.setText(codes[1])
        self.banner.show_message(self.tr("Trust bundle for station %s-%s chosen.")
                                 % codes, "info")

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
        if self.station is not None:  # created and joined: the button now continues
            self.finished.emit(self.station)
            return
        problem = self.problem()
        if problem:
            self.banner.error(problem)
            return
        home, site, code = self.session.home, self.site.text(), self.station_code.text()
        passphrase, admin, password = self.passphrase.text(), self.admin.text().strip(), \
            self.password.text()
        bundle = self.bundle.text().strip() or None
        self._busy(True, self.tr("Creating the station and its keys…") if bundle is None
                   else self.tr("Creating the station and joining the registry…"))
        self.session.runner.submit(
            lambda: trust.set_up_station(home, site, code, passphrase, admin, password, bundle,
                                         scrypt_n=scrypt_cost_from_env()),
            done=self._created, failed=self._fail, write=True, owner=self)

    def _created(self, made: tuple[Station, dict[str, Any] | None]) -> None:
        station, joined = made
        self._busy(False)
        for edit in (self.passphrase, self.passphrase_again, self.password,
                     self.password_again):
            edit.clear()
        if joined is None:
            self.finished.emit(station)
            return
        # Say what happened before going on: the file may hold key material to remove.
        self.station = station
        for widget in (self.site, self.station_code, self.passphrase, self.passphrase_again,
                       self.admin, self.password, self.password_again, self.bundle,
                       self.choose_button):
            widget.setEnabled(False)
        text = self.tr("Station %s is set up and has joined the registry.") % \
            joined["station_id"]
        if joined.get("held_private_key"):
            text += " " + self.tr("The bundle file held this station's private key; it is now "
                                  "sealed inside the station. Delete the file %s from the USB "
                                  "stick now.") % Path(self.bundle.text()).name
            self.delete_button.show()
        self.banner.show_message(text, "ok")
        self.button.setText(self.tr("Continue to login"))

    def delete_bundle_file(self) -> None:
        path = Path(self.bundle.text())
        self.session.runner.submit(lambda: path.unlink(missing_ok=True),
                                   done=lambda _r: self._deleted(path),
                                   failed=self.banner.error, owner=self)

    def _deleted(self, path: Path) -> None:
        self.delete_button.hide()
        self.banner.show_message(self.tr("The bundle file %s was deleted. Continue to the "
                                         "login.") % path, "ok")


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
        # Refused tries per typed name in this window. The warning before the try that locks
        # comes from this count, the same for any name, so it never tells whether the name
        # exists (the station's own count, which locks the account, stays on the account).
        self.refusals: dict[str, int] = {}
        self.trying = ""

    def login(self) -> None:
        station = self.session.station
        if station is None:
            self.banner.error(self.tr("The station is locked."))
            return
        name, password = self.username.text().strip(), self.password.text()
        self.trying = name.casefold()
        self._busy(True, self.tr("Checking…"))
        action: Callable[[], Actor] = lambda: login(station, name, password)  # noqa: E731
        self.session.runner.submit(action, done=self._ok, failed=self._fail, write=True,
                                   owner=self)

    def _ok(self, actor: Actor) -> None:
        self.password.clear()
        self._busy(False)
        self.banner.hide()
        self.refusals.pop(self.trying, None)
        self.logged_in.emit(actor)

    def _fail(self, message: str) -> None:
        self._busy(False)
        station = self.session.station
        count = self.refusals.get(self.trying, 0) + 1
        self.refusals[self.trying] = count
        if station is not None and count == station.config.lockout_attempts - 1:
            message = message + "\n" + self.tr(
                "Careful: one more wrong password for this name locks the account for %d "
                "minutes.") % station.config.lockout_minutes
        self.banner.error(message)
