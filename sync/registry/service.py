"""The registry: set-up, stations and their certificates, trust updates, status, review queue."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from cards import (
    RevocationList,
    RootKey,
    ServiceCertificate,
    ServiceKey,
    StationCertificate,
    StationKey,
    TrustBundle,
)
from cards.certificates import StationRevocation
from station.domain.codec import bindings as bind
from station.domain.regno import StationCode
from sync.ack import ACK_FORMAT, Acknowledgement
from sync.batch import public_x25519
from sync.encoding import b64e, key_id
from sync.errors import SyncError
from sync.registry import tables as t
from sync.registry.audit import AuditTrail
from sync.registry.cipher import DataCipher
from sync.registry.compaction import CompactionSchedule
from sync.registry.db import make_engine, migrate
from sync.registry.dedup import FaceIndex
from sync.registry.home import RegistryHome
from sync.registry.keys import (
    RegistryKeys,
    default_root_key_path,
    load_keys,
    load_root_key,
    new_ed25519_seed,
    save_keys,
    save_root_key,
)
from sync.registry.record_keys import (
    BIOMETRICS,
    DETAILS,
    RecordKeys,
    is_complete,
    keyed,
    record_keys_status,
)
from sync.trust_update import sign_trust_update

CERT_VALIDITY_DAYS = 365 * 5 + 730  # signing period plus the longest card validity
# The service key is online, so its certificate is short-lived: renewing it takes the offline
# root (`registry root certify-service`) every two years at the latest.
SERVICE_CERT_VALIDITY_DAYS = 730
SERVICE_RENEW_WARNING_DAYS = 60


def _utc_day(moment: datetime) -> date:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).date()


def utcnow() -> datetime:
    return datetime.now(UTC)


class Registry:
    """An unlocked registry: keys, database engine and the in-memory face index.

    `root` is None unless the root key was unlocked (`unlock_root`) or just made (`init`): the
    running registry signs with its service key and needs the root only to certify.
    """

    def __init__(self, home: RegistryHome, keys: RegistryKeys, engine: Engine,
                 config: dict[str, Any], root: RootKey | None = None) -> None:
        self.home = home
        self.keys = keys
        self.engine = engine
        self.config = config
        self.cipher = DataCipher(keys.data)
        with engine.connect() as conn:
            converted = is_complete(conn)
        # Each person's data under their own keys (crypto-shredding, see record_keys.py).
        self.record_keys = RecordKeys(keys.data, self.cipher, legacy_open=not converted)
        self.root = root
        self.root_public = keys.root_public
        self.root_key_id = key_id(keys.root_public)
        self.service = ServiceKey.from_private_bytes(keys.service)
        self.x25519_public = public_x25519(keys.x25519)
        self.recipient_id = key_id(self.x25519_public)
        self.lock = threading.Lock()  # one import at a time per process (the index is shared)
        self.compaction = CompactionSchedule()  # VACUUM FULL record_keys after erasures
        self._faces: FaceIndex | None = None
        self._faces_seq = 0  # newest face_changes.seq applied to `_faces` (see facefeed.py)
        self._face_listener: Any = None
        self.audit = AuditTrail(engine, keys.data, home.path)

    # -- life cycle ------------------------------------------------------------------------
    @classmethod
    def init(cls, home: RegistryHome, db_url: str, passphrase: str,
             registry_url: str = "", *, admin: tuple[str, str] | None = None,
             root_passphrase: str | None = None) -> Registry:
        """Set up keys, configuration and schema; `admin` (name, password) is the first
        account (the `registry` command always gives one; tests and benchmarks may not).

        The root key goes to its own file in the home (`root-key.json`, sealed by
        `root_passphrase`, else REGISTRY_ROOT_PASSPHRASE, else `passphrase`), to be moved to
        offline media; the online key file holds a service key the root has just certified.
        """
        from sync.registry.accounts import Role, check_name, create_account
        from sync.registry.passwords import check_new_password

        if admin is not None:  # refused before anything is made
            check_name(admin[0])
            check_new_password(admin[1])
        root_secret = root_passphrase or os.environ.get("REGISTRY_ROOT_PASSPHRASE") or passphrase
        if len(root_secret) < 10:
            raise SyncError("REGISTRY_ROOT_PASSPHRASE needs at least 10 characters",
                            reason="locked")
        engine = make_engine(db_url)
        migrate(engine)
        home.create()
        root = RootKey.generate()
        keys = RegistryKeys.generate(root.public_bytes)
        keys = keys.with_service(keys.service, (_certify_service(root, keys.service, 1, 0),))
        save_root_key(default_root_key_path(home.path), root.private_bytes(), root_secret)
        keys = save_keys(home.keys_path, keys, passphrase)
        config = {"db_url": db_url, "registry_url": registry_url}
        home.save_config(config)
        registry = cls(home, keys, engine, config, root=root)
        with engine.begin() as conn:
            actor = admin[0] if admin else "setup"
            registry.audit.append(conn, actor, "registry-init", "",
                                  {"first_admin": admin is not None})
            if admin is not None:
                create_account(conn, registry.audit, actor, admin[0], Role.ADMIN, admin[1])
        return registry

    @classmethod
    def open(cls, home: RegistryHome, passphrase: str) -> Registry:
        config = home.load_config()
        keys = load_keys(home.keys_path, passphrase)
        engine = make_engine(str(config["db_url"]))
        migrate(engine)
        return cls(home, keys, engine, config)

    def close(self) -> None:
        self.stop_face_listener()
        with contextlib.suppress(Exception):  # the database or home is gone: the mark waits
            self.audit.save_mark()  # the home's high-water mark of the audit (audit.py)
        self.engine.dispose()

    # -- face index --------------------------------------------------------------------------
    @property
    def faces(self) -> FaceIndex:
        if self._faces is None:
            from sync.registry.facefeed import latest_change

            # The sequence before the templates: a change committed in between is replayed by
            # the next catch-up, which is harmless (catching up is state based).
            with self.engine.connect() as conn:
                seq = latest_change(conn)
            self._faces, self._faces_seq = self.load_faces(), seq
        return self._faces

    @property
    def faces_seq(self) -> int:
        """The newest face change (import sequence) this process's index holds."""
        return self._faces_seq

    def catch_up_faces(self, conn: Connection | None = None) -> int:
        """Apply the face changes other processes committed since this one last looked.

        Takes `lock` unless `conn` is given: an import passes its own transaction's connection
        and holds the lock already. Returns the sequence the index is now at.
        """
        from sync.registry.facefeed import catch_up

        if conn is not None:
            if self._faces is not None:
                self._faces_seq = catch_up(self, self._faces, conn, self._faces_seq)
            return self._faces_seq
        with self.lock:
            if self._faces is not None:
                with self.engine.connect() as own:
                    self._faces_seq = catch_up(self, self._faces, own, self._faces_seq)
            return self._faces_seq

    def faces_applied(self, newest: int | None) -> None:
        """An import applied its own changes, up to `newest`, to the index (lock held)."""
        if newest is not None:
            self._faces_seq = max(self._faces_seq, newest)

    def rewind_faces(self, seq: int) -> None:
        """An import failed after catching up on its own connection: forget back to `seq`, so
        that the next catch-up re-reads those numbers as committed (lock held)."""
        self._faces_seq = min(self._faces_seq, seq)

    def start_face_listener(self) -> None:
        """Follow other processes' imports (PostgreSQL LISTEN/NOTIFY plus polling); idempotent.
        Not on SQLite, where each import catches up by the sequence itself."""
        if self.engine.dialect.name != "postgresql":
            return
        from sync.registry.facefeed import FaceListener

        self.faces  # noqa: B018  (build the index before following changes to it)
        if self._face_listener is None:
            self._face_listener = FaceListener(self)
        self._face_listener.start()

    def stop_face_listener(self) -> None:
        if self._face_listener is not None:
            self._face_listener.stop()

    def load_faces(self) -> FaceIndex:
        """Decrypt every template once and build the 1:N index (start-up of each process).

        Rows are streamed from a server-side cursor in blocks and their vectors written into
        one preallocated matrix, so a national gallery costs its matrix, the index and the
        number maps, not a Python object per template.
        """
        import numpy as np

        faces = FaceIndex.empty()
        if faces.index is None:
            return faces
        numbers: list[str] = []
        stations: list[str] = []
        of = t.templates.c.registration_number
        query = (select(of, t.templates.c.sealed, t.enrolments.c.station_id,
                        t.record_keys.c.wrapped)
                 .select_from(keyed(t.templates.join(
                     t.enrolments, t.enrolments.c.registration_number == of),
                     of, BIOMETRICS))
                 .where(t.templates.c.model == bind.LEGACY_TEMPLATE_MODEL))
        keys = self.record_keys
        with self.engine.connect() as conn:
            expected = int(conn.execute(
                select(func.count()).select_from(t.templates)
                .where(t.templates.c.model == bind.LEGACY_TEMPLATE_MODEL)).scalar_one())
            matrix = None
            rows = conn.execution_options(stream_results=True, yield_per=20_000).execute(query)
            for block in rows.partitions():
                vectors = FaceIndex.vectors([
                    keys.open_with(number, BIOMETRICS, wrapped, sealed, bind.template(number))
                    for number, sealed, _, wrapped in block])
                start, end = len(numbers), len(numbers) + len(block)
                if matrix is None:
                    matrix = np.empty((max(expected, end), vectors.shape[1]), dtype=np.float32)
                if end > matrix.shape[0]:  # rows added since the count: grow
                    matrix = np.concatenate([matrix, np.empty(
                        (end - matrix.shape[0] + 10_000, vectors.shape[1]), dtype=np.float32)])
                matrix[start:end] = vectors
                numbers += [row[0] for row in block]
                stations += [sys.intern(row[2]) for row in block]
            if matrix is not None:
                faces.load(numbers, stations, matrix[: len(numbers)])
                # SFace templates of the current version re-score the dlib shortlist
                sface = (select(of, t.templates.c.sealed, t.record_keys.c.wrapped)
                         .select_from(keyed(t.templates, of, BIOMETRICS))
                         .where(t.templates.c.model == FaceIndex.SFACE_MODEL,
                                t.templates.c.model_version == FaceIndex.sface_version()))
                sface_rows = conn.execution_options(stream_results=True,
                                                    yield_per=20_000).execute(sface)
                for sface_block in sface_rows.partitions():
                    faces.load_sface(
                        [row[0] for row in sface_block],
                        FaceIndex.vectors([keys.open_with(
                            n, BIOMETRICS, wrapped, sealed,
                            bind.template(n, FaceIndex.SFACE_MODEL))
                            for n, sealed, wrapped in sface_block]))
        return faces

    # -- root and service key ------------------------------------------------------------------
    def unlock_root(self, path: Path, passphrase: str) -> RootKey:
        """Load the root key from its (offline) file; it must be this registry's root."""
        root = RootKey.from_private_bytes(load_root_key(path, passphrase))
        if root.public_bytes != self.root_public:
            raise SyncError("the root key file belongs to another registry",
                            reason="wrong-root-key")
        self.root = root
        return root

    def _require_root(self) -> RootKey:
        if self.root is None:
            raise SyncError("this needs the registry's root key: give --root-key FILE (the "
                            "offline copy)", reason="no-root-key")
        return self.root

    @property
    def service_certificate(self) -> ServiceCertificate:
        """The root's certificate for the service key in use."""
        for cert in self.keys.service_certificates:
            if cert.public_key == self.service.public_bytes:
                return cert
        raise SyncError("the registry key file has no certificate for its service key: run "
                        "`registry root certify-service`", reason="no-service-certificate")

    def service_certificates(self) -> list[ServiceCertificate]:
        """What stations and verifiers get: the current certificate and earlier ones still
        valid (kept listed until they expire, unless retired), newest first."""
        today = utcnow().date()
        current = self.service_certificate
        floor = self._service_floor()
        return [current] + [c for c in self.keys.service_certificates
                            if c.key_id != current.key_id and c.valid_on(today)
                            and c.serial >= floor]

    def _service_floor(self) -> int:
        return max((c.retires_below for c in self.keys.service_certificates), default=0)

    def _next_service_serial(self) -> int:
        return max((c.serial for c in self.keys.service_certificates), default=0) + 1

    def certify_service(self) -> ServiceCertificate:
        """Renew the certificate of the service key in use (the root is needed): a new serial,
        the retirement floor carried over."""
        cert = _certify_service(self._require_root(), self.keys.service,
                                self._next_service_serial(), self._service_floor())
        kept = tuple(c for c in self.keys.service_certificates
                     if c.public_key != self.service.public_bytes)
        self._save_service(self.keys.service, (cert, *kept))
        return cert

    def rotate_service(self, *, retire_previous: bool = False) -> ServiceCertificate:
        """A new service key with a new root certificate; the previous certificate stays
        listed until it expires unless `retire_previous` (say, the old key was exposed).

        With `retire_previous` the new certificate also carries, root-signed, `retires_below`
        its own serial: a station that sees it refuses every earlier service certificate for
        good, even one an attacker holding the old key still presents.

        Other running registry processes keep the key they loaded until restarted; stations
        accept either, as long as its certificate is listed or comes with the answer (not
        after a retirement: the old key's signatures are refused once a station has the new
        certificate).
        """
        seed = new_ed25519_seed()
        serial = self._next_service_serial()
        cert = _certify_service(self._require_root(), seed, serial,
                                serial if retire_previous else self._service_floor())
        today = utcnow().date()
        kept = () if retire_previous else tuple(
            c for c in self.keys.service_certificates if c.valid_on(today))
        self._save_service(seed, (cert, *kept))
        return cert

    def _save_service(self, seed: bytes, certificates: tuple[ServiceCertificate, ...]) -> None:
        keys = save_keys(self.home.keys_path, self.keys.with_service(seed, certificates))
        self.keys = keys
        self.service = ServiceKey.from_private_bytes(seed)

    def service_status(self) -> dict[str, Any]:
        """Root and service key ids and how long the service certificate still runs."""
        cert = self.service_certificate
        days = (cert.valid_to - utcnow().date()).days
        return {"root_key_id": self.root_key_id, "service_key_id": cert.key_id.hex(),
                "service_valid_from": cert.valid_from, "service_valid_to": cert.valid_to,
                "service_days_left": days, "service_serial": cert.serial,
                "service_retired_below": cert.retires_below,
                "listed_service_keys": [c.key_id.hex() for c in self.service_certificates()],
                "root_key_here": default_root_key_path(self.home.path).is_file()}

    def sign_ack(self, *, station_id: str, sequence: int, batch_sha256: str, records: int,
                 imported: int, imported_at: str) -> Acknowledgement:
        """An acknowledgement signed by the service key."""
        return Acknowledgement.sign(self.keys.service, station_id=station_id, sequence=sequence,
                                    batch_sha256=batch_sha256, records=records,
                                    imported=imported, imported_at=imported_at)

    def reissue_ack(self, stored: dict[str, Any]) -> dict[str, Any]:
        """The stored acknowledgement of a re-sent batch, re-signed if the service key changed
        since (same fields, new signer), so that a retired key's signature is never needed."""
        if (stored.get("format") == ACK_FORMAT
                and stored.get("signer") == self.service.key_id.hex()):
            return stored
        return self.sign_ack(station_id=str(stored["station_id"]),
                             sequence=int(stored["sequence"]),
                             batch_sha256=str(stored["batch_sha256"]),
                             records=int(stored["records"]), imported=int(stored["imported"]),
                             imported_at=str(stored["imported_at"])).to_dict()

    # -- stations ----------------------------------------------------------------------------
    def add_station(self, site: str, station: str, *, public_key: bytes | None = None,
                    registry_url: str = "", actor: str | None = None) -> dict[str, Any]:
        """Certify a station (the root is needed) and return its trust bundle.

        With `public_key` (the station made its own key, see `sync.join_request`) no private
        key travels. Without it the registry makes the key and the bundle carries it, marked
        `holds_private_key`: key material, to be carried like a smart card and deleted.
        With `actor` the `station-added` event is written in the same transaction.
        """
        root = self._require_root()
        try:
            code = StationCode(site.upper(), station.upper())
        except ValueError as exc:
            raise SyncError(str(exc), reason="bad-station") from None
        key = StationKey.generate() if public_key is None else None
        public = key.public_bytes if key else public_key
        assert public is not None
        today = utcnow().date()
        cert = StationCertificate.issue(root, station_id=code.station_id, site=code.site,
                                        public_key=public, valid_from=today,
                                        valid_to=today + timedelta(days=CERT_VALIDITY_DAYS))
        with self.engine.begin() as conn:
            if conn.execute(select(t.stations.c.station_id)
                            .where(t.stations.c.station_id == code.station_id)).first():
                raise SyncError(f"station {code.station_id} is registered already",
                                reason="exists")
            conn.execute(insert(t.stations).values(
                station_id=code.station_id, site=code.site, public_key=public,
                key_id=cert.key_id.hex(), certificate=cert.to_json(), added_at=utcnow(),
                revoke_reason=""))
            if actor is not None:
                self.audit.append(conn, actor, "station-added", code.station_id,
                                  {"key_id": cert.key_id.hex(),
                                   "holds_private_key": key is not None})
        bundle = self.trust_bundle()
        document = bundle.to_dict()
        document["registry_url"] = registry_url or str(self.config.get("registry_url", ""))
        document["holds_private_key"] = key is not None
        if key is not None:
            document["station_key"] = b64e(key.private_bytes())
        return document

    def forget_station(self, station_id: str, actor: str | None = None) -> None:
        """Undo `add_station` for a station that never received its bundle (no batches yet);
        with `actor`, audited (`station-removed`) in the same transaction."""
        with self.engine.begin() as conn:
            if conn.execute(select(t.batches.c.sequence)
                            .where(t.batches.c.station_id == station_id)).first():
                raise SyncError("the station has sent batches: revoke it instead",
                                reason="in-use")
            conn.execute(delete(t.stations).where(t.stations.c.station_id == station_id))
            if actor is not None:
                self.audit.append(conn, actor, "station-removed", station_id,
                                  {"why": "bundle-not-written"})

    def revoke_station(self, station_id: str, reason: str, actor: str | None = None) -> None:
        """Revoke a station; with `actor`, audited (`station-revoked`) in the same
        transaction."""
        with self.engine.begin() as conn:
            done = conn.execute(update(t.stations).where(t.stations.c.station_id == station_id)
                                .values(revoked_at=utcnow(), revoke_reason=reason[:80]))
            if not done.rowcount:
                raise SyncError(f"no station {station_id} is registered", reason="unknown")
            if actor is not None:
                self.audit.append(conn, actor, "station-revoked", station_id)

    def certificates(self) -> list[StationCertificate]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.stations.c.certificate)
                                .where(t.stations.c.revoked_at.is_(None))
                                .order_by(t.stations.c.station_id))
            return [StationCertificate.from_json(text) for (text,) in rows]

    def revoked_stations(self) -> tuple[list[StationCertificate], list[StationRevocation]]:
        """Certificates of revoked stations and, for each, its revocation dated the day it was
        revoked and signed by the service key: cards it issued before stay valid."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.stations.c.certificate, t.stations.c.revoked_at)
                                .where(t.stations.c.revoked_at.is_not(None))
                                .order_by(t.stations.c.station_id)).all()
        certificates = [StationCertificate.from_json(text) for text, _ in rows]
        return certificates, [
            StationRevocation.issue(self.service, station_id=cert.station_id,
                                    key_id=cert.key_id,
                                    revoked_on=_utc_day(at))
            for cert, (_, at) in zip(certificates, rows, strict=True)]

    def revocation_list(self) -> RevocationList:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.cards.c.card_number, t.cards.c.revoked_at)
                                .where(t.cards.c.revoked_at.is_not(None)))
            entries: dict[str, date] = {number: at.date() for number, at in rows}
        return RevocationList(entries).sign(self.service, utcnow().date())

    def trust_bundle(self) -> TrustBundle:
        revoked, dated = self.revoked_stations()
        bundle = TrustBundle(self.root_public, self.certificates() + revoked,
                             registry_x25519_public_key=self.x25519_public,
                             service_certificates=self.service_certificates(),
                             station_revocations=dated)
        bundle.add_revocation_list(self.revocation_list())
        return bundle

    def trust_update(self) -> dict[str, Any]:
        """Current station certificates and revocation list, signed by the service key."""
        revoked, dated = self.revoked_stations()
        return sign_trust_update(self.service, issued_at=utcnow(),
                                 service_certificates=self.service_certificates(),
                                 certificates=self.certificates(),
                                 revocation_lists=[self.revocation_list()],
                                 revoked_certificates=revoked, station_revocations=dated)

    def station_key(self, station_id: str) -> tuple[bytes, bool] | None:
        """(public key, revoked) of a registered station, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(t.stations.c.public_key, t.stations.c.revoked_at)
                               .where(t.stations.c.station_id == station_id)).first()
        return None if row is None else (bytes(row[0]), row[1] is not None)

    # -- reading -----------------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            def count(table: Any, *where: Any) -> int:
                return int(conn.execute(select(func.count()).select_from(table).where(*where))
                           .scalar_one())

            stations = []
            for row in conn.execute(select(t.stations).order_by(t.stations.c.station_id)):
                sequences = [s for (s,) in conn.execute(
                    select(t.batches.c.sequence).where(t.batches.c.station_id == row.station_id)
                    .order_by(t.batches.c.sequence))]
                stations.append({
                    "station_id": row.station_id, "revoked": row.revoked_at is not None,
                    "batches": len(sequences), "last_sequence": max(sequences, default=0),
                    "gaps": missing_sequences(sequences),
                    "enrolments": count(t.enrolments, t.enrolments.c.station_id
                                        == row.station_id)})
            return {"enrolments": count(t.enrolments), "photos": count(t.photos),
                    "templates": count(t.templates), "cards": count(t.cards),
                    "batches": count(t.batches), "rejected": count(t.rejections),
                    "open_duplicates": count(t.cross_site_cases,
                                             t.cross_site_cases.c.status == "open"),
                    "record_keys": record_keys_status(conn),
                    "stations": stations}

    def decide_case(self, case_id: int, decision: str, reason: str, decided_by: str
                    ) -> dict[str, Any]:
        """Central staff's decision on a cross-site case; nothing is merged automatically.

        `same` and `different` close the case, `more-info` keeps it waiting. The reason may name
        people, so it is sealed like every personal field of the registry. `decided_by` is the
        logged-in account (see `sync.registry.api`); the decision is audited in the same
        transaction (case and decision, never the reason).
        """
        if decision not in CASE_DECISIONS:
            raise SyncError("decision must be same, different or more-info", reason="bad-input")
        if not reason.strip():
            raise SyncError("a decision needs a reason", reason="bad-input")
        if not decided_by.strip():
            raise SyncError("a decision needs the account that decides", reason="bad-input")
        c = t.cross_site_cases
        with self.engine.begin() as conn:
            row = conn.execute(select(c.c.status, c.c.registration_number,
                                      c.c.candidate_number).where(c.c.id == case_id)
                               .with_for_update()).first()
            if row is None:
                raise SyncError("no cross-site case with this number", reason="not-found")
            if row.status == "decided":
                raise SyncError("this case was decided already", reason="conflict")
            conn.execute(update(c).where(c.c.id == case_id).values(
                status=CASE_DECISIONS[decision], decision=decision,
                sealed_reason=self._seal_case_reason(conn, case_id, row, reason.strip()),
                decided_by=decided_by.strip()[:64], decided_at=utcnow()))
            self.audit.append(conn, decided_by.strip(), "case-decided", str(case_id),
                              {"decision": decision, "status": CASE_DECISIONS[decision]})
        return {"case": case_id, "decision": decision, "status": CASE_DECISIONS[decision]}

    def _seal_case_reason(self, conn: Connection, case_id: int, row: Any, reason: str
                          ) -> bytes:
        """A cross-site case's reason under both people's details keys, so that the erasure
        of either destroys it. Keys are made by imports (under their station's lock) and by
        `registry keys upgrade` only; a record not converted yet has none, and the reason is
        sealed the old way until the upgrade converts it."""
        pair = (str(row.registration_number), str(row.candidate_number))
        context = bind.cross_case_reason(case_id)
        ring = self.record_keys.ring(conn)
        ring.load(pair, DETAILS, create=False)
        if all(ring.has(number, DETAILS) for number in pair):
            return ring.seal_pair(pair, reason.encode(), context)
        if not self.record_keys.legacy_open:
            raise SyncError("a record of this case has no key: run `registry keys upgrade`",
                            reason="no-record-key")
        return self.cipher.encrypt(reason.encode(), context)

    def duplicates(self, status: str = "open", *, viewer: str | None = None
                   ) -> list[dict[str, Any]]:
        """Cross-site cases in `status`: registration numbers, stations, distance (no names).

        The numbers point at people, so a `viewer` (the logged-in account) is audited."""
        c, e = t.cross_site_cases, t.enrolments
        with self.engine.connect() as conn:
            rows = conn.execute(select(c).where(c.c.status == status).order_by(c.c.id)).all()
            where = {n for r in rows for n in (r.registration_number, r.candidate_number)}
            stations = dict(conn.execute(select(e.c.registration_number, e.c.station_id)
                                         .where(e.c.registration_number.in_(where))).all())
        if viewer is not None:
            self.audit.record(viewer, "cases-viewed", status, {"cases": len(rows)})
        return [{"case": r.id, "registration_number": r.registration_number,
                 "station_id": stations.get(r.registration_number),
                 "candidate": r.candidate_number,
                 "candidate_station_id": stations.get(r.candidate_number), "kind": r.kind,
                 "distance": r.distance, "band": r.band, "opened_at": r.opened_at,
                 "status": r.status} for r in rows]


def _certify_service(root: RootKey, seed: bytes, serial: int,
                     retires_below: int) -> ServiceCertificate:
    today = utcnow().date()
    return ServiceCertificate.issue(root, public_key=ServiceKey.from_private_bytes(seed)
                                    .public_bytes, valid_from=today,
                                    valid_to=today + timedelta(days=SERVICE_CERT_VALIDITY_DAYS),
                                    serial=serial, retires_below=retires_below)


CASE_DECISIONS = {"same": "decided", "different": "decided", "more-info": "needs-info"}


def missing_sequences(sequences: list[int]) -> list[int]:
    present = set(sequences)
    return [n for n in range(1, max(present, default=0)) if n not in present]
