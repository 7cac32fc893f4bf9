"""Viewing and listing records. Every view of personal data is audited."""

from __future__ import annotations

from datetime import date
from typing import Any

from station.domain.codec import consent_to_dict, personal_to_dict
from station.domain.groups import derived_flags
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
    with station.store.transaction() as repo:
        enrolment = repo.get_enrolment(number)
        photo = repo.get_photo(number)
        cards = repo.cards_of(number)
        cases = [c for c in repo.list_cases(tuple(CaseStatus))
                 if c.registration_number == number]
        repo.append_audit(actor.username, "view-record", number, {}, station.now())
    return {
        "registration_number": enrolment.registration_number,
        "status": enrolment.status.value,
        "merged_into": enrolment.merged_into,
        "site": enrolment.site,
        "station": enrolment.station,
        **personal_to_dict(enrolment.personal),
        "sex": enrolment.sex.value,
        "nationality": enrolment.nationality,
        "location": {"region": enrolment.location.region,
                     "district": enrolment.location.district,
                     "place": enrolment.personal.place},
        "languages": list(enrolment.languages),
        "local_language": enrolment.local_language.value,
        "arrival_date": enrolment.arrival_date.isoformat() if enrolment.arrival_date else None,
        "vulnerabilities": sorted(v.value for v in enrolment.vulnerabilities),
        "derived_flags": sorted(derived_flags(enrolment, date.today())),
        "needs": sorted(n.value for n in enrolment.needs),
        "consent": consent_to_dict(enrolment.consent),
        "created_at": enrolment.created_at.isoformat(),
        "created_by": enrolment.created_by,
        "updated_at": enrolment.updated_at.isoformat() if enrolment.updated_at else None,
        "photo": None if photo is None else {
            "source": photo.source, "bytes": len(photo.jpeg),
            "quality_passed": photo.quality_passed, "quality_override": photo.quality_override,
            "liveness_passed": photo.liveness_passed},
        "cards": [{"card_number": c.card_number, "status": c.status.value,
                   "issue_date": c.issue_date.isoformat(),
                   "expiry_date": c.expiry_date.isoformat(), "print_count": c.print_count}
                  for c in cards],
        "duplicate_cases": [{"case": c.case_id, "status": c.status.value,
                             "decision": c.decision.value if c.decision else None}
                            for c in cases],
    }


def list_records(station: Station, actor: Actor, limit: int = 100, offset: int = 0
                 ) -> list[dict[str, Any]]:
    """Numbers and statistical fields only: listing decrypts nothing."""
    actor.require(Permission.LIST_RECORDS)
    with station.store.transaction() as repo:
        rows = repo.list_summaries(limit, offset)
        repo.append_audit(actor.username, "list-records", "", {"count": len(rows)},
                          station.now())
    return rows


def verify_audit(station: Station, actor: Actor) -> Any:
    from station.domain.audit import verify_chain

    actor.require(Permission.VIEW_AUDIT)
    with station.store.transaction() as repo:
        report = verify_chain(station.store.cipher.subkey("audit"),  # type: ignore[union-attr]
                              repo.iter_audit(), repo.audit_anchor())
    station.audit(actor, "audit-verified", "", intact=report.intact)
    return report
