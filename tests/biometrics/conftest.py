"""Session-scoped biometrics fixtures: photos decoded and templates made once per test run."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from biometrics import Face, Template, detect_faces, extract_template, load_image


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
