"""Signatures, certificates, revocation and expiry as the verifier judges them."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import base45
import cbor2
import pytest

from cards import (
    CardRecord,
    RevocationList,
    RootKey,
    StationCertificate,
    StationKey,
    TrustBundle,
    decode_payload,
    encode_payload,
    verify_payload,
)

TODAY = date(2025, 6, 1)


def test_every_single_byte_change_fails(make_record: Callable[..., CardRecord],
                                        station_key: StationKey, trust: TrustBundle) -> None:
    """Changing any one byte of the QR payload makes the card invalid."""
    payload = encode_payload(make_record(), station_key)
    assert verify_payload(payload, trust, TODAY).valid
    for i in range(len(payload)):
        altered = bytearray(payload)
        altered[i] ^= 0x01
        assert not verify_payload(bytes(altered), trust, TODAY).valid, i


def test_changed_field_is_reported_as_altered(make_record: Callable[..., CardRecord],
                                              station_key: StationKey,
                                              trust: TrustBundle) -> None:
    """A payload whose signed fields were edited says the card was altered."""
    payload = encode_payload(make_record(), station_key)
    parts = list(cbor2.loads(zlib.decompress(base45.b45decode(payload.decode()))).value)
    claims = dict(cbor2.loads(parts[2]))
    claims[169] = dict(claims[169]) | {13: "XXA"}  # the nationality, signature kept
    parts[2] = cbor2.dumps(claims)
    altered = base45.b45encode(zlib.compress(cbor2.dumps(cbor2.CBORTag(18, parts))))
    verdict = verify_payload(altered, trust, TODAY)
    assert verdict.reason == "signature does not match: the card was altered"


def test_revoked_card_fails(make_record: Callable[..., CardRecord], station_key: StationKey,
                            trust: TrustBundle) -> None:
    """A card on a revocation list signed by its own station is revoked."""
    bundle = TrustBundle.from_dict(trust.to_dict())
    payload = encode_payload(make_record(), station_key)
    bundle.add_revocation_list(
        RevocationList().with_revoked("C-KRT-01-000123-KW", date(2025, 5, 2)).sign(
            station_key, date(2025, 5, 2)))
    verdict = verify_payload(payload, bundle, TODAY)
    assert not verdict.valid and verdict.reason == "card revoked on 2025-05-02"


def test_revocation_by_root_applies_and_by_other_station_does_not(
        make_record: Callable[..., CardRecord], station_key: StationKey) -> None:
    """Root-signed lists revoke any card; another station cannot revoke this station's card."""
    root = RootKey.generate()
    other = StationKey.generate()
    bundle = TrustBundle.self_issued(station_key, "KRT-01", "Kakuma", root=root,
                                     valid_from=date(2025, 1, 1))
    bundle.add_certificate(StationCertificate.issue(
        root, station_id="DAD-02", site="Dadaab", public_key=other.public_bytes,
        valid_from=date(2025, 1, 1), valid_to=date(2030, 1, 1)))
    payload = encode_payload(make_record(), station_key)
    bundle.add_revocation_list(RevocationList({"C-KRT-01-000123-KW": TODAY}).sign(other, TODAY))
    assert verify_payload(payload, bundle, TODAY).valid
    bundle.add_revocation_list(RevocationList({"C-KRT-01-000123-KW": TODAY}).sign(root, TODAY))
    assert verify_payload(payload, bundle, TODAY).reason == f"card revoked on {TODAY}"


def test_expired_card_fails(make_record: Callable[..., CardRecord], station_key: StationKey,
                            trust: TrustBundle) -> None:
    """The day after expiry the card is reported expired; on the expiry day it is valid."""
    payload = encode_payload(make_record(), station_key)
    assert verify_payload(payload, trust, date(2027, 3, 1)).valid
    verdict = verify_payload(payload, trust, date(2027, 3, 2))
    assert not verdict.valid and verdict.reason == "card expired on 2027-03-01"


def test_unknown_station_key_fails(make_record: Callable[..., CardRecord],
                                   trust: TrustBundle) -> None:
    """A card signed by a key with no certificate in the bundle is from an unknown station."""
    payload = encode_payload(make_record(), StationKey.generate())
    assert verify_payload(payload, trust, TODAY).reason == "issuing station unknown"


