"""The one place that turns stored codes into the words people read (English source texts).

Pages, messages, the record view, alerts and sync statuses all take their labels from here, so a
code (M, SDN, ara, single-carer) never reaches a person. The window translates these English
source texts into the operator's language; the CLI prints them as they are.

Translation hook: the window calls `use_language("sw", translate)` with a function that looks an
English text up in a context of its catalogues (Qt's `QCoreApplication.translate`); from then on
`label`, `country_name`, `language_name` and `local_date` answer in that language. Vocabulary
words are looked up in the "labels" context; country names come from pycountry's gettext
catalogues (iso3166-1), language names from pycountry's iso639-3 catalogue or, where pycountry
has none for the language (Swahili), from CLDR through Babel; dates in the locale's format
(CLDR). Without the hook (the CLI, the registry) everything stays English.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from datetime import UTC, date, datetime
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


Translate = Callable[[str, str, str], str]  # (context, English text, disambiguation) -> text
LABELS_CONTEXT = "labels"


def _english(_context: str, text: str, _disambiguation: str = "") -> str:
    return text


_current: dict[str, object] = {"language": "en", "translate": _english}


def use_language(language: str, translate: Translate | None = None) -> None:
    """Answer in `language` ("en", "fr", "sw"), looking vocabulary words up with `translate`
    (the window passes its catalogues' lookup; None: the words stay English)."""
    _current["language"] = (language or "en").split("_")[0].split("-")[0].lower()
    _current["translate"] = translate or _english
    _country_name.cache_clear()
    _language_name.cache_clear()


def current_language() -> str:
    return str(_current["language"])


def translated(text: str, context: str = LABELS_CONTEXT, disambiguation: str = "") -> str:
    """An English source text in the current language (unchanged when no catalogue has it)."""
    translate = _current["translate"]
    assert callable(translate)
    return str(translate(context, text, disambiguation) or text)


def source_texts() -> list[tuple[str, str]]:
    """Every English text this module can show, with its disambiguation (for the catalogues)."""
    texts = list(dict.fromkeys([*LABELS.values(), *SHARED_CODES.values(), "None"]))
    rows = [(text, "") for text in texts]
    rows += [(name.capitalize(), "") for name in SPECIAL_NATIONALITIES.values()]
    rows += [(month, "month") for month in MONTHS]
    return rows


def label(value: StrEnum) -> str:
    """The words for one vocabulary value (every value of every vocabulary has one)."""
    return translated(SHARED_CODES.get((type(value), str(value))) or LABELS[value])


def english_label(value: StrEnum) -> str:
    """The English words whatever the window shows (printed slips, files for other systems)."""
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
def _catalogue(domain: str, language: str) -> gettext.NullTranslations:
    """pycountry's gettext catalogue of `domain` for `language` (a null one when it ships none)."""
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language],
                               fallback=True)


@cache
def _cldr(language: str, what: str) -> dict[str, str]:
    """CLDR's names (`what`: "languages" by ISO 639-1 or 639-3 code, "territories" by ISO 3166
    alpha-2) in `language`, through Babel."""
    try:
        from babel import Locale
        return dict(getattr(Locale.parse(language), what))
    except Exception:  # no Babel, or no CLDR data for the language: English names
        return {}


def _sentence_case(name: str) -> str:
    return name[:1].upper() + name[1:]


def country_name(code: str) -> str:
    """A nationality code (ISO 3166 alpha-3 or an ICAO special code) as a country name."""
    return _country_name(code, current_language())


@cache
def _country_name(code: str, language: str) -> str:
    code = code.strip().upper()
    if code in SPECIAL_NATIONALITIES:
        return translated(SPECIAL_NATIONALITIES[code].capitalize())
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        return code
    if language != "en":
        english = str(getattr(country, "common_name", None) or country.name)
        chosen = translated(english, "countries")  # the window's catalogue may say it better
        if chosen != english:
            return chosen
        names = _catalogue("iso3166-1", language)
        for attr in ("common_name", "name"):
            known = getattr(country, attr, None)
            if known and known in getattr(names, "_catalog", {}):
                return names.gettext(known)
        cldr = _cldr(language, "territories").get(str(country.alpha_2))
        if cldr:
            return cldr
    return str(getattr(country, "common_name", None) or country.name)


def language_name(code: str) -> str:
    """A language code (ISO 639-3, or 639-1) as the language's name."""
    return _language_name(code, current_language())


@cache
def _language_name(code: str, language: str) -> str:
    code = code.strip().lower()
    if code in ("", "none"):
        return translated("None")
    found = (pycountry.languages.get(alpha_3=code) if len(code) == 3
             else pycountry.languages.get(alpha_2=code))
    if found is None:
        return code
    english = str(found.name)
    if language != "en":
        chosen = translated(english, "languages")  # the window's catalogue may say it better
        if chosen != english:
            return chosen
        name = _catalogue("iso639-3", language).gettext(english)
        if name != english:
            return _sentence_case(name)
        cldr = _cldr(language, "languages")
        for key in (getattr(found, "alpha_2", None), found.alpha_3):
            if key and key in cldr:
                return _sentence_case(cldr[key])
    return english


def local_time(moment: datetime, *, with_date: bool = True) -> str:
    """A stored (UTC) moment in the station's local time, to the minute: "1 Dec 2026, 14:32"."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    clock = local.strftime("%H:%M")
    if not with_date:
        return clock
    return f"{local_date(local.date())}, {clock}"


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def local_date(day: date, *, english: bool = False) -> str:
    """A date as people write it: "1 Dec 2026" (no ISO form on screen); in the current
    language, the month as its catalogue says it ("1 Des 2026", "1 déc. 2026")."""
    month = MONTHS[day.month - 1]
    if not english:
        month = translated(month, LABELS_CONTEXT, "month")
    return f"{day.day} {month} {day.year}"
