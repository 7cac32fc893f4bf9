"""Liveness on the capture page: a folder camera of real photos, then a blink made from the
real landmarks of the same face."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests.ui.conftest import open_for_checks
from tests.ui.helpers import fill_person

FACE = "rose_leslie_2.jpg"


def _held_up_photo(tmp: Path, faces_dir: Path, copies: int = 8) -> Path:
    """A folder camera showing the same real photo frame after frame (a printed photo held
    to the camera); links, never copies."""
    folder = tmp / "held-up"
    folder.mkdir()
    for index in range(copies):
        (folder / f"frame{index:02d}.jpg").symlink_to(faces_dir / FACE)
    return folder


def _run_folder(qtbot, capture, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Still pictures: after a few seconds the page gives up asking for a blink."""
    capture.start("folder", folder)
    qtbot.waitUntil(lambda: capture.feed is not None, timeout=20000)
    qtbot.waitUntil(lambda: capture.liveness_state == "not-checked" and capture.latest is not None
                    and capture.latest.analysis is not None, timeout=60000)


def _close_eyes(landmarks: np.ndarray, amount: float) -> np.ndarray:
    """Move the upper-lid points towards the lower lid by `amount` (1.0: shut)."""
    moved = landmarks.copy()
    for upper, lower in ((37, 41), (38, 40), (43, 47), (44, 46)):
        moved[upper] = landmarks[upper] + amount * (landmarks[lower] - landmarks[upper])
    return moved


def _capture(qtbot, capture) -> None:  # type: ignore[no-untyped-def]
    capture.override.setText("plain wall not available")
    capture.capture_now()
    qtbot.waitUntil(lambda: capture.stack.currentIndex() == 1, timeout=10000)
    capture.approve()


def test_held_up_photo_never_passes_liveness_and_import_has_none(
        qtbot, window_factory, faces_dir, tmp_path):
    """Frames of the same open-eyed photo: the page stops asking for a blink and says liveness
    cannot be checked from still pictures; captured, the photo records liveness as not
    checked (None); an imported photo has no liveness at all."""
    window = window_factory()
    page = window.workspace.open("enrol")
    fill_person(page, "Neema", "Mwakyusa")
    capture = page.capture
    _run_folder(qtbot, capture, _held_up_photo(tmp_path, faces_dir))
    assert not capture.liveness_passed
    assert "cannot be checked from still pictures" in capture.liveness.text()
    _capture(qtbot, capture)
    assert capture.approved is not None
    assert capture.approved.live is True and capture.approved.liveness_passed is None
    assert "not checked" in capture.approval_note.text()

    capture.retake()
    capture.import_photo(str(faces_dir / FACE))
    qtbot.waitUntil(lambda: capture.latest is not None and capture.feed is None
                    and capture.latest.analysis is not None, timeout=20000)
    assert "no liveness check" in capture.liveness.text()
    _capture(qtbot, capture)
    assert capture.approved.live is False and capture.approved.liveness_passed is None


def test_blink_in_the_landmarks_passes_and_is_recorded(qtbot, window_factory, station_home,
                                                       faces_dir, tmp_path):
    """After the held-up frames, landmarks of the same face closing and opening its eyes pass
    the page's challenge; the saved photo records a passed liveness check."""
    from biometrics import detect_faces, load_image

    window = window_factory()
    page = window.workspace.open("enrol")
    fill_person(page, "Neema", "Mwakyusa")
    capture = page.capture
    _run_folder(qtbot, capture, _held_up_photo(tmp_path, faces_dir))
    assert capture.liveness_state == "not-checked"
    open_eyes = detect_faces(load_image(faces_dir / FACE))[0].landmarks
    for amount in [0.0, 0.0, 0.05, 0.0, 0.4, 0.85, 0.95, 0.5, 0.1, 0.0]:
        capture.observe(_close_eyes(open_eyes, amount))
    qtbot.waitUntil(lambda: not capture._observing, timeout=20000)
    assert capture.liveness_passed and capture.liveness_result.state == "passed"
    assert "Blink seen" in capture.liveness.text()
    assert not capture.blink_again.isVisible()
    _capture(qtbot, capture)
    assert capture.approved.live is True and capture.approved.liveness_passed is True
    qtbot.waitUntil(lambda: "No earlier registration" in page.banner.text()
                    or (page.alert is not None and page.alert.isVisible()), timeout=20000)
    if page.alert is not None and page.alert.isVisible():
        page.alert.continue_button.click()
    page.next()  # photo -> review
    page.next()  # save
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    number = page.result.registration_number
    window.session.runner.wait_idle()
    station = open_for_checks(station_home)
    try:
        with station.store.transaction() as repo:
            photo = repo.get_photo(number)
    finally:
        station.close()
    assert photo is not None and photo.source == "live" and photo.liveness_passed is True


