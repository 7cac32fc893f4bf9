"""The `station` command line: set-up, enrolment, records, audit, and clear errors."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import fill_disk
from tests.station.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE

ENROL = ["enrol", "--given-name", "Amani", "--family-name", "Kabila", "--sex", "M",
         "--birth-year", "1988", "--nationality", "BDI", "--consent", "registration"]


def station_env(home: Path) -> dict[str, str]:
    return {**os.environ, "STATION_HOME": str(home), "STATION_PASSPHRASE": PASSPHRASE,
            "STATION_USER": ADMIN, "STATION_PASSWORD": ADMIN_PASSWORD,
            "STATION_SCRYPT_N": "1024"}


def run(home: Path, *args: str, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "station", *args], capture_output=True,
                          text=True, env=env or station_env(home), timeout=120)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    result = run(home, "init", "--site", "DAR", "--station", "01")
    assert result.returncode == 0, result.stderr
    return home


def test_enrol_then_show_prints_every_field_as_json(home: Path) -> None:
    """`enrol --json` gives the number; `show --json` gives the record back."""
    enrolled = run(home, *ENROL, "--phone", "+257 79 123456", "--json")
    assert enrolled.returncode == 0, enrolled.stderr
    number = json.loads(enrolled.stdout)["registration_number"]
    shown = json.loads(run(home, "show", number, "--json").stdout)
    assert shown["name"]["given"] == "Amani" and shown["contact"]["phone"] == "+257 79 123456"
    assert shown["birth_date_estimated"] is True
    listed = run(home, "list")
    assert number in listed.stdout and "Amani" not in listed.stdout


@pytest.mark.parametrize(("change", "field"), [
    (("--nationality", "QQQ"), "nationality"),
    (("--birth-year", "2990"), "birth_date"),
    (("--consent", "biometrics"), "consent"),
    (("--sex", "Q"), "sex"),
])
def test_bad_values_name_the_field_and_store_nothing(home: Path, change: tuple[str, str],
                                                      field: str) -> None:
    """Unknown or impossible values fail with the field named, and nothing is written."""
    args = list(ENROL)
    index = args.index(change[0])
    args[index + 1] = change[1]
    result = run(home, *args, "--json")
    assert result.returncode != 0
    assert json.loads(result.stdout)["field"] == field
    assert "Amani" not in result.stderr
    assert json.loads(run(home, "list", "--json").stdout) == []


def test_impossible_calendar_date_is_refused(home: Path) -> None:
    """30 February is not a date."""
    args = [a for a in ENROL if a not in ("--birth-year", "1988")]
    result = run(home, *args, "--birth-date", "1990-02-30")
    assert result.returncode != 0 and "birth date" in result.stderr


def test_unreadable_photo_is_refused(home: Path, tmp_path: Path) -> None:
    """A file that is not an image is refused with a reason; nothing is stored."""
    broken = tmp_path / "photo.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    args = [*ENROL[:-1], "registration,biometrics", "--photo", str(broken), "--json"]
    result = run(home, *args)
    assert result.returncode != 0
    assert json.loads(result.stdout)["field"] == "photo"
    assert json.loads(run(home, "list", "--json").stdout) == []


def test_wrong_passphrase_exit_status(home: Path) -> None:
    """A wrong passphrase is a clear error with a non-zero status."""
    env = {**station_env(home), "STATION_PASSPHRASE": "wrong wrong wrong"}
    result = run(home, "list", env=env)
    assert result.returncode != 0 and "wrong passphrase" in result.stderr


def test_audit_verify_reports_a_break_with_non_zero_status(home: Path) -> None:
    """`audit verify` exits 0 when intact, non-zero and says where when edited."""
    run(home, *ENROL)
    assert run(home, "audit", "verify").returncode == 0
    with sqlite3.connect(home / "store.db") as db:
        db.execute("UPDATE audit_events SET action = 'nothing' WHERE sequence = 2")
    result = run(home, "audit", "verify", "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["broken_at"] == 2


def test_full_disk_loses_nothing_already_stored(small_disk: Callable[[str], Path]) -> None:
    """On a full disk an enrolment fails with a clear error and earlier ones stay intact."""
    disk = small_disk("2m")
    home = disk / "home"
    assert run(home, "init", "--site", "DAR", "--station", "01").returncode == 0
    assert run(home, *ENROL).returncode == 0
    filler = fill_disk(disk)
    failed = run(home, *ENROL, "--notes", "x" * 5000)
    assert failed.returncode != 0 and "disk is full" in failed.stderr
    filler.unlink()
    records = json.loads(run(home, "list", "--json").stdout)
    assert len(records) == 1
    assert run(home, "audit", "verify").returncode == 0


KILL_LOOP = """
import sys
from station.services.context import login, open_station
from station.services.enrolment import enrol
from station.services.home import StationHome
from tests.station.helpers import full_form
station = open_station(StationHome(sys.argv[1]), sys.argv[2])
admin = login(station, sys.argv[3], sys.argv[4])
print("ready", flush=True)
while True:
    enrol(station, admin, full_form())
    print("enrolled", flush=True)
