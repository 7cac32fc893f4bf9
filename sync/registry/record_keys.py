"""Record keys: each person's data at the registry under keys of their own (crypto-shredding).

A person has two random 256-bit keys, made at the first import of their number: `details`
(the sealed enrolment body, the reasons of their station's duplicate cases) and `biometrics`
(photo and every template). Each is stored wrapped (AES-256-GCM under a subkey of the registry
data key, AAD `record-key:<purpose>:<number>`, 60 bytes, `STORAGE PLAIN` so it never goes to
TOAST) in `record_keys`. A value sealed under a record key is blob version 0x02:
`0x02 | nonce(12) | ciphertext+tag`, with the same AAD as version 0x01 (table, column and
number, `station.domain.codec.bindings`). A cross-site case's reason is sealed under a key
derived from both people's details keys, so the erasure of either destroys it.

Erasure deletes the key rows: every copy of the old ciphertext (dead tuples, TOAST, WAL,
backups, replicas) is then noise to whoever holds the data key. After the commit `scrub`
vacuums `record_keys` and asks PostgreSQL for a WAL switch and a checkpoint, so that the old
key rows leave the table's pages and the current WAL segment promptly.

Version 0x01 blobs (sealed under the data key itself, before r0006) are read until the
re-encryption pass (`upgrade`) has converted the last one; from then on (`meta`
`record_keys` = `complete`) reading one is refused.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, Engine, and_, delete, func, insert, select, text
from sqlalchemy.exc import DBAPIError

from sync.errors import SyncError
from sync.registry import tables as t
from sync.registry.bulk import bulk_insert
from sync.registry.cipher import DataCipher

DETAILS = "details"
BIOMETRICS = "biometrics"
PURPOSES = (DETAILS, BIOMETRICS)
RECORD_KEY_VERSION = 0x02
DATA_KEY_VERSION = 0x01
STATE = "record_keys"  # `meta` key: `complete` once no 0x01 blob is left
COMPLETE = "complete"
CHUNK = 1000


def _wrap_context(number: str, purpose: str) -> bytes:
    return f"record-key:{purpose}:{number}".encode()


def _pair_info(first: str, second: str, context: str) -> bytes:
    return f"registry-pair-key:{first}:{second}:{context}".encode()


class RecordKeys:
    """Wraps and unwraps record keys, seals and opens both blob versions."""

    def __init__(self, data_key: bytes, cipher: DataCipher, *, legacy_open: bool = True) -> None:
        # A subkey of its own: the data key's AEAD seals version-0x01 values only.
        self._wrapper = AESGCM(hmac.new(data_key, b"registry-subkey:record-keys",
                                        hashlib.sha256).digest())
        self.cipher = cipher
        # False once the re-encryption pass found no 0x01 blob: reading one is refused then.
        self.legacy_open = legacy_open

    def wrap(self, number: str, purpose: str, key: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._wrapper.encrypt(nonce, key, _wrap_context(number, purpose))

    def unwrap(self, number: str, purpose: str, wrapped: bytes) -> bytes:
        """The record key, or SyncError: a wrapped key only opens at its own number and purpose."""
        try:
            return self._wrapper.decrypt(bytes(wrapped[:12]), bytes(wrapped[12:]),
                                         _wrap_context(number, purpose))
        except (InvalidTag, ValueError):
            raise SyncError("a stored record key does not unwrap", reason="damaged") from None

    def open(self, blob: bytes, context: str, key: bytes | None) -> bytes:
        """Decrypt a stored value of either version; `key` is the record key (None when the
        record has none: erased, or not converted yet)."""
        blob = bytes(blob)
        if blob[:1] == bytes([DATA_KEY_VERSION]):
            if not self.legacy_open:
                raise SyncError("a value sealed the old way (registry key only) was found after "
                                "every record had been converted: it is refused",
                                reason="damaged")
            return self.cipher.decrypt(blob, context)
        if blob[:1] != bytes([RECORD_KEY_VERSION]):
            raise SyncError("stored registry data does not decrypt", reason="damaged")
        if key is None:
            raise SyncError("the record's key was destroyed (erased)", reason="shredded")
        return open_sealed(key, blob, context)

    def open_with(self, number: str, purpose: str, wrapped: bytes | None, blob: bytes,
                  context: str) -> bytes:
        """Decrypt a value read together with its record's wrapped key (see `keyed`)."""
        key = None if wrapped is None else self.unwrap(number, purpose, wrapped)
        return self.open(blob, context, key)

    def ring(self, conn: Connection) -> KeyRing:
        return KeyRing(self, conn)


def seal_with(key: bytes, plaintext: bytes, context: str) -> bytes:
    nonce = os.urandom(12)
    return (bytes([RECORD_KEY_VERSION]) + nonce
            + AESGCM(key).encrypt(nonce, plaintext, context.encode()))


