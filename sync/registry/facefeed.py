"""Several registry processes over one PostgreSQL: each keeps its face index current, and the
cross-site check is serialised so that two concurrent imports cannot miss each other.

The registry keeps no state outside PostgreSQL except its in-memory face index. Every import that
adds or removes templates writes one `face_changes` row per registration number. Those rows are
written, and the cross-site check runs, while the import holds one transaction-level advisory
lock (`pg_advisory_xact_lock(CROSS_SITE_LOCK)`, released at commit or rollback):

- after taking the lock the import catches its process's index up with every committed change
  (READ COMMITTED: each statement sees what was committed before it started, so it sees every
  import that held the lock before), then searches, then writes its own changes;
- sequence numbers are therefore handed out in commit order, so `seq > last_seen` never skips a
  change that commits later with a smaller number;
- `NOTIFY registry_faces` in the same transaction is delivered at commit: a listener thread per
  serving process catches up at once, and also every few seconds in case a notice was missed
  (connection lost, process busy). A notice is only a hint; the sequence is the truth.

Catching up is state based: for each changed number the template as stored now is loaded (or
the number removed from the index when it has none), so replaying a change twice is harmless.

On SQLite (demo, one process) every write transaction is BEGIN IMMEDIATE, which already
serialises imports; there is no advisory lock, no notification and no listener, but catching up
by the sequence inside each import still works.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select, text

from station.domain.codec import bindings as bind
from sync.registry import tables as t
from sync.registry.dedup import FaceIndex
from sync.registry.record_keys import BIOMETRICS, keyed

if TYPE_CHECKING:
    from sync.registry.service import Registry

log = logging.getLogger("registry.faces")

CROSS_SITE_LOCK = 0x7265_6769_7374_7279  # b"registry" as a bigint: the advisory lock's key
CHANNEL = "registry_faces"
POLL_SECONDS = 5.0  # catch up at least this often, notice or not
WAKE_SECONDS = 0.5  # how quickly the listener notices that it should stop
RETRY_SECONDS = 2.0  # wait before reconnecting after the listener's connection failed


def is_postgres(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def lock_cross_site_check(conn: Connection) -> None:
    """Serialise check-and-insert across every registry process until this transaction ends."""
    if is_postgres(conn):
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CROSS_SITE_LOCK})


def latest_change(conn: Connection) -> int:
    """The newest committed (or, inside an import, own) face change sequence, 0 when none."""
    return int(conn.execute(select(func.coalesce(func.max(t.face_changes.c.seq), 0)))
               .scalar_one())


def record_changes(conn: Connection, added: Iterable[str], removed: Iterable[str]) -> int | None:
    """Log an import's template changes (call with the cross-site lock held) and notify the
    other processes at commit. Returns the newest sequence written, or None if nothing changed."""
    now = datetime.now(UTC)
    added = sorted(set(added))
    rows = ([{"registration_number": n, "op": "add", "at": now} for n in added]
            + [{"registration_number": n, "op": "remove", "at": now}
               for n in sorted(set(removed) - set(added))])
    if not rows:
        return None
    conn.execute(insert(t.face_changes), rows)
    newest = latest_change(conn)  # ours: nobody else writes while the lock is held
    if is_postgres(conn):
        conn.execute(text("SELECT pg_notify(:channel, :payload)"),
                     {"channel": CHANNEL, "payload": str(newest)})
    return newest


def catch_up(registry: Registry, faces: FaceIndex, conn: Connection, since: int) -> int:
    """Apply to `faces` every face change after `since` that `conn` can see; returns the newest
    sequence applied. The caller holds `registry.lock`."""
    fc = t.face_changes
    rows = conn.execute(select(fc.c.seq, fc.c.registration_number)
                        .where(fc.c.seq > since).order_by(fc.c.seq)).all()
    if not rows:
        return since
    numbers = sorted({str(number) for _, number in rows})
    if faces.index is not None:
        current: dict[str, tuple[str, Any]] = {}
        sface: dict[str, Any] = {}
        for start in range(0, len(numbers), 1000):
            of = t.templates.c.registration_number
            found = conn.execute(
                select(of, t.templates.c.sealed, t.enrolments.c.station_id,
                       t.templates.c.model, t.templates.c.model_version,
                       t.record_keys.c.wrapped)
                .select_from(keyed(t.templates.join(
                    t.enrolments, t.enrolments.c.registration_number == of), of, BIOMETRICS))
                .where(of.in_(numbers[start:start + 1000])))
            for number, sealed, station_id, model, version, wrapped in found:
                blob = registry.record_keys.open_with(number, BIOMETRICS, wrapped, sealed,
                                                      bind.template(number, model))
                if model == bind.LEGACY_TEMPLATE_MODEL:
                    current[number] = (station_id, FaceIndex.vector(blob))
                elif model == FaceIndex.SFACE_MODEL and version == FaceIndex.sface_version():
                    sface[number] = FaceIndex.vector(blob)
        for number in numbers:
            if number not in current:
                faces.remove(number)
        faces.add_many([(number, station_id, vector, sface.get(number))
                        for number, (station_id, vector) in current.items()])
    return int(rows[-1][0])


class FaceListener:
    """A thread of a serving process: LISTEN registry_faces on its own autocommit connection and
    catch the index up on every notice, and at least every `poll_seconds` (missed notices)."""

    def __init__(self, registry: Registry, poll_seconds: float = POLL_SECONDS,
                 retry_seconds: float = RETRY_SECONDS) -> None:
        self.registry = registry
        self.poll_seconds = poll_seconds
        self.retry_seconds = retry_seconds
        self._stop = threading.Event()
        self.ready = threading.Event()  # set while listening (after the first catch-up)
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="registry-face-listener",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self.ready.clear()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._listen()
            except Exception as exc:  # the database went away: retry; the sequence catches up
                self.ready.clear()
                # the class name only: a driver message may quote data
                log.warning("face index listener: %s; reconnecting", type(exc).__name__)
                self._stop.wait(self.retry_seconds)

    def _listen(self) -> None:
        import psycopg

        url = self.registry.engine.url.set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False),
                             autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self.registry.catch_up_faces()  # whatever changed while nobody was listening
            self.ready.set()
            last = time.monotonic()
            while not self._stop.is_set():
                noticed = any(True for _ in conn.notifies(timeout=WAKE_SECONDS, stop_after=1))
                if noticed or time.monotonic() - last >= self.poll_seconds:
                    self.registry.catch_up_faces()
                    last = time.monotonic()
