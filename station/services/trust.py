"""The station's trust: joining a registry with a bundle, its signing key, trust updates.

Joining, the preferred way: the station made its own Ed25519 key at `init` (sealed in its
vault); `write_join_request` puts the public half in a request file, the registry certifies it
(`registry station add --request FILE`) and `join_registry` installs the bundle that comes back.
No private key travels. (The desktop's join flow calls these two functions.)

The older way stays possible: the registry makes the key and the bundle carries its seed in
`station_key`, marked `holds_private_key`; the seed is sealed into the store under the data key
and `trust.json` never holds it; the station says the bundle file should be deleted.

A bundle holds the root public key, the registry's X25519 key, the station certificates and the
root-signed certificates of the registry's service key. Acknowledgements and trust updates are
signed by that service key: they count only when its certificate verifies with the root this
station already trusts, is valid that day and is not below the highest retirement floor
(`retires_below`, root-signed) the station has ever seen, kept in its store. Without a bundle
the station certifies its own key with a throw-away local root (`TrustBundle.self_issued`), so
cards can be printed before it ever joins.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cards import (
    CardError,
    RevocationList,
    ServiceCertificate,
    StationCertificate,
    StationKey,
    TrustBundle,
)
from station.domain.roles import Permission
from station.errors import StorageError, ValidationError
from station.services.context import Actor, Station
from station.services.home import StationHome
from station.services.json_files import read_json_object
from sync.atomic import write_atomically
from sync.encoding import b64d
from sync.errors import AckRejected
from sync.join_request import make_join_request
from sync.trust_update import (
    MAX_CLOCK_SKEW,
    TrustUpdate,
    retired_message,
    retirement_floor,
    verify_trust_update,
)

SIGNING_KEY_META = "trust_signing_key"
TRUST_UPDATE_META = "trust_update_at"  # issued_at of the newest update taken (no rollback)
# The highest root-signed `retires_below` ever seen: service certificates with a lower serial
# are refused for good, whatever a bundle or an update lists later. And the highest serial seen.
SERVICE_FLOOR_META = "trust_service_retired_below"
SERVICE_SERIAL_META = "trust_service_serial"
_CACHE = "trust_signing_key"
NOT_JOINED = ("this station has not joined a registry yet: join one with its trust bundle file "
              "on the Sync page (or `station join BUNDLE`)")


def install_trust(station: Station, bundle_path: str | Path | None) -> TrustBundle:
    """Verify and save a registry's bundle, or make a self-issued one when `bundle_path` is None."""
    own = StationKey.from_private_bytes(station.signing_key)
    if bundle_path is None:
        bundle = TrustBundle.self_issued(own, station.code.station_id, station.config.site)
        bundle.save(station.home.trust_path)
        station.audit("system", "trust-installed", station.code.station_id, self_issued=True)
        return bundle
    document = read_json_object(bundle_path, "trust bundle", "trust")
    try:
        bundle = TrustBundle.from_dict(document)
    except CardError as exc:
        raise ValidationError(f"trust bundle: {exc}", field="trust") from None
    cert = _own_certificate(station, bundle)
    try:
        seed = b64d(document["station_key"]) if document.get("station_key") else None
        key = StationKey.from_private_bytes(seed) if seed else own
    except (CardError, ValueError, TypeError):
        raise ValidationError("trust bundle: the station key in it is malformed",
                              field="trust") from None
    if bool(document.get("holds_private_key")) != (seed is not None):
        raise ValidationError("trust bundle: its private-key mark does not match its content",
                              field="trust")
    if key.public_bytes != cert.public_key:
        raise ValidationError("the trust bundle certifies another key than this station's",
                              field="trust")
    if bundle.registry_x25519_public_key is None:
        raise ValidationError("the trust bundle lacks the registry's encryption key",
                              field="trust")
    _check_service_certificates(station, bundle)
    _refuse_other_registry(station, bundle)
    if seed is not None:
        with station.store.transaction() as repo:
            sealed = repo.cipher.encrypt(seed, SIGNING_KEY_META)
            repo.set_meta(SIGNING_KEY_META, base64.b64encode(sealed).decode())
        station.signing_key = seed
        station.cache[_CACHE] = seed
    bundle.save(station.home.trust_path)
    _record_service(station, bundle, retired_below(station, bundle))
    url = str(document.get("registry_url") or "")
    if url:
        station.config.registry_url = url
        station.home.save_config(station.config)
    station.audit("system", "trust-installed", station.code.station_id,
                  root_key_id=bundle.root_key_id.hex(), certificate=cert.key_id.hex(),
                  held_private_key=seed is not None)
    return bundle


