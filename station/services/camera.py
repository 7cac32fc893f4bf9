"""Cameras for the capture page: the station's door to the biometrics library's sources.

The UI may import station services only (docs/architecture.md), so what it needs of
`biometrics` to show a preview comes through here: the cameras found, a source opened by kind
(device, folder of photos, video file) whose `read()` gives RGB frames, frames as JPEG, and a
blink challenge for live sources. Every failure of a source is a `CameraUnavailable`, a
`StationError` with a plain message.
"""

from __future__ import annotations

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
    """An opened source: `read()` gives the next RGB frame (numpy array), or None at the end."""

    def __init__(self, kind: str, target: Any) -> None:
        from biometrics.cameras import CameraError, DeviceCamera, FolderCamera, VideoFileCamera

        if kind not in SOURCE_KINDS:
            raise CameraUnavailable(f"unknown camera source {kind!r}")
        self.kind = kind
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

        try:
            return self.camera.read()
        except CameraError as exc:
            raise CameraUnavailable(str(exc)) from None

    def close(self) -> None:
        self.camera.close()


def open_source(kind: str, target: Any) -> CameraSource:
    """Open a device (target: its index), a folder of photos or a video file (target: path)."""
    return CameraSource(kind, target)


def encode_jpeg(frame: Any) -> bytes:
    """A camera frame (RGB array) as JPEG bytes, as the record keeps it."""
    from biometrics.imageio import encode_jpeg as encode

    return bytes(encode(frame))


def blink_challenge() -> Any:
    """A fresh blink liveness challenge (`update(landmarks)`, `reset()`, `result`)."""
    from biometrics import BlinkLivenessChallenge

    return BlinkLivenessChallenge()
