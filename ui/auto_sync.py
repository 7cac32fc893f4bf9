"""The window's side of "sync when connected": a timer, the runner, and words for the state.

`AutoSyncDriver` lives beside the session (one per window). While a station is unlocked it
starts a turn of `station.services.auto_sync.run_once` whenever the schedule (`AutoSync`) says
one is due: in the background, on the runner, never on the UI thread. It sends as the operator
logged in, or the last one who was (an idle lock does not stop sending). The state shows in the
status bar, the window title and on the Sync page, in local time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from station.domain.labels import local_time
from station.services import auto_sync
from station.services.auto_sync import AutoSync, Backoff, Outcome, Phase
from station.services.context import Actor, Station
from ui.session import Session
from ui.station_alerts import refusal_text

MAX_TIMER_MS = 30_000  # look at the clock at least this often (the computer may sleep)


def driver_of(session: Session) -> AutoSyncDriver | None:
    """The driver of the window this session belongs to (None when there is none)."""
    return session.findChild(AutoSyncDriver)


class AutoSyncDriver(QObject):
    """Runs background sync turns for the session's station and says how it stands."""

    changed = Signal()

    def __init__(self, session: Session, backoff: Backoff | None = None) -> None:
        super().__init__(session)
        self.session = session
        self.backoff = backoff or Backoff()
        self.machine: AutoSync | None = None
        self._station: Station | None = None
        self._actor: Actor | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        session.changed.connect(self._session_changed)

    # -- following the session -------------------------------------------------------------------
    def _session_changed(self) -> None:
        station = self.session.station
        if self.session.actor is not None:
            self._actor = self.session.actor
        if station is not self._station:
            self._station = station
            self.machine = (AutoSync(clock=station.now, backoff=self.backoff)
                            if station is not None else None)
            self._actor = self.session.actor
            self.changed.emit()
        self._schedule()

    def set_backoff(self, backoff: Backoff) -> None:
        """Other pauses between checks (tests, or a site with a metered link)."""
        self.backoff = backoff
        machine = self.machine
        if machine is not None:
            machine.backoff = backoff
            if machine.next_try is not None:  # a shorter pause counts at once
                soonest = machine.clock() + backoff.delay(max(1, machine.failures))
                machine.next_try = min(machine.next_try, soonest)
            self._schedule()

    def _schedule(self) -> None:
        machine = self.machine
        seconds = machine.seconds_to_next() if machine is not None else None
        if seconds is None or self._actor is None:
            self.timer.stop()
            return
        self.timer.start(min(MAX_TIMER_MS, int(seconds * 1000) + 1))

    # -- turns -----------------------------------------------------------------------------------
    def tick(self) -> None:
        station, actor, machine = self.session.station, self._actor, self.machine
        if station is None or actor is None or machine is None:
            return
        if not machine.begin():
            self._schedule()
            return
        self._publish()
        runner = self.session.runner
        # the check and the upload on the general pool; sealing and acknowledgements (store
        # writes) through the one writer, queued with the saves
        runner.submit(lambda: auto_sync.run_once(station, actor, writer=runner.in_writer),
                      done=self._finished, failed=self._broke, owner=self)

    def check_now(self) -> None:
        """Check the registry at once (unless paused or a turn is running)."""
        if self.machine is not None:
            self.machine.wake()
            self.tick()

    def _finished(self, outcome: Outcome) -> None:
        if self.machine is None:
            return
        self.machine.finish(outcome)
        self._publish()
        self._schedule()

    def _broke(self, message: str) -> None:
        if self.machine is None:
            return
        self.machine.failed(message)
        self._publish()
        self._schedule()

    def note_waiting(self, waiting: int) -> None:
        """The Sync page counted the records waiting: show the same number everywhere."""
        if self.machine is not None and self.machine.waiting != waiting:
            self.machine.waiting = waiting
            self._publish()

    # -- "Send now" on the Sync page -------------------------------------------------------------
    def begin_manual(self) -> bool:
        """A person sends now: False while a background turn runs (it is sending already)."""
        if self.machine is None:
            return True
        started = self.machine.begin_manual()
        if started:
            self.timer.stop()
            self._publish()
        return started

    def end_manual(self, outcome: Outcome | None) -> None:
        """The person's send ended (None: it broke or was cancelled)."""
        if self.machine is None:
            return
        if outcome is None:
            self.machine.busy = False
            self.machine.wake()
        else:
            self.machine.finish(outcome)
        self._publish()
        self._schedule()

    # -- pause -----------------------------------------------------------------------------------
    def pause(self, failed: Callable[[str], None]) -> None:
        station, actor = self.session.station, self.session.actor
        if station is None or actor is None or self.machine is None:
            return
        name = actor.username
        self.session.runner.submit(lambda: auto_sync.pause(station, actor), write=True,
                                   done=lambda _at: self._paused(name), failed=failed,
                                   owner=self)

    def _paused(self, name: str) -> None:
        if self.machine is not None:
            self.machine.pause(name)
        self._publish()
        self._schedule()

    def resume(self, failed: Callable[[str], None]) -> None:
        station, actor = self.session.station, self.session.actor
        if station is None or actor is None or self.machine is None:
            return
        self.session.runner.submit(lambda: auto_sync.resume(station, actor), write=True,
                                   done=lambda _r: self._resumed(), failed=failed, owner=self)

    def _resumed(self) -> None:
        if self.machine is not None:
            self.machine.resume()
        self._publish()
        self.tick()

    @property
    def paused(self) -> bool:
        return self.machine is not None and self.machine.paused

    # -- words -----------------------------------------------------------------------------------
    def _publish(self) -> None:
        self.session.set_sync_state(self.title_text())
        self.changed.emit()

    def _next(self) -> str:
        machine = self.machine
        if machine is None or machine.next_try is None:
            return ""
        return local_time(machine.next_try, with_date=False)

    def state_text(self) -> str:
        """How background sync stands, in a few words."""
        machine = self.machine
        if machine is None:
            return self.tr("station locked")
        phase = machine.phase
        if phase in (Phase.STARTING, Phase.CHECKING):
            return self.tr("checking the registry…") if machine.busy else \
                self.tr("waiting for an operator to log in")
        if phase is Phase.UP_TO_DATE:
            return self.tr("connected to the registry")
        if phase is Phase.UNREACHABLE:
            return self.tr("registry not reachable, next try at %s") % self._next()
        if phase is Phase.FAILED:
            return self.tr("sync failed, next try at %s") % self._next()
        if phase is Phase.NOT_JOINED:
            return self.tr("not joined to a registry yet")
        if phase is Phase.NO_ADDRESS:
            return self.tr("no registry address set")
        when = local_time(machine.paused_at, with_date=False) if machine.paused_at else ""
        return self.tr("sending paused by %s at %s") % (machine.paused_by, when)

    def title_text(self) -> str:
        """For the window title: "3 pending; registry not reachable, next try at 14:35"."""
        machine = self.machine
        waiting = machine.waiting if machine is not None else None
        state = self.state_text()
        if waiting:
            return self.tr("%d pending; %s") % (waiting, state)
        if waiting == 0 and machine is not None and machine.phase is Phase.UP_TO_DATE:
            return self.tr("up to date")
        return state

    def facts(self) -> list[tuple[str, str]]:
        """Rows for the Sync page: state, records waiting, last sync, next try."""
        machine = self.machine
        if machine is None:
            return []
        rows = [(self.tr("Sending in the background"), self.state_text())]
        if machine.waiting is not None:
            rows.append((self.tr("Records waiting"), str(machine.waiting)))
        rows.append((self.tr("Last sync"), local_time(machine.last_sync)
                     if machine.last_sync else self.tr("never")))
        if machine.next_try is not None and not machine.busy:
            rows.append((self.tr("Next check"), self._next()))
        if machine.problem and machine.phase is Phase.FAILED:
            # a refused batch: said from its codes
            rows.append((self.tr("Problem"), refusal_text(machine.refusal, machine.problem)
                         if machine.refusal else machine.problem))
        return rows

    def status_label(self, parent: QWidget) -> QLabel:
        """A label that always shows `title_text()` (for the status bar)."""
        return _StateLabel(self, parent)


class _StateLabel(QLabel):
    def __init__(self, driver: AutoSyncDriver, parent: QWidget) -> None:
        super().__init__(parent)
        self.driver = driver
        self.setObjectName("autoSyncState")
        driver.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.setText(self.tr("Sync: %s") % self.driver.title_text())

    def retranslate(self) -> None:  # after a language switch (ui/language.py)
        self.refresh()
