"""The version 2 QR (MOSIP Claim 169) read by independent decoders: the `claim169` package
(idpass, Rust), zbar and OpenCV in their default text modes; refusals; version 1 still read."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import base45
import cbor2
import claim169
import cv2
import numpy as np
import pytest
from PIL import Image
from pyzbar import pyzbar

from cards import CardRecord, RevocationList, StationKey, TrustBundle, render_card_pdf
from cards.payload import encode_payload, encode_payload_v1
from cards.qr import make_qr
from cards.verify import read_qr_payloads, verify_payload

TODAY = date(2025, 6, 1)
ARABIC = {"family_name": "الهاشمي", "given_names": "محمد عبد الله",
          "latin_family_name": "Elhashimi", "latin_given_names": "Mohamed Abdalla"}


def _epoch(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


@pytest.fixture(scope="module")
def arabic_card(tmp_path_factory: pytest.TempPathFactory, make_record: Callable[..., CardRecord],
                station_key: StationKey, rasterise: Callable[..., list[Path]]
                ) -> tuple[CardRecord, bytes, Path]:
    """An Arabic-script card: its record, its QR text and its back rasterised at 300 dpi."""
    record = make_record(**ARABIC, sex="M", birth_date="1990-02-03", nationality="SDN",
                         issuing_state="TZA", location_code="KRT01")
    pdf = tmp_path_factory.mktemp("c169") / "card.pdf"
    render_card_pdf(record, station_key, pdf, sides=("back",))
    return record, encode_payload(record, station_key), rasterise(pdf)[0]


def test_claim169_package_decodes_and_verifies_the_card(
        arabic_card: tuple[CardRecord, bytes, Path], station_key: StationKey) -> None:
    """claim169.decode with the station's public key: signature verified, every claim as put."""
    record, text, png = arabic_card
    read = read_qr_payloads(png)
    assert read == [text]  # what is printed is what was signed
    result = claim169.decode(text.decode("ascii"), verify_with_ed25519=station_key.public_bytes,
                             validate_timestamps=False)
    assert result.is_verified()
    person = result.claim169
    assert person.id == record.registration_number
    assert person.full_name == "Mohamed Abdalla Elhashimi"
    assert (person.first_name, person.middle_name, person.last_name) == \
        ("Mohamed", "Abdalla", "Elhashimi")
    assert person.secondary_full_name == "محمد عبد الله الهاشمي"
    assert person.secondary_language == "ara"
    assert person.date_of_birth == "19900203"
    assert person.gender == 1
    assert person.nationality == "SDN"
    assert person.country_of_issuance == "TZA"
    assert person.location_code == "KRT01"
    meta = result.cwt_meta
    assert meta.issuer == "TZA"
    assert meta.issued_at == meta.not_before == _epoch(record.issue_date)
    assert meta.expires_at == _epoch(record.expiry_date) + 86399


def test_claim169_refuses_a_forged_or_altered_qr(arabic_card: tuple[CardRecord, bytes, Path],
                                                 station_key: StationKey) -> None:
    """Another key, or one changed claim under the old signature, fails in claim169 too."""
    _, text, _ = arabic_card
    with pytest.raises(claim169.Claim169Exception):
        claim169.decode(text.decode(), verify_with_ed25519=StationKey.generate().public_bytes,
                        validate_timestamps=False)
    parts = list(cbor2.loads(zlib.decompress(base45.b45decode(text.decode()))).value)
    claims = dict(cbor2.loads(parts[2]))
    claims[169] = dict(claims[169]) | {8: "19800203"}  # an older birth date
    parts[2] = cbor2.dumps(claims)
    altered = base45.b45encode(zlib.compress(cbor2.dumps(cbor2.CBORTag(18, parts)))).decode()
    with pytest.raises(claim169.Claim169Exception):
        claim169.decode(altered, verify_with_ed25519=station_key.public_bytes,
                        validate_timestamps=False)