def join_registry(station: Station, actor: Actor | None, bundle_path: str | Path
                  ) -> dict[str, Any]:
    """Install the registry's bundle and say what happened; `actor` None means set-up time
    (`station init --trust`), else an admin. `held_private_key` True: the bundle file carried
    this station's private key, so the caller must tell the user to delete it."""
    if actor is not None:
        actor.require(Permission.MANAGE_KEYS)
    document = read_json_object(bundle_path, "trust bundle", "trust")
    bundle = install_trust(station, bundle_path)
    held = document.get("station_key") is not None
    return {"station_id": station.code.station_id, "root_key_id": bundle.root_key_id.hex(),
            "station_key_id": StationKey.from_private_bytes(signing_key(station)).key_id.hex(),
            "service_key_ids": [c.key_id.hex() for c in bundle.service_certificates],
            "registry_url": station.config.registry_url, "held_private_key": held}


def write_join_request(station: Station, actor: Actor | None, out: str | Path
                       ) -> dict[str, Any]:
    """Write a join request for this station's own key to `out`: its public key only.

    The key was made inside this station at `init` and stays sealed in its vault. The returned
    `key_id` is what the registry shows when it certifies: staff compare the two.
    """
    if actor is not None:
        actor.require(Permission.MANAGE_KEYS)
    path = Path(out)
    if _joined(station):
        raise ValidationError("this station has joined a registry already", field="trust")
    if not path.parent.is_dir():
        raise ValidationError("the folder for the join request does not exist", field="out")
    request = make_join_request(signing_key(station), site=station.code.site,
                                station=station.code.station, created_at=station.now())
    try:
        write_atomically(path, json.dumps(request, indent=2).encode(), mode=0o644)
    except OSError as exc:
        raise StorageError(f"cannot write the join request: {exc.strerror}") from None
    station.audit(actor or "system", "join-request-written", station.code.station_id,
                  key_id=request["key_id"])
    return {"station_id": request["station_id"], "key_id": request["key_id"],
            "request": str(path)}


def set_up_station(home: StationHome, site: str, code: str, passphrase: str, admin: str,
                   password: str, bundle_path: str | Path | None = None, *, db_url: str = "",
                   scrypt_n: int | None = None, tpm: str = "auto",
                   ) -> tuple[Station, dict[str, Any] | None]:
    """Create a station and join its registry with `bundle_path` in one step, all or nothing
    (`station init [--trust]` and the window's set-up assistant). Without a bundle the station
    gets a self-issued trust bundle and joins later (`join_registry`, or a join request).
    Returns the open station and what joining did (None when it did not join)."""
    from station.services.context import init_station, undo_init

    extra: dict[str, Any] = {} if scrypt_n is None else {"scrypt_n": scrypt_n}
    station = init_station(home, site, code, passphrase, admin, password, db_url=db_url,
                           tpm=tpm, **extra)
    try:
        if bundle_path is None or not str(bundle_path):
            install_trust(station, None)
            return station, None
        return station, join_registry(station, None, bundle_path)
    except BaseException:
        undo_init(station)  # a bad bundle leaves no half-made station behind
        raise


def bundle_station(bundle_path: str | Path) -> tuple[str, str] | None:
    """The (site, station) codes a bundle carrying a station's key was made for, so that the
    set-up assistant can fill them in; None when the bundle carries no key (a bundle made
    from a join request belongs to a station that exists already). ValidationError if the
    file is no trust bundle."""
    document = read_json_object(bundle_path, "trust bundle", "trust")
    try:
        bundle = TrustBundle.from_dict(document)
        seed = b64d(document["station_key"]) if document.get("station_key") else None
        public = StationKey.from_private_bytes(seed).public_bytes if seed else None
    except (CardError, ValueError, TypeError):
        raise ValidationError("this file is not a trust bundle of a registry",
                              field="trust") from None
    for cert in bundle.certificates if public else []:
        if cert.public_key == public:
            site, _, code = cert.station_id.partition("-")
            return site, code
    return None


def is_joined(station: Station) -> bool:
    """True once the station joined a registry (it can seal batches for it)."""
    return _joined(station)


def _joined(station: Station) -> bool:
    """True once a registry's bundle (one with the registry's encryption key) is installed."""
    path = station.home.trust_path
    if not path.is_file():
        return False
    try:
        return TrustBundle.load(path).registry_x25519_public_key is not None
    except CardError:
        return False


def _refuse_other_registry(station: Station, bundle: TrustBundle) -> None:
    if not _joined(station):
        return
    current = TrustBundle.load(station.home.trust_path)
    if current.root_public_key != bundle.root_public_key:
        raise ValidationError("this station has joined another registry already",
                              field="trust")


