"""The correction history of one record: what each correction changed and what it replaced."""

from __future__ import annotations

from typing import Any

from station.domain.roles import Permission
from station.services.context import Actor, Station
from station.store import protection_queries

# Where each correctable field's earlier value sits in a stored version of the details
# (nationality, region and district are statistical columns: their history is not kept).
HISTORY_PATHS: dict[str, tuple[str, ...]] = {
    "given_name": ("name", "given"), "family_name": ("name", "family"),
    "other_names": ("name", "other"), "birth_date": ("birth_date",),
    "birth_year": ("birth_date",), "phone": ("contact", "phone"),
    "email": ("contact", "email"), "place": ("place",), "notes": ("notes",)}


def _earlier(before: dict[str, Any], field: str) -> str | None:
    value: Any = before.get("personal", before)  # stored as {"personal": ..., "extra": ...}
    for key in HISTORY_PATHS.get(field, ()):
        value = value.get(key) if isinstance(value, dict) else None
    return None if field not in HISTORY_PATHS or value is None else str(value)


def record_history(station: Station, actor: Actor, number: str) -> list[dict[str, Any]]:
    """The corrections of one record, oldest first: when, by whom, which fields and what they
    held before. Earlier values are personal data: a view, audited like one."""
    from station.services.records import checked_number

    actor.require(Permission.VIEW_RECORD)
    number = checked_number(number)
    with station.store.reading() as repo:
        versions = protection_queries.history(repo, number)
    station.audit(actor, "view-history", number, versions=len(versions))
    return [{"changed_at": v["changed_at"], "changed_by": v["changed_by"],
             "fields": list(v["fields"]),
             "before": {f: _earlier(v["before"], f) for f in v["fields"]}}
            for v in versions]
