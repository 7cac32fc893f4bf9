"""ReviewDuplicate: supervisors decide suspected duplicates; nothing is merged automatically."""

from __future__ import annotations

from datetime import datetime

from station.domain.codec.case import case_to_dict as case_to_dict  # the view: one codec
from station.domain.model import CaseDecision, DuplicateCase
from station.domain.roles import Permission
from station.domain.vocab import CaseStatus, Decision
from station.services import face_gallery
from station.services.context import Actor, Station
from station.services.ports import CaseRepository


def open_cases(station: Station, actor: Actor) -> list[DuplicateCase]:
    actor.require(Permission.LIST_RECORDS)
    with station.store.reading() as repo:
        return repo.list_cases((CaseStatus.OPEN, CaseStatus.NEEDS_INFO))


def decide(station: Station, actor: Actor, case_id: int, decision: Decision, reason: str,
           same_as: str = "") -> DuplicateCase:
    """Record a supervisor's decision, with a reason, and apply it to the held enrolment.

    The rules are `DuplicateCase.decide`'s; a "same" decision also takes the held enrolment's
    template out of the match gallery, once the decision is committed.
    """
    actor.require(Permission.DECIDE_DUPLICATE)
    with station.store.transaction() as repo:
        decided, gallery_key = apply_decision(repo, actor, case_id, decision, reason, same_as,
                                              station.now())
    if decided.same_as:
        face_gallery.forget(station, gallery_key)
    return decided.case


def apply_decision(repo: CaseRepository, actor: Actor, case_id: int, decision: Decision,
                   reason: str, same_as: str, now: datetime) -> tuple[CaseDecision, int]:
    """Within the caller's transaction: decide the case, update the held enrolment, audit.

    Returns the decision and the held enrolment's gallery key.
    """
    actor.require(Permission.DECIDE_DUPLICATE)
    decided = repo.get_case(case_id).decide(decision, reason, by=actor.username, at=now,
                                            same_as=same_as)
    case = decided.case
    repo.update_case(case)
    status = decided.held_enrolment_becomes(len(repo.open_cases_of(case.registration_number)))
    if status is not None:
        repo.set_status(case.registration_number, status, merged_into=decided.same_as, at=now)
    repo.append_audit(actor.username, "duplicate-decided", case.registration_number,
                      {"case": case_id, "decision": decision.value, "same_as": decided.same_as},
                      now)
    return decided, repo.enrolment_id(case.registration_number)
