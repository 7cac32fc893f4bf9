"""Card lifecycle rules (revoke with a reason, replace) and the revoke service on memory."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from station.domain.model import Card
from station.domain.vocab import CardStatus, Role
from station.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from station.services.cards_service import revoke_in
from station.services.context import Actor
from tests.fast.memory_repository import MemoryRepository

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
CARD = Card("CDAR01-000001-5", "DAR01-000001-9", date(2026, 1, 5), date(2027, 1, 5),
            print_count=1)


def test_revoke_keeps_a_short_reason_and_happens_once() -> None:
    revoked = CARD.revoke("  lost at the market " + "x" * 60, NOW)
    assert revoked.status is CardStatus.REVOKED and revoked.revoked_at == NOW
    assert revoked.revoke_reason.startswith("lost at the market")
    assert len(revoked.revoke_reason) == 40
    with pytest.raises(ConflictError, match="already revoked"):
        revoked.revoke("again", NOW)
    with pytest.raises(ValidationError, match="reason"):
        CARD.revoke(" ", NOW)


def test_replacement_points_to_the_new_card_and_cannot_be_revoked_after() -> None:
    replaced = CARD.replace_with("CDAR01-000002-3", NOW)
    assert (replaced.status, replaced.replaced_by, replaced.revoke_reason) == (
        CardStatus.REPLACED, "CDAR01-000002-3", "replaced")
    assert not replaced.is_valid_on(date(2026, 6, 1))
    with pytest.raises(ConflictError, match="already replaced"):
        replaced.revoke("lost", NOW)


def test_validity_and_reprints() -> None:
    assert CARD.is_valid_on(date(2027, 1, 5)) and not CARD.is_valid_on(date(2027, 1, 6))
    assert CARD.reprinted().print_count == 2 and CARD.reprinted().card_number == CARD.card_number


def test_revoke_service_saves_and_audits_without_the_free_text_reason() -> None:
    repo = MemoryRepository(cards={CARD.card_number: CARD})
    revoke_in(repo, Actor("sam", Role.SUPERVISOR), CARD.card_number, "lost", NOW)
    assert repo.cards[CARD.card_number].status is CardStatus.REVOKED
    (row,) = repo.audit
    assert (row.action, row.subject, row.details) == (
        "card-revoke", CARD.registration_number, {"card": CARD.card_number})


def test_revoke_service_refuses_officers_and_unknown_cards() -> None:
    repo = MemoryRepository(cards={CARD.card_number: CARD})
    with pytest.raises(PermissionDenied):
        revoke_in(repo, Actor("olga", Role.OFFICER), CARD.card_number, "lost", NOW)
    with pytest.raises(NotFound):
        revoke_in(repo, Actor("sam", Role.SUPERVISOR), "CDAR01-000009-9", "lost", NOW)
    assert repo.cards[CARD.card_number].status is CardStatus.ISSUED and repo.audit == []
