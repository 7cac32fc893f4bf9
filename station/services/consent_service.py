"""Consent: the versioned texts shown to people, and withdrawal of consent for one purpose.

Withdrawal takes effect at once at the station and goes to the registry with the next sync
batch (the record's batch_sequence is cleared):
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
from station.domain.roles import Permission
from station.domain.vocab import CardStatus, ConsentPurpose
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


@dataclass
class WithdrawalResult:
    registration_number: str
    purpose: str
    already_withdrawn: bool
    erased: list[str] = field(default_factory=list)
    revoked_cards: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"registration_number": self.registration_number, "purpose": self.purpose,
                "already_withdrawn": self.already_withdrawn, "erased": self.erased,
                "revoked_cards": self.revoked_cards}


def parse_purpose(text: str) -> ConsentPurpose:
    try:
        return ConsentPurpose(text.strip().lower())
    except ValueError:
        allowed = ", ".join(p.value for p in ConsentPurpose)
        raise ValidationError(f"purpose must be one of: {allowed}", field="purpose") from None


def withdraw_consent(station: Station, actor: Actor, number: str, purpose_text: str
                     ) -> WithdrawalResult:
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
        q.release_for_sync(repo, number, now)
        details: dict[str, object] = {"purpose": purpose.value, "erased": result.erased,
                                      "revoked_cards": len(result.revoked_cards)}
        if biometrics is not None:
            details["removed"] = {"photos": biometrics.photos,
                                  "templates": biometrics.templates}
        repo.append_audit(actor.username, "consent-withdrawn", number, details, now)
    if biometrics is not None:
        face_gallery.forget(station, biometrics.gallery_key)
    if result.revoked_cards:
        refresh_revocations(station)  # offline verifiers using this station's list see it
    # secure_delete zeroed the freed pages; folding the WAL in removes the old frames. A
    # VACUUM (seconds on a large store) is left to `station purge`.
    q.compact(station.store, vacuum=False)
    return result


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
