"""Refusals: each bad record raises CardError naming the field, without personal data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from cards import CardError, CardRecord, StationKey, encode_payload, make_qr, render_card_pdf


@pytest.mark.parametrize(("changes", "field"), [
    ({"expiry_date": date(2027, 3, 2)}, "expiry_date"),  # longer than two years
    ({"expiry_date": date(2025, 2, 1)}, "expiry_date"),  # before issue
    ({"portrait_jpeg": b""}, "portrait_jpeg"),
    ({"portrait_jpeg": b"\x89PNG\r\n"}, "portrait_jpeg"),
    ({"sex": "Q"}, "sex"),
    ({"nationality": "Sudan"}, "nationality"),
    ({"birth_date": "03/02/1990"}, "birth_date"),
    ({"birth_date": "2026-01-01"}, "birth_date"),
    ({"card_number": "bad number!"}, "card_number"),
    ({"family_name": "", "given_names": " "}, "family_name"),
])
def test_bad_records_are_refused(changes: dict[str, object], field: str,
                                 make_record: Callable[..., CardRecord],
                                 station_key: StationKey, tmp_path: Path) -> None:
    """Rendering a bad record raises CardError with the field and writes no file."""
    out = tmp_path / "card.pdf"
    with pytest.raises(CardError) as info:
        render_card_pdf(make_record(**changes), station_key, out)
    assert info.value.field == field
    assert not out.exists()


@pytest.mark.parametrize(("field", "text"), [
    ("family_name", "王小明"),
    ("given_names", "Amina 🙂"),
    ("emergency_contact_line", "Brother ㅎ"),
])
def test_glyph_missing_from_fonts_is_refused(field: str, text: str,
                                             make_record: Callable[..., CardRecord],
                                             station_key: StationKey, tmp_path: Path) -> None:
    """A character no embedded font covers is refused (no tofu), naming the field only."""
    with pytest.raises(CardError) as info:
        render_card_pdf(make_record(**{field: text, "latin_family_name": "WANG",
                                       "latin_given_names": "AMINA"}),
                        station_key, tmp_path / "card.pdf")
    assert info.value.field == field
    assert text not in str(info.value)


def test_expired_validity_is_refused_when_today_given(
        make_record: Callable[..., CardRecord]) -> None:
    """validate(today) refuses a record whose validity already ended."""
    with pytest.raises(CardError) as info:
        make_record().validate(today=date(2027, 3, 2))
    assert info.value.field == "expiry_date"


def test_worst_case_payload_fits_the_card_qr(make_record: Callable[..., CardRecord],
                                             station_key: StationKey) -> None:
    """Longest numbers and names still give a payload that fits QR version 13 (0.5 mm)."""
    record = make_record(card_number="A" * 22, registration_number="R" * 30,
                         family_name="Wolfeschlegelsteinhausenbergerdorff Mbeki",
                         given_names="Hubert Blaine Nkosazana Dlamini Wanjirũ")
    payload = encode_payload(record, station_key)
    symbol = make_qr(payload)
    assert symbol.version <= 13 and symbol.error_correction in "MQ"