def open_sealed(key: bytes, blob: bytes, context: str) -> bytes:
    """Decrypt a version-0x02 blob with `key` (SyncError if it does not open)."""
    try:
        return AESGCM(key).decrypt(blob[1:13], blob[13:], context.encode())
    except (InvalidTag, ValueError):
        raise SyncError("stored registry data does not decrypt", reason="damaged") from None


def pair_key(first: bytes, second: bytes, numbers: tuple[str, str], context: str) -> bytes:
    """The key of a value about two people (a cross-site case): from both details keys, so
    destroying either destroys it."""
    a, b = sorted(numbers)
    ordered = (first, second) if numbers[0] == a else (second, first)
    return hmac.new(ordered[0] + ordered[1], _pair_info(a, b, context), hashlib.sha256).digest()


class KeyRing:
    """The record keys one transaction uses, loaded (and made) in bulk, then used by number.

    Keys are made only by a caller holding the lock of the number's station (its `stations`
    row FOR UPDATE: an import, `registry keys upgrade`), so that two writers never make a key
    for the same number; new keys go in with COPY. Others load with `create=False`.
    """

    def __init__(self, keys: RecordKeys, conn: Connection) -> None:
        self.keys = keys
        self.conn = conn
        self._raw: dict[tuple[str, str], bytes] = {}
        self._aead: dict[tuple[str, str], AESGCM] = {}
        self.made = 0
        self.destroyed = 0

    def load(self, numbers: Iterable[str], purpose: str, *, create: bool = True) -> None:
        """Read the keys of `numbers` for `purpose`; with `create`, make the missing ones."""
        wanted = sorted({n for n in numbers if (n, purpose) not in self._raw})
        rk = t.record_keys
        for start in range(0, len(wanted), CHUNK):
            rows = self.conn.execute(select(rk.c.registration_number, rk.c.wrapped).where(
                rk.c.purpose == purpose,
                rk.c.registration_number.in_(wanted[start:start + CHUNK])))
            for number, wrapped in rows:
                self._raw[(number, purpose)] = self.keys.unwrap(number, purpose, wrapped)
        if create:
            missing = [n for n in wanted if (n, purpose) not in self._raw]
            if missing:
                self._make(missing, purpose)

    def _make(self, numbers: list[str], purpose: str) -> None:
        now = datetime.now(UTC)
        fresh = {n: os.urandom(32) for n in numbers}
        bulk_insert(self.conn, t.record_keys, [
            {"registration_number": n, "purpose": purpose,
             "wrapped": self.keys.wrap(n, purpose, key), "created_at": now}
            for n, key in fresh.items()])
        self._raw.update({(n, purpose): key for n, key in fresh.items()})
        self.made += len(fresh)

    def has(self, number: str, purpose: str) -> bool:
        return (number, purpose) in self._raw

    def key(self, number: str, purpose: str) -> bytes | None:
        return self._raw.get((number, purpose))

    def _cipher(self, number: str, purpose: str) -> AESGCM:
        aead = self._aead.get((number, purpose))
        if aead is None:
            raw = self._raw.get((number, purpose))
            if raw is None:
                raise SyncError("the record's key is not loaded", reason="no-record-key")
            aead = self._aead[(number, purpose)] = AESGCM(raw)
        return aead

    def seal(self, number: str, purpose: str, plaintext: bytes, context: str) -> bytes:
        nonce = os.urandom(12)
        return (bytes([RECORD_KEY_VERSION]) + nonce
                + self._cipher(number, purpose).encrypt(nonce, plaintext, context.encode()))

    def open(self, number: str, purpose: str, blob: bytes, context: str) -> bytes:
        return self.keys.open(blob, context, self.key(number, purpose))

    def seal_pair(self, numbers: tuple[str, str], plaintext: bytes, context: str) -> bytes:
        """Seal a value about two people (load both details keys first)."""
        first, second = (self.key(n, DETAILS) for n in numbers)
        if first is None or second is None:
            raise SyncError("the record's key is not loaded", reason="no-record-key")
        return seal_with(pair_key(first, second, numbers, context), plaintext, context)

    def open_pair(self, numbers: tuple[str, str], blob: bytes, context: str) -> bytes:
        first, second = (self.key(n, DETAILS) for n in numbers)
        key = None if first is None or second is None else pair_key(first, second, numbers,
                                                                    context)
        return self.keys.open(blob, context, key)

    def destroy(self, numbers: Iterable[str], purposes: Iterable[str]) -> int:
        """Delete the key rows (crypto-shredding); returns how many there were."""
        chosen = sorted(set(numbers))
        purposes = tuple(purposes)
        rk = t.record_keys
        gone = 0
        for start in range(0, len(chosen), CHUNK):
            done = self.conn.execute(delete(rk).where(
                rk.c.purpose.in_(purposes),
                rk.c.registration_number.in_(chosen[start:start + CHUNK])))
            gone += int(done.rowcount or 0)
        for number in chosen:
            for purpose in purposes:
                self._raw.pop((number, purpose), None)
                self._aead.pop((number, purpose), None)
        self.destroyed += gone
        return gone


