"""The registry and the station as a new user runs them: every command a subprocess, with the
shipped defaults (KDF cost, home folders, registry URL from the bundle, sync retries) and no
test override in the environment at all: only a home folder, a path and the secrets."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.sync.conftest import free_port, wait_healthy

STATION_SECRET = "correct horse battery"
REGISTRY_SECRET = "registry passphrase 1"


def _clean_env(home: Path) -> dict[str, str]:
    """What a person's shell would hold: no *_SCRYPT_N, no *_HOME, no test switches."""
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
            "LANG": "C.UTF-8",
            "STATION_PASSPHRASE": STATION_SECRET, "STATION_USER": "admin",
            "STATION_PASSWORD": "adminpass1",
            "REGISTRY_PASSPHRASE": REGISTRY_SECRET, "REGISTRY_USER": "chief",
            "REGISTRY_PASSWORD": "chiefpass1"}


def _run(env: dict[str, str], program: str, *args: str) -> Any:
    module = "sync.registry" if program == "registry" else "station"
    done = subprocess.run([sys.executable, "-m", module, *args, "--json"], env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, (program, args, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout)


def test_registry_and_station_run_on_their_shipped_defaults(
        tmp_path: Path, postgres_url: str, faces_dir: Path) -> None:
    env = _clean_env(tmp_path / "person")
    (tmp_path / "person").mkdir()
    port = free_port()
    url = f"http://127.0.0.1:{port}"

    made = _run(env, "registry", "init", "--db", postgres_url, "--url", url)
    registry_home = Path(made["home"])
    assert registry_home.is_relative_to(tmp_path / "person")  # the default home folder
    keys = json.loads((registry_home / "keys.json").read_text())
    assert keys["scrypt"]["n"] == 2**15  # the shipped KDF cost, not a lowered one
    bundle = tmp_path / "usb" / "DAR-01.bundle.json"
    bundle.parent.mkdir()
    _run(env, "registry", "station", "add", "--site", "DAR", "--station", "01",
         "--out", str(bundle))

    station = _run(env, "station", "init", "--site", "DAR", "--station", "01",
                   "--trust", str(bundle))
    assert Path(station["home"]).is_relative_to(tmp_path / "person")
    first = _run(env, "station", "enrol", "--given-name", "Baraka", "--family-name", "Mwangi",
                 "--sex", "M", "--birth-date", "1961-08-04", "--nationality", "KEN",
                 "--consent", "all", "--photo", str(faces_dir / "barack_obama_1.jpg"),
                 "--quality-override", "field photo, wall not plain")
    exported = _run(env, "station", "export-batch", "--out", str(tmp_path / "usb"))
    assert exported["records"] == 1
    imported = _run(env, "registry", "import", exported["batch"])
    assert (imported["status"], imported["imported"]) == ("imported", 1)
    _run(env, "station", "import-ack", imported["ack_file"])

    _run(env, "station", "enrol", "--given-name", "Neema", "--family-name", "Juma", "--sex", "F",
         "--birth-year", "1999", "--nationality", "TZA", "--consent", "registration")
    server = subprocess.Popen([sys.executable, "-m", "sync.registry", "serve", "--port",
                               str(port)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        wait_healthy(url, server)
        synced = _run(env, "station", "sync")  # the registry URL comes from the bundle
    finally:
        server.send_signal(signal.SIGTERM)
        _, errors = server.communicate(timeout=30)
    assert "Traceback" not in errors, errors
    assert synced["records_acknowledged"] == 1

    status = _run(env, "station", "sync-status")
    assert (status["pending"], status["awaiting_ack"], status["acknowledged"]) == (0, 0, 2)
    overview = _run(env, "registry", "status")
    # one record has a photo, and a photo gives a template of each face model (dlib, SFace)
    assert (overview["enrolments"], overview["templates"]) == (2, 2)
    shown = _run(env, "station", "show", first["registration_number"])
    assert shown["registration_number"] == first["registration_number"]
