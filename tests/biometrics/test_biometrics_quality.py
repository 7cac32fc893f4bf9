"""ICAO-style quality checks on real photos, and the ID portrait geometry."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from biometrics import (
    PORTRAIT_SIZE,
    PhotoError,
    QualityThresholds,
    analyse_photo,
    assess_faces,
    crop_portrait,
    detect_faces,
)
from biometrics.portrait import roll_degrees


def test_group_photos_fail_the_one_face_check(faces_manifest, load_faces) -> None:  # type: ignore[no-untyped-def]
    """Every group photo is rejected by the non-overridable one-face check, with a reason."""
    groups = [r["file"] for r in faces_manifest if r["kind"] == "multiple"]
    assert groups
    for name in groups:
        image, faces = load_faces(name)
        report = assess_faces(image, faces)
        check = report.check("one_face")
        assert report.face_count >= 2, name
        assert not check.passed and not check.overridable and not report.overridable
        assert "faces are visible" in check.reason and not report.passed


def test_partial_faces_fail_face_in_frame(faces_manifest, load_faces) -> None:  # type: ignore[no-untyped-def]
    """Faces cut off by the photo's edge fail 'face_in_frame' naming the edge."""
    partial = [r["file"] for r in faces_manifest if r["kind"] == "partial"]
    assert partial
    for name in partial:
        image, faces = load_faces(name)
        check = assess_faces(image, faces).check("face_in_frame")
        assert not check.passed and not check.overridable, name
        assert "cut off at the" in check.reason


def test_good_frontal_photo_passes_face_checks(load_faces) -> None:  # type: ignore[no-untyped-def]
    """A frontal, sharp, evenly lit portrait passes pose, eyes, exposure and sharpness."""
    image, faces = load_faces("alex_lacamoire_3.jpg")
    report = assess_faces(image, faces)
    for name in (
        "one_face",
        "face_in_frame",
        "head_yaw",
        "head_pitch",
        "head_roll",
        "eyes_open",
        "mouth_closed",
        "exposure",
        "sharpness",
        "lighting_uniformity",
        "face_size",
    ):
        assert report.check(name).passed, (name, report.check(name))
    assert report.to_dict()["face_count"] == 1


def test_dark_photo_fails_exposure_with_advice(load_faces) -> None:  # type: ignore[no-untyped-def]
    """Darkening a good photo makes 'exposure' fail with 'Too dark' advice."""
    image, _ = load_faces("alex_lacamoire_3.jpg")
    dark = (image.astype(np.float32) * 0.25).astype(np.uint8)
    report = assess_faces(dark, detect_faces(dark, upsample=1))
    check = report.check("exposure")
    assert not check.passed and check.overridable and check.reason.startswith("Too dark")


def test_blurred_photo_fails_sharpness(load_faces) -> None:  # type: ignore[no-untyped-def]
    """A strong blur of a sharp photo fails 'sharpness' with advice to hold still."""
    image, faces = load_faces("alex_lacamoire_3.jpg")
    blurred = cv2.GaussianBlur(image, (0, 0), 6)
    sharp_score = assess_faces(image, faces).check("sharpness").score
    check = assess_faces(blurred, faces).check("sharpness")
    assert not check.passed and check.score < sharp_score / 5 and "blurred" in check.reason


def test_closed_eyes_fail_eyes_open(load_faces) -> None:  # type: ignore[no-untyped-def]
    """Moving the real upper-lid landmarks onto the lower lids fails 'eyes_open'."""
    image, faces = load_faces("alex_lacamoire_3.jpg")
    face = faces[0]
    closed = face.landmarks.copy()
    for upper, lower in ((37, 41), (38, 40), (43, 47), (44, 46)):
        closed[upper] = closed[lower]
    shut = type(face)(face.box, closed, face.score, face.method)
    check = assess_faces(image, [shut]).check("eyes_open")
    assert not check.passed and "closed" in check.reason


def test_strict_thresholds_are_configurable(load_faces) -> None:  # type: ignore[no-untyped-def]
    """Raising the minimum eye distance turns a passing check into a failure."""
    image, faces = load_faces("alex_lacamoire_3.jpg")
    strict = QualityThresholds.from_dict({"min_eye_distance_px": 1000})
    assert assess_faces(image, faces).check("eye_distance").passed
    assert not assess_faces(image, faces, strict).check("eye_distance").passed
    with pytest.raises(ValueError, match="unknown quality thresholds"):
        QualityThresholds.from_dict({"no_such_limit": 1})


def test_portrait_is_levelled_and_follows_icao_geometry(load_faces) -> None:  # type: ignore[no-untyped-def]
    """A photo tilted by 12 degrees gives a 420x540 portrait with level eyes at ICAO height."""
    image, _ = load_faces("alex_lacamoire_3.jpg")
    height, width = image.shape[:2]
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), 12, 1.0)
    tilted = cv2.warpAffine(image, turn, (width, height), borderMode=cv2.BORDER_REPLICATE)
    face = detect_faces(tilted)[0]
    assert abs(roll_degrees(face)) > 8
    portrait = crop_portrait(tilted, face)
    assert portrait.shape == (PORTRAIT_SIZE[1], PORTRAIT_SIZE[0], 3)
    again = detect_faces(portrait)[0]
    assert abs(roll_degrees(again)) < 3
    eye_line = float((again.left_eye[1] + again.right_eye[1]) / 2) / PORTRAIT_SIZE[1]
    assert 0.36 <= eye_line <= 0.48  # ICAO: eye line 52-64 % above the bottom edge
    assert abs(float((again.left_eye[0] + again.right_eye[0]) / 2) - PORTRAIT_SIZE[0] / 2) < 15
    assert math.isfinite(again.eye_distance)


def test_analyse_photo_returns_report_portrait_and_template(faces_dir) -> None:  # type: ignore[no-untyped-def]
    """analyse_photo gives a report, a JPEG portrait and a 128-d template marked 'imported'."""
    analysis = analyse_photo(faces_dir / "group_3.jpg")
    assert analysis.source == "imported" and analysis.template is not None
    assert analysis.portrait_jpeg[:2] == b"\xff\xd8"
    assert analysis.report.face_count == 2 and any("largest" in w for w in analysis.report.warnings)
    assert analysis.to_dict()["quality"]["passed"] is False


def test_analyse_photo_without_face_raises_no_face() -> None:
    """A plain grey picture raises PhotoError 'no_face' (nothing to store)."""
    blank = np.full((480, 640, 3), 128, dtype=np.uint8)
    with pytest.raises(PhotoError) as caught:
        analyse_photo(blank)
    assert caught.value.code == "no_face"
