"""The real station under Xvfb: screenshots of the main pages are not blank."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE

PAGES = ("unlock", "login", "enrol", "enrol-details", "review", "records", "sync", "admin")
SHOTS = os.environ.get("STATION_SCREENSHOT_DIR", "")


def _start_xvfb() -> tuple[subprocess.Popen[bytes], int]:
    """Xvfb on a display number it picks itself (`-displayfd`: it takes the first free one
    under its own lock file, so parallel test workers never race for a number)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x860x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        line = pipe.readline()  # written once the display accepts connections
    if not line.strip().isdigit():
        server.kill()
        server.wait(10)
        raise AssertionError("Xvfb did not start")
    return server, int(line)


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_real_station_under_xvfb_shows_pages(station_home, tmp_path):
    """Each main page, as a person sees it on a real X screen, has real content."""
    server, display = _start_xvfb()
    try:
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
