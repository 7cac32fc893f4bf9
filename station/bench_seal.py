"""`station bench seal`: seal time per 1,000 enrolments at a real station (SQLite home, real
services, a registry on SQLite to join). Moved here from `registry bench import`: sync/ may
import station's domain types only, never its services."""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

PASSPHRASE = "bench passphrase 1"


def run_seal_bench(args: argparse.Namespace) -> dict[str, Any]:
    count = getattr(args, "n", None) or 1000
    return station_seal_bench(int(count))


def station_seal_bench(count: int) -> dict[str, Any]:
    """Seal time of `count` enrolments at a real station (read, decrypt, encode, encrypt, write)."""
    from station.services.context import init_station, login
    from station.services.enrolment import enrol
    from station.services.forms import EnrolmentForm
    from station.services.home import StationHome
    from station.services.sync_service import seal_pending
    from station.services.trust import install_trust
    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    with tempfile.TemporaryDirectory() as folder:
        registry = Registry.init(RegistryHome(Path(folder) / "reg"),
                                 f"sqlite:///{folder}/reg.db", PASSPHRASE)
        bundle = Path(folder) / "bundle.json"
        bundle.write_text(json.dumps(registry.add_station("BEN", "02")))
        station = init_station(StationHome(Path(folder) / "st"), "BEN", "02", PASSPHRASE,
                               "admin", "adminpass1", scrypt_n=1024)
        install_trust(station, bundle)
        actor = login(station, "admin", "adminpass1")
        letters = "abcdefghijklmnopqrstuvwxyz"
        for n in range(count):
            enrol(station, actor, EnrolmentForm(
                given_name="Bench" + letters[n % 26] + letters[n // 26 % 26],
                family_name="Seal" + letters[n // 676 % 26], sex="F", birth_year=1990,
                nationality="COD", consent_purposes="all", phone="+255700000000"))
        started = time.perf_counter()
        sealed = seal_pending(station, actor)
        seconds = time.perf_counter() - started
        station.close()
        registry.close()
    assert sealed is not None
    return {"enrolments": count,
            "station_seal_seconds_per_1000": round(seconds / count * 1000, 3),
            "station_seal_note": "real station, SQLite, records without photos"}
