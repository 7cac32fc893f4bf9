"""The station's trust: joining a registry with a bundle, its signing key, trust updates.

A bundle from `registry station add` holds the root public key, the registry's X25519 key, the
station certificates and (for a joining station) `station_key`, the Ed25519 seed the registry
certified for this station. The seed is sealed into the store under the data key; `trust.json`
never holds it. Without a bundle the station certifies its own key with a throw-away local root
(`TrustBundle.self_issued`), so cards can be printed before it ever joins.
"""

from __future__ import annotations

import base64
from dataclasses import asdict
from pathlib import Path
from typing import Any

from cards import CardError, RevocationList, StationCertificate, StationKey, TrustBundle
from station.errors import ValidationError
from station.services.context import Station
from station.services.json_files import read_json_object
from sync.encoding import b64d

SIGNING_KEY_META = "trust_signing_key"
_CACHE = "trust_signing_key"


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
    seed = b64d(document["station_key"]) if document.get("station_key") else None
    key = StationKey.from_private_bytes(seed) if seed else own
    if key.public_bytes != cert.public_key:
        raise ValidationError("the trust bundle certifies another key than this station's",
                              field="trust")
    if bundle.registry_x25519_public_key is None:
        raise ValidationError("the trust bundle lacks the registry's encryption key",
                              field="trust")
    if seed is not None:
        with station.store.transaction() as repo:
            sealed = repo.cipher.encrypt(seed, SIGNING_KEY_META)
            repo.set_meta(SIGNING_KEY_META, base64.b64encode(sealed).decode())
        station.signing_key = seed
        station.cache[_CACHE] = seed
    bundle.save(station.home.trust_path)
    url = str(document.get("registry_url") or "")
    if url:
        station.config.registry_url = url
        station.home.save_config(station.config)
    station.audit("system", "trust-installed", station.code.station_id,
                  root_key_id=bundle.root_key_id.hex(), certificate=cert.key_id.hex())
    return bundle


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
    with station.store.transaction() as repo:
        sealed = repo.get_meta(SIGNING_KEY_META)
        key = (repo.cipher.decrypt(base64.b64decode(sealed), SIGNING_KEY_META)
               if sealed else station.signing_key)
    station.cache[_CACHE] = key
    station.signing_key = key
    return key


def load_bundle(station: Station) -> TrustBundle:
    path = station.home.trust_path
    if not path.is_file():
        raise ValidationError("this station has not joined a registry: run `station init "
                              "--trust BUNDLE`", field="trust")
    try:
        return TrustBundle.load(path)
    except CardError as exc:
        raise ValidationError(f"trust bundle: {exc}", field="trust") from None


def apply_trust_update(station: Station, update: dict[str, Any]) -> dict[str, int]:
    """Take the registry's current certificates and revocation lists that verify with our root."""
    bundle = load_bundle(station)
    root = bundle.root_public_key
    certificates = []
    for item in update.get("certificates", []):
        try:
            cert = StationCertificate.from_dict(item)
        except CardError:
            continue
        if cert.verify(root):
            certificates.append(cert)
    lists = 0
    for item in update.get("revocation_lists", []):
        try:
            revocations = RevocationList.from_dict(item)
        except CardError:
            continue
        if revocations.signer_key_id == bundle.root_key_id and revocations.verify(root):
            bundle.add_revocation_list(revocations)
            lists += 1
    if certificates:
        bundle.certificates = certificates  # revoked stations are left out by the registry
    bundle.save(station.home.trust_path)
    return {"certificates": len(certificates), "revocation_lists": lists}


def describe(station: Station) -> dict[str, Any]:
    bundle = load_bundle(station)
    return {"root_key_id": bundle.root_key_id.hex(),
            "certificates": [c.station_id for c in bundle.certificates],
            "registry_url": station.config.registry_url,
            "config": {k: v for k, v in asdict(station.config).items() if k == "registry_url"}}
