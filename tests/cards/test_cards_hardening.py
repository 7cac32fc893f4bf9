"""Issue 16 hardening of the offline verifier: cards tied to their station, dated station
revocation, bounded decoding of card files, malformed claims."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
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
    ServiceCertificate,
    ServiceKey,
    StationCertificate,
    StationKey,
    TrustBundle,
    encode_payload,
    verify_payload,
)
from cards.certificates import StationRevocation
from cards.claim169 import sig_structure
from cards.payload import encode_payload_v1

TODAY = date(2025, 6, 1)
START = date(2025, 1, 1)
DAR_CARD, DAR_REG = "C-DAR-01-000002-XK", "DAR-01-000002-XK"
ARU_CARD, ARU_REG = "C-ARU-02-000007-KX", "ARU-02-000007-KX"


class Deployment:
    """One root, two stations (DAR-01 and ARU-02) with root-signed certificates."""

    def __init__(self) -> None:
        self.root = RootKey.generate()
        self.dar = StationKey.generate()
        self.aru = StationKey.generate()
        self.trust = TrustBundle.self_issued(self.dar, "DAR-01", "DAR", root=self.root,
                                             valid_from=START)
        self.trust.add_certificate(StationCertificate.issue(
            self.root, station_id="ARU-02", site="ARU", public_key=self.aru.public_bytes,
            valid_from=START, valid_to=date(2030, 1, 1)))


@pytest.fixture
def world() -> Deployment:
    return Deployment()


def test_card_numbered_for_one_station_signed_by_another_is_refused(
        world: Deployment, make_record: Callable[..., CardRecord]) -> None:
    """A card numbered for DAR-01 but signed by ARU-02's (genuine, root-certified) key fails."""
    record = make_record(card_number=DAR_CARD, registration_number=DAR_REG)
    assert verify_payload(encode_payload(record, world.dar), world.trust, TODAY).valid
    verdict = verify_payload(encode_payload(record, world.aru), world.trust, TODAY)
    assert not verdict.valid
    assert verdict.reason == ("the card number was made by station DAR-01, but the card was "
                              "signed by station ARU-02: it is forged or re-signed")
    own = make_record(card_number=ARU_CARD, registration_number=ARU_REG)
    assert verify_payload(encode_payload(own, world.aru), world.trust, TODAY).valid


def test_registration_number_of_another_station_is_refused(
        world: Deployment, make_record: Callable[..., CardRecord]) -> None:
    """ARU-02 cannot sign a card (own card number) for a person registered at DAR-01."""
    record = make_record(card_number=ARU_CARD, registration_number=DAR_REG)
    verdict = verify_payload(encode_payload(record, world.aru), world.trust, TODAY)
    assert not verdict.valid and verdict.reason is not None
    assert verdict.reason.startswith("the registration number was made by station DAR-01")


def test_card_revoked_by_its_station_and_re_signed_by_another_is_refused(
        world: Deployment, make_record: Callable[..., CardRecord]) -> None:
    """DAR-01 revokes its card in its own list; ARU-02 re-signs the same card: still refused."""
    record = make_record(card_number=DAR_CARD, registration_number=DAR_REG)
    world.trust.add_revocation_list(
        RevocationList({DAR_CARD: date(2025, 5, 2)}).sign(world.dar, date(2025, 5, 2)))
    assert verify_payload(encode_payload(record, world.dar), world.trust,
                          TODAY).reason == "card revoked on 2025-05-02"
    resigned = verify_payload(encode_payload(record, world.aru), world.trust, TODAY)
    assert not resigned.valid and "signed by station ARU-02" in str(resigned.reason)


@pytest.mark.parametrize("number", ["KRT01-000123-4", "C-DAR-01-00002-XK", "DAR-01-000002-XK",
                                    "C-DAR-01-000002-X1", "C-DAR-01-000002"])
def test_card_number_not_of_this_system_is_refused(
        world: Deployment, make_record: Callable[..., CardRecord], number: str) -> None:
    """A card number without the SITE-STN-NNNNNN form cannot be tied to a station: refused."""
    record = make_record(card_number=number, registration_number=DAR_REG)
    verdict = verify_payload(encode_payload(record, world.dar), world.trust, TODAY)
    assert not verdict.valid
    assert verdict.reason == ("the card number is not a number of this system, but the card "
                              "was signed by station DAR-01: it is forged or re-signed")


