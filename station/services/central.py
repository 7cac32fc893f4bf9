"""Central mode: central staff, logged in at a station, open the registry and import batches.

One operation per user action: open the registry, import one batch file, read the cross-site
duplicate queue, read the counts. Each checks the operator's permission; imports are audited
in the station's chain (station id and batch sequence only: batch files carry no names).
Registry errors become station errors with a clear message, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.domain.roles import Permission
from station.errors import LockedError, StationError, StorageError, ValidationError
from station.services.context import Actor, Station
from sync.errors import SyncError

MIN_PASSPHRASE = 10  # as the registry command asks of REGISTRY_PASSPHRASE


@dataclass
class BatchOutcome:
    """One row of the import result table."""

    file: str
    station_id: str
    sequence: int | None
    status: str  # imported | already-imported | rejected
    records: int
    reason: str
    duplicates: int = 0
    gaps: tuple[int, ...] = ()
    quarantined: bool = False


def _registry_error(exc: BaseException) -> StationError | None:
    """A registry or database failure as a message a person can act on (None: not ours)."""
    from sync.registry.db import database_problem

    if isinstance(exc, SyncError):
        if exc.reason == "locked":
            return LockedError(str(exc), field="passphrase")
        return StationError(str(exc))
    problem = database_problem(exc)
    return StorageError(problem) if problem else None


def open_registry(actor: Actor, folder: str | Path, passphrase: str) -> Any:
    """Unlock the registry kept in `folder` (its keys sealed by `passphrase`)."""
    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    actor.require(Permission.IMPORT_BATCH)
    home = RegistryHome(folder)
    if not str(folder).strip() or not home.is_initialised():
        raise ValidationError("no registry is set up in this folder", field="registry_home")
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(f"the registry passphrase has at least {MIN_PASSPHRASE} "
                              "characters", field="passphrase")
    try:
        return Registry.open(home, passphrase)
    except Exception as exc:
        clear = _registry_error(exc)
        if clear is None:
            raise
        raise clear from None


def import_batch(station: Station, actor: Actor, registry: Any, path: str | Path
                 ) -> BatchOutcome:
    """Import one batch file into the registry; a refused file is quarantined, not raised."""
    from sync.registry.importer import import_file

    actor.require(Permission.IMPORT_BATCH)
    path = Path(path)
    try:
        result = import_file(registry, path)
    except Exception as exc:
        clear = _registry_error(exc)
        if clear is None:
            raise
        raise clear from None
    reason = ""
    if result.status == "rejected":
        reason = result.message or str(result.reason)
    outcome = BatchOutcome(path.name, result.station_id, result.sequence, result.status,
                           result.imported, reason, result.duplicates, tuple(result.gaps),
                           result.quarantined is not None)
    station.audit(actor, "registry-import", outcome.station_id, sequence=outcome.sequence,
                  status=outcome.status, records=outcome.records,
                  reason=str(result.reason or ""))
    return outcome


def duplicate_queue(actor: Actor, registry: Any) -> list[dict[str, Any]]:
    """Open cross-site cases: numbers, stations, distance (no names)."""
    actor.require(Permission.IMPORT_BATCH)
    cases: list[dict[str, Any]] = registry.duplicates()
    return cases


def registry_status(actor: Actor, registry: Any) -> dict[str, Any]:
    """Counts of the registry (enrolments, batches, rejections, open cases, stations)."""
    actor.require(Permission.IMPORT_BATCH)
    status: dict[str, Any] = registry.status()
    return status
