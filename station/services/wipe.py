"""Emergency kill-switch: destroy the key material so the store is unreadable at once.

Order matters: the audit event is written first (it is the last thing this store says), the
store is closed, then the key file is overwritten and deleted. From that moment every sealed
field, photo and template is ciphertext under a key that no longer exists. The embedded
SQLite file is then overwritten and removed too (best effort: the keys are already gone), so
that not even the clear statistical columns remain. Restore is from the registry.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from station.domain.model import AccountState
from station.domain.roles import Permission
from station.errors import LoginError, StationError, StorageError
from station.security.passwords import verify_password
from station.services.context import Actor, Station, altered_error, login, refusal_error
from station.store.store import Store

CHUNK = 1 << 20


@dataclass
class WipeResult:
    station_id: str
    key_destroyed: bool
    files_shredded: list[str]
    # the key file's secret in the security chip (TPM): evicted (True), the chip did not
    # answer (False: the key file is destroyed all the same), or there was none (None)
    chip_secret_destroyed: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"station_id": self.station_id, "key_destroyed": self.key_destroyed,
                "files_shredded": self.files_shredded,
                "tpm_secret_destroyed": self.chip_secret_destroyed}


def _shred(path: Path) -> bool:
    """Overwrite a file with random bytes, then delete it."""
    if not path.is_file():
        return False
    descriptor = os.open(path, os.O_RDWR)
    try:  # the same blocks written again: no free space needed
        size = os.fstat(descriptor).st_size
        written = 0
        while written < size:
            written += os.pwrite(descriptor, os.urandom(min(CHUNK, size - written)), written)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    path.unlink()
    return True


def login_for_wipe(station: Station, username: str, password: str) -> Actor:
    """The log-in before a wipe: as any log-in, and where the store cannot be written (a full
    disk with its reserve spent) the same checks without writing (account intact and usable,
    password right). A wrong password on a full disk is refused but cannot be counted."""
    try:
        return login(station, username, password)
    except StorageError:
        pass
    now = station.now()
    try:
        with station.store.reading() as repo:
            operator = repo.find_operator(username)
            intact = operator is not None and repo.operator_sealed(operator)
    except StorageError:
        snapshot = _snapshot_store(station)
        if snapshot is None:
            raise
        try:  # SQLite could not even make its WAL index file: read the file as it lies
            with snapshot.reading() as repo:
                operator = repo.find_operator(username)
                intact = operator is not None and repo.operator_sealed(operator)
        finally:
            snapshot.close()
    if operator is None or not verify_password(password, operator.password_hash):
        raise LoginError("unknown user or wrong password", reason="unknown")
    if not intact:
        raise altered_error()
    if operator.state(now) is not AccountState.USABLE:
        raise refusal_error(operator, now)
    return Actor(operator.username, operator.role)


def _snapshot_store(station: Station) -> Store | None:
    """The embedded store opened read-only as an immutable file (no WAL index, no lock, no
    byte written): only where no write-ahead log holds commits the file lacks."""
    if station.config.db_url:
        return None
    path = station.home.store_path
    wal = path.with_name(path.name + "-wal")
    if not path.is_file() or (wal.exists() and wal.stat().st_size > 0):
        return None
    return Store(f"sqlite:///file:{quote(str(path))}?immutable=1&uri=true",
                 station.store.cipher)


def wipe_station(station: Station, actor: Actor, *, shred_store: bool = True) -> WipeResult:
    actor.require(Permission.WIPE)
    # a busy, full or read-only store must not stop the keys from being destroyed
    with contextlib.suppress(StationError, OSError):
        station.audit(actor, "station-wiped", station.code.station_id)
    embedded = not station.config.db_url
    station.close()
    vault = station.home.vault
    chip_destroyed = vault.destroy_chip_secret()  # first: the chip forgets its secret
    vault.destroy(chip=False)  # overwritten in place: needs no free space
    with contextlib.suppress(OSError):
        station.home.reserve_path.unlink(missing_ok=True)  # zeros only
    shredded = []
    if shred_store and embedded:
        store = station.home.store_path
        for path in (store, store.with_name(store.name + "-wal"),
                     store.with_name(store.name + "-shm")):
            if _shred(path):
                shredded.append(path.name)
    return WipeResult(station.code.station_id, not vault.exists(), shredded, chip_destroyed)
