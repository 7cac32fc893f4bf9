"""The personal details (the sealed part of an enrolment) as plain data and canonical bytes."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from station.domain.model import (
    BirthDate,
    Contact,
    IdentityDocument,
    PersonalDetails,
    PersonName,
    RelatedPerson,
)
from station.domain.vocab import Channel


def _related(items: tuple[RelatedPerson, ...]) -> list[dict[str, Any]]:
    return [
        {"name": p.name, "relationship": p.relationship, "phone": p.phone,
         "birth_year": p.birth_year, "registration_number": p.registration_number}
        for p in items
    ]


def _related_back(items: list[dict[str, Any]]) -> tuple[RelatedPerson, ...]:
    return tuple(RelatedPerson(**item) for item in items)


def personal_to_dict(details: PersonalDetails) -> dict[str, Any]:
    name = details.name
    return {
        "name": {"given": name.given, "family": name.family, "other": name.other,
                 "given_latin": name.given_latin, "family_latin": name.family_latin,
                 "other_latin": name.other_latin},
        "birth_date": details.birth_date.isoformat(),
        "birth_date_estimated": details.birth_date.estimated,
        "contact": {"phone": details.contact.phone, "email": details.contact.email,
                    "preferred_channel": details.contact.preferred_channel.value},
        "place": details.place,
        "emergency_contacts": _related(details.emergency_contacts),
        "family_contacts": _related(details.family_contacts),
        "dependants": _related(details.dependants),
        "documents": [
            {"kind": d.kind, "number": d.number, "issuing_country": d.issuing_country,
             "expiry": d.expiry.isoformat() if d.expiry else None}
            for d in details.documents
        ],
        "notes": details.notes,
    }


def personal_from_dict(data: dict[str, Any]) -> PersonalDetails:
    contact = data.get("contact", {})
    return PersonalDetails(
        name=PersonName(**data["name"]),
        birth_date=BirthDate.parse(data["birth_date"]),
        contact=Contact(contact.get("phone", ""), contact.get("email", ""),
                        Channel(contact.get("preferred_channel", "none"))),
        place=data.get("place", ""),
        emergency_contacts=_related_back(data.get("emergency_contacts", [])),
        family_contacts=_related_back(data.get("family_contacts", [])),
        dependants=_related_back(data.get("dependants", [])),
        documents=tuple(
            IdentityDocument(d["kind"], d.get("number", ""), d.get("issuing_country", ""),
                             date.fromisoformat(d["expiry"]) if d.get("expiry") else None)
            for d in data.get("documents", [])
        ),
        notes=data.get("notes", ""),
    )


def personal_to_bytes(details: PersonalDetails) -> bytes:
    return json.dumps(personal_to_dict(details), ensure_ascii=False,
                      separators=(",", ":")).encode()


def personal_from_bytes(blob: bytes) -> PersonalDetails:
    return personal_from_dict(json.loads(blob))
