"""Consent: the versioned texts shown to people, and withdrawal of consent for one purpose.

Withdrawal is recorded by an officer or anyone above. What it causes takes effect at once at the
station when the person recording it may revoke cards (supervisor and up); recorded by an officer,
a withdrawal that revokes cards or erases the record (registration, biometrics, card) waits as a
whole for a supervisor's `confirm_withdrawal` (four eyes; `pending_withdrawals` lists them, and
the person is told it takes effect then). Once carried out it goes to the registry with the next
sync batch (the record's batch_sequence is cleared):
- biometrics: photo and template erased (bytes gone from the file), cards revoked, the
  template leaves the in-memory match gallery; the registration number stays;
- card: cards revoked;
- emergency-contact: phone, e-mail, channel and emergency/family contacts erased, also from
  the correction history;
- registration: the whole record is erased but its number (a tombstone, status `erased`);
- sharing: recorded; exports for named agencies must check `Consent.allows(SHARING)`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from typing import Any

from station.domain.codec import personal_to_dict
from station.domain.model import (
    BirthDate,
    ErasedBiometrics,
    PersonalDetails,
    PersonName,
    WithdrawalEffect,
    withdrawal_effects,
)
from station.domain.roles import Permission, allowed
from station.domain.vocab import CardStatus, ConsentPurpose, EnrolmentStatus
from station.errors import NotFound, ValidationError
from station.services import face_gallery
from station.services.cards_service import refresh_revocations
from station.services.context import Actor, Station
from station.services.ports import CardRepository
from station.services.records import checked_number
from station.store import protection_queries as q

REVOKE_REASON = "consent-withdrawn"
LANGUAGE_ALIASES = {"eng": "en", "fra": "fr", "fre": "fr", "swa": "sw", "swh": "sw"}


@dataclass(frozen=True)
class ConsentText:
    version: str
    language: str
    title: str
    intro: str
    purposes: dict[str, str]
    agencies: tuple[str, ...]
    withdrawal: str

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "language": self.language, "title": self.title,
                "intro": self.intro, "purposes": dict(self.purposes),
                "agencies": list(self.agencies), "withdrawal": self.withdrawal}


def _texts_root() -> Any:
    return resources.files("station").joinpath("consent_texts")


def available_texts() -> list[tuple[str, str]]:
    """(version, language) of every consent text shipped with the station."""
    found = []
    for version in _texts_root().iterdir():
        if version.is_dir():
            found += [(version.name, f.name.removesuffix(".json"))
                      for f in version.iterdir() if f.name.endswith(".json")]
    return sorted(found)


def load_text(version: str, language: str) -> ConsentText:
    language = LANGUAGE_ALIASES.get(language.lower(), language.lower())
    path = _texts_root().joinpath(version, f"{language}.json")
    if not path.is_file():
        raise NotFound(f"no consent text version {version} in language {language}")
    data = json.loads(path.read_text(encoding="utf-8"))
    missing = {p.value for p in ConsentPurpose} - set(data["purposes"])
    if missing:
        raise ValidationError(f"consent text {version}/{language} lacks purposes: "
                              f"{', '.join(sorted(missing))}", field="consent_text")
    return ConsentText(data["version"], data["language"], data["title"], data["intro"],
                       data["purposes"], tuple(data.get("agencies", ())),
                       data.get("withdrawal", ""))


# Effects an officer may record but not carry out: revoking cards is supervisor-only, and so is
# erasing a record. A withdrawal that causes one of them waits, as a whole, for a supervisor's
# confirmation (four eyes: the officer who heard the person, the supervisor who confirms).
SUPERVISOR_EFFECTS = frozenset({WithdrawalEffect.REVOKE_CARDS, WithdrawalEffect.ERASE_RECORD})
CONFIRMING_PERMISSION = Permission.REVOKE_CARD
TOLD_AT_ONCE = "at once"
TOLD_LATER = "when a supervisor confirms it"


@dataclass
class WithdrawalResult:
    registration_number: str
    purpose: str
    already_withdrawn: bool
    erased: list[str] = field(default_factory=list)
    revoked_cards: list[str] = field(default_factory=list)
    # What waits for a supervisor's confirmation (empty: done at once)
    pending: list[str] = field(default_factory=list)

    @property
    def waiting_for_supervisor(self) -> bool:
        return bool(self.pending)

    @property
    def takes_effect(self) -> str:
        """What the person is told: when the erasure or revocation takes effect."""
        return TOLD_LATER if self.pending else TOLD_AT_ONCE

    def to_dict(self) -> dict[str, Any]:
        return {"registration_number": self.registration_number, "purpose": self.purpose,
                "already_withdrawn": self.already_withdrawn, "erased": self.erased,
                "revoked_cards": self.revoked_cards, "pending": self.pending,
                "waiting_for_supervisor": self.waiting_for_supervisor,
                "takes_effect": self.takes_effect}


@dataclass(frozen=True)
class PendingWithdrawal:
    """A recorded withdrawal whose revocation or erasure waits for a supervisor."""

    registration_number: str
    purposes: tuple[str, ...]
    effects: tuple[str, ...]
    recorded_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"registration_number": self.registration_number,
                "purposes": list(self.purposes), "effects": list(self.effects),
                "recorded_at": self.recorded_at.isoformat()}


def parse_purpose(text: str) -> ConsentPurpose:
    try:
        return ConsentPurpose(text.strip().lower())
    except ValueError:
        allowed = ", ".join(p.value for p in ConsentPurpose)
        raise ValidationError(f"purpose must be one of: {allowed}", field="purpose") from None


def withdraw_consent(station: Station, actor: Actor, number: str, purpose_text: str
                     ) -> WithdrawalResult:
    """Record a person's withdrawal (officer and up) and carry out what it requires.

    Erasures an officer may do (contacts) happen at once. When the withdrawal revokes cards or
    erases the record and `actor` may not revoke cards (an officer), nothing is erased or
    revoked yet: the withdrawal is listed by `pending_withdrawals` until a supervisor calls
    `confirm_withdrawal`; the result says so (`pending`, `takes_effect`).
    """
    actor.require(Permission.WITHDRAW_CONSENT)
    number = checked_number(number)
    purpose = parse_purpose(purpose_text)
    now = station.now()
    biometrics: ErasedBiometrics | None = None
    with station.store.transaction() as repo:
        before = repo.get_enrolment(number).consent
        after = before.withdraw(purpose, now)  # the rules: Consent.withdraw
        newly = [p for p, _ in after.withdrawn[len(before.withdrawn):]]
        for withdrawn in newly:
            q.record_withdrawal(repo, number, withdrawn.value, now)
        result = WithdrawalResult(number, purpose.value, already_withdrawn=purpose not in newly)
        effects = withdrawal_effects(purpose)
        if effects & SUPERVISOR_EFFECTS and not allowed(actor.role, CONFIRMING_PERMISSION):
            result.pending = sorted(e.value for e in _outstanding(repo, number))
            repo.append_audit(actor.username, "consent-withdrawn", number,
                              {"purpose": purpose.value, "erased": [], "revoked_cards": 0,
                               "waiting_for_supervisor": result.pending}, now)
            return result
        biometrics = _carry_out(repo, number, effects, now, result)
        q.release_for_sync(repo, number, now)
        repo.append_audit(actor.username, "consent-withdrawn", number,
                          _effect_details(result, biometrics, purpose=purpose.value), now)
    _after_effects(station, result, biometrics)
    return result


def pending_withdrawals(station: Station, actor: Actor) -> list[PendingWithdrawal]:
    """Withdrawals recorded by officers whose revocation or erasure waits (supervisor and up)."""
    actor.require(CONFIRMING_PERMISSION)
    found = []
    with station.store.reading() as repo:
        for number, _status, withdrawals in q.withdrawn_records(repo):
            outstanding = _outstanding(repo, number, withdrawals)
            if outstanding:
                found.append(PendingWithdrawal(
                    number, tuple(p.value for p, _ in withdrawals),
                    tuple(sorted(e.value for e in outstanding)),
                    max(at for _, at in withdrawals)))
    return found


def confirm_withdrawal(station: Station, supervisor: Actor, number: str) -> WithdrawalResult:
    """A supervisor confirms a withdrawal an officer recorded: the cards are revoked and the
    erasures done now, audited (`withdrawal-confirmed`)."""
    supervisor.require(CONFIRMING_PERMISSION)
    number = checked_number(number)
    now = station.now()
    with station.store.transaction() as repo:
        withdrawals = repo.get_enrolment(number).consent.withdrawn
        outstanding = _outstanding(repo, number, withdrawals)
        if not outstanding:
            raise NotFound(f"no withdrawal of consent waits for confirmation for {number}")
        purposes = sorted({p.value for p, _ in withdrawals})
        result = WithdrawalResult(number, ",".join(purposes), already_withdrawn=False)
        biometrics = _carry_out(repo, number, outstanding, now, result)
        q.release_for_sync(repo, number, now)
        repo.append_audit(supervisor.username, "withdrawal-confirmed", number,
                          _effect_details(result, biometrics, purposes=purposes), now)
    _after_effects(station, result, biometrics)
    return result


def _outstanding(repo: Any, number: str,
                 withdrawals: tuple[tuple[ConsentPurpose, datetime], ...] | None = None
                 ) -> frozenset[WithdrawalEffect]:
    """The revocations and erasures the record's withdrawals call for that are not done yet
    (read from the record itself: issued cards, a photo or template, a record not erased)."""
    if withdrawals is None:
        withdrawals = repo.get_enrolment(number).consent.withdrawn
    wanted: set[WithdrawalEffect] = set()
    for purpose, _ in withdrawals:
        wanted |= withdrawal_effects(purpose)
    if not wanted & SUPERVISOR_EFFECTS:
        return frozenset()
    left = set()
    if WithdrawalEffect.REVOKE_CARDS in wanted and any(
            card.status is CardStatus.ISSUED for card in repo.cards_of(number)):
        left.add(WithdrawalEffect.REVOKE_CARDS)
    if WithdrawalEffect.ERASE_RECORD in wanted and \
            repo.get_enrolment(number).status is not EnrolmentStatus.ERASED:
        left.add(WithdrawalEffect.ERASE_RECORD)
    if WithdrawalEffect.ERASE_BIOMETRICS in wanted and q.holds_biometrics(repo, number):
        left.add(WithdrawalEffect.ERASE_BIOMETRICS)
    return frozenset(left)


def _carry_out(repo: Any, number: str, effects: frozenset[WithdrawalEffect], now: datetime,
               result: WithdrawalResult) -> ErasedBiometrics | None:
    biometrics = None
    if WithdrawalEffect.ERASE_BIOMETRICS in effects:
        biometrics = repo.erase_biometrics(number)
        result.erased += ["photo", "template"]
    if WithdrawalEffect.REVOKE_CARDS in effects:
        result.revoked_cards = _revoke_cards(repo, number, now)
    if WithdrawalEffect.ERASE_CONTACTS in effects:
        q.rewrite_sealed(repo, number, _without_contacts)
        q.update_clear(repo, number, {"preferred_channel": "none"})
        result.erased += ["contact", "emergency_contacts", "family_contacts"]
    if WithdrawalEffect.ERASE_RECORD in effects:
        q.make_tombstone(repo, number, empty_body(), now)
        result.erased += ["details", "history"]
    return biometrics


def _effect_details(result: WithdrawalResult, biometrics: ErasedBiometrics | None,
                    **what: object) -> dict[str, object]:
    details: dict[str, object] = {**what, "erased": result.erased,
                                  "revoked_cards": len(result.revoked_cards)}
    if biometrics is not None:
        details["removed"] = {"photos": biometrics.photos, "templates": biometrics.templates}
    return details


def _after_effects(station: Station, result: WithdrawalResult,
                   biometrics: ErasedBiometrics | None) -> None:
    if biometrics is not None:
        face_gallery.forget(station, biometrics.gallery_key)
    if result.revoked_cards:
        refresh_revocations(station)  # offline verifiers using this station's list see it
    # secure_delete zeroed the freed pages; folding the WAL in removes the old frames. A
    # VACUUM (seconds on a large store) is left to `station purge`.
    q.compact(station.store, vacuum=False)


def _revoke_cards(repo: CardRepository, number: str, now: datetime) -> list[str]:
    revoked = []
    for card in repo.cards_of(number):
        if card.status is CardStatus.ISSUED:
            repo.update_card(card.revoke(REVOKE_REASON, now))
            revoked.append(card.card_number)
    return revoked


def _without_contacts(body: dict[str, Any]) -> dict[str, Any]:
    personal = dict(body["personal"])
    personal["contact"] = {"phone": "", "email": "", "preferred_channel": "none"}
    personal["emergency_contacts"] = []
    personal["family_contacts"] = []
    return {**body, "personal": personal}


def empty_body() -> dict[str, Any]:
    """Sealed details of an erased record: readable by the Repository, holding nothing."""
    nothing = PersonalDetails(PersonName("", ""), BirthDate(0))
    return {"personal": personal_to_dict(nothing), "extra": {"arrival_date": None}}