def test_a_blink_on_camera_video_is_seen_by_the_preview(qtbot, window_factory, faces_dir,
                                                        tmp_path):
    """A video of a real face that blinks once, played as the camera: the page's preview
    follows the eyes at every frame, says the blink was seen, and the captured photo records
    a passed liveness check. The same video with open eyes only never passes."""
    from tests.blink_video import BLINK, OPEN, write_video

    window = window_factory()
    page = window.workspace.open("enrol")
    fill_person(page, "Neema", "Mwakyusa")
    capture = page.capture
    staring = write_video(faces_dir / FACE, tmp_path / "open.avi", OPEN * 4)
    capture.start("video", staring)
    qtbot.waitUntil(lambda: capture.feed is not None, timeout=20000)
    qtbot.waitUntil(lambda: not capture.timer.isActive(), timeout=60000)  # the video ended
    assert not capture.liveness_passed
    assert "Blink seen" not in capture.liveness.text()

    blinking = write_video(faces_dir / FACE, tmp_path / "blink.avi", OPEN * 2 + BLINK + OPEN * 2)
    capture.start("video", blinking)
    qtbot.waitUntil(lambda: capture.liveness_passed, timeout=60000)
    assert "Blink seen: a live person is in front of the camera." in capture.liveness.text()
    assert not capture.blink_again.isVisible()
    qtbot.waitUntil(lambda: (capture.latest is not None and capture.latest.analysis is not None)
                    or capture.stack.currentIndex() == 1, timeout=60000)
    if capture.stack.currentIndex() == 0:
        _capture(qtbot, capture)
    else:
        capture.approve()
    assert capture.approved is not None
    assert capture.approved.live is True and capture.approved.liveness_passed is True


def test_a_blink_on_a_new_source_never_captures_the_previous_persons_photo(
        qtbot, window_factory, faces_dir, tmp_path):
    """One person's video is checked, then the officer switches to another person's video who
    blinks at once: the blink (seen by the preview before the full checks of the new video
    end) must auto-capture a photo of the new video, never the previous person's."""
    from tests.blink_video import BLINK, OPEN, write_video

    window = window_factory()
    page = window.workspace.open("enrol")
    fill_person(page, "Neema", "Mwakyusa")
    capture = page.capture
    first = write_video(faces_dir / FACE, tmp_path / "first.avi", OPEN * 30)
    second = write_video(faces_dir / "barack_obama_1.jpg", tmp_path / "second.avi",
                         OPEN[:4] + BLINK + OPEN * 6)
    capture.start("video", first)
    qtbot.waitUntil(lambda: capture.latest is not None and capture.latest.passed,
                    timeout=60000)
    previous = capture.latest
    capture.start("video", second)
    qtbot.waitUntil(lambda: capture.stack.currentIndex() == 1, timeout=60000)
    assert capture.liveness_passed
    offered = capture.candidate
    assert offered is not None and offered is not previous
    assert offered.analysis.template.distance(previous.analysis.template) > 0.6
