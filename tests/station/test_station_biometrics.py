"""Enrolment with real face photos: quality, override, and 1:N duplicate detection."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.domain.vocab import EnrolmentStatus
from station.errors import ValidationError
from station.services import face_gallery, photo_checks
from station.services.context import Actor, Station
from station.services.enrolment import PhotoInput, enrol
from station.services.records import show_record
from tests.station.helpers import full_form

OVERRIDE = "press photo with a busy background"


def _photo(faces_dir: Path, name: str, override: str = OVERRIDE) -> PhotoInput:
    return PhotoInput((faces_dir / name).read_bytes(), quality_override=override)


def test_second_photo_of_an_enrolled_person_opens_a_duplicate_case(
        station: Station, admin: Actor, faces_dir: Path) -> None:
    """Enrolling another photo of the same man is held for a supervisor, with the candidate."""
    form = full_form(consent_purposes="all")
    first = enrol(station, admin, form, _photo(faces_dir, "barack_obama_1.jpg"))
    other = enrol(station, admin, form, _photo(faces_dir, "joe_biden_1.jpg"))
    again = enrol(station, admin, form, _photo(faces_dir, "barack_obama_4.jpg"))
    assert first.status is EnrolmentStatus.ACTIVE and other.status is EnrolmentStatus.ACTIVE
    assert other.duplicate_case is None
    assert again.status is EnrolmentStatus.PENDING_REVIEW and again.duplicate_case
    assert [c.registration_number for c in again.candidates if c.band == "match"] == [
        first.registration_number]


def test_gallery_survives_reopening(station: Station, admin: Actor, faces_dir: Path) -> None:
    """Templates are stored encrypted and reloaded into the gallery at the next unlock."""
    from tests.station.conftest import reopen

    enrol(station, admin, full_form(consent_purposes="all"),
          _photo(faces_dir, "barack_obama_1.jpg"))
    station.close()
    again = reopen(station)
    analysis = photo_checks.analyse_photo((faces_dir / "barack_obama_3.jpg").read_bytes())
    found = face_gallery.search(again, analysis.template.vector)
    again.close()
    assert found and found[0].band == "match"


def test_group_photo_is_refused_even_with_an_override(
        station: Station, admin: Actor, faces_dir: Path, faces_manifest: list[dict[str, str]]
) -> None:
    """Several faces in the frame cannot be overridden; nothing is stored."""
    group = next(row["file"] for row in faces_manifest if row["kind"] == "multiple")
    with pytest.raises(ValidationError, match="faces") as error:
        enrol(station, admin, full_form(consent_purposes="all"), _photo(faces_dir, group))
    assert error.value.field == "photo"
    with station.store.transaction() as repo:
        assert repo.count_enrolments() == 0


def test_failed_quality_needs_a_reason_and_the_override_is_recorded(
        station: Station, admin: Actor, faces_dir: Path) -> None:
    """Without a reason a weak photo is refused; with one it is stored and flagged."""
    with pytest.raises(ValidationError, match="quality-override"):
        enrol(station, admin, full_form(consent_purposes="all"),
              _photo(faces_dir, "joe_biden_1.jpg", override=""))
    result = enrol(station, admin, full_form(consent_purposes="all"),
                   _photo(faces_dir, "joe_biden_1.jpg"))
    record = show_record(station, admin, result.registration_number)
    assert record["photo"]["quality_override"] == OVERRIDE
    assert record["photo"]["quality_passed"] is False
    assert result.quality is not None and result.quality["passed"] is False


def test_photo_without_biometric_consent_is_refused(
        station: Station, admin: Actor, faces_dir: Path) -> None:
    """A person may enrol without biometrics, but then no photo is taken."""
    form = full_form(consent_purposes="registration,card")
    with pytest.raises(ValidationError) as error:
        enrol(station, admin, form, _photo(faces_dir, "joe_biden_1.jpg"))
    assert error.value.field == "consent"
    assert enrol(station, admin, form).status is EnrolmentStatus.ACTIVE
