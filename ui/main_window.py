"""The station window: start screens (setup, unlock, login), then the workspace with its pages.

The workspace (after MOSIP's registration client): a header naming the station, its site and
the operator signed in, with Lock and Sign out; the page list on the left with an icon a page;
the status bar with what waits ("To send: 12 · Open cases: 3") beside the sync state. The window
takes the whole of a laptop's screen (maximised) and never needs more than 1280x660 in any
language (tests/ui/test_ui_fit.py).

The page list shows what waits ("Duplicate review (3)", "Sync: 12 to send"), counted off the UI
thread after each save and every minute; a supervisor starts on the duplicate queue, an officer
on the enrolment wizard. "Sign out" throws the session's pages away; "Lock" (Ctrl+L) keeps
them for the same operator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
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
from ui.access import name_fields, rename
from ui.auto_sync import AutoSyncDriver
from ui.language import Languages
from ui.pages.start import LoginScreen, SetupAssistant, UnlockScreen
from ui.session import Session
from ui.station_alerts import AlertBar, Alerts, gather_for
from ui.style import ICON_SIZE, align_form_labels, icon, set_role

COUNT_EVERY_MS = 60_000  # the page list's counts are refreshed at least this often
START_PAGE = {Role.SUPERVISOR: "review", Role.OFFICER: "enrol"}  # where each role lands
NAV_WIDTH = 220
NAV_PADDING = 44  # the row's left border, paddings and the gap after the icon (ui/style.py)
NAV_ROW_MARGIN = 18  # the row's top and bottom padding
WIDE, TALL = 1366, 860  # the window's size on screens larger than a laptop's
FRAME_ALLOWANCE = 40  # the window manager's title bar, until the window is maximised
NAV_ICONS = {"enrol": "enrol", "review": "review", "records": "records", "sync": "sync",
             "central": "central", "admin": "admin"}


class Workspace(QWidget):
    """Navigation list on the left (with what waits), the chosen page on the right."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setObjectName("nav")
        self.nav.setIconSize(ICON_SIZE)
        self.nav.setWordWrap(True)  # long French and Swahili titles wrap, never cut
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setAccessibleName(self.tr("Pages"))
        self.pages = QStackedWidget(self)
        # The header: which station, where, who is signed in; Lock and Sign out at hand.
        self.header = QFrame(self)
        self.header.setObjectName("header")
        self.station_label = QLabel(self.header)
        self.station_label.setObjectName("headerStation")
        self.site_label = set_role(QLabel(self.header), "hint")
        self.operator = QLabel(self.header)
        self.operator.setObjectName("headerOperator")
        self.lock_button = QPushButton(icon("lock"), self.tr("Lock (Ctrl+L)"), self.header)
        self.lock_button.setToolTip(self.tr("Lock the station; log in again to go on where you "
                                            "left off"))
        self.sign_out_button = QPushButton(icon("sign-out"), self.tr("Sign out"), self.header)
        self.sign_out_button.setToolTip(self.tr("End your session; the next operator sees "
                                                "nothing of it"))
        logo = QLabel(self.header)
        logo.setPixmap(icon("station").pixmap(26, 26))
        logo.setAccessibleName(self.tr("Enrolment station"))
        person = QLabel(self.header)
        person.setPixmap(icon("person").pixmap(20, 20))
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.station_label)
        names.addWidget(self.site_label)
        bar = QHBoxLayout(self.header)
        bar.setContentsMargins(12, 6, 12, 6)
        bar.setSpacing(10)
        bar.addWidget(logo)
        bar.addLayout(names)
        bar.addStretch(1)
        bar.addWidget(person)
        bar.addWidget(self.operator)
        bar.addSpacing(8)
        bar.addWidget(self.lock_button)
        bar.addWidget(self.sign_out_button)
        # What waits, for the status bar (the main window shows it beside the sync state).
        self.pending = QLabel(self)
        self.pending.setObjectName("pendingCounts")
        # What the station noticed that someone must act on (ui/station_alerts.py).
        self.alerts = AlertBar(self)
        self.alerts.open_page.connect(self.open)
        self._alerting = False
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.alerts)
        layout.addLayout(body, 1)
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
        self.count_timer.timeout.connect(self.refresh_alerts)
        session.work_changed.connect(self.refresh_counts)
        session.work_changed.connect(self.refresh_alerts)

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
        self.station_label.clear()
        self.site_label.clear()
        self.pending.clear()
        self.alerts.show_alerts(Alerts())

    def build(self, actor: Actor) -> None:
        """(Re)build the navigation for the operator's role, and open the role's first page."""
        from ui.pages.registry import PAGES

        self.clear()
        self.nav.blockSignals(True)
        for key, title, permission, factory in PAGES:
            if permission is not None and not allowed(actor.role, permission):
                continue
            page = factory(self.session)
            name_fields(page)  # ui/access.py: every input named for screen readers
            align_form_labels(page)
            self._built[key] = page
            self._titles[key] = title()
            self.pages.addWidget(page)
            item = QListWidgetItem(icon(NAV_ICONS.get(key, "records")), title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(title())
            self._fit_item(item)
            counted = getattr(page, "counted", None)
            if key == "review" and counted is not None:
                counted.connect(lambda n: self._counted({**self.waiting, "open_cases": n}))
        self.nav.blockSignals(False)
        self.operator.setText(self.tr("Signed in: %s (%s)") % (
            actor.username, self.tr(label(actor.role))))
        self._show_station()
        start = START_PAGE.get(actor.role)
        row = self.pages.indexOf(self._built[start]) if start in self._built else 0
        if self.nav.count():
            self.nav.setCurrentRow(max(row, 0))
            self._show(max(row, 0))
        self._header_last()
        self.count_timer.start()
        self.refresh_counts()
        self.refresh_alerts()

    def refresh_alerts(self) -> None:
        """Look again for what the station noticed (in a worker: it reads the store)."""
        session = self.session
        if session.station is None or session.actor is None or self._alerting \
                or not self._built:
            return
        self._alerting = True
        session.runner.submit(lambda: gather_for(session), done=self._alerted,
                              failed=lambda _m: self._alerted(None), owner=self)

    def _alerted(self, alerts: Alerts | None) -> None:
        self._alerting = False
        if alerts is not None and self._built:
            self.alerts.show_alerts(alerts)

    def _header_last(self) -> None:
        """Tab goes from the page list through the page to its last control, then to Lock and
        Sign out: the pages are made after the header, so its buttons move to the chain's end."""
        last = self.window().previousInFocusChain()
        if last is None or last in (self.lock_button, self.sign_out_button):
            return
        QWidget.setTabOrder(last, self.lock_button)
        QWidget.setTabOrder(self.lock_button, self.sign_out_button)

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
            item.setToolTip(item.text())
            self._fit_item(item)
        self.pending.setText(self.pending_text())

    def _fit_item(self, item: QListWidgetItem) -> None:
        """A row as tall as its title needs once wrapped ("Synchronisation : 12 à envoyer"
        takes two lines in a 220-pixel column): never cut short with an ellipsis."""
        room = NAV_WIDTH - ICON_SIZE.width() - NAV_PADDING
        lines = self.nav.fontMetrics().boundingRect(
            QRect(0, 0, room, 1000), int(Qt.TextFlag.TextWordWrap), item.text()).height()
        item.setSizeHint(QSize(NAV_WIDTH - 8, max(lines, ICON_SIZE.height()) + NAV_ROW_MARGIN))

    def pending_text(self) -> str:
        """What waits, in words, for the status bar: "12 to send · 3 open cases"."""
        parts = []
        if "to_send" in self.waiting:
            waiting = int(self.waiting["to_send"])
            parts.append(self.tr("To send: %d") % waiting if waiting else self.tr("All sent"))
        if "open_cases" in self.waiting and "review" in self._built:
            parts.append(self.tr("Open cases: %d") % int(self.waiting["open_cases"]))
        return " · ".join(parts)

    def _show_station(self) -> None:
        station = self.session.station
        if station is None:
            return
        config = station.config
        self.station_label.setText(self.tr("Enrolment station %s-%s") % (config.site,
                                                                         config.station))
        self.site_label.setText(config.site_name or self.tr("Site %s") % config.site)

    def retranslate(self) -> None:
        """After a language switch (ui/language.py): the page titles in the new language."""
        from ui.pages.registry import PAGES

        for key, title, _permission, _factory in PAGES:
            if key in self._titles:
                self._titles[key] = title()
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setText(self.nav_title(str(item.data(Qt.ItemDataRole.UserRole))))

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
        self.statusBar().addWidget(self.workspace.pending)
        self.statusBar().addPermanentWidget(self.auto_sync.status_label(self))
        for screen in (self.setup, self.unlock_screen, self.login_screen, self.workspace):
            self.screens.addWidget(screen)
        for screen in (self.setup, self.unlock_screen, self.login_screen):
            name_fields(screen)
            align_form_labels(screen)
        Languages.of().listen(self, rename)  # names taken from texts follow the language
        self.setup.finished.connect(self._station_ready)
        self.unlock_screen.unlocked.connect(self._station_ready)
        self.login_screen.logged_in.connect(self._logged_in)
        session.changed.connect(self._update_title)
        session.locked.connect(self._on_lock)
        session.signed_out.connect(self._signed_out)
        QShortcut(QKeySequence("Ctrl+L"), self, session.lock_now)
        self._fit_screen()
        self.screens.setCurrentWidget(self.unlock_screen if session.home.is_initialised()
                                      else self.setup)
        self._update_title()

    def _fit_screen(self) -> None:
        """As large as the screen's free area allows: on a 1366x768 or 1280x720 laptop the
        whole of it (maximised), on larger screens 1366x860; 1280x720 on tiny virtual screens
        (the offscreen platform's 800x600), which no operator sees."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        if free is None or free.width() < 1024 or free.height() < 600:
            self.resize(1280, 720)
            return
        self.resize(min(WIDE, free.width()), min(TALL, free.height() - FRAME_ALLOWANCE))
        if free.width() <= WIDE or free.height() <= TALL:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

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
