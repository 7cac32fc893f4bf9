"""The capture page's live preview: YuNet on every frame shown, the head's outline drawn on the
picture and the framing checks beside it in the operator's language, all off the GUI thread,
with a real photo (and a part of one without a face) played as a video file."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QTimer

from biometrics.imageio import load_image
from station.services import camera

FACE = "alex_lacamoire_3.jpg"
SIZE = (640, 480)


def _letterbox(image: np.ndarray) -> np.ndarray:
    width, height = SIZE
    scale = min(width / image.shape[1], height / image.shape[0])
    size = (round(image.shape[1] * scale), round(image.shape[0] * scale))
    frame = np.full((height, width, 3), 200, dtype=np.uint8)
    top, left = (height - size[1]) // 2, (width - size[0]) // 2
    frame[top:top + size[1], left:left + size[0]] = cv2.resize(image, size,
                                                               interpolation=cv2.INTER_AREA)
    return frame


def _video(path: Path, frame: np.ndarray, count: int) -> Path:
    """A 640x480 MJPEG video of `count` copies of an RGB frame (a camera that does not move)."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30, SIZE)
    assert writer.isOpened()
    bgr = cv2.cvtColor(frame, cv2.COLOR_RGB2BGR)
    for _ in range(count):
        writer.write(bgr)
    writer.release()
    return path


def _capture_step(window):  # type: ignore[no-untyped-def]
    page = window.workspace.open("enrol")
    page.consent.agree_all()  # the photo step is there with consent to biometrics
    page.go_to(page.steps.index(page.capture))
    capture = page.capture
    assert page.stack.currentWidget() is capture
    capture.auto.setChecked(False)  # keep the preview running: the officer captures
    return capture


def _changed_pixels(shown) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Where the drawn picture differs from the frame read, sized as shown (the outline,
    points, guide), in the picture's pixels."""
    image = shown.image
    drawn = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
        image.height(), image.bytesPerLine())[:, :image.width() * 3].reshape(
            image.height(), image.width(), 3)
    plain = camera.display_frame(shown.frame, image.width(), image.height())
    return np.abs(drawn.astype(int) - plain.astype(int)).sum(axis=2) > 60


def test_real_face_gets_an_outline_and_every_framing_check(qtbot, window_factory, faces_dir,
                                                         tmp_path):
    """A real face played as video: the picture shown has the outline round the head, the
    checklist beside it ticks every framing check, in words of the catalogue."""
    window = window_factory()
    capture = _capture_step(window)
    frame = _letterbox(load_image(faces_dir / FACE))
    capture.start("video", _video(tmp_path / "face.avi", frame, 150))
    # the picture is sized for the screen in the worker, not left for the GUI thread to scale
    # (once the page's layout has settled, the pixmap shown is the image drawn)
    qtbot.waitUntil(lambda: capture.latest_preview is not None
                    and bool(capture.latest_preview.preview.faces)
                    and capture.preview.pixmap().size() == capture.latest_preview.image.size(),
                    timeout=20000)
    shown = capture.latest_preview
    assert shown.preview.ready
    assert (shown.image.width(), shown.image.height()) != SIZE
    face = shown.preview.faces[0]
    changed = _changed_pixels(shown)
    # the outline: pixels changed on the ellipse round the head, left and right of it
    cx, cy = (round(v * shown.scale) for v in face.centre)
    ax = round(face.axes[0] * shown.scale)
    band = changed[cy - 20:cy + 20]
    assert band[:, cx - ax - 6:cx - ax + 6].any() and band[:, cx + ax - 6:cx + ax + 6].any()
    assert not changed[cy - 10:cy + 10, cx - 10:cx + 10].any()  # the face itself is untouched
    framing = capture.framing
    assert framing.passed() == dict.fromkeys(
        ("one_face", "face_size", "centring", "head_roll", "head_yaw"), True)
    assert [framing.check_text(n) for n in ("one_face", "centring", "face_size")] == [
        "One face", "Centred", "Close enough"]
    assert framing.advice.text() == "Well framed: hold still."
    assert framing.isVisible() and framing.advice.isVisible()
    capture.stop()


def test_framing_checks_are_said_in_french_and_swahili(qtbot, window_factory, faces_dir,
                                                      tmp_path):
    """The checklist is in the operator's language (Qt labels, not text drawn by OpenCV)."""
    from PySide6.QtWidgets import QApplication

    from ui.language import Languages

    window = window_factory()
    capture = _capture_step(window)
    frame = _letterbox(load_image(faces_dir / FACE))
    capture.start("video", _video(tmp_path / "face.avi", frame, 150))
    qtbot.waitUntil(lambda: capture.framing.passed().get("centring") is True, timeout=20000)
    english = [capture.framing.check_text(n) for n in capture.framing.rows]
    seen = {}
    for language in ("fr", "sw"):
        Languages.of(QApplication.instance()).switch(language)
        qtbot.waitUntil(lambda: capture.framing.advice.text() != "Well framed: hold still.",
                        timeout=5000)
        said = [capture.framing.check_text(n) for n in capture.framing.rows]
        assert all(said) and not set(said) & set(english), said
        seen[language] = said
    assert seen["fr"] != seen["sw"]
    capture.stop()


