"""The person being registered and everything recorded about them.

Fields split in two kinds, and the split is the privacy design:
- *personal* fields (names, exact birth date, contacts, documents, notes, family details) are
  only ever stored encrypted;
- *statistical* fields (sex, nationality, age band, site and region, arrival month, languages,
  vulnerability flags, needs, preferred channel) stay in clear so that group-level reports for
  emergency planning need no key. `PersonalDetails` holds the first kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

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
from station.errors import ConflictError, ValidationError


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

    def withdraw(self, purpose: ConsentPurpose, at: datetime) -> Consent:
        """Consent after the person withdraws `purpose` (again: unchanged).

        Without registration nothing else stands, so withdrawing it withdraws every purpose.
        """
        if purpose not in self.purposes:
            raise ValidationError(f"the person never agreed to {purpose.value}", field="purpose")
        going = (self.active_purposes() if purpose is ConsentPurpose.REGISTRATION
                 else self.active_purposes() & {purpose})
        added = tuple((p, at) for p in sorted(going))
        return replace(self, withdrawn=self.withdrawn + added)

    def is_withdrawn(self, purpose: ConsentPurpose) -> bool:
        return any(p is purpose for p, _ in self.withdrawn)


class WithdrawalEffect(StrEnum):
    """What the station must do to a record when the person withdraws one purpose."""

    ERASE_BIOMETRICS = "erase-biometrics"  # photo and template, and out of the match gallery
    REVOKE_CARDS = "revoke-cards"
    ERASE_CONTACTS = "erase-contacts"  # phone, e-mail, channel, emergency and family contacts
    ERASE_RECORD = "erase-record"  # everything but the number (a tombstone)


WITHDRAWAL_EFFECTS: dict[ConsentPurpose, frozenset[WithdrawalEffect]] = {
    ConsentPurpose.REGISTRATION: frozenset({WithdrawalEffect.ERASE_BIOMETRICS,
                                            WithdrawalEffect.REVOKE_CARDS,
                                            WithdrawalEffect.ERASE_RECORD}),
    ConsentPurpose.BIOMETRICS: frozenset({WithdrawalEffect.ERASE_BIOMETRICS,
                                          WithdrawalEffect.REVOKE_CARDS}),
    ConsentPurpose.CARD: frozenset({WithdrawalEffect.REVOKE_CARDS}),
    ConsentPurpose.EMERGENCY_CONTACT: frozenset({WithdrawalEffect.ERASE_CONTACTS}),
}


def withdrawal_effects(purpose: ConsentPurpose) -> frozenset[WithdrawalEffect]:
    """The erasures a withdrawal of `purpose` requires (sharing: none, exports check it)."""
    return WITHDRAWAL_EFFECTS.get(purpose, frozenset())


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
    data: bytes  # the face template serialised by biometrics.Template.to_bytes()
    model: str
    model_version: str


REVOKE_REASON_LENGTH = 40  # what the cards table and the revocation list keep


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

    def is_valid_on(self, day: date) -> bool:
        """Issued, not revoked or replaced, and not expired: the card a reprint reproduces."""
        return self.status is CardStatus.ISSUED and self.expiry_date >= day

    def reprinted(self) -> Card:
        return replace(self, print_count=self.print_count + 1)

    def revoke(self, reason: str, at: datetime) -> Card:
        """The card withdrawn from use; verifiers learn it from the revocation list.

        The reason is a short code or phrase (never personal data), required and kept to
        the length the revocation records hold.
        """
        reason = reason.strip()
        if not reason:
            raise ValidationError("a revocation needs a reason", field="reason")
        self._require_issued()
        return replace(self, status=CardStatus.REVOKED, revoked_at=at,
                       revoke_reason=reason[:REVOKE_REASON_LENGTH])

    def replace_with(self, card_number: str, at: datetime) -> Card:
        """The card superseded by a new number (lost, damaged, details changed)."""
        self._require_issued()
        return replace(self, status=CardStatus.REPLACED, revoked_at=at,
                       revoke_reason="replaced", replaced_by=card_number)

    def _require_issued(self) -> None:
        if self.status is not CardStatus.ISSUED:
            raise ConflictError(f"this card is already {self.status.value}")


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing enrolment whose face is close to a new one's (a possible same person)."""

    registration_number: str
    distance: float
    band: str  # "match" or "possible"


@dataclass(frozen=True)
class DuplicateCase:
    case_id: int
    registration_number: str  # the new enrolment held for review
    candidates: tuple[DuplicateCandidate, ...]
    opened_at: datetime
    status: CaseStatus = CaseStatus.OPEN
    decision: Decision | None = None
    reason: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None

    def decide(self, decision: Decision, reason: str, *, by: str, at: datetime,
               same_as: str = "") -> CaseDecision:
        """A supervisor's decision, with a reason; nothing is ever merged automatically.

        same: the held enrolment is the same person as `same_as` (one of the candidates; the
        closest when not named); different: the held enrolment stands on its own; more-info:
        the case stays open, waiting for information, and can be decided later.
        """
        reason = reason.strip()
        if not reason:
            raise ValidationError("a decision needs a reason", field="reason")
        if self.status is CaseStatus.DECIDED:
            raise ConflictError("this case was decided already")
        target = ""
        if decision is Decision.SAME:
            target = same_as.strip().upper() or (self.candidates[0].registration_number
                                                 if self.candidates else "")
            if target not in {c.registration_number for c in self.candidates}:
                raise ValidationError("same person: name one of the case's candidates",
                                      field="same_as")
        status = CaseStatus.NEEDS_INFO if decision is Decision.MORE_INFO else CaseStatus.DECIDED
        decided = replace(self, status=status, decision=decision, reason=reason, decided_by=by,
                          decided_at=at)
        return CaseDecision(decided, target)


