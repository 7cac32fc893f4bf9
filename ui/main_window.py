"""The station window: start screens (setup, unlock, login), then the workspace with its pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from station.domain.roles import allowed
from station.services.context import Actor, Station
from ui.pages.start import LoginScreen, SetupAssistant, UnlockScreen
from ui.session import Session


class Workspace(QWidget):
    """Navigation list on the left, the chosen page on the right."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(200)
        self.nav.setObjectName("nav")
        self.pages = QStackedWidget(self)
        self.operator = QLabel(self)
        left = QWidget(self)
        from PySide6.QtWidgets import QVBoxLayout

        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.nav, 1)
        column.addWidget(self.operator)
        layout = QHBoxLayout(self)
        layout.addWidget(left)
        layout.addWidget(self.pages, 1)
        self.nav.currentRowChanged.connect(self._show)
        self._built: dict[str, QWidget] = {}

    def build(self, actor: Actor) -> None:
        """(Re)build the navigation for the operator's role."""
        from ui.pages.registry import PAGES

        self.nav.blockSignals(True)
        self.nav.clear()
        while self.pages.count():
            widget = self.pages.widget(0)
            if widget is None:
                break
            self.pages.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
        for key, title, permission, factory in PAGES:
            if permission is not None and not allowed(actor.role, permission):
                continue
            page = factory(self.session)
            self._built[key] = page
            self.pages.addWidget(page)
            item = QListWidgetItem(title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.blockSignals(False)
        self.operator.setText(f"{actor.username} ({actor.role.value})")
        if self.nav.count():
            self.nav.setCurrentRow(0)
            self._show(0)

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
        for screen in (self.setup, self.unlock_screen, self.login_screen, self.workspace):
            self.screens.addWidget(screen)
        self.setup.finished.connect(self._station_ready)
        self.unlock_screen.unlocked.connect(self._station_ready)
        self.login_screen.logged_in.connect(self._logged_in)
        session.changed.connect(self._update_title)
        session.locked.connect(self._on_lock)
        QShortcut(QKeySequence("Ctrl+L"), self, session.lock)
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
        self.login_screen.banner.show_message(
            self.tr("The station locked itself after a pause. Log in to continue."), "info")
        self.screens.setCurrentWidget(self.login_screen)

    def _update_title(self) -> None:
        self.setWindowTitle(self.session.title())

    @property
    def ready(self) -> bool:
        """Unlocked, an operator logged in, and the workspace shown."""
        return self.session.actor is not None and self.screens.currentWidget() is self.workspace

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.close()
        super().closeEvent(event)
