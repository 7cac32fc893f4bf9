"""The offline verifier: QR bytes (or a PDF/photo of a card) in, a plain-words verdict out.

Reads both QR forms: version 2 (MOSIP Claim 169, Base45 text, new cards) and version 1 (binary
CBOR, cards issued before). Checks, in order: the QR decodes; the key id names a known station
certificate; the certificate is signed by the trusted root and valid today; the payload
signature matches; the card is within its validity; no applicable revocation list names it.
The steps and every byte are in cards/FORMAT.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cards.errors import CardError
from cards.payload import decode_payload
from cards.trust import TrustBundle

RASTER_DPI = 300


@dataclass(frozen=True)
class Verdict:
    valid: bool
    reason: str | None = None
    card_number: str | None = None
    record: dict[str, Any] = field(default_factory=dict)
    station_id: str | None = None
    unreadable: bool = False  # True when the input held no QR code to judge (bad file, no QR)

    def to_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "reason": self.reason,
            "card_number": self.card_number,
            "station_id": self.station_id,
            "record": dict(self.record),
            "unreadable": self.unreadable,
        }


def verify_payload(data: bytes, trust: TrustBundle, today: date) -> Verdict:
    """Verdict on the bytes read from a card's QR code."""
    try:
        signed = decode_payload(data)
    except CardError:
        return Verdict(False, "the QR code is not a card of this system")
    cert = trust.certificate_for(signed.key_id)
    if cert is None:
        return Verdict(False, "issuing station unknown")
    if not cert.verify(trust.root_public_key):
        return Verdict(False, "the station certificate is not signed by the trusted root")
    if not cert.valid_on(today):
        period = f"{cert.valid_from.isoformat()} to {cert.valid_to.isoformat()}"
        return Verdict(False, f"the station certificate is not valid on {today.isoformat()} "
                              f"(valid {period})")
    if not signed.verify(cert.public_key):
        return Verdict(False, "signature does not match: the card was altered")
    try:
        claims = signed.claims()
    except CardError:
        return Verdict(False, "the card's fields cannot be read")
    number = claims["card_number"]
    expiry = date.fromisoformat(claims["expiry_date"])
    base = {"card_number": number, "record": claims, "station_id": cert.station_id}
    if expiry < today:
        return Verdict(False, f"card expired on {expiry.isoformat()}", **base)
    if "valid_from" in claims and date.fromisoformat(claims["valid_from"]) > today:
        return Verdict(False, f"card not valid before {claims['valid_from']}", **base)
    revoked = trust.revocation(number, cert)
    if revoked is not None:
        return Verdict(False, f"card revoked on {revoked.isoformat()}", **base)
    return Verdict(True, None, **base)


def verify_card_file(path: str | os.PathLike[str], trust: TrustBundle, today: date) -> Verdict:
    """Verdict on a PDF, PNG or JPEG of a card: finds the QR code and verifies it."""
    try:
        payloads = read_qr_payloads(path)
    except CardError as exc:
        return Verdict(False, str(exc), unreadable=True)
    if not payloads:
        return Verdict(False, "no QR code found", unreadable=True)
    verdicts = [verify_payload(payload, trust, today) for payload in payloads]
    for verdict in verdicts:
        if verdict.valid:
            return verdict
    return verdicts[0]


def read_qr_payloads(path: str | os.PathLike[str]) -> list[bytes]:
    """Bytes of every QR code on the pages or in the image; CardError when unreadable."""
    import zxingcpp

    source = Path(path)
    if not source.is_file():
        raise CardError("the card file does not exist", field="file")
    images = _pdf_images(source) if _is_pdf(source) else [_open_image(source)]
    found: list[bytes] = []
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    for image in images:
        for result in zxingcpp.read_barcodes(image, formats=qr_only):
            if result.valid and result.bytes and bytes(result.bytes) not in found:
                found.append(bytes(result.bytes))
    return found


def _is_pdf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"%PDF-"


def _open_image(path: Path) -> Any:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        image = Image.open(path)
        image.load()
    except (UnidentifiedImageError, OSError):
        raise CardError("the file is neither a PDF nor an image", field="file") from None
    return ImageOps.exif_transpose(image).convert("L")


def _pdf_images(path: Path) -> list[Any]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        raise CardError("the PDF cannot be opened", field="file") from None
    try:
        return [page.render(scale=RASTER_DPI / 72, grayscale=True).to_pil()
                for page in document]
    finally:
        document.close()
