"""One codec per record kind (issue 11, item 2): round trips, the old consent form, bindings."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from station.domain.codec import bindings as bind
from station.domain.codec.card import card_to_dict, card_view
from station.domain.codec.case import (
    candidate_to_dict,
    candidates_from_json,
    candidates_to_json,
    case_record,
    case_to_dict,
)
from station.domain.codec.consent import (
    consent_columns,
    consent_from_columns,
    consent_from_dict,
    consent_to_dict,
    withdrawals_from_json,
)
from station.domain.codec.enrolment import (
    body_from_sealed,
    central_body,
    enrolment_from_store,
    enrolment_to_dict,
    enrolment_view,
    record_columns,
    sealed_body,
    store_columns,
)
from station.domain.codec.personal import personal_from_dict
from station.domain.codec.photo import photo_metadata, photo_to_dict, photo_view, sealed_photo
from station.domain.codec.template import template_from_dict, template_to_dict
from station.domain.model import (
    Card,
    DuplicateCandidate,
    DuplicateCase,
    Enrolment,
    Photo,
    Template,
)
from station.domain.vocab import CardStatus, CaseStatus, ConsentPurpose, Decision
from station.errors import LockedError
from station.services.context import Actor, Station
from station.services.enrolment import enrol
from tests.station.helpers import GIVEN, PHONE, full_form

AT = datetime(2026, 8, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def enrolment(station: Station, admin: Actor) -> Enrolment:
    """A real enrolment, written through the service and read back from the SQLite file."""
    number = enrol(station, admin, full_form()).registration_number
    with station.store.reading() as repo:
        return repo.get_enrolment(number)


def test_the_store_form_round_trips(enrolment: Enrolment) -> None:
    personal, arrival = body_from_sealed(sealed_body(enrolment))
    assert personal == enrolment.personal and arrival == enrolment.arrival_date
    columns = store_columns(enrolment, "25-59")
    consent_row = SimpleNamespace(**consent_columns(enrolment.consent))
    again = enrolment_from_store(SimpleNamespace(**columns), sealed_body(enrolment),
                                 consent_from_columns(consent_row))
    assert again == enrolment


def test_the_sealed_body_is_encoded_once_and_keeps_its_form(enrolment: Enrolment) -> None:
    body = json.loads(sealed_body(enrolment))
    assert set(body) == {"personal", "extra"}
    assert body["extra"] == {"arrival_date": "2026-07-02"}
    assert personal_from_dict(body["personal"]) == enrolment.personal


def test_the_batch_record_and_the_registry_columns(enrolment: Enrolment) -> None:
    record = enrolment_to_dict(enrolment, "25-59")
    assert json.loads(json.dumps(record)) == record  # plain data only
    assert personal_from_dict(record["personal"]) == enrolment.personal
    assert consent_from_dict(record["consent"]) == enrolment.consent
    columns = record_columns(record)
    assert {**columns, "station": enrolment.station,
            "created_by": enrolment.created_by} == store_columns(enrolment, "25-59")
    assert columns["languages"] == ",".join(enrolment.languages) and columns["languages"]
    assert central_body(record) == {"personal": record["personal"],
                                    "arrival_date": "2026-07-02",
                                    "consent": record["consent"],
                                    "created_by": enrolment.created_by}


def test_the_view_is_made_from_the_same_codec(enrolment: Enrolment) -> None:
    view = enrolment_view(enrolment, date(2026, 8, 1))
    record = enrolment_to_dict(enrolment, "")
    assert view["name"]["given"] == GIVEN and view["contact"]["phone"] == PHONE
    assert view["consent"] == record["consent"]
    assert view["location"]["place"] == enrolment.personal.place
    assert isinstance(view["derived_flags"], list)
    assert "age_band" not in view and "personal" not in view


def test_the_old_consent_encoding_still_decodes(station: Station, enrolment: Enrolment) -> None:
    consent = replace(enrolment.consent,
                      withdrawn=((ConsentPurpose.EMERGENCY_CONTACT, AT),))
    new = json.dumps(consent_to_dict(consent)["withdrawn"])  # the batch form
    assert json.loads(new) == [{"purpose": "emergency-contact", "at": AT.isoformat()}]
    old = json.dumps([["emergency-contact", AT.isoformat()]])
    assert consent_columns(consent)["withdrawn"] == old  # the store's bytes never changed
    assert withdrawals_from_json(old) == withdrawals_from_json(new) == consent.withdrawn
    # A store written before: its consents row holds the old pairs, and the record opens.
    with station.store.transaction() as repo:
        repo.connection.execute(text("UPDATE consents SET withdrawn = :old"), {"old": old})
    with station.store.reading() as repo:
        assert repo.get_enrolment(enrolment.registration_number).consent == consent


def test_card_forms() -> None:
    card = Card("C-DAR01-000001", "DAR01-000001-5", date(2026, 8, 1), date(2031, 8, 1),
                CardStatus.REVOKED, 2, AT, "lost", "")
    data = card_to_dict(card)
    assert data == {"card_number": "C-DAR01-000001", "registration_number": "DAR01-000001-5",
                    "issue_date": "2026-08-01", "expiry_date": "2031-08-01",
                    "status": "revoked", "print_count": 2, "revoked_at": AT.isoformat(),
                    "revoke_reason": "lost", "replaced_by": ""}
    assert card_view(card) == {k: data[k] for k in ("card_number", "status", "issue_date",
                                                     "expiry_date", "print_count")}


def test_case_forms() -> None:
    candidates = (DuplicateCandidate("DAR01-000001-5", 0.312345678, "match"),
                  DuplicateCandidate("DAR01-000002-3", 0.5, "possible"))
    stored = candidates_to_json(candidates)
    assert json.loads(stored) == [["DAR01-000001-5", 0.3123, "match"],
                                  ["DAR01-000002-3", 0.5, "possible"]]
    assert candidates_from_json(stored)[1] == candidates[1]
    case = DuplicateCase(7, "DAR01-000003-1", candidates_from_json(stored), AT,
                         CaseStatus.DECIDED, Decision.DIFFERENT, "not the same face",
                         "super", AT)
    view = case_to_dict(case)
    assert view["case"] == 7 and view["decision"] == "different"
    assert view["candidates"][0] == candidate_to_dict(case.candidates[0])
    record = case_record(case)
    assert record["candidates"] == json.loads(stored)
    assert record["reason"] == "not the same face" and record["decided_at"] == AT.isoformat()


def test_photo_and_template_forms(station: Station, enrolment: Enrolment) -> None:
    photo = Photo(enrolment.registration_number, b"\xff\xd8jpeg", "live", True, "", True, AT)
    data = photo_to_dict(photo)
    assert data["jpeg"] == photo.jpeg and {**photo_metadata(photo), "jpeg": photo.jpeg} == data
    assert photo_view(photo)["bytes"] == len(photo.jpeg) and "jpeg" not in photo_view(photo)
    sealed = sealed_photo(data, lambda meta: json.dumps(meta, sort_keys=True).encode())
    head, jpeg = sealed.split(b"\n", 1)
    assert jpeg == photo.jpeg and json.loads(head) == photo_metadata(photo)
    template = Template(enrolment.registration_number, bytes(range(256)), "test", "1")
    assert template_from_dict(template.registration_number,
                              template_to_dict(template)) == template
    with station.store.transaction() as repo:
        repo.put_template(template)
    with station.store.reading() as repo:
        # templates are per model now: ask for the model saved (the default is dlib's)
        assert repo.get_template(template.registration_number, template.model) == template
        assert template in repo.get_templates(template.registration_number)


def test_binding_strings_never_change_and_bind(station: Station) -> None:
    """Stored ciphertexts open only under these exact strings: they are part of the format."""
    assert bind.enrolment("DAR01-000001-5") == "enrolment:DAR01-000001-5"
    assert bind.photo("N") == "photo:N" and bind.template("N") == "template:N"
    assert bind.override_reason("N") == "override:N" and bind.case_reason(4) == "case:4"
    assert bind.station_case_reason("DAR01", 4) == "case:DAR01:4"
    assert bind.cross_case_reason(9) == "cross-case:9" and bind.draft(3) == "draft:3"
    cipher = station.store.cipher
    assert cipher is not None
    sealed = cipher.encrypt(b"details", bind.enrolment("DAR01-000001-5"))
    assert cipher.decrypt(sealed, bind.enrolment("DAR01-000001-5")) == b"details"
    with pytest.raises(LockedError, match="another record"):
        cipher.decrypt(sealed, bind.enrolment("DAR01-000002-3"))
