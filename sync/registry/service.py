"""The registry: set-up, stations and their certificates, trust updates, status, review queue."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update

from cards import RevocationList, RootKey, StationCertificate, StationKey, TrustBundle
from station.domain.regno import StationCode
from sync.batch import public_x25519
from sync.encoding import b64e, key_id
from sync.errors import SyncError
from sync.registry import tables as t
from sync.registry.cipher import DataCipher
from sync.registry.db import make_engine, migrate
from sync.registry.dedup import FaceIndex
from sync.registry.home import RegistryHome
from sync.registry.keys import RegistryKeys, load_keys, save_keys

CERT_VALIDITY_DAYS = 365 * 5 + 730  # signing period plus the longest card validity
TRUST_UPDATE_FORMAT = "enrolment-station/trust-update/v1"


def utcnow() -> datetime:
    return datetime.now(UTC)


class Registry:
    """An unlocked registry: keys, database engine and the in-memory face index."""

    def __init__(self, home: RegistryHome, keys: RegistryKeys, engine: Engine,
                 config: dict[str, Any]) -> None:
        self.home = home
        self.keys = keys
        self.engine = engine
        self.config = config
        self.cipher = DataCipher(keys.data)
        self.root = RootKey.from_private_bytes(keys.root)
        self.x25519_public = public_x25519(keys.x25519)
        self.recipient_id = key_id(self.x25519_public)
        self.lock = threading.Lock()  # one import at a time per process (the index is shared)
        self._faces: FaceIndex | None = None

    # -- life cycle ------------------------------------------------------------------------
    @classmethod
    def init(cls, home: RegistryHome, db_url: str, passphrase: str,
             registry_url: str = "") -> Registry:
        engine = make_engine(db_url)
        migrate(engine)
        home.create()
        keys = RegistryKeys.generate()
        save_keys(home.keys_path, keys, passphrase)
        config = {"db_url": db_url, "registry_url": registry_url}
        home.save_config(config)
        return cls(home, keys, engine, config)

    @classmethod
    def open(cls, home: RegistryHome, passphrase: str) -> Registry:
        config = home.load_config()
        keys = load_keys(home.keys_path, passphrase)
        engine = make_engine(str(config["db_url"]))
        migrate(engine)
        return cls(home, keys, engine, config)

    def close(self) -> None:
        self.engine.dispose()

    # -- face index --------------------------------------------------------------------------
    @property
    def faces(self) -> FaceIndex:
        if self._faces is None:
            self._faces = self.load_faces()
        return self._faces

    def load_faces(self) -> FaceIndex:
        """Decrypt every template once and build the 1:N index (start-up of each process)."""
        faces = FaceIndex.empty()
        if faces.index is None:
            return faces
        items = []
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.templates.c.registration_number, t.templates.c.sealed,
                                       t.enrolments.c.station_id)
                                .select_from(t.templates.join(
                                    t.enrolments, t.enrolments.c.registration_number
                                    == t.templates.c.registration_number)))
            for number, sealed, station_id in rows:
                blob = self.cipher.decrypt(sealed, f"template:{number}")
                items.append((number, station_id, faces.vector(blob)))
        faces.add_many(items)
        return faces

    # -- stations ----------------------------------------------------------------------------
    def add_station(self, site: str, station: str, *, public_key: bytes | None = None,
                    registry_url: str = "") -> dict[str, Any]:
        """Certify a station and return its trust bundle (with the station key when made here)."""
        try:
            code = StationCode(site.upper(), station.upper())
        except ValueError as exc:
            raise SyncError(str(exc), reason="bad-station") from None
        key = StationKey.generate() if public_key is None else None
        public = key.public_bytes if key else public_key
        assert public is not None
        today = utcnow().date()
        cert = StationCertificate.issue(self.root, station_id=code.station_id, site=code.site,
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
        bundle = self.trust_bundle()
        document = bundle.to_dict()
        document["registry_url"] = registry_url or str(self.config.get("registry_url", ""))
        if key is not None:
            document["station_key"] = b64e(key.private_bytes())
        return document

    def forget_station(self, station_id: str) -> None:
        """Undo `add_station` for a station that never received its bundle (no batches yet)."""
        with self.engine.begin() as conn:
            if conn.execute(select(t.batches.c.sequence)
                            .where(t.batches.c.station_id == station_id)).first():
                raise SyncError("the station has sent batches: revoke it instead",
                                reason="in-use")
            conn.execute(delete(t.stations).where(t.stations.c.station_id == station_id))

    def revoke_station(self, station_id: str, reason: str) -> None:
        with self.engine.begin() as conn:
            done = conn.execute(update(t.stations).where(t.stations.c.station_id == station_id)
                                .values(revoked_at=utcnow(), revoke_reason=reason[:80]))
            if not done.rowcount:
                raise SyncError(f"no station {station_id} is registered", reason="unknown")

    def certificates(self) -> list[StationCertificate]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.stations.c.certificate)
                                .where(t.stations.c.revoked_at.is_(None))
                                .order_by(t.stations.c.station_id))
            return [StationCertificate.from_json(text) for (text,) in rows]

    def revocation_list(self) -> RevocationList:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.cards.c.card_number, t.cards.c.revoked_at)
                                .where(t.cards.c.revoked_at.is_not(None)))
            entries: dict[str, date] = {number: at.date() for number, at in rows}
        return RevocationList(entries).sign(self.root, utcnow().date())

    def trust_bundle(self) -> TrustBundle:
        bundle = TrustBundle(self.root.public_bytes, self.certificates(),
                             registry_x25519_public_key=self.x25519_public)
        bundle.add_revocation_list(self.revocation_list())
        return bundle

    def trust_update(self) -> dict[str, Any]:
        return {"format": TRUST_UPDATE_FORMAT,
                "certificates": [c.to_dict() for c in self.certificates()],
                "revocation_lists": [self.revocation_list().to_dict()]}

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
                    "stations": stations}

    def decide_case(self, case_id: int, decision: str, reason: str, decided_by: str
                    ) -> dict[str, Any]:
        """Central staff's decision on a cross-site case; nothing is merged automatically.

        `same` and `different` close the case, `more-info` keeps it waiting. The reason may name
        people, so it is sealed like every personal field of the registry.
        """
        if decision not in CASE_DECISIONS:
            raise SyncError("decision must be same, different or more-info", reason="bad-input")
        if not reason.strip():
            raise SyncError("a decision needs a reason", reason="bad-input")
        if not decided_by.strip():
            raise SyncError("say who decides (--by NAME)", reason="bad-input")
        c = t.cross_site_cases
        with self.engine.begin() as conn:
            row = conn.execute(select(c.c.status).where(c.c.id == case_id)
                               .with_for_update()).first()
            if row is None:
                raise SyncError("no cross-site case with this number", reason="not-found")
            if row.status == "decided":
                raise SyncError("this case was decided already", reason="conflict")
            conn.execute(update(c).where(c.c.id == case_id).values(
                status=CASE_DECISIONS[decision], decision=decision,
                sealed_reason=self.cipher.encrypt(reason.strip().encode(),
                                                  f"cross-case:{case_id}"),
                decided_by=decided_by.strip()[:64], decided_at=utcnow()))
        return {"case": case_id, "decision": decision, "status": CASE_DECISIONS[decision]}

    def duplicates(self, status: str = "open") -> list[dict[str, Any]]:
        c, e = t.cross_site_cases, t.enrolments
        with self.engine.connect() as conn:
            rows = conn.execute(select(c).where(c.c.status == status).order_by(c.c.id)).all()
            where = {n for r in rows for n in (r.registration_number, r.candidate_number)}
            stations = dict(conn.execute(select(e.c.registration_number, e.c.station_id)
                                         .where(e.c.registration_number.in_(where))).all())
        return [{"case": r.id, "registration_number": r.registration_number,
                 "station_id": stations.get(r.registration_number),
                 "candidate": r.candidate_number,
                 "candidate_station_id": stations.get(r.candidate_number), "kind": r.kind,
                 "distance": r.distance, "band": r.band, "opened_at": r.opened_at,
                 "status": r.status} for r in rows]


CASE_DECISIONS = {"same": "decided", "different": "decided", "more-info": "needs-info"}


def missing_sequences(sequences: list[int]) -> list[int]:
    present = set(sequences)
    return [n for n in range(1, max(present, default=0)) if n not in present]
