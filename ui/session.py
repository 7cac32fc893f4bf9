"""Who is at the station: the unlocked station, the operator logged in, the idle lock.

The idle lock watches keyboard and mouse input application-wide; after the configured minutes
without input it logs the operator out (the window shows the login screen again; whatever was
being typed stays in its widgets and its encrypted draft). The operator can lock on purpose
(Ctrl+L: the same, said as such) or sign out (the pages are thrown away: nothing of the session
stays on screen for the next person).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from station.services.context import Actor, Station
from station.services.home import StationHome
from ui.tasks import TaskRunner

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class Session(QObject):
    """Holds the station and actor; emits `changed` when either changes."""

    changed = Signal()
    locked = Signal()  # idle or on purpose (`lock_reason` says which); signing out too
    signed_out = Signal()
    work_changed = Signal()  # something was saved that may change what waits (page counts)
    sync_state_changed = Signal(str)

    IDLE, BY_OPERATOR, SIGNED_OUT = "idle", "operator", "signed-out"

    def __init__(self, home: StationHome, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.runner = runner
        self.station: Station | None = None
        self.actor: Actor | None = None
        self.sync_state = ""
        self.lock_reason = ""
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(lambda: self.lock(self.IDLE))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- state ---------------------------------------------------------------------------------
    def set_station(self, station: Station) -> None:
        self.station = station
        self.changed.emit()

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.lock_reason = ""
        self._restart_idle()
        self.changed.emit()

    def set_sync_state(self, text: str) -> None:
        self.sync_state = text
        self.sync_state_changed.emit(text)
        self.changed.emit()

    def lock(self, reason: str = IDLE) -> None:
        """Log the operator out (after a pause, or on purpose); the station keys stay loaded
        until the window closes. The same operator logging in again finds the pages as left."""
        self._leave(reason, {self.IDLE: "idle-lock", self.BY_OPERATOR: "lock"}.get(reason,
                                                                                  "lock"))

    def lock_now(self) -> None:
        """The operator locks the station on purpose (Ctrl+L)."""
        self.lock(self.BY_OPERATOR)

    def sign_out(self) -> None:
        """The operator signs out: the window forgets the session's pages."""
        self._leave(self.SIGNED_OUT, "logout")

    def _leave(self, reason: str, action: str) -> None:
        if self.actor is None:
            return
        if self.station is not None:
            station, name = self.station, self.actor.username
            self.runner.submit(lambda: station.audit(name, action), write=True,
                               failed=lambda _message: None)
        self.actor = None
        self.lock_reason = reason
        self.idle_timer.stop()
        if reason == self.SIGNED_OUT:
            self.signed_out.emit()
        self.locked.emit()
        self.changed.emit()

    def notify_changed(self) -> None:
        """A page saved something that may change the counts of what waits."""
        self.work_changed.emit()

    def close(self) -> None:
        self.idle_timer.stop()
        self.runner.shutdown()
        if self.station is not None:
            self.station.close()
            self.station = None

    # -- idle lock -----------------------------------------------------------------------------
    def idle_minutes(self) -> float:
        if self.station is None:
            return 0
        return float(self.station.config.idle_lock_minutes)

    def _restart_idle(self) -> None:
        minutes = self.idle_minutes()
        if self.actor is not None and minutes > 0:
            self.idle_timer.start(int(minutes * 60_000))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.actor is not None:
            self._restart_idle()
        return False

    def title(self) -> str:
        parts = [self.tr("Enrolment station")]
        if self.station is not None:
            parts.append(f"{self.station.config.site}-{self.station.config.station}")
            parts.append(self.tr("operator: %s") % (
                self.actor.username if self.actor else self.tr("signed out")
                if self.lock_reason == self.SIGNED_OUT else self.tr("locked")))
            parts.append(self.tr("sync: %s") % (self.sync_state or self.tr("unknown")))
        return " — ".join(parts)
