"""What the card says: issuing state and authority, bilingual title, label contrast (WCAG AA),
the emergency contact only with consent, the holder's signature box."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cards import CardRecord, StationKey, render_card_pdf
from cards.layout import CARD_H_MM, GUILLOCHE, LABEL, TINT

REFERENCE = {"state_name": "JAMHURI YA MUUNGANO WA TANZANIA / UNITED REPUBLIC OF TANZANIA",
             "issuing_authority": "IDARA YA UHAMIAJI / IMMIGRATION DEPARTMENT",
             "title_local": "KADI YA USAJILI", "issuing_state": "TZA"}


def _luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG 2.x relative luminance of an sRGB colour with components in 0..1."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_labels_meet_wcag_aa_on_tint_and_guilloche(
        make_record: Callable[..., CardRecord], station_key: StationKey, tmp_path: Path,
        rasterise: Callable[..., list[Path]]) -> None:
    """4.5:1 for small text against the tint and the guilloche lines, by design and as printed."""
    assert _contrast(LABEL, TINT) >= 4.5
    assert _contrast(LABEL, GUILLOCHE) >= 4.5
    pdf = tmp_path / "front.pdf"
    render_card_pdf(make_record(**REFERENCE), station_key, pdf, sides=("front",))
    rgb = np.asarray(Image.open(rasterise(pdf)[0]).convert("RGB")) / 255.0
    px = 300 / 25.4
    # the "Jinsi / Sex" label: 32..40 mm across, its baseline at 23.0 mm
    top, bottom = round((CARD_H_MM - 24.6) * px), round((CARD_H_MM - 22.9) * px)
    patch = rgb[top:bottom, round(32 * px):round(40 * px)].reshape(-1, 3)
    brightness = patch.mean(axis=1)
    ink = tuple(np.median(patch[brightness <= np.percentile(brightness, 5)], axis=0))
    paper = tuple(np.median(patch[brightness >= np.percentile(brightness, 60)], axis=0))
    assert _contrast(ink, paper) >= 4.5, (ink, paper)


def test_front_names_state_authority_and_title(make_record: Callable[..., CardRecord],
                                               station_key: StationKey,
                                               tmp_path: Path) -> None:
    pdf = tmp_path / "card.pdf"
    render_card_pdf(make_record(**REFERENCE), station_key, pdf, sides=("front",))
    text = _text(pdf)
    for words in ("JAMHURI YA MUUNGANO WA TANZANIA", "UNITED REPUBLIC OF TANZANIA",
                  "IDARA YA UHAMIAJI", "IMMIGRATION DEPARTMENT",
                  "KADI YA USAJILI · REGISTRATION CARD", "Issued at", "Date of birth"):
        assert words in text, words


@pytest.mark.parametrize("consent", [True, False])
def test_emergency_contact_printed_only_with_consent(
        consent: bool, make_record: Callable[..., CardRecord], station_key: StationKey,
        tmp_path: Path, rasterise: Callable[..., list[Path]]) -> None:
    record = make_record(emergency_contact_consent=consent)
    assert record.emergency_contact_line
    pdf = tmp_path / "back.pdf"
    render_card_pdf(record, station_key, pdf, sides=("back",))
    assert ("Emergency contact" in _text(pdf)) is consent
    gray = np.asarray(Image.open(rasterise(pdf)[0]).convert("L"))
    px = 300 / 25.4
    contact = gray[round((CARD_H_MM - 31.4) * px):round((CARD_H_MM - 24.0) * px),
                   round(43 * px):round(83 * px)]
    assert (int((contact < 100).sum()) > 200) is consent


def test_signature_box_when_asked(make_record: Callable[..., CardRecord],
                                  station_key: StationKey, tmp_path: Path) -> None:
    for mark, words in (("signature", "Signature"), ("thumbprint", "Thumbprint"), ("", None)):
        pdf = tmp_path / f"{mark or 'none'}.pdf"
        render_card_pdf(make_record(holder_mark=mark), station_key, pdf, sides=("front",))
        text = _text(pdf)
        assert ("Signature" in text or "Thumbprint" in text) is (words is not None)
        if words:
            assert words in text
