"""The registry's audit chain: who imported, looked at, decided or changed what, and when.

The chain is the station's (`station.domain.audit`, domain code): each event's HMAC-SHA256
covers the previous event's hash, under a key derived from the registry data key, so someone
who can write to the database but does not hold the registry passphrase cannot edit, delete or
reorder events unnoticed. The newest (sequence, hash) is kept with its MAC in the one-row
`audit_anchor` table, which catches deleted events at the end.

Several registry processes may append at once: every append locks the anchor row (`SELECT ...
FOR UPDATE`) in the caller's transaction, so appends are serialised in PostgreSQL and an event
commits or rolls back with what it records (a decision, a login's attempt counter). An append
continues from the newest stored event, not from the anchor, so a tampered anchor cannot stop
the registry; it marks the new event instead (`audit_anchor_invalid`), inside the chain.

Emptying or cutting the chain back cannot be fully seen from inside one database (whoever can
write it can also put back an older, genuine anchor), so three witnesses sit beside it: a MAC'd
record of the chain's first event in the `meta` table (an emptied chain is reported), a MAC'd
high-water mark in the registry home (`audit-mark.json`, raised by every `verify` and by every
process that appended when it closes: a rollback below it is reported), and the checkpoint
(`sequence:hash`) that `verify` prints for staff to write in their paper log and give back
with `--expect` (a rollback below it is reported, whatever was done to the database and home).

Events carry no personal data: actors are account names (or `station:<id>` for uploads),
subjects are station ids, case numbers or account names, details are counts and codes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from station.domain import audit as chain
from station.domain.model import AuditEvent
from sync.errors import SyncError
from sync.registry import tables as t

ANCHOR_ID = 1
PAGE = 2000  # events read per round trip while verifying
STARTED = "audit_started"  # `meta` key: the chain's first event, MAC'd
MARK_FILE = "audit-mark.json"  # in the registry home: the newest event known, MAC'd
CHECKPOINT_HEX = 16  # hex digits of the hash in a printed checkpoint


@dataclass(frozen=True)
class AuditReport(chain.ChainReport):
    """The chain report and, when intact, the newest event's checkpoint (`sequence:hash`)."""

    checkpoint: str = ""

    def to_dict(self) -> dict[str, object]:
        return {**super().to_dict(), "checkpoint": self.checkpoint}


def checkpoint(sequence: int, digest: str) -> str:
    """The short form of an event staff write down: `sequence:` and 16 hex digits of its hash."""
    return f"{sequence}:{digest[:CHECKPOINT_HEX]}"


def parse_checkpoint(text: str) -> tuple[int, str]:
    """(sequence, hash or its first digits) from a checkpoint that `verify` printed."""
    number, colon, digest = text.strip().partition(":")
    digest = digest.strip().lower()
    if (not colon or not number.isdigit() or int(number) < 1 or not 8 <= len(digest) <= 64
            or any(c not in "0123456789abcdef" for c in digest)):
        raise SyncError("a checkpoint is SEQUENCE:HASH as `registry audit verify` printed it "
                        "(say 120:3f9a0c2e5b7d1e44)", reason="bad-input")
    return int(number), digest


class _Watch:
    """Passes events through, keeping the hashes of some sequences and the newest one."""

    def __init__(self, events: Iterable[AuditEvent], wanted: set[int]) -> None:
        self.events, self.wanted = events, wanted
        self.seen: dict[int, str] = {}
        self.last: tuple[int, str] = (0, chain.GENESIS)

    def __iter__(self) -> Iterator[AuditEvent]:
        for event in self.events:
            if event.sequence in self.wanted:
                self.seen[event.sequence] = event.hash
            self.last = (event.sequence, event.hash)
            yield event


def audit_key(data_key: bytes) -> bytes:
    """The chain's own key, derived from the data key (which then is used for nothing else)."""
    return hmac.new(data_key, b"registry-subkey:audit", hashlib.sha256).digest()


