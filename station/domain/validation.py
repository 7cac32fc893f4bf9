"""Checks on values typed by officers. Each error names the field and never echoes the value
(the value may be a name or a phone number, and error messages end up in logs)."""

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


def check_name(value: str, field: str, *, required: bool) -> str:
    value = unicodedata.normalize("NFC", value.strip())
    if not value:
        if required:
            raise ValidationError(f"{field} is required", field=field)
        return ""
    if len(value) > MAX_NAME_LENGTH:
        raise ValidationError(f"{field} is longer than {MAX_NAME_LENGTH} characters", field=field)
    if any(unicodedata.category(ch).startswith("C") for ch in value):
        raise ValidationError(f"{field} contains control characters", field=field)
    if any(ch.isdigit() for ch in value):
        raise ValidationError(f"{field} must not contain digits", field=field)
    return value


def check_text(value: str, field: str, limit: int, *, multiline: bool = False) -> str:
    """Free text (region, place, notes, ...): trimmed, at most `limit` characters (the shared
    limit of station/domain/limits.py), no control characters (line breaks only if
    `multiline`)."""
    value = unicodedata.normalize("NFC", value.strip())
    if len(value) > limit:
        raise ValidationError(f"the {field} is longer than {limit} characters", field=field)
    allowed = "\n\t" if multiline else ""
    if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value):
        raise ValidationError(f"the {field} contains control characters", field=field)
    return value


def check_count(items: Sized, field: str, limit: int) -> None:
    if len(items) > limit:
        raise ValidationError(f"at most {limit} {field}", field=field)


def check_nationality(code: str, field: str = "nationality") -> str:
    code = code.strip().upper()
    if code in SPECIAL_NATIONALITIES:
        return code
    if len(code) != 3 or pycountry.countries.get(alpha_3=code) is None:
        raise ValidationError(
            f"{field} must be an ISO 3166 alpha-3 code (or XXA stateless, XXB/XXC refugee, "
            "XXX unknown)",
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
        raise ValidationError(f"{field}: unknown language code (use ISO 639)", field=field)
    return str(language.alpha_3)


def check_birth_date(text: str | None, year: int | None, today: date) -> BirthDate:
    if text and year:
        raise ValidationError("give either birth date or birth year, not both", field="birth_date")
    if not text and year is None:
        raise ValidationError("birth date or birth year is required", field="birth_date")
    try:
        birth = BirthDate.parse(text) if text else BirthDate(int(year or 0))
    except ValueError:
        raise ValidationError(
            "birth date must be a real date written YYYY-MM-DD", field="birth_date"
        ) from None
    if birth.year < EARLIEST_BIRTH_YEAR:
        raise ValidationError(f"birth year before {EARLIEST_BIRTH_YEAR}", field="birth_date")
    if (birth.exact or date(birth.year, 1, 1)) > today:
        raise ValidationError("birth date is in the future", field="birth_date")
    return birth


def check_date(text: str | None, field: str, today: date, *, not_before: date | None = None
               ) -> date | None:
    if not text:
        return None
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"{field} must be a real date written YYYY-MM-DD",
                              field=field) from None
    if value > today:
        raise ValidationError(f"{field} is in the future", field=field)
    if not_before and value < not_before:
        raise ValidationError(f"{field} is before the date of birth", field=field)
    return value


def check_phone(value: str, field: str) -> str:
    value = value.strip()
    if value and not PHONE_PATTERN.match(value):
        raise ValidationError(f"{field} must be digits, optionally starting with +", field=field)
    return value


def check_email(value: str, field: str = "email") -> str:
    value = value.strip()
    if len(value) > limits.EMAIL:
        raise ValidationError(f"{field} is longer than {limits.EMAIL} characters", field=field)
    if value and not EMAIL_PATTERN.match(value):
        raise ValidationError(f"{field} is not an e-mail address", field=field)
    return value


def parse_purposes(text: str) -> frozenset[ConsentPurpose]:
    """`registration,biometrics` or `all`; registration itself is always required."""
    items = [item.strip().lower() for item in text.split(",") if item.strip()]
    if not items:
        raise ValidationError("consent is required: list the purposes agreed", field="consent")
    if items == ["all"]:
        return frozenset(ConsentPurpose)
    purposes = set()
    for item in items:
        try:
            purposes.add(ConsentPurpose(item))
        except ValueError:
            allowed = ", ".join(p.value for p in ConsentPurpose)
            raise ValidationError(
                f"consent: unknown purpose (allowed: {allowed}, or all)", field="consent"
            ) from None
    if ConsentPurpose.REGISTRATION not in purposes:
        raise ValidationError(
            "consent to registration is required to enrol a person", field="consent"
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
    raise ValidationError(f"{field} must be one of: {allowed}", field=field)