def test_a_frame_without_a_face_says_so(qtbot, window_factory, faces_dir, tmp_path):
    """A real photo's corner with nobody in it: no outline, and the page says there is no
    face and what to do; the other checks are not ticked."""
    window = window_factory()
    capture = _capture_step(window)
    photo = load_image(faces_dir / FACE)
    empty = _letterbox(photo[650:, :560])
    capture.start("video", _video(tmp_path / "empty.avi", empty, 60))
    qtbot.waitUntil(lambda: capture.latest_preview is not None, timeout=20000)
    shown = capture.latest_preview
    assert shown.preview.faces == ()
    framing = capture.framing
    assert framing.passed() == {"one_face": False}
    assert "No face in the picture" in framing.advice.text()
    assert not framing.rows["centring"][1].isEnabled()  # not known without a face
    capture.stop()


def test_preview_keeps_moving_while_the_full_checks_run_in_their_process(
        qtbot, window_factory, faces_dir, tmp_path):
    """Frames are detected and drawn in a worker (a 20 ms timer keeps ticking meanwhile) and
    keep being shown while the full photo checks run, in a process of their own: many frames
    for each check (dlib in the window's process let about two through), and each check's
    result still arrives and is shown on the checklist. The process stops with the window."""
    window = window_factory()
    capture = _capture_step(window)
    checks = capture.checks
    assert checks is not None and not checks.in_process
    qtbot.waitUntil(checks.ready, timeout=60000)  # models loaded before the first capture
    pid = checks.pid
    assert pid is not None and pid != os.getpid()
    frame = _letterbox(load_image(faces_dir / FACE))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    shown: list = []  # type: ignore[type-arg]
    analysing: list[bool] = []
    assessed: list[float] = []
    capture.framing.show_preview = _recording(capture, shown, analysing)
    assess = capture._assessed
    capture._assessed = lambda result: (assessed.append(time.monotonic()), assess(result))
    timer.start()
    capture.start("video", _video(tmp_path / "face.avi", frame, 2000))
    qtbot.waitUntil(lambda: len(assessed) >= 3, timeout=90000)
    rate = capture.frame_rate.per_second
    capture.stop()
    timer.stop()
    gui = threading.get_ident()
    assert all(s.thread != gui for s in shown)
    inside = [t for t in ticks for s in shown if s.started < t < s.ended]
    assert inside, "no timer tick while a frame was detected and drawn"
    # frames shown between the first and the last result, while a check ran (nearly always)
    during = [a for s, a in zip(shown, analysing, strict=True)
              if assessed[0] < s.ended < assessed[-1] and a]
    per_check = len(during) / (len(assessed) - 1)
    assert per_check >= 6, f"{per_check:.1f} frames shown a check"
    assert len({id(s.frame) for s in shown}) == len(shown)  # each shown once, none twice
    # each result arrived and is on the checklist, one row a check
    latest = capture.latest
    assert latest is not None and latest.analysis is not None and latest.checks
    assert [capture.checklist.item(i).text().split(":")[0]
            for i in range(capture.checklist.count())] == [c.name for c in latest.checks]
    assert capture.checks is checks and checks.pid == pid  # one process, kept
    worker_ms = float(np.median([s.seconds for s in shown])) * 1000
    print(f"preview shown at {rate:.1f} frames/s, {per_check:.1f} frames a full check; "
          f"worker {worker_ms:.1f} ms a frame")
    window.close()
    assert not _alive(pid)
    assert multiprocessing.active_children() == []


def test_a_crash_of_the_checks_process_is_said_and_the_checks_go_on(qtbot, window_factory,
                                                                   faces_dir, tmp_path):
    """The process of the full checks killed under way: the page says so in plain words (no
    exception name), a new process is started and the next frame is checked in full."""
    window = window_factory()
    capture = _capture_step(window)
    checks = capture.checks
    qtbot.waitUntil(checks.ready, timeout=60000)
    first = checks.pid
    frame = _letterbox(load_image(faces_dir / FACE))
    capture.start("video", _video(tmp_path / "face.avi", frame, 3000))
    qtbot.waitUntil(lambda: capture._analysing, timeout=20000)
    os.kill(first, signal.SIGKILL)
    qtbot.waitUntil(lambda: capture.banner.kind == "error", timeout=30000)
    said = capture.banner.text()
    assert "photo checks stopped unexpectedly" in said
    assert "Error" not in said and "Pool" not in said
    capture.latest = None
    qtbot.waitUntil(lambda: capture.latest is not None and capture.latest.analysis is not None,
                    timeout=90000)
    assert checks.pid not in (None, first)
    capture.stop()
    window.close()
    assert multiprocessing.active_children() == []


def test_pages_without_the_capture_step_start_no_process(qtbot, window_factory):
    """A window whose capture step is never shown starts no process for the photo checks."""
    window = window_factory()
    window.workspace.open("records")
    window.workspace.open("sync")
    assert window.session.runner._photo_checks is None
    assert multiprocessing.active_children() == []


def _alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()


def _recording(capture, shown, analysing):  # type: ignore[no-untyped-def]
    """The page's `show_preview`, also keeping each frame shown and whether the full photo
    checks were running then."""
    show = capture.framing.show_preview

    def record(preview, **kwargs):  # type: ignore[no-untyped-def]
        if preview is not None and capture.latest_preview is not None:
            shown.append(capture.latest_preview)
            analysing.append(capture._analysing)
        show(preview, **kwargs)
    return record
