"""Operator accounts as an administrator sees and manages them."""

from __future__ import annotations

from typing import Any

from station.domain.roles import Permission
from station.services.context import Actor, Station


def list_operators(station: Station, actor: Actor) -> list[dict[str, Any]]:
    actor.require(Permission.MANAGE_USERS)
    with station.store.transaction() as repo:
        operators = repo.list_operators()
    return [{"username": o.username, "role": o.role.value, "active": o.active,
             "locked_until": o.locked_until.isoformat() if o.locked_until else ""}
            for o in operators]
