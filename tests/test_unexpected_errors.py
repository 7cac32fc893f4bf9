"""An error nobody planned for is one plain line for the person and a report for support that
holds no personal data; damaged settings files are named, not a traceback."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from sync.crash_log import plain_line, record_unexpected, sanitised_report

SECRETS = {"STATION_PASSPHRASE": "correct horse battery", "STATION_USER": "admin",
           "STATION_PASSWORD": "adminpass1", "REGISTRY_PASSPHRASE": "registry passphrase 1",
           "REGISTRY_USER": "chief", "REGISTRY_PASSWORD": "chiefpass1"}


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), **SECRETS}
    return subprocess.run([sys.executable, "-m", *args], env=env, capture_output=True,
                          text=True, timeout=120)


def test_damaged_settings_files_are_named_in_one_line(tmp_path: Path) -> None:
    registry, station = tmp_path / "registry", tmp_path / "station"
    registry.mkdir()
    station.mkdir()
    (registry / "registry.json").write_text("{not json")
    (station / "station.json").write_text("[1, 2]")
    for done in (_run(tmp_path, "sync.registry", "--home", str(registry), "status"),
                 _run(tmp_path, "station", "--home", str(station), "list")):
        assert done.returncode != 0
        assert "Traceback" not in done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "settings file" in lines[0] and "damaged" in lines[0], lines


def test_the_support_report_names_places_not_data(tmp_path: Path) -> None:
    """A third-party error quoting the data it choked on: the report keeps type and stack."""
    try:
        int("Amani Kabila")
    except ValueError as exc:
        error = exc
    assert "Amani" in str(error)  # the message does quote the data...
    report = sanitised_report(error)
    assert "Amani" not in report  # ...the report does not
    assert "ValueError" in report and "test_the_support_report_names_places" in report

    written = record_unexpected(error, tmp_path)
    assert written == tmp_path.resolve() / "logs" / "errors.log"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "Amani" not in written.read_text() and "ValueError" in written.read_text()
    line = plain_line(error, written)
    assert "\n" not in line and str(written) in line and "Amani" not in line
    # No home folder yet (a failed first command): nothing is created, the line still reads.
    assert record_unexpected(error, tmp_path / "absent") is None
    assert not (tmp_path / "absent").exists()
