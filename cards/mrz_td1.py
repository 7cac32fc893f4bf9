"""The TD1 machine-readable zone (3 lines of 30, ICAO 9303 Part 5) built with the `mrz` library.

Beyond what the library accepts directly: an estimated birth year ("YYYY") is written with the
unknown month and day as fillers ("85<<<<", ICAO 9303 Part 3), nationality codes XXA/XXB/XXC/XXX
are allowed, card numbers longer than 9 characters use the ICAO long-document-number form (first
9 characters, '<' as check digit, the rest plus its check digit in optional data 1), and long names
are truncated to fit 30 characters with the last character a letter.
"""

from __future__ import annotations

from typing import Any

from mrz.base.functions import hash_string
from mrz.generator.td1 import TD1CodeGenerator

from cards.errors import CardError
from cards.record import CardRecord
from cards.transliterate import latin_names

NAME_FIELD = 30


class _TD1(TD1CodeGenerator):
    """The library's generator, accepting '<<' fillers for an unknown birth month and day."""

    long_number = False

    @property
    def birth_date(self) -> str:
        return str(self._birth_date)

    @birth_date.setter
    def birth_date(self, value: str) -> None:
        if len(value) == 6 and value[:2].isdigit() and value[2:] == "<<<<":
            self._birth_date = value
        else:
            self._birth_date = value if _valid_yymmdd(value) else _fail_birth()

    @property
    def document_number_hash(self) -> str:
        return "<" if self.long_number else str(hash_string(self.document_number))


def _valid_yymmdd(value: str) -> bool:
    from datetime import datetime

    try:
        datetime.strptime(value, "%y%m%d")
    except ValueError:
        return False
    return True


def _fail_birth() -> str:
    raise CardError("birth date cannot be written in the MRZ", field="birth_date")


def truncate_names(family: str, given: str) -> str:
    """`FAMILY<<GIVEN<NAMES` fitted to 30 characters, truncating given names first."""
    primary = family.replace(" ", "<")
    secondary = given.replace(" ", "<")
    full = f"{primary}<<{secondary}" if secondary else primary
    if len(full) <= NAME_FIELD:
        return full
    if len(primary) > NAME_FIELD - 3 and secondary:
        primary = primary[: NAME_FIELD - 3].rstrip("<")
    if not secondary:
        return primary[:NAME_FIELD].rstrip("<")
    room = NAME_FIELD - len(primary) - 2
    return f"{primary}<<{secondary[:room].rstrip('<')}"


def td1_lines(record: CardRecord) -> list[str]:
    """Three 30-character MRZ lines for the card."""
    family, given = latin_names(record)
    number = "".join(ch for ch in record.card_number if ch.isalnum())
    optional1 = ""
    if len(number) > 9:
        optional1 = number[9:] + hash_string(number)
    registration = "".join(ch for ch in record.registration_number if ch.isalnum())
    optional2 = registration if len(registration) <= 11 else ""
    kwargs: dict[str, Any] = {
        "document_type": record.document_code,
        "country_code": record.issuing_state,
        "document_number": number[:9],
        "birth_date": _mrz_birth(record),
        "sex": record.sex,
        "expiry_date": record.expiry_date.strftime("%y%m%d"),
        "nationality": record.nationality,
        "surname": "",
        "given_names": "",
        "optional_data1": optional1,
        "optional_data2": optional2,
        "force": True,
    }
    try:
        generator = _TD1(**kwargs)
        generator.long_number = len(number) > 9
        lines = str(generator).split("\n")
    except CardError:
        raise
    except Exception as exc:  # the library raises its own error types
        raise CardError(f"MRZ cannot be built ({type(exc).__name__})", field="mrz") from None
    name_line = truncate_names(family, given).ljust(NAME_FIELD, "<")
    lines[2] = name_line
    if any(len(line) != NAME_FIELD for line in lines):
        raise CardError("MRZ line length is not 30", field="mrz")
    return lines


def _mrz_birth(record: CardRecord) -> str:
    if record.birth_year_only:
        return record.birth_date[2:4] + "<<<<"
    born = record.birth_date_value()
    assert born is not None
    return born.strftime("%y%m%d")
