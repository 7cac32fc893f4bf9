"""A plain in-memory repository for the fast tier: the `station.services.ports` protocols on
dicts, with the same errors the real `Repository` raises (NotFound, ConflictError)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from station.domain.model import Card, DuplicateCase, Operator
from station.domain.vocab import CaseStatus, EnrolmentStatus
from station.errors import ConflictError, NotFound


@dataclass(frozen=True)
class AuditRow:
    actor: str
    action: str
    subject: str
    details: dict[str, object]
    at: datetime


@dataclass
class HeldEnrolment:
    status: EnrolmentStatus
    merged_into: str = ""
    updated_at: datetime | None = None


@dataclass
class MemoryRepository:
    operators: dict[str, Operator] = field(default_factory=dict)
    cases: dict[int, DuplicateCase] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)
    enrolments: dict[str, HeldEnrolment] = field(default_factory=dict)
    audit: list[AuditRow] = field(default_factory=list)

    # -- audit -------------------------------------------------------------------------------
    def append_audit(self, actor: str, action: str, subject: str, details: dict[str, object],
                     at: datetime) -> AuditRow:
        row = AuditRow(actor, action, subject, dict(details), at)
        self.audit.append(row)
        return row

    def actions(self) -> list[str]:
        return [row.action for row in self.audit]

    # -- operators -----------------------------------------------------------------------------
    def add_operator(self, operator: Operator, created_at: datetime) -> None:
        if operator.username in self.operators:
            raise ConflictError("an operator with this user name exists already",
                                field="username")
        self.operators[operator.username] = operator

    def find_operator(self, username: str) -> Operator | None:
        return self.operators.get(username)

    def save_operator(self, operator: Operator) -> None:
        self.operators[operator.username] = operator

    def list_operators(self) -> list[Operator]:
        return [self.operators[name] for name in sorted(self.operators)]

    def operator_sealed(self, operator: Operator) -> bool:
        return self.operators.get(operator.username) == operator  # no file to edit by hand

    # -- duplicate cases and the enrolments they hold --------------------------------------------
    def enrolment_id(self, registration_number: str) -> int:
        if registration_number not in self.enrolments:
            raise NotFound("no enrolment with this registration number")
        return list(self.enrolments).index(registration_number) + 1

    def set_status(self, registration_number: str, status: EnrolmentStatus, *,
                   merged_into: str = "", at: datetime | None = None) -> None:
        self.enrolments[registration_number] = HeldEnrolment(status, merged_into, at)

    def get_case(self, case_id: int) -> DuplicateCase:
        if case_id not in self.cases:
            raise NotFound("no duplicate case with this number")
        return self.cases[case_id]

    def list_cases(self, statuses: tuple[CaseStatus, ...]) -> list[DuplicateCase]:
        return [case for _, case in sorted(self.cases.items()) if case.status in statuses]

    def open_cases_of(self, registration_number: str) -> list[DuplicateCase]:
        return [case for case in self.list_cases((CaseStatus.OPEN, CaseStatus.NEEDS_INFO))
                if case.registration_number == registration_number]

    def update_case(self, case: DuplicateCase) -> None:
        self.get_case(case.case_id)
        self.cases[case.case_id] = case

    # -- cards -----------------------------------------------------------------------------------
    def get_card(self, card_number: str) -> Card:
        if card_number not in self.cards:
            raise NotFound("no card with this number")
        return self.cards[card_number]

    def update_card(self, card: Card) -> None:
        self.get_card(card.card_number)
        self.cards[card.card_number] = card

    def cards_of(self, registration_number: str) -> list[Card]:
        return [c for c in self.cards.values() if c.registration_number == registration_number]
