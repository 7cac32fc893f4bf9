"""Stations for the data-protection tests: real SQLite files, real keys, real photos."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from protection_helpers import ADMIN, ADMIN_PASSWORD, PASSPHRASE

from station.services.context import Actor, Station, init_station, login
from station.services.home import StationHome


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    """An initialised station on the embedded SQLite store (cheap scrypt)."""
    station = init_station(StationHome(tmp_path / "home"), "DAR", "01", PASSPHRASE, ADMIN,
                           ADMIN_PASSWORD, scrypt_n=1024)
    yield station
    station.close()


@pytest.fixture
def admin(station: Station) -> Actor:
    return login(station, ADMIN, ADMIN_PASSWORD)


@pytest.fixture(scope="session")
def face_photo(faces_dir: Path, faces_manifest: list[dict[str, str]]) -> bytes:
    """Bytes of one real single-face photo from the shared set."""
    single = next(row for row in faces_manifest if row["kind"] == "single")
    return (faces_dir / single["file"]).read_bytes()
