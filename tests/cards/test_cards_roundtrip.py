"""Render real cards, rasterise them, read the QR with zxing-cpp and verify."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from cards import (
    CardRecord,
    StationKey,
    TrustBundle,
    render_card_pdf,
    verify_card_file,
    verify_payload,
)
from station.cli.main import main

TODAY = date(2025, 6, 1)


def _qr_bytes(png: Path) -> bytes:
    """The one QR code on the card (other symbologies are not asked for: the MRZ text can look
    like a linear barcode to a decoder that tries every format)."""
    results = zxingcpp.read_barcodes(Image.open(png), formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(results) == 1
    return bytes(results[0].bytes)


def test_card_qr_read_from_300dpi_png_verifies(rendered_card: tuple[Path, list[Path]],
                                               trust: TrustBundle) -> None:
    """The QR on the rasterised back decodes with zxing-cpp and verifies as valid."""
    _, pages = rendered_card
    verdict = verify_payload(_qr_bytes(pages[1]), trust, TODAY)
    assert verdict.valid, verdict.reason
    assert verdict.card_number == "C-KRT-01-000123-KW"
    assert verdict.record["birth_date"] == "1985"
    assert verdict.record["nationality"] == "XXB"
    assert verdict.record["family_name"] == "Mwangi-Ouédraogo"  # the full name, as written


def test_verify_card_file_reads_pdf_png_and_jpeg(rendered_card: tuple[Path, list[Path]],
                                                 trust: TrustBundle, tmp_path: Path) -> None:
    """verify_card_file accepts the PDF itself, a PNG and a JPEG photo of the back."""
    pdf, pages = rendered_card
    photo = tmp_path / "photo.jpg"
    Image.open(pages[1]).convert("RGB").rotate(3, expand=True, fillcolor="white").save(
        photo, quality=85)
    for source in (pdf, pages[1], photo):
        verdict = verify_card_file(source, trust, TODAY)
        assert verdict.valid, (source.suffix, verdict.reason)


@pytest.mark.parametrize("face", [1, 2, 3])
def test_cards_for_other_real_photos_verify(face: int, portraits: list[bytes],
                                            make_record: Callable[..., CardRecord],
                                            station_key: StationKey, trust: TrustBundle,
                                            tmp_path: Path,
                                            rasterise: Callable[..., list[Path]]) -> None:
    """Cards made from other real face photos verify after a 300 dpi round trip."""
    number = ("C-KRT-01-000201-AF", "C-KRT-01-000202-YP", "C-KRT-01-000203-YH")[face - 1]
    record = make_record(card_number=number, portrait_jpeg=portraits[face],
                         sex="M", birth_date="1979-12-31", nationality="SSD")
    pdf = tmp_path / "card.pdf"
    render_card_pdf(record, station_key, pdf, sides=("back",))
    verdict = verify_payload(_qr_bytes(rasterise(pdf)[0]), trust, TODAY)
    assert verdict.valid and verdict.card_number == record.card_number


def test_front_only_pdf_has_no_qr(make_record: Callable[..., CardRecord],
                                  station_key: StationKey, trust: TrustBundle,
                                  tmp_path: Path) -> None:
    """A file without a QR code gets the verdict 'no QR code found'."""
    pdf = tmp_path / "front.pdf"
    render_card_pdf(make_record(), station_key, pdf, sides=("front",))
    verdict = verify_card_file(pdf, trust, TODAY)
    assert not verdict.valid and verdict.reason == "no QR code found" and verdict.unreadable


def test_cli_verify_card_exit_codes(rendered_card: tuple[Path, list[Path]], trust: TrustBundle,
                                    tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`station verify-card` exits 0 for a valid card, 1 for an expired one, 2 for junk input."""
    pdf, _ = rendered_card
    bundle = tmp_path / "trust.json"
    trust.save(bundle)
    assert main(["verify-card", str(pdf), "--trust", str(bundle), "--json",
                 "--today", "2025-06-01"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["valid"] is True and out["card_number"] == "C-KRT-01-000123-KW"
    assert main(["--home", str(tmp_path), "verify-card", str(pdf), "--json",
                 "--today", "2027-03-02"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["valid"] is False and out["reason"] == "card expired on 2027-03-01"
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a card")
    assert main(["verify-card", str(junk), "--trust", str(bundle)]) == 2
    assert main(["verify-card", str(pdf), "--trust", str(tmp_path / "missing.json")]) == 2
