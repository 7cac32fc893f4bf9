"""The MRZ read back by an MRZ reader: PassportEye on tesseract, from the card back at 300 dpi.

PassportEye (MIT) finds the zone and runs tesseract; `-l Latin` picks Debian's Latin-script
model (tesseract-ocr-script-latn), which reads OCR-B fillers far better than the default `eng`.
Every check digit is recomputed on what was read, with PassportEye's own check-digit routine:
PassportEye does not know ICAO's long document number (check digit '<', the rest of the number
and its check digit in optional data) nor unknown birth month and day ('<<'), so those two
checks are done here on its fields. Tesseract is slow: four cards, one read each.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cards import CardRecord, StationKey, render_card_pdf
from cards.mrz_td1 import td1_lines

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None,
                                reason="tesseract-ocr is not installed (make test installs it)")

VARIANTS = {
    # estimated birth year, refugee (XXB), Latin name with diacritics
    "estimated-birth-xxb": {},
    # long names (truncated in the MRZ), sex X, stateless
    "long-names-x-xxa": {"family_name": "Wolfeschlegelsteinhausenbergerdorff Mbeki",
                         "given_names": "Hubert Blaine Nkosazana", "sex": "X",
                         "nationality": "XXA", "birth_date": "1979-11-30"},
    # Arabic script with its Latin form, refugee (other)
    "arabic-xxc": {"family_name": "الهاشمي", "given_names": "محمد عبد الله",
                   "latin_family_name": "Elhashimi", "latin_given_names": "Mohamed Abdalla",
                   "sex": "M", "nationality": "XXC", "birth_date": "1990-02-03"},
    # long Ethiopic name with its Latin form, estimated birth year
    "ethiopic-long": {"family_name": "ገብረእግዚአብሔር ወልደጊዮርጊስ",
                      "given_names": "ወልደሚካኤል ገብረመድህን ተስፋማርያም",
                      "latin_family_name": "Gebreegziabher Woldegiorgis",
                      "latin_given_names": "Woldemichael Gebremedhin Tesfamariam",
                      "birth_date": "1968", "nationality": "ERI", "sex": "F"},
}


def _read(png: Path) -> Any:
    from passporteye import read_mrz

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # skimage deprecations inside PassportEye
        return read_mrz(str(png), extra_cmdline_params="-l Latin")


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_passporteye_reads_the_mrz_with_valid_check_digits(
        variant: str, make_record: Callable[..., CardRecord], station_key: StationKey,
        tmp_path: Path, rasterise: Callable[..., list[Path]]) -> None:
    from passporteye.mrz.text import MRZCheckDigit

    record = make_record(**VARIANTS[variant], issuing_state="TZA")
    pdf = tmp_path / f"{variant}.pdf"
    render_card_pdf(record, station_key, pdf, sides=("back",))
    mrz = _read(rasterise(pdf)[0])
    assert mrz is not None and mrz.mrz_type == "TD1"
    lines = mrz.aux["text"].split("\n")
    assert lines == td1_lines(record)  # read exactly as printed
    a, b, _ = lines
    # document number: ICAO long form (check digit '<'), the rest and its check in optional 1
    number = "".join(ch for ch in record.card_number if ch.isalnum())
    assert mrz.number == number[:9] and mrz.check_number == "<"
    tail = mrz.optional1.rstrip("<")
    assert mrz.number + tail[:-1] == number
    assert MRZCheckDigit.compute(number) == tail[-1]
    # birth date: fillers for an unknown month and day still carry a check digit
    assert MRZCheckDigit.compute(mrz.date_of_birth) == mrz.check_date_of_birth
    if record.birth_year_only:
        assert mrz.date_of_birth == record.birth_date[2:4] + "<<<<"
    else:
        assert mrz.valid_date_of_birth
    assert mrz.valid_expiration_date and mrz.valid_composite
    assert mrz.sex == {"X": "<"}.get(record.sex, record.sex)  # ICAO: '<' is unspecified
    assert mrz.nationality == record.nationality and mrz.country == "TZA"
    assert a[0] == "I" and len(b) == 30
