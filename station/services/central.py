"""Central mode: central staff, logged in at a station, open the registry and import batches.

The registry has accounts of its own (importer, adjudicator, auditor, admin): opening it takes
the registry passphrase *and* the person's registry account, and everything then goes through
the registry's public API (`sync.registry.api`), which checks that account's role and audits
each step in the registry's chain. One operation per user action: open the registry, import one
batch file, read the cross-site duplicate queue, read the counts. Each also checks the station
operator's permission; imports are audited in the station's chain too (station id and batch
sequence only: batch files carry no names). Registry errors become station errors with a clear
message, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station.domain.roles import Permission
from station.errors import (
    AuthError,
    LockedError,
    PermissionDenied,
    StationError,
    StorageError,
    ValidationError,
)
from station.services.context import Actor, Station
from sync.errors import SyncError

if TYPE_CHECKING:  # the registry's modules load on first use (the station starts without them)
    from sync.registry.api import RegistrySession

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
    from sync.registry import api

    if isinstance(exc, SyncError):
        kinds: dict[str, tuple[type[StationError], str | None]] = {
            "locked": (LockedError, "passphrase"), "login": (AuthError, "registry_password"),
            "no-accounts": (AuthError, "registry_user"), "forbidden": (PermissionDenied, None)}
        kind, field = kinds.get(exc.reason, (StationError, None))
        return kind(str(exc), field=field)
    problem = api.describe_failure(exc)
    return StorageError(problem) if problem else None


def _clear(exc: BaseException) -> StationError:
    clear = _registry_error(exc)
    if clear is None:
        raise exc
    return clear


def open_registry(actor: Actor, folder: str | Path, passphrase: str, user: str,
                  password: str) -> RegistrySession:
    """Unlock the registry kept in `folder` (its keys sealed by `passphrase`) and log the
    registry account `user` in; the session acts with that account's role."""
    from sync.registry import api

    actor.require(Permission.IMPORT_BATCH)
    if not api.is_registry(folder):
        raise ValidationError("no registry is set up in this folder", field="registry_home")
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(f"the registry passphrase has at least {MIN_PASSPHRASE} "
                              "characters", field="passphrase")
    if not user.strip():
        raise ValidationError("give your registry account name", field="registry_user")
    if not password:
        raise ValidationError("give your registry account password", field="registry_password")
    try:
        return api.open_registry(folder, passphrase, user.strip(), password)
    except Exception as exc:
        raise _clear(exc) from None


def import_batch(station: Station, actor: Actor, session: RegistrySession,
                 path: str | Path) -> BatchOutcome:
    """Import one batch file into the registry; a refused file is quarantined, not raised."""
    actor.require(Permission.IMPORT_BATCH)
    path = Path(path)
    try:
        result = session.import_file(path)
    except Exception as exc:
        raise _clear(exc) from None
    reason = ""
    if result.status == "rejected":
        reason = result.message or str(result.reason)
    outcome = BatchOutcome(path.name, result.station_id, result.sequence, result.status,
                           result.imported, reason, result.duplicates, tuple(result.gaps),
                           result.quarantined is not None)
    station.audit(actor, "registry-import", outcome.station_id, sequence=outcome.sequence,
                  status=outcome.status, records=outcome.records,
                  reason=str(result.reason or ""), registry_account=session.user)
    return outcome


def can_review(session: RegistrySession) -> bool:
    """Whether the registry account may see the duplicate queue (adjudicators, admins)."""
    return session.can("review")


def duplicate_queue(actor: Actor, session: RegistrySession) -> list[dict[str, Any]]:
    """Open cross-site cases: numbers, stations, distance (no names). Audited at the registry."""
    actor.require(Permission.IMPORT_BATCH)
    try:
        return session.duplicates()
    except Exception as exc:
        raise _clear(exc) from None


def registry_status(actor: Actor, session: RegistrySession) -> dict[str, Any]:
    """Counts of the registry (enrolments, batches, rejections, open cases, stations)."""
    actor.require(Permission.IMPORT_BATCH)
    try:
        return session.status()
    except Exception as exc:
        raise _clear(exc) from None
