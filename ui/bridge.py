"""The windows' door to the station services (no Qt here; these functions run in workers).

Most calls go straight to `station.services.*`. A few read-only helpers live here because no
service offers them yet (candidate photos, name search, operator list, audit log page); each
checks the actor's permission and audits a view of personal data, like the services do.
Services still being built in parallel are looked up with `service()`, and pages show "not
available in this build" when one is missing.
"""

from __future__ import annotations

import importlib
import unicodedata
from dataclasses import replace
from difflib import SequenceMatcher
from types import ModuleType
from typing import Any

from station.domain.regno import NumberError, normalise_registration_number
from station.domain.roles import Permission
from station.domain.vocab import EnrolmentStatus
from station.errors import ValidationError
from station.services.context import Actor, Station
from station.store import draft_queries, protection_queries

SETTINGS = ("match_threshold", "possible_threshold", "card_validity_days",
            "idle_lock_minutes", "local_language", "registry_url")


def service(name: str) -> ModuleType | None:
    """`station.services.<name>` when that module exists in this build, else None."""
    try:
        return importlib.import_module(f"station.services.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"station.services.{name}":
            return None
        raise


def service_function(module: str, function: str) -> Any:
    loaded = service(module)
    return getattr(loaded, function, None) if loaded is not None else None


# -- drafts ---------------------------------------------------------------------------------
def save_draft(station: Station, actor: Actor, data: dict[str, Any],
               draft_id: int | None) -> int:
    actor.require(Permission.ENROL)
    with station.store.transaction() as repo:
        return draft_queries.save_draft(repo, actor.username, data, station.now(), draft_id)


def latest_draft(station: Station, actor: Actor) -> draft_queries.Draft | None:
    actor.require(Permission.ENROL)
    with station.store.transaction() as repo:
        drafts = draft_queries.list_drafts(repo, actor.username)
    return drafts[0] if drafts else None


def delete_draft(station: Station, actor: Actor | None, draft_id: int) -> None:
    """Remove one of the operator's own drafts (another operator's drafts are left alone)."""
    if actor is None:
        return
    with station.store.transaction() as repo:
        draft_queries.delete_draft(repo, draft_id, actor.username)


# -- photos of existing records -------------------------------------------------------------
def photos_of(station: Station, actor: Actor, numbers: list[str]) -> dict[str, bytes]:
    """Approved portraits of records (for duplicate alerts and reviews); audited as a view."""
    actor.require(Permission.VIEW_RECORD)
    found: dict[str, bytes] = {}
    with station.store.transaction() as repo:
        for number in numbers:
            photo = repo.get_photo(number)
            if photo is not None:
                found[number] = photo.jpeg
        for number in sorted(found):  # one event per record whose portrait was shown
            repo.append_audit(actor.username, "view-photo", number, {}, station.now())
    return found


# -- correction history -----------------------------------------------------------------------
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
    with station.store.transaction() as repo:
        versions = protection_queries.history(repo, number)
        repo.append_audit(actor.username, "view-history", number,
                          {"versions": len(versions)}, station.now())
    return [{"changed_at": v["changed_at"], "changed_by": v["changed_by"],
             "fields": list(v["fields"]),
             "before": {f: _earlier(v["before"], f) for f in v["fields"]}}
            for v in versions]


# -- search -----------------------------------------------------------------------------------
def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, in any script."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def name_score(query: str, names: list[str]) -> float:
    """Best fuzzy similarity (0..1) of the query against any name or full name."""
    wanted = fold(query)
    if not wanted:
        return 0.0
    best = 0.0
    for name in names:
        candidate = fold(name)
        if not candidate:
            continue
        if wanted in candidate:
            return 1.0
        best = max(best, SequenceMatcher(None, wanted, candidate).ratio())
        for word in candidate.split():
            best = max(best, SequenceMatcher(None, wanted, word).ratio())
    return best


def search_records(station: Station, actor: Actor, query: str, limit: int = 50
                   ) -> list[dict[str, Any]]:
    """By registration number, card number, or name (fuzzy, any script).

    Results show names and birth dates, so this is a view of those records: it needs the
    view permission and the audit names every record shown (numbers only, never the query).
    """
    actor.require(Permission.VIEW_RECORD)
    query = query.strip()
    hits: list[tuple[float, dict[str, Any]]] = []
    with station.store.transaction() as repo:
        number = _as_number(query)
        card_owner = _card_owner(repo, query)
        for enrolment in repo.iter_enrolments():
            if enrolment.status == EnrolmentStatus.ERASED:
                continue
            name = enrolment.personal.name
            names = [name.given, name.family, name.other, name.given_latin, name.family_latin,
                     f"{name.given} {name.family}", f"{name.given_latin} {name.family_latin}"]
            if enrolment.registration_number in (number, card_owner):
                score = 2.0
            else:
                score = name_score(query, names)
            if score >= 0.75:
                hits.append((score, {
                    "registration_number": enrolment.registration_number,
                    "given_name": name.given, "family_name": name.family,
                    "latin": f"{name.given_latin} {name.family_latin}".strip(),
                    "sex": enrolment.sex.value, "nationality": enrolment.nationality,
                    "birth": enrolment.personal.birth_date.isoformat(),
                    "status": enrolment.status.value}))
        hits.sort(key=lambda item: -item[0])
        repo.append_audit(actor.username, "search-records", "",
                          {"results": len(hits[:limit]),
                           "shown": [row["registration_number"] for _, row in hits[:limit]]},
                          station.now())
    return [row for _, row in hits[:limit]]


def _as_number(text: str) -> str:
    try:
        return normalise_registration_number(text)
    except NumberError:
        return ""


def _card_owner(repo: Any, text: str) -> str:
    if not text or " " in text:
        return ""
    try:
        return str(repo.get_card(text.strip().upper()).registration_number)
    except Exception:  # not a card number
        return ""


# -- administration -------------------------------------------------------------------------
def list_operators(station: Station, actor: Actor) -> list[dict[str, Any]]:
    actor.require(Permission.MANAGE_USERS)
    with station.store.transaction() as repo:
        operators = repo.list_operators()
    return [{"username": o.username, "role": o.role.value, "active": o.active,
             "locked_until": o.locked_until.isoformat() if o.locked_until else ""}
            for o in operators]


def audit_page(station: Station, actor: Actor, limit: int = 500) -> list[dict[str, Any]]:
    """The newest audit events (subjects are numbers, never names)."""
    actor.require(Permission.VIEW_AUDIT)
    with station.store.transaction() as repo:
        events = list(repo.iter_audit())
    events.sort(key=lambda e: e.sequence, reverse=True)
    return [{"sequence": e.sequence, "at": e.at.isoformat(timespec="seconds"), "actor": e.actor,
             "action": e.action, "subject": e.subject, "details": e.details}
            for e in events[:limit]]


def save_settings(station: Station, actor: Actor, changes: dict[str, Any]) -> None:
    """Thresholds, validity and idle lock; validated by the configuration, audited."""
    actor.require(Permission.MANAGE_KEYS)
    unknown = [key for key in changes if key not in SETTINGS]
    if unknown:
        raise ValidationError(f"unknown setting {unknown[0]}", field=unknown[0])
    updated = replace(station.config, **changes)
    station.home.save_config(updated)  # validates first: nothing changes on a bad value
    station.config = updated
    station.audit(actor, "settings-changed", "", fields=sorted(changes))


def last_acknowledgement(station: Station) -> str:
    """When the registry last acknowledged a batch of this station ("" when never)."""
    with station.store.transaction() as repo:
        times = [b.acknowledged_at for b in repo.list_batches() if b.acknowledged_at]
    return max(times).isoformat(timespec="minutes") if times else ""