"""


def test_process_killed_mid_enrolment_leaves_store_consistent(home: Path) -> None:
    """SIGKILL during a stream of enrolments leaves only whole enrolments behind."""
    process = subprocess.Popen(
        [sys.executable, "-c", KILL_LOOP, str(home), PASSPHRASE, ADMIN, ADMIN_PASSWORD],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2])
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    for _ in range(3):  # three whole enrolments, then the kill lands inside the next ones
        assert process.stdout.readline().strip() == "enrolled"
    time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    with sqlite3.connect(home / "store.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        enrolments = db.execute("SELECT count(*) FROM enrolments").fetchone()[0]
        consents = db.execute("SELECT count(*) FROM consents").fetchone()[0]
        audited = db.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'enrol'").fetchone()[0]
        sequence = db.execute("SELECT value FROM meta WHERE key = 'seq:enrolment'").fetchone()
    assert enrolments >= 3
    assert enrolments == consents == audited == int(sequence[0])
    assert run(home, "audit", "verify").returncode == 0
    listed = json.loads(run(home, "list", "--json", "--limit", "100000").stdout)
    assert len(listed) == enrolments


def test_card_printed_from_the_command_line_verifies(home: Path, faces_dir: Path,
                                                     tmp_path: Path) -> None:
    """enrol --photo, card --out, verify-card --json: valid, exit 0; revoked: invalid, exit 1."""
    args = [*ENROL[:-1], "all", "--photo", str(faces_dir / "kit_harington_1.jpeg"),
            "--quality-override", "press photo", "--json"]
    enrolled = run(home, *args)
    assert enrolled.returncode == 0, enrolled.stderr
    number = json.loads(enrolled.stdout)["registration_number"]
    card_pdf = tmp_path / "card.pdf"
    printed = run(home, "card", number, "--out", str(card_pdf), "--json")
    assert printed.returncode == 0, printed.stderr
    card_number = json.loads(printed.stdout)["card_number"]
    verdict = run(home, "verify-card", str(card_pdf), "--json")
    assert verdict.returncode == 0, verdict.stdout
    assert json.loads(verdict.stdout)["valid"] is True
    assert json.loads(verdict.stdout)["card_number"] == card_number
    assert run(home, "card", "revoke", card_number).returncode == 0
    verdict = run(home, "verify-card", str(card_pdf), "--json")
    assert verdict.returncode == 1 and json.loads(verdict.stdout)["valid"] is False


def test_read_only_disk_is_a_clear_error(small_disk: Callable[[str], Path]) -> None:
    """On a disk remounted read-only, enrolment fails with a clear error, not a traceback."""
    disk = small_disk("16m")
    home = disk / "home"
    assert run(home, "init", "--site", "DAR", "--station", "01").returncode == 0
    assert run(home, *ENROL).returncode == 0
    remount = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
    assert remount.returncode == 0, remount.stderr
    failed = run(home, *ENROL)
    assert failed.returncode != 0
    assert "read-only disk" in failed.stderr
    assert "Traceback" not in failed.stderr


def test_enrol_from_a_json_form_on_standard_input(home: Path) -> None:
    """`enrol --form -` takes the details from stdin, keeping them out of the process list."""
    form = {"given_name": "Neema", "family_name": "Kahindi", "sex": "F", "birth_year": 1992,
            "nationality": "KEN", "consent_purposes": "registration",
            "emergency_contacts": [["Baraka Kahindi", "brother", "+254 700 000000"]]}
    result = subprocess.run([sys.executable, "-m", "station", "enrol", "--form", "-", "--json"],
                            input=json.dumps(form), capture_output=True, text=True,
                            env=station_env(home), timeout=120)
    assert result.returncode == 0, result.stderr
    number = json.loads(result.stdout)["registration_number"]
    shown = json.loads(run(home, "show", number, "--json").stdout)
    assert shown["emergency_contacts"][0]["name"] == "Baraka Kahindi"
    misspelt = subprocess.run([sys.executable, "-m", "station", "enrol", "--form", "-"],
                              input='{"given_nam": "x"}', capture_output=True, text=True,
                              env=station_env(home), timeout=120)
    assert misspelt.returncode != 0 and "given_nam" in misspelt.stderr


def test_failed_init_leaves_nothing_behind_and_can_be_retried(tmp_path: Path) -> None:
    """A short passphrase, a bad trust bundle or a bad database URL leave no half-made home."""
    home = tmp_path / "home"
    short = {**station_env(home), "STATION_PASSPHRASE": "short"}
    assert run(home, "init", "--site", "DAR", "--station", "01", env=short).returncode == 2
    bundle = tmp_path / "bundle.json"
    bundle.write_text("not a bundle")
    failed = run(home, "init", "--site", "DAR", "--station", "01", "--trust", str(bundle))
    assert failed.returncode == 2 and "trust" in failed.stderr
    garbage = run(home, "init", "--site", "DAR", "--station", "01", "--db", "garbage", "--json")
    assert garbage.returncode == 2 and json.loads(garbage.stdout)["field"] == "db"
    assert sorted(p.name for p in home.glob("*")) == []
    assert run(home, "init", "--site", "DAR", "--station", "01").returncode == 0


def test_failed_init_on_postgres_releases_the_database(tmp_path: Path, postgres_url: str
                                                       ) -> None:
    """A set-up that fails after claiming a PostgreSQL database gives the database back."""
    home = tmp_path / "home"
    bundle = tmp_path / "bundle.json"
    bundle.write_text("{}")
    args = ("init", "--site", "DAR", "--station", "01", "--db", postgres_url)
    assert run(home, *args, "--trust", str(bundle)).returncode == 2
    retried = run(home, *args)
    assert retried.returncode == 0, retried.stderr
