"""Registration and card numbers made offline, without a server.

Format: ``SITE-STN-NNNNNNC``: a site code (2-5 letters/digits), a station code (1-3), a
sequence of six digits and one check character. The check character is ISO/IEC 7064
MOD 37-36 (from python-stdnum), computed over site + station + sequence: it catches every
single-character substitution and every adjacent transposition, letters included.

Site + station are unique across the deployment (the registry hands them out), so numbers
from different stations never collide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.iso7064 import mod_37_36

CODE_PATTERN = re.compile(r"^[A-Z0-9]{2,5}$")
STATION_PATTERN = re.compile(r"^[A-Z0-9]{1,3}$")
NUMBER_PATTERN = re.compile(r"^([A-Z0-9]{2,5})-([A-Z0-9]{1,3})-(\d{6})([A-Z0-9*])$")
MAX_SEQUENCE = 999_999
CARD_PREFIX = "C-"  # card numbers: C-SITE-STN-NNNNNNC, never mistaken for a registration number


class NumberError(ValueError):
    """A registration or card number is malformed or fails its check character."""


@dataclass(frozen=True)
class StationCode:
    site: str
    station: str

    def __post_init__(self) -> None:
        if not CODE_PATTERN.match(self.site):
            raise NumberError("site code must be 2-5 capital letters or digits")
        if not STATION_PATTERN.match(self.station):
            raise NumberError("station code must be 1-3 capital letters or digits")

    @property
    def station_id(self) -> str:
        return f"{self.site}-{self.station}"


def make_number(code: StationCode, sequence: int, prefix: str = "") -> str:
    """Build a number for `sequence` at this station; `prefix` distinguishes cards ("C")."""
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise NumberError("sequence out of range for this station")
    body = f"{prefix.replace('-', '')}{code.site}{code.station}{sequence:06d}"
    check = mod_37_36.calc_check_digit(body)
    return f"{prefix}{code.site}-{code.station}-{sequence:06d}{check}"


def parse_number(number: str, prefix: str = "") -> tuple[StationCode, int]:
    """Split and validate a number; raises NumberError naming what is wrong."""
    text = number.strip().upper()
    if prefix:
        if not text.startswith(prefix):
            raise NumberError(f"number must start with {prefix}")
        text = text[len(prefix):]
    match = NUMBER_PATTERN.match(text)
    if not match:
        raise NumberError("number must look like SITE-STN-000123X")
    site, station, digits, check = match.groups()
    if not mod_37_36.is_valid(f"{prefix.replace('-', '')}{site}{station}{digits}{check}"):
        raise NumberError("check character does not match: the number was mistyped")
    return StationCode(site, station), int(digits)


def make_registration_number(code: StationCode, sequence: int) -> str:
    return make_number(code, sequence)


def make_card_number(code: StationCode, sequence: int) -> str:
    return make_number(code, sequence, prefix=CARD_PREFIX)


def normalise_registration_number(number: str) -> str:
    """Upper-case, trimmed and validated form of a number typed by a person."""
    parse_number(number)
    return number.strip().upper()
