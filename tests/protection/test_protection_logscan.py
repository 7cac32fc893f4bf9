"""Minimisation: no personal data in logs or error messages of a whole CLI session; and the
deployment's choice of collected fields."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from protection_helpers import BIRTH, CONTACT_PHONE, FAMILY, GIVEN, PHONE, full_form

from station.cli.main import main
from station.errors import ValidationError
from station.services.minimisation import check_form, hidden_fields

PERSONAL = (GIVEN, FAMILY, "Neemakuu", PHONE, "713 908172", BIRTH, CONTACT_PHONE,
            "zawadi.m@example.org", "Baraka", "Nyarugusu")


def _enrol_args(photo: Path) -> list[str]:
    return ["-v", "enrol", "--given-name", GIVEN, "--family-name", FAMILY,
            "--other-names", "Neemakuu", "--sex", "F", "--birth-date", BIRTH,
            "--nationality", "COD", "--phone", PHONE, "--email", "zawadi.m@example.org",
            "--place", "Nyarugusu camp", "--region", "Kigoma", "--district", "Kasulu",
            "--emergency-contact", f"Baraka Mwakalindile;brother;{CONTACT_PHONE}",
            "--consent", "all", "--photo", str(photo),
            "--quality-override", "shared test photo", "--json"]


def test_a_whole_cli_session_logs_no_personal_data(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str], faces_dir: Path,
        faces_manifest: list[dict[str, str]]) -> None:
    """Names, phone numbers and birth dates typed in appear in no log line and no stderr
    message of init, enrol, show, correct, errors, reports, export, withdrawal, purge, wipe."""
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("STATION_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("STATION_PASSPHRASE", "correct horse battery")
    monkeypatch.setenv("STATION_USER", "admin")
    monkeypatch.setenv("STATION_PASSWORD", "adminpass1")
    monkeypatch.setenv("STATION_SCRYPT_N", "1024")
    photo = faces_dir / next(r["file"] for r in faces_manifest if r["kind"] == "single")
    stderr = []

    def run(*argv: str) -> str:
        code = main(["-v", *argv] if argv[0] != "-v" else list(argv))
        captured = capsys.readouterr()
        stderr.append(captured.err)
        assert code == 0, captured.err
        return captured.out

    run("init", "--site", "DAR", "--station", "01")
    number = json.loads(run(*_enrol_args(photo)))["registration_number"]
    run("show", number)
    run("correct", number, "--phone", "+255 799 111222", "--given-name", "Rehemaaa")
    for bad in (["--phone", PHONE + "x!"], ["--birth-date", BIRTH + "9"],
                ["--given-name", GIVEN + "7"]):
        assert main(["-v", "correct", number, *bad]) != 0
        stderr.append(capsys.readouterr().err)
    run("list")
    run("report", "--by", "nationality,sex", "--json")
    run("report", "--by", "site", "--out", str(tmp_path / "r.pdf"))
    run("subject-export", number, "--out", str(tmp_path / "export"))
    run("cards-expiring", "--days", "30")
    run("consent", "withdraw", number, "--purpose", "biometrics")
    run("purge", "--dry-run")
    run("purge")
    run("audit", "verify")
    run("wipe", "--yes")

    logs = caplog.text + "\n".join(stderr)
    assert "Running upgrade" in caplog.text  # library logging was captured at DEBUG
    assert logs.count("error:") == 3  # the refused corrections were reported, and scanned
    found = [value for value in PERSONAL if value in logs]
    assert found == []


def test_collected_fields_hide_and_refuse_what_a_deployment_does_not_collect() -> None:
    """With collected_fields set, other optional fields are hidden and refused by name."""
    collected = ["languages", "region", "district", "preferred_channel", "phone",
                 "vulnerabilities", "needs"]
    hidden = hidden_fields(collected)
    assert "notes" in hidden and "phone" not in hidden and "given_name" not in hidden
    assert hidden_fields([]) == []
    with pytest.raises(ValidationError, match="is not collected in this deployment") as error:
        check_form(collected, full_form())
    assert error.value.field in hidden
    assert "Neemakuu" not in str(error.value)
    slim = full_form(notes="", place="", email="", other_names="", given_name_latin="",
                     family_name_latin="", other_names_latin="", arrival_date="",
                     emergency_contacts=[], family_contacts=[], dependants=[], documents=[],
                     local_language="none")
    check_form(collected, slim)
    with pytest.raises(ValidationError, match="unknown fields"):
        hidden_fields(["shoe_size"])
