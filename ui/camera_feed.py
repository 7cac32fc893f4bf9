"""Camera sources and per-frame analysis for the capture page (no Qt; runs in workers).

The station's camera and photo-check services (station/services/camera.py, analysis_worker.py)
give the cameras and the photo pipeline (the window imports no biometrics); this module only
adapts them to the page: a `Feed` reads frames, `assess_frame` has one frame checked in full by
the worker process (`PhotoChecks`) and turns the answer into what the checklist shows, in the
operator's language.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.services import camera
from station.services.analysis_worker import Checked, PhotoChecks
from station.services.camera import CameraUnavailable
from ui.language import photo_check_text

__all__ = ["Assessment", "BlinkCheck", "CameraUnavailable", "CheckLine", "Feed", "assess_bytes",
           "assess_frame", "encode", "list_devices"]


@dataclass
class CheckLine:
    name: str
    passed: bool
    reason: str
    overridable: bool = True


@dataclass
class Assessment:
    """One analysed frame: the face box, the checks, and the analysis to enrol with."""

    jpeg: bytes
    analysis: Any = None
    box: tuple[int, ...] | None = None  # left, top, right, bottom in frame pixels
    checks: list[CheckLine] = field(default_factory=list)
    error: str = ""

    @property
    def passed(self) -> bool:
        return self.analysis is not None and not self.error and all(c.passed for c in self.checks)

    @property
    def overridable(self) -> bool:
        return self.analysis is not None and not self.error and all(
            c.passed or c.overridable for c in self.checks)

    @property
    def portrait(self) -> bytes:
        return bytes(getattr(self.analysis, "portrait_jpeg", b"") or b"")


def list_devices() -> list[tuple[str, int]]:
    """(label, device index) of cameras found; empty when none (never an error)."""
    return camera.list_devices()


class Feed:
    """A camera source: `read()` gives the next RGB frame, or None at the end.

    Every feed (device, video file, folder) is a live source: its frames go through the blink
    challenge. Only a photo imported on its own is not (`live=False`, no liveness).
    """

    def __init__(self, kind: str, target: Any) -> None:
        self.kind = kind
        self.live = True
        self.source = camera.open_source(kind, Path(target) if kind != "device" else target)

    def read(self) -> Any:
        return self.source.read()

    def close(self) -> None:
        self.source.close()


def encode(frame: Any) -> bytes:
    return camera.encode_jpeg(frame)


def _assessment(checked: Checked, data: bytes) -> Assessment:
    """What the checklist shows of one picture checked, in the operator's language."""
    analysis = checked.analysis
    if analysis is None:
        return Assessment(data, error=photo_check_text(checked.error))
    report = analysis.report
    checks = [CheckLine(photo_check_text(str(c.name).replace("_", " ")), bool(c.passed),
                        photo_check_text(str(c.reason)), bool(c.overridable))
              for c in report.checks]
    box = report.box  # left, top, right, bottom
    return Assessment(data, analysis, tuple(int(v) for v in box) if box else None, checks)


def assess_bytes(data: bytes, *, live: bool, checks: PhotoChecks) -> Assessment:
    """Have an image file's bytes checked by the station's photo pipeline."""
    return _assessment(checks.analyse(data, live=live), data)


def assess_frame(frame: Any, *, live: bool, checks: PhotoChecks) -> Assessment:
    """The same on a camera frame (RGB array); the frame is kept as JPEG for the record. (The
    blink challenge is fed by the preview's frames, `ui.wizard.live_preview.render`.)"""
    checked = checks.analyse(frame, live=live, encode=True)
    return _assessment(checked, checked.jpeg)


class BlinkCheck:
    """The blink challenge of one capture, fed frame after frame in the analysis workers.

    A lock keeps the frames in order even if two workers finish close together; results are
    snapshots (`biometrics.LivenessResult`) handed to the page.
    """

    def __init__(self) -> None:
        self._challenge = camera.blink_challenge()
        self._lock = threading.Lock()

    def update(self, landmarks: Any) -> Any:
        """Feed the 68 landmarks of one frame (None: no face in it); the result so far."""
        with self._lock:
            return self._challenge.update(landmarks)

    def reset(self) -> None:
        with self._lock:
            self._challenge.reset()

    @property
    def result(self) -> Any:
        with self._lock:
            return self._challenge.result
