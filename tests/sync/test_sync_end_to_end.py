"""Two stations, one registry: the same person enrolled at both, synced over HTTP and by file."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from station.domain import limits
from tests.cli_runner import run_in_process
from tests.conftest import fill_disk
from tests.sync.conftest import ServerThread


def _run(env: dict[str, str], *args: str, check: bool = True, in_process: bool = False) -> Any:
    """`station ...` or `registry ...` as a separate process, or (`in_process`) through the
    same command's `main` in this one (no process start, models loaded once)."""
    module = "sync.registry" if args[0] == "registry" else "station"
    done = run_in_process(args[0], args[1:], env) if in_process else subprocess.run(
        [sys.executable, "-m", module, *args[1:]], env=env, capture_output=True, text=True,
        timeout=120)
    if check:
        assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if check and "--json" in args else done


def test_sync_two_stations_end_to_end(registry: Any, tmp_path: Path, faces_dir: Path,
                                      env_for_cli: dict[str, str]) -> None:
    """Every record once at the registry, the cross-site duplicate flagged, all acknowledged.

    DAR's commands, the export, the import and the sync run as separate processes; ARU's
    set-up and the read-only checks call the same commands' `main` in this process."""
    reg = str(registry.home.path)
    homes = {}
    for site, code, photo in (("DAR", "01", "barack_obama_1.jpg"),
                              ("ARU", "02", "barack_obama_2.jpg")):
        bundle = tmp_path / f"{site}.bundle.json"
        here = site == "ARU"
        _run(env_for_cli, "registry", "--home", reg, "station", "add", "--site", site,
             "--station", code, "--out", str(bundle), in_process=here)
        home = homes[site] = str(tmp_path / site)
        _run(env_for_cli, "station", "--home", home, "init", "--site", site, "--station", code,
             "--trust", str(bundle), in_process=here)
        _run(env_for_cli, "station", "--home", home, "enrol", "--given-name", "Baraka",
             "--family-name", "Mwangi", "--sex", "M", "--birth-date", "1961-08-04",
             "--nationality", "KEN", "--consent", "all", "--photo", str(faces_dir / photo),
             "--quality-override", "field photo, wall not plain", in_process=here)
        _run(env_for_cli, "station", "--home", home, "enrol", "--given-name", f"Neema{site}",
             "--family-name", "Other", "--sex", "F", "--birth-year", "1999",
             "--nationality", "TZA", "--consent", "registration", in_process=here)
    usb = tmp_path / "usb"
    usb.mkdir()
    exported = _run(env_for_cli, "station", "--home", homes["ARU"], "export-batch", "--out",
                    str(usb), "--json")
    assert exported["records"] == 2 and Path(exported["batch"]).is_file()
    imported = _run(env_for_cli, "registry", "--home", reg, "import", exported["batch"], "--json")
    assert imported["status"] == "imported" and imported["imported"] == 2
    _run(env_for_cli, "station", "--home", homes["ARU"], "import-ack", imported["ack_file"],
         in_process=True)
    again = _run(env_for_cli, "registry", "--home", reg, "import", exported["batch"], "--json",
                 in_process=True)
    assert again["status"] == "already-imported" and again["imported"] == 0

    server = ServerThread(registry).start()  # index rebuilt from PostgreSQL at start-up
    try:
        synced = _run(env_for_cli, "station", "--home", homes["DAR"], "sync", "--url",
                      server.url, "--json")
    finally:
        server.stop()
    assert synced["records_acknowledged"] == 2

    for home in homes.values():
        status = _run(env_for_cli, "station", "--home", home, "sync-status", "--json",
                      in_process=True)
        assert (status["pending"], status["awaiting_ack"], status["acknowledged"]) == (0, 0, 2)
    overview = _run(env_for_cli, "registry", "--home", reg, "status", "--json", in_process=True)
    # two records have a photo; a photo gives a template of each face model (dlib, SFace)
    assert overview["enrolments"] == 4 and overview["templates"] == 4
    cases = _run(env_for_cli, "registry", "--home", reg, "duplicates", "--json",
                 in_process=True)
    kinds = {c["kind"] for c in cases}
    assert kinds == {"biometric", "demographic"}
    assert all({c["station_id"], c["candidate_station_id"]} == {"DAR-01", "ARU-02"}
               for c in cases)
    assert all(c["registration_number"] != c["candidate"] for c in cases)

    # central staff decide; nothing was merged before, and a case is decided once
    first = str(cases[0]["case"])
    decided = _run(env_for_cli, "registry", "--home", reg, "duplicates", "decide", first,
                   "same", "--reason", "same person, seen at both sites", "--by", "central1",
                   "--json")
    assert decided == {"case": int(first), "decision": "same", "status": "decided"}
    left = _run(env_for_cli, "registry", "--home", reg, "duplicates", "--json")
    assert [c["case"] for c in left] == [c["case"] for c in cases[1:]]
    again = _run(env_for_cli, "registry", "--home", reg, "duplicates", "decide", first,
                 "different", "--reason", "changed my mind", "--by", "central2", check=False)
    assert again.returncode != 0 and "decided already" in again.stderr
    assert _run(env_for_cli, "registry", "--home", reg, "status", "--json")["enrolments"] == 4


