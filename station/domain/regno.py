"""Registration and card numbers made offline, without a server.

Two forms are valid; both name a site code (2-5 capital letters or digits), a station code (1-3)
and a six-digit sequence. Site + station are unique across the deployment (the registry hands
them out), so numbers from different stations never collide.

**Current form** (every number made now): ``SITE-STN-NNNNNN-CC``, e.g. ``DAR-01-000002-KX``, card
numbers ``C-SITE-STN-NNNNNN-CC``. The two check letters come from a 16-letter alphabet,
``ACEFHJKMNPRTUWXY``, that leaves out every letter that reads or sounds like a digit or like
another letter on a form or a phone line (B 8, D 0, G 6, I 1, L 1, O 0, Q 0, S 5, Z 2, V U/Y), and
no digit is ever a check character, so a number read aloud or copied by hand cannot turn its check
into a digit of the sequence (the old ``DAR-01-000002O``).

The check is the pure-system construction of ISO/IEC 7064 (the one behind IBAN's MOD 97-10) with
the prime modulus 251 and radix 16: with the characters of ``C-SITE-STN-NNNNNN`` valued 0-9 for
digits, 10-35 for A-Z and 36 for the hyphen, and the check letters valued 0-15 by their place in
the alphabet, the whole number read as a radix-16 polynomial is 1 modulo 251. Because 251 is prime
and larger than any difference of two character values, every single-character substitution is
caught; because 16 has order 25 modulo 251 (longer than any number), every adjacent and jump
transposition and every twin error (``11`` -> ``77``) is caught, hyphens included, so a site/station
boundary moved by one place (``DA-R01`` for ``DAR-01``) is caught too; other errors slip through
about once in 251 (one in 36 with one check character). One safe character cannot do this: a
position that holds any of 36 characters needs 36 distinct check values to catch every substitution
there, and only 16 of the 36 letters and digits are safe; two safe letters give 256 values.

**Old form** (numbers issued before; they stay valid and are never re-numbered):
``SITE-STN-NNNNNNC``, one check character (0-9, A-Z or ``*``) of ISO/IEC 7064 MOD 37-36 (from
python-stdnum) over site + station + sequence, written straight after the six digits.

Telling them apart is deterministic and needs no lookup: a current number has its check in a group
of its own after a third hyphen (two letters), an old number ends its third group with a seventh
character. A typo in either form cannot produce a valid number of the other form, since it would
have to add or remove a hyphen.

Typing: case, spaces instead of hyphens and dashes of other kinds are normalised; in the six-digit
group letters that look like digits (O/Q -> 0, I/L -> 1, Z -> 2, S -> 5, G -> 6, B -> 8) are
read as those digits (the check then confirms them); a digit or another letter typed in the check
letters is refused with a message that names the letters a check may hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.iso7064 import mod_37_36

CODE_PATTERN = re.compile(r"^[A-Z0-9]{2,5}$")
STATION_PATTERN = re.compile(r"^[A-Z0-9]{1,3}$")
NUMBER_PATTERN = re.compile(r"^([A-Z0-9]{2,5})-([A-Z0-9]{1,3})-(\d{6})([A-Z0-9*])$")  # old form
CHECK_ALPHABET = "ACEFHJKMNPRTUWXY"
CURRENT_PATTERN = re.compile(
    rf"^([A-Z0-9]{{2,5}})-([A-Z0-9]{{1,3}})-(\d{{6}})-([{CHECK_ALPHABET}]{{2}})$")
MAX_SEQUENCE = 999_999
CARD_PREFIX = "C-"  # card numbers: C-SITE-STN-NNNNNN-CC, never mistaken for a registration number
MODULUS, RADIX = 251, 16
_VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-")}
_DIGIT_LOOKALIKES = str.maketrans("OQILZSGB", "00112568")
_DASHES = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_EXAMPLE = "DAR-01-000123-KX"


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


def _weighted(text: str) -> int:
    total = 0
    for char in text:
        total = (total * RADIX + _VALUES[char]) % MODULUS
    return total


def check_letters(body: str) -> str:
    """The two check letters of `body` (``C-SITE-STN-NNNNNN`` or ``SITE-STN-NNNNNN``)."""
    value = (1 - _weighted(body) * RADIX * RADIX) % MODULUS
    return CHECK_ALPHABET[value // RADIX] + CHECK_ALPHABET[value % RADIX]


def _check_matches(body: str, letters: str) -> bool:
    high, low = CHECK_ALPHABET.index(letters[0]), CHECK_ALPHABET.index(letters[1])
    return (_weighted(body) * RADIX * RADIX + high * RADIX + low) % MODULUS == 1


def make_number(code: StationCode, sequence: int, prefix: str = "") -> str:
    """Build a number (current form) for `sequence` at this station; `prefix` marks cards."""
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise NumberError("sequence out of range for this station")
    body = f"{prefix}{code.site}-{code.station}-{sequence:06d}"
    return f"{body}-{check_letters(body)}"


def is_old_form(number: str) -> bool:
    """True for a number of the old form (one check character after the six digits)."""
    return bool(NUMBER_PATTERN.match(_tidy(number).removeprefix(CARD_PREFIX)))


def _tidy(number: str) -> str:
    return _DASHES.sub("-", number.strip().upper()).strip("-")


def _normalised(number: str, prefix: str) -> tuple[str, StationCode, int]:
    text = _tidy(number)
    what = "card number" if prefix else "number"
    if prefix:
        if not text.startswith(prefix):
            raise NumberError(f"a card number starts with {prefix}")
        text = text[len(prefix):]
    elif text.startswith(CARD_PREFIX) and text.count("-") >= 3:
        raise NumberError("this is a card number, not a registration number")
    groups = text.split("-")
    if len(groups) not in (3, 4) or len(groups[2]) not in (6, 7):
        raise NumberError(f"the {what} must look like {prefix}{_EXAMPLE}: site, station, "
                          "six digits and two check letters")
    site, station = groups[0], groups[1]
    digits = groups[2][:6].translate(_DIGIT_LOOKALIKES)
    if not digits.isdigit():
        raise NumberError(f"the six digits of the {what} hold a character that is not a digit")
    if len(groups) == 4 and len(groups[2]) == 6:
        letters = groups[3]
        if len(letters) != 2 or any(c not in CHECK_ALPHABET for c in letters):
            raise NumberError("the last part is two check letters, each one of "
                              + " ".join(CHECK_ALPHABET))
        canonical = f"{site}-{station}-{digits}-{letters}"
        if not CURRENT_PATTERN.match(canonical):
            raise NumberError(f"the {what} must look like {prefix}{_EXAMPLE}")
        if not _check_matches(prefix + canonical[:-3], letters):
            raise NumberError("the check letters do not match: the number was mistyped")
    elif len(groups) == 3 and len(groups[2]) == 7:
        canonical = f"{site}-{station}-{digits}{groups[2][6]}"
        if not NUMBER_PATTERN.match(canonical):
            raise NumberError(f"the {what} must look like {prefix}{_EXAMPLE}")
        if not mod_37_36.is_valid(f"{prefix.replace('-', '')}{site}{station}{canonical[-7:]}"):
            raise NumberError("the check character does not match: the number was mistyped")
    else:
        raise NumberError(f"the {what} must look like {prefix}{_EXAMPLE}: site, station, "
                          "six digits and two check letters")
    return prefix + canonical, StationCode(site, station), int(digits)


def parse_number(number: str, prefix: str = "") -> tuple[StationCode, int]:
    """Split and validate a number of either form; raises NumberError naming what is wrong."""
    _, code, sequence = _normalised(number, prefix)
    return code, sequence


def normalise_number(number: str, prefix: str = "") -> str:
    """The number as issued, from what a person typed (case, spaces, look-alike digits)."""
    return _normalised(number, prefix)[0]


def make_registration_number(code: StationCode, sequence: int) -> str:
    return make_number(code, sequence)


def make_card_number(code: StationCode, sequence: int) -> str:
    return make_number(code, sequence, prefix=CARD_PREFIX)


def normalise_registration_number(number: str) -> str:
    """Upper-case, trimmed and validated form of a registration number typed by a person."""
    return normalise_number(number)


def normalise_card_number(number: str) -> str:
    """Upper-case, trimmed and validated form of a card number typed by a person."""
    return normalise_number(number, CARD_PREFIX)
