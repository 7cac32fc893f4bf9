"""Names in any script: shaped with HarfBuzz, drawn as vector glyph outlines, fitted to a box.

Each character picks the first name font that has it (Noto Sans, then Arabic, then Ethiopic); a
character no font has is refused with CardError (no tofu boxes). Runs are shaped by HarfBuzz
(Arabic joining, marks, kerning), laid out right-to-left when the text starts with a
right-to-left letter, and drawn as filled outlines so what prints is exactly what was shaped.
A name that is too wide shrinks, then wraps onto two lines, then is narrowed: it never leaves
its box.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfgen.canvas import Canvas

from cards.errors import CardError
from cards.fonts import NAME_FONTS, font_path

RTL_BIDI = {"R", "AL"}
Op = tuple[str, tuple[float, ...]]


class _Font:
    def __init__(self, name: str, weight: int) -> None:
        blob = hb.Blob.from_file_path(str(font_path(name)))
        self.face = hb.Face(blob)
        self.font = hb.Font(self.face)
        self.upem = self.face.upem
        axes = {axis.tag for axis in self.face.axis_infos}
        if "wght" in axes:
            self.font.set_variations({"wght": weight})
        self._outlines: dict[int, list[Op]] = {}

    def has(self, ch: str) -> bool:
        return self.font.get_nominal_glyph(ord(ch)) is not None

    def outline(self, gid: int) -> list[Op]:
        if gid not in self._outlines:
            pen = _RecordingPen()
            self.font.draw_glyph_with_pen(gid, pen)
            self._outlines[gid] = pen.ops
        return self._outlines[gid]


class _RecordingPen:
    """Collects a glyph outline as cubic path operations (quadratics converted)."""

    def __init__(self) -> None:
        self.ops: list[Op] = []
        self._last = (0.0, 0.0)

    def moveTo(self, p: tuple[float, float]) -> None:
        self.ops.append(("m", p))
        self._last = p

    def lineTo(self, p: tuple[float, float]) -> None:
        self.ops.append(("l", p))
        self._last = p

    def curveTo(self, c1: tuple[float, float], c2: tuple[float, float],
                p: tuple[float, float]) -> None:
        self.ops.append(("c", (*c1, *c2, *p)))
        self._last = p

    def qCurveTo(self, c: tuple[float, float], p: tuple[float, float]) -> None:
        (x0, y0), (cx, cy), (x, y) = self._last, c, p
        self.ops.append(("c", (x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0),
                               x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y), x, y)))
        self._last = p

    def closePath(self) -> None:
        self.ops.append(("h", ()))


@cache
def _font(name: str, weight: int) -> _Font:
    return _Font(name, weight)


@dataclass(frozen=True)
class Glyph:
    font: _Font
    gid: int
    x: float  # in em units (1.0 = font size)
    y: float


@dataclass(frozen=True)
class ShapedLine:
    glyphs: tuple[Glyph, ...]
    width: float  # in em units


def check_coverage(text: str, field: str) -> None:
    """CardError naming `field` when a character of `text` is in none of the name fonts."""
    _runs(text, 400, field)


def _runs(text: str, weight: int, field: str) -> list[tuple[_Font, str]]:
    fonts = [_font(name, weight) for name in NAME_FONTS]
    runs: list[tuple[_Font, str]] = []
    for ch in unicodedata.normalize("NFC", text):
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            raise CardError("text contains a control or unassigned character", field=field)
        current = runs[-1][0] if runs else None
        neutral = unicodedata.category(ch)[0] in "MZP" or ch.isspace()
        chosen = current if (neutral and current is not None and current.has(ch)) \
            else _first_font(fonts, ch)
        if chosen is None:
            if unicodedata.category(ch) == "Cf":
                continue  # joiners and direction marks: HarfBuzz needs none of them here
            raise CardError(f"a character (U+{ord(ch):04X}) has no glyph in the card fonts",
                            field=field)
        if chosen is current and runs:
            runs[-1] = (chosen, runs[-1][1] + ch)
        else:
            runs.append((chosen, ch))
    return runs


def _first_font(fonts: Sequence[_Font], ch: str) -> _Font | None:
    for font in fonts:
        if font.has(ch):
            return font
    return None


def shape(text: str, *, field: str, weight: int = 400) -> ShapedLine:
    """Shape one line; glyph positions in em units, visual order left to right."""
    runs = _runs(text, weight, field)
    rtl = _is_rtl(text)
    shaped_runs = [_shape_run(font, run_text, field) for font, run_text in runs]
    if rtl:
        shaped_runs.reverse()
    glyphs: list[Glyph] = []
    pen_x = 0.0
    for run in shaped_runs:
        for font, gid, dx, x_off, y_off in run:
            glyphs.append(Glyph(font, gid, pen_x + x_off, y_off))
            pen_x += dx
    return ShapedLine(tuple(glyphs), pen_x)


def _is_rtl(text: str) -> bool:
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in RTL_BIDI:
            return True
        if bidi == "L":
            return False
    return False


def _shape_run(font: _Font, text: str, field: str) -> list[tuple[_Font, int, float, float, float]]:
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font.font, buf, {"kern": True, "liga": True})
    scale = 1.0 / font.upem
    out = []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        if info.codepoint == 0:
            raise CardError("a character has no glyph in the card fonts", field=field)
        out.append((font, info.codepoint, pos.x_advance * scale, pos.x_offset * scale,
                    pos.y_offset * scale))
    return out


@dataclass(frozen=True)
class FittedText:
    lines: tuple[ShapedLine, ...]
    size: float  # points
    x_scale: float  # 1.0 unless squeezed to fit
    leading: float  # points between baselines
    rtl: bool

    def max_width(self) -> float:
        """Widest line in points, after scaling."""
        return max((line.width for line in self.lines), default=0.0) * self.size * self.x_scale


def fit_text(text: str, *, width: float, height: float, max_size: float, min_size: float,
             field: str, weight: int = 400, max_lines: int = 2) -> FittedText:
    """Largest size (<= max_size) at which `text` fits the box on one line, else on two lines,
    else at `min_size` squeezed horizontally. Width and height in points."""
    rtl = _is_rtl(text)
    one = shape(text, field=field, weight=weight)
    leading_factor = 1.15
    size = min(max_size, width / max(one.width, 1e-6), height / leading_factor)
    if size >= min_size or max_lines == 1:
        size = max(size, min_size)
        return _finish((one,), size, width, leading_factor, rtl)
    words = text.split()
    best: tuple[ShapedLine, ...] | None = None
    for cut in range(1, len(words)):
        pair = (shape(" ".join(words[:cut]), field=field, weight=weight),
                shape(" ".join(words[cut:]), field=field, weight=weight))
        if best is None or max(p.width for p in pair) < max(b.width for b in best):
            best = pair
    if best is None:
        return _finish((one,), min_size, width, leading_factor, rtl)
    widest = max(line.width for line in best)
    size = min(max_size, width / widest, height / (2 * leading_factor))
    return _finish(best, max(size, min_size * 0.85), width, leading_factor, rtl)


def _finish(lines: tuple[ShapedLine, ...], size: float, width: float, leading: float,
            rtl: bool) -> FittedText:
    widest = max(line.width for line in lines) * size
    x_scale = min(1.0, width / widest) if widest > 0 else 1.0
    return FittedText(lines, size, x_scale, size * leading, rtl)


def draw_fitted(canvas: Canvas, fitted: FittedText, x: float, top: float, width: float,
                *, align_right_for_rtl: bool = True) -> None:
    """Draw lines from `top` downwards inside [x, x + width]; RTL text is right-aligned."""
    baseline = top - fitted.size * 0.95
    for line in fitted.lines:
        line_width = line.width * fitted.size * fitted.x_scale
        start = x + width - line_width if (fitted.rtl and align_right_for_rtl) else x
        draw_line(canvas, line, start, baseline, fitted.size, fitted.x_scale)
        baseline -= fitted.leading


def draw_line(canvas: Canvas, line: ShapedLine, x: float, baseline: float, size: float,
              x_scale: float = 1.0, stroke_width: float = 0.0) -> None:
    """Fill the line's glyph outlines (and stroke them `stroke_width` points wide, in the
    current stroke colour, to embolden); the current fill colour is used."""
    path: Any = canvas.beginPath()
    sx = size * x_scale
    for glyph in line.glyphs:
        scale = 1.0 / glyph.font.upem
        gx = x + glyph.x * sx
        gy = baseline + glyph.y * size
        for op, pts in glyph.font.outline(glyph.gid):
            if op == "h":
                path.close()
                continue
            xy = [gx + pts[i] * scale * sx if i % 2 == 0 else gy + pts[i] * scale * size
                  for i in range(len(pts))]
            if op == "m":
                path.moveTo(*xy)
            elif op == "l":
                path.lineTo(*xy)
            else:
                path.curveTo(*xy)
    if stroke_width:
        canvas.setLineWidth(stroke_width)
        canvas.setLineJoin(1)
    canvas.drawPath(path, stroke=1 if stroke_width else 0, fill=1, fillMode=1)


def draw_monospaced(canvas: Canvas, text: str, font_name: str, x: float, baseline: float,
                    size: float, pitch: float, stroke_width: float = 0.0) -> None:
    """One glyph every `pitch` points from `x`, each centred in its cell (the MRZ: OCR-B at a
    fixed pitch, drawn as outlines because reportlab cannot embed CFF fonts)."""
    font = _font(font_name, 400)
    glyphs = []
    for i, ch in enumerate(text):
        gid = font.font.get_nominal_glyph(ord(ch))
        if gid is None:
            raise CardError(f"a character (U+{ord(ch):04X}) is not in the MRZ font", field="mrz")
        advance = font.font.get_glyph_h_advance(gid) / font.upem
        cell_x = (i * pitch + (pitch - advance * size) / 2) / size  # in em units
        glyphs.append(Glyph(font, gid, cell_x, 0.0))
    draw_line(canvas, ShapedLine(tuple(glyphs), len(text) * pitch / size), x, baseline, size,
              stroke_width=stroke_width)
