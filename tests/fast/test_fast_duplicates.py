"""Duplicate cases: the decision rules on the domain object, and the service on memory."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from station.domain.model import DuplicateCandidate, DuplicateCase
from station.domain.vocab import CaseStatus, Decision, EnrolmentStatus, Role
from station.errors import ConflictError, PermissionDenied, ValidationError
from station.services.context import Actor
from station.services.duplicates import apply_decision
from station.services.ports import CaseRepository
from tests.fast.memory_repository import MemoryRepository

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
HELD, CLOSEST, OTHER = "DAR01-000007-3", "DAR01-000002-8", "DAR01-000004-1"
SUPERVISOR = Actor("sam", Role.SUPERVISOR)


def case(case_id: int = 1, held: str = HELD) -> DuplicateCase:
    return DuplicateCase(case_id, held, (DuplicateCandidate(CLOSEST, 0.31, "match"),
                                         DuplicateCandidate(OTHER, 0.52, "possible")), NOW)


def held_repository(*cases: DuplicateCase) -> MemoryRepository:
    repo = MemoryRepository()
    repo.set_status(HELD, EnrolmentStatus.PENDING_REVIEW)
    for item in cases or (case(),):
        repo.cases[item.case_id] = item
    return repo


def test_same_person_defaults_to_the_closest_candidate() -> None:
    decided = case().decide(Decision.SAME, " same face and name ", by="sam", at=NOW)
    assert decided.same_as == CLOSEST
    assert decided.case.status is CaseStatus.DECIDED
    assert (decided.case.reason, decided.case.decided_by, decided.case.decided_at) == (
        "same face and name", "sam", NOW)
    assert decided.held_enrolment_becomes(other_open_cases=0) is EnrolmentStatus.CANCELLED


def test_same_person_must_be_one_of_the_candidates() -> None:
    assert case().decide(Decision.SAME, "r", by="sam", at=NOW,
                         same_as=OTHER.lower()).same_as == OTHER
    with pytest.raises(ValidationError, match="candidates") as caught:
        case().decide(Decision.SAME, "r", by="sam", at=NOW, same_as="DAR01-000099-9")
    assert caught.value.field == "same_as"


def test_a_decision_needs_a_reason_and_happens_once() -> None:
    with pytest.raises(ValidationError, match="reason"):
        case().decide(Decision.DIFFERENT, "  ", by="sam", at=NOW)
    decided = case().decide(Decision.DIFFERENT, "twins", by="sam", at=NOW).case
    with pytest.raises(ConflictError, match="decided already"):
        decided.decide(Decision.SAME, "changed my mind", by="sam", at=NOW)


def test_more_information_parks_the_case_and_it_can_be_decided_later() -> None:
    parked = case().decide(Decision.MORE_INFO, "ask for a document", by="sam", at=NOW)
    assert parked.case.status is CaseStatus.NEEDS_INFO and parked.same_as == ""
    assert parked.held_enrolment_becomes(other_open_cases=0) is None
    later = parked.case.decide(Decision.DIFFERENT, "document seen", by="sam", at=NOW)
    assert later.held_enrolment_becomes(other_open_cases=0) is EnrolmentStatus.ACTIVE
    assert later.held_enrolment_becomes(other_open_cases=1) is None


def test_service_cancels_the_held_enrolment_and_audits_without_the_reason() -> None:
    repo = held_repository()
    ports: CaseRepository = repo  # the memory repository keeps the services' protocol
    decided, key = apply_decision(ports, SUPERVISOR, 1, Decision.SAME, "same person", "", NOW)
    assert key == repo.enrolment_id(HELD)
    assert repo.cases[1].status is CaseStatus.DECIDED
    assert repo.enrolments[HELD].status is EnrolmentStatus.CANCELLED
    assert repo.enrolments[HELD].merged_into == CLOSEST == decided.same_as
    (row,) = repo.audit
    assert (row.actor, row.action, row.subject) == ("sam", "duplicate-decided", HELD)
    assert row.details == {"case": 1, "decision": "same", "same_as": CLOSEST}


def test_service_activates_the_held_enrolment_only_when_its_last_case_is_decided() -> None:
    repo = held_repository(case(1), case(2))
    apply_decision(repo, SUPERVISOR, 1, Decision.DIFFERENT, "another person", "", NOW)
    assert repo.enrolments[HELD].status is EnrolmentStatus.PENDING_REVIEW
    apply_decision(repo, SUPERVISOR, 2, Decision.DIFFERENT, "another person", "", NOW)
    assert repo.enrolments[HELD].status is EnrolmentStatus.ACTIVE


def test_service_refuses_an_officer_and_leaves_the_case_open() -> None:
    repo = held_repository()
    with pytest.raises(PermissionDenied):
        apply_decision(repo, Actor("olga", Role.OFFICER), 1, Decision.SAME, "r", "", NOW)
    assert repo.cases[1].status is CaseStatus.OPEN and repo.audit == []
