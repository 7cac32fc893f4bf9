"""The audit log as a page of newest events (subjects are numbers, never names)."""

from __future__ import annotations

from typing import Any

from station.domain.roles import Permission
from station.services.context import Actor, Station


def audit_page(station: Station, actor: Actor, limit: int = 500) -> list[dict[str, Any]]:
    """The newest audit events (subjects are numbers, never names)."""
    actor.require(Permission.VIEW_AUDIT)
    with station.store.reading() as repo:
        events = list(repo.iter_audit())
    events.sort(key=lambda e: e.sequence, reverse=True)
    return [{"sequence": e.sequence, "at": e.at.isoformat(timespec="seconds"), "actor": e.actor,
             "action": e.action, "subject": e.subject, "details": e.details}
            for e in events[:limit]]
