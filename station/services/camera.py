"""Cameras for the capture page: the station's door to the biometrics library's sources.

The UI may import station services only (docs/architecture.md), so what it needs of
`biometrics` to show a preview comes through here: the cameras found, a source opened by kind
(device, folder of photos, video file) whose `read()` gives RGB frames, frames as JPEG, and a
blink challenge for live sources. Every failure of a source is a `CameraUnavailable`, a
`StationError` with a plain message.

`preview(frame)` is the live preview's quick look at one frame (YuNet twice, about 15 ms on one
core): the outline round each head and the framing checks, as data without words, so that the
window says them in the operator's language (OpenCV cannot write Swahili or French accents);
`display_frame` sizes a frame for the screen.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.errors import StationError

SOURCE_KINDS = ("device", "folder", "video")


class CameraUnavailable(StationError):
    """The chosen camera, folder or video cannot be read."""


def list_devices() -> list[tuple[str, int]]:
    """(label, device index) of cameras found; empty when none (never an error)."""
    from biometrics.cameras import list_devices as probe

    try:
        return [(f"{d.description} ({d.width}x{d.height})", d.index) for d in probe()]
    except Exception:  # a broken driver is "no camera": the page offers import
        return []


class CameraSource:
    """An opened source: `read()` gives the next RGB frame (numpy array), or None at the end.

    The window reads frames in one worker and closes the source in another (a new source
    chosen, the page left): OpenCV's `VideoCapture` released while another thread is inside
    its `read` was seen to hang both for good, so reading and closing take turns on a lock,
    and a source closed meanwhile reads as ended."""

    def __init__(self, kind: str, target: Any) -> None:
        from biometrics.cameras import CameraError, DeviceCamera, FolderCamera, VideoFileCamera

        if kind not in SOURCE_KINDS:
            raise CameraUnavailable(f"unknown camera source {kind!r}")
        self.kind = kind
        self._lock = threading.Lock()
        self._closed = False
        if kind == "device":
            self.camera: Any = DeviceCamera(int(target))
        elif kind == "folder":
            self.camera = FolderCamera(Path(target))
        else:
            self.camera = VideoFileCamera(Path(target))
        try:
            self.camera.open()
        except CameraError as exc:
            raise CameraUnavailable(str(exc)) from None

    def read(self) -> Any:
        from biometrics.cameras import CameraError

        with self._lock:
            if self._closed:
                return None
            try:
                return self.camera.read()
            except CameraError as exc:
                raise CameraUnavailable(str(exc)) from None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self.camera.close()


def open_source(kind: str, target: Any) -> CameraSource:
    """Open a device (target: its index), a folder of photos or a video file (target: path)."""
    return CameraSource(kind, target)


def encode_jpeg(frame: Any) -> bytes:
    """A camera frame (RGB array) as JPEG bytes, as the record keeps it."""
    from biometrics.imageio import encode_jpeg as encode

    return bytes(encode(frame))


# The blink challenge follows every preview frame (15 to 30 a second): 300 frames give the
# person 10 to 20 seconds to blink, and 15 frames whose points do not move at all (half a
# second to a second; a live face, even held still, moves some of its 68 points by a pixel
# from one frame to the next) show a still picture.
BLINK_MAX_FRAMES = 300
BLINK_STILL_FRAMES = 15


def blink_challenge() -> Any:
    """A fresh blink liveness challenge (`update(landmarks)`, `reset()`, `result`), paced for
    the preview's frame rate."""
    from biometrics import BlinkLivenessChallenge

    return BlinkLivenessChallenge(max_frames=BLINK_MAX_FRAMES, still_frames=BLINK_STILL_FRAMES)


# the framing checks of `biometrics.preview`, in the order it gives them
PREVIEW_CHECKS = ("one_face", "face_size", "centring", "head_roll", "head_yaw")


@dataclass(frozen=True)
class PreviewFace:
    """One face of a preview frame, in frame pixels: the ellipse round the head (centre, half
    axes, tilt in degrees) and the five points (eyes, nose tip, mouth corners)."""

    centre: tuple[int, int]
    axes: tuple[int, int]
    angle: float
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Preview:
    """What the live preview shows for one frame: faces, and each framing check passed or
    not (`PREVIEW_CHECKS` names; with no face or several, only "one_face", failed)."""

    faces: tuple[PreviewFace, ...]
    checks: tuple[tuple[str, bool], ...]
    landmarks: Any = None  # the 68 points of the one face, when asked for (the blink's)

    @property
    def ready(self) -> bool:
        return bool(self.checks) and all(ok for _name, ok in self.checks)

    @property
    def first_problem(self) -> str:
        """The name of the first check not passed ("" when ready)."""
        return next((name for name, ok in self.checks if not ok), "")


def preview(frame: Any, *, landmarks: bool = False) -> Preview:
    """YuNet faces and framing checks for one RGB frame (safe in any worker thread); with
    `landmarks`, also the 68 points of the face when there is exactly one (for the blink)."""
    from biometrics.preview import face_landmarks, head_outline, preview_frame

    faces, hints = preview_frame(frame)
    points68 = face_landmarks(frame, faces[0]) if landmarks and len(faces) == 1 else None
    shown = []
    for face in faces:
        centre, axes, angle = head_outline(face)
        points = tuple((float(x), float(y)) for x, y in face.points)
        shown.append(PreviewFace(centre, axes, float(angle), points))
    return Preview(tuple(shown), tuple((hint.name, bool(hint.ok)) for hint in hints), points68)


def display_frame(frame: Any, width: int, height: int) -> Any:
    """The RGB frame resized to width x height for the screen (bilinear: a fraction of a
    millisecond, where Qt's smooth scaling of the picture took a few on the GUI thread)."""
    import cv2
    import numpy as np

    if frame.shape[1] == width and frame.shape[0] == height:
        return np.ascontiguousarray(frame)
    return cv2.resize(frame, (max(1, width), max(1, height)), interpolation=cv2.INTER_LINEAR)
