"""SFace and YuNet through OpenCV: the shipped model files, detection, templates, scores."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import numpy as np
import pytest

from biometrics import (
    SFACE_MODEL,
    ModelFileError,
    PhotoError,
    Template,
    cosine_score,
    detect_yunet,
    extract_sface_template,
)
from biometrics.model_files import MODELS_DIR, SFACE, YUNET, verified_path


def test_shipped_model_files_match_their_digests_and_licences() -> None:
    """Both ONNX files are in the package with their pinned SHA-256 and their licence texts."""
    for model in (YUNET, SFACE):
        assert Path(verified_path(model)).stat().st_size == model.size
    licences = {path.name for path in MODELS_DIR.glob("LICENSE-*")}
    assert licences == {"LICENSE-SFace-Apache-2.0.txt", "LICENSE-YuNet-MIT.txt"}
    assert "Shiqi Yu" in (MODELS_DIR / "LICENSE-YuNet-MIT.txt").read_text()
    assert "Apache License" in (MODELS_DIR / "LICENSE-SFace-Apache-2.0.txt").read_text()
    import biometrics.models  # the dlib loader module, not the folder of model files beside it

    assert Path(biometrics.models.__file__ or "").name == "models.py"


def test_missing_or_altered_model_file_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    """A missing file and a file with one byte changed raise ModelFileError naming the file."""
    with pytest.raises(ModelFileError, match=f"{YUNET.name} is missing"):
        verified_path(YUNET, tmp_path)
    copy = tmp_path / YUNET.name
    shutil.copyfile(MODELS_DIR / YUNET.name, copy)
    assert verified_path(YUNET, tmp_path) == str(copy)
    data = bytearray(copy.read_bytes())
    data[1000] ^= 0xFF
    copy.write_bytes(bytes(data))
    with pytest.raises(ModelFileError, match="altered or damaged") as caught:
        verified_path(YUNET, tmp_path)
    assert "reinstall" in str(caught.value)


def test_yunet_finds_one_face_per_press_photo_and_several_in_groups(
    faces_manifest, load_faces, press_photos
) -> None:  # type: ignore[no-untyped-def]
    """YuNet finds exactly one face in each press photo and at least two in each group photo."""
    for name, _ in press_photos:
        image, _faces = load_faces(name)
        assert len(detect_yunet(image)) == 1, name
    for row in faces_manifest:
        if row["kind"] == "multiple":
            image, _faces = load_faces(row["file"])
            assert len(detect_yunet(image)) >= 2, row["file"]


def test_sface_template_is_a_unit_vector_that_round_trips(sface_templates) -> None:  # type: ignore[no-untyped-def]
    """An SFace template is 128 numbers of norm 1, marked SFace, kept by the byte form."""
    template = sface_templates["alex_lacamoire_3.jpg"]
    assert template.vector.shape == (128,) and template.model == SFACE_MODEL
    assert abs(float(np.linalg.norm(template.vector)) - 1.0) < 1e-5
    again = Template.from_bytes(template.to_bytes())
    assert again == template and again.model == SFACE_MODEL
    assert cosine_score(template, again) == pytest.approx(1.0)


def test_sface_scores_same_people_above_different_people(press_photos, sface_templates) -> None:  # type: ignore[no-untyped-def]
    """On the press photos every same-person pair has a higher cosine than every other pair."""
    same, different = [], []
    for (a, who_a), (b, who_b) in itertools.combinations(press_photos, 2):
        score = cosine_score(sface_templates[a], sface_templates[b])
        (same if who_a == who_b else different).append(score)
    assert len(same) >= 20 and len(different) >= 150
    assert min(same) > max(different), (min(same), max(different))


def test_sface_on_a_picture_without_a_face_raises_no_face() -> None:
    """A plain grey picture raises PhotoError 'no_face'."""
    with pytest.raises(PhotoError) as caught:
        extract_sface_template(np.full((480, 640, 3), 128, dtype=np.uint8))
    assert caught.value.code == "no_face"