def test_certificate_not_signed_by_root_fails(make_record: Callable[..., CardRecord],
                                              station_key: StationKey) -> None:
    """A station certificate signed by some other root is not trusted."""
    trusted = TrustBundle.self_issued(StationKey.generate(), "X", "X", valid_from=TODAY)
    rogue = StationCertificate.issue(RootKey.generate(), station_id="KRT-01", site="Kakuma",
                                     public_key=station_key.public_bytes,
                                     valid_from=date(2025, 1, 1), valid_to=date(2030, 1, 1))
    trusted.add_certificate(rogue)
    verdict = verify_payload(encode_payload(make_record(), station_key), trusted, TODAY)
    assert verdict.reason == "the station certificate is not signed by the trusted root"


def test_certificate_outside_validity_fails(make_record: Callable[..., CardRecord],
                                            station_key: StationKey) -> None:
    """A card checked after its station certificate ended is not valid."""
    bundle = TrustBundle.self_issued(station_key, "KRT-01", "Kakuma",
                                     valid_from=date(2022, 1, 1), years=3)
    verdict = verify_payload(encode_payload(make_record(), station_key), bundle, TODAY)
    assert not verdict.valid and "not valid on 2025-06-01" in (verdict.reason or "")


def test_not_a_payload_is_refused(trust: TrustBundle) -> None:
    """Arbitrary QR content is not a card of this system."""
    verdict = verify_payload(b"https://example.org/", trust, TODAY)
    assert verdict.reason == "the QR code is not a card of this system"


def test_trust_bundle_survives_save_and_load(trust: TrustBundle, station_key: StationKey,
                                             make_record: Callable[..., CardRecord],
                                             tmp_path: Path) -> None:
    """A bundle saved as JSON and loaded again verifies the same card and keeps its lists."""
    bundle = TrustBundle.from_dict(trust.to_dict())
    bundle.registry_x25519_public_key = bytes(range(32))
    bundle.add_revocation_list(RevocationList({"OTHER-1": TODAY}).sign(station_key, TODAY))
    bundle.save(tmp_path / "trust.json")
    loaded = TrustBundle.load(tmp_path / "trust.json")
    assert loaded.to_dict() == bundle.to_dict()
    assert verify_payload(encode_payload(make_record(), station_key), loaded, TODAY).valid


def test_certificate_and_keys_round_trip(station_key: StationKey) -> None:
    """Certificates survive bytes/JSON; a station key survives its raw private bytes."""
    root = RootKey.generate()
    cert = StationCertificate.issue(root, station_id="KRT-01", site="Kakuma",
                                    public_key=station_key.public_bytes,
                                    valid_from=date(2025, 1, 1), valid_to=date(2030, 1, 1))
    again = StationCertificate.from_bytes(cert.to_bytes())
    assert again == cert and again.verify(root.public_bytes)
    assert not again.verify(RootKey.generate().public_bytes)
    restored = StationKey.from_private_bytes(station_key.private_bytes())
    assert restored.key_id == station_key.key_id and len(station_key.key_id) == 8
    assert station_key.private_bytes().hex() not in repr(station_key)


def test_revocation_lists_merge_keeping_earliest_date() -> None:
    """Merging lists unions the card numbers and keeps the earlier revocation date."""
    a = RevocationList({"A": date(2025, 1, 5), "B": date(2025, 2, 1)})
    b = RevocationList({"B": date(2025, 1, 20), "C": date(2025, 3, 1)})
    merged = a.merge(b)
    assert merged.entries == {"A": date(2025, 1, 5), "B": date(2025, 1, 20),
                              "C": date(2025, 3, 1)}
    signed = merged.sign(RootKey.generate(), date(2025, 3, 2))
    assert RevocationList.from_json(signed.to_json()) == signed


def test_decode_payload_exposes_key_id(make_record: Callable[..., CardRecord],
                                       station_key: StationKey) -> None:
    """The decoded payload names the signing key id and carries the portrait hash."""
    signed = decode_payload(encode_payload(make_record(), station_key))
    assert signed.key_id == station_key.key_id
    assert len(signed.claims()["portrait_sha256"]) == 24


@pytest.mark.parametrize("bad", [b"", b"\x80", b"\xa0"])
def test_decode_payload_refuses_garbage(bad: bytes) -> None:
    """Bytes that are not our CBOR structure raise CardError naming the QR."""
    from cards import CardError

    with pytest.raises(CardError) as info:
        decode_payload(bad)
    assert info.value.field == "qr"
