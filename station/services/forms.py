"""The enrolment form as typed (CLI flags or wizard fields), and its validation into domain
objects. Both front ends fill an `EnrolmentForm`; nothing reaches the store unchecked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from station.domain import limits
from station.domain.model import (
    Consent,
    Contact,
    IdentityDocument,
    Location,
    PersonalDetails,
    PersonName,
    RelatedPerson,
)
from station.domain.regno import NumberError, parse_number
from station.domain.validation import (
    check_birth_date,
    check_count,
    check_date,
    check_email,
    check_language,
    check_name,
    check_nationality,
    check_phone,
    check_text,
    field_words,
    parse_choice,
    parse_purposes,
)
from station.domain.vocab import Channel, Need, Proficiency, Sex, Vulnerability
from station.errors import ValidationError


@dataclass
class EnrolmentForm:
    given_name: str = ""
    family_name: str = ""
    other_names: str = ""
    given_name_latin: str = ""
    family_name_latin: str = ""
    other_names_latin: str = ""
    sex: str = ""
    birth_date: str = ""
    birth_year: int | None = None
    nationality: str = ""
    languages: list[str] = field(default_factory=list)
    local_language: str = "none"
    region: str = ""
    district: str = ""
    place: str = ""
    arrival_date: str = ""
    phone: str = ""
    email: str = ""
    preferred_channel: str = "none"
    emergency_contacts: list[tuple[str, str, str]] = field(default_factory=list)
    family_contacts: list[tuple[str, str, str, str]] = field(default_factory=list)
    dependants: list[tuple[str, str, str]] = field(default_factory=list)
    documents: list[tuple[str, str, str, str]] = field(default_factory=list)
    vulnerabilities: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    notes: str = ""
    consent_purposes: str = ""
    consent_language: str = "en"
    consent_text_version: str = ""


@dataclass(frozen=True)
class ValidForm:
    personal: PersonalDetails
    sex: Sex
    nationality: str
    location: Location
    languages: tuple[str, ...]
    local_language: Proficiency
    arrival_date: date | None
    vulnerabilities: frozenset[Vulnerability]
    needs: frozenset[Need]

    def consent(self, form: EnrolmentForm, recorded_by: str, at: datetime, default_version: str
                ) -> Consent:
        return Consent(form.consent_text_version or default_version,
                       form.consent_language or "en", parse_purposes(form.consent_purposes),
                       at, recorded_by)


def _related(items: Sequence[tuple[str, ...]], field_name: str) -> list[RelatedPerson]:
    people = []
    check_count(items, field_name, limits.RELATED_PEOPLE)
    for index, item in enumerate(items, start=1):
        label = f"{field_name}[{index}]"
        parts = list(item) + [""] * (4 - len(item))
        name = check_name(parts[0], f"{label}.name", required=True)
        relationship = check_text(parts[1], f"{label}.relationship", limits.RELATIONSHIP)
        if not relationship:
            raise ValidationError(f"The {field_words(label + '.relationship')} is required",
                                  field=label)
        if field_name == "dependants":
            year_text = parts[2].strip()
            if year_text and not (year_text.isdigit() and 1900 <= int(year_text) <= 2100):
                raise ValidationError(f"The birth year of {field_words(label)} must be a "
                                      "year", field=label)
            people.append(RelatedPerson(name, relationship,
                                        birth_year=int(year_text) if year_text else None))
        else:
            link = parts[3].strip().upper()
            if link:
                try:
                    parse_number(link)
                except NumberError as exc:
                    raise ValidationError(f"The registration number of {field_words(label)} "
                                          f"is not valid: {exc}", field=label) from None
            people.append(RelatedPerson(name, relationship, check_phone(parts[2], f"{label}.phone"),
                                        registration_number=link))
    return people


def validate_form(form: EnrolmentForm, today: date) -> ValidForm:
    """Check every field; the first problem raises ValidationError naming the field."""
    name = PersonName(
        check_name(form.given_name, "given_name", required=True),
        check_name(form.family_name, "family_name", required=True),
        check_name(form.other_names, "other_names", required=False),
        check_name(form.given_name_latin, "given_name_latin", required=False),
        check_name(form.family_name_latin, "family_name_latin", required=False),
        check_name(form.other_names_latin, "other_names_latin", required=False),
    )
    if not form.sex:
        raise ValidationError("Sex is required (F, M or X)", field="sex")
    sex = parse_choice(Sex, form.sex.upper(), "sex")
    birth = check_birth_date(form.birth_date or None, form.birth_year, today)
    birth_floor = birth.exact or date(birth.year, 1, 1)
    arrival = check_date(form.arrival_date, "arrival_date", today, not_before=birth_floor)
    channel = parse_choice(Channel, form.preferred_channel or "none", "preferred_channel")
    documents = []
    check_count(form.documents, "documents", limits.DOCUMENTS)
    for index, item in enumerate(form.documents, start=1):
        parts = list(item) + [""] * (4 - len(item))
        label = f"documents[{index}]"
        if not parts[0].strip():
            raise ValidationError(f"The kind of {field_words(label)} is required", field=label)
        country = check_nationality(parts[2], f"{label}.issuing_country") if parts[2] else ""
        expiry = None
        if parts[3].strip():
            try:
                expiry = date.fromisoformat(parts[3].strip())
            except ValueError:
                raise ValidationError(f"The expiry date of {field_words(label)} must be "
                                      "written YYYY-MM-DD", field=label) from None
        documents.append(IdentityDocument(
            check_text(parts[0], f"{label}.kind", limits.DOCUMENT_KIND).lower(),
            check_text(parts[1], f"{label}.number", limits.DOCUMENT_NUMBER), country, expiry))
    personal = PersonalDetails(
        name=name,
        birth_date=birth,
        contact=Contact(check_phone(form.phone, "phone"), check_email(form.email),
                        channel),
        place=check_text(form.place, "place", limits.PLACE),
        emergency_contacts=tuple(_related(form.emergency_contacts, "emergency_contacts")),
        family_contacts=tuple(_related(form.family_contacts, "family_contacts")),
        dependants=tuple(_related(form.dependants, "dependants")),
        documents=tuple(documents),
        notes=check_text(form.notes, "notes", limits.NOTES, multiline=True),
    )
    languages = []
    check_count(form.languages, "languages", limits.LANGUAGES)
    for code in form.languages:
        for part in code.split(","):
            if part.strip():
                languages.append(check_language(part))
    return ValidForm(
        personal=personal,
        sex=sex,
        nationality=check_nationality(form.nationality) if form.nationality else _missing(
            "nationality"),
        location=Location(check_text(form.region, "region", limits.REGION),
                          check_text(form.district, "district", limits.DISTRICT),
                          personal.place),
        languages=tuple(dict.fromkeys(languages)),
        local_language=parse_choice(Proficiency, form.local_language or "none",
                                    "local_language"),
        arrival_date=arrival,
        vulnerabilities=frozenset(parse_choice(Vulnerability, v, "vulnerabilities")
                                  for v in _codes(form.vulnerabilities)),
        needs=frozenset(parse_choice(Need, n, "needs") for n in _codes(form.needs)),
    )


def form_to_dict(form: EnrolmentForm) -> dict[str, Any]:
    return asdict(form)


def form_from_dict(data: dict[str, Any]) -> EnrolmentForm:
    """A form from plain data (a saved draft, or `station enrol --form FILE`); unknown keys are
    refused by name so that a misspelt field is not silently dropped."""
    known = EnrolmentForm.__dataclass_fields__
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ValidationError(f"form: unknown fields: {', '.join(unknown)}", field=unknown[0])
    values = dict(data)
    for key in ("emergency_contacts", "family_contacts", "dependants", "documents"):
        values[key] = [tuple(item) for item in values.get(key, [])]
    try:
        return EnrolmentForm(**values)
    except TypeError:
        raise ValidationError("form: malformed field values", field="form") from None


def _codes(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _missing(field_name: str) -> str:
    raise ValidationError(f"{field_words(field_name, capital=True)} is required",
                          field=field_name)
