"""A real video file of a real face that blinks, for the liveness tests.

No recording of a blink is among the test photos, so one is made from a real photo: in each
frame the skin above each eye (the upper lid, under the brow) is stretched down over the eye
by the blink's `amount` (0 open, 1 shut), its edge darkened as lashes are, and feathered into
the face round it. The
frames are shifted by a pixel back and forth, as a person in front of a camera never holds
perfectly still, and written with OpenCV's own MJPEG encoder to an AVI file, which the
station's video source reads back like any camera recording. The face is never written to
the repository: the video goes to the test's temporary folder.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from biometrics import detect_faces, load_image

FRAME_SIZE = (640, 480)
OPEN = [0.0] * 12
BLINK = [0.3, 0.7, 1.0, 1.0, 0.6, 0.2]


def close_eyes(image: np.ndarray, landmarks: np.ndarray, amount: float) -> np.ndarray:
    """`image` with both upper lids lowered over the eyes by `amount` (68 dlib landmarks): the
    band of lid skin between the eye and the brow is stretched down to the lid's new edge,
    which is darkened as lashes are, and blended into the face round it."""
    out = image.astype(np.float32)
    if amount <= 0:
        return image.copy()
    rows = np.arange(image.shape[0], dtype=np.float32)[:, None]
    cols = np.arange(image.shape[1], dtype=np.float32)[None, :]
    for eye in (slice(36, 42), slice(42, 48)):
        points = landmarks[eye].astype(np.float32)
        (x0, y0), (x1, y1) = points.min(axis=0), points.max(axis=0)
        width, height = x1 - x0, max(y1 - y0, 2.0)
        skin_top = y0 - 0.9 * height  # under the brow
        edge = y0 + amount * (y1 - y0)  # where the lid's edge comes down to
        # rows skin_top..edge of the new picture take rows skin_top..y0 of the old
        source_rows = skin_top + (rows - skin_top) * (y0 - skin_top) / max(edge - skin_top, 1.0)
        map_y = np.broadcast_to(source_rows, image.shape[:2]).astype(np.float32)
        map_x = np.broadcast_to(cols, image.shape[:2]).astype(np.float32)
        lid = cv2.remap(image, map_x, map_y, cv2.INTER_LINEAR).astype(np.float32)
        lashes = np.exp(-((rows - edge) / max(0.12 * height, 0.8)) ** 2)
        lid *= (1.0 - 0.45 * lashes)[..., None]
        mask = np.zeros(image.shape[:2], np.float32)
        centre = (int((x0 + x1) / 2), int((skin_top + max(edge, y1)) / 2))
        axes = (int(width * 0.62), int((max(edge, y1) - skin_top) / 2 + 0.15 * height))
        cv2.ellipse(mask, centre, axes, 0, 0, 360, 1.0, -1)
        mask[rows[:, 0] > max(edge, y1) + 0.1 * height] = 0.0
        mask = cv2.GaussianBlur(mask, (0, 0), max(1.0, 0.06 * width))[..., None]
        out = mask * lid + (1 - mask) * out
    return out.clip(0, 255).astype(np.uint8)


def _framed(image: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """A 4:3 view round the face (head and shoulders), sized to `FRAME_SIZE`."""
    left, top, right, bottom = box
    side = max(right - left, bottom - top)
    height = int(side * 2.4)
    width = height * FRAME_SIZE[0] // FRAME_SIZE[1]
    x_mid, y_mid = (left + right) // 2, (top + bottom) // 2
    x0, y0 = x_mid - width // 2, y_mid - int(height * 0.45)
    padded = cv2.copyMakeBorder(image, height, height, width, width, cv2.BORDER_REPLICATE)
    view = padded[y0 + height:y0 + 2 * height, x0 + width:x0 + 2 * width]
    return cv2.resize(view, FRAME_SIZE, interpolation=cv2.INTER_AREA)


def write_video(photo: Path, target: Path, amounts: list[float], *, jitter: bool = True) -> Path:
    """An MJPEG AVI of `photo`'s face, one frame per entry of `amounts` (eyes closed by it)."""
    image = load_image(photo)
    face = detect_faces(image)[0]
    writer = cv2.VideoWriter(str(target), cv2.VideoWriter.fourcc(*"MJPG"), 25.0, FRAME_SIZE)
    assert writer.isOpened(), "OpenCV could not write an MJPEG video"
    try:
        for index, amount in enumerate(amounts):
            frame = _framed(close_eyes(image, face.landmarks, amount), face.box)
            if jitter and index % 2:
                frame = np.roll(frame, 1, axis=1)
            writer.write(cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
    finally:
        writer.release()
    return target
