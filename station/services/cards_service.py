"""IssueCard, reprint, replace, revoke: the card lifecycle of a station, and its revocation list.

A card is issued only for an active record (no open duplicate case) with an approved photo and
consent to a card. Reprints keep the number; replacement revokes the old number. Every print
is audited; revocations go into the station-signed revocation list that verifiers read.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from station.domain.model import Card, Enrolment
from station.domain.regno import NumberError, make_card_number, normalise_card_number
from station.domain.roles import Permission
from station.domain.vocab import CardStatus, ConsentPurpose, EnrolmentStatus
from station.errors import ConflictError, StationError, ValidationError
from station.services.context import Actor, Station
from station.services.enrolment import checked_sequence as _checked_sequence
from station.services.home import MAX_VALIDITY_DAYS
from station.services.ports import CardRepository
from station.services.records import checked_number


@dataclass
class CardResult:
    card_number: str
    registration_number: str
    issue_date: date
    expiry_date: date
    reprint: bool
    out: str
    facts: dict[str, Any]
    pdf: bytes = b""

    def to_dict(self) -> dict[str, Any]:
        return {"card_number": self.card_number,
                "registration_number": self.registration_number,
                "issue_date": self.issue_date.isoformat(),
                "expiry_date": self.expiry_date.isoformat(), "reprint": self.reprint,
                "out": self.out, **{k: v for k, v in self.facts.items() if k != "payload"}}


def station_key(station: Station) -> Any:
    """The key that signs cards: the one the registry certified once the station has joined."""
    from cards import StationKey
    from station.services.trust import signing_key

    return StationKey.from_private_bytes(signing_key(station))


def trust_bundle(station: Station) -> Any:
    """The station's trust bundle; a self-issued one until the station joins a registry."""
    from cards import TrustBundle

    path = station.home.trust_path
    if path.is_file():
        return TrustBundle.load(path)
    bundle = TrustBundle.self_issued(station_key(station), station.code.station_id,
                                     station.config.site)
    bundle.save(path)
    return bundle


def checked_card_number(number: str) -> str:
    try:
        return normalise_card_number(number)
    except NumberError as exc:
        raise ValidationError(f"card number: {exc}", field="card_number") from None


def _require_printable(enrolment: Enrolment, has_photo: bool) -> None:
    if enrolment.status is EnrolmentStatus.PENDING_REVIEW:
        raise ConflictError("a suspected duplicate awaits a supervisor's decision: no card yet")
    if enrolment.status is not EnrolmentStatus.ACTIVE:
        raise ConflictError(f"the record is {enrolment.status.value}: no card can be issued")
    if not enrolment.consent.allows(ConsentPurpose.CARD):
        raise ConflictError("the person has not consented to (or withdrew consent for) a card",
                            field="consent")
    if not has_photo:
        raise ConflictError("the record has no approved photo: capture one first", field="photo")


def card_record(station: Station, enrolment: Enrolment, card: Card, portrait: bytes) -> Any:
    from cards import CardRecord

    name = enrolment.personal.name
    given = " ".join(part for part in (name.given, name.other) if part)
    given_latin = " ".join(part for part in (name.given_latin or name.given,
                                             name.other_latin or name.other) if part)
    emergency = ""
    if enrolment.consent.allows(ConsentPurpose.EMERGENCY_CONTACT) and \
            enrolment.personal.emergency_contacts:
        contact = enrolment.personal.emergency_contacts[0]
        emergency = f"In emergency: {contact.name} ({contact.relationship}) {contact.phone}"
    return CardRecord(
        card_number=card.card_number, registration_number=enrolment.registration_number,
        given_names=given, family_name=name.family, sex=enrolment.sex.value,
        birth_date=enrolment.personal.birth_date.isoformat(),
        nationality=enrolment.nationality,
        issuing_site=station.config.site_name or station.config.site,
        issue_date=card.issue_date, expiry_date=card.expiry_date, portrait_jpeg=portrait,
        latin_given_names=given_latin, latin_family_name=name.family_latin or name.family,
        emergency_contact_line=emergency, issuing_state=station.config.issuing_state,
        emergency_contact_consent=bool(emergency), **_issuer_fields(station))


def _issuer_fields(station: Station) -> dict[str, str]:
    """The deployment's issuing state, authority and title (StationConfig), for the card."""
    config = station.config
    return {"state_name": config.issuing_state_name, "issuing_authority": config.issuing_authority,
            "title_local": config.card_title_local, "issuer": config.card_issuer,
            "location_code": config.site, "holder_mark": config.card_holder_mark}


def _render(key: Any, records: list[Any], sheet: bool) -> tuple[bytes, dict[str, Any]]:
    """The PDF in memory: nothing reaches the disk before the card is committed and audited."""
    from cards import CardError, render_card_pdf, render_sheet_pdf

    buffer = io.BytesIO()
    try:
        if sheet:
            facts = render_sheet_pdf(records, key, buffer)
        else:
            facts = render_card_pdf(records[0], key, buffer)
    except CardError as exc:
        raise ValidationError(f"card: {exc}", field=getattr(exc, "field", None)) from None
    return buffer.getvalue(), facts


