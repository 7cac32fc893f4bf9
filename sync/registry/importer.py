"""Importing a sealed batch: verify, decrypt, store in one transaction, flag duplicates, ack.

Order: container -> recipient -> station known, not revoked -> signature -> hashes -> already
imported? (same ack back) -> decrypt -> records belong to the station -> chain -> bulk upsert ->
cross-site candidates -> acknowledgement. Anything failing before the commit leaves the database
untouched; the file goes to quarantine with the reason.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from station.domain.codec import bindings as bind
from station.domain.codec.enrolment import central_body, record_columns
from station.domain.codec.photo import sealed_photo
from station.domain.regno import CARD_PREFIX, NumberError, parse_number
from sync.atomic import move_file, write_atomically
from sync.batch import BatchFile, BatchPayload, open_batch, read_batch, verify_batch
from sync.batch_schema import check_payload
from sync.encoding import canonical_json, sha256_hex
from sync.errors import BatchRejected
from sync.registry import tables as t
from sync.registry.bulk import bulk_insert
from sync.registry.dedup import FaceIndex, demographic_text
from sync.registry.facefeed import lock_cross_site_check, record_changes
from sync.registry.record_keys import BIOMETRICS, DETAILS, PURPOSES, KeyRing, scrub
from sync.registry.refusal_files import write_refusal_file
from sync.registry.service import Registry, missing_sequences


@dataclass
class ImportResult:
    status: str  # imported | already-imported | rejected
    imported: int = 0
    station_id: str = ""
    sequence: int | None = None
    reason: str | None = None
    message: str = ""
    gaps: list[int] = field(default_factory=list)
    duplicates: int = 0
    # records whose templates are of the older models only (no SFace): the station should run
    # `station biometrics reindex`; they are compared by dlib alone (FORMAT.md 1)
    old_templates: int = 0
    acknowledgement: dict[str, Any] | None = None
    ack_file: str | None = None
    # the signed refusal written for the station (a file refused for its contents), else None
    refusal_file: str | None = None
    quarantined: str | None = None
    # why a refused upload was not kept in quarantine (its quota is full), else None
    not_kept: str | None = None
    # record keys destroyed by the batch's erasures (crypto-shredding, record_keys.py) and
    # what the clean-up after the commit did (VACUUM, WAL switch, CHECKPOINT), else None
    record_keys_destroyed: int = 0
    scrub: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class _Prepared:
    enrolments: list[dict[str, Any]]
    photos: list[dict[str, Any]]
    templates: list[dict[str, Any]]
    vectors: list[tuple[str, Any, Any]]  # (number, dlib vector, SFace vector or None)
    erase: list[str]
    replaced: list[str] = field(default_factory=list)
    old_templates: int = 0
    destroyed: int = 0  # record key rows deleted (erasures)

    def face_changes(self) -> tuple[list[str], list[str]]:
        """(numbers whose template this batch stores, numbers left without a template)."""
        added = sorted({str(row["registration_number"]) for row in self.templates})
        gone = set(self.erase) | set(self.replaced)
        return added, sorted(gone - set(added))


def import_file(registry: Registry, path: Path, ack_dir: Path | None = None, *,
                actor: str | None = None) -> ImportResult:
    """Import a batch file from removable media; write its ack file, or quarantine it (and, when
    it was refused for its contents, write the station's signed refusal file next to the acks).

    Audited like `import_bytes` (`actor` is the logged-in account)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        unread = ImportResult("rejected", reason="unreadable",
                              message=f"cannot read the file ({exc.strerror})")
        audit_import(registry, unread, actor or SCRIPT_ACTOR, "file")
        return unread
    result = import_bytes(registry, data, keep=False, actor=actor, via="file")
    if result.status == "rejected":
        result.quarantined = str(move_file(path, registry.home.quarantine))
        _note_rejection(registry, result)
        refusal = write_refusal_file(registry, result, sha256_hex(data),
                                     ack_dir or registry.home.acks)
        result.refusal_file = str(refusal) if refusal is not None else None
        return result
    target = ack_dir or registry.home.acks
    target.mkdir(parents=True, exist_ok=True)
    ack_path = target / f"{result.station_id}-{result.sequence:06d}.ack.json"
    document = {"acknowledgement": result.acknowledgement, "trust": registry.trust_update()}
    write_atomically(ack_path, json.dumps(document, indent=2).encode(), mode=0o644)
    result.ack_file = str(ack_path)
    return result


SCRIPT_ACTOR = "registry"  # imports by code that logged nobody in (tests, benchmarks)


def import_bytes(registry: Registry, data: bytes, *, keep: bool = True,
                 uploaded_by: str | None = None, actor: str | None = None,
                 via: str | None = None) -> ImportResult:
    """Import a batch; `keep` writes a rejected batch's bytes into quarantine (HTTP uploads).

    `uploaded_by` is the station that authenticated the upload: a station may only deliver
    its own batches (so it cannot collect another station's acknowledgement).

    Every outcome is audited once the import's own transaction has ended: the actor is the
    logged-in account (`actor`), else the uploading station (`station:<id>`), else
    `registry`. A failure of the database itself (not the batch's fault) is raised, and
    nothing was imported, so nothing is recorded.
    """
    result = _import_bytes(registry, data, keep=keep, uploaded_by=uploaded_by)
    if result.record_keys_destroyed:
        # after the commit, outside the import lock: the old key rows out of the table's
        # pages and the current WAL segment (the keys themselves are gone already)
        result.scrub = scrub(registry.engine)
        registry.compaction.keys_destroyed()  # and, later, the table file written anew
    who = actor or (f"station:{uploaded_by}" if uploaded_by else SCRIPT_ACTOR)
    audit_import(registry, result, who, via or ("upload" if uploaded_by else "direct"))
    return result


def audit_import(registry: Registry, result: ImportResult, actor: str, via: str) -> None:
    """One audit event per import: station, sequence, counts and status (no file names)."""
    details: dict[str, Any] = {"sequence": result.sequence, "status": result.status,
                               "imported": result.imported, "duplicates": result.duplicates,
                               "gaps": len(result.gaps), "via": via}
    if result.reason:
        details["reason"] = result.reason
    if result.not_kept:
        details["quarantine"] = "not kept: quota full"
    if result.acknowledgement:
        details["batch_sha256"] = result.acknowledgement.get("batch_sha256")
    if result.record_keys_destroyed:
        details["record_keys_destroyed"] = result.record_keys_destroyed
        details["scrub"] = {k: v for k, v in (result.scrub or {}).items() if k != "note"}
    registry.audit.record(actor, "batch-import", result.station_id, details)


def _import_bytes(registry: Registry, data: bytes, *, keep: bool,
                  uploaded_by: str | None) -> ImportResult:
    try:
        with registry.lock:
            return _import(registry, data, uploaded_by)
    except BatchRejected as exc:
        result = ImportResult("rejected", reason=exc.reason, message=str(exc))
        try:
            manifest = read_batch(data).manifest
            result.station_id, result.sequence = manifest.station_id, manifest.sequence
        except BatchRejected:
            pass
        if keep:
            kept, why = keep_refused(registry.home.quarantine, data,
                                     uploaded_by or result.station_id)
            result.quarantined = str(kept) if kept is not None else None
            result.not_kept = why or None
            _note_rejection(registry, result)
        return result


MiB = 1024 * 1024
# The quarantine's quota for refused uploads (FORMAT.md 5): (files, bytes) per station and in
# all. One station's share holds two of the largest batches (64 MiB); past a share the newest
# refused upload is not kept (never an older one dropped), and the answer and the `rejections`
# row say so.
QUARANTINE_PER_STATION = (8, 128 * MiB)
QUARANTINE_TOTAL = (200, 1024 * MiB)
_STATION_TAG = re.compile(r"[A-Z0-9]{2,5}-[A-Z0-9]{1,3}")
_keeping = threading.Lock()  # one process's uploads count and write one at a time


def keep_refused(folder: Path, data: bytes, station: str) -> tuple[Path | None, str]:
    """Write a refused upload into quarantine within the quota: (its file, "") or, when it is
    not kept, (None, why). The same bytes from the same station are kept once."""
    tag = station if _STATION_TAG.fullmatch(station or "") else "unknown"
    digest = sha256_hex(data)[:12]
    with _keeping:
        folder.mkdir(parents=True, exist_ok=True)
        sizes: dict[str, int] = {}
        for entry in folder.iterdir():
            with contextlib.suppress(OSError):  # a file removed meanwhile counts for nothing
                if entry.is_file():
                    sizes[entry.name] = entry.stat().st_size
        mine = {name: size for name, size in sizes.items()
                if name.startswith(f"upload-{tag}-")}
        for name in mine:
            if name.endswith(f"-{digest}.batch"):
                return folder / name, ""
        for share, (files, size), what in (
                (mine, QUARANTINE_PER_STATION, f"station {tag}'s share of the quarantine"),
                (sizes, QUARANTINE_TOTAL, "the quarantine")):
            if len(share) + 1 > files or sum(share.values()) + len(data) > size:
                return None, (f"not kept: {what} is full, {len(share)} files of "
                              f"{sum(share.values()) // MiB} MiB, at most {files} files of "
                              f"{size // MiB} MiB; the registry's operator should look at the "
                              "quarantine and clear it")
        name = f"upload-{tag}-{datetime.now(UTC):%Y%m%dT%H%M%S}-{digest}.batch"
        write_atomically(folder / name, data)
        return folder / name, ""


def _note_rejection(registry: Registry, result: ImportResult) -> None:
    with registry.engine.begin() as conn:
        conn.execute(insert(t.rejections).values(
            at=datetime.now(UTC), station_id=result.station_id[:9], sequence=result.sequence,
            reason=str(result.reason)[:40], message=result.message[:300],
            quarantined_as=str(result.quarantined or result.not_kept or "")[:300]))


def _import(registry: Registry, data: bytes, uploaded_by: str | None = None) -> ImportResult:
    batch = read_batch(data)
    manifest = batch.manifest
    if uploaded_by is not None and manifest.station_id != uploaded_by:
        raise BatchRejected("a station may only upload its own batches",
                            reason="foreign-records")
    if manifest.recipient != registry.recipient_id:
        raise BatchRejected("the batch is encrypted for another registry",
                            reason="wrong-recipient")
    faces = registry.faces
    seen = registry.faces_seq
    try:
        return _import_locked(registry, batch, faces)
    except BaseException:
        registry.rewind_faces(seen)  # the catch-up may have read this import's own rows
        raise


def _import_locked(registry: Registry, batch: BatchFile, faces: FaceIndex) -> ImportResult:
    manifest = batch.manifest
    with registry.engine.begin() as conn:
        station = conn.execute(select(t.stations).where(
            t.stations.c.station_id == manifest.station_id).with_for_update()).first()
        if station is None:
            raise BatchRejected("the batch comes from a station this registry does not know",
                                reason="unknown-station")
        if station.revoked_at is not None:
            raise BatchRejected("the batch comes from a revoked station",
                                reason="revoked-station")
        verify_batch(batch, bytes(station.public_key))
        done = conn.execute(select(t.batches).where(
            t.batches.c.station_id == manifest.station_id,
            t.batches.c.sequence == manifest.sequence)).first()
        if done is not None:
            if done.sha256 != batch.sha256:
                raise BatchRejected("another batch with this sequence was imported already",
                                    reason="conflict")
            return ImportResult("already-imported", 0, manifest.station_id, manifest.sequence,
                                gaps=_gaps(conn, manifest.station_id),
                                acknowledgement=registry.reissue_ack(
                                    json.loads(done.acknowledgement)))
        payload = check_payload(open_batch(batch, registry.keys.x25519))
        _check_ownership(payload, manifest.station_id)
        _check_chain(conn, batch)
        imported, prepared = _store(registry, conn, payload, batch)
        # Check-and-insert runs under one lock across every registry process, after catching
        # this process's index up with every import committed before (see facefeed.py).
        lock_cross_site_check(conn)
        registry.catch_up_faces(conn)
        flagged = _flag_duplicates(registry, conn, prepared, manifest.station_id)
        added, removed = prepared.face_changes()
        newest = record_changes(conn, added, removed)
        now = datetime.now(UTC)
        ack = registry.sign_ack(
            station_id=manifest.station_id, sequence=manifest.sequence,
            batch_sha256=batch.sha256, records=manifest.record_count, imported=imported,
            imported_at=now.isoformat())
        conn.execute(insert(t.batches).values(
            station_id=manifest.station_id, sequence=manifest.sequence, sha256=batch.sha256,
            previous_hash=manifest.previous_hash, record_count=manifest.record_count,
            imported=imported, imported_at=now,
            acknowledgement=canonical_json(ack.to_dict()).decode()))
        gaps = _gaps(conn, manifest.station_id)
    for number in removed:
        faces.remove(number)
    faces.add_many([(n, manifest.station_id, v, sface) for n, v, sface in prepared.vectors])
    registry.faces_applied(newest)
    message = ""
    if prepared.old_templates:
        message = (f"{prepared.old_templates} record(s) came with old face templates only "
                   "(no SFace template of the current version): they are compared by dlib "
                   "alone; run `station biometrics reindex` at the station")
    return ImportResult("imported", imported, manifest.station_id, manifest.sequence,
                        message=message, gaps=gaps, duplicates=flagged,
                        old_templates=prepared.old_templates, acknowledgement=ack.to_dict(),
                        record_keys_destroyed=prepared.destroyed)


def _gaps(conn: Connection, station_id: str) -> list[int]:
    sequences = [s for (s,) in conn.execute(
        select(t.batches.c.sequence).where(t.batches.c.station_id == station_id))]
    return missing_sequences(sequences)


def _check_ownership(payload: BatchPayload, station_id: str) -> None:
    """Every record and card event must carry a number of the signing station: no station can
    replay, revoke or restore another station's records."""
    numbers = [str(r.get("registration_number", "")) for r in payload.enrolments + payload.cards
               + payload.duplicate_decisions + payload.media + payload.consent_withdrawals]
    cards = [str(c.get(key) or "") for c in payload.cards for key in ("card_number", "replaced_by")]
    for number, prefix, what in ([(n, "", "record") for n in numbers]
                                 + [(n, CARD_PREFIX, "card event") for n in cards if n]):
        try:
            code, _ = parse_number(number, prefix=prefix)
        except NumberError:
            raise BatchRejected(f"a {what} has an invalid number", reason="malformed") from None
        if code.station_id != station_id:
            raise BatchRejected(f"the batch holds a {what} of another station",
                                reason="foreign-records")


def _check_chain(conn: Connection, batch: BatchFile) -> None:
    manifest = batch.manifest
    previous = conn.execute(select(t.batches.c.sha256).where(
        t.batches.c.station_id == manifest.station_id,
        t.batches.c.sequence == manifest.sequence - 1)).first()
    if previous is not None and previous[0] != manifest.previous_hash:
        raise BatchRejected("the batch does not chain to the station's previous batch",
                            reason="broken-chain")
    following = conn.execute(select(t.batches.c.previous_hash).where(
        t.batches.c.station_id == manifest.station_id,
        t.batches.c.sequence == manifest.sequence + 1)).first()
    if following is not None and following[0] != batch.sha256:
        raise BatchRejected("the next batch, imported already, chains to another batch",
                            reason="broken-chain")


def _when(text: Any) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _enrolment_row(registry: Registry, ring: KeyRing, record: dict[str, Any], station_id: str,
                   sequence: int) -> dict[str, Any]:
    number = str(record["registration_number"])
    consent = record.get("consent", {})
    return {
        **record_columns(record), "station_id": station_id,
        "consent_purposes": ",".join(consent.get("active_purposes", [])),
        "batch_sequence": sequence,
        "demo_key": registry.cipher.blind(demographic_text(record.get("personal", {}),
                                                           str(record["sex"]))),
        "sealed": ring.seal(number, DETAILS, canonical_json(central_body(record)),
                            bind.enrolment(number)),
    }


def _keys_for(ring: KeyRing, payload: BatchPayload, numbers: set[str]) -> tuple[set[str], int]:
    """Destroy the keys this batch's erasures cover, then load (or make) the keys its records
    are sealed under. Returns (numbers whose biometrics are kept, key rows destroyed).

    A tombstone (registration erasure, or retention erasing everywhere) destroys both keys
    and is sealed under a new details key; a record without biometric consent destroys its
    biometrics key. A record not converted yet has no key to destroy: its old rows are
    deleted as before (`registry keys upgrade`)."""
    records = [r for r in payload.enrolments if r["registration_number"] in numbers]
    erased = {str(r["registration_number"]) for r in records if r.get("status") == "erased"}
    consented = {str(r["registration_number"]) for r in records
                 if "biometrics" in r.get("consent", {}).get("active_purposes", [])}
    destroyed = ring.destroy(erased, PURPOSES)
    destroyed += ring.destroy(numbers - consented - erased, (BIOMETRICS,))
    ring.load(numbers, DETAILS)
    ring.load({str(item.get("registration_number")) for item in payload.media
               if str(item.get("registration_number")) in consented
               and (item.get("photo") or item.get("templates") or item.get("template"))},
              BIOMETRICS)
    return consented, destroyed


def _prepare(registry: Registry, ring: KeyRing, payload: BatchPayload, station_id: str,
             sequence: int, numbers: set[str]) -> _Prepared:
    from sync.registry.dedup import FaceIndex

    consented, destroyed = _keys_for(ring, payload, numbers)
    rows = [_enrolment_row(registry, ring, r, station_id, sequence) for r in payload.enrolments
            if r["registration_number"] in numbers]
    prepared = _Prepared(rows, [], [], [], [n for n in numbers if n not in consented],
                         destroyed=destroyed)
    for item in payload.media:
        number = str(item.get("registration_number"))
        if number not in consented:
            continue
        photo = item.get("photo")
        # every template of the record (`templates`); a batch made before it has `template`
        templates = list(item.get("templates") or [])
        if not templates and item.get("template"):
            templates = [item["template"]]
        if photo:
            prepared.photos.append({
                "registration_number": number, "quality_passed": bool(photo["quality_passed"]),
                "sealed": ring.seal(number, BIOMETRICS, sealed_photo(photo, canonical_json),
                                    bind.photo(number))})
        by_model = {str(template["model"]): template for template in templates}
        for model, template in by_model.items():
            prepared.templates.append({
                "registration_number": number, "model": model,
                "model_version": str(template["model_version"]),
                "sealed": ring.seal(number, BIOMETRICS, template["data"],
                                    bind.template(number, model))})
        dlib = by_model.get(bind.LEGACY_TEMPLATE_MODEL)
        sface = by_model.get(FaceIndex.SFACE_MODEL)
        if dlib is not None and (sface is None
                                 or str(sface["model_version"]) != FaceIndex.sface_version()):
            prepared.old_templates += 1  # no SFace template, or one of an older version
        if dlib is not None and registry.faces.index is not None:
            sface = by_model.get(FaceIndex.SFACE_MODEL)
            prepared.vectors.append((number, FaceIndex.vector(dlib["data"]),
                                     FaceIndex.sface_vector(sface)))
    return prepared


def _newer(conn: Connection, table: Any, key: Any, values: list[Any], sequence: int,
           where: Any = None) -> tuple[set[Any], set[Any]]:
    """(absent keys, keys stored from an older or the same batch) among `values`."""
    stored: dict[Any, int] = {}
    for start in range(0, len(values), 1000):
        query = select(key, table.c.batch_sequence).where(key.in_(values[start:start + 1000]))
        if where is not None:
            query = query.where(where)
        stored.update({k: s for k, s in conn.execute(query)})
    absent = {v for v in values if v not in stored}
    older = {v for v in values if v in stored and stored[v] <= sequence}
    return absent, older


def _delete(conn: Connection, table: Any, key: Any, values: list[Any],
            where: Any = None) -> None:
    for start in range(0, len(values), 1000):
        statement = delete(table).where(key.in_(values[start:start + 1000]))
        conn.execute(statement if where is None else statement.where(where))


def _store(registry: Registry, conn: Connection, payload: BatchPayload,
           batch: BatchFile) -> tuple[int, _Prepared]:
    station_id, sequence = batch.manifest.station_id, batch.manifest.sequence
    numbers = [str(r["registration_number"]) for r in payload.enrolments]
    absent, older = _newer(conn, t.enrolments, t.enrolments.c.registration_number, numbers,
                           sequence)
    chosen = absent | older
    # the station's row is locked FOR UPDATE (_import_locked): this import alone makes keys
    # for its numbers
    ring = registry.record_keys.ring(conn)
    prepared = _prepare(registry, ring, payload, station_id, sequence, chosen)
    replaced = prepared.replaced = sorted(older)
    for table in (t.enrolments, t.photos, t.templates):
        _delete(conn, table, table.c.registration_number, replaced)
    _delete(conn, t.photos, t.photos.c.registration_number, prepared.erase)
    _delete(conn, t.templates, t.templates.c.registration_number, prepared.erase)
    bulk_insert(conn, t.enrolments, prepared.enrolments)
    bulk_insert(conn, t.photos, prepared.photos)
    bulk_insert(conn, t.templates, prepared.templates)
    imported = len(prepared.enrolments) + _store_cards(conn, payload, station_id, sequence)
    imported += _store_cases(ring, conn, payload, station_id, sequence)
    return imported, prepared


def _store_cards(conn: Connection, payload: BatchPayload, station_id: str, sequence: int
                 ) -> int:
    numbers = [str(c["card_number"]) for c in payload.cards]
    # Card numbers carry their station (checked in _check_ownership); the sequence comparison
    # is still limited to this station's rows so that no other station's card can be touched.
    absent, older = _newer(conn, t.cards, t.cards.c.card_number, numbers, sequence,
                           t.cards.c.station_id == station_id)
    rows = [{"card_number": str(c["card_number"]),
             "registration_number": str(c["registration_number"]), "station_id": station_id,
             "issue_date": datetime.fromisoformat(c["issue_date"]).date(),
             "expiry_date": datetime.fromisoformat(c["expiry_date"]).date(),
             "status": str(c["status"]), "print_count": int(c.get("print_count", 0)),
             "revoked_at": _when(c.get("revoked_at")),
             "revoke_reason": str(c.get("revoke_reason", ""))[:40],
             "replaced_by": str(c.get("replaced_by", "")), "batch_sequence": sequence}
            for c in payload.cards if c["card_number"] in absent | older]
    _delete(conn, t.cards, t.cards.c.card_number, sorted(older), t.cards.c.station_id == station_id)
    bulk_insert(conn, t.cards, rows)
    return len(rows)


def _store_cases(ring: KeyRing, conn: Connection, payload: BatchPayload, station_id: str,
                 sequence: int) -> int:
    ids = [int(c["case_id"]) for c in payload.duplicate_decisions]
    where = t.station_cases.c.station_id == station_id
    absent, older = _newer(conn, t.station_cases, t.station_cases.c.case_id, ids, sequence,
                           where)
    # a case's reason is under its record's details key (the number is this station's)
    ring.load({str(c["registration_number"]) for c in payload.duplicate_decisions
               if int(c["case_id"]) in absent | older}, DETAILS)
    rows = [{"station_id": station_id, "case_id": int(c["case_id"]),
             "registration_number": str(c["registration_number"]),
             "candidates": json.dumps(c.get("candidates", [])),
             "opened_at": _when(c["opened_at"]), "status": str(c["status"]),
             "decision": c.get("decision"), "decided_by": str(c.get("decided_by", "")),
             "decided_at": _when(c.get("decided_at")),
             "sealed_reason": ring.seal(
                 str(c["registration_number"]), DETAILS, str(c.get("reason", "")).encode(),
                 bind.station_case_reason(station_id, c["case_id"])),
             "batch_sequence": sequence}
            for c in payload.duplicate_decisions if int(c["case_id"]) in absent | older]
    _delete(conn, t.station_cases, t.station_cases.c.case_id, sorted(older), where)
    bulk_insert(conn, t.station_cases, rows)
    return len(rows)


def _flag_duplicates(registry: Registry, conn: Connection, prepared: _Prepared,
                     station_id: str) -> int:
    """Open review cases for candidates at other stations; returns how many new cases."""
    pairs: dict[tuple[str, str, str], tuple[float | None, str]] = {}
    found = registry.faces.candidates_many([v for _, v, _ in prepared.vectors], station_id,
                                           sface_vectors=[s for _, _, s in prepared.vectors])
    for (number, _, _), hits in zip(prepared.vectors, found, strict=True):
        for candidate, distance, band in hits:
            first, second = sorted((number, candidate))
            pairs[(first, second, "biometric")] = (distance, band)
    by_key: dict[str, list[str]] = {}
    for row in prepared.enrolments:
        by_key.setdefault(row["demo_key"], []).append(row["registration_number"])
    keys = list(by_key)
    for start in range(0, len(keys), 1000):
        rows = conn.execute(select(t.enrolments.c.registration_number, t.enrolments.c.demo_key)
                            .where(t.enrolments.c.demo_key.in_(keys[start:start + 1000]),
                                   t.enrolments.c.station_id != station_id))
        for candidate, demo_key in rows:
            for number in by_key[demo_key]:
                first, second = sorted((number, candidate))
                pairs[(first, second, "demographic")] = (None, "match")
    if not pairs:
        return 0
    c = t.cross_site_cases
    now = datetime.now(UTC)
    cases = [{"registration_number": a, "candidate_number": b, "kind": kind, "distance": d,
              "band": band, "opened_at": now, "status": "open"}
             for (a, b, kind), (d, band) in pairs.items()]
    # One statement for every pair: a pair already under review (the unique pair constraint)
    # is skipped by the database instead of being looked up one by one.
    dialect_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    statement = dialect_insert(c).on_conflict_do_nothing(
        index_elements=["registration_number", "candidate_number", "kind"]).returning(c.c.id)
    opened = 0
    for start in range(0, len(cases), 5000):
        opened += len(conn.execute(statement, cases[start:start + 5000]).all())
    return opened
