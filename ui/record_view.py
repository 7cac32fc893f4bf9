"""Flattening a record (from `records.show_record`) into labelled lines, for display and
side-by-side comparison. Qt-free."""

from __future__ import annotations

from typing import Any


def record_lines(record: dict[str, Any]) -> list[tuple[str, str]]:
    name = record.get("name", {})
    contact = record.get("contact", {})
    location = record.get("location", {})
    people = ("; ".join(f"{p['name']} ({p['relationship']}) {p.get('phone', '')}".strip()
                        for p in record.get(key, [])) for key in
              ("emergency_contacts", "family_contacts", "dependants"))
    emergency, family, dependants = people
    return [
        ("Registration number", record.get("registration_number", "")),
        ("Status", record.get("status", "")),
        ("Given name", name.get("given", "")),
        ("Family name", name.get("family", "")),
        ("Other names", name.get("other", "")),
        ("Latin", f"{name.get('given_latin', '')} {name.get('family_latin', '')}".strip()),
        ("Sex", record.get("sex", "")),
        ("Birth", record.get("birth_date", "")
         + (" (estimated)" if record.get("birth_date_estimated") else "")),
        ("Nationality", record.get("nationality", "")),
        ("Languages", ", ".join(record.get("languages", []))),
        ("Region", location.get("region", "")),
        ("District", location.get("district", "")),
        ("Place", location.get("place", "")),
        ("Phone", contact.get("phone", "")),
        ("E-mail", contact.get("email", "")),
        ("Emergency contacts", emergency),
        ("Family contacts", family),
        ("Dependants", dependants),
        ("Vulnerabilities", ", ".join(record.get("vulnerabilities", []))),
        ("Needs", ", ".join(record.get("needs", []))),
        ("Registered", f"{record.get('created_at', '')[:16]} {record.get('site', '')}"
                       f"-{record.get('station', '')}"),
    ]


def differences(left: dict[str, Any], right: dict[str, Any]) -> set[str]:
    """Labels whose values differ (registration number and status excepted)."""
    a, b = dict(record_lines(left)), dict(record_lines(right))
    return {label for label in a if label not in ("Registration number", "Status", "Registered")
            and a[label].casefold().strip() != b.get(label, "").casefold().strip()}
