"""The encrypted enrolment store on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from station.errors import ConflictError, LockedError, NotFound
from station.services.context import Station, login, open_station
from station.services.enrolment import enrol
from station.services.records import show_record
from tests.station.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE, reopen
from tests.station.helpers import FAMILY, GIVEN, PHONE, full_form


def test_every_field_round_trips(any_station: Station) -> None:
    """What an officer typed comes back identical after closing and reopening the store."""
    admin = login(any_station, ADMIN, ADMIN_PASSWORD)
    number = enrol(any_station, admin, full_form()).registration_number
    any_station.close()
    again = reopen(any_station)
    record = show_record(again, login(again, ADMIN, ADMIN_PASSWORD), number)
    again.close()
    assert record["name"] == {"given": GIVEN, "family": FAMILY, "other": "Neema",
                              "given_latin": GIVEN, "family_latin": FAMILY,
                              "other_latin": "Neema"}
    assert record["birth_date"] == "1991-03-14" and not record["birth_date_estimated"]
    assert (record["sex"], record["nationality"]) == ("F", "COD")
    assert record["languages"] == ["swa", "fra", "lin"]
    assert record["local_language"] == "basic"
    assert record["location"] == {"region": "Kigoma", "district": "Kasulu",
                                  "place": "Nyarugusu camp, zone 4"}
    assert record["arrival_date"] == "2026-07-02"
    assert record["contact"] == {"phone": PHONE, "email": "zawadi.m@example.org",
                                 "preferred_channel": "sms"}
    assert record["emergency_contacts"][0]["name"] == "Baraka Mwakalindile"
    assert record["family_contacts"][0]["relationship"] == "mother"
    assert record["dependants"][0]["birth_year"] == 2019
    assert record["documents"][0]["number"] == "BC-44-2291"
    assert record["vulnerabilities"] == ["no-health-cover", "undocumented"]
    assert record["needs"] == ["medical", "shelter"]
    assert record["notes"] == "Asked for help to trace her husband."
    assert record["consent"]["purposes"] == ["card", "emergency-contact", "registration"]
    assert record["consent"]["language"] == "sw"
    assert record["consent"]["recorded_by"] == ADMIN
    assert "woman" in record["derived_flags"] and "not-proficient" in record["derived_flags"]


def test_estimated_birth_year_is_kept_as_a_year(station: Station) -> None:
    """A person who knows only the year of birth is stored with an estimated date."""
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    form = full_form(birth_date="", birth_year=1984)
    record = show_record(station, admin, enrol(station, admin, form).registration_number)
    assert record["birth_date"] == "1984" and record["birth_date_estimated"]


def _raw_sqlite_bytes(home: Path) -> bytes:
    return b"".join(path.read_bytes() for path in home.glob("store.db*"))


def test_sqlite_file_reveals_no_name_or_phone(station: Station) -> None:
    """A copied database file holds no given name, family name or phone number in clear."""
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    enrol(station, admin, full_form())
    raw = _raw_sqlite_bytes(station.home.path)
    assert b"COD" in raw  # statistical fields stay in clear: the check can see the data
    for secret in (GIVEN, FAMILY, PHONE, "1991-03-14", "Nyarugusu"):
        assert secret.encode() not in raw


def test_postgres_dump_reveals_no_name_or_phone(tmp_path: Path, postgres_url: str) -> None:
    """A pg_dump of the store holds no given name, family name or phone number in clear."""
    from tests.station.conftest import make_station

    station = make_station(tmp_path / "home", postgres_url)
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    enrol(station, admin, full_form())
    station.close()
    dump = subprocess.run(["pg_dump", "--data-only", "--inserts", postgres_url.replace(
        "postgresql://", "postgresql://")], capture_output=True, check=True).stdout
    assert b"COD" in dump
    for secret in (GIVEN, FAMILY, PHONE):
        assert secret.encode() not in dump


def test_wrong_passphrase_is_refused_and_changes_nothing(station: Station) -> None:
    """A wrong passphrase gets a clear error and leaves the key file untouched."""
    key_file = station.home.vault.path
    before = key_file.read_bytes()
    with pytest.raises(LockedError, match="wrong passphrase"):
        open_station(station.home, "not the passphrase")
    assert key_file.read_bytes() == before
    open_station(station.home, PASSPHRASE).close()


def test_passphrase_change_reseals_without_rewriting_records(station: Station) -> None:
    """After a passphrase change the old one fails, the new one opens the same ciphertexts."""
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    number = enrol(station, admin, full_form()).registration_number
    with station.store.engine.connect() as connection:
        sealed_before = connection.execute(text("SELECT sealed FROM enrolments")).scalar_one()
    from station.services.context import change_passphrase

    change_passphrase(station, admin, PASSPHRASE, "a brand new passphrase")
    with pytest.raises(LockedError):
        open_station(station.home, PASSPHRASE)
    again = open_station(station.home, "a brand new passphrase")
    with again.store.engine.connect() as connection:
        assert connection.execute(text("SELECT sealed FROM enrolments")).scalar_one() == \
            sealed_before
    assert show_record(again, login(again, ADMIN, ADMIN_PASSWORD), number)["name"]["given"] == GIVEN
    again.close()


def test_ciphertext_moved_to_another_record_does_not_decrypt(station: Station) -> None:
    """Swapping sealed blobs between two records is detected, not silently accepted."""
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    first = enrol(station, admin, full_form()).registration_number
    enrol(station, admin, full_form(given_name="Other"))
    with station.store.engine.begin() as connection:
        connection.execute(text(
            "UPDATE enrolments SET sealed = (SELECT sealed FROM enrolments WHERE id = 2) "
            "WHERE id = 1"))
    with pytest.raises(LockedError, match="altered"):
        show_record(station, admin, first)


def test_unknown_number_is_not_found(station: Station) -> None:
    """Looking up a well-formed number that was never issued says so."""
    from station.domain.regno import StationCode, make_registration_number

    admin = login(station, ADMIN, ADMIN_PASSWORD)
    with pytest.raises(NotFound):
        show_record(station, admin, make_registration_number(StationCode("DAR", "01"), 42))


def test_duplicate_registration_number_is_refused(station: Station) -> None:
    """The store refuses a second enrolment under an existing number, keeping the first."""
    from dataclasses import replace

    admin = login(station, ADMIN, ADMIN_PASSWORD)
    number = enrol(station, admin, full_form()).registration_number
    with station.store.transaction() as repo:
        existing = repo.get_enrolment(number)
    with pytest.raises(ConflictError), station.store.transaction() as repo:
        repo.add_enrolment(replace(existing, personal=replace(existing.personal)), "25-59")
    with station.store.transaction() as repo:
        assert repo.count_enrolments() == 1


def test_fields_a_deployment_does_not_collect_are_refused(station: Station) -> None:
    """With collected_fields set, a value in another optional field is refused, naming it."""
    from station.errors import ValidationError

    station.config.collected_fields = ["phone", "preferred_channel", "region"]
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    with pytest.raises(ValidationError) as error:
        enrol(station, admin, full_form())
    assert error.value.field in {"other_names", "given_name_latin", "languages", "email"}
    lean = full_form(other_names="", given_name_latin="", family_name_latin="",
                     other_names_latin="", languages=[], local_language="none", district="",
                     place="", arrival_date="", email="", emergency_contacts=[],
                     family_contacts=[], dependants=[], documents=[], vulnerabilities=[],
                     needs=[], notes="")
    assert enrol(station, admin, lean).registration_number


def test_family_link_must_be_a_valid_registration_number(station: Station) -> None:
    """A family contact's registration number is checked like any number typed by an officer."""
    from station.errors import ValidationError

    admin = login(station, ADMIN, ADMIN_PASSWORD)
    with pytest.raises(ValidationError) as error:
        enrol(station, admin, full_form(family_contacts=[("Ali", "brother", "", "DAR-01-00000XX")]))
    assert error.value.field == "family_contacts[1]"
    first = enrol(station, admin, full_form()).registration_number
    linked = enrol(station, admin, full_form(family_contacts=[("Ali", "brother", "", first)]))
    assert show_record(station, admin, linked.registration_number)[
        "family_contacts"][0]["registration_number"] == first
