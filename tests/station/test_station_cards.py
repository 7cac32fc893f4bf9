"""The card lifecycle at a station: issue, reprint, replace, revoke, and what verifiers see."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from cards import TrustBundle, verify_card_file
from station.domain.model import DuplicateCandidate, Photo
from station.domain.vocab import Decision, EnrolmentStatus
from station.errors import ConflictError
from station.services.cards_service import issue_card, revoke_card
from station.services.context import Actor, Station
from station.services.duplicates import decide
from station.services.enrolment import enrol
from tests.station.helpers import full_form


def _enrol_with_photo(station: Station, actor: Actor, faces_dir: Path, photo: str) -> str:
    form = full_form(consent_purposes="all")
    number = enrol(station, actor, form).registration_number
    with station.store.transaction() as repo:
        repo.put_photo(Photo(number, (faces_dir / photo).read_bytes(), "imported", True))
    return number


def test_issued_card_verifies_offline_and_revocation_is_seen(
        station: Station, admin: Actor, faces_dir: Path, tmp_path: Path) -> None:
    """A printed card reads back valid; after revocation the same card reads back revoked."""
    number = _enrol_with_photo(station, admin, faces_dir, "joe_biden_1.jpg")
    result = issue_card(station, admin, number, tmp_path / "card.pdf")
    today = station.now().date()
    verdict = verify_card_file(tmp_path / "card.pdf", TrustBundle.load(station.home.trust_path),
                               today)
    assert verdict.valid, verdict.reason
    assert verdict.card_number == result.card_number
    revoke_card(station, admin, result.card_number)
    verdict = verify_card_file(tmp_path / "card.pdf", TrustBundle.load(station.home.trust_path),
                               today)
    assert not verdict.valid and "revoked" in (verdict.reason or "")


def test_reprint_keeps_the_number_and_replace_revokes_it(
        station: Station, admin: Actor, faces_dir: Path, tmp_path: Path) -> None:
    """A reprint keeps the card number; a replacement gets a new one and revokes the old."""
    number = _enrol_with_photo(station, admin, faces_dir, "joe_biden_1.jpg")
    first = issue_card(station, admin, number, tmp_path / "a.pdf")
    again = issue_card(station, admin, number, tmp_path / "b.pdf")
    assert again.reprint and again.card_number == first.card_number
    new = issue_card(station, admin, number, tmp_path / "c.pdf", replace_existing=True)
    assert new.card_number != first.card_number
    bundle = TrustBundle.load(station.home.trust_path)
    old = verify_card_file(tmp_path / "a.pdf", bundle, station.now().date())
    assert not old.valid
    assert verify_card_file(tmp_path / "c.pdf", bundle, station.now().date()).valid


def test_no_card_without_photo_or_card_consent(station: Station, admin: Actor,
                                               tmp_path: Path) -> None:
    """A record without an approved photo, or without consent to a card, gets no card."""
    number = enrol(station, admin, full_form(consent_purposes="all")).registration_number
    with pytest.raises(ConflictError, match="photo"):
        issue_card(station, admin, number, tmp_path / "x.pdf")
    other = enrol(station, admin, full_form(consent_purposes="registration")).registration_number
    with pytest.raises(ConflictError, match="consent"):
        issue_card(station, admin, other, tmp_path / "y.pdf")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_suspected_duplicate_gets_a_card_only_after_a_decision(
        station: Station, admin: Actor, faces_dir: Path, tmp_path: Path) -> None:
    """An enrolment held for review is refused a card until a supervisor says 'different'."""
    existing = _enrol_with_photo(station, admin, faces_dir, "joe_biden_1.jpg")
    held = _enrol_with_photo(station, admin, faces_dir, "joe_biden_2.jpg")
    with station.store.transaction() as repo:
        repo.set_status(held, EnrolmentStatus.PENDING_REVIEW)
        case_id = repo.add_case(held, (DuplicateCandidate(existing, 0.3, "match"),), station.now())
    with pytest.raises(ConflictError, match="duplicate"):
        issue_card(station, admin, held, tmp_path / "held.pdf")
    decision = decide(station, admin, case_id, Decision.DIFFERENT, "different ears, checked ID")
    assert decision.decision is Decision.DIFFERENT
    assert issue_card(station, admin, held, tmp_path / "held.pdf").card_number


def test_same_person_decision_cancels_the_new_enrolment(
        station: Station, admin: Actor, faces_dir: Path) -> None:
    """'Same person' cancels the held enrolment and points it at the existing record."""
    existing = _enrol_with_photo(station, admin, faces_dir, "joe_biden_1.jpg")
    held = _enrol_with_photo(station, admin, faces_dir, "joe_biden_2.jpg")
    with station.store.transaction() as repo:
        repo.set_status(held, EnrolmentStatus.PENDING_REVIEW)
        case_id = repo.add_case(held, (DuplicateCandidate(existing, 0.3, "match"),), station.now())
    decide(station, admin, case_id, Decision.SAME, "same person, admitted earlier visit")
    with station.store.transaction() as repo:
        record = repo.get_enrolment(held)
        case = repo.get_case(case_id)
    assert record.status is EnrolmentStatus.CANCELLED and record.merged_into == existing
    assert case.reason == "same person, admitted earlier visit"
    assert replace(case).decided_by == "admin"
