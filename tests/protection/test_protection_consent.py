"""Consent texts and withdrawal of consent per purpose."""

from __future__ import annotations

import json

import pytest
from protection_helpers import (
    CONTACT_PHONE,
    PHONE,
    add_card,
    enrol_with_photo,
    file_bytes,
    full_form,
    raw_column,
)

from station.domain.vocab import CardStatus, ConsentPurpose, EnrolmentStatus
from station.errors import PermissionDenied, ValidationError
from station.services import face_gallery
from station.services.consent_service import available_texts, load_text, withdraw_consent
from station.services.context import Actor, Station, add_operator, login
from station.services.enrolment import enrol
from station.services.records import show_record
from station.store import protection_queries as q


def test_every_shipped_consent_text_covers_every_purpose() -> None:
    """Each shipped text (en, fr, sw) explains every consent purpose and names agencies."""
    texts = available_texts()
    assert {lang for _, lang in texts} >= {"en", "fr", "sw"}
    for version, language in texts:
        text = load_text(version, language)
        assert set(text.purposes) == {p.value for p in ConsentPurpose}
        assert all(len(body) > 40 for body in text.purposes.values())
        assert text.agencies


def test_biometric_withdrawal_erases_photo_bytes_from_the_database_file(
        station: Station, admin: Actor, face_photo: bytes) -> None:
    """After withdrawing biometric consent the photo and template ciphertexts are gone from
    the SQLite file and its WAL, and the registration number stays."""
    number = enrol_with_photo(station, admin, face_photo)
    (photo_blob,) = raw_column(station, "SELECT p.sealed FROM photos p JOIN enrolments e "
                                        "ON e.id = p.enrolment_id")[0]
    (template_blob,) = raw_column(station, "SELECT sealed FROM templates")[0]
    photo_slice = bytes(photo_blob)[len(photo_blob) // 2:][:48]  # type: ignore[arg-type]
    template_slice = bytes(template_blob)[20:68]  # type: ignore[arg-type]
    before = file_bytes(station)
    assert photo_slice in before and template_slice in before

    result = withdraw_consent(station, admin, number, "biometrics")

    after = file_bytes(station)
    assert photo_slice not in after
    assert template_slice not in after
    assert result.erased == ["photo", "template"]
    with station.store.transaction() as repo:
        assert repo.get_photo(number) is None
        assert repo.get_enrolment(number).status is EnrolmentStatus.ACTIVE
    assert raw_column(station, "SELECT count(*) FROM templates") == [(0,)]


def test_biometric_withdrawal_revokes_cards_and_goes_out_with_the_next_batch(
        station: Station, admin: Actor, face_photo: bytes) -> None:
    """Withdrawal revokes issued cards (reason consent-withdrawn), records the withdrawal in
    the consent, and clears batch_sequence/acknowledged_at so the erasure syncs."""
    number = enrol_with_photo(station, admin, face_photo)
    card = add_card(station, number)
    with station.store.transaction() as repo:  # as sync does on acknowledgement
        q.set_acknowledged(repo, number, station.now(), batch=3)

    result = withdraw_consent(station, admin, number, "biometrics")

    assert result.revoked_cards == [card.card_number]
    with station.store.transaction() as repo:
        (stored,) = repo.cards_of(number)
        consent = repo.get_enrolment(number).consent
    assert stored.status is CardStatus.REVOKED and stored.revoke_reason == "consent-withdrawn"
    assert not consent.allows(ConsentPurpose.BIOMETRICS)
    assert consent.allows(ConsentPurpose.REGISTRATION)
    assert raw_column(station, "SELECT batch_sequence, acknowledged_at FROM enrolments "
                               "WHERE registration_number = ?", number) == [(None, None)]
    actions = raw_column(station, "SELECT action, subject, details FROM audit_events "
                                  "WHERE action = 'consent-withdrawn'")
    assert actions and actions[0][1] == number
    assert json.loads(str(actions[0][2]))["purpose"] == "biometrics"
    from cards import TrustBundle

    bundle = TrustBundle.load(station.home.trust_path)
    assert any(rl.revoked_on(card.card_number) for rl in bundle.revocation_lists)


def test_biometric_withdrawal_removes_the_template_from_the_match_gallery(
        station: Station, admin: Actor, face_photo: bytes) -> None:
    """The in-memory 1:N gallery forgets the withdrawn template at once."""
    pytest.importorskip("biometrics")
    number = enrol_with_photo(station, admin, face_photo)
    try:
        gallery = face_gallery.gallery(station)
    except Exception as exc:  # the stand-in template of a station without the pipeline
        pytest.skip(f"gallery needs real templates: {type(exc).__name__}")
    assert number in gallery.numbers.values()
    withdraw_consent(station, admin, number, "biometrics")
    assert number not in face_gallery.gallery(station).numbers.values()


def test_emergency_contact_withdrawal_scrubs_contacts_also_from_history(
        station: Station, admin: Actor) -> None:
    """Contacts are erased from the details and from every earlier version kept as history."""
    from station.services.subject_access import correct_record

    number = enrol(station, admin, full_form()).registration_number
    correct_record(station, admin, number, {"notes": "moved to zone 5"})
    withdraw_consent(station, admin, number, "emergency-contact")
    with station.store.transaction() as repo:
        enrolment = repo.get_enrolment(number)
        history = q.history(repo, number)
    assert enrolment.personal.contact.phone == ""
    assert enrolment.personal.emergency_contacts == ()
    assert history and PHONE not in json.dumps(history, default=str)
    assert CONTACT_PHONE not in json.dumps(history, default=str)
    assert enrolment.personal.name.family  # the rest of the record stays


def test_registration_withdrawal_leaves_only_the_number(station: Station, admin: Actor,
                                                        face_photo: bytes) -> None:
    """Withdrawing consent to registration erases the whole record but its number."""
    number = enrol_with_photo(station, admin, face_photo)
    withdraw_consent(station, admin, number, "registration")
    record = show_record(station, admin, number)
    assert record["status"] == "erased"
    assert record["name"]["given"] == "" and record["contact"]["phone"] == ""
    assert record["nationality"] == "XXX" and record["photo"] is None


def test_withdrawal_checks_purpose_and_permission(station: Station, admin: Actor) -> None:
    """Unknown purposes and purposes never agreed are refused; central staff may not withdraw."""
    number = enrol(station, admin,
                   full_form(consent_purposes="registration")).registration_number
    with pytest.raises(ValidationError, match="purpose must be one of"):
        withdraw_consent(station, admin, number, "marketing")
    with pytest.raises(ValidationError, match="never agreed"):
        withdraw_consent(station, admin, number, "biometrics")
    from station.domain.vocab import Role

    add_operator(station, admin, "central1", Role.CENTRAL, "centralpass1")
    with pytest.raises(PermissionDenied):
        withdraw_consent(station, login(station, "central1", "centralpass1"), number, "sharing")
