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

Events carry no personal data: actors are account names (or `station:<id>` for uploads),
subjects are station ids, case numbers or account names, details are counts and codes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from station.domain import audit as chain
from station.domain.model import AuditEvent
from sync.registry import tables as t

ANCHOR_ID = 1
PAGE = 2000  # events read per round trip while verifying


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

    def __init__(self, engine: Engine, data_key: bytes) -> None:
        self.engine = engine
        self._key = audit_key(data_key)

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
        if not self._anchor_matches(anchor, sequence, previous):
            # Someone moved or removed the anchor (to hide deleted events): say so inside the
            # chain, where it cannot be removed without breaking the chain.
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
        return event

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

    def verify(self) -> chain.ChainReport:
        """Walk the whole chain and say whether it is intact, or where it breaks."""
        with self.engine.connect() as conn:
            row = conn.execute(select(t.audit_anchor)
                               .where(t.audit_anchor.c.id == ANCHOR_ID)).first()
            count = int(conn.execute(select(func.count())
                                     .select_from(t.audit_events)).scalar_one())
            pristine = row is not None and row.sequence == 0 and not row.mac
            anchor = None if row is None or pristine else (int(row.sequence), str(row.hash),
                                                           str(row.mac))
            if anchor is None and count:
                return chain.ChainReport(False, 0, None, "the record of the newest event is "
                                         "missing (events at the end may have been deleted)")
            report = chain.verify_chain(self._key, self._iter(conn), anchor)
        if report.intact and anchor is not None and anchor[0] < report.events_checked:
            return chain.ChainReport(False, report.events_checked, anchor[0] + 1,
                                     "the record of the newest event was moved back to event "
                                     f"{anchor[0]} (events after it may be deleted later)")
        return report
