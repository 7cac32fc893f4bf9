"""The camera service the capture page uses instead of importing biometrics itself."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from station.errors import StationError
from station.services import camera


def test_folder_source_gives_rgb_frames_then_the_end(faces_dir: Path, tmp_path: Path) -> None:
    """A folder of photos is a source: one RGB frame per photo in name order, then None; a
    frame encodes to JPEG; the blink challenge starts with no blink seen."""
    names = ["barack_obama_1.jpg", "barack_obama_4.jpg"]
    for name in names:
        (tmp_path / name).symlink_to(faces_dir / name)
    (tmp_path / "notes.txt").write_text("not a photo")
    source = camera.open_source("folder", tmp_path)
    try:
        frames = [source.read(), source.read()]
        assert source.read() is None
    finally:
        source.close()
    for frame in frames:
        assert isinstance(frame, np.ndarray) and frame.ndim == 3 and frame.shape[2] == 3
    assert frames[0].shape != frames[1].shape or not np.array_equal(frames[0], frames[1])
    jpeg = camera.encode_jpeg(frames[0])
    assert jpeg[:2] == b"\xff\xd8" and len(jpeg) > 1000
    challenge = camera.blink_challenge()
    assert challenge.update(None) is not None and not challenge.result.passed


def test_unreadable_sources_are_camera_unavailable(tmp_path: Path) -> None:
    """A missing folder, a missing video, a kind that does not exist: CameraUnavailable, a
    StationError with a plain message."""
    with pytest.raises(camera.CameraUnavailable, match="not a folder"):
        camera.open_source("folder", tmp_path / "missing")
    with pytest.raises(camera.CameraUnavailable):
        camera.open_source("video", tmp_path / "missing.mp4")
    with pytest.raises(camera.CameraUnavailable, match="unknown camera source"):
        camera.open_source("scanner", tmp_path)
    assert issubclass(camera.CameraUnavailable, StationError)


def test_a_source_closed_while_another_thread_reads_ends_cleanly(faces_dir: Path,
                                                                   tmp_path: Path) -> None:
    """The window reads frames in one worker and closes the source from another: reading and
    closing take turns (a VideoCapture released inside a read hung both), and once closed the
    source reads as ended, never as an error."""
    import threading
    import time

    from tests.blink_video import OPEN, write_video

    video = write_video(faces_dir / "rose_leslie_2.jpg", tmp_path / "clip.avi", OPEN * 20)
    for _attempt in range(5):
        source = camera.open_source("video", video)
        frames: list[object] = []

        def read_all(source: camera.CameraSource = source, frames: list[object] = frames) -> None:
            while (frame := source.read()) is not None:
                frames.append(frame)

        reader = threading.Thread(target=read_all)
        reader.start()
        while not frames and reader.is_alive():
            time.sleep(0.001)
        source.close()
        reader.join(timeout=20)
        assert not reader.is_alive()
        assert source.read() is None
        assert 0 < len(frames) <= len(OPEN * 20)