def _check_service_certificates(station: Station, bundle: TrustBundle) -> None:
    today = station.now().date()
    for cert in bundle.service_certificates:
        if not cert.verify(bundle.root_public_key):
            raise ValidationError("trust bundle: a service certificate is not signed by its "
                                  "root", field="trust")
    floor = max(_stored_floor(station), retirement_floor(bundle.service_certificates,
                                                         bundle.root_public_key))
    bundle.service_certificates = [c for c in bundle.service_certificates if c.serial >= floor]
    if not any(c.valid_on(today) for c in bundle.service_certificates):
        raise ValidationError("trust bundle: it holds no service certificate of its registry "
                              "valid today", field="trust")


def _own_certificate(station: Station, bundle: TrustBundle) -> StationCertificate:
    for cert in bundle.certificates:
        if not cert.verify(bundle.root_public_key):
            raise ValidationError("trust bundle: a certificate is not signed by its root",
                                  field="trust")
    mine = [c for c in bundle.certificates if c.station_id == station.code.station_id]
    if not mine:
        raise ValidationError("the trust bundle is for another station", field="trust")
    return mine[-1]


def signing_key(station: Station) -> bytes:
    """The key the registry certified for this station (or the vault's key before joining)."""
    cached = station.cache.get(_CACHE)
    if cached is not None:
        return bytes(cached)
    with station.store.reading() as repo:
        sealed = repo.get_meta(SIGNING_KEY_META)
        key = (repo.cipher.decrypt(base64.b64decode(sealed), SIGNING_KEY_META)
               if sealed else station.signing_key)
    station.cache[_CACHE] = key
    station.signing_key = key
    return key


def load_bundle(station: Station) -> TrustBundle:
    path = station.home.trust_path
    if not path.is_file():
        raise ValidationError(NOT_JOINED, field="trust")
    try:
        return TrustBundle.load(path)
    except CardError as exc:
        raise ValidationError(f"trust bundle: {exc}", field="trust") from None


def _stored_floor(station: Station) -> int:
    with station.store.reading() as repo:
        stored = repo.get_meta(SERVICE_FLOOR_META)
    return int(stored) if stored else 0


def retired_below(station: Station, bundle: TrustBundle | None = None) -> int:
    """The highest retirement floor this station knows: stored, or in its bundle."""
    bundle = bundle or load_bundle(station)
    return max(_stored_floor(station), retirement_floor(bundle.service_certificates,
                                                        bundle.root_public_key))


def check_trust_update(station: Station, update: Any) -> TrustUpdate:
    """Verify a trust update against this station's root (TrustRejected if it fails)."""
    bundle = load_bundle(station)
    return verify_trust_update(update, bundle.root_public_key, station.now().date(),
                               now=station.now(), retired_below=retired_below(station, bundle))


def ack_signer(station: Station, signer: str, update: TrustUpdate | None = None) -> bytes:
    """The public service key named `signer` (hex key id) if a certificate for it, from the
    bundle or from the verified `update` that came with the acknowledgement, verifies with
    this station's root, is not retired (below the floor) and is valid today; else
    AckRejected."""
    bundle = load_bundle(station)
    today = station.now().date()
    known: list[ServiceCertificate] = list(bundle.service_certificates)
    floor = retired_below(station, bundle)
    if update is not None:
        known += update.service_certificates
        floor = max(floor, update.retired_below)
    rooted = [c for c in known if c.key_id.hex() == signer and c.verify(bundle.root_public_key)]
    named = [c for c in rooted if c.serial >= floor]
    if rooted and not named:
        raise AckRejected("acknowledgement: " + retired_message(
            max(rooted, key=lambda c: c.serial), floor), reason="retired-signer")
    for cert in named:
        if cert.valid_on(today):
            return cert.public_key
    if named:
        last = max(c.valid_to for c in named)
        raise AckRejected(f"the registry's service certificate is not valid today (ends "
                          f"{last}): the registry must renew it", reason="expired-signer")
    raise AckRejected("the acknowledgement is not signed by a service key this station's root "
                      "certified", reason="untrusted-signer")


