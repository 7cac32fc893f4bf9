"""Consent: the record and batch form, the store's columns, and the withdrawals list.

Withdrawals are written two ways, each kept as it always was: the store's column holds
`[[purpose, at], ...]` (stored bytes are a format: a station rolled back to an earlier release
must still open its records) and the batch form is `[{"purpose": ..., "at": ...}, ...]`
(sync/FORMAT.md). The decoder reads both.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from station.domain.codec.moments import as_utc
from station.domain.model import Consent
from station.domain.vocab import ConsentPurpose

Withdrawals = tuple[tuple[ConsentPurpose, datetime], ...]


def withdrawals_to_list(withdrawn: Withdrawals) -> list[dict[str, str]]:
    return [{"purpose": p.value, "at": at.isoformat()} for p, at in withdrawn]


def withdrawals_from_list(items: list[Any]) -> Withdrawals:
    """Either encoding: `{"purpose", "at"}` objects or the older `[purpose, at]` pairs."""
    pairs = ((item["purpose"], item["at"]) if isinstance(item, dict) else (item[0], item[1])
             for item in items)
    return tuple((ConsentPurpose(p), datetime.fromisoformat(at)) for p, at in pairs)


def withdrawals_to_json(withdrawn: Withdrawals) -> str:
    """The store's `consents.withdrawn` column: `[[purpose, at], ...]`, as ever."""
    return json.dumps([[p.value, at.isoformat()] for p, at in withdrawn])


def withdrawals_from_json(text: str | None) -> Withdrawals:
    return withdrawals_from_list(json.loads(text or "[]"))


def consent_to_dict(consent: Consent) -> dict[str, Any]:
    """The form in batches, record views and subject-access exports."""
    return {
        "text_version": consent.text_version,
        "language": consent.language,
        "purposes": sorted(p.value for p in consent.purposes),
        "active_purposes": sorted(p.value for p in consent.active_purposes()),
        "given_at": consent.given_at.isoformat(),
        "recorded_by": consent.recorded_by,
        "withdrawn": withdrawals_to_list(consent.withdrawn),
    }


def consent_from_dict(data: dict[str, Any]) -> Consent:
    return Consent(
        text_version=data["text_version"],
        language=data["language"],
        purposes=frozenset(ConsentPurpose(p) for p in data["purposes"]),
        given_at=datetime.fromisoformat(data["given_at"]),
        recorded_by=data["recorded_by"],
        withdrawn=withdrawals_from_list(data.get("withdrawn", [])),
    )


def consent_columns(consent: Consent) -> dict[str, Any]:
    """The station store's `consents` columns (all in clear: they hold no personal data)."""
    return {
        "text_version": consent.text_version,
        "language": consent.language,
        "purposes": ",".join(sorted(p.value for p in consent.purposes)),
        "given_at": consent.given_at,
        "recorded_by": consent.recorded_by,
        "withdrawn": withdrawals_to_json(consent.withdrawn),
    }


def consent_from_columns(row: Any) -> Consent:
    """From an object with the `consents` columns as attributes (a database row)."""
    given_at = as_utc(row.given_at)
    return Consent(
        text_version=row.text_version,
        language=row.language,
        purposes=frozenset(ConsentPurpose(p) for p in row.purposes.split(",") if p),
        given_at=given_at,
        recorded_by=row.recorded_by,
        withdrawn=withdrawals_from_json(row.withdrawn),
    )
