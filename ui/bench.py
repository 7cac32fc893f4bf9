"""`station bench ui`: time from launch to an unlocked, usable main window.

Each run is a fresh process (imports included) under QT_QPA_PLATFORM=offscreen that builds the
window, unlocks with STATION_PASSPHRASE, logs in STATION_USER / STATION_PASSWORD and reports
when the workspace is shown. Without STATION_HOME a throw-away station is made first.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CHILD = r"""
import json, os, sys, time
started = float(sys.argv[2])
from PySide6.QtCore import QTimer
from ui.app import application, build_window
app = application()
window = build_window(sys.argv[1])
window.show()
marks = {}
def step():
    if window.screens.currentWidget() is window.unlock_screen and "unlock" not in marks:
        marks["unlock"] = time.time() - started
        window.unlock_screen.passphrase.setText(os.environ["STATION_PASSPHRASE"])
        window.unlock_screen.button.click()
    elif window.screens.currentWidget() is window.login_screen and "login" not in marks:
        marks["login"] = time.time() - started
        window.login_screen.username.setText(os.environ.get("STATION_USER", "admin"))
        window.login_screen.password.setText(os.environ["STATION_PASSWORD"])
        window.login_screen.button.click()
    elif window.ready:
        marks["ready"] = time.time() - started
        print(json.dumps(marks))
        window.close()
        app.quit()
        return
    if window.login_screen.banner.kind == "error" or window.unlock_screen.banner.kind == "error":
        print(json.dumps({"error": window.login_screen.banner.text()
                          or window.unlock_screen.banner.text()}))
        app.quit()
        return
    QTimer.singleShot(5, step)
QTimer.singleShot(0, step)
app.exec()
"""


def _throwaway_home() -> tuple[str, dict[str, str]]:
    from station.services.context import init_station
    from station.services.home import StationHome

    folder = tempfile.mkdtemp(prefix="station-bench-ui-")
    env = {"STATION_PASSPHRASE": "bench passphrase 1", "STATION_USER": "admin",
           "STATION_PASSWORD": "benchpass1"}
    station = init_station(StationHome(Path(folder) / "home"), "BEN", "01",
                           env["STATION_PASSPHRASE"], "admin", env["STATION_PASSWORD"])
    station.close()
    return str(Path(folder) / "home"), env


def launch_once(home: str, env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    child_env = {**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD, home, repr(started)], env=child_env,
                          capture_output=True, text=True, timeout=120,
                          cwd=str(Path(__file__).resolve().parents[1]))
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the station did not start (exit {done.returncode})")
    marks: dict[str, float] = json.loads(lines[-1])
    if "error" in marks:
        raise RuntimeError(f"the station did not unlock: {marks['error']}")
    return marks


def run_ui_bench(args: Any) -> dict[str, Any]:
    repeat = getattr(args, "repeat", None) or 3
    home = os.environ.get("STATION_HOME") or getattr(args, "home", "")
    env = {k: os.environ[k] for k in ("STATION_PASSPHRASE", "STATION_USER", "STATION_PASSWORD")
           if k in os.environ}
    if not home or not Path(home, "station.json").is_file() or len(env) < 3:
        home, env = _throwaway_home()
    runs = [launch_once(home, env) for _ in range(repeat)]
    ready = [r["ready"] for r in runs]
    return {
        "runs": repeat,
        "launch_to_unlock_screen_s_median": round(statistics.median(r["unlock"] for r in runs),
                                                  3),
        "launch_to_ready_s_median": round(statistics.median(ready), 3),
        "launch_to_ready_s_max": round(max(ready), 3),
        "target_s": 3.0,
        "met": max(ready) < 3.0,
    }


def _preview_frame(faces: Path) -> Any:
    """A real face letterboxed into a 640x480 RGB frame."""
    import cv2
    import numpy as np

    read = cv2.imread(str(faces / "alex_lacamoire_3.jpg"))
    if read is None:
        raise FileNotFoundError("no face photo for the benchmark: set STATION_FACES_DIR")
    photo = cv2.cvtColor(read, cv2.COLOR_BGR2RGB)
    scale = min(640 / photo.shape[1], 480 / photo.shape[0])
    size = (round(photo.shape[1] * scale), round(photo.shape[0] * scale))
    frame = np.full((480, 640, 3), 200, dtype=np.uint8)
    top, left = (480 - size[1]) // 2, (640 - size[0]) // 2
    frame[top:top + size[1], left:left + size[0]] = cv2.resize(photo, size)
    return frame


# The capture page in a real window (offscreen), pinned to one core with the worker process of
# the full checks (which inherits the pin): a face played as a 640x480 video, the full checks
# running on frame after frame; the frames shown between the first and the last full result.
WINDOW_CHILD = r"""
import json, os, statistics, sys, time
from PySide6.QtCore import QTimer
from ui.app import application, build_window
from ui.bench import _preview_frame
import ui.wizard.capture as capture_page

