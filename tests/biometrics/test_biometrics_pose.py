"""Head pose from a perspective fit of the generic 68-point head, on real press photos."""

from __future__ import annotations

import math

import numpy as np

from biometrics import assess_faces, head_pose
from biometrics.headmodel import HEAD_MODEL_68, MIRROR_68, derive_head_model

# Press photos where the person looks straight at the camera (checked by eye).
FRONTAL = (
    "barack_obama_1.jpg",
    "barack_obama_3.jpg",
    "barack_obama_5.jpg",
    "barack_obama_6.jpg",
    "joe_biden_2.jpg",
    "alex_lacamoire_2.jpg",
    "alex_lacamoire_3.jpg",
    "rose_leslie_1.jpg",
    "rose_leslie_2.jpg",
    "kate_siegel_1.jpg",
    "paul_rudd_1.jpg",
    "shea_whigham_1.jpg",
)
# Press photos where the head is clearly turned to one side (about 20 to 40 degrees).
TURNED = ("barack_obama_2.jpg", "barack_obama_4.jpg", "kit_harington_2.jpeg",
          "kit_harington_3.jpg")


def test_frontal_press_photos_pass_yaw_and_pitch(load_faces) -> None:  # type: ignore[no-untyped-def]
    """No face that looks straight is rejected for a turned or tilted head."""
    for name in FRONTAL:
        image, faces = load_faces(name)
        report = assess_faces(image, faces)
        assert report.check("head_yaw").passed, (name, report.pose)
        assert report.check("head_pitch").passed, (name, report.pose)
        assert abs(report.pose["yaw"]) < 10.0, (name, report.pose)


def test_turned_press_photos_fail_yaw_with_the_direction(load_faces) -> None:  # type: ignore[no-untyped-def]
    """Each clearly turned head fails 'head_yaw' with advice to look straight at the camera."""
    for name in TURNED:
        image, faces = load_faces(name)
        check = assess_faces(image, faces).check("head_yaw")
        assert not check.passed and check.overridable, name
        assert "turned to their" in check.reason and "look straight" in check.reason


def test_head_model_is_symmetric_and_its_derivation_recovers_a_rigid_shape() -> None:
    """The model is mirror-symmetric; factorising views of it gives back its shape."""
    mirrored = HEAD_MODEL_68[MIRROR_68] * np.array([-1.0, 1.0, 1.0])
    assert np.allclose(mirrored, HEAD_MODEL_68, atol=0.11)
    rng = np.random.default_rng(3)
    views = []
    for _ in range(60):
        yaw, pitch, roll = np.radians(rng.uniform(-35, 35)), np.radians(rng.uniform(-20, 20)), \
            np.radians(rng.uniform(-10, 10))
        cy, sy, cp, sp, cr, sr = (math.cos(yaw), math.sin(yaw), math.cos(pitch),
                                  math.sin(pitch), math.cos(roll), math.sin(roll))
        rotation = (np.array([[cr, -sr, 0], [sr, cr, 0], [0, 0, 1]])
                    @ np.array([[1, 0, 0], [0, cp, -sp], [0, sp, cp]])
                    @ np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]]))
        views.append((HEAD_MODEL_68 @ rotation.T)[:, :2] * rng.uniform(2, 5))
    derived = derive_head_model(np.array(views))

    def gaps(shape: np.ndarray) -> np.ndarray:
        return np.linalg.norm(shape[:, None] - shape[None], axis=2)

    assert np.abs(gaps(derived) - gaps(HEAD_MODEL_68)).max() < 0.5


def test_pose_signs_follow_the_reasons(load_faces) -> None:  # type: ignore[no-untyped-def]
    """Mirroring a turned face flips the sign of its yaw and keeps its size."""
    image, faces = load_faces("kit_harington_2.jpeg")
    face = faces[0]
    yaw = head_pose(face, image.shape)["yaw"]
    width = image.shape[1]
    flipped = face.landmarks.copy()
    flipped[:, 0] = width - 1 - flipped[:, 0]
    mirrored = type(face)(face.box, flipped[MIRROR_68], face.score, face.method)
    other = head_pose(mirrored, image.shape)["yaw"]
    assert yaw > 20 and other < -20 and abs(yaw + other) < 2.0
