"""Liveness challenges for live capture: a blink, or a head turn, over consecutive frames.

A printed photo held to the camera cannot blink or turn. The blink challenge follows the eye
aspect ratio (EAR, Soukupová and Čech 2016): open eyes sit around 0.25 to 0.35 and a blink
drops below about 0.2 for a few frames. Thresholds are relative to the person's own open-eye
level measured in the first frames, so narrow eyes do not count as closed.

Still pictures cannot blink: when the landmarks of consecutive frames do not move at all (a
photo file shown again and again, a video of a photo), the challenge stops waiting and says
liveness is "not-checked" rather than waiting for a blink that cannot come. A live face, even
holding still, moves its landmarks by more than a fraction of a pixel from frame to frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from biometrics.detect import Face, detect_faces
from biometrics.quality import eyes_aspect_ratio, head_pose

State = Literal["waiting", "passed", "failed", "not-checked"]


@dataclass
class LivenessResult:
    state: State
    frames: int
    message: str

    @property
    def passed(self) -> bool:
        return self.state == "passed"


@dataclass
class BlinkLivenessChallenge:
    """Feed landmarks (or frames) one at a time; passes after open -> closed -> open.

    `closed_ratio`: an eye counts as closed below this share of the open-eye baseline.
    `max_frames`: frames allowed before the challenge fails (about 10 s at 10 frames/s).
    `still_frames`: consecutive frames whose landmarks move less than `still_tolerance` pixels
    after which the source is taken for a still picture ("not-checked").
    """

    closed_ratio: float = 0.7
    min_open_ear: float = 0.18
    baseline_frames: int = 3
    min_closed_frames: int = 1
    max_closed_frames: int = 15
    max_frames: int = 100
    still_frames: int = 5
    still_tolerance: float = 0.05
    history: list[float] = field(default_factory=list, init=False)
    _previous: np.ndarray | None = field(default=None, init=False, repr=False)
    _still_run: int = field(default=0, init=False)
    _baseline: float | None = field(default=None, init=False)
    _phase: str = field(default="open", init=False)
    _closed_run: int = field(default=0, init=False)
    _state: State = field(default="waiting", init=False)

    @property
    def passed(self) -> bool:
        return self._state == "passed"

    @property
    def result(self) -> LivenessResult:
        messages = {
            "waiting": "Please blink once while looking at the camera.",
            "passed": "Blink seen: a live person is in front of the camera.",
            "failed": "No blink seen in time: ask the person to blink, then try again.",
            "not-checked": "Liveness cannot be checked from still pictures.",
        }
        return LivenessResult(self._state, len(self.history), messages[self._state])

    def reset(self) -> None:
        self.history.clear()
        self._previous, self._still_run = None, 0
        self._baseline, self._phase, self._closed_run, self._state = None, "open", 0, "waiting"

    def update_frame(self, frame: np.ndarray) -> LivenessResult:
        """Detect the largest face in an RGB frame and feed its landmarks (none: a missed frame)."""
        faces = detect_faces(frame, chip_fallback=False)
        return self.update(faces[0].landmarks if faces else None)

    def update(self, landmarks: np.ndarray | Face | None) -> LivenessResult:
        """Feed the 68 landmarks of one frame (None when no face was found in it)."""
        if self._state != "waiting":
            return self.result
        if isinstance(landmarks, Face):
            landmarks = landmarks.landmarks
        ear = float("nan") if landmarks is None else eyes_aspect_ratio(np.asarray(landmarks))
        self.history.append(ear)
        if landmarks is not None and self._is_still(np.asarray(landmarks, dtype=np.float64)):
            self._state = "not-checked"
            return self.result
        if not np.isnan(ear):
            self._step(ear)
        if self._state == "waiting" and len(self.history) >= self.max_frames:
            self._state = "failed"
        return self.result

    def _is_still(self, points: np.ndarray) -> bool:
        previous, self._previous = self._previous, points
        if previous is None or previous.shape != points.shape:
            return False
        moved = float(np.max(np.abs(points - previous)))
        self._still_run = self._still_run + 1 if moved < self.still_tolerance else 0
        return self._still_run >= self.still_frames

    def _step(self, ear: float) -> None:
        if self._baseline is None:
            opened = [v for v in self.history if not np.isnan(v) and v >= self.min_open_ear]
            if len(opened) >= self.baseline_frames:
                self._baseline = float(np.median(opened))
            return
        closed = ear < self.closed_ratio * self._baseline
        if self._phase == "open" and closed:
            self._phase, self._closed_run = "closed", 1
        elif self._phase == "closed" and closed:
            self._closed_run += 1
            if self._closed_run > self.max_closed_frames:
                self._phase = "open"  # eyes held shut: not a blink, wait for a real one
        elif self._phase == "closed" and ear >= 0.85 * self._baseline:
            if self._closed_run >= self.min_closed_frames:
                self._state = "passed"
            self._phase = "open"
        elif not closed and self._phase == "open":
            self._baseline = 0.9 * self._baseline + 0.1 * ear


@dataclass
class HeadTurnChallenge:
    """Passes when the head turns at least `min_turn_deg` to one side and back to the front."""

    direction: Literal["left", "right", "either"] = "either"
    min_turn_deg: float = 20.0
    front_deg: float = 10.0
    max_frames: int = 100
    frames: int = field(default=0, init=False)
    _turned: bool = field(default=False, init=False)
    _state: State = field(default="waiting", init=False)

    @property
    def passed(self) -> bool:
        return self._state == "passed"

    def update(self, face: Face | None, image_shape: tuple[int, ...]) -> LivenessResult:
        if self._state == "waiting":
            self.frames += 1
            if face is not None:
                yaw = head_pose(face, image_shape)["yaw"]
                wanted = {
                    "left": yaw >= self.min_turn_deg,
                    "right": yaw <= -self.min_turn_deg,
                    "either": abs(yaw) >= self.min_turn_deg,
                }[self.direction]
                if wanted:
                    self._turned = True
                elif self._turned and abs(yaw) <= self.front_deg:
                    self._state = "passed"
            if self._state == "waiting" and self.frames >= self.max_frames:
                self._state = "failed"
        message = {
            "waiting": "Please turn the head slowly to the side and back.",
            "passed": "Head turn seen: a live person is in front of the camera.",
            "failed": "No head turn seen in time: try again.",
        }[self._state]
        return LivenessResult(self._state, self.frames, message)
