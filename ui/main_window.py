"""The station window: start screens (setup, unlock, login), then the workspace with its pages.

The page list shows what waits ("Duplicate review (3)", "Sync: 12 to send"), counted off the UI
thread after each save and every minute; a supervisor starts on the duplicate queue, an officer
on the enrolment wizard. "Sign out" throws the session's pages away; "Lock" (Ctrl+L) keeps
them for the same operator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station.domain.labels import label
from station.domain.roles import allowed
from station.domain.vocab import Role
from station.services.context import Actor, Station
from station.services.records import work_waiting
from ui.auto_sync import AutoSyncDriver
from ui.pages.start import LoginScreen, SetupAssistant, UnlockScreen
from ui.session import Session

COUNT_EVERY_MS = 60_000  # the page list's counts are refreshed at least this often
START_PAGE = {Role.SUPERVISOR: "review", Role.OFFICER: "enrol"}  # where each role lands


class Workspace(QWidget):
    """Navigation list on the left (with what waits), the chosen page on the right."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(210)
        self.nav.setObjectName("nav")
        self.pages = QStackedWidget(self)
        self.operator = QLabel(self)
        self.operator.setWordWrap(True)
        self.lock_button = QPushButton(self.tr("Lock (Ctrl+L)"), self)
        self.lock_button.setToolTip(self.tr("Lock the station; log in again to go on where you "
                                            "left off"))
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.setToolTip(self.tr("End your session; the next operator sees "
                                                "nothing of it"))
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.nav, 1)
        column.addWidget(self.operator)
        column.addWidget(self.lock_button)
        column.addWidget(self.sign_out_button)
        layout = QHBoxLayout(self)
        layout.addWidget(left)
        layout.addWidget(self.pages, 1)
        self.nav.currentRowChanged.connect(self._show)
        self.lock_button.clicked.connect(session.lock_now)
        self.sign_out_button.clicked.connect(session.sign_out)
        self._built: dict[str, QWidget] = {}
        self._titles: dict[str, str] = {}
        self.waiting: dict[str, int] = {}
        self._counting = False
        self.count_timer = QTimer(self)
        self.count_timer.setInterval(COUNT_EVERY_MS)
        self.count_timer.timeout.connect(self.refresh_counts)
        session.work_changed.connect(self.refresh_counts)

    def clear(self) -> None:
        """Throw away every page (and any dialog they opened): nothing of a session stays."""
        self.count_timer.stop()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        while self.pages.count():
            widget = self.pages.widget(0)
            if widget is None:
                break
            for dialog in widget.findChildren(QDialog):
                dialog.close()
            self.pages.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._built.clear()
        self._titles.clear()
        self.waiting = {}
        self.operator.clear()

    def build(self, actor: Actor) -> None:
        """(Re)build the navigation for the operator's role, and open the role's first page."""
        from ui.pages.registry import PAGES

        self.clear()
        self.nav.blockSignals(True)
        for key, title, permission, factory in PAGES:
            if permission is not None and not allowed(actor.role, permission):
                continue
            page = factory(self.session)
            self._built[key] = page
            self._titles[key] = title()
            self.pages.addWidget(page)
            item = QListWidgetItem(title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            counted = getattr(page, "counted", None)
            if key == "review" and counted is not None:
                counted.connect(lambda n: self._counted({**self.waiting, "open_cases": n}))
        self.nav.blockSignals(False)
        self.operator.setText(self.tr("Signed in: %s (%s)") % (
            actor.username, self.tr(label(actor.role))))
        start = START_PAGE.get(actor.role)
        row = self.pages.indexOf(self._built[start]) if start in self._built else 0
        if self.nav.count():
            self.nav.setCurrentRow(max(row, 0))
            self._show(max(row, 0))
        self.count_timer.start()
        self.refresh_counts()

    # -- what waits ------------------------------------------------------------------------------
    def refresh_counts(self) -> None:
        """Count open cases and what is to send, in a worker (never on the UI thread)."""
        station, actor = self.session.station, self.session.actor
        if station is None or actor is None or self._counting or not self._built:
            return
        self._counting = True
        self.session.runner.submit(lambda: work_waiting(station, actor), done=self._counted,
                                   failed=self._count_failed, owner=self)

    def _count_failed(self, _message: str) -> None:
        self._counting = False  # the counts stay as they were; the next turn tries again

    def _counted(self, waiting: dict[str, Any]) -> None:
        self._counting = False
        if not self._built:
            return
        self.waiting = dict(waiting)
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            item.setText(self.nav_title(key))

    def nav_title(self, key: str) -> str:
        title = self._titles.get(key, key)
        if key == "review" and "open_cases" in self.waiting:
            return self.tr("%s (%d)") % (title, self.waiting["open_cases"])
        if key == "sync" and "to_send" in self.waiting:
            waiting = self.waiting["to_send"]
            return (self.tr("%s: %d to send") % (title, waiting) if waiting
                    else self.tr("%s: all sent") % title)
        return title

    def page(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def open(self, key: str) -> QWidget | None:
        page = self._built.get(key)
        if page is None:
            return None
        self.nav.setCurrentRow(self.pages.indexOf(page))
        return page

    def _show(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        page = self.pages.widget(row)
        activate: Callable[[], None] | None = getattr(page, "activate", None)
        if activate is not None:
            activate()
        self.refresh_counts()


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.screens = QStackedWidget(self)
        self.setCentralWidget(self.screens)
        self.setup = SetupAssistant(session, self)
        self.unlock_screen = UnlockScreen(session, self)
        self.login_screen = LoginScreen(session, self)
        self.workspace = Workspace(session, self)
        self.auto_sync = AutoSyncDriver(session)  # sync when connected (ui/auto_sync.py)
        self.statusBar().addPermanentWidget(self.auto_sync.status_label(self))
        for screen in (self.setup, self.unlock_screen, self.login_screen, self.workspace):
            self.screens.addWidget(screen)
        self.setup.finished.connect(self._station_ready)
        self.unlock_screen.unlocked.connect(self._station_ready)
        self.login_screen.logged_in.connect(self._logged_in)
        session.changed.connect(self._update_title)
        session.locked.connect(self._on_lock)
        session.signed_out.connect(self._signed_out)
        QShortcut(QKeySequence("Ctrl+L"), self, session.lock_now)
        self.resize(1180, 780)
        self.screens.setCurrentWidget(self.unlock_screen if session.home.is_initialised()
                                      else self.setup)
        self._update_title()

    def _station_ready(self, station: Station) -> None:
        self.session.set_station(station)
        self.screens.setCurrentWidget(self.login_screen)
        self.login_screen.username.setFocus()

    def _logged_in(self, actor: Actor) -> None:
        # The same operator coming back from an idle lock finds the pages as left; another
        # operator gets fresh pages (nothing typed by the previous one is shown).
        rebuild = self.workspace.nav.count() == 0 or \
            getattr(self, "_last_user", None) != actor.username
        self.session.set_actor(actor)
        if rebuild:
            self.workspace.build(actor)
        self._last_user = actor.username
        self.screens.setCurrentWidget(self.workspace)

    def _on_lock(self) -> None:
        reason = self.session.lock_reason
        if reason == Session.SIGNED_OUT:
            text = self.tr("You signed out. The next operator can log in.")
        elif reason == Session.BY_OPERATOR:
            text = self.tr("The station is locked. Log in to continue where you left off.")
        else:
            text = self.tr("The station locked itself after %d minutes without use. Log in to "
                           "continue where you left off.") % max(
                               1, round(self.session.idle_minutes()))
        self.login_screen.password.clear()
        self.login_screen.banner.show_message(text, "info")
        self.screens.setCurrentWidget(self.login_screen)
        (self.login_screen.username if reason == Session.SIGNED_OUT
         else self.login_screen.password).setFocus()

    def _signed_out(self) -> None:
        """Nothing of the session stays: its pages, dialogs and the user name typed go."""
        self.workspace.clear()
        self._last_user = ""
        self.login_screen.username.clear()
        self.login_screen.password.clear()
        self.login_screen.username.setFocus()

    def _update_title(self) -> None:
        self.setWindowTitle(self.session.title())

    @property
    def ready(self) -> bool:
        """Unlocked, an operator logged in, and the workspace shown."""
        return self.session.actor is not None and self.screens.currentWidget() is self.workspace

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.close()
        super().closeEvent(event)
