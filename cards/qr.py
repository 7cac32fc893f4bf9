"""The QR symbol: alphanumeric mode for Claim 169 Base45 text (byte mode only for version 1
payloads), level Q when the payload fits, else M, version <= 13, drawn as vectors.

Alphanumeric mode costs 8.25 bits a payload byte against 8 in byte mode, but every text decoder
(zbar, OpenCV, phone apps) returns it intact, where binary content is transcoded or refused.
Version 13 in the card's 39 mm square keeps modules at 0.506 mm, above the 0.5 mm minimum.
"""

from __future__ import annotations

from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from reportlab.pdfgen.canvas import Canvas

from cards.errors import CardError

MAX_VERSION = 13  # 69 modules + quiet zones in the 39 mm square: 0.506 mm modules
QUIET_ZONE = 4  # modules of white around the symbol
LEVELS = ((ERROR_CORRECT_Q, "Q"), (ERROR_CORRECT_M, "M"))


@dataclass(frozen=True)
class QrSymbol:
    modules: tuple[tuple[bool, ...], ...]
    version: int
    error_correction: str

    @property
    def size(self) -> int:
        return len(self.modules)


def _fitted(data: bytes) -> tuple[qrcode.QRCode, str] | None:
    """The code sized for `data` at Q, else M, within MAX_VERSION (no mask chosen yet)."""
    for level, name in LEVELS:
        code = qrcode.QRCode(error_correction=level, border=0, box_size=1)
        code.add_data(_segment(data), optimize=0)
        try:
            version = code.best_fit()  # cheap: sizes only, no mask evaluation
        except qrcode.exceptions.DataOverflowError:
            continue
        if version <= MAX_VERSION:
            return code, name
    return None


def make_qr(data: bytes) -> QrSymbol:
    """The smallest symbol at Q, else at M, of version <= 13; CardError when none holds data."""
    fitted = _fitted(data)
    if fitted is None:
        raise CardError(f"the QR payload ({len(data)} bytes) does not fit QR version "
                        f"{MAX_VERSION}", field="qr")
    code, name = fitted
    code.make(fit=False)
    matrix = code.get_matrix()
    return QrSymbol(tuple(tuple(bool(v) for v in row) for row in matrix), code.version, name)


def fits_card_qr(data: bytes) -> bool:
    """True when `data` fits a symbol of version <= MAX_VERSION at level M or better."""
    return _fitted(data) is not None


def _segment(data: bytes) -> qrcode.util.QRData:
    """Alphanumeric mode for Base45 text (v2 cards), byte mode for binary (v1)."""
    mode = qrcode.util.MODE_ALPHA_NUM if all(chr(b) in _ALPHANUMERIC for b in data) \
        else qrcode.util.MODE_8BIT_BYTE
    return qrcode.util.QRData(data, mode=mode, check_data=False)


_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def draw_qr(canvas: Canvas, symbol: QrSymbol, x: float, y: float, side: float) -> float:
    """Draw dark modules as K-only black rectangles in a `side`-point square whose lower-left
    corner is (x, y), quiet zone included. Returns the module size in points."""
    module = side / (symbol.size + 2 * QUIET_ZONE)
    origin_x = x + QUIET_ZONE * module
    top = y + side - QUIET_ZONE * module
    canvas.setFillColorCMYK(0, 0, 0, 1)
    path = canvas.beginPath()
    for r, row in enumerate(symbol.modules):
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            # a hair of overlap closes the seams some rasterisers leave between rectangles
            path.rect(origin_x + start * module, top - (r + 1) * module,
                      (c - start) * module, module * 1.001)
    canvas.drawPath(path, stroke=0, fill=1)
    return module
