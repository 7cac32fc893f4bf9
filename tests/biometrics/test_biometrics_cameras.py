"""Camera sources: a folder of photos, a video file, probing devices on a camera-less machine."""

from __future__ import annotations

import glob
import os
from pathlib import Path

import cv2
import numpy as np
import pytest

from biometrics import (
    CameraError,
    CameraSource,
    DeviceCamera,
    FolderCamera,
    VideoFileCamera,
    list_devices,
)


def _photo_folder(faces_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "shots"
    folder.mkdir()
    for number, name in enumerate(["rose_leslie_2.jpg", "joe_biden_2.jpg", "kate_siegel_1.jpg"]):
        os.symlink(faces_dir / name, folder / f"{number:02d}.jpg")
    (folder / "03.jpg").write_bytes(b"not a photo")
    (folder / "notes.txt").write_text("ignored")
    return folder


def test_folder_camera_plays_photos_in_order(faces_dir: Path, tmp_path: Path) -> None:
    """FolderCamera yields each readable photo once, sorted, skipping unreadable files."""
    folder = _photo_folder(faces_dir, tmp_path)
    with FolderCamera(folder) as camera:
        assert isinstance(camera, CameraSource)
        frames = list(camera.frames())
    assert len(frames) == 3 and camera.skipped == 1
    assert all(f.dtype == np.uint8 and f.shape[2] == 3 for f in frames)
    assert frames[1].shape[:2] == (1200, 1200)  # joe_biden_2 is second


def test_folder_camera_loops_when_asked(faces_dir: Path, tmp_path: Path) -> None:
    """With loop=True the folder starts again after the last photo."""
    folder = _photo_folder(faces_dir, tmp_path)
    with FolderCamera(folder, loop=True) as camera:
        shapes = [camera.read().shape for _ in range(5)]  # type: ignore[union-attr]
    assert shapes[0] == shapes[3] and shapes[1] == shapes[4]


def test_video_file_camera_reads_frames(faces_dir: Path, tmp_path: Path) -> None:
    """VideoFileCamera reads back the frames of a video written with OpenCV, as RGB."""
    path = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (320, 240))
    red = np.zeros((240, 320, 3), dtype=np.uint8)
    red[..., 2] = 220  # BGR red
    for _ in range(6):
        writer.write(red)
    writer.release()
    with VideoFileCamera(path) as camera:
        frames = list(camera.frames())
    assert len(frames) == 6 and frames[0].shape == (240, 320, 3)
    assert frames[0][..., 0].mean() > 180 and frames[0][..., 2].mean() < 40  # red in RGB


def test_missing_sources_raise_camera_error(tmp_path: Path) -> None:
    """Opening a missing video, folder or device raises CameraError, not a crash."""
    for source in (
        VideoFileCamera(tmp_path / "none.avi"),
        FolderCamera(tmp_path / "none"),
        DeviceCamera(index=97),
    ):
        with pytest.raises(CameraError):
            source.open()


@pytest.mark.skipif(bool(glob.glob("/dev/video*")), reason="this machine has a camera")
def test_list_devices_without_camera_is_empty() -> None:
    """With no camera attached list_devices returns [] without raising."""
    assert list_devices(max_index=3) == []
