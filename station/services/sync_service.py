"""SealBatch, ExportBatch, ImportAck, SyncNow: getting records to the registry, safely.

A batch is sealed into the station's outbox inside the same transaction that marks its records:
the file is written atomically before the commit, so a killed station leaves either no batch
(records still pending; a leftover file of that sequence is replaced next time) or a committed
batch with its complete file. A sealed batch is never re-made: until a valid acknowledgement
arrives it is re-sent as it is, so the registry's idempotency key (station, sequence, hash) holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import cbor2

from station.domain import limits
from station.domain.codec.bindings import LEGACY_TEMPLATE_MODEL
from station.domain.codec.card import card_to_dict
from station.domain.codec.case import case_record
from station.domain.codec.enrolment import enrolment_to_dict
from station.domain.codec.photo import photo_to_dict
from station.domain.codec.template import template_to_dict
from station.domain.model import Batch
from station.domain.regno import MAX_SEQUENCE
from station.domain.roles import Permission
from station.errors import StationError, StorageError, ValidationError
from station.services import trust
from station.services.context import Actor, Station, StationWarning
from station.services.json_files import read_json_object
from station.services.refusals import handle_refusal, take_refusal_file
from station.store import sync_queries as q
from sync.ack import Acknowledgement
from sync.atomic import remove_partials, write_atomically
from sync.batch import GENESIS_HASH, BatchPayload, batch_file_name, seal_batch
from sync.batch_schema import record_refusal
from sync.errors import AckRejected, BatchRejected, SyncError
from sync.refusal import is_refusal_document

MAX_BATCH_ENROLMENTS = limits.BATCH_ENROLMENTS
Progress = Callable[[str, int, int], None]
T = TypeVar("T")
# Runs one store write of a send and returns its result: inline by default; the window hands
# in its one-writer pool (ui/tasks.py `TaskRunner.in_writer`), so a send's writes queue with
# the other saves while its network calls stay on the general pool.
Writer = Callable[[Callable[[], T]], T]


def _inline(fn: Callable[[], T]) -> T:
    return fn()


@dataclass(frozen=True)
class SealedInfo:
    sequence: int
    path: Path
    records: int
    sha256: str


def outbox(station: Station) -> Path:
    path = station.home.path / "outbox"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def _enrolment_record(repo: Any, number: str, band: str) -> tuple[dict[str, Any],
                                                                   dict[str, Any]]:
    record = enrolment_to_dict(repo.get_enrolment(number), band)
    photo = repo.get_photo(number)
    templates = repo.get_templates(number)  # dlib's first
    template = next((t for t in templates if t.model == LEGACY_TEMPLATE_MODEL), None)
    media = {"registration_number": number,
             "template": None if template is None else template_to_dict(template),
             "templates": [template_to_dict(t) for t in templates],
             "photo": None if photo is None else photo_to_dict(photo)}
    return record, media


def _card_record(repo: Any, number: str) -> dict[str, Any]:
    return card_to_dict(repo.get_card(number))


def _case_record(repo: Any, case_id: int) -> dict[str, Any]:
    return case_record(repo.get_case(case_id))


HELD_BACK_CODE = "held-back"


def _held(schema: str, data: dict[str, Any], label: str, kind: str,
          number: str) -> StationWarning | None:
    """What the registry would refuse in a record of `schema` (None: nothing) as a held-back
    warning: the English line `sync` and `export` print, and for the window the record's kind
    (`enrolment`, `card`, `case`), registration number ("" for a case), field and problem
    (`sync.batch_schema.RecordRefused`'s code and limit), never a value."""
    refused = record_refusal(schema, data, label)
    if refused is None:
        return None
    return StationWarning(HELD_BACK_CODE, str(refused), {
        "kind": kind, "record": number, "field": refused.field, "problem": refused.code,
        "limit": "" if refused.limit is None else str(refused.limit)})


def _payload(repo: Any, held: list[StationWarning] | None = None
             ) -> tuple[BatchPayload, list[str], list[str], list[int]]:
    """What is pending, less the records the registry would refuse (named in `held`: they stay
    pending until corrected, and block nothing else)."""
    payload = BatchPayload()
    held = [] if held is None else held
    numbers: list[str] = []
    size = 0  # CBOR bytes of the records taken: a batch stays under the registry's upload limit
    for number, band in q.pending_enrolments(repo, MAX_BATCH_ENROLMENTS):
        record, media = _enrolment_record(repo, number, band)
        problem = (_held("enrolments", record, number, "enrolment", number)
                   or _held("media", media, number, "enrolment", number))
        if problem:
            held.append(problem)
            continue
        size += len(cbor2.dumps(record)) + len(cbor2.dumps(media))
        if numbers and size > limits.BATCH_RECORD_BYTES:
            break
        payload.enrolments.append(record)
        payload.media.append(media)
        payload.consent_withdrawals += [
            {"registration_number": number, **w} for w in record["consent"]["withdrawn"]]
        numbers.append(number)
    cards = []
    for number in q.pending_card_numbers(repo)[:limits.BATCH_CARDS]:
        card = _card_record(repo, number)
        if (problem := _held("cards", card, number, "card",
                             str(card.get("registration_number") or ""))) is None:
            payload.cards.append(card)
            cards.append(number)
        else:
            held.append(problem)
    cases = []
    for case_id in q.pending_case_ids(repo)[:limits.BATCH_CASES]:
        case = _case_record(repo, case_id)
        if (problem := _held("duplicate_decisions", case, f"case {case_id}", "case",
                             "")) is None:
            payload.duplicate_decisions.append(case)
            cases.append(case_id)
        else:
            held.append(problem)
    return payload, numbers, cards, cases


def held_back(station: Station) -> list[StationWarning]:
    """The pending records the next seal would hold back (one line each, as `seal_pending`
    writes them: record and field, never a value; with their code and data, `_held`), read
    without sealing anything."""
    held: list[StationWarning] = []
    with station.store.reading() as repo:
        _payload(repo, held)
    return held


def seal_pending(station: Station, actor: Actor | str,
                 held: list[StationWarning] | None = None) -> SealedInfo | None:
    """Seal the records not yet in a batch into the outbox; None when nothing is pending.

    A record the registry would refuse is left out and stays pending; `held` gets a line for
    each (record and field, never a value)."""
    bundle = trust.load_bundle(station)
    if bundle.registry_x25519_public_key is None:
        raise ValidationError(trust.NOT_JOINED, field="trust")
    key = trust.signing_key(station)
    folder = outbox(station)
    remove_partials(folder)
    name = actor.username if isinstance(actor, Actor) else actor
    with station.store.transaction() as repo:
        payload, numbers, cards, cases = _payload(repo, held)
        if payload.record_count == 0:
            return None
        last = q.last_batch(repo)
        sequence = (last.sequence if last else 0) + 1
        now = station.now()
        try:
            sealed = seal_batch(payload, station_id=station.code.station_id, sequence=sequence,
                                previous_hash=last.sha256 if last else GENESIS_HASH,
                                created_at=now, signing_key=key,
                                recipient_public=bundle.registry_x25519_public_key,
                                out_dir=folder)
        except OSError as exc:
            raise StorageError(f"cannot write the batch file: {exc.strerror}") from None
        q.mark_sealed(repo, sequence, numbers, cards, cases)
        repo.add_batch(Batch(sequence, now, payload.record_count, sealed.sha256,
                             sealed.manifest.previous_hash, sealed.path.name))
        repo.append_audit(name, "batch-sealed", f"batch-{sequence}",
                          {"records": payload.record_count}, now)
    return SealedInfo(sequence, sealed.path, payload.record_count, sealed.sha256)


def _batch_bytes(station: Station, batch: Batch) -> bytes:
    path = outbox(station) / (batch.file_name or batch_file_name(station.code.station_id,
                                                                 batch.sequence))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise StationError(f"the sealed file of batch {batch.sequence} is missing from the "
                           "outbox; restore it from a backup or an exported copy") from None
    from sync.encoding import sha256_hex

    if sha256_hex(data) != batch.sha256:
        raise StationError(f"the sealed file of batch {batch.sequence} was altered on disk")
    return data


def export_batch(station: Station, actor: Actor, out_dir: str | Path) -> dict[str, Any]:
    """Seal what is pending and copy every unacknowledged batch to `out_dir` (removable media)."""
    actor.require(Permission.EXPORT)
    target = Path(out_dir)
    if not target.is_dir():
        raise ValidationError("the output folder does not exist", field="out")
    held: list[StationWarning] = []
    sealed = seal_pending(station, actor, held)
    with station.store.reading() as repo:
        waiting = q.unacknowledged_batches(repo)
    files = []
    for batch in waiting:
        path = target / (batch.file_name or batch_file_name(station.code.station_id,
                                                            batch.sequence))
        try:
            write_atomically(path, _batch_bytes(station, batch))
        except OSError as exc:
            raise StorageError(f"cannot write to the output folder: {exc.strerror}") from None
        files.append(str(path))
    station.audit(actor, "batch-exported", "", batches=len(files))
    newest = files[-1] if files else None
    return {"batch": newest, "batches": files, "sequence": waiting[-1].sequence if waiting
            else None,
            # records in the batch file written (`batch`), also when it was sealed earlier
            "records": waiting[-1].record_count if waiting else 0,
            "new_records": sealed.records if sealed else 0,
            "held_back": held,  # records the registry would refuse: correct them first
            "awaiting_ack": sum(b.record_count for b in waiting)}


def accept_acknowledgement(station: Station, actor: Actor | str, ack_data: dict[str, Any],
                           trust_update: dict[str, Any] | None = None) -> dict[str, Any]:
    """Verify a signed acknowledgement; mark its batch's records synced. Idempotent.

    The signer must be a service key with a certificate from this station's root, valid today:
    from the trust bundle, or from the trust update that came with the acknowledgement (which
    is verified first, so that a rotated service key works at once). Nothing is stored unless
    both verify; an acknowledgement without its trust update is refused (FORMAT.md section 2).
    """
    ack = Acknowledgement.from_dict(ack_data)
    if not 1 <= ack.sequence <= MAX_SEQUENCE:  # batch numbers have six digits, like records'
        raise AckRejected(f"the acknowledgement names batch {ack.sequence}, beyond the batch "
                          f"numbers a station uses (1 to {MAX_SEQUENCE:,}): refused",
                          reason="malformed")
    if not trust_update:
        raise AckRejected("the acknowledgement came without the registry's trust update: "
                          "refused (use the whole .ack.json file or answer the registry wrote)",
                          reason="no-trust-update")
    update = trust.check_trust_update(station, trust_update)
    signer = trust.ack_signer(station, ack.signer, update)
    with station.store.transaction() as repo:
        batch = q.get_batch(repo, ack.sequence)
        if batch is None:
            raise AckRejected("the acknowledgement is for a batch this station never sealed",
                              reason="unknown-batch")
        ack.verify(signer, station_id=station.code.station_id,
                   sequence=batch.sequence, batch_sha256=batch.sha256)
        marked = 0
        if batch.acknowledged_at is None:
            now = station.now()
            marked = q.mark_acknowledged(repo, batch.sequence, now, ack.to_bytes())
            name = actor.username if isinstance(actor, Actor) else actor
            repo.append_audit(name, "batch-acknowledged", f"batch-{batch.sequence}",
                              {"records": marked}, now)
    updated = trust.store_trust_update(station, update)
    if batch.file_name:  # the registry holds it now: no copy of personal data left lying around
        (outbox(station) / batch.file_name).unlink(missing_ok=True)
    return {"sequence": ack.sequence, "records_marked": marked, "trust": updated}


def import_ack(station: Station, actor: Actor, file: str | Path) -> dict[str, Any]:
    """Take an acknowledgement file written by `registry import`, or its signed refusal file
    (`*.refusal.json`): that supersedes the batch and raises BatchRefused (refusals.py)."""
    actor.require(Permission.SYNC)
    document = read_json_object(file, "acknowledgement", "file")
    try:
        if is_refusal_document(document):
            take_refusal_file(station, actor, document)
        return accept_acknowledgement(station, actor, document.get("acknowledgement", document),
                                      document.get("trust"))
    except SyncError as exc:
        raise ValidationError(f"acknowledgement: {exc}", field="file") from None


def sync_now(station: Station, actor: Actor, url: str | None = None,
             progress: Progress | None = None, *, attempts: int = 6, backoff: float = 0.5,
             verify: bool | str = True, writer: Writer[Any] | None = None) -> dict[str, Any]:
    """Send every unacknowledged batch (re-sent as sealed), then seal and send what is pending.

    Sealing, accepting acknowledgements and the audit are store writes, each run by `writer`;
    reading and uploading run where this is called."""
    actor.require(Permission.SYNC)
    from sync.client import RegistryClient

    target = url or station.config.registry_url
    if not target:
        raise ValidationError("no registry URL: give --url or set registry_url", field="url")
    report = progress or (lambda _stage, _done, _total: None)
    client = RegistryClient(target, station.code.station_id, trust.signing_key(station),
                            attempts=attempts, backoff=backoff, verify=verify)
    try:
        return _sync_loop(station, actor, client, report, writer or _inline)
    except SyncError as exc:
        raise StationError(f"sync stopped: {exc}") from None
    finally:
        client.close()


def _sync_loop(station: Station, actor: Actor, client: Any, report: Progress,
               write: Writer[Any]) -> dict[str, Any]:
    sent = acknowledged = 0
    trust_result = None
    held: list[StationWarning] = []
    while True:
        with station.store.reading() as repo:
            waiting = q.unacknowledged_batches(repo)
        if not waiting:
            report("seal", 0, 1)
            held.clear()
            if write(partial(seal_pending, station, actor, held)) is None:
                break
        with station.store.reading() as repo:
            waiting = q.unacknowledged_batches(repo)
        for done, batch in enumerate(waiting):
            report("upload", done, len(waiting))
            try:
                answer = client.upload_batch(_batch_bytes(station, batch))
            except BatchRejected as exc:
                raise write(partial(handle_refusal, station, actor, batch, exc)) from None
            result = write(partial(accept_acknowledgement, station, actor,
                                   answer["acknowledgement"], answer.get("trust")))
            trust_result = result["trust"]
            sent += 1
            acknowledged += batch.record_count
            report("upload", done + 1, len(waiting))
    if trust_result is None:
        update = client.trust_update()  # over the network, then stored by the writer
        trust_result = write(partial(trust.apply_trust_update, station, update))
    write(partial(station.audit, actor, "sync", "", batches=sent, records=acknowledged))
    return {"batches_sent": sent, "records_acknowledged": acknowledged, "trust": trust_result,
            "held_back": held, **pending_summary(station)}


def pending_summary(station: Station) -> dict[str, Any]:
    """What is waiting: records in no batch, batches sealed but not acknowledged."""
    with station.store.reading() as repo:
        counts = q.sync_counts(repo)
        waiting = q.unacknowledged_batches(repo)
        last = q.last_batch(repo)
    return {**counts, "batches_awaiting_ack": [b.sequence for b in waiting],
            "last_batch": last.sequence if last else None}



def last_acknowledgement(station: Station) -> str:
    """When the registry last acknowledged a batch of this station ("" when never)."""
    with station.store.reading() as repo:
        times = [b.acknowledged_at for b in repo.list_batches() if b.acknowledged_at]
    return max(times).isoformat(timespec="minutes") if times else ""
