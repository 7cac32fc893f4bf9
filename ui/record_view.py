"""Flattening a record (from `records.show_record`) into labelled lines in words for people,
for display and side-by-side comparison. Qt-free: `tr` (the page's translation) is applied to
every label and every word taken from `station.domain.labels`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from station.domain.labels import (
    country_name,
    label_of,
    language_name,
    local_date,
    local_time,
)
from station.domain.vocab import (
    CardStatus,
    Channel,
    ConsentPurpose,
    EnrolmentStatus,
    Need,
    Proficiency,
    Sex,
    Vulnerability,
)

Translate = Callable[[str], str]

# Labels that are not details of the person: never marked as a difference between two records.
NOT_COMPARED = ("Registration number", "Status", "Registered", "Photo", "Liveness",
                "Quality check")


def _same(text: str) -> str:
    """The record view's own texts, translated (lupdate files them under the empty context)."""
    return QCoreApplication.translate("", text)


def _day(text: str | None) -> str:
    """A stored ISO date (or a bare year, for an estimated birth date) as people write it."""
    if not text:
        return ""
    try:
        return local_date(date.fromisoformat(text))
    except ValueError:
        return text


def _moment(text: str | None) -> str:
    if not text:
        return ""
    try:
        return local_time(datetime.fromisoformat(text))
    except ValueError:
        return text


def birth_text(record: dict[str, Any], tr: Translate = _same) -> str:
    birth = str(record.get("birth_date", ""))
    if record.get("birth_date_estimated"):
        return tr("about %s (estimated)") % birth[:4]
    return _day(birth)


def words(vocabulary: Any, codes: Any, tr: Translate = _same) -> str:
    """Codes of a vocabulary as translated words, joined."""
    return ", ".join(tr(label_of(vocabulary, str(code))) for code in codes or [])


def photo_lines(record: dict[str, Any], tr: Translate = _same) -> list[tuple[str, str]]:
    """What the station knows of the photo: liveness and any quality override with its reason."""
    photo = record.get("photo")
    if not photo:
        return [(tr("Photo"), tr("No photo"))]
    source = tr("taken with the camera") if photo.get("source") == "live" else \
        tr("imported from a file")
    liveness = photo.get("liveness_passed")
    if liveness is True:
        alive = tr("Checked: a blink was seen on camera")
    elif liveness is False:
        alive = tr("Failed: no blink was seen")
    else:
        alive = tr("Not checked (taken from a still photo)")
    override = str(photo.get("quality_override") or "")
    if override:
        quality = tr("Failed, accepted by the officer: %s") % override
    elif photo.get("quality_passed"):
        quality = tr("Passed")
    else:
        quality = tr("Failed")
    return [(tr("Photo"), source), (tr("Liveness"), alive), (tr("Quality check"), quality)]


def record_lines(record: dict[str, Any], tr: Translate = _same) -> list[tuple[str, str]]:
    name = record.get("name", {})
    contact = record.get("contact", {})
    location = record.get("location", {})
    people = ("; ".join(f"{p['name']} ({p['relationship']}) {p.get('phone', '')}".strip()
                        for p in record.get(key, [])) for key in
              ("emergency_contacts", "family_contacts", "dependants"))
    emergency, family, dependants = people
    status = tr(label_of(EnrolmentStatus, str(record.get("status", ""))))
    if record.get("merged_into"):
        status = tr("%s — same person as %s") % (status, record["merged_into"])
    channel = contact.get("preferred_channel")
    registered = _moment(record.get("created_at"))
    if record.get("site"):
        registered = tr("%s at %s-%s") % (registered, record.get("site", ""),
                                          record.get("station", ""))
    lines = [
        ("Registration number", record.get("registration_number", "")),
        ("Status", status),
        ("Given name", name.get("given", "")),
        ("Family name", name.get("family", "")),
        ("Other names", name.get("other", "")),
        ("Latin", f"{name.get('given_latin', '')} {name.get('family_latin', '')}".strip()),
        ("Sex", tr(label_of(Sex, str(record.get("sex", ""))))),
        ("Birth", birth_text(record, tr)),
        ("Nationality", tr(country_name(str(record.get("nationality", ""))))),
        ("Languages", ", ".join(tr(language_name(str(code)))
                                for code in record.get("languages", []))),
        ("Local language", tr(label_of(Proficiency, str(record.get("local_language", ""))))
         if record.get("local_language") else ""),
        ("Arrived", _day(record.get("arrival_date"))),
        ("Region", location.get("region", "")),
        ("District", location.get("district", "")),
        ("Place", location.get("place", "")),
        ("Phone", contact.get("phone", "")),
        ("E-mail", contact.get("email", "")),
        ("Reach in an emergency by", tr(label_of(Channel, str(channel))) if channel else ""),
        ("Emergency contacts", emergency),
        ("Family contacts", family),
        ("Dependants", dependants),
        ("Vulnerabilities", words(Vulnerability, record.get("vulnerabilities"), tr)),
        ("Needs", words(Need, record.get("needs"), tr)),
        ("Registered", registered),
    ]
    translated = [(tr(title), value) for title, value in lines]
    return translated + photo_lines(record, tr)


def cards_text(record: dict[str, Any], tr: Translate = _same) -> str:
    """The person's cards: number, status in words, valid until (a date people read)."""
    return "; ".join(tr("%s: %s, valid until %s") % (
        card["card_number"], tr(label_of(CardStatus, str(card["status"]))),
        _day(card.get("expiry_date"))) for card in record.get("cards", [])) or tr("No card")


def consent_text(record: dict[str, Any], tr: Translate = _same) -> str:
    """What the person agreed to, and what they withdrew."""
    consent = record.get("consent", {}) or {}
    purposes = consent.get("purposes") or []
    if isinstance(purposes, str):
        purposes = [p for p in purposes.split(",") if p]
    withdrawn = consent.get("withdrawn") or []
    gone = [str(item.get("purpose", "") if isinstance(item, dict)
                else item[0] if isinstance(item, list | tuple) else item) for item in withdrawn]
    kept = [p for p in purposes if p not in gone]
    text = words(ConsentPurpose, kept, tr) or tr("nothing")
    if gone:
        text = tr("%s (withdrawn: %s)") % (text, words(ConsentPurpose, gone, tr))
    return text


def differences(left: dict[str, Any], right: dict[str, Any],
                tr: Translate = _same) -> set[str]:
    """Labels whose values differ (number, status, registration and photo facts excepted)."""
    a, b = dict(record_lines(left, tr)), dict(record_lines(right, tr))
    skip = {tr(title) for title in NOT_COMPARED}
    return {title for title in a if title not in skip
            and a[title].casefold().strip() != b.get(title, "").casefold().strip()}
