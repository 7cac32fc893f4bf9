"""The one place that turns stored codes into the words people read (English source texts).

Pages, messages, the record view, alerts and sync statuses all take their labels from here, so a
code (M, SDN, ara, single-carer) never reaches a person. The window translates these English
source texts into the operator's language; the CLI prints them as they are.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from enum import StrEnum
from functools import cache

import pycountry

from station.domain.vocab import (
    SPECIAL_NATIONALITIES,
    CardStatus,
    CaseStatus,
    Channel,
    ConsentPurpose,
    Decision,
    EnrolmentStatus,
    Need,
    Proficiency,
    Role,
    Sex,
    Vulnerability,
)

LABELS: dict[StrEnum, str] = {
    Sex.FEMALE: "Female", Sex.MALE: "Male", Sex.UNSPECIFIED: "Not stated",
    ConsentPurpose.REGISTRATION: "Registration",
    ConsentPurpose.BIOMETRICS: "Photo and face template",
    ConsentPurpose.CARD: "Identity card",
    ConsentPurpose.EMERGENCY_CONTACT: "Contact in an emergency",
    ConsentPurpose.SHARING: "Sharing with partner agencies",
    Channel.SMS: "Text message (SMS)", Channel.VOICE: "Phone call",
    Channel.WHATSAPP: "WhatsApp", Channel.EMAIL: "Email", Channel.RADIO: "Radio",
    Channel.IN_PERSON: "In person",
    Proficiency.NONE: "None", Proficiency.BASIC: "Basic", Proficiency.GOOD: "Good",
    Proficiency.FLUENT: "Fluent",
    Vulnerability.UNDOCUMENTED: "Has no documents",
    Vulnerability.NO_HEALTH_COVER: "No health cover",
    Vulnerability.RISKY_PLACE: "Lives in a risky place",
    Vulnerability.RISKY_WORK: "Works in a risky place",
    Vulnerability.DISABILITY: "Disability",
    Vulnerability.SERIOUS_MEDICAL_CONDITION: "Serious medical condition",
    Vulnerability.PREGNANT_OR_LACTATING: "Pregnant or breastfeeding",
    Vulnerability.UNACCOMPANIED_MINOR: "Child without an adult",
    Vulnerability.SEPARATED_CHILD: "Child separated from parents",
    Vulnerability.SINGLE_CARER: "Caring for children alone",
    Vulnerability.SURVIVOR_OF_VIOLENCE: "Survivor of violence",
    Need.SHELTER: "Shelter", Need.FOOD: "Food", Need.WATER: "Water",
    Need.MEDICAL: "Medical care", Need.PSYCHOSOCIAL: "Psychological support",
    Need.LEGAL: "Legal help", Need.INTERPRETER: "Interpreter",
    Need.DOCUMENTATION: "Documents", Need.FAMILY_TRACING: "Finding family",
    Need.CHILD_PROTECTION: "Child protection",
    EnrolmentStatus.ACTIVE: "Registered",
    EnrolmentStatus.PENDING_REVIEW: "Held for duplicate review",
    EnrolmentStatus.CANCELLED: "Cancelled (same person as another record)",
    EnrolmentStatus.ERASED: "Erased",
    Role.OFFICER: "Registration officer", Role.SUPERVISOR: "Supervisor",
    Role.CENTRAL: "Central staff", Role.ADMIN: "Administrator",
    CardStatus.ISSUED: "Valid", CardStatus.REVOKED: "Revoked", CardStatus.REPLACED: "Replaced",
    CaseStatus.OPEN: "Waiting for a decision", CaseStatus.NEEDS_INFO: "Waiting for information",
    CaseStatus.DECIDED: "Decided",
    Decision.SAME: "Same person", Decision.DIFFERENT: "Different people",
    Decision.MORE_INFO: "More information needed",
}

# A code two vocabularies share ("none") is one key for the dict above (StrEnum members equal
# their strings), so its words are looked up by vocabulary first.
SHARED_CODES: dict[tuple[type[StrEnum], str], str] = {
    (Channel, "none"): "No way to reach them", (Proficiency, "none"): "None",
}

VOCABULARIES: tuple[type[StrEnum], ...] = (
    Sex, ConsentPurpose, Channel, Proficiency, Vulnerability, Need, EnrolmentStatus, Role,
    CardStatus, CaseStatus, Decision)


def label(value: StrEnum) -> str:
    """The words for one vocabulary value (every value of every vocabulary has one)."""
    return SHARED_CODES.get((type(value), str(value))) or LABELS[value]


def label_of(vocabulary: type[StrEnum], code: str) -> str:
    """The words for a stored code of a vocabulary; an unknown code is shown as it is."""
    try:
        return label(vocabulary(code))
    except (ValueError, KeyError):
        return code


def labels_of(vocabulary: type[StrEnum], codes: list[str] | tuple[str, ...]) -> str:
    """Several codes of one vocabulary as one line of words ("Food, Water")."""
    return ", ".join(label_of(vocabulary, code) for code in codes)


@cache
def country_name(code: str) -> str:
    """A nationality code (ISO 3166 alpha-3 or an ICAO special code) as a country name."""
    code = code.strip().upper()
    if code in SPECIAL_NATIONALITIES:
        return SPECIAL_NATIONALITIES[code].capitalize()
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


@cache
def language_name(code: str) -> str:
    """A language code (ISO 639-3, or 639-1) as the language's name."""
    code = code.strip().lower()
    if code in ("", "none"):
        return "None"
    found = (pycountry.languages.get(alpha_3=code) if len(code) == 3
             else pycountry.languages.get(alpha_2=code))
    return str(found.name) if found is not None else code


def local_time(moment: datetime, *, with_date: bool = True) -> str:
    """A stored (UTC) moment in the station's local time, to the minute: "1 Dec 2026, 14:32"."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    local = moment.astimezone()
    clock = local.strftime("%H:%M")
    if not with_date:
        return clock
    return f"{local_date(local.date())}, {clock}"


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def local_date(day: date) -> str:
    """A date as people write it: "1 Dec 2026" (no ISO form on screen)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
