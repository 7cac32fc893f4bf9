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

from station.domain.roles import Permission
from station.errors import StationError
from station.services.context import Actor, Station

CHUNK = 1 << 20


@dataclass
class WipeResult:
    station_id: str
    key_destroyed: bool
    files_shredded: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"station_id": self.station_id, "key_destroyed": self.key_destroyed,
                "files_shredded": self.files_shredded}


def _shred(path: Path) -> bool:
    """Overwrite a file with random bytes, then delete it."""
    if not path.is_file():
        return False
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        written = 0
        while written < size:
            step = min(CHUNK, size - written)
            handle.write(os.urandom(step))
            written += step
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    return True


def wipe_station(station: Station, actor: Actor, *, shred_store: bool = True) -> WipeResult:
    actor.require(Permission.WIPE)
    # a busy, full or read-only store must not stop the keys from being destroyed
    with contextlib.suppress(StationError):
        station.audit(actor, "station-wiped", station.code.station_id)
    embedded = not station.config.db_url
    station.close()
    vault = station.home.vault
    vault.destroy()
    shredded = []
    if shred_store and embedded:
        store = station.home.store_path
        for path in (store, store.with_name(store.name + "-wal"),
                     store.with_name(store.name + "-shm")):
            if _shred(path):
                shredded.append(path.name)
    return WipeResult(station.code.station_id, not vault.exists(), shredded)
