"""Subject access: everything held about one person, as JSON and a readable PDF (audited);
and correction of details, which keeps the earlier version as encrypted history."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from station.domain.codec.template import template_to_dict
from station.domain.groups import age_band
from station.domain.model import Contact, Enrolment
from station.domain.roles import Permission
from station.domain.validation import (
    check_birth_date,
    check_email,
    check_name,
    check_nationality,
    check_phone,
)
from station.errors import NotFound, StorageError, ValidationError
from station.services.consent_service import load_text
from station.services.context import Actor, Station
from station.services.records import checked_number, show_record
from station.store import protection_queries as q
from sync.atomic import write_atomically


@dataclass
class ExportResult:
    registration_number: str
    json_path: Path
    pdf_path: Path
    photo_path: Path | None

    def to_dict(self) -> dict[str, Any]:
        return {"registration_number": self.registration_number,
                "json": str(self.json_path), "pdf": str(self.pdf_path),
                "photo": str(self.photo_path) if self.photo_path else None}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def collect(station: Station, actor: Actor, number: str) -> tuple[dict[str, Any], bytes | None]:
    """The whole file on one person, and the photo bytes."""
    actor.require(Permission.SUBJECT_EXPORT)
    number = checked_number(number)
    record = show_record(station, actor, number)  # audited there, as a view
    with station.store.reading() as repo:
        photo = repo.get_photo(number)
        template = repo.get_template(number)
        data = {
            "registration_number": number,
            "exported_at": station.now(),
            "exported_by": actor.username,
            "record": record,
            "stored_in_clear": q.clear_columns(repo, number),
            "photo": None if photo is None else {
                **(q.photo_row(repo, number) or {}), "jpeg_bytes": len(photo.jpeg),
                "quality_override": photo.quality_override},
            "template": None if template is None else template_to_dict(template),
            "templates": [template_to_dict(t) for t in repo.get_templates(number)],
            "correction_history": q.history(repo, number),
            "audit_events": q.audit_of(repo, number),
        }
    consent = record["consent"]
    try:
        data["consent_text_shown"] = load_text(consent["text_version"],
                                               consent["language"]).to_dict()
    except NotFound:
        data["consent_text_shown"] = None
    return _jsonable(data), photo.jpeg if photo else None


def subject_export(station: Station, actor: Actor, number: str, out_dir: str | Path
                   ) -> ExportResult:
    from station.reports.subject_pdf import render_subject_pdf

    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise ValidationError("--out must be a folder, and this is a file", field="out")
    data, jpeg = collect(station, actor, number)
    number = data["registration_number"]
    files = {f"{number}.json": json.dumps(data, ensure_ascii=False, indent=2).encode(),
             f"{number}.pdf": render_subject_pdf(data, jpeg)}  # rendered before anything is written
    if jpeg is not None:
        files[f"{number}-photo.jpg"] = jpeg
    station.audit(actor, "subject-export", number, files=len(files))  # audited before it exists
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for name, body in files.items():
            write_atomically(folder / name, body, 0o600)  # owner-only from the first byte
            written.append(folder / name)
    except OSError as exc:
        for path in written:  # no half export left behind
            path.unlink(missing_ok=True)
        raise StorageError(f"cannot write the export: {exc.strerror}") from None
    json_path, pdf_path = folder / f"{number}.json", folder / f"{number}.pdf"
    photo_path = folder / f"{number}-photo.jpg" if jpeg is not None else None
    return ExportResult(number, json_path, pdf_path, photo_path)


# -- correction ------------------------------------------------------------------------------
CORRECTABLE = ("given_name", "family_name", "other_names", "birth_date", "birth_year",
               "nationality", "phone", "email", "place", "region", "district", "notes")


def _corrected(enrolment: Enrolment, field: str, value: str, station: Station) -> Enrolment:
    personal = enrolment.personal
    name = personal.name
    if field in ("given_name", "family_name", "other_names"):
        attr = {"given_name": "given", "family_name": "family", "other_names": "other"}[field]
        checked = check_name(value, field, required=field != "other_names")
        return replace(enrolment, personal=replace(personal, name=replace(name, **{attr: checked})))
    if field in ("birth_date", "birth_year"):
        today = station.now().date()
        birth = (check_birth_date(value, None, today) if field == "birth_date"
                 else check_birth_date(None, _year(value), today))
        return replace(enrolment, personal=replace(personal, birth_date=birth))
    if field == "nationality":
        return replace(enrolment, nationality=check_nationality(value))
    if field in ("phone", "email"):
        contact = personal.contact
        new = (Contact(check_phone(value, "phone"), contact.email, contact.preferred_channel)
               if field == "phone" else
               Contact(contact.phone, check_email(value), contact.preferred_channel))
        return replace(enrolment, personal=replace(personal, contact=new))
    from station.domain import limits
    from station.domain.validation import check_text

    if field == "place":
        place = check_text(value, "place", limits.PLACE)
        return replace(enrolment, personal=replace(personal, place=place),
                       location=replace(enrolment.location, place=place))
    if field in ("region", "district"):
        checked = check_text(value, field, limits.CLEAR_TEXT[field])
        return replace(enrolment, location=replace(enrolment.location, **{field: checked}))
    return replace(enrolment, personal=replace(personal,
                                               notes=check_text(value, "notes", limits.NOTES,
                                                                multiline=True)))


def _year(value: str) -> int:
    if not value.strip().isdigit():
        raise ValidationError("birth_year must be a year", field="birth_year")
    return int(value)


def correct_record(station: Station, actor: Actor, number: str, changes: dict[str, str]
                   ) -> list[str]:
    """Correct details; the version before is kept encrypted in the record's history."""
    actor.require(Permission.CORRECT_RECORD)
    number = checked_number(number)
    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown or not changes:
        raise ValidationError(f"correctable fields are: {', '.join(CORRECTABLE)}",
                              field=unknown[0] if unknown else "fields")
    now = station.now()
    with station.store.transaction() as repo:
        enrolment = repo.get_enrolment(number)
        for field, value in changes.items():
            enrolment = _corrected(enrolment, field, value, station)
        enrolment = replace(enrolment, updated_at=now)
        band = age_band(enrolment.personal.birth_date, enrolment.created_at.date())
        repo.update_enrolment(enrolment, band, changed_by=actor.username, changed_at=now,
                              fields=sorted(changes))
        repo.append_audit(actor.username, "record-corrected", number,
                          {"fields": sorted(changes)}, now)
    return sorted(changes)

