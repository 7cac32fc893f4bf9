"""Emergency wipe: the key material is destroyed and the store cannot be opened again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from protection_helpers import GIVEN, PASSPHRASE, full_form

from station.cli.main import main
from station.errors import LockedError, PermissionDenied
from station.services.context import Actor, Station, add_operator, login, open_station
from station.services.enrolment import enrol
from station.services.wipe import wipe_station


def test_wipe_makes_the_store_unreadable(station: Station, admin: Actor) -> None:
    """After wipe, open_station fails with a LockedError that says the station was wiped."""
    enrol(station, admin, full_form())
    result = wipe_station(station, admin, shred_store=False)
    assert result.key_destroyed
    assert not station.home.vault.path.exists()
    with pytest.raises(LockedError, match="wiped"):
        open_station(station.home, PASSPHRASE)


def test_wipe_with_shredding_leaves_no_store_file(station: Station, admin: Actor) -> None:
    """By default the embedded store file is overwritten and removed after the keys."""
    enrol(station, admin, full_form())
    store = station.home.store_path
    result = wipe_station(station, admin)
    assert "store.db" in result.files_shredded
    assert not store.exists()
    leftovers = b"".join(p.read_bytes() for p in station.home.path.iterdir() if p.is_file())
    assert GIVEN.encode() not in leftovers


def test_only_admins_may_wipe(station: Station, admin: Actor) -> None:
    """A supervisor may not wipe; nothing is destroyed."""
    from station.domain.vocab import Role

    add_operator(station, admin, "super1", Role.SUPERVISOR, "superpass1")
    with pytest.raises(PermissionDenied):
        wipe_station(station, login(station, "super1", "superpass1"))
    assert station.home.vault.exists()


def test_cli_wipe_needs_confirmation_without_a_terminal(
        station: Station, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`station wipe` without --yes and without a terminal refuses and keeps the keys."""
    home: Path = station.home.path
    station.close()
    for name, value in {"STATION_HOME": str(home), "STATION_PASSPHRASE": PASSPHRASE,
                        "STATION_USER": "admin", "STATION_PASSWORD": "adminpass1"}.items():
        monkeypatch.setenv(name, value)
    with open(os.devnull) as no_terminal:
        monkeypatch.setattr("sys.stdin", no_terminal)
        assert main(["wipe"]) != 0
    assert "confirmation" in capsys.readouterr().err
    assert (home / "keys.slots").exists()
    assert main(["wipe", "--yes"]) == 0
    assert "WIPED" in capsys.readouterr().out
    assert main(["list"]) == 3  # LockedError's exit code
    assert "wiped" in capsys.readouterr().err
