"""Drawing the two sides of an ID-1 card (ISO/IEC 7810: 85.60 x 53.98 mm, corner radius 3.18 mm).

Coordinates are millimetres from the card's lower-left corner; callers translate the canvas to
place a card anywhere on a page. Labels and numbers use the embedded Noto Sans TTF; names and
the OCR-B MRZ are vector outlines drawn by `cards.text`. The QR code and the MRZ are K-only
black so card printers put them on the black resin panel.
"""

from __future__ import annotations

import io
import math
from functools import lru_cache
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from cards.art import (
    CONTACT_BOX,
    FAMILY_BOX,
    GHOST_H_MM,
    GHOST_W_MM,
    GIVEN_BOX,
    MM,
    NATIVE_BOX,
    PHOTO_H_MM,
    PHOTO_W_MM,
    SITE_BOX,
    Box,
    CardArt,
)
from cards.fonts import font_path
from cards.record import SPECIAL_NATIONALITIES, CardRecord
from cards.text import FittedText, draw_fitted

CARD_W_MM, CARD_H_MM = 85.60, 53.98
CORNER_MM = 3.18
SANS = "CardSans"
INK = (0.10, 0.16, 0.20)
LABEL = (0.20, 0.27, 0.31)  # WCAG AA (>= 4.5:1) on the tint and on the guilloche lines
BAND = (0.11, 0.31, 0.37)
TINT = (0.95, 0.97, 0.96)
GUILLOCHE = (0.76, 0.87, 0.88)
# OCR-B size 1 (10 pt: capital height 2.47 mm), pitch 2.54 mm (ICAO 9303 Part 3), lines 4.23 mm
MRZ_PT, MRZ_PITCH_MM = 10.0, 2.54
MRZ_STROKE_PT = 0.15  # a hair of emboldening: OCR engines read the fillers more surely
MRZ_BASELINES_MM = (11.46, 7.23, 3.0)
# 39 mm square, quiet zone included: version 13 (69 + 8 modules) gives 0.506 mm modules.
QR_X_MM, QR_Y_MM, QR_SIDE_MM = 1.6, 14.6, 39.0
BACK_TEXT_X_MM = 43.0
LABEL_PT = 4.3


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the embedded label font with reportlab (once per process)."""
    pdfmetrics.registerFont(TTFont(SANS, str(font_path("latin"))))


def card_outline(canvas: Canvas) -> Any:
    path = canvas.beginPath()
    path.roundRect(0, 0, CARD_W_MM * MM, CARD_H_MM * MM, CORNER_MM * MM)
    return path


@lru_cache(maxsize=4)
def _guilloche_paths(seed: int) -> tuple[Any, ...]:
    """Interlaced rosettes and fine waves, computed once: the same on every card."""
    paths = []
    cx, cy = CARD_W_MM * MM * 0.62, CARD_H_MM * MM * 0.48
    for k in range(7):
        path = PDFPathObject()
        r_big, r_small, d = 44 + 7 * k, 5.0 + 0.35 * seed, 17 + 2 * k
        q = (r_big - r_small) / r_small
        steps = 900
        for i in range(steps + 1):
            t = 2 * math.pi * 7 * i / steps
            x = cx + ((r_big - r_small) * math.cos(t) + d * math.cos(q * t)) * 1.25
            y = cy + ((r_big - r_small) * math.sin(t) - d * math.sin(q * t)) * 0.72
            path.lineTo(x, y) if i else path.moveTo(x, y)
        paths.append(path)
    for j in range(28):
        path = PDFPathObject()
        base = j * CARD_H_MM * MM / 27
        for i in range(121):
            x = i * CARD_W_MM * MM / 120
            y = base + 2.2 * math.sin(i / 120 * 6 * math.pi + j * 0.9)
            path.lineTo(x, y) if i else path.moveTo(x, y)
        paths.append(path)
    return tuple(paths)


def _guilloche_form(canvas: Canvas, name: str, seed: int) -> str:
    """Define the background pattern once per document as a form; return its name."""
    done: set[str] = canvas.__dict__.setdefault("_card_forms", set())
    if name in done:
        return name
    canvas.beginForm(name)
    canvas.setStrokeColorRGB(*GUILLOCHE)
    canvas.setLineWidth(0.18)
    for path in _guilloche_paths(seed):
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.endForm()
    done.add(name)
    return name


def _label(canvas: Canvas, text: str, x_mm: float, y_mm: float,
           width_mm: float | None = None) -> None:
    """A field label (Swahili / English), smaller when it would leave `width_mm`."""
    canvas.setFillColorRGB(*LABEL)
    _fitted_string(canvas, text, x_mm, y_mm, width_mm or 80.0, LABEL_PT)


def _value(canvas: Canvas, text: str, x_mm: float, y_mm: float, width_mm: float,
           size: float = 7.0) -> None:
    """A Latin value (dates, numbers, codes), narrowed if it would leave its width."""
    canvas.setFillColorRGB(*INK)
    width = pdfmetrics.stringWidth(text, SANS, size)
    scale = min(1.0, width_mm * MM / width) if width else 1.0
    text_obj = canvas.beginText(x_mm * MM, y_mm * MM)
    text_obj.setFont(SANS, size)
    text_obj.setHorizScale(scale * 100)
    text_obj.textOut(text)
    text_obj.setHorizScale(100)  # Tz outlives BT/ET: reset it for later text
    canvas.drawText(text_obj)


def _names(canvas: Canvas, fitted: FittedText, box: Box) -> None:
    canvas.setFillColorRGB(*INK)
    draw_fitted(canvas, fitted, box.x * MM, box.top * MM, box.width * MM)


def _background(canvas: Canvas, seed: int, band: bool) -> None:
    canvas.saveState()
    outline = card_outline(canvas)
    canvas.clipPath(outline, stroke=0, fill=0)
    canvas.setFillColorRGB(*TINT)
    canvas.rect(0, 0, CARD_W_MM * MM, CARD_H_MM * MM, stroke=0, fill=1)
    canvas.doForm(_guilloche_form(canvas, f"guilloche{seed}", seed))
    if band:
        canvas.setFillColorRGB(*BAND)
        canvas.rect(0, (CARD_H_MM - 7.2) * MM, CARD_W_MM * MM, 7.2 * MM, stroke=0, fill=1)
    canvas.restoreState()


def _border(canvas: Canvas) -> None:
    canvas.setStrokeColorRGB(0.55, 0.6, 0.62)
    canvas.setLineWidth(0.3)
    canvas.drawPath(card_outline(canvas), stroke=1, fill=0)


def _state_header(canvas: Canvas, record: CardRecord) -> None:
    """The band: issuing state (one line per language) left, issuing authority right."""
    canvas.setFillColorRGB(1, 1, 1)
    state = [part.strip() for part in (record.state_name or record.issuing_state).split("/")]
    authority = [part.strip() for part in record.issuing_authority.split("/") if part.strip()]
    top = CARD_H_MM - 3.3
    for k, line in enumerate(state[:2]):
        _fitted_string(canvas, line, 3.5, top - k * 2.7, 46.0, 6.2 if k == 0 else 5.6)
    for k, line in enumerate(authority[:2]):
        _fitted_string(canvas, line, CARD_W_MM - 3.5, top - k * 2.7, 31.0, 5.0, right=True)


def _fitted_string(canvas: Canvas, text: str, x_mm: float, y_mm: float, width_mm: float,
                   size: float, *, right: bool = False) -> None:
    """One line in the label font, smaller (never cut) when it would leave `width_mm`."""
    width = pdfmetrics.stringWidth(text, SANS, size)
    if width > width_mm * MM:
        size *= width_mm * MM / width
    canvas.setFont(SANS, size)
    if right:
        canvas.drawRightString(x_mm * MM, y_mm * MM, text)
    else:
        canvas.drawString(x_mm * MM, y_mm * MM, text)


def draw_front(canvas: Canvas, art: CardArt) -> None:
    register_fonts()
    record = art.record
    _background(canvas, 1, band=True)
    _state_header(canvas, record)
    canvas.setFillColorRGB(*INK)
    title = " · ".join(t for t in (record.title_local, record.title) if t)
    _fitted_string(canvas, title, 32.0, 41.2, 51.6, 6.4)
    canvas.drawImage(ImageReader(io.BytesIO(art.portrait_jpeg)), 3.5 * MM, 5.0 * MM,
                     PHOTO_W_MM * MM, PHOTO_H_MM * MM)
    canvas.drawImage(ImageReader(io.BytesIO(art.ghost_jpeg)), 72.6 * MM, 1.2 * MM,
                     GHOST_W_MM * MM, GHOST_H_MM * MM)
    _label(canvas, "Jina la ukoo / Surname", 32.0, 39.5)
    _names(canvas, art.family, FAMILY_BOX)
    _label(canvas, "Majina / Given names", 32.0, 33.2)
    _names(canvas, art.given, GIVEN_BOX)
    if art.native is not None:
        _names(canvas, art.native, NATIVE_BOX)
    _label(canvas, "Jinsi / Sex", 32.0, 23.0, 8.0)
    _value(canvas, record.sex, 32.0, 20.4, 7.0)
    _label(canvas, "Kuzaliwa / Date of birth", 41.0, 23.0, 21.0)
    birth = f"{record.birth_date} (est.)" if record.birth_year_only else record.birth_date
    _value(canvas, birth, 41.0, 20.4, 19.0)
    _label(canvas, "Uraia / Nationality", 64.0, 23.0)
    special = SPECIAL_NATIONALITIES.get(record.nationality)
    _value(canvas, f"{record.nationality} {special}" if special else record.nationality,
           64.0, 20.4, 19.6, 6.0)
    _label(canvas, "Namba ya usajili / Registration no.", 32.0, 18.3, 25.5)
    _value(canvas, record.registration_number, 32.0, 15.8, 25.0, 6.5)
    _label(canvas, "Namba ya kadi / Card no.", 58.5, 18.3)
    _value(canvas, record.card_number, 58.5, 15.8, 25.0, 6.5)
    _label(canvas, "Mahali / Issued at", 32.0, 13.2, 17.0)
    _names(canvas, art.site, SITE_BOX)
    _label(canvas, "Imetolewa / Issued", 49.8, 13.2, 10.8)
    _value(canvas, record.issue_date.isoformat(), 49.8, 10.9, 10.6, 6.0)
    _label(canvas, "Mwisho / Expiry", 61.2, 13.2, 10.8)
    _value(canvas, record.expiry_date.isoformat(), 61.2, 10.9, 10.6, 6.0)
    if record.holder_mark:
        _holder_box(canvas, record.holder_mark)
    _border(canvas)


def _holder_box(canvas: Canvas, mark: str) -> None:
    """An empty box for the holder's signature or thumbprint, filled in after printing."""
    label = "Sahihi / Signature" if mark == "signature" else "Kidole / Thumbprint"
    x, y, w, h = (32.0, 1.2, 39.5, 6.2) if mark == "signature" else (61.0, 1.2, 10.5, 8.4)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setStrokeColorRGB(*LABEL)
    canvas.setLineWidth(0.3)
    canvas.rect(x * MM, y * MM, w * MM, h * MM, stroke=1, fill=1)
    canvas.setFillColorRGB(*LABEL)
    _fitted_string(canvas, label, x + 0.6, y + h - 1.3, w - 1.2, 3.6)