home, video, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
gui, results = [], []
shown_frames = []
frame_method = capture_page.CaptureStep._frame
def timed_frame(self, shown, *rest):
    started = time.thread_time()
    frame_method(self, shown, *rest)
    gui.append(time.thread_time() - started)
    if shown is not None and self.latest_preview is shown:
        shown_frames.append(shown)
capture_page.CaptureStep._frame = timed_frame
assessed_method = capture_page.CaptureStep._assessed
def timed_assessed(self, assessment):
    results.append(time.monotonic())
    assessed_method(self, assessment)
capture_page.CaptureStep._assessed = timed_assessed
app = application()
window = build_window(home)
window.show()
state = {}
def step():
    if window.screens.currentWidget() is window.unlock_screen and "unlock" not in state:
        state["unlock"] = 1
        window.unlock_screen.passphrase.setText(os.environ["STATION_PASSPHRASE"])
        window.unlock_screen.button.click()
    elif window.screens.currentWidget() is window.login_screen and "login" not in state:
        state["login"] = 1
        window.login_screen.username.setText(os.environ.get("STATION_USER", "admin"))
        window.login_screen.password.setText(os.environ["STATION_PASSWORD"])
        window.login_screen.button.click()
    elif window.ready and "page" not in state:
        page = window.workspace.open("enrol")
        page.consent.agree_all()
        page.go_to(page.steps.index(page.capture))
        state["page"] = page.capture
        page.capture.auto.setChecked(False)  # the officer captures: the preview goes on
    elif "page" in state and "started" not in state and state["page"].checks.ready():
        state["started"] = time.monotonic()
        state["page"].start("video", video)
    elif "started" in state and (time.monotonic() - state["started"] > seconds + 60
                                 or (results and results[-1] - results[0] > seconds)):
        finish()
        return
    QTimer.singleShot(20, step)
def finish():
    page = state["page"]
    page.stop()
    first, last = (results[0], results[-1]) if len(results) >= 2 else (0.0, 0.0)
    between = [s for s in shown_frames if first < s.ended < last]
    print(json.dumps({
        "full_checks": len(results),
        "full_check_s_median": round(statistics.median(
            b - a for a, b in zip(results, results[1:])), 2) if len(results) > 2 else None,
        "frames_shown_between_first_and_last_check": len(between),
        "preview_fps_with_full_checks": round(len(between) / (last - first), 1)
            if last > first else 0.0,
        "worker_cpu_ms_median": round(1000 * statistics.median(s.cpu for s in shown_frames), 1),
        "worker_wall_ms_median": round(
            1000 * statistics.median(s.seconds for s in shown_frames), 1),
        "gui_thread_cpu_ms_median": round(1000 * statistics.median(gui), 1),
        "checks_process": page.checks.pid != os.getpid() if page.checks.pid else None,
    }))
    window.close()
    app.quit()