def test_sync_cli_rejected_import_exits_non_zero(registry: Any, tmp_path: Path,
                                                 env_for_cli: dict[str, str]) -> None:
    """`registry import --json` of a damaged file prints status rejected with a reason, exit 3."""
    bad = tmp_path / "DAR-01-000001.batch"
    bad.write_bytes(b"PK\x03\x04 not really a batch")
    done = _run(env_for_cli, "registry", "--home", str(registry.home.path), "import", str(bad),
                "--json", check=False)
    answer = json.loads(done.stdout)
    assert done.returncode == 3 and answer["status"] == "rejected"
    assert answer["reason"] == "truncated" and not bad.exists()


def test_sync_registry_disk_full_keeps_nothing_half_and_retry_imports(
        tmp_path: Path, env_for_cli: dict[str, str], small_disk: Callable[[str], Path]) -> None:
    """On a full registry disk an import fails clearly, stores nothing, quarantines nothing;
    once space is freed the same file imports."""
    small = small_disk("3m")
    reg = str(small / "registry")
    _run(env_for_cli, "registry", "--home", reg, "init", "--db",
         f"sqlite:///{small / 'registry.db'}")
    bundle = tmp_path / "bundle.json"
    _run(env_for_cli, "registry", "--home", reg, "station", "add", "--site", "DAR",
         "--station", "01", "--out", str(bundle))
    home = str(tmp_path / "station")
    _run(env_for_cli, "station", "--home", home, "init", "--site", "DAR", "--station", "01",
         "--trust", str(bundle))
    for index in range(3):
        _run(env_for_cli, "station", "--home", home, "enrol", "--given-name",
             f"Neema{'abc'[index]}", "--family-name", "Full", "--sex", "F",
             "--birth-year", "1990", "--nationality", "TZA", "--consent", "all",
             "--notes", "x" * limits.NOTES)  # the longest notes a record may have
    usb = tmp_path / "usb"
    usb.mkdir()
    batch = _run(env_for_cli, "station", "--home", home, "export-batch", "--out", str(usb),
                 "--json")["batch"]
    filler = fill_disk(small)
    failed = _run(env_for_cli, "registry", "--home", reg, "import", batch, "--json",
                  check=False)
    assert failed.returncode != 0 and "Traceback" not in failed.stderr
    assert "full" in failed.stderr
    assert Path(batch).is_file()  # not the batch's fault: not quarantined
    filler.unlink()
    done = _run(env_for_cli, "registry", "--home", reg, "import", batch, "--json")
    assert done["status"] == "imported" and done["imported"] == 3
