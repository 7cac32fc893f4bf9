"""YuNet face detection through OpenCV (`cv2.FaceDetectorYN`): fast boxes and five points.

YuNet finds a face in a 640x480 frame in a few milliseconds on one core, so it drives the live
preview, and its five points (eye centres, nose tip, mouth corners) are what SFace's `alignCrop`
expects. Photos are scaled down to `max_side` first; because the network was trained on faces of
about 10 to 300 pixels, a close-up whose face fills the frame is retried on a smaller copy.

An OpenCV detector keeps per-input-size state and is not safe to share between threads, so each
thread gets its own instance (a few milliseconds to create; the file is checked once).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import cv2
import numpy as np

from biometrics.detect import BoxSize, downscaled
from biometrics.model_files import YUNET, verified_path

SCORE_THRESHOLD = 0.8
NMS_THRESHOLD = 0.3
_RETRY_SIDE = 320


@dataclass(frozen=True, eq=False)
class YuNetFace(BoxSize):
    """A face found by YuNet, in image pixels.

    `points`: five (x, y) rows: eye centres (image left, then image right), nose tip, mouth
    corners (image left, then image right). `row` is OpenCV's 15-number form of the same face
    (box as x, y, width, height; points; score), as `FaceRecognizerSF.alignCrop` takes it.
    """

    box: tuple[int, int, int, int]
    points: np.ndarray = field(repr=False)
    score: float


    @property
    def eye_distance(self) -> float:
        return float(np.linalg.norm(self.points[1] - self.points[0]))

    @property
    def row(self) -> np.ndarray:
        left, top, right, bottom = self.box
        values = [left, top, right - left, bottom - top, *self.points.reshape(-1), self.score]
        return np.asarray(values, dtype=np.float32).reshape(1, 15)

    def to_dict(self) -> dict[str, object]:
        return {
            "box": list(self.box),
            "score": round(self.score, 3),
            "points": [[round(float(x), 1), round(float(y), 1)] for x, y in self.points],
        }


_local = threading.local()


@contextmanager
def quiet_opencv() -> Iterator[None]:
    """Silence OpenCV's warnings while a network loads (OpenCV 5 warns that its new graph engine
    ignores the preferred target, which says nothing to a person using the station)."""
    level = cv2.utils.logging.getLogLevel()
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
    try:
        yield
    finally:
        cv2.utils.logging.setLogLevel(level)


def _detector(width: int, height: int) -> cv2.FaceDetectorYN:
    detector = getattr(_local, "detector", None)
    if detector is None:
        path = verified_path(YUNET)
        with quiet_opencv():
            detector = cv2.FaceDetectorYN.create(
                path, "", (width, height), SCORE_THRESHOLD, NMS_THRESHOLD, 5000
            )
        _local.detector = detector
        _local.size = (width, height)
    if _local.size != (width, height):
        detector.setInputSize((width, height))
        _local.size = (width, height)
    return detector


def _run(bgr: np.ndarray, scale: float) -> list[YuNetFace]:
    height, width = bgr.shape[:2]
    _, rows = _detector(width, height).detect(bgr)
    faces = []
    for row in [] if rows is None else rows:
        x, y, w, h = (float(v) / scale for v in row[:4])
        points = (np.asarray(row[4:14], dtype=np.float32) / np.float32(scale)).reshape(5, 2)
        box = (round(x), round(y), round(x + w), round(y + h))
        faces.append(YuNetFace(box, points, float(row[14])))
    return faces


def detect_yunet(image: np.ndarray, *, max_side: int = 640, bgr: bool = False) -> list[YuNetFace]:
    """Faces in an RGB uint8 image (BGR with `bgr=True`), largest first."""
    if image.ndim != 3 or image.shape[2] != 3:
        raise ValueError("YuNet needs a colour image with three channels")
    small, scale = downscaled(image, max_side)
    frame = small if bgr else cv2.cvtColor(small, cv2.COLOR_RGB2BGR)
    faces = _run(np.ascontiguousarray(frame), scale)
    if not faces and max(small.shape[:2]) > _RETRY_SIDE:
        smaller, extra = downscaled(frame, _RETRY_SIDE)
        faces = _run(np.ascontiguousarray(smaller), scale * extra)
    faces.sort(key=lambda face: face.area, reverse=True)
    return faces


def box_overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """Intersection over union of two (left, top, right, bottom) boxes."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return 0.0
    inter = width * height
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return float(inter / union) if union > 0 else 0.0
