"""Subject access export and correction with history."""

from __future__ import annotations

import base64
import json
import subprocess
from pathlib import Path

import pytest
from protection_helpers import BIRTH, FAMILY, GIVEN, add_card, enrol_with_photo, raw_column

from station.domain.codec import personal_to_dict
from station.errors import ValidationError
from station.services.context import Actor, Station
from station.services.subject_access import correct_record, subject_export

BOOLEAN_COLUMNS = {"quality_passed", "overridden", "liveness_passed"}
SKIPPED = {"id", "enrolment_id", "sealed", "sealed_override_reason", "sealed_before"}


def _leaves(value: object) -> list[str]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [json.dumps(value) if isinstance(value, bool) else str(value)]


def _stored(table: str, station: Station, number: str) -> list[tuple[str, object]]:
    key = "id" if table == "enrolments" else "enrolment_id"
    connection_rows = raw_column(
        station, f"SELECT t.* FROM {table} t JOIN enrolments e ON e.id = t.{key} "
                 "WHERE e.registration_number = ?", number)
    names = [r[1] for r in raw_column(station, f"PRAGMA table_info({table})")]
    return [(str(n), v) for row in connection_rows for n, v in zip(names, row, strict=True)]


@pytest.fixture
def exported(station: Station, admin: Actor, face_photo: bytes, tmp_path: Path
             ) -> tuple[str, dict[str, object], Path]:
    number = enrol_with_photo(station, admin, face_photo)
    add_card(station, number)
    correct_record(station, admin, number, {"phone": "+255 700 123456", "district": "Kibondo"})
    result = subject_export(station, admin, number, tmp_path / "out")
    return number, json.loads(result.json_path.read_text()), result.pdf_path


def test_export_contains_every_stored_column_of_the_person(
        station: Station, exported: tuple[str, dict[str, object], Path]) -> None:
    """Every clear column of every table holding the person appears in the JSON export."""
    number, data, _ = exported
    leaves = _leaves(data)
    text = "\n".join(leaves)
    for table in ("enrolments", "consents", "photos", "templates", "cards", "record_history"):
        for column, value in _stored(table, station, number):
            if column in SKIPPED or value in (None, "", "[]"):
                continue
            if column in BOOLEAN_COLUMNS:
                assert json.dumps(bool(value)) in leaves, (table, column)
                continue
            if column.endswith(("_at", "_date")):
                assert str(value).replace(" ", "T", 1)[:19] in text, (table, column)
                continue
            for part in str(value).split(","):  # code lists are stored comma-separated
                assert part in leaves, (table, column)


def test_export_contains_every_sealed_detail_photo_template_and_history(
        station: Station, admin: Actor, exported: tuple[str, dict[str, object], Path]) -> None:
    """Decrypted details (all fields), the photo bytes, the template and the earlier version."""
    number, data, pdf = exported
    with station.store.transaction() as repo:
        personal = personal_to_dict(repo.get_enrolment(number).personal)
        photo = repo.get_photo(number)
    record = data["record"]
    assert isinstance(record, dict)
    for key, value in personal.items():
        assert record[key] == value, key
    photo_file = pdf.with_name(f"{number}-photo.jpg")
    assert photo is not None and photo_file.read_bytes() == photo.jpeg
    template = data["template"]
    assert isinstance(template, dict) and base64.b64decode(template["data"])
    history = data["correction_history"]
    assert isinstance(history, list) and history[0]["fields"] == ["district", "phone"]
    assert history[0]["before"]["personal"]["contact"]["phone"] == "+255 713 908172"
    assert data["consent_text_shown"]["language"] == "sw"  # type: ignore[index]
    assert any(e["action"] == "subject-export" for e in data["audit_events"]) is False
    assert raw_column(station, "SELECT count(*) FROM audit_events WHERE action = "
                               "'subject-export' AND subject = ?", number) == [(1,)]


def test_export_pdf_is_readable_and_shows_the_person(
        exported: tuple[str, dict[str, object], Path]) -> None:
    """The PDF rasterises and its text layer carries the name, birth date and number."""
    number, _, pdf = exported
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    for expected in (GIVEN, FAMILY, BIRTH, number, "Earlier versions"):
        assert expected in text
    png = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(png)],
                   check=True)
    assert Path(f"{png}-1.png").stat().st_size > 5000


def test_correction_keeps_the_previous_version(station: Station, admin: Actor,
                                                face_photo: bytes) -> None:
    """A correction changes the record and keeps the version before, encrypted."""
    number = enrol_with_photo(station, admin, face_photo)
    correct_record(station, admin, number, {"given_name": "Rehema"})
    with station.store.transaction() as repo:
        assert repo.get_enrolment(number).personal.name.given == "Rehema"
    (sealed,) = raw_column(station, "SELECT sealed_before FROM record_history")[0]
    assert GIVEN.encode() not in bytes(sealed)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="correctable fields"):
        correct_record(station, admin, number, {"sex": "M"})
    with pytest.raises(ValidationError, match="phone"):
        correct_record(station, admin, number, {"phone": "not a phone"})
