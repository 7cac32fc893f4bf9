"""An enrolment as plain data, in each of the forms it takes, all built here.

- the batch record (sync/FORMAT.md), `enrolment_to_dict`: the canonical form, the others are
  made from it;
- the store's clear columns, `record_columns` (also the registry's, from a batch record);
- the store's sealed body `{"personal": ..., "extra": {"arrival_date": ...}}`, `sealed_body`;
- the registry's sealed body, `central_body` (from a batch record);
- the record view, `enrolment_view`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from station.domain.codec.consent import consent_to_dict
from station.domain.codec.moments import as_utc
from station.domain.codec.personal import personal_from_dict, personal_to_dict
from station.domain.groups import derived_flags
from station.domain.model import Consent, Enrolment, Location, PersonalDetails
from station.domain.vocab import EnrolmentStatus, Need, Proficiency, Sex, Vulnerability


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def enrolment_to_dict(e: Enrolment, age_band: str) -> dict[str, Any]:
    """The batch record: clear statistical fields, the personal details, the consent."""
    return {
        "registration_number": e.registration_number, "site": e.site, "station": e.station,
        "status": e.status.value, "sex": e.sex.value, "nationality": e.nationality,
        "age_band": age_band, "region": e.location.region, "district": e.location.district,
        "arrival_month": e.arrival_date.strftime("%Y-%m") if e.arrival_date else "",
        "languages": list(e.languages), "local_language": e.local_language.value,
        "preferred_channel": e.preferred_channel.value,
        "vulnerabilities": sorted(v.value for v in e.vulnerabilities),
        "needs": sorted(n.value for n in e.needs), "created_at": e.created_at.isoformat(),
        "created_by": e.created_by,
        "updated_at": _iso(e.updated_at),
        "merged_into": e.merged_into, "personal": personal_to_dict(e.personal),
        "arrival_date": _iso(e.arrival_date),
        "consent": consent_to_dict(e.consent),
    }


def _when(text: Any) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def record_columns(record: Mapping[str, Any]) -> dict[str, Any]:
    """The clear columns the station store and the registry share, from a batch record.

    Values are coerced to text, since the registry takes them from a batch.
    """
    return {
        "registration_number": str(record["registration_number"]),
        "site": str(record.get("site", "")), "status": str(record["status"]),
        "sex": str(record["sex"]), "nationality": str(record["nationality"]),
        "age_band": str(record.get("age_band", "")), "region": str(record.get("region", "")),
        "district": str(record.get("district", "")),
        "arrival_month": str(record.get("arrival_month", "")),
        "languages": ",".join(record.get("languages", [])),
        "local_language": str(record.get("local_language", "")),
        "preferred_channel": str(record.get("preferred_channel", "")),
        "vulnerabilities": ",".join(record.get("vulnerabilities", [])),
        "needs": ",".join(record.get("needs", [])),
        "created_at": _when(record["created_at"]), "updated_at": _when(record.get("updated_at")),
        "merged_into": str(record.get("merged_into", "")),
    }


def store_columns(e: Enrolment, age_band: str) -> dict[str, Any]:
    """The station store's clear `enrolments` columns."""
    return {**record_columns(enrolment_to_dict(e, age_band)), "station": e.station,
            "created_by": e.created_by}


def body_dict(personal: PersonalDetails, arrival_date: date | None) -> dict[str, Any]:
    """The station store's sealed body as plain data (erasure rewrites it in this form)."""
    return {"personal": personal_to_dict(personal),
            "extra": {"arrival_date": _iso(arrival_date)}}


def sealed_body(e: Enrolment) -> bytes:
    """The bytes the station store encrypts for a record."""
    return json.dumps(body_dict(e.personal, e.arrival_date), ensure_ascii=False).encode()


def body_from_sealed(plain: bytes) -> tuple[PersonalDetails, date | None]:
    body = json.loads(plain)
    arrival = body["extra"].get("arrival_date")
    return (personal_from_dict(body["personal"]),
            datetime.fromisoformat(arrival).date() if arrival else None)


def enrolment_from_store(row: Any, plain: bytes, consent: Consent) -> Enrolment:
    """An enrolment from the store's clear columns (`row`), its decrypted body and consent."""
    personal, arrival = body_from_sealed(plain)
    return Enrolment(
        registration_number=row.registration_number,
        site=row.site,
        station=row.station,
        personal=personal,
        sex=Sex(row.sex),
        nationality=row.nationality,
        consent=consent,
        created_at=as_utc(row.created_at),
        created_by=row.created_by,
        location=Location(row.region, row.district, personal.place),
        languages=tuple(row.languages.split(",")) if row.languages else (),
        local_language=Proficiency(row.local_language),
        arrival_date=arrival,
        vulnerabilities=frozenset(Vulnerability(v) for v in row.vulnerabilities.split(",") if v),
        needs=frozenset(Need(n) for n in row.needs.split(",") if n),
        status=EnrolmentStatus(row.status),
        updated_at=as_utc(row.updated_at),
        merged_into=row.merged_into,
    )


def central_body(record: Mapping[str, Any]) -> dict[str, Any]:
    """What the registry seals of a batch record: the details, consent and who enrolled."""
    return {"personal": record.get("personal", {}), "arrival_date": record.get("arrival_date"),
            "consent": record.get("consent", {}), "created_by": record.get("created_by")}


def enrolment_view(e: Enrolment, today: date) -> dict[str, Any]:
    """The record view (the record page, `store show --json`, subject access)."""
    record = enrolment_to_dict(e, "")
    return {
        **{key: record[key] for key in ("registration_number", "status", "merged_into", "site",
                                         "station")},
        **record["personal"],
        "sex": record["sex"], "nationality": record["nationality"],
        "location": {"region": e.location.region, "district": e.location.district,
                     "place": e.personal.place},
        **{key: record[key] for key in ("languages", "local_language", "arrival_date",
                                         "vulnerabilities")},
        "derived_flags": sorted(derived_flags(e, today)),
        **{key: record[key] for key in ("needs", "consent", "created_at", "created_by",
                                         "updated_at")},
    }
