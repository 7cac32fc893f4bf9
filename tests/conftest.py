"""Shared fixtures: where the real face photos are, and a clean environment per test."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]


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
