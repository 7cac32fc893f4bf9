"""The QR symbol: byte mode, highest error correction that fits version 10, drawn as vectors.

Byte mode carries the binary CBOR as is (8 bits a byte). Base45 in alphanumeric mode would cost
5.5 bits a character x 1.5 characters a byte = 8.25 bits a byte, so it is never smaller; it only
helps readers that mangle binary QR content, and zxing-cpp returns the raw bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from reportlab.pdfgen.canvas import Canvas

from cards.errors import CardError

MAX_VERSION = 10
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


def make_qr(data: bytes) -> QrSymbol:
    """The smallest symbol at Q, else at M, of version <= 10; CardError when none holds data."""
    for level, name in LEVELS:
        code = qrcode.QRCode(error_correction=level, border=0, box_size=1)
        code.add_data(data, optimize=0)
        try:
            version = code.best_fit()  # cheap: sizes only, no mask evaluation
        except qrcode.exceptions.DataOverflowError:
            continue
        if version <= MAX_VERSION:
            code.make(fit=False)
            matrix = code.get_matrix()
            return QrSymbol(tuple(tuple(bool(v) for v in row) for row in matrix), code.version,
                            name)
    raise CardError(f"the QR payload ({len(data)} bytes) does not fit QR version {MAX_VERSION}",
                    field="qr")


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
