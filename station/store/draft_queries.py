"""Enrolment drafts: the wizard's fields, sealed, so an interrupted enrolment resumes.

A draft holds personal data as typed, so it is encrypted like a record (context `draft:<id>`)
and deleted as soon as the enrolment is saved or abandoned.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from station.domain.codec import bindings as bind
from station.store import tables as t
from station.store.repository import Repository
from station.store.rows import utc


@dataclass(frozen=True)
class Draft:
    draft_id: int
    operator: str
    updated_at: datetime
    data: dict[str, Any]


def _context(draft_id: int) -> str:
    return bind.draft(draft_id)


def save_draft(repo: Repository, operator: str, data: dict[str, Any], at: datetime,
               draft_id: int | None = None) -> int:
    """Create or overwrite a draft; returns its id."""
    plain = json.dumps(data, ensure_ascii=False, sort_keys=True).encode()
    if draft_id is None:
        result = repo.connection.execute(
            insert(t.drafts).values(operator=operator, updated_at=at, sealed=b""))
        draft_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    sealed = repo.cipher.encrypt(plain, _context(draft_id))
    changed = repo.connection.execute(
        update(t.drafts).where(t.drafts.c.id == draft_id)
        .values(operator=operator, updated_at=at, sealed=sealed))
    if changed.rowcount == 0:  # deleted meanwhile (saved in another window): start afresh
        return save_draft(repo, operator, data, at, None)
    return draft_id


def list_drafts(repo: Repository, operator: str) -> list[Draft]:
    """The operator's drafts, newest first, decrypted."""
    rows = repo.connection.execute(
        select(t.drafts).where(t.drafts.c.operator == operator)
        .order_by(t.drafts.c.updated_at.desc())).all()
    drafts = []
    for row in rows:
        if not row.sealed:
            continue
        data = json.loads(repo.cipher.decrypt(row.sealed, _context(row.id)))
        updated = utc(row.updated_at) or row.updated_at
        drafts.append(Draft(int(row.id), row.operator, updated, data))
    return drafts


def delete_draft(repo: Repository, draft_id: int, operator: str) -> None:
    repo.connection.execute(delete(t.drafts).where(t.drafts.c.id == draft_id,
                                                   t.drafts.c.operator == operator))
