"""Group-level attributes that may be kept in clear: age band and derived vulnerability."""

from __future__ import annotations

from datetime import date

from station.domain.model import BirthDate, Enrolment
from station.domain.vocab import Proficiency, Sex

AGE_BANDS = ((0, 4), (5, 11), (12, 17), (18, 24), (25, 59), (60, 200))
NEWCOMER_DAYS = 183


def age_band(birth: BirthDate, today: date) -> str:
    age = max(0, birth.age_on(today))
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}-{high}" if high < 200 else f"{low}+"
    return "unknown"


def derived_flags(enrolment: Enrolment, today: date) -> set[str]:
    """Flags computed from other fields: woman, minor, elderly, newcomer, not proficient."""
    flags = set()
    age = enrolment.personal.birth_date.age_on(today)
    if enrolment.sex is Sex.FEMALE:
        flags.add("woman")
    if age < 18:
        flags.add("minor")
    if age >= 60:
        flags.add("elderly")
    if enrolment.arrival_date and (today - enrolment.arrival_date).days < NEWCOMER_DAYS:
        flags.add("newcomer")
    if enrolment.local_language in (Proficiency.NONE, Proficiency.BASIC):
        flags.add("not-proficient")
    return flags