def test_old_form_numbers_and_version_1_cards_still_verify(
        world: Deployment, make_record: Callable[..., CardRecord]) -> None:
    """Numbers of the old form (one check character) and v1 QR codes keep verifying."""
    record = make_record(card_number="C-DAR-01-000002T", registration_number="DAR-01-000002O")
    assert verify_payload(encode_payload(record, world.dar), world.trust, TODAY).valid
    assert verify_payload(encode_payload_v1(record, world.dar), world.trust, TODAY).valid
    other = encode_payload_v1(record, world.aru)
    assert not verify_payload(other, world.trust, TODAY).valid


# -- item 9: revoking a station does not kill the cards it issued before ----------------------

def _revoke_dar(world: Deployment, on: date, signer: RootKey | ServiceKey | None = None
                ) -> None:
    world.trust.add_station_revocation(StationRevocation.issue(
        signer or world.root, station_id="DAR-01", key_id=world.dar.key_id, revoked_on=on,
        issued_on=on))


def test_cards_issued_before_the_station_revocation_stay_valid(
        world: Deployment, make_record: Callable[..., CardRecord]) -> None:
    """Revoked on 2025-04-01: a card of 2025-03-01 is valid, one of 2025-04-01 or later not."""
    before = make_record(card_number=DAR_CARD, registration_number=DAR_REG,
                         issue_date=date(2025, 3, 1))
    on_day = make_record(card_number="C-DAR-01-000003-AC", registration_number=DAR_REG,
                         issue_date=date(2025, 4, 1))
    after = make_record(card_number="C-DAR-01-000004-AC", registration_number=DAR_REG,
                        issue_date=date(2025, 5, 20))
    _revoke_dar(world, date(2025, 4, 1))
    reloaded = TrustBundle.from_dict(json.loads(json.dumps(world.trust.to_dict())))
    assert reloaded.to_dict()["format"] == "enrolment-station/trust-bundle/v3"
    assert verify_payload(encode_payload(before, world.dar), reloaded, TODAY).valid
    for record in (on_day, after):
        verdict = verify_payload(encode_payload(record, world.dar), reloaded, TODAY)
        assert not verdict.valid
        assert verdict.reason == (f"the issuing station DAR-01 was revoked on 2025-04-01 and "
                                  f"this card is dated {record.issue_date.isoformat()}")
    v1 = verify_payload(encode_payload_v1(before, world.dar), reloaded, TODAY)
    assert v1.reason == ("the issuing station DAR-01 was revoked on 2025-04-01 and this card "
                         "carries no issue date")
    # A card of the revoked station issued before can still be revoked one by one.
    reloaded.add_revocation_list(RevocationList({DAR_CARD: TODAY}).sign(world.root, TODAY))
    assert verify_payload(encode_payload(before, world.dar), reloaded,
                          TODAY).reason == f"card revoked on {TODAY}"


def test_station_revocation_needs_root_or_service_signature(
        world: Deployment, make_record: Callable[..., CardRecord]) -> None:
    """A revocation signed by a station key or an uncertified key is ignored; a service key
    certified on the revocation day counts; a v2 reader refuses a bundle holding one."""
    record = make_record(card_number=DAR_CARD, registration_number=DAR_REG,
                         issue_date=date(2025, 5, 1))
    payload = encode_payload(record, world.dar)
    _revoke_dar(world, date(2025, 4, 1), signer=ServiceKey.generate())  # uncertified
    world.trust.add_station_revocation(StationRevocation.issue(
        world.aru, station_id="DAR-01", key_id=world.dar.key_id,  # type: ignore[arg-type]
        revoked_on=date(2025, 4, 1), issued_on=date(2025, 4, 1)))
    assert verify_payload(payload, world.trust, TODAY).valid
    service = ServiceKey.generate()
    world.trust.service_certificates = [ServiceCertificate.issue(
        world.root, public_key=service.public_bytes, valid_from=START,
        valid_to=date(2026, 1, 1))]
    _revoke_dar(world, date(2025, 4, 1), signer=service)
    assert not verify_payload(payload, world.trust, TODAY).valid
    # signed later by a rotated service key (valid only from 2025-05-01): still in force
    rotated = ServiceKey.generate()
    world.trust.service_certificates.append(ServiceCertificate.issue(
        world.root, public_key=rotated.public_bytes, valid_from=date(2025, 5, 1),
        valid_to=date(2026, 5, 1), serial=2))
    again = TrustBundle.from_dict(world.trust.to_dict())
    again.station_revocations = [StationRevocation.issue(
        rotated, station_id="DAR-01", key_id=world.dar.key_id, revoked_on=date(2025, 4, 1),
        issued_on=date(2025, 5, 20))]
    assert verify_payload(payload, again, TODAY).reason == (
        "the issuing station DAR-01 was revoked on 2025-04-01 and this card is dated "
        "2025-05-01")
    forged = world.trust.to_dict()
    forged["station_revocations"][-1]["revoked_on"] = "2025-06-01"  # signature kept
    assert verify_payload(payload, TrustBundle.from_dict(
        {**forged, "station_revocations": forged["station_revocations"][-1:]}), TODAY).valid