def _utc(value: datetime) -> datetime:
    """The stored time as written (SQLite gives it back naive, PostgreSQL in the session zone)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _plain(details: dict[str, Any]) -> dict[str, object]:
    """Details as they read back from the JSON column, so the sealed and stored forms agree."""
    value: dict[str, object] = json.loads(json.dumps(details, sort_keys=True, default=str))
    return value


class AuditTrail:
    """Appending to and checking the registry's chain."""

    def __init__(self, engine: Engine, data_key: bytes, home: Path | None = None) -> None:
        self.engine = engine
        self._key = audit_key(data_key)
        self.mark_path = home / MARK_FILE if home is not None else None
        self._appended: list[tuple[int, str]] = []  # by this process, maybe rolled back

    def tag(self, text: str) -> str:
        """A keyed fingerprint of something that must not be stored in clear (a typed name),
        so that repeated attempts can be told apart without recording what was typed."""
        return hmac.new(self._key, b"tag:" + text.encode(), hashlib.sha256).hexdigest()[:16]

    def append(self, conn: Connection, actor: str, action: str, subject: str = "",
               details: dict[str, Any] | None = None, at: datetime | None = None
               ) -> AuditEvent:
        """Add one event inside the caller's transaction (locks the anchor until it ends)."""
        anchor = conn.execute(select(t.audit_anchor).where(t.audit_anchor.c.id == ANCHOR_ID)
                              .with_for_update()).first()
        last = conn.execute(select(t.audit_events.c.sequence, t.audit_events.c.hash)
                            .order_by(t.audit_events.c.sequence.desc()).limit(1)).first()
        sequence, previous = (int(last[0]), str(last[1])) if last else (0, chain.GENESIS)
        plain = _plain(details or {})
        if not self._anchor_matches(anchor, sequence, previous) or (
                sequence == 0 and self._started(conn) is not None):
            # Someone moved or removed the anchor (to hide deleted events), or emptied a chain
            # that had begun: say so inside the chain, where it cannot be removed without
            # breaking the chain.
            plain[chain.TAMPER_FLAG] = True
        event = chain.seal_event(self._key, sequence + 1, at or datetime.now(UTC), actor[:80],
                                 action[:40], subject[:80], plain, previous)
        conn.execute(insert(t.audit_events).values(
            sequence=event.sequence, at=event.at, actor=event.actor, action=event.action,
            subject=event.subject, details=json.dumps(plain, sort_keys=True),
            previous_hash=event.previous_hash, hash=event.hash))
        mac = chain.anchor_mac(self._key, event.sequence, event.hash)
        if anchor is None:
            conn.execute(insert(t.audit_anchor).values(id=ANCHOR_ID, sequence=event.sequence,
                                                       hash=event.hash, mac=mac))
        else:
            conn.execute(update(t.audit_anchor).where(t.audit_anchor.c.id == ANCHOR_ID)
                         .values(sequence=event.sequence, hash=event.hash, mac=mac))
        if event.sequence == 1:
            self._pin_start(conn, event.hash)
        self._appended.append((event.sequence, event.hash))
        return event

    def lock(self, conn: Connection) -> None:
        """Take the chain's lock (the anchor row) early in the caller's transaction: what it
        checks before appending (say, that no similar account name exists) stays true."""
        conn.execute(select(t.audit_anchor.c.id).where(t.audit_anchor.c.id == ANCHOR_ID)
                     .with_for_update())

    def record(self, actor: str, action: str, subject: str = "",
               details: dict[str, Any] | None = None) -> AuditEvent:
        """Add one event in a transaction of its own."""
        with self.engine.begin() as conn:
            return self.append(conn, actor, action, subject, details)

    def _anchor_matches(self, anchor: Any, sequence: int, digest: str) -> bool:
        if anchor is None:
            return sequence == 0
        if anchor.sequence == 0 and not anchor.mac:
            return sequence == 0  # the state the migration leaves: no events yet
        return (anchor.sequence == sequence and anchor.hash == digest
                and hmac.compare_digest(chain.anchor_mac(self._key, anchor.sequence,
                                                         anchor.hash), anchor.mac))

    # -- witnesses beside the chain ----------------------------------------------------------
    def _mac(self, what: str, sequence: int, digest: str) -> str:
        return hmac.new(self._key, f"{what}:{sequence}:{digest}".encode(),
                        hashlib.sha256).hexdigest()

    def _started(self, conn: Connection) -> str | None:
        value = conn.execute(select(t.meta.c.value).where(t.meta.c.key == STARTED)).scalar()
        return None if value is None else str(value)

    def _pin_start(self, conn: Connection, first_hash: str) -> None:
        conn.execute(delete(t.meta).where(t.meta.c.key == STARTED))
        conn.execute(insert(t.meta).values(key=STARTED, value=json.dumps(
            {"hash": first_hash, "mac": self._mac("started", 1, first_hash)})))

    def _read_start(self, value: str | None) -> str | None:
        """Event 1's hash as pinned, "" if the record was altered, None if there is none."""
        if value is None:
            return None
        try:
            data = json.loads(value)
            digest, mac = str(data["hash"]), str(data["mac"])
        except (ValueError, KeyError, TypeError):
            return ""
        return digest if hmac.compare_digest(self._mac("started", 1, digest), mac) else ""

    def read_mark(self) -> tuple[int, str] | None:
        """The home's high-water mark (sequence, hash); None if there is none; (-1, "") if
        the file was altered (its MAC does not hold)."""
        if self.mark_path is None or not self.mark_path.is_file():
            return None
        try:
            data = json.loads(self.mark_path.read_text(encoding="utf-8"))
            sequence, digest, mac = int(data["sequence"]), str(data["hash"]), str(data["mac"])
        except (OSError, ValueError, KeyError, TypeError):
            return (-1, "")
        if not hmac.compare_digest(self._mac("mark", sequence, digest), mac):
            return (-1, "")
        return (sequence, digest)

    def remember(self, sequence: int, digest: str) -> None:
        """Raise the home's high-water mark to this event (never lower it, never overwrite a
        mark that was altered: that stays for `verify` to report)."""
        if self.mark_path is None or not self.mark_path.parent.is_dir():
            return
        current = self.read_mark()
        if current is not None and (current[0] < 0 or current[0] >= sequence):
            return
        data = json.dumps({"sequence": sequence, "hash": digest,
                           "mac": self._mac("mark", sequence, digest)}).encode()
        handle, temporary = tempfile.mkstemp(prefix=".partial-", dir=self.mark_path.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, self.mark_path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def save_mark(self) -> None:
        """Raise the home's mark to the newest event this process appended that committed
        (when a registry process closes)."""
        appended, self._appended = self._appended, []
        if self.mark_path is None or not appended:
            return
        wanted = dict(appended)
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.audit_events.c.sequence, t.audit_events.c.hash)
                                .where(t.audit_events.c.sequence.in_(list(wanted)))).all()
        stored = [int(s) for s, h in rows if wanted.get(int(s)) == h]
        if stored:
            newest = max(stored)
            self.remember(newest, wanted[newest])

    # -- reading ---------------------------------------------------------------------------
    def _iter(self, conn: Connection) -> Iterator[AuditEvent]:
        after = 0
        while True:
            rows = conn.execute(select(t.audit_events).where(t.audit_events.c.sequence > after)
                                .order_by(t.audit_events.c.sequence).limit(PAGE)).all()
            for row in rows:
                yield AuditEvent(row.sequence, _utc(row.at), row.actor, row.action,
                                 row.subject, json.loads(row.details), row.previous_hash,
                                 row.hash)
            if len(rows) < PAGE:
                return
            after = rows[-1].sequence

    def events(self, limit: int = 50) -> list[AuditEvent]:
        """The newest `limit` events, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.audit_events)
                                .order_by(t.audit_events.c.sequence.desc()).limit(limit)).all()
        return [AuditEvent(r.sequence, _utc(r.at), r.actor, r.action, r.subject,
                           json.loads(r.details), r.previous_hash, r.hash)
                for r in reversed(rows)]

    def _snapshot(self) -> Connection:
        """A connection whose transaction sees one state of the database throughout (the
        anchor, the count and every page of events), while other processes append."""
        conn = self.engine.connect()
        if self.engine.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        return conn  # SQLite: the transaction is BEGIN IMMEDIATE (see db.py), serialised

    def verify(self, expect: tuple[int, str] | None = None) -> AuditReport:
        """Walk the whole chain and say whether it is intact, or where it breaks.

        `expect` is a checkpoint staff recorded earlier (see `parse_checkpoint`): the chain
        must still hold that event with that hash."""
        mark = self.read_mark()
        with self._snapshot() as conn, conn.begin():
            row = conn.execute(select(t.audit_anchor)
                               .where(t.audit_anchor.c.id == ANCHOR_ID)).first()
            count = int(conn.execute(select(func.count())
                                     .select_from(t.audit_events)).scalar_one())
            started = self._started(conn)
            accounts = conn.execute(select(t.accounts.c.name).limit(1)).first() is not None
            pristine = row is not None and row.sequence == 0 and not row.mac
            anchor = None if row is None or pristine else (int(row.sequence), str(row.hash),
                                                           str(row.mac))
            if anchor is None and count:
                return AuditReport(False, 0, None, "the record of the newest event is "
                                   "missing (events at the end may have been deleted)")
            wanted = {1} | {x[0] for x in (mark, expect) if x is not None and x[0] > 0}
            watch = _Watch(self._iter(conn), wanted)
            report = chain.verify_chain(self._key, watch, anchor)
        if not report.intact:
            return AuditReport(False, report.events_checked, report.broken_at, report.problem)
        if anchor is not None and anchor[0] < report.events_checked:
            return AuditReport(False, report.events_checked, anchor[0] + 1,
                               "the record of the newest event was moved back to event "
                               f"{anchor[0]} (events after it may be deleted later)")
        problem = self._witnessed(watch, count, started, accounts, mark, expect)
        if problem is not None:
            return AuditReport(False, report.events_checked, problem[0], problem[1])
        last, digest = watch.last
        if last:
            self.remember(last, digest)
            if started is None:
                with self.engine.begin() as conn:  # a chain begun before the record existed
                    self.lock(conn)
                    if self._started(conn) is None:
                        self._pin_start(conn, watch.seen[1])
        return AuditReport(True, report.events_checked,
                           checkpoint=checkpoint(last, digest) if last else "")

    def _witnessed(self, watch: _Watch, count: int, started: str | None, accounts: bool,
                   mark: tuple[int, str] | None, expect: tuple[int, str] | None
                   ) -> tuple[int | None, str] | None:
        """(broken_at, problem) if an intact-looking chain contradicts what was recorded
        beside it: the chain's start, the home's mark, the checkpoint given."""
        last = watch.last[0]
        first = self._read_start(started)
        if first == "":
            return (None, "the record of the audit's first event (in the meta table) was "
                          "altered")
        if first is not None and count == 0:
            return (1, "the audit had begun but has no events now: they were deleted")
        if first is not None and watch.seen.get(1) != first:
            return (1, "event 1 is not the audit's first event as recorded: the audit was "
                       "rewritten from the start")
        if count == 0 and accounts:
            return (1, "the audit has no events although the registry has accounts (each "
                       "was recorded): events were deleted")
        if mark is not None:
            if mark[0] < 0:
                return (None, f"the audit's high-water mark in the registry home ({MARK_FILE})"
                              " was altered")
            if mark[0] > last:
                return (last + 1, f"events {last + 1} to {mark[0]} were deleted: this "
                                  f"registry had recorded event {mark[0]} ({MARK_FILE}); the "
                                  "audit was rolled back")
            if watch.seen.get(mark[0]) != mark[1]:
                return (mark[0], f"event {mark[0]} is not the one this registry recorded "
                                 f"({MARK_FILE}): the audit was rewritten")
        if expect is not None:
            if expect[0] > last:
                return (last + 1, f"the checkpoint's event {expect[0]} is not in the audit "
                                  f"(it ends at {last}): events were deleted, the audit was "
                                  "rolled back")
            if not watch.seen.get(expect[0], "").startswith(expect[1]):
                return (expect[0], f"event {expect[0]} does not match the checkpoint given: "
                                   "the audit was rewritten")
        return None
