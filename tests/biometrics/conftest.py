"""Session-scoped biometrics fixtures: photos decoded and templates made once per test run."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from biometrics import (
    Face,
    QualityReport,
    Template,
    assess_faces,
    detect_faces,
    extract_sface_template,
    extract_template,
    load_image,
)


@pytest.fixture(scope="session")
def single_photos(faces_manifest: list[dict[str, str]]) -> list[tuple[str, str]]:
    """(file, identity) of every photo with exactly one known person."""
    return [(r["file"], r["identities"]) for r in faces_manifest if r["kind"] == "single"]


@pytest.fixture(scope="session")
def photo_faces(faces_dir: Path) -> dict[str, tuple[np.ndarray, list[Face]]]:
    """Cache: file -> (RGB image, detected faces), filled on demand."""
    return {}


@pytest.fixture(scope="session")
def load_faces(faces_dir: Path, photo_faces: dict[str, tuple[np.ndarray, list[Face]]]):  # type: ignore[no-untyped-def]
    def load(name: str) -> tuple[np.ndarray, list[Face]]:
        if name not in photo_faces:
            image = load_image(faces_dir / name)
            photo_faces[name] = (image, detect_faces(image))
        return photo_faces[name]

    return load


@pytest.fixture(scope="session")
def templates(single_photos: list[tuple[str, str]], load_faces) -> dict[str, Template]:  # type: ignore[no-untyped-def]
    """Template of every single-person photo (made once; about 15 s)."""
    result = {}
    for name, _ in single_photos:
        image, faces = load_faces(name)
        result[name] = extract_template(image, faces[0])
    return result


@pytest.fixture(scope="session")
def press_photos(single_photos: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The single-face press photos (everything but the small `johns/` face crops)."""
    return [(name, who) for name, who in single_photos if not name.startswith("johns/")]


@pytest.fixture(scope="session")
def press_reports(press_photos, load_faces) -> dict[str, QualityReport]:  # type: ignore[no-untyped-def]
    """Quality report (with its card portrait) of every press photo, made once (about 5 s)."""
    reports = {}
    for name, _ in press_photos:
        image, faces = load_faces(name)
        reports[name] = assess_faces(image, faces)
    return reports


@pytest.fixture(scope="session")
def sface_templates(press_photos, load_faces) -> dict[str, Template]:  # type: ignore[no-untyped-def]
    """SFace template of every press photo, of the face dlib found (about 3 s)."""
    result = {}
    for name, _ in press_photos:
        image, faces = load_faces(name)
        result[name] = extract_sface_template(image, faces[0])
    return result
