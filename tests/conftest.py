"""Shared fixtures: where the real face photos are, and a clean environment per test."""

from __future__ import annotations

import contextlib
import csv
import os
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
# The suite lowers the station passphrase's KDF cost (STATION_SCRYPT_N=1024) to stay fast; a
# station refuses a cost below the shipped one unless this says that it runs under the tests.
# tests/sync/test_sync_defaults.py runs the CLI without it, at the shipped cost.
os.environ["STATION_TEST_WEAK_KDF"] = "1"
# A machine running the suite may have a real TPM (/dev/tpmrm0): the stations the tests make
# must not fill its persistent memory. tests/station/test_station_tpm.py names a private swtpm.
os.environ.setdefault("STATION_TPM_TCTI", "none")
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def _faces_dir() -> Path:
    candidates = [
        os.environ.get("STATION_FACES_DIR"),
        str(PROJECT_ROOT.parent / "shared" / "faces"),
        "/work/shared/faces",
    ]
    for candidate in candidates:
        if candidate and (Path(candidate) / "manifest.csv").is_file():
            return Path(candidate)
    raise RuntimeError("the shared face photos are missing: set STATION_FACES_DIR")


@pytest.fixture(scope="session")
def faces_dir() -> Path:
    """Folder of real, MIT-licensed face photos (never copied into the project)."""
    return _faces_dir()


@pytest.fixture(scope="session")
def faces_manifest(faces_dir: Path) -> list[dict[str, str]]:
    """Rows of manifest.csv: file, identities, kind, ..."""
    with open(faces_dir / "manifest.csv", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, uniquely named PostgreSQL database on the local server, dropped afterwards."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as connection:
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """`small_disk("2m")` mounts a real tmpfs of that size (a disk to fill up or make read-only);
    every mount is undone at the end. Skips where mounting is not allowed."""
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                              capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot mount a small disk here")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        with contextlib.suppress(OSError):
            subprocess.run(["umount", "-l", str(point)], capture_output=True)


def fill_disk(folder: Path) -> Path:
    """Write zeros into `folder` until its disk is full; returns the file to delete later."""
    filler = folder / "filler"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=16k"], capture_output=True)
    return filler
