"""The audit chain: each event's hash covers the previous event's hash.

Hashes are HMAC-SHA256 under a key derived from the station's data key, so someone who can
write to the database file but does not know the passphrase cannot forge a consistent chain
after editing, deleting or reordering events. The newest (sequence, hash) pair is kept as an
*anchor* outside the event table, which catches deletion of the last events too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from station.domain.model import AuditEvent

GENESIS = "0" * 64
TAMPER_FLAG = "audit_anchor_invalid"  # set on an event written after the anchor was moved


def canonical_bytes(
    sequence: int, at: datetime, actor: str, action: str, subject: str, details: dict[str, object]
) -> bytes:
    return json.dumps(
        [sequence, at.isoformat(), actor, action, subject, details],
        sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str,
    ).encode()


def link_hash(key: bytes, previous_hash: str, payload: bytes) -> str:
    return hmac.new(key, previous_hash.encode() + payload, hashlib.sha256).hexdigest()


def anchor_mac(key: bytes, sequence: int, digest: str) -> str:
    """MAC of the anchor itself: without the key nobody can move it back to an earlier event."""
    return hmac.new(key, f"anchor:{sequence}:{digest}".encode(), hashlib.sha256).hexdigest()


def seal_event(
    key: bytes, sequence: int, at: datetime, actor: str, action: str, subject: str,
    details: dict[str, object], previous_hash: str,
) -> AuditEvent:
    payload = canonical_bytes(sequence, at, actor, action, subject, details)
    return AuditEvent(sequence, at, actor, action, subject, details, previous_hash,
                      link_hash(key, previous_hash, payload))


@dataclass(frozen=True)
class ChainReport:
    intact: bool
    events_checked: int
    broken_at: int | None = None  # sequence number where the chain breaks
    problem: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"intact": self.intact, "events_checked": self.events_checked,
                "broken_at": self.broken_at, "problem": self.problem}


def verify_chain(
    key: bytes, events: Iterable[AuditEvent], anchor: tuple[int, str, str] | None
) -> ChainReport:
    """Walk the events in stored order and say where, if anywhere, the chain breaks.

    `anchor` is (sequence, hash, mac) of the newest event as recorded when it was written.
    """
    if anchor is not None and not hmac.compare_digest(anchor_mac(key, anchor[0], anchor[1]),
                                                      anchor[2]):
        return ChainReport(False, 0, anchor[0], "the record of the newest event was altered "
                           "(events at the end may have been deleted)")
    previous_hash = GENESIS
    expected_sequence = 1
    count = 0
    for event in events:
        count += 1
        if event.sequence != expected_sequence:
            kind = "deleted" if event.sequence > expected_sequence else "reordered or duplicated"
            return ChainReport(False, count, expected_sequence,
                               f"event {expected_sequence} is missing or out of place ({kind})")
        if event.previous_hash != previous_hash:
            return ChainReport(False, count, event.sequence,
                               f"event {event.sequence} does not follow the event before it "
                               "(deleted or reordered)")
        payload = canonical_bytes(event.sequence, event.at, event.actor, event.action,
                                  event.subject, event.details)
        if not hmac.compare_digest(link_hash(key, previous_hash, payload), event.hash):
            return ChainReport(False, count, event.sequence,
                               f"event {event.sequence} was edited after it was written")
        if event.details.get(TAMPER_FLAG):
            return ChainReport(False, count, event.sequence,
                               f"before event {event.sequence} the record of the newest event "
                               "had been altered (events at the end may have been deleted)")
        previous_hash = event.hash
        expected_sequence += 1
    last = expected_sequence - 1
    if anchor is None and count:
        return ChainReport(False, count, None, "the record of the newest event was deleted "
                           "(events at the end may have been deleted)")
    if anchor is not None:
        anchor_sequence, anchor_hash, _ = anchor
        if anchor_sequence > last:
            return ChainReport(False, count, last + 1,
                               f"events {last + 1} to {anchor_sequence} were deleted")
        if anchor_sequence == last and last > 0 and anchor_hash != previous_hash:
            return ChainReport(False, count, last, f"event {last} was replaced")
    return ChainReport(True, count)
