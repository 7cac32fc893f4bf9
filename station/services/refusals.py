"""A batch the registry refused for its contents: say so plainly and, when the registry signed
the refusal, release its records so that the next sync seals a new batch of the same sequence
(the supersede rule, sync/FORMAT.md section 1)."""

from __future__ import annotations

from typing import Any

from station.domain.model import Batch
from station.services import trust
from station.services.context import Actor, Station
from station.store import sync_queries as q
from sync.errors import BatchRejected, SyncError
from sync.refusal import Refusal


def handle_refusal(station: Station, actor: Actor | str, batch: Batch,
                   rejected: BatchRejected) -> str:
    """What to tell people about batch `batch` refused with `rejected`; releases the batch's
    records when the registry's signed refusal verifies (then the next sync sends a new one)."""
    said = f"The registry refused batch {batch.sequence}: {rejected}."
    answer: dict[str, Any] = rejected.answer or {}
    if "refusal" not in answer:
        return f"{said} The batch is kept and sent again at the next sync."
    try:
        refusal = Refusal.from_dict(answer["refusal"])
        update = trust.check_trust_update(station, answer.get("trust"))
        signer = trust.ack_signer(station, refusal.signer, update)
        refusal.verify(signer, station_id=station.code.station_id, sequence=batch.sequence,
                       batch_sha256=batch.sha256)
    except SyncError as exc:
        return (f"{said} The refusal could not be verified ({exc}); the batch is kept and sent "
                "again at the next sync.")
    name = actor.username if isinstance(actor, Actor) else actor
    with station.store.transaction() as repo:
        later = q.acknowledged_from(repo, batch.sequence)
        if later:
            return (f"{said} Batch {later[0]} after it was acknowledged already, so it cannot "
                    "be replaced: ask central staff.")
        files = q.release_batches(repo, batch.sequence)
        repo.append_audit(name, "batch-refused", f"batch-{batch.sequence}",
                          {"reason": refusal.reason}, station.now())
    trust.store_trust_update(station, update)
    from station.services.sync_service import outbox

    for file_name in files:  # the registry does not hold them: no copy left lying around
        (outbox(station) / file_name).unlink(missing_ok=True)
    return f"{said} Correct the record; the next sync sends a new batch."
