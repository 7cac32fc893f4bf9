"""Drafts: an enrolment in progress, kept encrypted so nothing typed is lost (own drafts only)."""

from __future__ import annotations

from typing import Any

from station.domain.roles import Permission
from station.services.context import Actor, Station
from station.store import draft_queries
from station.store.draft_queries import Draft

__all__ = ["Draft", "delete_draft", "latest_draft", "save_draft"]


def save_draft(station: Station, actor: Actor, data: dict[str, Any],
               draft_id: int | None) -> int:
    actor.require(Permission.ENROL)
    with station.store.transaction() as repo:
        return draft_queries.save_draft(repo, actor.username, data, station.now(), draft_id)


def latest_draft(station: Station, actor: Actor) -> draft_queries.Draft | None:
    actor.require(Permission.ENROL)
    with station.store.reading() as repo:
        drafts = draft_queries.list_drafts(repo, actor.username)
    return drafts[0] if drafts else None


def delete_draft(station: Station, actor: Actor | None, draft_id: int) -> None:
    """Remove one of the operator's own drafts (another operator's drafts are left alone)."""
    if actor is None:
        return
    with station.store.transaction() as repo:
        draft_queries.delete_draft(repo, draft_id, actor.username)
