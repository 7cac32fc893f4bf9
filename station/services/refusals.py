"""A batch the registry refused for its contents: say so plainly and, when the registry signed
the refusal, release its records so that the next sync or export seals a new batch of the same
sequence (the supersede rule, sync/FORMAT.md section 1).

The signed refusal arrives in the 422 answer of an upload (`handle_refusal`) or, for a batch
brought on removable media, in the refusal file `registry import` wrote (`take_refusal_file`,
reached through `import_ack`: the operator carries it back like an acknowledgement file). Both
are checked the same way and supersede the same way.

Either way the station raises `BatchRefused`: its message is the English the command line
prints (with the registry's own English reason inside); its `result` says the same in codes,
for the window to say in the operator's language: the registry's `reason` code (sync/FORMAT.md,
"Rejection reasons"), and the `outcome` here (OUTCOMES).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NoReturn

from station.domain.model import Batch
from station.domain.regno import MAX_SEQUENCE
from station.errors import StationError
from station.services import trust
from station.services.context import Actor, Station
from station.store import sync_queries as q
from sync.errors import AckRejected, BatchRejected, SyncError
from sync.refusal import Refusal
from sync.trust_update import TrustUpdate

# What became of a refused batch (`BatchRefused.result["outcome"]`).
SUPERSEDED = "superseded"      # forgotten: its records are pending again, for a new batch
UNSIGNED = "unsigned"          # the answer held no signed refusal: kept, sent again
UNVERIFIED = "unverified"      # the signed refusal did not verify: kept, sent again
REPLACED = "replaced"          # the batch was replaced meanwhile: nothing changed
LATER_ACKNOWLEDGED = "later-acknowledged"  # a later batch was acknowledged (`later`): kept
OUTCOMES = (SUPERSEDED, UNSIGNED, UNVERIFIED, REPLACED, LATER_ACKNOWLEDGED)


@dataclass(frozen=True)
class _Blocked:
    """Why a refused batch could not be superseded: its outcome code and the English."""

    outcome: str
    text: str
    later: int | None = None


class BatchRefused(StationError):
    """The registry refused a batch (a refusal file taken, or a refusal during `sync`).

    Raised so that the command line and the window show the message as something to act on
    (never as "acknowledged"). `result` says what changed, in codes: `sequence`, the
    registry's `reason`, `superseded`, `outcome` (OUTCOMES), `via` (`upload` or `file`) and
    `later` (the acknowledged later batch, for LATER_ACKNOWLEDGED).
    """

    def __init__(self, message: str, result: dict[str, Any]) -> None:
        super().__init__(message)
        self.result = result

    def as_dict(self) -> dict[str, Any]:
        return {**super().as_dict(), **self.result}


def _refused(said: str, batch: Batch, reason: str, via: str, blocked: _Blocked | None,
             corrected: str = "") -> BatchRefused:
    """The BatchRefused to raise: `said` (the registry refused, in its own English words),
    then why the batch was kept (`blocked`) or, superseded, what to do (`corrected`)."""
    outcome = SUPERSEDED if blocked is None else blocked.outcome
    then = corrected if blocked is None else blocked.text
    return BatchRefused(f"{said} {then}", {
        "sequence": batch.sequence, "reason": reason, "superseded": blocked is None,
        "outcome": outcome, "via": via, "later": None if blocked is None else blocked.later})


def handle_refusal(station: Station, actor: Actor | str, batch: Batch,
                   rejected: BatchRejected) -> BatchRefused:
    """What to tell people about batch `batch` refused with `rejected` (to raise); releases
    the batch's records when the registry's signed refusal verifies (then the next sync sends
    a new one)."""
    said = f"The registry refused batch {batch.sequence}: {rejected}."
    answer: dict[str, Any] = rejected.answer or {}
    if "refusal" not in answer:
        return _refused(said, batch, rejected.reason, "upload", _Blocked(
            UNSIGNED, "The batch is kept and sent again at the next sync."))
    try:
        refusal, update = _checked(station, answer["refusal"], answer.get("trust"), batch)
    except SyncError as exc:
        return _refused(said, batch, rejected.reason, "upload", _Blocked(
            UNVERIFIED, f"The refusal could not be verified ({exc}); the batch is kept and "
            "sent again at the next sync."))
    blocked = _supersede(station, actor, batch, refusal, update, via="upload")
    return _refused(said, batch, refusal.reason, "upload", blocked,
                    "Correct the record; the next sync sends a new batch.")


def take_refusal_file(station: Station, actor: Actor, document: dict[str, Any]) -> NoReturn:
    """Take a refusal file from `registry import` (`{"refusal", "trust"}`): verify it like an
    acknowledgement and supersede its batch, then raise BatchRefused saying what to correct.

    AckRejected or TrustRejected (nothing changed) when the file is forged, altered, signed by
    a key this station's root did not certify, for another station or another batch, or
    comes without its trust update."""
    refusal = Refusal.from_dict(document.get("refusal", document))
    if not 1 <= refusal.sequence <= MAX_SEQUENCE:
        raise AckRejected(f"the refusal names batch {refusal.sequence}, beyond the batch "
                          f"numbers a station uses (1 to {MAX_SEQUENCE:,}): refused",
                          reason="malformed")
    if not document.get("trust"):
        raise AckRejected("the refusal came without the registry's trust update: refused, "
                          "nothing changed (use the whole .refusal.json file registry import "
                          "wrote)", reason="no-trust-update")
    with station.store.reading() as repo:
        batch = q.get_batch(repo, refusal.sequence)
    if batch is None or batch.acknowledged_at is not None:
        raise AckRejected(f"this station has no batch {refusal.sequence} waiting for the "
                          "registry (replaced already, acknowledged, or never sealed): nothing "
                          "changed", reason="unknown-batch")
    try:
        refusal, update = _checked(station, refusal.to_dict(), document.get("trust"), batch)
    except SyncError as exc:
        raise AckRejected(f"{exc}; nothing changed: batch {batch.sequence} is kept",
                          reason=exc.reason) from None
    said = f"The registry refused batch {batch.sequence}: {refusal.message}."
    blocked = _supersede(station, actor, batch, refusal, update, via="file")
    raise _refused(said, batch, refusal.reason, "file", blocked,
                   f"Correct the record, then export again: a new batch {batch.sequence} "
                   "takes the refused one's place.")


def _checked(station: Station, refusal_data: Any, trust_data: Any,
             batch: Batch) -> tuple[Refusal, TrustUpdate]:
    """The refusal and its trust update, both verified against this station's root for
    exactly `batch` (AckRejected or TrustRejected otherwise)."""
    refusal = Refusal.from_dict(refusal_data)
    update = trust.check_trust_update(station, trust_data)
    signer = trust.ack_signer(station, refusal.signer, update)
    try:
        refusal.verify(signer, station_id=station.code.station_id, sequence=batch.sequence,
                       batch_sha256=batch.sha256)
    except AckRejected as exc:
        if exc.reason != "wrong-batch":
            raise
        raise AckRejected(f"the refusal is for another batch {batch.sequence} than the one "
                          "this station holds (an earlier one, replaced already?)",
                          reason="wrong-batch") from None
    return refusal, update


def _supersede(station: Station, actor: Actor | str, batch: Batch, refusal: Refusal,
               update: TrustUpdate, *, via: str) -> _Blocked | None:
    """Forget `batch` and every later unacknowledged one in one transaction (their records are
    pending again) and delete their files; why not, when it cannot be done."""
    name = actor.username if isinstance(actor, Actor) else actor
    with station.store.transaction() as repo:
        held = q.get_batch(repo, batch.sequence)
        if held is None or held.sha256 != batch.sha256:
            return _Blocked(REPLACED, "The batch was replaced meanwhile; nothing changed.")
        later = q.acknowledged_from(repo, batch.sequence)
        if later:
            return _Blocked(LATER_ACKNOWLEDGED,
                            f"Batch {later[0]} after it was acknowledged already, so it "
                            "cannot be replaced: ask central staff.", later[0])
        files = q.release_batches(repo, batch.sequence)
        repo.append_audit(name, "batch-refused", f"batch-{batch.sequence}",
                          {"reason": refusal.reason, "via": via}, station.now())
    trust.store_trust_update(station, update)
    from station.services.sync_service import outbox

    for file_name in files:  # the registry does not hold them: no copy left lying around
        (outbox(station) / file_name).unlink(missing_ok=True)
    return None
