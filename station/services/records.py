"""Viewing and listing records. Every view of personal data is audited."""

from __future__ import annotations

from datetime import date
from typing import Any

from station.domain.codec.card import card_view
from station.domain.codec.case import case_summary
from station.domain.codec.enrolment import enrolment_view
from station.domain.codec.photo import photo_view
from station.domain.regno import NumberError, normalise_registration_number
from station.domain.roles import Permission
from station.domain.vocab import CaseStatus
from station.errors import ValidationError
from station.services.context import Actor, Station


def checked_number(number: str) -> str:
    try:
        return normalise_registration_number(number)
    except NumberError as exc:
        raise ValidationError(f"registration number: {exc}", field="registration_number") from None


def show_record(station: Station, actor: Actor, number: str) -> dict[str, Any]:
    """Everything held about one person (photo as size only), audited as a view."""
    actor.require(Permission.VIEW_RECORD)
    number = checked_number(number)
    with station.store.reading() as repo:
        enrolment = repo.get_enrolment(number)
        photo = repo.get_photo(number)
        cards = repo.cards_of(number)
        cases = [c for c in repo.list_cases(tuple(CaseStatus))
                 if c.registration_number == number]
    station.audit(actor, "view-record", number)
    return {
        **enrolment_view(enrolment, date.today()),
        "photo": None if photo is None else photo_view(photo),
        "cards": [card_view(c) for c in cards],
        "duplicate_cases": [case_summary(c) for c in cases],
    }


def list_records(station: Station, actor: Actor, limit: int = 100, offset: int = 0
                 ) -> list[dict[str, Any]]:
    """Numbers and statistical fields only: listing decrypts nothing."""
    actor.require(Permission.LIST_RECORDS)
    with station.store.reading() as repo:
        rows = repo.list_summaries(limit, offset)
    station.audit(actor, "list-records", count=len(rows))
    return rows


def verify_audit(station: Station, actor: Actor) -> Any:
    from station.domain.audit import verify_chain

    actor.require(Permission.VIEW_AUDIT)
    with station.store.reading() as repo:
        report = verify_chain(station.store.cipher.subkey("audit"),  # type: ignore[union-attr]
                              repo.iter_audit(), repo.audit_anchor())
    station.audit(actor, "audit-verified", "", intact=report.intact)
    return report


def work_waiting(station: Station, actor: Actor) -> dict[str, int]:
    """What waits for this operator, for the page list: open duplicate cases (for those who
    decide them) and records and card events not yet sent to the registry (for those who sync).
    Counts only, in one read unit that never blocks an enrolment; not audited (no personal
    data)."""
    from station.domain.roles import allowed
    from station.store import sync_queries

    waiting: dict[str, int] = {}
    with station.store.reading() as repo:
        if allowed(actor.role, Permission.DECIDE_DUPLICATE):
            waiting["open_cases"] = len(repo.list_cases((CaseStatus.OPEN,
                                                         CaseStatus.NEEDS_INFO)))
        if allowed(actor.role, Permission.SYNC):
            counts = sync_queries.sync_counts(repo)
            waiting["to_send"] = counts["pending"] + counts["cards_pending"]
    return waiting
