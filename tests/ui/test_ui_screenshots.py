"""The real station under Xvfb on a 1366x768 laptop screen, in English, French and Swahili, and
at 150 % (QT_SCALE_FACTOR=1.5 on a 2049x1152 screen, i.e. 1366x768 logical pixels): a screenshot
of every page, wizard step and main dialog has real content, and the fit check
(`ui.screenshots.fit_problems`) finds nothing off-screen or cut off in any of them.

Set STATION_SCREENSHOT_DIR to keep the PNGs (one folder per run: en, fr, sw, fr-150)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from station.services.context import login
from station.services.enrolment import PhotoInput, enrol
from station.services.forms import EnrolmentForm
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE, open_for_checks

PAGES = ("unlock", "login", "enrol", "enrol-details", "enrol-contacts", "enrol-needs",
         "enrol-capture", "enrol-capture-approve", "enrol-review", "review", "records", "sync",
         "central", "admin", "dialog-confirm", "dialog-print", "dialog-join")
SHOTS = os.environ.get("STATION_SCREENSHOT_DIR", "")
RUNS = {  # name: language, screen, scale
    "en": ("en", (1366, 768), "1"), "fr": ("fr", (1366, 768), "1"),
    "sw": ("sw", (1366, 768), "1"), "fr-150": ("fr", (2049, 1152), "1.5"),
}


def _start_xvfb(width: int, height: int) -> tuple[subprocess.Popen[bytes], int]:
    """Xvfb on a display number it picks itself (`-displayfd`: it takes the first free one
    under its own lock file, so parallel test workers never race for a number)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               f"{width}x{height}x24", "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        line = pipe.readline()  # written once the display accepts connections
    if not line.strip().isdigit():
        server.kill()
        server.wait(10)
        raise AssertionError("Xvfb did not start")
    return server, int(line)


@pytest.fixture
def busy_home(station_home, faces_dir: Path):
    """Two registrations of the same face: Records has a record, Review an open case."""
    station = open_for_checks(station_home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        photo = (faces_dir / "rose_leslie_2.jpg").read_bytes()
        for family, year in (("Juma", 1990), ("Juma Mwakyembe", 1991)):
            enrol(station, admin, EnrolmentForm(
                given_name="Amina", family_name=family, sex="F", birth_year=year,
                nationality="COD", consent_purposes="all"),
                PhotoInput(photo, quality_override="test photo"))
    finally:
        station.close()
    return station_home


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
@pytest.mark.parametrize("run", list(RUNS))
def test_real_station_under_xvfb_shows_every_page_fitting(busy_home, faces_dir, tmp_path,
                                                          run):
    """Each page, as a person sees it on a real X screen, has real content and fits."""
    language, (width, height), scale = RUNS[run]
    server, display = _start_xvfb(width, height)
    faces = tmp_path / "faces"
    faces.mkdir()
    shutil.copy(faces_dir / "angelina_jolie_1.jpg", faces)
    try:
        out = Path(SHOTS) / run if SHOTS else tmp_path / "shots"
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb",
               "QT_SCALE_FACTOR": scale, "STATION_LANGUAGE": language,
               "STATION_PASSPHRASE": PASSPHRASE, "STATION_USER": ADMIN,
               "STATION_PASSWORD": ADMIN_PASSWORD, "STATION_SHOT_FACES": str(faces)}
        done = subprocess.run([sys.executable, "-m", "ui.screenshots", str(busy_home.path),
                               str(out)], env=env, capture_output=True, text=True, timeout=240)
        assert done.returncode == 0, done.stderr[-2000:]
    finally:
        server.terminate()
        server.wait(10)
    fit = json.loads((out / "fit.json").read_text())
    problems = {name: found for name, found in fit.items() if found}
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)
    for name in PAGES:
        image = np.asarray(Image.open(out / f"{name}.png").convert("L"), dtype=np.float32)
        assert image.shape == (height, width)
        assert image.std() > 12, f"{name} looks blank"
        assert len(np.unique(image)) > 40, f"{name} has almost no detail"
