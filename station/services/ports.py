"""The few repository operations the rule-bearing services need, as protocols.

`station.store.repository.Repository` satisfies all of them on a real database; the fast test
tier gives the same services an in-memory implementation (tests/fast/memory_repository.py), so
the rules of duplicate decisions, operator accounts and card revocation are tested in
milliseconds, without SQLite or SQLAlchemy.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from station.domain.model import Card, DuplicateCase, Operator
from station.domain.vocab import CaseStatus, EnrolmentStatus


class AuditTrail(Protocol):
    def append_audit(self, actor: str, action: str, subject: str, details: dict[str, object],
                     at: datetime) -> object: ...


class CaseRepository(AuditTrail, Protocol):
    def get_case(self, case_id: int) -> DuplicateCase: ...

    def list_cases(self, statuses: tuple[CaseStatus, ...]) -> list[DuplicateCase]: ...

    def open_cases_of(self, registration_number: str) -> list[DuplicateCase]: ...

    def update_case(self, case: DuplicateCase) -> None: ...

    def set_status(self, registration_number: str, status: EnrolmentStatus, *,
                   merged_into: str = "", at: datetime | None = None) -> None: ...

    def enrolment_id(self, registration_number: str) -> int: ...


class OperatorRepository(AuditTrail, Protocol):
    def add_operator(self, operator: Operator, created_at: datetime) -> None: ...

    def find_operator(self, username: str) -> Operator | None: ...

    def save_operator(self, operator: Operator) -> None: ...

    def list_operators(self) -> list[Operator]: ...

    def operator_sealed(self, operator: Operator) -> bool:
        """The stored account carries a MAC of `operator` (not edited outside the station)."""
        ...


class CardRepository(AuditTrail, Protocol):
    def get_card(self, card_number: str) -> Card: ...

    def update_card(self, card: Card) -> None: ...

    def cards_of(self, registration_number: str) -> list[Card]: ...
