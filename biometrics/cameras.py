"""Camera sources behind one small interface: a device, a video file, a folder of photos.

All sources yield RGB uint8 frames. A folder of photos is a real feature (sites that photograph
with another device) and also what tests use. Probing devices never raises: a station without a
camera is normal.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, runtime_checkable

import cv2
import numpy as np

from biometrics.errors import PhotoError
from biometrics.imageio import load_image

PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp"})


class CameraError(RuntimeError):
    """A camera could not be opened or stopped delivering frames."""


@runtime_checkable
class CameraSource(Protocol):
    description: str

    def open(self) -> None: ...
    def read(self) -> np.ndarray | None: ...
    def close(self) -> None: ...
    def __enter__(self) -> CameraSource: ...
    def __exit__(self, *exc: object) -> None: ...


class _Base:
    description = "camera"

    def open(self) -> None:
        raise NotImplementedError

    def read(self) -> np.ndarray | None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> _Base:
        self.open()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def frames(self) -> Iterator[np.ndarray]:
        """Frames until the source runs dry."""
        while (frame := self.read()) is not None:
            yield frame


def _bgr_to_rgb(frame: np.ndarray) -> np.ndarray:
    if frame.ndim == 2:
        return cv2.cvtColor(frame, cv2.COLOR_GRAY2RGB)
    return cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)


class _CaptureSource(_Base):
    def __init__(self) -> None:
        self._capture: Any = None

    def _make(self) -> Any:
        raise NotImplementedError

    def open(self) -> None:
        if self._capture is not None:
            return
        capture = self._make()
        if capture is None or not capture.isOpened():
            if capture is not None:
                capture.release()
            raise CameraError(f"{self.description} could not be opened")
        self._capture = capture

    def read(self) -> np.ndarray | None:
        if self._capture is None:
            raise CameraError(f"{self.description} is not open")
        ok, frame = self._capture.read()
        if not ok or frame is None:
            return None
        return _bgr_to_rgb(frame)

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class DeviceCamera(_CaptureSource):
    """A camera attached to the machine, chosen by index; asks for width x height and keeps what
    the driver grants (see `resolution` after opening)."""

    def __init__(self, index: int = 0, width: int = 1280, height: int = 720) -> None:
        super().__init__()
        self.index, self.width, self.height = index, width, height
        self.description = f"camera {index}"
        self.resolution: tuple[int, int] | None = None

    def _make(self) -> Any:
        capture = cv2.VideoCapture(self.index)
        if capture.isOpened():
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
            self.resolution = (
                int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
                int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
            )
        return capture


class VideoFileCamera(_CaptureSource):
    """Frames of a video file, in order."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self.path = Path(path)
        self.description = f"video file {self.path.name}"

    def _make(self) -> Any:
        if not self.path.is_file():
            raise CameraError(f"{self.description} does not exist")
        return cv2.VideoCapture(str(self.path))


class FolderCamera(_Base):
    """The photos of a folder as frames, in file-name order; `loop` starts again at the end.
    Unreadable files are skipped (and counted in `skipped`)."""

    def __init__(self, path: str | os.PathLike[str], loop: bool = False) -> None:
        self.path = Path(path)
        self.loop = loop
        self.description = f"photo folder {self.path.name}"
        self._files: list[Path] = []
        self._position = 0
        self.skipped = 0
        self._open = False

    def open(self) -> None:
        if not self.path.is_dir():
            raise CameraError(f"{self.description} is not a folder")
        self._files = sorted(
            p for p in self.path.iterdir() if p.suffix.lower() in PHOTO_SUFFIXES and p.is_file()
        )
        self._position = 0
        self._open = True

    def read(self) -> np.ndarray | None:
        if not self._open:
            raise CameraError(f"{self.description} is not open")
        attempts = 0
        while self._files and attempts < len(self._files):
            if self._position >= len(self._files):
                if not self.loop:
                    return None
                self._position = 0
            path = self._files[self._position]
            self._position += 1
            try:
                return load_image(path)
            except PhotoError:
                self.skipped += 1
                attempts += 1
        return None

    def close(self) -> None:
        self._open = False


@dataclass(frozen=True)
class DeviceInfo:
    index: int
    description: str
    width: int
    height: int

    def to_dict(self) -> dict[str, object]:
        return {
            "index": self.index,
            "description": self.description,
            "width": self.width,
            "height": self.height,
        }


def _quiet_opencv() -> tuple[Any, int | None]:
    logging = getattr(getattr(cv2, "utils", None), "logging", None)
    if logging is None:
        return None, None
    previous = logging.getLogLevel()
    logging.setLogLevel(logging.LOG_LEVEL_ERROR)
    return logging, previous


def _probe(index: int) -> DeviceInfo | None:
    if sys.platform.startswith("linux") and not os.path.exists(f"/dev/video{index}"):
        return None  # Linux: no device node, nothing to open
    capture = cv2.VideoCapture(index)
    try:
        if not capture.isOpened():
            return None
        ok, frame = capture.read()
        if not ok or frame is None:
            return None
        height, width = frame.shape[:2]
        backend = capture.getBackendName() if hasattr(capture, "getBackendName") else ""
        return DeviceInfo(index, f"camera {index} {backend}".strip(), width, height)
    finally:
        capture.release()


def list_devices(max_index: int = 5) -> list[DeviceInfo]:
    """Cameras that open and deliver a frame, probing indexes 0..max_index-1. Never raises."""
    found = []
    logging, previous = _quiet_opencv()
    try:
        for index in range(max_index):
            try:
                info = _probe(index)
            except (cv2.error, OSError):
                info = None
            if info is not None:
                found.append(info)
    finally:
        if logging is not None and previous is not None:
            logging.setLogLevel(previous)
    return found
