"""Everything drawn on one card, prepared before drawing: images, QR, MRZ, fitted names."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from cards.errors import CardError
from cards.keys import StationKey
from cards.mrz_td1 import td1_lines
from cards.payload import encode_payload
from cards.qr import QrSymbol, make_qr
from cards.record import CardRecord
from cards.text import FittedText, check_coverage, fit_text
from cards.transliterate import display_latin_names, is_latin

MM = 72 / 25.4  # points per millimetre
PHOTO_W_MM, PHOTO_H_MM = 26.0, 33.43  # ICAO 35:45 proportion
PHOTO_PPI = 300
GHOST_W_MM, GHOST_H_MM = 11.0, 14.14
GHOST_PPI = 150


@dataclass(frozen=True)
class Box:
    """A text box on the card, in millimetres from the card's lower-left corner."""

    x: float
    top: float
    width: float
    height: float
    max_pt: float
    min_pt: float
    weight: int = 400


# Names in Latin letters always; the name in the holder's script beside them when different.
FAMILY_BOX = Box(32.0, 38.9, 51.6, 4.6, 9.5, 4.5, 700)
GIVEN_BOX = Box(32.0, 32.6, 51.6, 4.2, 8.5, 4.5, 600)
NATIVE_BOX = Box(32.0, 28.2, 51.6, 4.0, 8.0, 4.5, 400)
SITE_BOX = Box(32.0, 12.5, 17.0, 4.6, 6.0, 3.8)
CONTACT_BOX = Box(43.0, 31.4, 40.6, 7.5, 6.5, 4.0)


@dataclass(frozen=True)
class CardArt:
    record: CardRecord
    payload: bytes
    qr: QrSymbol
    mrz: list[str]
    portrait_jpeg: bytes  # cropped to the photo box at 300 ppi
    ghost_jpeg: bytes
    family: FittedText  # Latin letters
    given: FittedText
    native: FittedText | None  # the full name in the holder's script, when it is not Latin
    site: FittedText
    contact: FittedText | None


def prepare(record: CardRecord, station_key: StationKey) -> CardArt:
    """Validate the record and build every piece of the card; CardError names a bad field."""
    record.validate()
    for field_name in ("family_name", "given_names", "issuing_site", "emergency_contact_line"):
        value = getattr(record, field_name)
        if value:
            check_coverage(value, field_name)
    payload = encode_payload(record, station_key)
    family, given = display_latin_names(record)
    native = " ".join(p for p in (record.given_names.strip(), record.family_name.strip()) if p)
    portrait, ghost = _portrait_images(record.portrait_jpeg)
    return CardArt(
        record=record,
        payload=payload,
        qr=make_qr(payload),
        mrz=td1_lines(record),
        portrait_jpeg=portrait,
        ghost_jpeg=ghost,
        family=_fit(family or "—", FAMILY_BOX, "latin_family_name"),
        given=_fit(given or "—", GIVEN_BOX, "latin_given_names"),
        native=(None if is_latin(native) else _fit(native, NATIVE_BOX, "family_name")),
        site=_fit(record.issuing_site, SITE_BOX, "issuing_site"),
        contact=(_fit(record.emergency_contact_line, CONTACT_BOX, "emergency_contact_line")
                 if record.emergency_contact_line and record.emergency_contact_consent
                 else None),
    )


def _fit(text: str, box: Box, field: str) -> FittedText:
    return fit_text(text, width=box.width * MM, height=box.height * MM, max_size=box.max_pt,
                    min_size=box.min_pt, field=field, weight=box.weight)


def _portrait_images(jpeg: bytes) -> tuple[bytes, bytes]:
    try:
        opened = Image.open(io.BytesIO(jpeg))
        opened.load()
    except (UnidentifiedImageError, OSError):
        raise CardError("the portrait cannot be read as an image", field="portrait_jpeg") from None
    image = ImageOps.exif_transpose(opened).convert("RGB")
    photo_px = (round(PHOTO_W_MM / 25.4 * PHOTO_PPI), round(PHOTO_H_MM / 25.4 * PHOTO_PPI))
    photo = ImageOps.fit(image, photo_px, Image.Resampling.LANCZOS)
    ghost_px = (round(GHOST_W_MM / 25.4 * GHOST_PPI), round(GHOST_H_MM / 25.4 * GHOST_PPI))
    ghost = ImageOps.fit(image, ghost_px, Image.Resampling.BILINEAR).convert("L")
    ghost = ghost.point(lambda v: 150 + v * 100 // 255)  # faded: light greys only
    return _jpeg(photo, 90), _jpeg(ghost, 80)


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, dpi=(PHOTO_PPI, PHOTO_PPI))
    return out.getvalue()
