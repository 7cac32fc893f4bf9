"""Page geometry, names in Arabic and Ethiopic script, long names, and A4 sheets."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from cards import CardRecord, StationKey, render_card_pdf, render_sheet_pdf
from cards.art import FAMILY_BOX, GIVEN_BOX, MM, NATIVE_BOX, prepare
from cards.layout import CARD_H_MM
from cards.render import slot_origin

ID1_PT = (85.60 * 72 / 25.4, 53.98 * 72 / 25.4)
DPI = 300


def _px(mm: float) -> int:
    return round(mm / 25.4 * DPI)


def _ink(png: Path, x_mm: float, top_mm: float, w_mm: float, h_mm: float) -> int:
    """Dark pixels (grey < 100) in a box given in card millimetres (origin lower left)."""
    gray = np.asarray(Image.open(png).convert("L"))
    top = _px(CARD_H_MM - top_mm)
    return int((gray[top:top + _px(h_mm), _px(x_mm):_px(x_mm + w_mm)] < 100).sum())


def test_pages_are_exactly_id1(rendered_card: tuple[Path, list[Path]]) -> None:
    """Both pages are 85.60 x 53.98 mm, by pdfium and by the MediaBox in the file."""
    pdf, _ = rendered_card
    document = pdfium.PdfDocument(str(pdf))
    assert len(document) == 2
    for page in document:
        width, height = page.get_size()
        assert width == pytest.approx(ID1_PT[0], abs=1e-3)
        assert height == pytest.approx(ID1_PT[1], abs=1e-3)
    document.close()
    boxes = re.findall(rb"/MediaBox \[\s*([\d.\s]+)\]", pdf.read_bytes())
    assert len(boxes) == 2
    for box in boxes:
        x0, y0, x1, y1 = (float(v) for v in box.split())
        assert (x0, y0) == (0, 0)
        assert (x1, y1) == pytest.approx(ID1_PT, abs=1e-3)


def test_photo_is_embedded_at_300_ppi(rendered_card: tuple[Path, list[Path]]) -> None:
    """The portrait image object has the pixel size of its box at 300 ppi."""
    pdf, _ = rendered_card
    sizes = re.findall(rb"/Height (\d+).*?/Width (\d+)", pdf.read_bytes(), re.S)
    assert (b"395", b"307") in sizes  # 33.43 x 26.0 mm at 300 ppi


@pytest.mark.parametrize(("label", "family", "given"), [
    ("arabic", "الهاشمي", "محمد عبد الله"),
    ("amharic", "ደሳለኝ", "ኃይለ ማርያም"),
    ("tigrinya", "ገብረመድህን", "ተስፋይ"),
])
def test_non_latin_names_render_with_ink(label: str, family: str, given: str,
                                         make_record: Callable[..., CardRecord],
                                         station_key: StationKey, tmp_path: Path,
                                         rasterise: Callable[..., list[Path]]) -> None:
    """The Latin name fills the name boxes; the name in its own script fills the box below."""
    record = make_record(family_name=family, given_names=given, latin_family_name="Family",
                         latin_given_names="Given")
    pdf = tmp_path / f"{label}.pdf"
    render_card_pdf(record, station_key, pdf, sides=("front",))
    png = rasterise(pdf)[0]
    for box in (FAMILY_BOX, GIVEN_BOX, NATIVE_BOX):
        assert _ink(png, box.x, box.top, box.width, box.height) > 300
    if label == "arabic":  # right-to-left: the ink hugs the right edge of the box
        assert _ink(png, NATIVE_BOX.x + 30, NATIVE_BOX.top, 21, NATIVE_BOX.height) > 300
        assert _ink(png, NATIVE_BOX.x, NATIVE_BOX.top, 20, NATIVE_BOX.height) < 20


def test_long_name_shrinks_and_wraps_inside_its_box(make_record: Callable[..., CardRecord],
                                                    station_key: StationKey, tmp_path: Path,
                                                    rasterise: Callable[..., list[Path]]) -> None:
    """A very long name is fitted: its measured width fits the box and no ink leaves the box."""
    long_family = "Wolfeschlegelsteinhausenbergerdorff Ould Abdallahi Mohamed El Mokhtar"
    record = make_record(family_name=long_family)
    art = prepare(record, station_key)
    assert art.family.max_width() <= FAMILY_BOX.width * MM + 1e-6
    assert len(art.family.lines) == 2 and art.family.size < FAMILY_BOX.max_pt
    pdf = tmp_path / "long.pdf"
    render_card_pdf(record, station_key, pdf, sides=("front",))
    png = rasterise(pdf)[0]
    right = FAMILY_BOX.x + FAMILY_BOX.width
    assert _ink(png, right + 0.2, FAMILY_BOX.top, 85.6 - right - 0.6, FAMILY_BOX.height) == 0
    assert _ink(png, FAMILY_BOX.x, FAMILY_BOX.top, FAMILY_BOX.width, FAMILY_BOX.height) > 500


def test_hundred_card_sheet_has_crop_marks(make_record: Callable[..., CardRecord],
                                           station_key: StationKey, tmp_path: Path) -> None:
    """100 cards make 20 A4 pages (fronts, then mirrored backs) with crop marks at each card."""
    records = [make_record(card_number=f"KRT01-{i:06d}-1") for i in range(100)]
    pdf = tmp_path / "sheet.pdf"
    facts = render_sheet_pdf(records, station_key, pdf)
    assert facts["cards"] == 100 and facts["pages"] == 20
    document = pdfium.PdfDocument(str(pdf))
    assert len(document) == 20
    assert document[0].get_size() == pytest.approx((595.2756, 841.8898), abs=0.01)
    scale = 100 / 72
    image = np.asarray(document[1].render(scale=scale, grayscale=True).to_pil().convert("L"))
    document.close()
    height = image.shape[0]
    for index in range(10):
        x, y = slot_origin(index, back=True)
        # vertical crop mark below the card's lower-left corner, 0.8 to 3.8 mm away
        col = round(x * scale)
        row = round(height - (y - 2.3 * MM) * scale)
        assert image[row, col - 1:col + 2].min() < 128, index
    assert slot_origin(0, back=True)[0] == slot_origin(1, back=False)[0]


def test_sheet_pages_compress(make_record: Callable[..., CardRecord],
                              station_key: StationKey, tmp_path: Path) -> None:
    """Sheet content streams are deflated (no ASCII85), keeping files small."""
    pdf = tmp_path / "sheet.pdf"
    render_sheet_pdf([make_record()], station_key, pdf)
    data = pdf.read_bytes()
    assert b"ASCII85Decode" not in data
    assert b"/FlateDecode" in data and b"/DCTDecode" in data  # photos stay JPEG
