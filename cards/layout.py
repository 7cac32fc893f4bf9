"""Drawing the two sides of an ID-1 card (ISO/IEC 7810: 85.60 x 53.98 mm, corner radius 3.18 mm).

Coordinates are millimetres from the card's lower-left corner; callers translate the canvas to
place a card anywhere on a page. Labels and numbers use the embedded Noto Sans TTF, the MRZ the
embedded IBM Plex Mono TTF; names are vector outlines shaped by `cards.text`. The QR code and the
MRZ are K-only black so card printers put them on the black resin panel.
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
    PHOTO_H_MM,
    PHOTO_W_MM,
    SITE_BOX,
    Box,
    CardArt,
)
from cards.fonts import font_path
from cards.record import SPECIAL_NATIONALITIES
from cards.text import FittedText, draw_fitted

CARD_W_MM, CARD_H_MM = 85.60, 53.98
CORNER_MM = 3.18
SANS, MONO = "CardSans", "CardMono"
INK = (0.10, 0.16, 0.20)
LABEL = (0.33, 0.40, 0.45)
BAND = (0.11, 0.31, 0.37)
TINT = (0.95, 0.97, 0.96)
GUILLOCHE = (0.70, 0.83, 0.84)
MRZ_PT, MRZ_PITCH_MM = 9.3, 2.54
MRZ_BASELINES_MM = (11.46, 7.23, 3.0)
QR_X_MM, QR_Y_MM, QR_SIDE_MM = 2.0, 17.5, 34.0


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the embedded label and MRZ fonts with reportlab (once per process)."""
    pdfmetrics.registerFont(TTFont(SANS, str(font_path("latin"))))
    pdfmetrics.registerFont(TTFont(MONO, str(font_path("mono"))))


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


def _label(canvas: Canvas, text: str, x_mm: float, y_mm: float) -> None:
    canvas.setFillColorRGB(*LABEL)
    canvas.setFont(SANS, 4.3)
    canvas.drawString(x_mm * MM, y_mm * MM, text)


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


def draw_front(canvas: Canvas, art: CardArt) -> None:
    register_fonts()
    record = art.record
    _background(canvas, 1, band=True)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFont(SANS, 7.5)
    canvas.drawString(4 * MM, (CARD_H_MM - 4.6) * MM, record.title)
    canvas.setFont(SANS, 5.0)
    canvas.drawRightString((CARD_W_MM - 4) * MM, (CARD_H_MM - 4.4) * MM, record.issuing_state)
    canvas.drawImage(ImageReader(io.BytesIO(art.portrait_jpeg)), 3.5 * MM, 5.0 * MM,
                     PHOTO_W_MM * MM, PHOTO_H_MM * MM)
    canvas.drawImage(ImageReader(io.BytesIO(art.ghost_jpeg)), 72.0 * MM, 3.8 * MM,
                     GHOST_W_MM * MM, GHOST_H_MM * MM)
    _label(canvas, "Family name", 32.0, 44.2)
    _names(canvas, art.family, FAMILY_BOX)
    _label(canvas, "Given names", 32.0, 36.2)
    _names(canvas, art.given, GIVEN_BOX)
    _label(canvas, "Sex", 32.0, 28.4)
    _value(canvas, record.sex, 32.0, 25.6, 7.0)
    _label(canvas, "Date of birth", 40.0, 28.4)
    birth = f"{record.birth_date} (est.)" if record.birth_year_only else record.birth_date
    _value(canvas, birth, 40.0, 25.6, 19.0)
    _label(canvas, "Nationality", 61.0, 28.4)
    special = SPECIAL_NATIONALITIES.get(record.nationality)
    _value(canvas, f"{record.nationality} {special}" if special else record.nationality,
           61.0, 25.6, 22.5)
    _label(canvas, "Registration no.", 32.0, 22.4)
    _value(canvas, record.registration_number, 32.0, 19.6, 25.0, 6.5)
    _label(canvas, "Card no.", 58.5, 22.4)
    _value(canvas, record.card_number, 58.5, 19.6, 25.0, 6.5)
    _label(canvas, "Issued at", 32.0, 16.4)
    _names(canvas, art.site, SITE_BOX)
    _label(canvas, "Date of issue", 32.0, 10.0)
    _value(canvas, record.issue_date.isoformat(), 32.0, 7.0, 18.0)
    _label(canvas, "Date of expiry", 51.0, 10.0)
    _value(canvas, record.expiry_date.isoformat(), 51.0, 7.0, 18.0)
    _border(canvas)


def draw_back(canvas: Canvas, art: CardArt) -> float:
    """Draw the back; returns the QR module size in millimetres."""
    register_fonts()
    record = art.record
    canvas.saveState()
    canvas.clipPath(card_outline(canvas), stroke=0, fill=0)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(0, 0, CARD_W_MM * MM, CARD_H_MM * MM, stroke=0, fill=1)
    canvas.setFillColorRGB(*BAND)
    canvas.rect(0, (CARD_H_MM - 2.2) * MM, CARD_W_MM * MM, 2.2 * MM, stroke=0, fill=1)
    canvas.restoreState()
    from cards.qr import draw_qr

    module_pt = draw_qr(canvas, art.qr, QR_X_MM * MM, QR_Y_MM * MM, QR_SIDE_MM * MM)
    _label(canvas, "Card no.", 38.5, 46.8)
    _value(canvas, record.card_number, 38.5, 43.6, 44.0, 7.5)
    _label(canvas, "Registration no.", 38.5, 40.4)
    _value(canvas, record.registration_number, 38.5, 37.4, 44.0, 7.0)
    if art.contact is not None:
        _label(canvas, "Emergency contact", 38.5, 32.0)
        _names(canvas, art.contact, CONTACT_BOX)
    canvas.setFillColorRGB(*LABEL)
    canvas.setFont(SANS, 4.3)
    canvas.drawString(38.5 * MM, 19.6 * MM, "Genuine only when the QR code verifies")
    canvas.drawString(38.5 * MM, 17.9 * MM, "with the card verifier (offline).")
    _draw_mrz(canvas, art.mrz)
    _border(canvas)
    return module_pt / MM


def _draw_mrz(canvas: Canvas, lines: list[str]) -> None:
    advance = pdfmetrics.stringWidth("0", MONO, MRZ_PT)
    char_space = MRZ_PITCH_MM * MM - advance
    left = (CARD_W_MM - 30 * MRZ_PITCH_MM) / 2 * MM + char_space / 2
    canvas.setFillColorCMYK(0, 0, 0, 1)
    for line, baseline in zip(lines, MRZ_BASELINES_MM, strict=True):
        text_obj = canvas.beginText(left, baseline * MM)
        text_obj.setFont(MONO, MRZ_PT)
        text_obj.setCharSpace(char_space)
        text_obj.textOut(line)
        text_obj.setCharSpace(0)  # Tc outlives BT/ET: reset it for later text
        canvas.drawText(text_obj)
