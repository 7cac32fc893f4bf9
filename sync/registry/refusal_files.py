"""Refusal files: the signed refusal of a batch brought on removable media, written by
`registry import` next to its acknowledgement files for the operator to carry back to the
station (sync/FORMAT.md section 1, "A refused batch is superseded").

The same signed refusal and trust update an upload's 422 answer carries, so the station takes
either the same way; without it a station whose batch was refused for its contents would hold
and re-export that batch for ever.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sync.atomic import write_atomically
from sync.errors import SyncError
from sync.refusal import SUPERSEDABLE, Refusal, refusal_file_name

if TYPE_CHECKING:
    from sync.registry.importer import ImportResult
    from sync.registry.service import Registry

# Station ids are SITE-STN (sync/FORMAT.md 1); anything else never becomes part of a file name.
_STATION_ID = re.compile(r"^[A-Z0-9]{1,8}-[A-Z0-9]{1,8}$")


def write_refusal_file(registry: Registry, result: ImportResult, batch_sha256: str,
                       folder: Path) -> Path | None:
    """Write the signed refusal of the refused batch `result` (hex SHA-256 `batch_sha256` of
    the file's bytes) into `folder`; None when the refusal is not about the batch's contents
    (then the station keeps its batch: a damaged copy, an unknown station, a conflict, ...)."""
    if (result.reason not in SUPERSEDABLE or result.sequence is None
            or not _STATION_ID.match(result.station_id)):
        return None
    refusal = Refusal.sign(registry.keys.service, station_id=result.station_id,
                           sequence=result.sequence, batch_sha256=batch_sha256,
                           reason=str(result.reason), message=result.message,
                           refused_at=datetime.now(UTC).isoformat())
    document = {"refusal": refusal.to_dict(), "trust": registry.trust_update()}
    path = folder / refusal_file_name(result.station_id, result.sequence)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(document, indent=2).encode(), mode=0o644)
    except OSError as exc:
        raise SyncError(f"batch {result.sequence} of station {result.station_id} was refused "
                        f"and moved to the quarantine, but its refusal file could not be "
                        f"written to {folder} ({exc.strerror}): free space or give --ack-dir, "
                        "then import the file from the quarantine again",
                        reason="bad-output") from None
    return path