def keyed(source: Any, number: Any, purpose: str) -> Any:
    """`source` outer-joined with the record key of `number` for `purpose`: select
    `t.record_keys.c.wrapped` beside the sealed column and open it with `open_with`."""
    rk = t.record_keys
    return source.outerjoin(rk, and_(rk.c.registration_number == number,
                                     rk.c.purpose == purpose))


def is_complete(conn: Connection) -> bool:
    """True once no 0x01 blob is left (fresh registries from r0006 on, or after `upgrade`)."""
    try:
        value = conn.execute(select(t.meta.c.value).where(t.meta.c.key == STATE)).scalar()
    except DBAPIError:
        return False
    return value == COMPLETE


def mark_complete(conn: Connection) -> None:
    conn.execute(delete(t.meta).where(t.meta.c.key == STATE))
    conn.execute(insert(t.meta).values(key=STATE, value=COMPLETE))


SCRUB_NOT_ALLOWED = ("the registry's database role may not {what}: the destroyed keys leave "
                     "the write-ahead log when PostgreSQL next switches segments and "
                     "checkpoints (grant it, see docs/data-protection.md)")


def compact(engine: Engine) -> dict[str, Any]:
    """`registry keys compact`: VACUUM FULL record_keys (the table written anew, the old file
    truncated and removed), then the WAL switch and CHECKPOINT.

    A plain VACUUM frees a destroyed key's place in its page, but PostgreSQL does not zero
    the freed bytes: they stay in the table's file (and in a base backup or disk image of it)
    until a new row lands on them. Written anew, the file holds live keys only. It locks the
    table for its duration (imports wait): run it on a schedule, e.g. nightly."""
    if engine.dialect.name != "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM"))
        return {"compacted": True, "wal_switched": False, "checkpointed": True}
    return _maintain(engine, (("compacted", "VACUUM FULL record_keys",
                               "rewrite the record_keys table (VACUUM FULL)"),))


def scrub(engine: Engine) -> dict[str, Any]:
    """After an erasure's commit: VACUUM record_keys, switch the WAL segment, CHECKPOINT.

    Each step is tried on its own; one the role may not do is reported, not raised (the
    erasure itself is done: the keys are deleted)."""
    if engine.dialect.name != "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))  # secure_delete is on
        return {"vacuumed": True, "wal_switched": False, "checkpointed": True}
    return _maintain(engine, (("vacuumed", "VACUUM record_keys",
                               "vacuum the record_keys table"),))


def _maintain(engine: Engine, first: tuple[tuple[str, str, str], ...]) -> dict[str, Any]:
    """Run `first`, then the WAL switch and CHECKPOINT, each on its own: a step the role may
    not take (or that fails) is reported in `note`, never raised: the keys are gone already."""
    steps = (*first, ("wal_switched", "SELECT pg_switch_wal()",
                      "switch the write-ahead log (pg_switch_wal)"),
             ("checkpointed", "CHECKPOINT", "run CHECKPOINT"))
    done: dict[str, Any] = {step: False for step, _, _ in steps}
    notes: list[str] = []
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for step, statement, what in steps:
            try:
                conn.execute(text(statement))
                done[step] = True
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", "") == "42501":  # insufficient privilege
                    notes.append(SCRUB_NOT_ALLOWED.format(what=what))
                else:
                    notes.append(f"could not {what} ({type(exc.orig).__name__}): run it by "
                                 "hand")
    if notes:
        done["note"] = "; ".join(notes)
    return done


def legacy_columns() -> tuple[tuple[Any, Any], ...]:
    """(table, sealed column) of every sealed personal value."""
    return ((t.enrolments, t.enrolments.c.sealed), (t.photos, t.photos.c.sealed),
            (t.templates, t.templates.c.sealed),
            (t.station_cases, t.station_cases.c.sealed_reason),
            (t.cross_site_cases, t.cross_site_cases.c.sealed_reason))


def is_legacy(column: Any) -> Any:
    """SQL: the value is sealed the old way (version 0x01, under the data key)."""
    return func.substr(column, 1, 1) == bytes([DATA_KEY_VERSION])


def legacy_counts(conn: Connection) -> dict[str, int]:
    """Values still sealed the old way, per table (a scan of each: for status and the pass)."""
    return {table.name: int(conn.execute(select(func.count()).select_from(table)
                                         .where(is_legacy(column))).scalar_one())
            for table, column in legacy_columns()}


def record_keys_status(conn: Connection) -> dict[str, Any]:
    """What `registry status` says of crypto-shredding: key rows, values left to convert."""
    keys = int(conn.execute(select(func.count()).select_from(t.record_keys)).scalar_one())
    if is_complete(conn):
        return {"keys": keys, "converted": True, "unconverted_values": 0}
    counts = legacy_counts(conn)
    return {"keys": keys, "converted": False, "unconverted_values": sum(counts.values()),
            "unconverted_by_table": counts}
