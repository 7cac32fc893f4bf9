"""The registry's service key: root-certified, it signs revocation lists a verifier honours."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from cards import (
    CardError,
    CardRecord,
    RevocationList,
    RootKey,
    ServiceCertificate,
    ServiceKey,
    StationCertificate,
    StationKey,
    TrustBundle,
    encode_payload,
    verify_payload,
)

TODAY = date(2025, 6, 1)
CARD = "C-KRT-01-000123-KW"


def _bundle(station_key: StationKey, root: RootKey, *services: ServiceCertificate
            ) -> TrustBundle:
    bundle = TrustBundle.self_issued(station_key, "KRT-01", "Kakuma", root=root,
                                     valid_from=date(2025, 1, 1))
    bundle.service_certificates = list(services)
    return bundle


def test_service_signed_revocation_applies_only_under_the_root(
        make_record: Callable[..., CardRecord], station_key: StationKey,
        tmp_path: Path) -> None:
    """A list signed by a service key counts when the trusted root certified that key for the
    list's day, also after the certificate ran out; a rogue root's service key revokes
    nothing, and neither does a list dated outside the certificate."""
    root, service = RootKey.generate(), ServiceKey.generate()
    cert = ServiceCertificate.issue(root, public_key=service.public_bytes,
                                    valid_from=date(2025, 1, 1), valid_to=date(2025, 5, 31))
    payload = encode_payload(make_record(), station_key)
    revoked = RevocationList().with_revoked(CARD, date(2025, 5, 2))

    bundle = _bundle(station_key, root, cert)
    bundle.add_revocation_list(revoked.sign(service, date(2025, 5, 2)))
    bundle.save(tmp_path / "trust.json")
    loaded = TrustBundle.load(tmp_path / "trust.json")
    assert loaded.service_certificates == [cert]
    verdict = verify_payload(payload, loaded, TODAY)  # the certificate ended 2025-05-31
    assert not verdict.valid and verdict.reason == "card revoked on 2025-05-02"

    late = _bundle(station_key, root, cert)
    late.add_revocation_list(revoked.sign(service, date(2025, 6, 1)))
    assert verify_payload(payload, late, TODAY).valid

    rogue_root = RootKey.generate()
    rogue = ServiceCertificate.issue(rogue_root, public_key=service.public_bytes,
                                     valid_from=date(2025, 1, 1), valid_to=date(2026, 1, 1))
    forged = _bundle(station_key, root, rogue)
    forged.add_revocation_list(revoked.sign(service, date(2025, 5, 2)))
    assert verify_payload(payload, forged, TODAY).valid


def test_station_certificate_never_passes_as_service_certificate(
        station_key: StationKey) -> None:
    """Each certificate kind has its own signing context and role."""
    root = RootKey.generate()
    station_cert = StationCertificate.issue(root, station_id="KRT-01", site="Kakuma",
                                            public_key=station_key.public_bytes,
                                            valid_from=TODAY, valid_to=date(2030, 1, 1))
    as_service = {**station_cert.to_dict(), "role": "service"}
    assert not ServiceCertificate.from_dict(as_service).verify(root.public_bytes)
    with pytest.raises(CardError, match="not a service certificate"):
        ServiceCertificate.from_dict({**as_service, "role": "station"})
    service_cert = ServiceCertificate.issue(root, public_key=station_key.public_bytes,
                                            valid_from=TODAY, valid_to=date(2030, 1, 1))
    assert service_cert.trusted_on(root.public_bytes, TODAY)
    assert not service_cert.trusted_on(root.public_bytes, date(2031, 1, 1))
    again = ServiceCertificate.from_json(service_cert.to_json())
    assert again == service_cert


def test_bundle_formats(station_key: StationKey, trust: TrustBundle) -> None:
    """v2 is written (v3 only with station revocations); v1 (no service certificates) is
    still read; an unknown one is refused."""
    document = trust.to_dict()
    assert document["format"] == "enrolment-station/trust-bundle/v2"
    old = {k: v for k, v in document.items() if k != "service_certificates"}
    old["format"] = "enrolment-station/trust-bundle/v1"
    assert TrustBundle.from_dict(json.loads(json.dumps(old))).service_certificates == []
    with pytest.raises(CardError, match="not a trust bundle"):
        TrustBundle.from_dict({**document, "format": "enrolment-station/trust-bundle/v4"})


def test_serial_and_floor_are_root_signed_and_old_certificates_still_verify() -> None:
    """`serial` and `retires_below` are under the root's signature; a certificate made before
    serials (no such fields) still verifies, as serial 0; a malformed serial is refused."""
    from dataclasses import replace

    from cards.certificates import SERVICE_CERT_CONTEXT

    root, service = RootKey.generate(), ServiceKey.generate()
    cert = ServiceCertificate.issue(root, public_key=service.public_bytes, valid_from=TODAY,
                                    valid_to=date(2027, 1, 1), serial=3, retires_below=3)
    document = cert.to_dict()
    assert (document["serial"], document["retires_below"]) == (3, 3)
    assert ServiceCertificate.from_dict(json.loads(json.dumps(document))) == cert
    assert cert.verify(root.public_bytes)
    for edited in ({**document, "serial": 9}, {**document, "retires_below": 0},
                   {k: v for k, v in document.items() if k != "retires_below"}):
        assert not ServiceCertificate.from_dict(edited).verify(root.public_bytes)
    for bad in ("3", -1, True, 2.0):
        with pytest.raises(CardError, match="malformed"):
            ServiceCertificate.from_dict({**document, "serial": bad})
    with pytest.raises(CardError, match="serial"):
        ServiceCertificate.issue(root, public_key=service.public_bytes, valid_from=TODAY,
                                 valid_to=date(2027, 1, 1), serial=2, retires_below=3)

    unsigned = ServiceCertificate(service.public_bytes, TODAY, date(2027, 1, 1), root.key_id)
    legacy = replace(unsigned, signature=root.sign(SERVICE_CERT_CONTEXT
                                                   + unsigned._signed_bytes()))
    assert "serial" not in legacy.to_dict() and legacy.verify(root.public_bytes)
    assert ServiceCertificate.from_dict(legacy.to_dict()).serial == 0
