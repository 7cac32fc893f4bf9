"""Finding records by registration number, card number or name (fuzzy, any script)."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from typing import Any

from station.domain.regno import NumberError, normalise_registration_number
from station.domain.roles import Permission
from station.domain.vocab import EnrolmentStatus
from station.services.context import Actor, Station


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
