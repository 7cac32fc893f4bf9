"""The person being registered and everything recorded about them.

Fields split in two kinds, and the split is the privacy design:
- *personal* fields (names, exact birth date, contacts, documents, notes, family details) are
  only ever stored encrypted;
- *statistical* fields (sex, nationality, age band, site and region, arrival month, languages,
  vulnerability flags, needs, preferred channel) stay in clear so that group-level reports for
  emergency planning need no key. `PersonalDetails` holds the first kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from station.domain.vocab import (
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


@dataclass(frozen=True)
class PersonName:
    """Names as the person writes them, and a Latin transliteration for cards and the MRZ."""

    given: str
    family: str
    other: str = ""
    given_latin: str = ""
    family_latin: str = ""
    other_latin: str = ""


@dataclass(frozen=True)
class BirthDate:
    """An exact date of birth, or only a year when the person does not know it."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def estimated(self) -> bool:
        return self.month is None

    @property
    def exact(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def isoformat(self) -> str:
        exact = self.exact
        return exact.isoformat() if exact else f"{self.year:04d}"

    @classmethod
    def parse(cls, text: str) -> BirthDate:
        text = text.strip()
        if len(text) == 4 and text.isdigit():
            return cls(int(text))
        parsed = date.fromisoformat(text)
        return cls(parsed.year, parsed.month, parsed.day)

    def age_on(self, today: date) -> int:
        exact = self.exact
        if exact is None:
            return today.year - self.year
        before_birthday = (today.month, today.day) < (exact.month, exact.day)
        return today.year - exact.year - int(before_birthday)


@dataclass(frozen=True)
class Location:
    region: str = ""
    district: str = ""
    place: str = ""


@dataclass(frozen=True)
class Contact:
    phone: str = ""
    email: str = ""
    preferred_channel: Channel = Channel.NONE


@dataclass(frozen=True)
class RelatedPerson:
    """An emergency or family contact, or a dependant."""

    name: str
    relationship: str
    phone: str = ""
    birth_year: int | None = None
    registration_number: str = ""  # when the relative is enrolled too (family link)


@dataclass(frozen=True)
class IdentityDocument:
    kind: str  # passport, national-id, birth-certificate, refugee-id, other
    number: str = ""
    issuing_country: str = ""
    expiry: date | None = None


@dataclass(frozen=True)
class PersonalDetails:
    """Everything that identifies the person: only ever stored encrypted."""

    name: PersonName
    birth_date: BirthDate
    contact: Contact = field(default_factory=Contact)
    place: str = ""  # exact place of residence (village, street)
    emergency_contacts: tuple[RelatedPerson, ...] = ()
    family_contacts: tuple[RelatedPerson, ...] = ()
    dependants: tuple[RelatedPerson, ...] = ()
    documents: tuple[IdentityDocument, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Consent:
    """What the person was shown and agreed to, and any later withdrawal per purpose."""

    text_version: str
    language: str
    purposes: frozenset[ConsentPurpose]
    given_at: datetime
    recorded_by: str
    withdrawn: tuple[tuple[ConsentPurpose, datetime], ...] = ()

    def active_purposes(self) -> frozenset[ConsentPurpose]:
        gone = {purpose for purpose, _ in self.withdrawn}
        return frozenset(p for p in self.purposes if p not in gone)

    def allows(self, purpose: ConsentPurpose) -> bool:
        return purpose in self.active_purposes()

    @property
    def withdrawn_at(self) -> datetime | None:
        return max((at for _, at in self.withdrawn), default=None)


@dataclass(frozen=True)
class Enrolment:
    """One registered person."""

    registration_number: str
    site: str
    station: str
    personal: PersonalDetails
    sex: Sex
    nationality: str  # ISO 3166-1 alpha-3, or XXA/XXB/XXC/XXX
    consent: Consent
    created_at: datetime
    created_by: str
    location: Location = field(default_factory=Location)  # region and district in clear
    languages: tuple[str, ...] = ()  # ISO 639-3 codes
    local_language: Proficiency = Proficiency.NONE
    arrival_date: date | None = None
    vulnerabilities: frozenset[Vulnerability] = frozenset()
    needs: frozenset[Need] = frozenset()
    status: EnrolmentStatus = EnrolmentStatus.ACTIVE
    updated_at: datetime | None = None
    merged_into: str = ""  # the existing number when a supervisor found the same person

    @property
    def preferred_channel(self) -> Channel:
        return self.personal.contact.preferred_channel


@dataclass(frozen=True)
class Photo:
    """The approved ID portrait (already cropped to ICAO geometry)."""

    registration_number: str
    jpeg: bytes
    source: str  # "live" or "imported"
    quality_passed: bool
    quality_override: str = ""  # the officer's reason when a failed check was accepted
    liveness_passed: bool | None = None
    captured_at: datetime | None = None


@dataclass(frozen=True)
class Template:
    registration_number: str
    vector: bytes  # serialised by biometrics.Template.to_bytes()
    model: str
    model_version: str


@dataclass(frozen=True)
class Card:
    card_number: str
    registration_number: str
    issue_date: date
    expiry_date: date
    status: CardStatus = CardStatus.ISSUED
    print_count: int = 0
    revoked_at: datetime | None = None
    revoke_reason: str = ""
    replaced_by: str = ""


@dataclass(frozen=True)
class Candidate:
    registration_number: str
    distance: float
    band: str  # "match" or "possible"


@dataclass(frozen=True)
class DuplicateCase:
    case_id: int
    registration_number: str  # the new enrolment held for review
    candidates: tuple[Candidate, ...]
    opened_at: datetime
    status: CaseStatus = CaseStatus.OPEN
    decision: Decision | None = None
    reason: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None


@dataclass(frozen=True)
class Operator:
    username: str
    role: Role
    password_hash: str
    active: bool = True
    failed_attempts: int = 0
    locked_until: datetime | None = None


@dataclass(frozen=True)
class AuditEvent:
    """One audited action. `subject` is a number or id, never a name; `details` holds no PII."""

    sequence: int
    at: datetime
    actor: str
    action: str
    subject: str
    details: dict[str, object]
    previous_hash: str
    hash: str


@dataclass(frozen=True)
class Batch:
    sequence: int
    created_at: datetime
    record_count: int
    sha256: str
    previous_hash: str
    file_name: str = ""
    acknowledged_at: datetime | None = None
