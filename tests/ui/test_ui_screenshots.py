"""The real station under Xvfb: screenshots of the main pages are not blank."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE

PAGES = ("unlock", "login", "enrol", "enrol-details", "review", "records", "sync", "admin")
SHOTS = os.environ.get("STATION_SCREENSHOT_DIR", "")


def _free_display() -> int:
    for number in range(90, 160):
        if not Path(f"/tmp/.X{number}-lock").exists() and \
                not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_real_station_under_xvfb_shows_pages(station_home, tmp_path):
    """Each main page, as a person sees it on a real X screen, has real content."""
    display = _free_display()
    server = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1280x860x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        out = Path(SHOTS) if SHOTS else tmp_path / "shots"
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb",
               "STATION_PASSPHRASE": PASSPHRASE, "STATION_USER": ADMIN,
               "STATION_PASSWORD": ADMIN_PASSWORD}
        done = subprocess.run([sys.executable, "-m", "ui.screenshots", str(station_home.path),
                               str(out)], env=env, capture_output=True, text=True, timeout=90)
        assert done.returncode == 0, done.stderr[-2000:]
    finally:
        server.terminate()
        server.wait(10)
    for name in PAGES:
        image = np.asarray(Image.open(out / f"{name}.png").convert("L"), dtype=np.float32)
        assert image.shape == (860, 1280)
        assert image.std() > 12, f"{name} looks blank"
        assert len(np.unique(image)) > 40, f"{name} has almost no detail"
