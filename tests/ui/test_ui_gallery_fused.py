"""The wizard's duplicate alert judges with both face models, and an open window notices a
`station biometrics reindex` run in another process: its next search fuses, no restart."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest

import biometrics
from biometrics.fusion import fused_distance
from station.services.context import login
from station.services.enrolment import PhotoInput, enrol
from station.services.forms import EnrolmentForm
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE, open_for_checks
from tests.ui.helpers import capture_from_folder, fill_person, photo_folder

ROOT = Path(__file__).resolve().parents[2]


def _templates(home, number: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    station = open_for_checks(home)
    try:
        with station.store.reading() as repo:
            return [biometrics.Template.from_bytes(t.data) for t in repo.get_templates(number)]
    finally:
        station.close()


def _alert_for(qtbot, page, folder: Path):  # type: ignore[no-untyped-def]
    capture_from_folder(qtbot, page, folder, override="press photo")
    qtbot.waitUntil(lambda: page.alert is not None and page.alert.isVisible(), timeout=60000)
    alert = page.alert
    candidates = list(alert.candidates)
    analysis = page.capture.approved.analysis
    alert.continue_button.click()
    return candidates, analysis, alert


def test_alert_fuses_and_follows_a_reindex_made_by_another_process(
        qtbot, window_factory, station_home, faces_dir, tmp_path):
    """A store whose record has a dlib template only: the alert's score is dlib's. The
    re-index runs in another process while the window stays open; the next photo's alert
    gives the fused score of both models (the window's gallery noticed the new templates)."""
    station = open_for_checks(station_home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        first = enrol(station, admin, EnrolmentForm(
            given_name="Neema", family_name="Mwakyusa", sex="F", birth_year=1990,
            nationality="COD", consent_purposes="all"),
            PhotoInput((faces_dir / "barack_obama_1.jpg").read_bytes(),
                       quality_override="press photo")).registration_number
    finally:
        station.close()
    with closing(sqlite3.connect(station_home.path / "store.db")) as db, db:
        db.execute("DELETE FROM templates WHERE model = ?", (biometrics.SFACE_MODEL,))
    (dlib,) = _templates(station_home, first)

    window = window_factory()
    page = window.workspace.open("enrol")
    fill_person(page, "Baraka", "Omari")
    (tmp_path / "a").mkdir()
    before, analysis, _alert = _alert_for(qtbot, page, photo_folder(
        tmp_path / "a", faces_dir, "barack_obama_3.jpg"))
    assert [c.registration_number for c in before] == [first]
    assert before[0].distance == pytest.approx(analysis.template.distance(dlib), abs=1e-5)

    env = {**os.environ, "STATION_HOME": str(station_home.path), "STATION_PASSPHRASE":
           PASSPHRASE, "STATION_USER": ADMIN, "STATION_PASSWORD": ADMIN_PASSWORD,
           "STATION_SCRYPT_N": "1024", "OMP_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, "-m", "station", "biometrics", "reindex"],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    dlib, sface = _templates(station_home, first)
    assert sface.model == biometrics.SFACE_MODEL

    page.capture.retake()
    (tmp_path / "b").mkdir()
    after, analysis, alert = _alert_for(qtbot, page, photo_folder(
        tmp_path / "b", faces_dir, "barack_obama_3.jpg"))
    expected = fused_distance(analysis.template.distance(dlib),
                              float(np.dot(analysis.sface_template.vector, sface.vector)))
    assert [c.registration_number for c in after] == [first]
    assert after[0].distance == pytest.approx(float(expected), abs=1e-5)
    assert after[0].distance != pytest.approx(before[0].distance, abs=1e-3)
    assert "Very likely the same person" in alert.text()