def draw_back(canvas: Canvas, art: CardArt) -> float:
    """Draw the back; returns the QR module size in millimetres."""
    register_fonts()
    record = art.record
    canvas.saveState()
    canvas.clipPath(card_outline(canvas), stroke=0, fill=0)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(0, 0, CARD_W_MM * MM, CARD_H_MM * MM, stroke=0, fill=1)
    canvas.setFillColorRGB(*BAND)  # beside the QR only: its quiet zone stays white
    canvas.rect(QR_X_MM * MM + QR_SIDE_MM * MM + 1.5 * MM, (CARD_H_MM - 2.2) * MM,
                CARD_W_MM * MM, 2.2 * MM, stroke=0, fill=1)
    canvas.restoreState()
    from cards.qr import draw_qr

    module_pt = draw_qr(canvas, art.qr, QR_X_MM * MM, QR_Y_MM * MM, QR_SIDE_MM * MM)
    x = BACK_TEXT_X_MM
    _label(canvas, "Namba ya kadi / Card no.", x, 47.6)
    _value(canvas, record.card_number, x, 44.6, 40.6, 7.5)
    _label(canvas, "Namba ya usajili / Registration no.", x, 41.4)
    _value(canvas, record.registration_number, x, 38.4, 40.6, 7.0)
    if art.contact is not None:
        _label(canvas, "Mtu wa dharura / Emergency contact", x, 33.2)
        _names(canvas, art.contact, CONTACT_BOX)
    # Nothing is printed between the QR and the MRZ: the MRZ's clear area stays blank, so that
    # readers find the three lines alone.
    canvas.setFillColorRGB(*LABEL)
    if record.issuing_authority:
        _fitted_string(canvas, record.issuing_authority, x, 25.4, 40.6, 4.3)
    canvas.setFont(SANS, 4.3)
    for k, line in enumerate(("Genuine only when the QR code verifies",
                              "(MOSIP Claim 169, signed by the issuing",
                              "station; any Claim 169 verifier).")):
        canvas.drawString(x * MM, (22.6 - k * 1.7) * MM, line)
    _draw_mrz(canvas, art.mrz)
    _border(canvas)
    return module_pt / MM


def _draw_mrz(canvas: Canvas, lines: list[str]) -> None:
    """OCR-B at ICAO 9303 size: 10 pt, one character every 2.54 mm, centred, K-only black."""
    from cards.text import draw_monospaced

    left = (CARD_W_MM - 30 * MRZ_PITCH_MM) / 2 * MM
    canvas.setFillColorCMYK(0, 0, 0, 1)
    canvas.setStrokeColorCMYK(0, 0, 0, 1)
    for line, baseline in zip(lines, MRZ_BASELINES_MM, strict=True):
        draw_monospaced(canvas, line, "ocrb", left, baseline * MM, MRZ_PT, MRZ_PITCH_MM * MM,
                        MRZ_STROKE_PT)
