"""ReviewDuplicate: supervisors decide suspected duplicates; nothing is merged automatically."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from station.domain.model import DuplicateCase
from station.domain.roles import Permission
from station.domain.vocab import CaseStatus, Decision, EnrolmentStatus
from station.errors import ConflictError, ValidationError
from station.services import biometric
from station.services.context import Actor, Station


def case_to_dict(case: DuplicateCase) -> dict[str, Any]:
    return {
        "case": case.case_id,
        "registration_number": case.registration_number,
        "status": case.status.value,
        "opened_at": case.opened_at.isoformat(),
        "candidates": [{"registration_number": c.registration_number,
                        "distance": round(c.distance, 4), "band": c.band}
                       for c in case.candidates],
        "decision": case.decision.value if case.decision else None,
        "decided_by": case.decided_by,
    }


def open_cases(station: Station, actor: Actor) -> list[DuplicateCase]:
    actor.require(Permission.LIST_RECORDS)
    with station.store.transaction() as repo:
        return repo.list_cases((CaseStatus.OPEN, CaseStatus.NEEDS_INFO))


def decide(station: Station, actor: Actor, case_id: int, decision: Decision, reason: str,
           same_as: str = "") -> DuplicateCase:
    """Record a supervisor's decision, with a reason, and apply it to the held enrolment.

    same: the new enrolment is cancelled and points to the existing record (its template leaves
    the gallery); different: the enrolment becomes active and may get a card; more-info: the
    case stays open, marked as waiting for information.
    """
    actor.require(Permission.DECIDE_DUPLICATE)
    if not reason.strip():
        raise ValidationError("a decision needs a reason", field="reason")
    now = station.now()
    with station.store.transaction() as repo:
        case = repo.get_case(case_id)
        if case.status is CaseStatus.DECIDED:
            raise ConflictError("this case was decided already")
        target = same_as.strip().upper() or (case.candidates[0].registration_number
                                             if case.candidates else "")
        if decision is Decision.SAME and target not in {c.registration_number
                                                        for c in case.candidates}:
            raise ValidationError("same person: name one of the case's candidates",
                                  field="same_as")
        status = CaseStatus.NEEDS_INFO if decision is Decision.MORE_INFO else CaseStatus.DECIDED
        case = replace(case, status=status, decision=decision, reason=reason.strip(),
                       decided_by=actor.username, decided_at=now)
        repo.update_case(case)
        if decision is Decision.SAME:
            repo.set_status(case.registration_number, EnrolmentStatus.CANCELLED,
                            merged_into=target, at=now)
        elif decision is Decision.DIFFERENT and len(repo.open_cases_of(
                case.registration_number)) == 0:
            repo.set_status(case.registration_number, EnrolmentStatus.ACTIVE, at=now)
        enrolment_key = repo.enrolment_id(case.registration_number)
        repo.append_audit(actor.username, "duplicate-decided", case.registration_number,
                          {"case": case_id, "decision": decision.value,
                           "same_as": target if decision is Decision.SAME else ""}, now)
    if decision is Decision.SAME:
        biometric.forget(station, enrolment_key)
    return case