@dataclass(frozen=True)
class CaseDecision:
    """A decided (or parked) case and what it means for the enrolment held for review."""

    case: DuplicateCase
    same_as: str = ""  # the existing registration number when decided the same person

    def held_enrolment_becomes(self, other_open_cases: int) -> EnrolmentStatus | None:
        """The held enrolment's new status, or None while it must keep waiting.

        Same person: cancelled (it points to the existing record). Different: active, once no
        other case about it is still open. More information: unchanged.
        """
        if self.case.decision is Decision.SAME:
            return EnrolmentStatus.CANCELLED
        if self.case.decision is Decision.DIFFERENT and other_open_cases == 0:
            return EnrolmentStatus.ACTIVE
        return None


@dataclass(frozen=True)
class LockoutPolicy:
    """How many wrong passwords in a row lock an account, and for how long."""

    attempts: int = 5
    minutes: int = 15


class AccountState(StrEnum):
    """Why an operator can or cannot log in, each told honestly and differently."""

    USABLE = "usable"
    LOCKED_AFTER_FAILURES = "locked-after-failures"  # opens again by itself, or by an admin
    LOCKED_BY_ADMIN = "locked-by-admin"  # until an admin unlocks it
    DEACTIVATED = "deactivated"  # for good (a person who left)


@dataclass(frozen=True)
class Operator:
    username: str
    role: Role
    password_hash: str
    active: bool = True
    failed_attempts: int = 0
    locked_until: datetime | None = None  # set by too many wrong passwords
    locked_by: str = ""  # the admin who locked the account, until one unlocks it

    def state(self, now: datetime) -> AccountState:
        if not self.active:
            return AccountState.DEACTIVATED
        if self.locked_by:
            return AccountState.LOCKED_BY_ADMIN
        if self.locked_until is not None and self.locked_until > now:
            return AccountState.LOCKED_AFTER_FAILURES
        return AccountState.USABLE

    def tries_left(self, now: datetime, policy: LockoutPolicy) -> int:
        """Wrong passwords still allowed before the account locks (0 while it is locked)."""
        if self.state(now) is not AccountState.USABLE:
            return 0
        return max(policy.attempts - self.failed_attempts, 0)

    def record_failure(self, now: datetime, policy: LockoutPolicy) -> Operator:
        """One more wrong password; the last allowed one locks the account for a while."""
        attempts = self.failed_attempts + 1
        if attempts >= policy.attempts:
            return replace(self, failed_attempts=0,
                           locked_until=now + timedelta(minutes=policy.minutes))
        return replace(self, failed_attempts=attempts, locked_until=None)

    def record_success(self) -> Operator:
        return replace(self, failed_attempts=0, locked_until=None)

    def lock(self, by: str) -> Operator:
        """Locked by an administrator, until one unlocks it."""
        if not self.active:
            raise ConflictError("this account is deactivated", field="username")
        return replace(self, locked_by=by)

    def unlock(self) -> Operator:
        """Open again, whether locked by failed tries or by an admin (not a deactivation)."""
        if not self.active:
            raise ConflictError("this account is deactivated: it cannot be unlocked",
                                field="username")
        return replace(self, failed_attempts=0, locked_until=None, locked_by="")

    def with_password(self, password_hash: str) -> Operator:
        """A new password set by an admin; a lock from failed tries ends with it."""
        if not self.active:
            raise ConflictError("this account is deactivated", field="username")
        return replace(self, password_hash=password_hash, failed_attempts=0, locked_until=None)

    def deactivate(self) -> Operator:
        if not self.active:
            raise ConflictError("this account is deactivated already", field="username")
        return replace(self, active=False, failed_attempts=0, locked_until=None, locked_by="")

    def refusal(self, now: datetime, tz: tzinfo | None = None) -> str:
        """Why this account cannot log in now, in words for the operator ("" when it can)."""
        state = self.state(now)
        if state is AccountState.DEACTIVATED:
            return "this account was deactivated by an administrator"
        if state is AccountState.LOCKED_BY_ADMIN:
            return "this account is locked by an administrator: ask one to unlock it"
        if state is AccountState.LOCKED_AFTER_FAILURES and self.locked_until is not None:
            return ("this account is locked after too many wrong passwords, until "
                    f"{local_clock(self.locked_until, now, tz)} (or until an administrator "
                    "unlocks it)")
        return ""


def local_clock(at: datetime, now: datetime, tz: tzinfo | None = None) -> str:
    """A moment as the station's local wall clock shows it: "14:32", or "2 Dec 14:32" on
    another day. `tz` defaults to the machine's time zone."""
    local = at.astimezone(tz)
    if local.date() == now.astimezone(tz).date():
        return f"{local:%H:%M}"
    return f"{local.day} {local:%b %H:%M}"


def usable_admins(operators: list[Operator]) -> list[Operator]:
    """Admins who can log in, or will once a lock from failed tries ends by itself."""
    return [o for o in operators if o.role is Role.ADMIN and o.active and not o.locked_by]


@dataclass(frozen=True)
class ErasedBiometrics:
    """What an erasure of biometrics removed from the store."""

    registration_number: str
    gallery_key: int  # the enrolment's key in the 1:N match gallery
    photos: int
    templates: int

    @property
    def removed_anything(self) -> bool:
        return bool(self.photos or self.templates)


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
