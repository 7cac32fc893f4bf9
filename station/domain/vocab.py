"""Closed vocabularies: the values a field may take, checked at every entry point."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    UNSPECIFIED = "X"


class ConsentPurpose(StrEnum):
    REGISTRATION = "registration"
    BIOMETRICS = "biometrics"
    CARD = "card"
    EMERGENCY_CONTACT = "emergency-contact"
    SHARING = "sharing"


class Channel(StrEnum):
    """Preferred channel for reaching a person in an emergency."""

    SMS = "sms"
    VOICE = "voice"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    RADIO = "radio"
    IN_PERSON = "in-person"
    NONE = "none"


class Proficiency(StrEnum):
    """Proficiency in the local language (reading, speaking)."""

    NONE = "none"
    BASIC = "basic"
    GOOD = "good"
    FLUENT = "fluent"


class Vulnerability(StrEnum):
    """Recorded vulnerability flags; women, minors, elderly and newcomers are derived, not typed."""

    UNDOCUMENTED = "undocumented"
    NO_HEALTH_COVER = "no-health-cover"
    RISKY_PLACE = "risky-place"
    RISKY_WORK = "risky-work"
    DISABILITY = "disability"
    SERIOUS_MEDICAL_CONDITION = "serious-medical-condition"
    PREGNANT_OR_LACTATING = "pregnant-or-lactating"
    UNACCOMPANIED_MINOR = "unaccompanied-minor"
    SEPARATED_CHILD = "separated-child"
    SINGLE_CARER = "single-carer"
    SURVIVOR_OF_VIOLENCE = "survivor-of-violence"


class Need(StrEnum):
    SHELTER = "shelter"
    FOOD = "food"
    WATER = "water"
    MEDICAL = "medical"
    PSYCHOSOCIAL = "psychosocial"
    LEGAL = "legal"
    INTERPRETER = "interpreter"
    DOCUMENTATION = "documentation"
    FAMILY_TRACING = "family-tracing"
    CHILD_PROTECTION = "child-protection"


class EnrolmentStatus(StrEnum):
    ACTIVE = "active"
    PENDING_REVIEW = "pending-review"  # suspected duplicate: no card until a supervisor decides
    CANCELLED = "cancelled"  # merged into an existing record by a supervisor
    ERASED = "erased"  # purged by retention; only the number remains


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    CENTRAL = "central"
    ADMIN = "admin"


class CardStatus(StrEnum):
    ISSUED = "issued"
    REVOKED = "revoked"
    REPLACED = "replaced"


class CaseStatus(StrEnum):
    OPEN = "open"
    NEEDS_INFO = "needs-info"
    DECIDED = "decided"


class Decision(StrEnum):
    SAME = "same"
    DIFFERENT = "different"
    MORE_INFO = "more-info"


# ISO 3166-1 alpha-3 codes are checked against pycountry-free list below plus ICAO specials.
SPECIAL_NATIONALITIES = {
    "XXA": "stateless",
    "XXB": "refugee (1951 Convention)",
    "XXC": "refugee (other)",
    "XXX": "unknown",
}
