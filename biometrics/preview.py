"""Live preview: YuNet on every frame, quick hints, the head outline and a checklist drawn on
the frame.

The full quality checks (dlib landmarks, pose fit, background) take a few hundred milliseconds;
the preview needs an answer for every frame. YuNet's box and five points are enough for the
hints an officer acts on while framing: one face, close enough, centred, upright, facing the
camera. The photo taken is then checked in full.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from biometrics.detect import landmarks_for
from biometrics.yunet import YuNetFace, detect_yunet

# Fractions of the frame width, chosen so a face that passes here passes the full checks at
# 1280x720 (eye distance 60 px there is 0.047 of the width).
MIN_EYE_DISTANCE = 0.05
MAX_CENTRE_OFFSET = 0.2
MAX_ROLL_DEG = 10.0
MAX_YAW_DEG = 15.0
# nose offset from the eyes' midpoint over the eye distance is about 0.57 tan(yaw) on the
# generic head of `biometrics.headmodel` (nose tip 37 mm before the eyes, eyes 65 mm apart)
_NOSE_DEPTH_OVER_EYES = 0.57

# The preview looks at each frame twice, both cheaply: YuNet on the whole frame shrunk to
# `FIND_SIDE` finds the faces (about 8 ms on one core for 640x480; a person framing a photo is
# close, and a second person is seen too), then, when there is one, YuNet again on a crop round
# it (`REFINE_MARGIN` times its box) at up to `REFINE_SIDE`, where the face has as many pixels
# as in the frame, for five points as good as at full size (about 5 ms). Together about 15 ms
# where one pass at 480x360 took 25 and at 640x480 36; on the 28 photos of the test faces the
# framing checks agree with the full-size pass as often as the 480x360 pass did, while 320x240
# alone misread turned heads (30 degrees read 13).
FIND_SIDE = 320
REFINE_SIDE = 224
REFINE_MARGIN = 1.8

_GOOD = (40, 200, 60)
_BAD = (240, 150, 0)


@dataclass(frozen=True)
class PreviewHint:
    name: str
    ok: bool
    text: str


def estimated_yaw(face: YuNetFace) -> float:
    """Rough yaw in degrees from the nose tip's sideways offset from the middle of the eyes and
    from the middle of the mouth, over the eye distance (positive: turned to the subject's left,
    as in `quality.head_pose`). Both offsets are averaged: on a strongly turned face one of them
    alone can read too little."""
    right_eye, left_eye, nose, mouth_right, mouth_left = face.points
    eyes = (right_eye[0] + left_eye[0]) / 2.0
    mouth = (mouth_right[0] + mouth_left[0]) / 2.0
    offset = (float(nose[0] - eyes) + float(nose[0] - mouth)) / 2.0 / max(face.eye_distance, 1.0)
    return -math.degrees(math.atan(offset / _NOSE_DEPTH_OVER_EYES))


def preview_hints(frame_shape: tuple[int, ...], faces: list[YuNetFace]) -> list[PreviewHint]:
    """What to tell the person before the photo is taken; all ok means: take it now."""
    if not faces:
        return [PreviewHint("one_face", False, "No face: look at the camera.")]
    if len(faces) > 1:
        return [PreviewHint("one_face", False, "Only the person being registered may be seen.")]
    face = faces[0]
    width = frame_shape[1]
    right_eye, left_eye = face.points[0], face.points[1]
    roll = math.degrees(math.atan2(float(left_eye[1] - right_eye[1]),
                                   float(left_eye[0] - right_eye[0])))
    offset = float((right_eye[0] + left_eye[0]) / 2.0 - width / 2.0) / width
    yaw = estimated_yaw(face)
    return [
        PreviewHint("one_face", True, "One face."),
        PreviewHint("face_size", face.eye_distance >= MIN_EYE_DISTANCE * width,
                    "Close enough." if face.eye_distance >= MIN_EYE_DISTANCE * width
                    else "Come closer to the camera."),
        PreviewHint("centring", abs(offset) <= MAX_CENTRE_OFFSET,
                    "Centred." if abs(offset) <= MAX_CENTRE_OFFSET else "Move to the centre."),
        PreviewHint("head_roll", abs(roll) <= MAX_ROLL_DEG,
                    "Head upright." if abs(roll) <= MAX_ROLL_DEG else "Hold the head straight."),
        PreviewHint("head_yaw", abs(yaw) <= MAX_YAW_DEG,
                    "Facing the camera." if abs(yaw) <= MAX_YAW_DEG
                    else "Look straight into the camera."),
    ]


# dlib's 68-point predictor was trained on the boxes of dlib's own detector. From YuNet's five
# points that box is found again as a square centred a little below the middle of the eyes and
# the mouth, of 2.36 times the mean of the eye distance and the eyes-to-mouth distance: fitted
# on 273 single-face photos of ../shared/faces and LFW, on 335 others the 68 points so found lie
# a median 1.4 % of the eye distance (95th percentile 4.4 %) from those of the full checks, and
# the eye aspect ratio agrees (correlation 0.91, no bias).
_BOX_SIDE_OVER_FACE = 2.36
_BOX_DROP_OVER_FACE = 0.04
_BOX_SHIFT_OVER_FACE = 0.025


def landmark_box(face: YuNetFace) -> tuple[int, int, int, int]:
    """The box (left, top, right, bottom) dlib's landmark predictor expects for `face`."""
    eyes = (face.points[0] + face.points[1]) / 2.0
    mouth = (face.points[3] + face.points[4]) / 2.0
    size = (float(np.linalg.norm(mouth - eyes)) + face.eye_distance) / 2.0
    x_mid = float(eyes[0] + mouth[0]) / 2.0 + _BOX_SHIFT_OVER_FACE * size
    y_mid = float(eyes[1] + mouth[1]) / 2.0 + _BOX_DROP_OVER_FACE * size
    half = _BOX_SIDE_OVER_FACE * size / 2.0
    return (round(x_mid - half), round(y_mid - half), round(x_mid + half), round(y_mid + half))


