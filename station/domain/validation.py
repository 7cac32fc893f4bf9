"""Checks on values typed by officers. Each error names the field in words ("The arrival date
must be ...", "Given name is required"; `field=` keeps the field's code for the window to
highlight) and never echoes the value (the value may be a name or a phone number, and error
messages end up in logs)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sized
from datetime import date
from enum import Enum
from typing import TypeVar

import pycountry

from station.domain import limits
from station.domain.model import BirthDate
from station.domain.vocab import SPECIAL_NATIONALITIES, ConsentPurpose
from station.errors import ValidationError

PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()-]{5,20}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME_LENGTH = limits.NAME
EARLIEST_BIRTH_YEAR = 1900
E = TypeVar("E", bound=Enum)

# The fields of an enrolment form as people call them (lower case, as inside a sentence).
FIELD_WORDS = {
    "given_name": "given name", "family_name": "family name", "other_names": "other names",
    "given_name_latin": "given name in Latin letters",
    "family_name_latin": "family name in Latin letters",
    "other_names_latin": "other names in Latin letters",
    "sex": "sex", "birth_date": "birth date", "birth_year": "birth year",
    "nationality": "nationality", "languages": "languages",
    "local_language": "knowledge of the local language", "arrival_date": "arrival date",
    "phone": "phone number", "email": "e-mail address", "preferred_channel": "preferred channel",
    "region": "region", "district": "district", "place": "place", "notes": "notes",
    "emergency_contacts": "emergency contacts", "family_contacts": "family contacts",
    "dependants": "dependants", "documents": "identity documents",
    "vulnerabilities": "vulnerabilities", "needs": "needs", "consent": "consent",
    # the parts of a row of a table (a contact, a dependant, a document)
    "name": "name", "relationship": "relationship", "registration_number":
        "registration number", "kind": "kind", "number": "number",
    "issuing_country": "issuing country", "expiry": "expiry date",
}
_ROW_WORDS = {"emergency_contacts": "emergency contact", "family_contacts": "family contact",
              "dependants": "dependant", "documents": "identity document"}
_ROW = re.compile(r"^([a-z_]+)\[(\d+)\](?:\.([a-z_]+))?$")


def field_words(field: str, *, capital: bool = False) -> str:
    """A field's code as words: "arrival_date" -> "arrival date", "emergency_contacts[2].phone"
    -> "phone number of emergency contact 2" ("Arrival date" with `capital`)."""
    row = _ROW.match(field)
    if row is not None:
        table, index, part = row.groups()
        words = f"{_ROW_WORDS.get(table, table.replace('_', ' '))} {index}"
        if part:
            words = f"{FIELD_WORDS.get(part, part.replace('_', ' '))} of {words}"
    else:  # "personal.notes" (a record's part, as a batch holds it) -> "notes"
        last = field.rsplit(".", 1)[-1]
        words = FIELD_WORDS.get(field) or FIELD_WORDS.get(last) or field.replace("_", " ")
    return words[:1].upper() + words[1:] if capital else words


def check_name(value: str, field: str, *, required: bool) -> str:
    value = unicodedata.normalize("NFC", value.strip())
    what = field_words(field, capital=True)
    if not value:
        if required:
            raise ValidationError(f"{what} is required", field=field)
        return ""
    if len(value) > MAX_NAME_LENGTH:
        raise ValidationError(f"{what} is longer than {MAX_NAME_LENGTH} characters", field=field)
    if any(unicodedata.category(ch).startswith("C") for ch in value):
        raise ValidationError(f"{what} contains control characters", field=field)
    if any(ch.isdigit() for ch in value):
        raise ValidationError(f"{what} must not contain digits", field=field)
    return value


def check_text(value: str, field: str, limit: int, *, multiline: bool = False) -> str:
    """Free text (region, place, notes, ...): trimmed, at most `limit` characters (the shared
    limit of station/domain/limits.py), no control characters (line breaks only if
    `multiline`)."""
    value = unicodedata.normalize("NFC", value.strip())
    what = field_words(field)
    if len(value) > limit:
        raise ValidationError(f"the {what} is longer than {limit} characters", field=field)
    allowed = "\n\t" if multiline else ""
    if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value):
        raise ValidationError(f"the {what} contains control characters", field=field)
    return value


def check_count(items: Sized, field: str, limit: int) -> None:
    if len(items) > limit:
        raise ValidationError(f"At most {limit} {field_words(field)} can be recorded",
                              field=field)


def check_nationality(code: str, field: str = "nationality") -> str:
    code = code.strip().upper()
    if code in SPECIAL_NATIONALITIES:
        return code
    if len(code) != 3 or pycountry.countries.get(alpha_3=code) is None:
        raise ValidationError(
            f"The {field_words(field)} must be an ISO 3166 alpha-3 code (or XXA stateless, "
            "XXB/XXC refugee, XXX unknown)",
            field=field,
        )
    return code


def check_language(code: str, field: str = "languages") -> str:
    code = code.strip().lower()
    language = None
    if len(code) == 3:
        language = pycountry.languages.get(alpha_3=code)
    elif len(code) == 2:
        language = pycountry.languages.get(alpha_2=code)
    if language is None:
        raise ValidationError(f"The {field_words(field)} hold an unknown language code (use "
                              "ISO 639)", field=field)
    return str(language.alpha_3)


def check_birth_date(text: str | None, year: int | None, today: date) -> BirthDate:
    if text and year:
        raise ValidationError("Give either the birth date or the birth year, not both",
                              field="birth_date")
    if not text and year is None:
        raise ValidationError("The birth date or the birth year is required", field="birth_date")
    try:
        birth = BirthDate.parse(text) if text else BirthDate(int(year or 0))
    except ValueError:
        raise ValidationError(
            "The birth date must be a real date written YYYY-MM-DD", field="birth_date"
        ) from None
    if birth.year < EARLIEST_BIRTH_YEAR:
        raise ValidationError(f"The birth year is before {EARLIEST_BIRTH_YEAR}", field="birth_date")
    if (birth.exact or date(birth.year, 1, 1)) > today:
        raise ValidationError("The birth date is in the future", field="birth_date")
    return birth


def check_date(text: str | None, field: str, today: date, *, not_before: date | None = None
               ) -> date | None:
    if not text:
        return None
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"The {field_words(field)} must be a real date written "
                              "YYYY-MM-DD", field=field) from None
    if value > today:
        raise ValidationError(f"The {field_words(field)} is in the future", field=field)
    if not_before and value < not_before:
        raise ValidationError(f"The {field_words(field)} is before the date of birth",
                              field=field)
    return value


def check_phone(value: str, field: str) -> str:
    value = value.strip()
    if value and not PHONE_PATTERN.match(value):
        raise ValidationError(f"The {field_words(field)} must be digits, optionally starting "
                              "with +", field=field)
    return value


def check_email(value: str, field: str = "email") -> str:
    value = value.strip()
    if len(value) > limits.EMAIL:
        raise ValidationError(f"The {field_words(field)} is longer than {limits.EMAIL} "
                              "characters", field=field)
    if value and not EMAIL_PATTERN.match(value):
        raise ValidationError(f"The {field_words(field)} must look like name@example.org",
                              field=field)
    return value


def parse_purposes(text: str) -> frozenset[ConsentPurpose]:
    """`registration,biometrics` or `all`; registration itself is always required."""
    items = [item.strip().lower() for item in text.split(",") if item.strip()]
    if not items:
        raise ValidationError("Consent is required: list the purposes agreed", field="consent")
    if items == ["all"]:
        return frozenset(ConsentPurpose)
    purposes = set()
    for item in items:
        try:
            purposes.add(ConsentPurpose(item))
        except ValueError:
            allowed = ", ".join(p.value for p in ConsentPurpose)
            raise ValidationError(
                f"Unknown purpose of consent (allowed: {allowed}, or all)", field="consent"
            ) from None
    if ConsentPurpose.REGISTRATION not in purposes:
        raise ValidationError(
            "Consent to registration is required to enrol a person", field="consent"
        )
    return frozenset(purposes)


def parse_choice(enum_type: type[E], text: str, field: str) -> E:
    """The member of a closed vocabulary whose value is `text` (case as the vocabulary has it)."""
    value = text.strip()
    for candidate in (value, value.lower(), value.upper()):
        try:
            return enum_type(candidate)
        except ValueError:
            continue
    allowed = ", ".join(str(member.value) for member in enum_type)
    raise ValidationError(f"The {field_words(field)} must be one of: {allowed}", field=field)
