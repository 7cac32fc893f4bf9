"""ICAO portrait geometry: alignment by the eye line and a fixed-size crop.

Proportions follow ICAO Doc 9303 Part 3 and ISO/IEC 19794-5 (full frontal image): a 35:45
frame, head height (chin to crown) 70 to 80 % of the image height, the eye line roughly 56 to
64 % of the height above the bottom edge. We aim at the middle of those ranges: head height 72 %,
eye line 58 % from the bottom, face centred horizontally. The crown is not a landmark, so the head
height is estimated as 1.9 times the distance from the eye line to the chin (adult average).
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from biometrics.detect import Face

PORTRAIT_SIZE = (420, 540)  # width, height: 35:45
HEAD_HEIGHT_RATIO = 0.72
EYE_LINE_FROM_TOP = 1.0 - 0.58
HEAD_PER_EYE_TO_CHIN = 1.9
_CHIN = 8


def roll_degrees(face: Face) -> float:
    """Angle of the eye line; positive when the subject's left eye (image right) is lower."""
    dx, dy = face.left_eye - face.right_eye
    return math.degrees(math.atan2(float(dy), float(dx)))


def head_height(face: Face) -> float:
    """Estimated chin-to-crown height in pixels, measured perpendicular to the eye line."""
    eyes = (face.left_eye + face.right_eye) / 2.0
    angle = math.radians(roll_degrees(face))
    normal = np.array([-math.sin(angle), math.cos(angle)])
    eye_to_chin = float(np.dot(face.landmarks[_CHIN] - eyes, normal))
    eye_to_chin = max(eye_to_chin, 1.2 * face.eye_distance)
    return HEAD_PER_EYE_TO_CHIN * eye_to_chin


def portrait_transform(face: Face, size: tuple[int, int] = PORTRAIT_SIZE) -> np.ndarray:
    """2x3 affine map from the photo to the portrait: levels the eyes, scales, centres."""
    width, height = size
    eyes = (face.left_eye + face.right_eye) / 2.0
    scale = HEAD_HEIGHT_RATIO * height / head_height(face)
    matrix = cv2.getRotationMatrix2D((float(eyes[0]), float(eyes[1])), roll_degrees(face), scale)
    matrix[0, 2] += width / 2.0 - eyes[0]
    matrix[1, 2] += EYE_LINE_FROM_TOP * height - eyes[1]
    return matrix


def portrait_coverage(image_shape: tuple[int, ...], face: Face) -> float:
    """Share of the portrait frame that the photo covers (1.0: nothing had to be filled in)."""
    width, height = PORTRAIT_SIZE
    inverse = cv2.invertAffineTransform(portrait_transform(face))
    ys, xs = np.mgrid[0:height:10, 0:width:10]
    points = np.stack([xs.ravel(), ys.ravel(), np.ones(xs.size)], axis=0)
    mapped = inverse @ points
    inside = (
        (mapped[0] >= 0)
        & (mapped[0] < image_shape[1])
        & (mapped[1] >= 0)
        & (mapped[1] < image_shape[0])
    )
    return float(inside.mean())


def crop_portrait(
    image: np.ndarray, face: Face, size: tuple[int, int] = PORTRAIT_SIZE
) -> np.ndarray:
    """The ID portrait: eyes level, ICAO head size and eye line, `size` pixels (35:45).

    Where the frame runs past the photo, the photo's edge is repeated (never a white wedge);
    `biometrics.background.portrait_with_plain_background` paints that part plain instead.
    """
    matrix = portrait_transform(face, size)
    interpolation = cv2.INTER_AREA if matrix[0, 0] ** 2 + matrix[0, 1] ** 2 < 1 else cv2.INTER_CUBIC
    return cv2.warpAffine(image, matrix, size, flags=interpolation, borderMode=cv2.BORDER_REPLICATE)
