"""What is printed on a card, and the rules a card record must meet before it is printed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cards.errors import CardError

MAX_VALIDITY_YEARS = 2
SPECIAL_NATIONALITIES = {
    "XXA": "stateless",
    "XXB": "refugee (1951 Convention)",
    "XXC": "refugee (other)",
    "XXX": "unspecified",
}
_CARD_NUMBER = re.compile(r"^[A-Z0-9](?:[A-Z0-9-]{0,28}[A-Z0-9])?$")
_REGISTRATION = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,29}$")
_ALPHA3 = re.compile(r"^[A-Z]{3}$")
_BIRTH_FULL = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BIRTH_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class CardRecord:
    """One card's data. Names are as written (any script); `latin_*` are the MRZ/QR forms.

    `birth_date` is "YYYY-MM-DD", or "YYYY" when only the year is estimated.
    `nationality` is ISO 3166-1 alpha-3, or XXA (stateless), XXB/XXC (refugee), XXX (unknown).
    """

    card_number: str
    registration_number: str
    given_names: str
    family_name: str
    sex: str
    birth_date: str
    nationality: str
    issuing_site: str
    issue_date: date
    expiry_date: date
    portrait_jpeg: bytes
    latin_given_names: str | None = None
    latin_family_name: str | None = None
    emergency_contact_line: str = ""
    document_code: str = "ID"
    issuing_state: str = "XXX"
    title: str = "REGISTRATION CARD"
    # Printed only when the person consented to the emergency-contact purpose.
    emergency_contact_consent: bool = False
    title_local: str = ""  # the title in the local language, e.g. "KADI YA USAJILI"
    state_name: str = ""  # printed issuing state, e.g. "JAMHURI YA ... / UNITED REPUBLIC OF ..."
    issuing_authority: str = ""  # e.g. "IDARA YA UHAMIAJI / IMMIGRATION DEPARTMENT"
    issuer: str = ""  # the QR's CWT `iss`; empty: the issuing state code
    location_code: str = ""  # Claim 169 location code: the site code
    legal_status: str = ""  # Claim 169 legal status; empty: from XXA/XXB/XXC
    name_language: str = ""  # ISO 639-3 code of the name in the holder's script ("ara", "tir")
    holder_mark: str = ""  # "", "signature" or "thumbprint": an empty box for the holder

    @property
    def birth_year_only(self) -> bool:
        return bool(_BIRTH_YEAR.match(self.birth_date))

    def birth_date_value(self) -> date | None:
        """The full birth date, or None when only the year is known."""
        return None if self.birth_year_only else date.fromisoformat(self.birth_date)

    def validate(self, today: date | None = None) -> None:
        """Raise CardError naming the first field that cannot go on a card."""
        _check_numbers(self)
        _check_person(self)
        _check_dates(self, today)
        _check_portrait(self.portrait_jpeg)


def _check_numbers(record: CardRecord) -> None:
    if not _CARD_NUMBER.match(record.card_number or ""):
        raise CardError("card number must be 1-30 characters A-Z, 0-9 or '-'", field="card_number")
    if sum(ch.isalnum() for ch in record.card_number) > 22:
        raise CardError("card number has more than 22 letters and digits (MRZ limit)",
                        field="card_number")
    if not _REGISTRATION.match(record.registration_number or ""):
        raise CardError("registration number must be 1-30 characters A-Z, 0-9 or '-'",
                        field="registration_number")
    if not re.fullmatch(r"[AIC][A-Z0-9]?", record.document_code or "") or \
            record.document_code in ("AC",) or record.document_code[1:] == "V":
        raise CardError("document code must be I, A or C plus an optional letter (TD1)",
                        field="document_code")
    if not _ALPHA3.match(record.issuing_state or ""):
        raise CardError("issuing state must be a 3-letter code", field="issuing_state")


def _check_person(record: CardRecord) -> None:
    if not (record.family_name or "").strip() and not (record.given_names or "").strip():
        raise CardError("a card needs a family name or a given name", field="family_name")
    if record.sex not in ("F", "M", "X"):
        raise CardError("sex must be F, M or X", field="sex")
    if not _ALPHA3.match(record.nationality or ""):
        raise CardError("nationality must be an ISO 3166 alpha-3 code or XXA/XXB/XXC/XXX",
                        field="nationality")
    if not (record.issuing_site or "").strip():
        raise CardError("the issuing site is missing", field="issuing_site")
    if record.holder_mark not in ("", "signature", "thumbprint"):
        raise CardError("holder mark must be empty, 'signature' or 'thumbprint'",
                        field="holder_mark")


def _check_dates(record: CardRecord, today: date | None) -> None:
    if _BIRTH_FULL.match(record.birth_date or ""):
        try:
            born = date.fromisoformat(record.birth_date)
        except ValueError:
            raise CardError("birth date is not a calendar date", field="birth_date") from None
    elif _BIRTH_YEAR.match(record.birth_date or ""):
        born = date(int(record.birth_date), 1, 1)
    else:
        raise CardError("birth date must be YYYY-MM-DD or an estimated year YYYY",
                        field="birth_date")
    if born.year < 1900 or born > record.issue_date:
        raise CardError("birth date is after the issue date or before 1900", field="birth_date")
    if record.expiry_date <= record.issue_date:
        raise CardError("expiry date must be after the issue date", field="expiry_date")
    if record.expiry_date > add_years(record.issue_date, MAX_VALIDITY_YEARS):
        raise CardError(f"validity is longer than {MAX_VALIDITY_YEARS} years", field="expiry_date")
    if today is not None and record.expiry_date < today:
        raise CardError("the validity has already ended", field="expiry_date")


def _check_portrait(portrait: bytes) -> None:
    if not portrait:
        raise CardError("the approved portrait is missing", field="portrait_jpeg")
    if not portrait.startswith(b"\xff\xd8"):
        raise CardError("the portrait must be a JPEG image", field="portrait_jpeg")


def add_years(day: date, years: int) -> date:
    """Same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