# -- item 7: card files that declare huge pages or pictures are refused before decoding -------

def _pdf(pages: int, width: float, height: float) -> bytes:
    """A minimal, well-formed PDF (correct xref) of `pages` empty pages of width x height pt."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
               + b"] /Count %d >>" % pages]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] >>" % (width, height)
                for _ in range(pages)]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _png(width: int, height: int, rows: int | None = None) -> bytes:
    """A PNG declaring width x height (8-bit grey); `rows` rows of zeros actually encoded (all
    when None: zeros compress about 1000 to 1, so the file stays small)."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    count = height if rows is None else rows
    packer = zlib.compressobj(9)
    line = bytes(width + 1)  # filter byte 0, then the row
    data = b"".join(packer.compress(line) for _ in range(count)) + packer.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0,
                                                             0, 0))
            + chunk(b"IDAT", data) + chunk(b"IEND", b""))


def _jpeg(width: int, height: int) -> bytes:
    """A real 16 x 16 JPEG whose frame header (SOF0) is edited to declare width x height."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (16, 16), 128).save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = height.to_bytes(2, "big") + width.to_bytes(2, "big")
    return bytes(data)


_PROBE = textwrap.dedent("""
    import json, resource, sys, time
    from datetime import date
    from cards import StationKey, TrustBundle, verify_card_file
    trust = TrustBundle.self_issued(StationKey.generate(), "DAR-01", "DAR")
    start = time.monotonic()
    verdict = verify_card_file(sys.argv[1], trust, date(2025, 6, 1))
    print(json.dumps({"verdict": verdict.to_dict(), "seconds": time.monotonic() - start,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""")
MEMORY_CAP = 3 * 2**30  # address space of the probe: the old code's 6.9 GB could not happen here


def _probe(path: Path) -> dict[str, object]:
    """Verify `path` in a fresh process (address space capped); its verdict, time, peak RSS."""
    import resource

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    done = subprocess.run([sys.executable, "-c", _PROBE, str(path)], capture_output=True,
                          text=True, timeout=120, preexec_fn=cap, check=False,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout)
    return result


TOO_LARGE = ("the picture is too large (%s; at most 50 million pixels and 20000 on a side): use "
             "a smaller photo or scan of the card")


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("huge-page.pdf", lambda: _pdf(1, 14400, 14400),
     "page 1 of the PDF is 508 x 508 cm; a card file's pages are at most 60 cm on a side"),
    ("many-pages.pdf", lambda: _pdf(300, 595, 842),
     "the PDF has 300 pages; a card file has at most 24"),
    ("huge.jpg", lambda: _jpeg(20000, 20000),
     TOO_LARGE % "hundreds of millions of pixels"),
    ("huge.png", lambda: _png(30000, 30000, rows=1),
     TOO_LARGE % "hundreds of millions of pixels"),
    ("wide.jpg", lambda: _jpeg(30000, 100),
     TOO_LARGE % "30000 x 100 pixels"),
    ("big-zeros.png", lambda: _png(9000, 9000),
     TOO_LARGE % "9000 x 9000 pixels"),
])
def test_card_files_declaring_huge_sizes_get_a_verdict_in_bounded_memory(
        tmp_path: Path, name: str, content: Callable[[], bytes], reason: str) -> None:
    """Tiny files that declare a 5 m page, 300 pages, or 81 to 900 million pixels: a clear
    'unreadable' verdict, under 300 MB peak and 10 s, instead of gigabytes or a traceback."""
    path = tmp_path / name
    path.write_bytes(content())
    assert path.stat().st_size < 200_000
    result = _probe(path)
    verdict = result["verdict"]
    assert isinstance(verdict, dict)
    assert verdict["valid"] is False and verdict["unreadable"] is True
    assert verdict["reason"] == reason
    assert float(result["peak_mb"]) < 300, result  # type: ignore[arg-type]
    assert float(result["seconds"]) < 10, result  # type: ignore[arg-type]


def test_a_card_pdf_and_a_damaged_picture_within_the_limits(
        tmp_path: Path, make_record: Callable[..., CardRecord]) -> None:
    """A real card PDF still verifies in the probe; a truncated PNG gets a verdict."""
    from cards import render_card_pdf

    key = StationKey.generate()
    pdf = tmp_path / "card.pdf"
    render_card_pdf(make_record(card_number=DAR_CARD, registration_number=DAR_REG), key, pdf)
    assert _probe(pdf)["verdict"]["reason"] == "issuing station unknown"  # type: ignore[index]
    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(_png(2000, 2000)[:-40])
    verdict = _probe(damaged)["verdict"]
    assert verdict["unreadable"] is True  # type: ignore[index]
    assert verdict["reason"] == ("the picture cannot be read (damaged or incomplete "  # type: ignore[index]
                                 "file)")


# -- item 13: signed claims of the wrong shape get a verdict, not a traceback ----------------

def _resigned(payload: bytes, key: StationKey, change: Callable[[dict[int, object]], None]
              ) -> bytes:
    """The Claim 169 QR text with its CWT claims changed by `change`, signed again by `key`
    (a station key that signs whatever it is given: the worst case for the verifier)."""
    parts = list(cbor2.loads(zlib.decompress(base45.b45decode(payload.decode()))).value)
    claims = dict(cbor2.loads(parts[2]))
    change(claims)
    parts[2] = cbor2.dumps(claims)
    parts[3] = key.sign(sig_structure(parts[0], parts[2]))
    return bytes(base45.b45encode(zlib.compress(cbor2.dumps(cbor2.CBORTag(18, parts)))))


@pytest.mark.parametrize(("claim", "value"), [
    (4, 10**20), (4, -(10**20)), (4, [1, 2]), (4, 2**64), (6, 10**20), (5, [5]),
    (6, 1e300), (4, float("nan")), (7, ["C-DAR-01-000002-XK"]), (169, [1]),
])
def test_signed_claims_of_impossible_values_are_unreadable_not_a_crash(
        world: Deployment, make_record: Callable[..., CardRecord], claim: int,
        value: object) -> None:
    """Expiry 10**20, a list for a date, a list for the card number: 'cannot be read'."""
    genuine = encode_payload(make_record(card_number=DAR_CARD, registration_number=DAR_REG),
                             world.dar)

    def change(claims: dict[int, object]) -> None:
        claims[claim] = value

    verdict = verify_payload(_resigned(genuine, world.dar, change), world.trust, TODAY)
    assert not verdict.valid
    assert verdict.reason in ("the card's fields cannot be read",
                              "the QR code is not a card of this system")


@pytest.mark.parametrize("expiry", [10**20, 2**64, -(10**20), 99_999_999_999, [20270301]])
def test_version_1_claims_of_impossible_values_are_unreadable(
        world: Deployment, make_record: Callable[..., CardRecord], expiry: object) -> None:
    """A v1 QR whose signed expiry is 10**20 or a list: a verdict, not a traceback."""
    record = make_record(card_number=DAR_CARD, registration_number=DAR_REG)
    outer = cbor2.loads(encode_payload_v1(record, world.dar))
    claims = dict(cbor2.loads(outer[2]))
    claims[7] = expiry
    body = cbor2.dumps(claims)
    unsigned = b"enrolment-station/card-qr/v1\n" + cbor2.dumps([1, outer[1], body])
    forged = cbor2.dumps([1, outer[1], body, world.dar.sign(unsigned)])
    verdict = verify_payload(forged, world.trust, TODAY)
    assert not verdict.valid and verdict.reason == "the card's fields cannot be read"


def test_claims_sent_as_a_list_are_unreadable(world: Deployment,
                                              make_record: Callable[..., CardRecord]) -> None:
    """The signed claims map replaced by a list (v2 and v1): a verdict, not an IndexError."""
    record = make_record(card_number=DAR_CARD, registration_number=DAR_REG)
    genuine = encode_payload(record, world.dar)
    parts = list(cbor2.loads(zlib.decompress(base45.b45decode(genuine.decode()))).value)
    parts[2] = cbor2.dumps([1, 2, 3])
    parts[3] = world.dar.sign(sig_structure(parts[0], parts[2]))
    v2 = bytes(base45.b45encode(zlib.compress(cbor2.dumps(cbor2.CBORTag(18, parts)))))
    outer = cbor2.loads(encode_payload_v1(record, world.dar))
    body = cbor2.dumps([DAR_CARD, DAR_REG])
    unsigned = b"enrolment-station/card-qr/v1\n" + cbor2.dumps([1, outer[1], body])
    v1 = cbor2.dumps([1, outer[1], body, world.dar.sign(unsigned)])
    for payload in (v2, v1):
        verdict = verify_payload(payload, world.trust, TODAY)
        assert not verdict.valid and verdict.reason == "the card's fields cannot be read"
