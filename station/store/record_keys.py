"""The one place that seals and opens a person's blobs: under their record keys.

Every personal blob of a record (the sealed details, their history, duplicate-case reasons,
the photo, its override reason, each model's template) is sealed here, under the person's
record key of that purpose (`bindings.DETAILS_KEY`, `bindings.BIOMETRICS_KEY`), and opened
here, whichever key sealed it: 0x01 blobs (the data key, a store not converted yet) and 0x02
blobs (a record key) both open. Destroying a key (`destroy`) is how erasure reaches the copies
that deleting rows cannot (backups, WAL frames, freed pages).

A `RecordKeys` lives as long as its `Repository`, one unit of work: unwrapped keys are cached
for that long only, and forgotten with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select

from station.errors import LockedError
from station.security.cipher import FieldCipher
from station.security.record_keys import (
    DATA_KEY_FORMAT,
    PURPOSES,
    RECORD_KEY_FORMAT,
    KeyWrapper,
    new_record_key,
    open_with_record_key,
    seal_with_record_key,
)
from station.store import tables as t

KEY_DESTROYED = ("this part of the record was erased (its key was destroyed): it can no "
                 "longer be read")
_CHUNK = 500
Slot = tuple[str, str]  # (registration number, purpose)


class RecordKeys:
    def __init__(self, connection: Connection, cipher: Callable[[], FieldCipher]) -> None:
        self._connection = connection
        self._cipher = cipher
        self._wrapper: KeyWrapper | None = None
        self._keys: dict[Slot, bytes] = {}
        self._wrapped: dict[Slot, bytes | None] = {}  # rows read ahead (None: no row)

    # -- sealing and opening ---------------------------------------------------------------
    def seal(self, number: str, purpose: str, plaintext: bytes, context: str) -> bytes:
        """`plaintext` sealed under the person's key of `purpose` (made on first use)."""
        key = self._key(number, purpose, create=True)
        assert key is not None
        return seal_with_record_key(key, plaintext, context)

    def open(self, number: str, purpose: str, blob: bytes, context: str) -> bytes:
        """A blob of the person's, sealed under the data key (0x01) or a record key (0x02)."""
        version = blob[:1]
        if version == DATA_KEY_FORMAT:
            return self._cipher().decrypt(blob, context)
        if version != RECORD_KEY_FORMAT:
            raise LockedError("stored data has an unknown format")
        key = self._key(number, purpose, create=False)
        if key is None:
            raise LockedError(KEY_DESTROYED)
        return open_with_record_key(key, blob, context)

    # -- keys ---------------------------------------------------------------------------------
    def exists(self, number: str, purpose: str) -> bool:
        return self._wrapped_of((number, purpose)) is not None

    def destroy(self, number: str, purposes: Iterable[str] = PURPOSES) -> int:
        """Delete the person's keys of `purposes`: whatever they sealed, wherever a copy lies,
        is noise from the commit on. Returns how many keys went."""
        gone = 0
        for purpose in _checked(purposes):
            gone += int(self._connection.execute(delete(t.record_keys).where(
                t.record_keys.c.registration_number == number,
                t.record_keys.c.purpose == purpose)).rowcount)
            self._keys.pop((number, purpose), None)
            self._wrapped[(number, purpose)] = None
        return gone

    def read_ahead(self, purpose: str, numbers: Iterable[str] | None = None) -> None:
        """Fetch the wrapped keys of many records (`None`: of all) in a few queries (a gallery
        load), so that opening their blobs one by one does not query once per record."""
        query = select(t.record_keys.c.registration_number, t.record_keys.c.wrapped).where(
            t.record_keys.c.purpose == purpose)
        if numbers is None:
            for number, wrapped in self._connection.execute(query):
                self._wrapped.setdefault((number, purpose), bytes(wrapped))
            return
        wanted = sorted({n for n in numbers if (n, purpose) not in self._wrapped})
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            found = dict(self._connection.execute(
                query.where(t.record_keys.c.registration_number.in_(chunk))).all())
            for number in chunk:
                self._wrapped[(number, purpose)] = found.get(number)

    def _key(self, number: str, purpose: str, *, create: bool) -> bytes | None:
        slot = (number, _checked([purpose])[0])
        if slot in self._keys:
            return self._keys[slot]
        wrapped = self._wrapped_of(slot)
        if wrapped is not None:
            key = self._wrap().unwrap(number, purpose, wrapped)
        elif create:
            key = new_record_key()
            wrapped = self._wrap().wrap(number, purpose, key)
            self._connection.execute(insert(t.record_keys).values(
                registration_number=number, purpose=purpose, wrapped=wrapped,
                created_at=datetime.now(UTC)))
            self._wrapped[slot] = wrapped
        else:
            return None
        self._keys[slot] = key
        return key

    def _wrapped_of(self, slot: Slot) -> bytes | None:
        if slot not in self._wrapped:
            row = self._connection.execute(
                select(t.record_keys.c.wrapped).where(
                    t.record_keys.c.registration_number == slot[0],
                    t.record_keys.c.purpose == slot[1])).first()
            self._wrapped[slot] = None if row is None else bytes(row[0])
        return self._wrapped[slot]

    def _wrap(self) -> KeyWrapper:
        if self._wrapper is None:
            self._wrapper = KeyWrapper(self._cipher())
        return self._wrapper


def _checked(purposes: Iterable[str]) -> list[str]:
    chosen = list(purposes)
    for purpose in chosen:
        if purpose not in PURPOSES:
            raise ValueError(f"no record key purpose {purpose!r}")
    return chosen
