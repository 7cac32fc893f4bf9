"""Enrolment helpers for the data-protection tests (personal data the log scan looks for)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from station.domain.model import Card, Photo, Template
from station.services.context import Actor, Station
from station.services.enrolment import PhotoInput, enrol
from station.services.forms import EnrolmentForm
from tests.station.helpers import full_form as station_full_form

PASSPHRASE = "correct horse battery"
ADMIN = "admin"
ADMIN_PASSWORD = "adminpass1"
GIVEN = "Zawadiyatu"
FAMILY = "Mwakalindile"
PHONE = "+255 713 908172"
BIRTH = "1991-03-14"
CONTACT_PHONE = "+255 714 000111"


def full_form(**overrides: object) -> EnrolmentForm:
    """The station tests' fully filled form, with every purpose consented."""
    values: dict[str, object] = {"other_names": "Neemakuu", "other_names_latin": "Neemakuu",
                                 "consent_purposes": "all", **overrides}
    return station_full_form(**values)


def biometrics_ready() -> bool:
    try:
        import biometrics

        return hasattr(biometrics, "analyse_photo")
    except ImportError:
        return False


def enrol_with_photo(station: Station, actor: Actor, photo: bytes,
                     form: EnrolmentForm | None = None) -> str:
    """Enrol with a photo through the real pipeline when biometrics is there, else store the
    photo and a template directly through the Repository."""
    form = form or full_form()
    if biometrics_ready():
        result = enrol(station, actor, form,
                       PhotoInput(photo, quality_override="test photo from the shared set"))
        return result.registration_number
    number = enrol(station, actor, form).registration_number
    with station.store.transaction() as repo:
        repo.put_photo(Photo(number, photo, "imported", True))
        repo.put_template(Template(number, bytes(range(256)) * 2, "test", "1"))
    return number


def add_card(station: Station, number: str, suffix: str = "1",
             expiry: date | None = None) -> Card:
    today = station.now().date()
    card = Card(f"C{number.replace('-', '')}{suffix}", number, today,
                expiry or today + timedelta(days=700))
    with station.store.transaction() as repo:
        repo.add_card(card)
    return card


def file_bytes(station: Station) -> bytes:
    """The database file and its WAL, as they lie on the disk."""
    path = station.home.store_path
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def raw_column(station: Station, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Read the SQLite file with the plain sqlite3 module (no station code in between)."""
    connection = sqlite3.connect(Path(station.home.store_path))
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()