def face_landmarks(frame: np.ndarray, face: YuNetFace) -> np.ndarray:
    """dlib's 68 landmarks of a face YuNet found in an RGB frame (about 3 ms on one core): what
    the blink challenge follows at every preview frame, where the full checks see only one
    frame in several."""
    return landmarks_for(frame, landmark_box(face))


# short labels of the checklist drawn on the preview, in the order of `preview_hints`
HINT_LABELS = {"one_face": "one face", "face_size": "close enough", "centring": "centred",
               "head_roll": "upright", "head_yaw": "facing camera"}
CHECKLIST_ROW = 22  # pixels between the checklist's rows (bottom left of the frame)


def checklist_rows(frame_shape: tuple[int, ...], hints: list[PreviewHint]) -> list[int]:
    """The baseline y of each hint's checklist row (the last hint lowest)."""
    bottom = frame_shape[0] - 12
    return [bottom - CHECKLIST_ROW * (len(hints) - 1 - i) for i in range(len(hints))]


def head_outline(face: YuNetFace) -> tuple[tuple[int, int], tuple[int, int], float]:
    """(centre, half axes, angle in degrees) of the ellipse drawn round the head: YuNet's box
    widened to the ears and raised to the crown, tilted with the eyes."""
    left, top, right, bottom = face.box
    right_eye, left_eye = face.points[0], face.points[1]
    angle = math.degrees(math.atan2(float(left_eye[1] - right_eye[1]),
                                    float(left_eye[0] - right_eye[0])))
    width, height = right - left, bottom - top
    centre = (round((left + right) / 2.0), round(top + height * 0.42))
    return centre, (max(1, round(width * 0.58)), max(1, round(height * 0.68))), angle


def draw_preview(
    frame: np.ndarray, faces: list[YuNetFace], hints: list[PreviewHint]
) -> np.ndarray:
    """A copy of the RGB frame with each face's outline (an ellipse round the head) and five
    points, green when every hint is ok; the first hint that is not ok written at the top;
    and a checklist of every hint at the bottom left (a green dot: ok, orange: not yet)."""
    out = frame.copy()
    ready = all(hint.ok for hint in hints)
    colour = _GOOD if ready else _BAD
    for face in faces:
        centre, axes, angle = head_outline(face)
        cv2.ellipse(out, centre, axes, round(angle), 0, 360, colour, 2)
        for x, y in face.points:
            cv2.circle(out, (round(float(x)), round(float(y))), 2, colour, -1)
    message = "Ready." if ready else next(hint.text for hint in hints if not hint.ok)
    cv2.putText(out, message, (10, 28), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (0, 0, 0), 4)
    cv2.putText(out, message, (10, 28), cv2.FONT_HERSHEY_SIMPLEX, 0.8, colour, 2)
    for hint, y in zip(hints, checklist_rows(out.shape, hints), strict=True):
        mark = _GOOD if hint.ok else _BAD
        cv2.circle(out, (18, y - 5), 6, (0, 0, 0), -1)
        cv2.circle(out, (18, y - 5), 5, mark, -1)
        label = HINT_LABELS.get(hint.name, hint.name)
        cv2.putText(out, label, (30, y), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (0, 0, 0), 3)
        cv2.putText(out, label, (30, y), cv2.FONT_HERSHEY_SIMPLEX, 0.5, mark, 1)
    return out


def refined(frame: np.ndarray, face: YuNetFace) -> YuNetFace:
    """`face` found again on a crop round it, in frame pixels (itself when not found)."""
    left, top, right, bottom = face.box
    half = REFINE_MARGIN * max(right - left, bottom - top) / 2.0
    x_mid, y_mid = (left + right) / 2.0, (top + bottom) / 2.0
    x0, y0 = max(0, int(x_mid - half)), max(0, int(y_mid - half))
    x1, y1 = min(frame.shape[1], int(x_mid + half)), min(frame.shape[0], int(y_mid + half))
    if x1 - x0 < 32 or y1 - y0 < 32:
        return face
    found = detect_yunet(frame[y0:y1, x0:x1], max_side=REFINE_SIDE)
    if not found:
        return face
    best = found[0]
    b_left, b_top, b_right, b_bottom = best.box
    return YuNetFace((b_left + x0, b_top + y0, b_right + x0, b_bottom + y0),
                     best.points + np.asarray([x0, y0], dtype=np.float32), best.score)


def preview_frame(
    frame: np.ndarray, *, detect_side: int | None = None
) -> tuple[list[YuNetFace], list[PreviewHint]]:
    """YuNet faces (in frame pixels) and hints for one RGB preview frame: found at
    `FIND_SIDE`, a single face refined on a crop round it; with `detect_side`, one pass at
    that size instead (for comparison)."""
    if detect_side is not None:
        faces = detect_yunet(frame, max_side=detect_side)
    else:
        faces = detect_yunet(frame, max_side=FIND_SIDE)
        if len(faces) == 1:
            faces = [refined(frame, faces[0])]
    return faces, preview_hints(frame.shape, faces)