def save_pdf(pdf: bytes, out: str | Path) -> None:
    """Write a card file whole or not at all, readable by its owner only."""
    from sync.atomic import write_atomically

    path = Path(out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, pdf, 0o600)
    except OSError as exc:
        raise StationError(f"cannot write the card file ({exc.strerror}); the card is "
                           "recorded: print it again as a reprint") from None


@dataclass
class _Taken:
    card: Card
    reprint: bool
    replaced: list[Card]
    record: Any


def _take_card(station: Station, repo: Any, number: str, replace_existing: bool) -> _Taken:
    """Within the caller's transaction: the person's valid card again, or a new card number
    (revoking the current card when it is being replaced)."""
    today = station.now().date()
    enrolment = repo.get_enrolment(number)
    photo = repo.get_photo(number)
    _require_printable(enrolment, photo is not None)
    current = [c for c in repo.cards_of(number) if c.is_valid_on(today)]
    reprint = bool(current) and not replace_existing
    if reprint:
        card = current[-1].reprinted()
        repo.update_card(card)
    else:
        validity = min(station.config.card_validity_days, MAX_VALIDITY_DAYS)
        sequence = _checked_sequence(repo.next_sequence("card"), "card")
        card = Card(make_card_number(station.code, sequence), number,
                    today, today + timedelta(days=validity), print_count=1)
        for old in current:
            repo.update_card(old.replace_with(card.card_number, station.now()))
        repo.add_card(card)
    return _Taken(card, reprint, current if replace_existing else [],
                  card_record(station, enrolment, card, photo.jpeg))


def issue_card(station: Station, actor: Actor, number: str, out: str | Path | None = None, *,
               sheet: bool = False, replace_existing: bool = False) -> CardResult:
    """Print the person's card: a reprint of the valid card, or a new card when none is valid.

    The card is numbered, rendered and audited in one transaction; the PDF is written to `out`
    (atomically) only after that commits. Without `out` the PDF stays in memory
    (`CardResult.pdf`), for a preview or the printer, and never touches the disk.
    """
    actor.require(Permission.PRINT_CARD)
    if replace_existing:
        actor.require(Permission.REVOKE_CARD)
    number = checked_number(number)
    trust_bundle(station)  # verifiers need the certificate of the key that signs this card
    key = station_key(station)  # before the write transaction: it may read the store itself
    with station.store.transaction() as repo:
        taken = _take_card(station, repo, number, replace_existing)
        pdf, facts = _render(key, [taken.record], sheet)
        repo.append_audit(actor.username, "card-reprint" if taken.reprint else "card-issue",
                          number, {"card": taken.card.card_number,
                                   "replaced": [c.card_number for c in taken.replaced]},
                          station.now())
    if out is not None:
        save_pdf(pdf, out)
    if taken.replaced:
        refresh_revocations(station)
    card = taken.card
    return CardResult(card.card_number, number, card.issue_date, card.expiry_date,
                      taken.reprint, str(out or ""), facts, pdf)


def print_sheet(station: Station, actor: Actor, numbers: list[str], out: str | Path | None = None
                ) -> tuple[bytes, dict[str, Any]]:
    """An A4 sheet of the current cards of several people (new cards where none is valid),
    all numbered, rendered and audited in one transaction."""
    actor.require(Permission.PRINT_CARD)
    checked = [checked_number(number) for number in numbers]
    trust_bundle(station)
    key = station_key(station)
    with station.store.transaction() as repo:
        taken = [_take_card(station, repo, number, False) for number in checked]
        pdf, facts = _render(key, [t.record for t in taken], sheet=True)
        for item in taken:
            repo.append_audit(actor.username, "card-reprint" if item.reprint else "card-issue",
                              item.record.registration_number,
                              {"card": item.card.card_number, "sheet": True}, station.now())
    if out is not None:
        save_pdf(pdf, out)
    return pdf, facts


def revoke_card(station: Station, actor: Actor, card_number: str, reason: str = "revoked"
                ) -> Card:
    """Withdraw a card from use, audited, and re-sign the station's revocation list."""
    actor.require(Permission.REVOKE_CARD)
    card_number = checked_card_number(card_number)
    with station.store.transaction() as repo:
        card = revoke_in(repo, actor, card_number, reason, station.now())
    refresh_revocations(station)
    return card


def revoke_in(repo: CardRepository, actor: Actor, card_number: str, reason: str,
              now: datetime) -> Card:
    """Within the caller's transaction: revoke one card (`Card.revoke`'s rules) and audit."""
    actor.require(Permission.REVOKE_CARD)
    card = repo.get_card(card_number).revoke(reason, now)
    repo.update_card(card)
    repo.append_audit(actor.username, "card-revoke", card.registration_number,
                      {"card": card_number}, now)  # the reason is free text: not audited
    return card


def refresh_revocations(station: Station) -> Any:
    """Re-sign the station's revocation list and put it in the local trust bundle."""
    from cards import RevocationList

    entries: dict[str, date] = {}
    with station.store.reading() as repo:
        for card in repo.all_cards():
            if card.status is not CardStatus.ISSUED and card.revoked_at is not None:
                entries[card.card_number] = card.revoked_at.date()
    signed = RevocationList(entries).sign(station_key(station), station.now().date())
    bundle = trust_bundle(station)
    bundle.add_revocation_list(signed)
    bundle.save(station.home.trust_path)
    return signed
