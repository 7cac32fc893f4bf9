"""Sync when connected: the station notices when its registry answers and sends what waits.

Two parts. `AutoSync` is the schedule, a plain state machine with the clock injected (no Qt,
no network, no store): when the next check is due, what the last one found, the back-off after
failures (30 s doubling to 10 min), paused or not. `run_once` is one turn of the work, run off
the UI thread: is the station joined and given an address, does the registry answer its health
check, and if so send every record waiting (`sync_service.sync_now`). The window's driver
(ui/auto_sync.py) ties the two with a timer; a test can drive them with a fake clock.

A supervisor may pause sending (`pause`, `resume`: permission PAUSE_SYNC); the pause is kept in
the store, so it survives a restart, and is audited.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from station.domain.roles import Permission
from station.errors import StationError
from station.services import sync_service, trust
from station.services.context import Actor, Station
from station.services.refusals import BatchRefused
from sync.client import registry_reachable

PAUSED_META = "auto_sync_paused"
FIRST_DELAY = timedelta(seconds=30)
LONGEST_DELAY = timedelta(minutes=10)


class Phase(StrEnum):
    STARTING = "starting"          # nothing checked yet
    CHECKING = "checking"          # a turn is running
    UP_TO_DATE = "up-to-date"      # the registry answered; everything sent
    UNREACHABLE = "unreachable"    # the registry did not answer
    FAILED = "failed"              # it answered but the sync failed (refused, rejected...)
    NOT_JOINED = "not-joined"      # the station has not joined a registry yet
    NO_ADDRESS = "no-address"      # joined, but no registry address is set
    PAUSED = "paused"              # a supervisor paused sending


@dataclass(frozen=True)
class Backoff:
    """The pause before the next check after `failures` failures in a row."""

    first: timedelta = FIRST_DELAY
    longest: timedelta = LONGEST_DELAY

    def delay(self, failures: int) -> timedelta:
        if failures <= 1:
            return self.first
        return min(self.longest, self.first * 2 ** min(failures - 1, 30))


@dataclass(frozen=True)
class Outcome:
    """What one turn found: the phase, records sent and still waiting, any problem."""

    phase: Phase
    sent: int = 0
    waiting: int | None = None
    last_sync: datetime | None = None
    problem: str = ""
    paused_by: str = ""
    paused_at: datetime | None = None
    # a batch the registry refused: BatchRefused.result (codes), for the window's own words
    refusal: dict[str, Any] = field(default_factory=dict)


@dataclass
class AutoSync:
    """The schedule of background sync, without Qt or network: the clock is injected."""

    clock: Callable[[], datetime]
    backoff: Backoff = field(default_factory=Backoff)
    phase: Phase = Phase.STARTING
    failures: int = 0
    busy: bool = False
    waiting: int | None = None
    last_sync: datetime | None = None
    last_sent: int = 0
    problem: str = ""
    refusal: dict[str, Any] = field(default_factory=dict)  # Outcome.refusal of the last turn
    paused_by: str = ""
    paused_at: datetime | None = None
    next_try: datetime | None = None

    def __post_init__(self) -> None:
        if self.next_try is None:
            self.next_try = self.clock()  # the first check at once

    @property
    def paused(self) -> bool:
        return self.phase is Phase.PAUSED

    def due(self) -> bool:
        """A turn should start now (not paused, none running, its time has come)."""
        return (not self.busy and not self.paused and self.next_try is not None
                and self.clock() >= self.next_try)

    def seconds_to_next(self) -> float | None:
        """Seconds until the next turn is due (0 when due); None while paused or running."""
        if self.busy or self.paused or self.next_try is None:
            return None
        return max(0.0, (self.next_try - self.clock()).total_seconds())

    def begin(self) -> bool:
        """Start a turn if one is due; the caller then runs `run_once` and reports back."""
        if not self.due():
            return False
        self.busy, self.phase = True, Phase.CHECKING
        return True

    def begin_manual(self) -> bool:
        """A person pressed "Send now": no turn may run beside it. False if one is running."""
        if self.busy:
            return False
        self.busy, self.phase = True, Phase.CHECKING
        return True

    def finish(self, outcome: Outcome) -> None:
        """Take what a turn (or a manual send) found and schedule the next turn."""
        now = self.clock()
        self.busy = False
        if outcome.waiting is not None:
            self.waiting = outcome.waiting
        if outcome.last_sync is not None:
            self.last_sync = outcome.last_sync
        self.problem, self.refusal = outcome.problem, outcome.refusal
        if self.paused:  # paused while the turn ran: it stays paused
            return
        if outcome.phase is Phase.PAUSED:
            self.phase, self.paused_by, self.paused_at = (Phase.PAUSED, outcome.paused_by,
                                                          outcome.paused_at)
            self.next_try = None
            return
        self.phase = outcome.phase
        if outcome.phase is Phase.UP_TO_DATE:
            self.failures = 0
            self.last_sent = outcome.sent
            self.next_try = now + self.backoff.first
        elif outcome.phase in (Phase.UNREACHABLE, Phase.FAILED):
            self.failures += 1
            self.next_try = now + self.backoff.delay(self.failures)
        else:  # not joined, no address: a cheap local check, soon again
            self.failures = 0
            self.next_try = now + self.backoff.first

    def failed(self, problem: str) -> None:
        """The turn itself broke (an unexpected error): back off like a failed sync."""
        self.finish(Outcome(Phase.FAILED, problem=problem))

    def pause(self, by: str) -> None:
        self.busy = False
        self.phase, self.paused_by, self.paused_at = Phase.PAUSED, by, self.clock()
        self.next_try = None

    def resume(self) -> None:
        """Sending allowed again: the next turn is due at once."""
        self.phase, self.paused_by, self.paused_at = Phase.STARTING, "", None
        self.failures = 0
        self.next_try = self.clock()

    def wake(self) -> None:
        """Check at once (something new to send, or a person asked): unless paused."""
        if not self.paused:
            self.next_try = self.clock()


# -- the work of one turn (off the UI thread) ------------------------------------------------------

def waiting_records(station: Station) -> int:
    """Records not yet acknowledged by the registry (in no batch, or sent and unanswered)."""
    summary = sync_service.pending_summary(station)
    return int(summary.get("pending", 0)) + int(summary.get("awaiting_ack", 0))


def last_sync(station: Station) -> datetime | None:
    """When the registry last acknowledged a batch of this station (None: never)."""
    with station.store.transaction() as repo:
        times = [b.acknowledged_at for b in repo.list_batches() if b.acknowledged_at]
    return max(times) if times else None


def paused_state(station: Station) -> tuple[str, datetime] | None:
    """(who paused, when) if background sending is paused, else None."""
    with station.store.transaction() as repo:
        stored = repo.get_meta(PAUSED_META)
    if not stored:
        return None
    try:
        data = json.loads(stored)
        return str(data["by"]), datetime.fromisoformat(str(data["at"]))
    except (ValueError, KeyError, TypeError):
        return None


def pause(station: Station, actor: Actor) -> datetime:
    """Stop background sending until `resume` (supervisors and admins)."""
    actor.require(Permission.PAUSE_SYNC)
    now = station.now()
    with station.store.transaction() as repo:
        repo.set_meta(PAUSED_META, json.dumps({"by": actor.username, "at": now.isoformat()}))
    station.audit(actor, "auto-sync-paused")
    return now


def resume(station: Station, actor: Actor) -> None:
    """Let background sending run again."""
    actor.require(Permission.PAUSE_SYNC)
    with station.store.transaction() as repo:
        repo.set_meta(PAUSED_META, "")
    station.audit(actor, "auto-sync-resumed")


def run_once(station: Station, actor: Actor, *, url: str | None = None,
             verify: bool | str = True, timeout: float = 5.0,
             writer: sync_service.Writer[Any] | None = None) -> Outcome:
    """One background turn: find out whether the registry answers and send what waits.

    Never raises for a registry that is away: that is an outcome. Refusals (a revoked
    station, a rejected batch) come back as FAILED with the registry's words."""
    paused = paused_state(station)
    if paused is not None:
        return Outcome(Phase.PAUSED, waiting=waiting_records(station),
                       last_sync=last_sync(station), paused_by=paused[0], paused_at=paused[1])
    waiting = waiting_records(station)
    if not trust.is_joined(station):
        return Outcome(Phase.NOT_JOINED, waiting=waiting, last_sync=last_sync(station))
    target = url or station.config.registry_url
    if not target:
        return Outcome(Phase.NO_ADDRESS, waiting=waiting, last_sync=last_sync(station))
    if not registry_reachable(target, timeout=timeout, verify=verify):
        return Outcome(Phase.UNREACHABLE, waiting=waiting, last_sync=last_sync(station))
    summary = sync_service.pending_summary(station)
    if waiting == 0 and not summary.get("cards_pending") and not summary.get(
            "batches_awaiting_ack"):
        return Outcome(Phase.UP_TO_DATE, waiting=0, last_sync=last_sync(station))
    return send(station, actor, target, verify=verify, writer=writer)


def send(station: Station, actor: Actor, url: str | None = None, *,
         verify: bool | str = True, progress: sync_service.Progress | None = None,
         attempts: int = 2, writer: sync_service.Writer[Any] | None = None) -> Outcome:
    """Send every record waiting now (background turn or "Send now"), as an outcome; the
    store writes go through `writer` (see sync_service.sync_now)."""
    target = url or station.config.registry_url
    try:
        result: dict[str, Any] = sync_service.sync_now(station, actor, target, progress,
                                                       attempts=attempts, backoff=1.0,
                                                       verify=verify, writer=writer)
    except StationError as exc:
        phase = (Phase.FAILED if target and registry_reachable(target, verify=verify)
                 else Phase.UNREACHABLE)
        return Outcome(phase, waiting=waiting_records(station), last_sync=last_sync(station),
                       problem=str(exc),
                       refusal=exc.result if isinstance(exc, BatchRefused) else {})
    return Outcome(Phase.UP_TO_DATE, sent=int(result.get("records_acknowledged", 0)),
                   waiting=int(result.get("pending", 0)) + int(result.get("awaiting_ack", 0)),
                   last_sync=last_sync(station))