def test_claim169_sees_expiry_from_exp(make_record: Callable[..., CardRecord],
                                       station_key: StationKey) -> None:
    """A card whose expiry day has passed is refused by claim169's own timestamp check."""
    past = make_record(issue_date=date(2020, 1, 1), expiry_date=date(2021, 1, 1))
    text = encode_payload(past, station_key).decode()
    with pytest.raises(claim169.Claim169Exception):
        claim169.decode(text, verify_with_ed25519=station_key.public_bytes)


def test_our_verifier_refuses_forged_unknown_expired_and_revoked(
        make_record: Callable[..., CardRecord], station_key: StationKey,
        trust: TrustBundle) -> None:
    record = make_record()
    text = encode_payload(record, station_key)
    assert verify_payload(text, trust, TODAY).valid
    forged = encode_payload(record, StationKey.generate())  # same kid can't be had: unknown
    assert verify_payload(forged, trust, TODAY).reason == "issuing station unknown"
    parts = list(cbor2.loads(zlib.decompress(base45.b45decode(text.decode()))).value)
    parts[3] = StationKey.generate().sign(b"x")  # right kid, wrong signature
    bad = base45.b45encode(zlib.compress(cbor2.dumps(cbor2.CBORTag(18, parts))))
    assert verify_payload(bad, trust, TODAY).reason == \
        "signature does not match: the card was altered"
    expired = verify_payload(text, trust, date(2027, 3, 2))
    assert not expired.valid and expired.reason == "card expired on 2027-03-01"
    bundle = TrustBundle.from_dict(trust.to_dict())
    bundle.add_revocation_list(RevocationList({record.card_number: TODAY}).sign(station_key,
                                                                                 TODAY))
    assert verify_payload(text, bundle, TODAY).reason == f"card revoked on {TODAY}"


def test_version_1_cards_still_verify(make_record: Callable[..., CardRecord],
                                      station_key: StationKey, trust: TrustBundle) -> None:
    """A QR of the old binary form (cards already issued) is read and verified as before."""
    record = make_record()
    old = encode_payload_v1(record, station_key)
    assert old[:1] != encode_payload(record, station_key)[:1]
    verdict = verify_payload(old, trust, TODAY)
    assert verdict.valid and verdict.card_number == record.card_number
    assert verdict.record["nationality"] == "XXB"


def test_zbar_and_opencv_read_the_text_intact(arabic_card: tuple[CardRecord, bytes, Path]
                                              ) -> None:
    """Default modes of zbar and OpenCV return exactly the Base45 text (alphanumeric mode)."""
    _, text, png = arabic_card
    image = Image.open(png).convert("L")
    zbar = [r for r in pyzbar.decode(image) if r.type == "QRCODE"]
    assert [r.data for r in zbar] == [text]
    gray = np.asarray(image)
    decoded, _points, _ = cv2.QRCodeDetector().detectAndDecode(gray)
    assert decoded == text.decode("ascii")


def test_qr_level_version_and_module_size(make_record: Callable[..., CardRecord],
                                          station_key: StationKey, tmp_path: Path) -> None:
    """Level Q when the payload allows it, else M; modules at least 0.5 mm on the card."""
    short = make_record(family_name="Ali", given_names="Omar", nationality="SOM",
                        emergency_contact_line="")
    long = make_record(**ARABIC)
    for record, levels in ((short, "Q"), (long, "QM")):
        facts = render_card_pdf(record, station_key, tmp_path / "c.pdf")
        assert facts["qr_error_correction"] in levels
        assert float(str(facts["qr_module_mm"])) >= 0.5
        payload = encode_payload(record, station_key)
        assert make_qr(payload).version == facts["qr_version"]


def test_full_name_is_in_the_qr_however_long(make_record: Callable[..., CardRecord],
                                             station_key: StationKey) -> None:
    """A long Latin name is carried whole (version 1 cut it at 24 characters)."""
    family = "Wolfeschlegelsteinhausenbergerdorff Mbeki"
    given = "Hubert Blaine Nkosazana Dlamini"
    text = encode_payload(make_record(family_name=family, given_names=given), station_key)
    result = claim169.decode(text.decode(), verify_with_ed25519=station_key.public_bytes,
                             validate_timestamps=False)
    assert result.claim169.full_name == f"{given} {family}"