def store_trust_update(station: Station, update: TrustUpdate) -> dict[str, int]:
    """Take a verified update's certificates and lists into `trust.json`; an update older than
    the newest one taken is ignored (a replay cannot bring back a revoked station), but its
    retirement floor is still taken. A stored time too far ahead of the clock (taken before
    `issued_at` was bounded, to block later updates) is not honoured."""
    with station.store.reading() as repo:
        newest = repo.get_meta(TRUST_UPDATE_META)
    bundle = load_bundle(station)
    floor = max(retired_below(station, bundle), update.retired_below)
    newest_at = _aware(datetime.fromisoformat(newest)) if newest else None
    if newest_at is not None and newest_at > _aware(station.now()) + MAX_CLOCK_SKEW:
        newest_at = None
    if newest_at is not None and newest_at > update.issued_at:
        _remember_service(station, bundle, update, floor)  # a root-signed floor still counts
        bundle.save(station.home.trust_path)
        return {"certificates": 0, "revocation_lists": 0, "service_certificates": 0,
                "stale": 1}
    if update.certificates:
        bundle.certificates = list(update.certificates)  # revoked stations are left out
    _remember_service(station, bundle, update, floor)
    _take_station_revocations(bundle, update)
    taken = [rl for rl in update.revocation_lists if _from_registry(bundle, rl)]
    # A registry list replaces an earlier registry list only when it holds all its entries
    # (the registry always sends its full list), so an update without lists, or with a
    # shorter one, drops no revocation; lists that stations signed for their own cards stay.
    kept = [rl for rl in bundle.revocation_lists if not _from_registry_signer(bundle, rl)
            or (_from_registry(bundle, rl)
                and not any(new.entries.keys() >= rl.entries.keys() for new in taken))]
    bundle.revocation_lists = kept
    for rl in taken:
        bundle.add_revocation_list(rl)
    bundle.save(station.home.trust_path)
    with station.store.transaction() as repo:
        repo.set_meta(TRUST_UPDATE_META, update.issued_at.isoformat())
    return {"certificates": len(update.certificates), "revocation_lists": len(taken),
            "service_certificates": len(update.service_certificates)}


def _take_station_revocations(bundle: TrustBundle, update: TrustUpdate) -> None:
    """Revoked stations stay in the trust list with the day they were revoked: their cards
    issued before it stay valid (cards/FORMAT.md 3.4). A certificate is kept only when a
    revocation that verifies names it; a revocation replaces an earlier signature of the same
    facts (key, day, signer)."""
    if not update.station_revocations:
        return
    fresh = {(r.key_id, r.revoked_on, r.signer_key_id) for r in update.station_revocations}
    bundle.station_revocations = [
        r for r in bundle.station_revocations
        if (r.key_id, r.revoked_on, r.signer_key_id) not in fresh
    ] + list(update.station_revocations)
    known = {c.key_id for c in bundle.certificates}
    for cert in update.revoked_certificates:
        if cert.key_id not in known and bundle.station_revoked_on(cert) is not None:
            bundle.certificates.append(cert)
            known.add(cert.key_id)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _remember_service(station: Station, bundle: TrustBundle, update: TrustUpdate,
                      floor: int) -> None:
    """Keep the bundle's service certificates and add the update's (newest first), less those
    below the retirement floor; store the floor and the highest serial (they never go down)."""
    merged: dict[bytes, ServiceCertificate] = {}
    for cert in [*update.service_certificates, *bundle.service_certificates]:
        if cert.serial >= floor and cert.verify(bundle.root_public_key):
            merged.setdefault(cert.signature, cert)
    bundle.service_certificates = sorted(merged.values(), key=lambda c: (c.serial, c.valid_to),
                                         reverse=True)
    _record_service(station, bundle, floor)


def _record_service(station: Station, bundle: TrustBundle, floor: int) -> None:
    """Store the retirement floor and the highest serial, if higher than the stored ones."""
    serial = max((c.serial for c in bundle.service_certificates), default=0)
    with station.store.transaction() as repo:
        if floor > int(repo.get_meta(SERVICE_FLOOR_META) or 0):
            repo.set_meta(SERVICE_FLOOR_META, str(floor))
        if serial > int(repo.get_meta(SERVICE_SERIAL_META) or 0):
            repo.set_meta(SERVICE_SERIAL_META, str(serial))


def _from_registry_signer(bundle: TrustBundle, rl: RevocationList) -> bool:
    return rl.signer_key_id == bundle.root_key_id or bundle.certificate_for(
        rl.signer_key_id) is None


def _from_registry(bundle: TrustBundle, rl: RevocationList) -> bool:
    """Signed by the root, or by a listed service key certified on the list's day."""
    if rl.signer_key_id == bundle.root_key_id:
        return rl.verify(bundle.root_public_key)
    cert = (bundle.service_certificate_for(rl.signer_key_id, rl.issued_on)
            if rl.issued_on else None)
    return cert is not None and rl.verify(cert.public_key)


def apply_trust_update(station: Station, update: Any) -> dict[str, int]:
    """Verify a trust update from the registry and take it (TrustRejected if it fails)."""
    return store_trust_update(station, check_trust_update(station, update))


def describe(station: Station) -> dict[str, Any]:
    bundle = load_bundle(station)
    return {"root_key_id": bundle.root_key_id.hex(),
            "certificates": [c.station_id for c in bundle.certificates],
            "service_key_ids": [c.key_id.hex() for c in bundle.service_certificates],
            "service_retired_below": retired_below(station, bundle),
            "registry_url": station.config.registry_url,
            "config": {k: v for k, v in asdict(station.config).items() if k == "registry_url"}}
