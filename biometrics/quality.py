"""ICAO-style photo quality checks, each with a score and a reason a person can act on.

In the spirit of ICAO 9303 Part 3, ISO/IEC 19794-5 and the BSI OFIQ quality components. Each
check measures one thing on the face found by the detector; thresholds live in
QualityThresholds. `overridable` says whether an officer may accept a failure with a reason:
a photo with several faces or a face cut off by the frame can never be an ID photo.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import cv2
import numpy as np

from biometrics.background import PortraitResult, portrait_with_plain_background
from biometrics.detect import LEFT_EYE, MOUTH_INNER, RIGHT_EYE, DetectorModel, Face, detect_faces
from biometrics.headmodel import HEAD_MODEL_68
from biometrics.portrait import PORTRAIT_SIZE, portrait_coverage, portrait_transform, roll_degrees


@dataclass(frozen=True)
class QualityThresholds:
    """Limits for every check (all configurable; defaults suit a webcam at 1280x720)."""

    min_eye_distance_px: float = 60.0  # ISO/IEC 19794-5 token image minimum; ICAO asks 90+
    min_face_height_px: float = 120.0
    max_yaw_deg: float = 15.0
    max_pitch_deg: float = 15.0
    max_roll_deg: float = 10.0
    min_eye_aspect_ratio: float = 0.16
    max_mouth_open_ratio: float = 0.30
    min_sharpness: float = 40.0
    min_brightness: float = 0.25
    max_brightness: float = 0.85
    max_clipped: float = 0.05
    min_contrast: float = 0.05
    max_lighting_imbalance: float = 0.30
    max_background_std: float = 0.12
    max_centre_offset: float = 0.20
    min_portrait_coverage: float = 0.90
    max_box_outside: float = 0.05  # share of the face box allowed past an edge

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> QualityThresholds:
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown quality thresholds: {', '.join(unknown)}")
        return cls(**{key: float(value) for key, value in values.items()})


@dataclass(frozen=True)
class QualityCheck:
    name: str
    score: float
    passed: bool
    reason: str
    overridable: bool = True

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["score"] = round(self.score, 4)
        return data


@dataclass
class QualityReport:
    passed: bool
    checks: list[QualityCheck]
    face_count: int
    face: Face | None
    warnings: list[str] = field(default_factory=list)
    pose: dict[str, float] = field(default_factory=dict)
    # what was done to the photo that the officer should glance at (not failures)
    notes: list[str] = field(default_factory=list)
    portrait: PortraitResult | None = field(default=None, repr=False)

    @property
    def failed(self) -> list[QualityCheck]:
        return [check for check in self.checks if not check.passed]

    @property
    def overridable(self) -> bool:
        """True when every failed check may be overridden by an officer with a reason."""
        return all(check.overridable for check in self.failed)

    @property
    def box(self) -> tuple[int, int, int, int] | None:
        return self.face.box if self.face else None

    @property
    def landmarks(self) -> np.ndarray | None:
        return self.face.landmarks if self.face else None

    def check(self, name: str) -> QualityCheck:
        for item in self.checks:
            if item.name == name:
                return item
        raise KeyError(name)

    def to_dict(self, *, landmarks: bool = False) -> dict[str, Any]:
        face: dict[str, Any] | None = None
        if self.face is not None:
            face = self.face.to_dict()
            if not landmarks:
                face.pop("landmarks")
        return {
            "passed": self.passed,
            "overridable": self.overridable,
            "face_count": self.face_count,
            "face": face,
            "pose": {key: round(value, 1) for key, value in self.pose.items()},
            "checks": [check.to_dict() for check in self.checks],
            "warnings": list(self.warnings),
            "notes": list(self.notes),
            "portrait": None
            if self.portrait is None
            else {
                "background_replaced": self.portrait.replaced,
                "coverage": round(self.portrait.coverage, 3),
                "refused": self.portrait.refused,
            },
        }


# -- measurements -------------------------------------------------------------------------

# The model's y axis points up and z out of the face; the camera's y points down and z away.
_HEAD_MODEL = HEAD_MODEL_68 * np.array([1.0, -1.0, -1.0])


def head_pose(face: Face, image_shape: tuple[int, ...]) -> dict[str, float]:
    """Yaw and pitch from a perspective fit of a generic 3D head to all 68 landmarks (see
    `biometrics.headmodel`), and roll from the eye line, in degrees.

    Positive yaw: the head is turned to the subject's left; positive pitch: tilted down.
    """
    height, width = image_shape[:2]
    focal = float(max(width, height))
    camera = np.array([[focal, 0, width / 2], [0, focal, height / 2], [0, 0, 1]], dtype=np.float64)
    image_points = face.landmarks.astype(np.float64)
    ok, rotation, _ = cv2.solvePnP(
        _HEAD_MODEL, image_points, camera, None, flags=cv2.SOLVEPNP_ITERATIVE
    )
    yaw = pitch = 0.0
    if ok:
        matrix, _ = cv2.Rodrigues(rotation)
        pitch = math.degrees(math.atan2(matrix[2, 1], matrix[2, 2]))
        yaw = math.degrees(math.asin(max(-1.0, min(1.0, -matrix[2, 0]))))
    return {"yaw": yaw, "pitch": pitch, "roll": roll_degrees(face)}


def eye_aspect_ratio(eye: np.ndarray) -> float:
    """Soukupová and Čech (2016): eye height over width from six eye landmarks."""
    vertical = np.linalg.norm(eye[1] - eye[5]) + np.linalg.norm(eye[2] - eye[4])
    horizontal = np.linalg.norm(eye[0] - eye[3])
    return float(vertical / (2.0 * horizontal)) if horizontal > 0 else 0.0


def eyes_aspect_ratio(landmarks: np.ndarray) -> float:
    """Mean eye aspect ratio of both eyes."""
    return (eye_aspect_ratio(landmarks[RIGHT_EYE]) + eye_aspect_ratio(landmarks[LEFT_EYE])) / 2.0


def mouth_open_ratio(landmarks: np.ndarray) -> float:
    """Gap between the inner lips over the mouth width."""
    inner = landmarks[MOUTH_INNER]
    gap = sum(np.linalg.norm(inner[i] - inner[8 - i]) for i in (1, 2, 3)) / 3.0
    width = np.linalg.norm(inner[0] - inner[4])
    return float(gap / width) if width > 0 else 0.0


def _face_mask(shape: tuple[int, ...], face: Face) -> np.ndarray:
    """Skin area: hull of jaw line and brows, without eyes and mouth, inside the image."""
    mask = np.zeros(shape[:2], dtype=np.uint8)
    hull = cv2.convexHull(face.landmarks[:27].astype(np.int32))
    cv2.fillConvexPoly(mask, hull, 255)
    for part in (RIGHT_EYE, LEFT_EYE, slice(48, 60)):
        cv2.fillConvexPoly(mask, cv2.convexHull(face.landmarks[part].astype(np.int32)), 0)
    return mask > 0


def _grey(image: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


def sharpness(grey: np.ndarray, face: Face) -> float:
    """Variance of the Laplacian of the face region scaled to 160x160 (size independent)."""
    left, top, right, bottom = face.box
    height, width = grey.shape
    region = grey[max(top, 0) : min(bottom, height), max(left, 0) : min(right, width)]
    if region.size < 16:
        return 0.0
    region = cv2.resize(region, (160, 160), interpolation=cv2.INTER_AREA)
    return float(cv2.Laplacian(region, cv2.CV_64F).var())


def background_std(image: np.ndarray, face: Face) -> float | None:
    """Spread of brightness beside and above the head, in the portrait frame.

    Only pixels that come from the photo count (not the fill outside it); None when too little
    background is visible to judge (a tight crop).
    """
    matrix = portrait_transform(face)
    width, height = PORTRAIT_SIZE
    grey = cv2.warpAffine(_grey(image), matrix, (width, height), flags=cv2.INTER_AREA)
    valid = cv2.warpAffine(
        np.full(image.shape[:2], 255, dtype=np.uint8),
        matrix,
        (width, height),
        flags=cv2.INTER_NEAREST,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=0,
    )
    region = np.zeros((height, width), dtype=bool)
    region[: int(0.12 * height)] = True
    region[: int(0.35 * height), : int(0.12 * width)] = True
    region[: int(0.35 * height), width - int(0.12 * width) :] = True
    region &= valid > 0
    if region.sum() < 0.05 * width * height * 0.12:
        return None
    return float((grey[region].astype(np.float64) / 255.0).std())


# -- checks -------------------------------------------------------------------------------

Check = Callable[[], QualityCheck]


def _face_count_check(count: int) -> QualityCheck:
    if count == 1:
        return QualityCheck("one_face", 1.0, True, "Exactly one face is visible.", False)
    if count == 0:
        return QualityCheck(
            "one_face", 0.0, False, "No face found: face the camera in good light.", False
        )
    return QualityCheck(
        "one_face",
        float(count),
        False,
        f"{count} faces are visible: only the person being registered may be in the photo.",
        False,
    )


def _in_frame_check(image: np.ndarray, face: Face, t: QualityThresholds) -> QualityCheck:
    """Fails when the detector's box reaches well past an edge or an inner landmark is outside.

    The jaw-line landmarks are left out: in a tight crop they touch the edge of a whole face.
    """
    height, width = image.shape[:2]
    left, top, right, bottom = face.box
    slack = t.max_box_outside * max(face.width, face.height)
    inner = face.landmarks[17:]
    chin = face.landmarks[8]
    xs = np.append(inner[:, 0], chin[0])
    ys = np.append(inner[:, 1], chin[1])
    near = 0.03 * max(face.width, face.height)  # landmark jitter at a tight crop's edge
    cut = {
        "left": left < -slack or xs.min() < -near,
        "right": right > width - 1 + slack or xs.max() > width - 1 + near,
        "top": top < -slack or ys.min() < -near,
        "bottom": bottom > height - 1 + slack or ys.max() > height - 1 + near,
    }
    box_area = max(face.area, 1)
    visible = (min(right, width) - max(left, 0)) * (min(bottom, height) - max(top, 0))
    score = max(0.0, float(visible) / box_area)
    sides = [side for side, out in cut.items() if out]
    if not sides:
        return QualityCheck(
            "face_in_frame", score, True, "The whole face is inside the photo.", False
        )
    return QualityCheck(
        "face_in_frame",
        score,
        False,
        f"The face is cut off at the {' and '.join(sides)} edge: "
        "the whole face must be in the photo.",
        False,
    )


def _at_least(name: str, score: float, limit: float, good: str, bad: str) -> QualityCheck:
    return QualityCheck(name, score, score >= limit, good if score >= limit else bad)


def _at_most(name: str, score: float, limit: float, good: str, bad: str) -> QualityCheck:
    return QualityCheck(name, score, score <= limit, good if score <= limit else bad)


def _pose_checks(pose: dict[str, float], t: QualityThresholds) -> list[QualityCheck]:
    yaw, pitch, roll = pose["yaw"], pose["pitch"], pose["roll"]
    turn = "to their left" if yaw > 0 else "to their right"
    return [
        _at_most(
            "head_yaw",
            abs(yaw),
            t.max_yaw_deg,
            "The head faces the camera.",
            f"The head is turned {turn} ({abs(yaw):.0f}°): look straight into the camera.",
        ),
        _at_most(
            "head_pitch",
            abs(pitch),
            t.max_pitch_deg,
            "The head is level.",
            f"The head is tilted {'down' if pitch > 0 else 'up'} ({abs(pitch):.0f}°): "
            "keep the chin level.",
        ),
        _at_most(
            "head_roll",
            abs(roll),
            t.max_roll_deg,
            "The head is upright.",
            f"The head leans to one side ({abs(roll):.0f}°): hold the head straight.",
        ),
    ]


def _light_checks(image: np.ndarray, face: Face, t: QualityThresholds) -> list[QualityCheck]:
    grey = _grey(image)
    mask = _face_mask(image.shape, face)
    values = grey[mask].astype(np.float64) / 255.0
    if values.size < 50:
        values = np.array([0.0, 1.0])
    mean, spread = float(values.mean()), float(values.std())
    clipped = float(np.mean((values <= 0.02) | (values >= 0.98)))
    nose_x = float(face.landmarks[27:31, 0].mean())
    columns = np.nonzero(mask)[1]
    left = grey[mask][columns < nose_x].astype(np.float64)
    right = grey[mask][columns >= nose_x].astype(np.float64)
    imbalance = 1.0
    if left.size and right.size:
        lm, rm = left.mean(), right.mean()
        imbalance = float(abs(lm - rm) / max(lm, rm, 1.0))
    if mean < t.min_brightness:
        exposure = QualityCheck(
            "exposure", mean, False, "Too dark: add light in front of the face."
        )
    elif mean > t.max_brightness or clipped > t.max_clipped:
        exposure = QualityCheck(
            "exposure", mean, False, "Too bright: reduce the light or move out of direct sun."
        )
    else:
        exposure = QualityCheck("exposure", mean, True, "The face is well exposed.")
    left_mean = float(left.mean()) if left.size else 0.0
    right_mean = float(right.mean()) if right.size else 0.0
    darker = "left" if left_mean < right_mean else "right"
    return [
        exposure,
        _at_least(
            "contrast",
            spread,
            t.min_contrast,
            "The face shows enough contrast.",
            "The face looks flat and washed out: use even, brighter light on the face.",
        ),
        _at_most(
            "lighting_uniformity",
            imbalance,
            t.max_lighting_imbalance,
            "The face is evenly lit.",
            f"One side of the face is in shadow (darker on the {darker} of the photo): "
            "light the face evenly from the front.",
        ),
        _at_least(
            "sharpness",
            sharpness(grey, face),
            t.min_sharpness,
            "The photo is sharp.",
            "The photo is blurred: hold still, keep the camera steady and in focus.",
        ),
    ]


def _geometry_checks(
    image: np.ndarray, face: Face, t: QualityThresholds, portrait: PortraitResult | None
) -> list[QualityCheck]:
    _height, width = image.shape[:2]
    eyes = (face.left_eye + face.right_eye) / 2.0
    offset = float(eyes[0] - width / 2.0) / width
    coverage = portrait.coverage if portrait is not None else portrait_coverage(image.shape, face)
    if abs(offset) > t.max_centre_offset:
        way = "right" if offset > 0 else "left"
        centring = QualityCheck(
            "centring",
            abs(offset),
            False,
            f"The face is off-centre (towards the {way} of the photo): centre the face.",
        )
    elif portrait is not None and not portrait.ok and portrait.refused_for_frame:
        centring = QualityCheck("centring", coverage, False, portrait.refused or "")
    elif coverage < t.min_portrait_coverage and (portrait is None or not portrait.ok):
        centring = QualityCheck(
            "centring",
            coverage,
            False,
            "The head is too close to the edge: leave space above the head and around the face.",
        )
    elif coverage < t.min_portrait_coverage:
        centring = QualityCheck(
            "centring",
            coverage,
            True,
            "The face is centred; the photo did not fill the portrait frame, so the rest was "
            "filled with the plain background.",
        )
    else:
        centring = QualityCheck(
            "centring", coverage, True, "The face is centred with room around it."
        )
    return [
        _at_least(
            "face_size",
            float(face.height),
            t.min_face_height_px,
            "The face is large enough.",
            "The face is too small: move closer to the camera or use a higher resolution.",
        ),
        _at_least(
            "eye_distance",
            face.eye_distance,
            t.min_eye_distance_px,
            "The eyes are far enough apart in pixels.",
            "The face is too small (eyes too close together in pixels): move closer.",
        ),
        centring,
    ]


def _expression_checks(face: Face, t: QualityThresholds) -> list[QualityCheck]:
    return [
        _at_least(
            "eyes_open",
            eyes_aspect_ratio(face.landmarks),
            t.min_eye_aspect_ratio,
            "The eyes are open.",
            "The eyes look closed: keep the eyes open and look ahead.",
        ),
        _at_most(
            "mouth_closed",
            mouth_open_ratio(face.landmarks),
            t.max_mouth_open_ratio,
            "The mouth is closed.",
            "The mouth is open: close the mouth, neutral expression.",
        ),
    ]


def _background_check(
    spread: float | None, t: QualityThresholds, portrait: PortraitResult | None
) -> QualityCheck:
    if spread is None:
        return QualityCheck(
            "background", 0.0, True, "Too little background is visible to judge it."
        )
    if spread <= t.max_background_std:
        return QualityCheck("background", spread, True, "The background is plain.")
    if portrait is not None and portrait.replaced:
        return QualityCheck(
            "background",
            spread,
            True,
            "The background is busy; the card portrait gets a plain background instead.",
        )
    reason = "The background is busy or uneven: stand in front of a plain, light wall."
    if portrait is not None and portrait.refused and not portrait.refused_for_frame:
        reason = portrait.refused
    elif portrait is not None and portrait.refused_for_frame:
        reason = (
            "The background is busy, and it cannot be replaced while the photo ends too close "
            "to the head: retake the photo with space around the head, or in front of a plain wall."
        )
    return QualityCheck("background", spread, False, reason)


def _portrait_for(
    image: np.ndarray, face: Face, spread: float | None, t: QualityThresholds
) -> PortraitResult:
    """The card portrait; the background is replaced only when it is busy (a plain wall is
    kept as photographed) or when the frame runs past the photo."""
    busy = spread is not None and spread > t.max_background_std
    return portrait_with_plain_background(image, face, replace=busy)


def assess_faces(
    image: np.ndarray, faces: list[Face], thresholds: QualityThresholds | None = None
) -> QualityReport:
    """Quality report for an image whose faces are already detected (largest first)."""
    t = thresholds or QualityThresholds()
    warnings: list[str] = []
    checks = [_face_count_check(len(faces))]
    if not faces:
        return QualityReport(False, checks, 0, None, warnings)
    face = faces[0]
    if len(faces) > 1:
        warnings.append(f"{len(faces)} faces found; the largest one was assessed.")
    if face.method in ("hog_relaxed", "cnn_upsampled"):
        warnings.append("The face was found only with a relaxed detector: check the photo.")
    pose = head_pose(face, image.shape)
    in_frame = _in_frame_check(image, face, t)
    spread = background_std(image, face)
    # The portrait (and its background replacement) is made for one whole face only: a photo
    # with several faces or a face cut off can never be an ID photo anyway.
    portrait = None
    if len(faces) == 1 and in_frame.passed:
        portrait = _portrait_for(image, face, spread, t)
    checks.append(in_frame)
    checks += _geometry_checks(image, face, t, portrait)
    checks += _pose_checks(pose, t)
    checks += _expression_checks(face, t)
    checks += _light_checks(image, face, t)
    checks.append(_background_check(spread, t, portrait))
    notes = []
    if portrait is not None and portrait.replaced:
        notes.append(
            "The background was replaced by a plain one on the card portrait: check that the "
            "hair and shoulders look right."
        )
    passed = all(check.passed for check in checks)
    return QualityReport(passed, checks, len(faces), face, warnings, pose, notes, portrait)


def assess_quality(
    image: np.ndarray,
    thresholds: QualityThresholds | None = None,
    *,
    model: DetectorModel = "hog",
    max_side: int = 640,
    upsample: int = 0,
) -> QualityReport:
    """Detect faces in an RGB image and run every quality check on the largest."""
    faces = detect_faces(image, model=model, max_side=max_side, upsample=upsample)
    return assess_faces(image, faces, thresholds)
