"""Finding records by registration number (whole, or a fragment of it), card number, site,
or name (fuzzy, any script)."""

from __future__ import annotations

import re
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


EXACT, NUMBER_PART, SITE = 3.0, 1.6, 1.4  # scores above any name's (at most 1.0)
FRAGMENT = re.compile(r"^[A-Z0-9-]{3,}$")


def number_score(query: str, number: str, site: str, station_id: str) -> float:
    """How well a typed text matches a registration number: 0 when it does not.

    The site code ("DAR") or site and station ("DAR-01") find that place's records; a part of
    a number with a digit in it ("000002", "DAR-01-0000") finds the numbers that contain it.
    """
    text = query.strip().upper()
    if not FRAGMENT.match(text):
        return 0.0
    if text == number:
        return EXACT
    if text in (site, station_id):
        return SITE
    if any(ch.isdigit() for ch in text) and text in number:
        return NUMBER_PART
    return 0.0


def search_records(station: Station, actor: Actor, query: str, limit: int = 50
                   ) -> list[dict[str, Any]]:
    """By registration number (or a part of it), card number, site, or name (fuzzy, any script).

    An exact number (or the card's owner) comes first, then numbers containing the text and
    the site's records (in number order), then names by similarity.

    Results show names and birth dates, so this is a view of those records: it needs the
    view permission and the audit names every record shown (numbers only, never the query).
    """
    actor.require(Permission.VIEW_RECORD)
    query = query.strip()
    hits: list[tuple[float, dict[str, Any]]] = []
    # Decrypting every record is long: do it in a read unit, which never blocks an enrolment,
    # and only the audit row in a short write unit after.
    with station.store.reading() as repo:
        number = _as_number(query)
        card_owner = _card_owner(repo, query)
        for enrolment in repo.iter_enrolments():
            if enrolment.status == EnrolmentStatus.ERASED:
                continue
            name = enrolment.personal.name
            names = [name.given, name.family, name.other, name.given_latin, name.family_latin,
                     f"{name.given} {name.family}", f"{name.given_latin} {name.family_latin}"]
            if enrolment.registration_number in (number, card_owner):
                score = EXACT
            else:
                score = max(number_score(query, enrolment.registration_number, enrolment.site,
                                         f"{enrolment.site}-{enrolment.station}"),
                            name_score(query, names))
            if score >= 0.75:
                hits.append((score, {
                    "registration_number": enrolment.registration_number,
                    "given_name": name.given, "family_name": name.family,
                    "latin": f"{name.given_latin} {name.family_latin}".strip(),
                    "sex": enrolment.sex.value, "nationality": enrolment.nationality,
                    "birth": enrolment.personal.birth_date.isoformat(),
                    "status": enrolment.status.value}))
        hits.sort(key=lambda item: (-item[0], item[1]["registration_number"]))
    with station.store.transaction() as repo:
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
