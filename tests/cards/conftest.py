"""Fixtures for the cards tests: real cropped face photos, keys, trust, records, rendered cards."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from cards import CardRecord, StationKey, TrustBundle, render_card_pdf

ISSUED = date(2025, 3, 1)
EXPIRES = date(2027, 3, 1)
FACES = ("barack_obama_1.jpg", "kit_harington_1.jpeg", "rose_leslie_1.jpg", "joe_biden_1.jpg")


def crop_portrait(path: Path) -> bytes:
    """Rough head-and-shoulders crop (35:45) around the upper middle of a single-face photo."""
    image = Image.open(path).convert("RGB")
    w, h = image.size
    crop_w = int(min(w * 0.7, h * 0.7 * 35 / 45))
    crop_h = int(crop_w * 45 / 35)
    left = (w - crop_w) // 2
    top = max(0, int(h * 0.05))
    box = (left, top, left + crop_w, min(h, top + crop_h))
    out = io.BytesIO()
    image.crop(box).save(out, "JPEG", quality=90)
    return out.getvalue()


@pytest.fixture(scope="session")
def portraits(faces_dir: Path) -> list[bytes]:
    return [crop_portrait(faces_dir / name) for name in FACES]


@pytest.fixture(scope="session")
def station_key() -> StationKey:
    """A fixed key, so each run renders the same QR (and back) bit for bit: with a random key
    OpenCV's plain QR detector missed about 1 card in 16 and Tesseract (PassportEye) misread
    the MRZ's '01' as '0O1' on about 1 in 6, depending only on the key's signature bytes."""
    return StationKey.from_private_bytes(bytes(range(32)))


@pytest.fixture(scope="session")
def trust(station_key: StationKey) -> TrustBundle:
    return TrustBundle.self_issued(station_key, "KRT-01", "Kakuma", valid_from=ISSUED)


@pytest.fixture(scope="session")
def make_record(portraits: list[bytes]) -> Callable[..., CardRecord]:
    base = CardRecord(
        card_number="C-KRT-01-000123-KW",
        registration_number="KRT-01-000123-PM",
        given_names="Aïcha Ngʼendo Wanjirũ",
        family_name="Mwangi-Ouédraogo",
        sex="F",
        birth_date="1985",
        nationality="XXB",
        issuing_site="Kakuma Reception Centre",
        issue_date=ISSUED,
        expiry_date=EXPIRES,
        portrait_jpeg=portraits[0],
        emergency_contact_line="Sister: Amina, +254 712 345 678",
    )

    def make(**changes: Any) -> CardRecord:
        return replace(base, **changes)

    return make


def _rasterise(pdf: Path, dpi: int = 300) -> list[Path]:
    """PNG pages of `pdf` made by poppler's pdftoppm."""
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(pdf.parent.glob(prefix.name + "-*.png"))


@pytest.fixture(scope="session")
def rasterise() -> Callable[..., list[Path]]:
    """pdftoppm at 300 dpi: PDF path in, sorted PNG page paths out."""
    return _rasterise


@pytest.fixture(scope="session")
def rendered_card(tmp_path_factory: pytest.TempPathFactory, make_record: Callable[..., CardRecord],
                  station_key: StationKey) -> tuple[Path, list[Path]]:
    """One card PDF (front and back) and its 300 dpi PNG pages."""
    pdf = tmp_path_factory.mktemp("card") / "card.pdf"
    render_card_pdf(make_record(), station_key, pdf)
    return pdf, _rasterise(pdf)
