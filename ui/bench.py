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


def run_preview_bench(args: Any) -> dict[str, Any]:
    """`station bench preview`: the capture page's preview path per 640x480 frame on one core:
    YuNet, hints and the outline painted on a QImage (the worker's part), then the pixmap
    made and scaled to the preview's size (the GUI thread's part)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import cv2
    import numpy as np
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from station.services import camera
    from ui.wizard.live_preview import render

    app = QApplication.instance() or QApplication([])
    faces = Path(os.environ.get("STATION_FACES_DIR", "/work/shared/faces"))
    read = cv2.imread(str(faces / "alex_lacamoire_3.jpg"))
    if read is None:
        raise FileNotFoundError("no face photo for the benchmark: set STATION_FACES_DIR")
    photo = cv2.cvtColor(read, cv2.COLOR_BGR2RGB)
    scale = min(640 / photo.shape[1], 480 / photo.shape[0])
    size = (round(photo.shape[1] * scale), round(photo.shape[0] * scale))
    frame = np.full((480, 640, 3), 200, dtype=np.uint8)
    top, left = (480 - size[1]) // 2, (640 - size[0]) // 2
    frame[top:top + size[1], left:left + size[0]] = cv2.resize(photo, size)
    repeat = getattr(args, "repeat", None) or 60
    affinity = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(affinity)})
    cv2.setNumThreads(1)

    def median_ms(work: Any) -> float:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            work()
            times.append((time.perf_counter() - started) * 1000)
        return statistics.median(times)

    try:
        render(frame)
        detect = median_ms(lambda: camera.preview(frame))
        worker = median_ms(lambda: render(frame))
        shown = render(frame)
        gui = median_ms(lambda: QPixmap.fromImage(shown.image).scaled(
            800, 600, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
    finally:
        os.sched_setaffinity(0, affinity)
    del app
    total = worker + gui
    return {"frame": "640x480", "cores": 1, "repeat": repeat, "faces_found":
            len(shown.preview.faces), "yunet_and_checks_ms_median": round(detect, 1),
            "worker_ms_median": round(worker, 1), "gui_thread_ms_median": round(gui, 1),
            "preview_fps": round(1000.0 / total, 1), "target_fps": 15,
            "met": 1000.0 / total >= 15}
