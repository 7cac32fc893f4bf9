"""The blink challenge fed by the live preview's own landmark stream, on real video files.

A blink lasts a tenth to a third of a second: only a challenge that sees every frame catches
it. Here each frame of a real MJPEG video (a real face whose lids close and open, see
tests/blink_video.py) goes through the station's preview (`camera.preview` with the 68
points found from YuNet's face) and the station's blink challenge, as the capture page's
preview worker does.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from station.services import camera
from tests.blink_video import BLINK, OPEN, write_video

FACES = ("rose_leslie_2.jpg", "barack_obama_1.jpg", "shea_whigham_1.jpg")


def _stream(video: Path) -> tuple[str, int, float]:
    """(the challenge's state at the end, frames with 68 points, slowest preview seconds)."""
    source = camera.open_source("video", video)
    challenge = camera.blink_challenge()
    state, with_points, slowest = "waiting", 0, 0.0
    try:
        while (frame := source.read()) is not None:
            started = time.thread_time()
            preview = camera.preview(frame, landmarks=True)
            slowest = max(slowest, time.thread_time() - started)
            with_points += preview.landmarks is not None
            state = challenge.update(preview.landmarks).state
    finally:
        source.close()
    return state, with_points, slowest


@pytest.mark.parametrize("face", FACES)
def test_a_blink_on_video_passes_and_open_eyes_do_not(face: str, faces_dir: Path,
                                                      tmp_path: Path) -> None:
    """The same person on video: with a blink the challenge passes; without one it is still
    waiting when the video ends; every frame had its 68 points, at preview speed."""
    blinking = write_video(faces_dir / face, tmp_path / "blink.avi", OPEN + BLINK + OPEN)
    state, with_points, slowest = _stream(blinking)
    assert state == "passed"
    assert with_points == len(OPEN + BLINK + OPEN)
    assert slowest < 0.25  # YuNet twice and dlib's 68 points: ~10 ms; generous for a busy CI
    staring = write_video(faces_dir / face, tmp_path / "open.avi", OPEN * 3)
    assert _stream(staring)[0] == "waiting"


def test_a_video_of_a_still_photo_is_not_checked(faces_dir: Path, tmp_path: Path) -> None:
    """Frames that never move (a photo filmed, a still shown as a video): the challenge stops
    waiting for a blink that cannot come and says liveness is not checked."""
    still = write_video(faces_dir / FACES[0], tmp_path / "still.avi", OPEN * 2, jitter=False)
    assert _stream(still)[0] == "not-checked"
