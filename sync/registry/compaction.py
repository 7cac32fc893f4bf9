"""Scheduled rewriting of the record key table after erasures (`registry serve`).

A plain VACUUM (run after every erasure, `record_keys.scrub`) frees a destroyed key's place
but leaves its bytes in the table file's free space until a new row lands on them; only
`VACUUM FULL record_keys` (`record_keys.compact`) writes the file anew. That locks the table
while it runs (about 1.5 s per 100,000 people, imports wait), so the server does it at most
once per `COMPACT_EVERY_SECONDS`, and only when an import destroyed keys since the last run:
a destroyed key stays in free space for at most that long (plus one poll), not until someone
remembers to run `registry keys compact`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sync.registry.service import Registry

COMPACT_EVERY_SECONDS = 3600.0
POLL_SECONDS = 60.0
SERVER_ACTOR = "registry-server"

log = logging.getLogger(__name__)


class CompactionSchedule:
    """Remembers that keys were destroyed and says when the next compaction is due."""

    def __init__(self, every: float = COMPACT_EVERY_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.every = every
        self._clock = clock
        self._lock = threading.Lock()
        self._pending = False
        self._last: float | None = None

    def keys_destroyed(self) -> None:
        with self._lock:
            self._pending = True

    def take(self) -> bool:
        """True (and the pending mark cleared) when a compaction should run now."""
        with self._lock:
            ready = self._pending and (self._last is None
                                       or self._clock() - self._last >= self.every)
            if ready:
                self._pending, self._last = False, self._clock()
            return ready

    def put_back(self) -> None:
        """A compaction that failed: try again at the next poll after the interval."""
        with self._lock:
            self._pending = True


def compact_if_due(registry: Registry) -> dict[str, Any] | None:
    """Compact the record key table when the schedule says so; audited like the command."""
    from sync.registry.record_keys import compact

    if not registry.compaction.take():
        return None
    try:
        done = compact(registry.engine)
    except Exception as exc:  # the database is away: the keys are deleted already
        registry.compaction.put_back()
        log.warning("record key table not compacted (%s): tried again later",
                    type(exc).__name__)
        return None
    registry.audit.record(SERVER_ACTOR, "record-keys-compacted", "",
                          {**{k: v for k, v in done.items() if k != "note"},
                           "scheduled": True})
    return done


def run_compactions(registry: Registry, stop: threading.Event,
                    poll: float = POLL_SECONDS) -> None:
    """The server's loop: every `poll` seconds, compact when due, until `stop` is set."""
    while not stop.wait(poll):
        compact_if_due(registry)


def start_compactions(registry: Registry, poll: float = POLL_SECONDS
                      ) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(target=run_compactions, args=(registry, stop, poll),
                              name="record-key-compaction", daemon=True)
    thread.start()
    return thread, stop
