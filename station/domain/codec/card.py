"""An ID card as plain data: the batch form (sync/FORMAT.md) and the short form of a view."""

from __future__ import annotations

from typing import Any

from station.domain.model import Card

VIEW_FIELDS = ("card_number", "status", "issue_date", "expiry_date", "print_count")


def card_to_dict(card: Card) -> dict[str, Any]:
    return {"card_number": card.card_number, "registration_number": card.registration_number,
            "issue_date": card.issue_date.isoformat(),
            "expiry_date": card.expiry_date.isoformat(),
            "status": card.status.value, "print_count": card.print_count,
            "revoked_at": card.revoked_at.isoformat() if card.revoked_at else None,
            "revoke_reason": card.revoke_reason, "replaced_by": card.replaced_by}


def card_view(card: Card) -> dict[str, Any]:
    """What a record view lists of each card."""
    data = card_to_dict(card)
    return {key: data[key] for key in VIEW_FIELDS}

