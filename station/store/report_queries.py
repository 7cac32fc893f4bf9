"""SQL behind the group-level reports: clear columns only, nothing is decrypted.

The rows are plain dicts with the keys `station.reports.profile` expects, so the registry can
feed the same report functions with rows from its own database.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, select

from station.domain.vocab import CardStatus, EnrolmentStatus
from station.store import tables as t
from station.store.repository import Repository

COUNTED = (EnrolmentStatus.ACTIVE.value, EnrolmentStatus.PENDING_REVIEW.value)
PROFILE_COLUMNS = ("site", "region", "district", "sex", "nationality", "age_band",
                   "arrival_month", "languages", "local_language", "preferred_channel",
                   "vulnerabilities", "created_at")


def profile_rows(repo: Repository) -> list[dict[str, Any]]:
    """One dict per person counted (active or awaiting duplicate review)."""
    columns = [t.enrolments.c[name] for name in PROFILE_COLUMNS]
    result = repo.connection.execute(
        select(*columns).where(t.enrolments.c.status.in_(COUNTED)))
    return [dict(zip(PROFILE_COLUMNS, row, strict=True)) for row in result]


def cards_expiring(repo: Repository, today: date, until: date) -> list[dict[str, Any]]:
    """Issued cards whose expiry falls between today and `until` (inclusive), by site."""
    rows = repo.connection.execute(
        select(t.enrolments.c.site, t.cards.c.card_number, t.enrolments.c.registration_number,
               t.cards.c.expiry_date)
        .select_from(t.cards.join(t.enrolments, t.enrolments.c.id == t.cards.c.enrolment_id))
        .where(and_(t.cards.c.status == CardStatus.ISSUED.value,
                    t.cards.c.expiry_date >= today, t.cards.c.expiry_date <= until,
                    t.enrolments.c.status.in_(COUNTED)))
        .order_by(t.enrolments.c.site, t.cards.c.expiry_date, t.cards.c.card_number))
    return [{"site": s, "card_number": c, "registration_number": n, "expiry_date": e}
            for s, c, n, e in rows]
