"""The offline verifier: QR bytes (or a PDF/photo of a card) in, a plain-words verdict out.

Reads both QR forms: version 2 (MOSIP Claim 169, Base45 text, new cards) and version 1 (binary
CBOR, cards issued before). Checks, in order: the QR decodes; the key id names a known station
certificate; the certificate is signed by the trusted root and valid today; the payload
signature matches; the card and registration numbers were made by the signing station; the
station was not revoked before the card's issue date; the card is within its validity; no
applicable revocation list names it.
The steps and every byte are in cards/FORMAT.md.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cards.errors import CardError
from cards.payload import decode_payload
from cards.trust import TrustBundle

RASTER_DPI = 300
# Limits on a card file, checked before anything is decoded: a card PDF has 2 pages and a print
# sheet of 100 cards 20 (A4, 21 x 29.7 cm); at 300 dpi a 60 cm page is 7,087 pixels a side (50 MB
# in grey). A photo of a card needs far fewer than 50 million pixels.
MAX_FILE_BYTES = 64 * 2**20
MAX_PDF_PAGES = 24
MAX_PAGE_POINTS = 1700.0  # 60 cm
MAX_IMAGE_PIXELS = 50_000_000
MAX_IMAGE_SIDE = 20_000

# Registration numbers are SITE-STN-NNNNNN-CC (current form) or SITE-STN-NNNNNNC (old form);
# card numbers are the same with a C- prefix (cards/FORMAT.md section 4, step 5). The SITE-STN
# part is the id of the station that made the number, which must be the station that signed the
# card.
_NUMBER = re.compile(r"^([A-Z0-9]{2,5}-[A-Z0-9]{1,3})-\d{6}(?:-[A-Z]{2}|[A-Z0-9*])$")
CARD_PREFIX = "C-"


def number_station(number: object, *, card: bool) -> str | None:
    """The SITE-STN station id a card (`card`) or registration number was made by; None when
    the text is not a number of this system."""
    if not isinstance(number, str):
        return None
    if card:
        if not number.startswith(CARD_PREFIX):
            return None
        number = number[len(CARD_PREFIX):]
    match = _NUMBER.match(number)
    return match.group(1) if match else None


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
        number = claims["card_number"]
        expiry = date.fromisoformat(claims["expiry_date"])
        issued = date.fromisoformat(claims["issue_date"]) if "issue_date" in claims else None
        starts = date.fromisoformat(claims["valid_from"]) if "valid_from" in claims else None
    except (CardError, LookupError, TypeError, ValueError, OverflowError, OSError):
        return Verdict(False, "the card's fields cannot be read")
    base = {"card_number": number, "record": claims, "station_id": cert.station_id}
    station_revoked = trust.station_revoked_on(cert)
    if station_revoked is not None and (issued is None or issued >= station_revoked):
        dated = (f"this card is dated {issued.isoformat()}" if issued is not None
                 else "this card carries no issue date")
        return Verdict(False, f"the issuing station {cert.station_id} was revoked on "
                              f"{station_revoked.isoformat()} and {dated}", **base)
    for what, value, card in (("card number", number, True),
                              ("registration number", claims.get("registration_number"), False)):
        maker = number_station(value, card=card)
        if maker != cert.station_id:
            made = f"was made by station {maker}" if maker else "is not a number of this system"
            return Verdict(False, f"the {what} {made}, but the card was signed by station "
                                  f"{cert.station_id}: it is forged or re-signed", **base)
    if expiry < today:
        return Verdict(False, f"card expired on {expiry.isoformat()}", **base)
    if starts is not None and starts > today:
        return Verdict(False, f"card not valid before {starts.isoformat()}", **base)
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
    """Bytes of every QR code on the pages or in the image; CardError when unreadable.

    Bounded before anything is decoded (file size, PDF page count and page boxes, image
    dimensions from the header), and PDF pages are rasterised one at a time, so a small file
    that declares a huge page or picture is refused instead of eating the machine's memory.
    """
    import zxingcpp

    source = Path(path)
    if not source.is_file():
        raise CardError("the card file does not exist", field="file")
    if source.stat().st_size > MAX_FILE_BYTES:
        raise CardError(f"the file is larger than {MAX_FILE_BYTES // 2**20} MB: not a card file",
                        field="file")
    images = _pdf_images(source) if _is_pdf(source) else iter([_open_image(source)])
    found: list[bytes] = []
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    for image in images:
        for result in zxingcpp.read_barcodes(image, formats=qr_only):
            if result.valid and result.bytes and bytes(result.bytes) not in found:
                found.append(bytes(result.bytes))
        del image
    return found


def _is_pdf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"%PDF-"


def _open_image(path: Path) -> Any:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        image = Image.open(path)  # reads the header only
    except Image.DecompressionBombError:  # Pillow's own limit, far above ours
        raise _too_large("hundreds of millions of pixels") from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise CardError("the file is neither a PDF nor an image", field="file") from None
    width, height = image.size
    if width * height > MAX_IMAGE_PIXELS or max(width, height) > MAX_IMAGE_SIDE:
        image.close()
        raise _too_large(f"{width} x {height} pixels")
    try:
        image.load()
        gray = image.convert("L")
        return ImageOps.exif_transpose(gray) or gray
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise CardError("the picture cannot be read (damaged or incomplete file)",
                        field="file") from None
    finally:
        image.close()


def _too_large(size: str) -> CardError:
    return CardError(f"the picture is too large ({size}; at most {MAX_IMAGE_PIXELS // 10**6} "
                     f"million pixels and {MAX_IMAGE_SIDE} on a side): use a smaller photo or "
                     "scan of the card", field="file")


def _pdf_images(path: Path) -> Iterator[Any]:
    """The pages at RASTER_DPI, one at a time, after checking the count and every page box."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        raise CardError("the PDF cannot be opened", field="file") from None
    try:
        pages = len(document)
        if pages > MAX_PDF_PAGES:
            raise CardError(f"the PDF has {pages} pages; a card file has at most "
                            f"{MAX_PDF_PAGES}", field="file")
        for index in range(pages):
            width, height = document.get_page_size(index)
            if not (0 < width <= MAX_PAGE_POINTS and 0 < height <= MAX_PAGE_POINTS):
                raise CardError(f"page {index + 1} of the PDF is {width / 72 * 2.54:.0f} x "
                                f"{height / 72 * 2.54:.0f} cm; a card file's pages are at most "
                                f"{MAX_PAGE_POINTS / 72 * 2.54:.0f} cm on a side", field="file")
        for index in range(pages):
            page = document[index]
            try:
                yield page.render(scale=RASTER_DPI / 72, grayscale=True).to_pil()
            except pdfium.PdfiumError:
                raise CardError(f"page {index + 1} of the PDF cannot be drawn",
                                field="file") from None
            finally:
                page.close()
    finally:
        document.close()
