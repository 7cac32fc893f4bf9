"""Initialised stations on a real SQLite file and on a real PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from station.services.context import Actor, Station, init_station, login, open_station
from station.services.home import StationHome

PASSPHRASE = "correct horse battery"
ADMIN = "admin"
ADMIN_PASSWORD = "adminpass1"


def make_station(home: Path, db_url: str = "") -> Station:
    return init_station(StationHome(home), "DAR", "01", PASSPHRASE, ADMIN, ADMIN_PASSWORD,
                        db_url=db_url, scrypt_n=1024)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_station(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Station]:
    """An initialised station on each backend."""
    db_url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else ""
    station = make_station(tmp_path / "home", db_url)
    yield station
    station.close()


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    """An initialised station on the embedded SQLite store."""
    station = make_station(tmp_path / "home")
    yield station
    station.close()


@pytest.fixture
def admin(station: Station) -> Actor:
    return login(station, ADMIN, ADMIN_PASSWORD)


def reopen(station: Station) -> Station:
    return open_station(station.home, PASSPHRASE)
