"""Finding faces and their 68 landmarks.

HOG runs on a copy scaled down to `max_side` (fast enough for live preview); when it finds
nothing it retries upsampled, which catches small faces (group photos, small crops). The CNN
detector is optional (slow on a CPU). A small, square image (like the 150x150 aligned crops that
face datasets ship) in which HOG finds nothing gets a second chance: HOG with a lower score
threshold, then the CNN detector.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import cv2
import numpy as np

from biometrics import models

DetectorModel = Literal["hog", "cnn"]

_CHIP_MAX_SIDE = 300
_CHIP_HOG_ADJUST = -0.5

# iBUG 68-point indices (subject's right eye appears on the image's left).
RIGHT_EYE = slice(36, 42)
LEFT_EYE = slice(42, 48)
MOUTH_INNER = slice(60, 68)


class BoxSize:
    """Width, height and area of a `box` given as (left, top, right, bottom) in pixels."""

    box: tuple[int, int, int, int]

    @property
    def width(self) -> int:
        return self.box[2] - self.box[0]

    @property
    def height(self) -> int:
        return self.box[3] - self.box[1]

    @property
    def area(self) -> int:
        return max(self.width, 0) * max(self.height, 0)


@dataclass(frozen=True, eq=False)
class Face(BoxSize):
    """One detected face: box (left, top, right, bottom) in image pixels, 68 landmarks (x, y)."""

    box: tuple[int, int, int, int]
    landmarks: np.ndarray = field(repr=False)
    score: float = 0.0
    method: str = "hog"


    @property
    def right_eye(self) -> np.ndarray:
        """Centre of the subject's right eye (left in the image)."""
        return np.asarray(self.landmarks[RIGHT_EYE].mean(axis=0))

    @property
    def left_eye(self) -> np.ndarray:
        return np.asarray(self.landmarks[LEFT_EYE].mean(axis=0))

    @property
    def eye_distance(self) -> float:
        return float(np.linalg.norm(self.left_eye - self.right_eye))

    def to_dict(self) -> dict[str, object]:
        return {
            "box": list(self.box),
            "score": round(self.score, 3),
            "method": self.method,
            "eye_distance_px": round(self.eye_distance, 1),
            "landmarks": [[round(float(x), 1), round(float(y), 1)] for x, y in self.landmarks],
        }


def downscaled(image: np.ndarray, max_side: int) -> tuple[np.ndarray, float]:
    """The image shrunk (never enlarged) so its longer side is at most `max_side`, and the
    scale applied."""
    height, width = image.shape[:2]
    scale = min(1.0, max_side / max(height, width))
    if scale >= 1.0:
        return image, 1.0
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA), scale


def _run_hog(
    small: np.ndarray, upsample: int, adjust: float = 0.0
) -> list[tuple[tuple[int, int, int, int], float]]:
    rects, scores, _ = models.hog_detector().run(small, upsample, adjust)
    return [
        ((r.left(), r.top(), r.right(), r.bottom()), float(s))
        for r, s in zip(rects, scores, strict=False)
    ]


def _run_cnn(small: np.ndarray, upsample: int) -> list[tuple[tuple[int, int, int, int], float]]:
    found = models.cnn_detector()(small, upsample)
    return [
        ((d.rect.left(), d.rect.top(), d.rect.right(), d.rect.bottom()), float(d.confidence))
        for d in found
    ]


def _is_chip_like(image: np.ndarray) -> bool:
    height, width = image.shape[:2]
    return max(height, width) <= _CHIP_MAX_SIDE and 0.75 <= width / height <= 1.34


def landmarks_for(image: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The 68 landmarks inside `box` (which may reach past the image edge)."""
    dlib = models.dlib_module()
    shape = models.landmark_predictor()(image, dlib.rectangle(*box))
    return np.array([(p.x, p.y) for p in shape.parts()], dtype=np.float32)


def _boxes(
    image: np.ndarray, model: DetectorModel, max_side: int, upsample: int
) -> tuple[list[tuple[tuple[int, int, int, int], float]], float, str]:
    small, scale = downscaled(image, max_side)
    runner = _run_cnn if model == "cnn" else _run_hog
    found = runner(small, upsample)
    method: str = model
    if not found and upsample == 0:
        found = runner(small, 1)
        method = f"{model}_upsampled"
    return found, scale, method


def detect_faces(
    image: np.ndarray,
    *,
    model: DetectorModel = "hog",
    max_side: int = 640,
    upsample: int = 0,
    chip_fallback: bool = True,
) -> list[Face]:
    """All faces in an RGB image, largest first, each with its 68 landmarks."""
    found, scale, method = _boxes(image, model, max_side, upsample)
    if not found and chip_fallback and _is_chip_like(image):
        # A small square crop is most likely one face: accept a less confident HOG detection,
        # then try the CNN. A blank or non-face picture still finds nothing.
        found, method, scale = _run_hog(image, 1, _CHIP_HOG_ADJUST)[:1], "hog_relaxed", 1.0
        if not found:
            found, method = _run_cnn(image, 1), "cnn_upsampled"
    faces = []
    for (left, top, right, bottom), score in found:
        box = (round(left / scale), round(top / scale), round(right / scale), round(bottom / scale))
        faces.append(Face(box=box, landmarks=landmarks_for(image, box), score=score, method=method))
    faces.sort(key=lambda face: face.area, reverse=True)
    return faces
