"""`station bench cards`: render times, payload size, QR version, level and module size.

Figures: median milliseconds to render one card PDF (both sides), seconds for one sheet of `n`
cards (default 100), median seconds to verify a card PDF (rasterise + decode + verify), the
Claim 169 payload length in characters, QR version and error-correction level, module size in mm.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from cards import CardRecord, StationKey, TrustBundle, render_card_pdf, render_sheet_pdf
from cards.payload import encode_payload
from cards.verify import verify_card_file

BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
FACE_DIRS = (os.environ.get("STATION_FACES_DIR"), "/work/shared/faces")


def run_cards_bench(args: argparse.Namespace) -> dict[str, Any]:
    n = getattr(args, "n", None) or 100
    repeat = getattr(args, "repeat", None) or 5
    portrait = bench_portrait()
    key = StationKey.generate()
    records = [bench_record(i, portrait) for i in range(n)]
    trust = TrustBundle.self_issued(key, "BENCH-01", "Bench site",
                                    valid_from=records[0].issue_date)
    with tempfile.TemporaryDirectory(prefix="cards-bench-") as tmp:
        card_pdf = Path(tmp) / "card.pdf"
        facts: dict[str, Any] = render_card_pdf(records[0], key, card_pdf)  # warm-up: fonts
        card_s = _median(lambda: render_card_pdf(records[1 % n], key, card_pdf), repeat)
        sheet_s = _median(lambda: render_sheet_pdf(records, key, Path(tmp) / "sheet.pdf"),
                          max(1, repeat // 3))
        verify_s = _median(lambda: verify_card_file(card_pdf, trust, records[0].issue_date),
                           repeat)
        verdict = verify_card_file(card_pdf, trust, records[0].issue_date)
    payload = encode_payload(records[0], key)
    return {
        "cards_in_sheet": n,
        "render_card_ms": round(card_s * 1000, 1),
        "render_sheet_s": round(sheet_s, 3),
        "render_sheet_per_card_ms": round(sheet_s / n * 1000, 2),
        "verify_card_pdf_median_s": round(verify_s, 4),
        "verify_result_valid": verdict.valid,
        "qr_payload": "MOSIP Claim 169 (CWT, COSE_Sign1 EdDSA, zlib, Base45)",
        "payload_chars": len(payload),
        "qr_version": facts["qr_version"],
        "qr_error_correction": facts["qr_error_correction"],
        "qr_module_mm": facts["qr_module_mm"],
        "portrait": "real photo" if _face_file() else "synthetic",
    }


def _median(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _face_file() -> Path | None:
    for folder in FACE_DIRS:
        if folder and (Path(folder) / "barack_obama_1.jpg").is_file():
            return Path(folder) / "barack_obama_1.jpg"
    return None


def bench_portrait() -> bytes:
    """A real face photo cropped to head and shoulders when available, else a drawn one."""
    face = _face_file()
    if face is not None:
        image = Image.open(face).convert("RGB")
        w, h = image.size
        image = image.crop((int(w * 0.1), int(h * 0.08), int(w * 0.9), int(h * 0.75)))
    else:
        image = Image.new("RGB", (413, 531), (225, 228, 230))
        draw = ImageDraw.Draw(image)
        draw.ellipse((120, 90, 293, 320), fill=(160, 120, 95))
        draw.rectangle((90, 360, 323, 531), fill=(40, 60, 90))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def bench_record(i: int, portrait: bytes) -> CardRecord:
    issued = date(2025, 3, 1)
    return CardRecord(
        card_number=f"BEN01-{i:06d}-{i % 10}",
        registration_number=f"BEN-01-{i:06d}-{(i * 7) % 10}",
        given_names="Aïcha Ngʼendo" if i % 2 else "محمد عبد الله",
        family_name="Mwangi-Ouédraogo" if i % 2 else "الهاشمي",
        latin_given_names=None if i % 2 else "Mohamed Abdalla",
        latin_family_name=None if i % 2 else "Elhashimi",
        sex="F" if i % 2 else "M",
        birth_date="1985" if i % 3 == 0 else "1990-02-03",
        nationality=("XXB", "SDN", "ETH", "XXA")[i % 4],
        issuing_site="Kakuma Reception Centre",
        issue_date=issued,
        expiry_date=issued + timedelta(days=730),
        portrait_jpeg=portrait,
        emergency_contact_line="Sister: Amina, +255 712 345 678",
        emergency_contact_consent=True,
        issuing_state="TZA",
        state_name="JAMHURI YA MUUNGANO WA TANZANIA / UNITED REPUBLIC OF TANZANIA",
        issuing_authority="IDARA YA UHAMIAJI / IMMIGRATION DEPARTMENT",
        title_local="KADI YA USAJILI",
        location_code="BEN01",
    )