QTimer.singleShot(0, step)
app.exec()
"""


def run_preview_window(seconds: float = 20.0) -> dict[str, Any]:
    """The capture page's live preview in a window while the full checks run (one core)."""
    import cv2

    faces = Path(os.environ.get("STATION_FACES_DIR", "/work/shared/faces"))
    frame = _preview_frame(faces)
    home, env = _throwaway_home()
    video = str(Path(home).parent / "face.avi")
    writer = cv2.VideoWriter(video, cv2.VideoWriter.fourcc(*"MJPG"), 30, (640, 480))
    bgr = cv2.cvtColor(frame, cv2.COLOR_RGB2BGR)
    for _ in range(int(seconds * 30) + 1800):  # the timer paces it: never runs dry
        writer.write(bgr)
    writer.release()
    core = min(os.sched_getaffinity(0))
    child_env = {**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(["taskset", "-c", str(core), sys.executable, "-c", WINDOW_CHILD, home,
                           video, str(seconds)], env=child_env, capture_output=True, text=True,
                          timeout=seconds + 180, cwd=str(Path(__file__).resolve().parents[1]))
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the window did not run (exit {done.returncode})")
    figures: dict[str, Any] = json.loads(lines[-1])
    return figures


def run_preview_bench(args: Any) -> dict[str, Any]:
    """`station bench preview`: the capture page's preview path per 640x480 frame on one core:
    YuNet, hints, the blink's 68 points and the outline painted on a QImage sized for the
    screen (the worker's part),
    then the pixmap made (the GUI thread's part); then the same in a window, pinned to one core
    with the worker process of the full checks, while those run frame after frame."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import cv2
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from station.services import camera
    from ui.camera_feed import BlinkCheck
    from ui.wizard.live_preview import render

    app = QApplication.instance() or QApplication([])
    frame = _preview_frame(Path(os.environ.get("STATION_FACES_DIR", "/work/shared/faces")))
    repeat = getattr(args, "repeat", None) or 60
    affinity = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(affinity)})
    cv2.setNumThreads(1)
    shown_size = (800, 600)  # about the picture's size on a 1366x768 screen

    def median_ms(work: Any) -> tuple[float, float]:
        """(wall, processor) milliseconds, medians."""
        walls, cpus = [], []
        for _ in range(repeat):
            started, cpu = time.perf_counter(), time.thread_time()
            work()
            walls.append((time.perf_counter() - started) * 1000)
            cpus.append((time.thread_time() - cpu) * 1000)
        return statistics.median(walls), statistics.median(cpus)

    try:
        blink = BlinkCheck()  # a camera's frames also feed the blink: 68 points each
        render(frame, shown_size, blink)
        detect, detect_cpu = median_ms(lambda: camera.preview(frame))
        points, points_cpu = median_ms(lambda: camera.preview(frame, landmarks=True))
        worker, worker_cpu = median_ms(lambda: render(frame, shown_size, blink))
        shown = render(frame, shown_size, blink)
        gui, gui_cpu = median_ms(lambda: QPixmap.fromImage(shown.image))
    finally:
        os.sched_setaffinity(0, affinity)
    del app
    total = worker + gui
    figures: dict[str, Any] = {
        "frame": "640x480", "shown": "x".join(map(str, shown_size)), "cores": 1,
        "repeat": repeat, "faces_found": len(shown.preview.faces),
        "yunet_and_checks_ms_median": round(detect, 1),
        "yunet_and_checks_cpu_ms_median": round(detect_cpu, 1),
        "with_blink_landmarks_ms_median": round(points, 1),
        "with_blink_landmarks_cpu_ms_median": round(points_cpu, 1),
        "worker_ms_median": round(worker, 1), "worker_cpu_ms_median": round(worker_cpu, 1),
        "gui_thread_ms_median": round(gui, 1), "gui_thread_cpu_ms_median": round(gui_cpu, 1),
        "preview_fps": round(1000.0 / total, 1), "target_fps": 15,
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    window = run_preview_window(float(getattr(args, "n", None) or 20))
    figures.update({f"window_{key}": value for key, value in window.items()})
    figures["load_average_1min_after"] = round(os.getloadavg()[0], 2)
    figures["met"] = figures["preview_fps"] >= 15 and \
        window.get("preview_fps_with_full_checks", 0) >= 15
    return figures
