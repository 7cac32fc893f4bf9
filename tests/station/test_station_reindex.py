"""Both face templates per record, and `station biometrics reindex` upgrading a store made
before SFace: killed half-way with SIGKILL, run again, every record ends with each template
exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest
from alembic import command

import biometrics
from biometrics.fusion import FUSED_THRESHOLDS, fused_distance
from biometrics.sface import SFACE_VERSION
from station.domain.codec.bindings import LEGACY_TEMPLATE_MODEL
from station.services import face_gallery, photo_checks
from station.services.context import Actor, Station
from station.services.enrolment import PhotoInput, enrol
from station.store.database import alembic_config
from tests.station.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE, reopen
from tests.station.helpers import full_form
from tests.station.legacy_store import to_data_key

# photos of ten different faces of eight people (Obama three times, Lacamoire twice)
PHOTOS = ["barack_obama_1.jpg", "joe_biden_1.jpg", "alex_lacamoire_2.jpg", "rose_leslie_2.jpg",
          "lin_manuel_miranda_1.png", "kate_siegel_1.jpg", "shea_whigham_1.jpg",
          "alex_lacamoire_3.jpg", "barack_obama_3.jpg", "barack_obama_4.jpg"]
ROOT = Path(__file__).resolve().parents[2]


def _enrol(station: Station, admin: Actor, faces_dir: Path, name: str) -> str:
    photo = PhotoInput((faces_dir / name).read_bytes(), quality_override="press photo")
    return enrol(station, admin, full_form(consent_purposes="all"), photo).registration_number


def _rows(home: Path) -> dict[str, list[tuple[str, str]]]:
    """Registration number -> [(model, version)] of every stored template, read raw.

    Every sqlite3 connection of this process is closed after use: one left open (the `with`
    of sqlite3 only commits) kept this process from seeing what the killed writer had
    committed to the WAL."""
    with closing(sqlite3.connect(home / "store.db")) as db, db:
        rows = db.execute("SELECT e.registration_number, t.model, t.model_version FROM "
                          "templates t JOIN enrolments e ON e.id = t.enrolment_id").fetchall()
    found: dict[str, list[tuple[str, str]]] = {}
    for number, model, version in rows:
        found.setdefault(number, []).append((model, version))
    return found


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "STATION_HOME": str(home), "STATION_PASSPHRASE": PASSPHRASE,
            "STATION_USER": ADMIN, "STATION_PASSWORD": ADMIN_PASSWORD,
            "STATION_SCRYPT_N": "1024", "OMP_NUM_THREADS": "1"}


def test_enrolment_stores_both_templates_and_the_search_fuses_them(
        station: Station, admin: Actor, faces_dir: Path) -> None:
    """A new record keeps a dlib and an SFace template, each under its own binding; a second
    photo of the man is found with the fused score of the two pairs of templates."""
    first = _enrol(station, admin, faces_dir, "barack_obama_1.jpg")
    with station.store.reading() as repo:
        stored = repo.get_templates(first)
    assert [t.model for t in stored] == [LEGACY_TEMPLATE_MODEL, biometrics.SFACE_MODEL]
    analysis = photo_checks.analyse_photo((faces_dir / "barack_obama_3.jpg").read_bytes())
    found = face_gallery.search_analysis(station, analysis)
    dlib, sface = (biometrics.Template.from_bytes(t.data) for t in stored)
    expected = fused_distance(analysis.template.distance(dlib),
                              float(np.dot(analysis.sface_template.vector, sface.vector)))
    assert [(c.registration_number, c.band) for c in found] == [(first, "match")]
    assert found[0].distance == pytest.approx(float(expected), abs=1e-5)
    assert found[0].distance <= FUSED_THRESHOLDS.match
    # the dlib-only search (a caller without the SFace template) still finds him, by dlib
    alone = face_gallery.search(station, analysis.template.vector)
    assert alone[0].registration_number == first
    assert alone[0].distance == pytest.approx(analysis.template.distance(dlib), abs=1e-5)


def test_reindex_upgrades_an_old_store_and_resumes_after_sigkill(
        station: Station, admin: Actor, faces_dir: Path) -> None:
    """A store of the schema before per-model templates (dlib only) opens and matches by
    dlib; `station biometrics reindex` killed half-way and run again leaves every record
    with both templates, exactly once each, audited."""
    numbers = [_enrol(station, admin, faces_dir, name) for name in PHOTOS]
    home = station.home.path
    # revision 0005's operator MACs, see below
    with closing(sqlite3.connect(home / "store.db")) as db, db:
        macs = db.execute("SELECT username, mac FROM operators").fetchall()
    to_data_key(station.store)  # the blobs as a store of revision 0003 holds them
    with station.store.engine.begin() as connection:  # back to the schema of revision 0003
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    station.close()
    assert {n: [m for m, _ in rows] for n, rows in _rows(home).items()} == {
        n: [LEGACY_TEMPLATE_MODEL] for n in numbers}

    old = reopen(station)  # migrates to head; the old ciphertexts still open
    # a real store of revision 0003 never had operator MACs; this one had them before the
    # downgrade dropped the column, and its key file says so: put them back
    with closing(sqlite3.connect(home / "store.db")) as db, db:
        db.executemany("UPDATE operators SET mac = ? WHERE username = ?",
                       [(mac, name) for name, mac in macs])
    analysis = photo_checks.analyse_photo((faces_dir / "barack_obama_1.jpg").read_bytes())
    before = face_gallery.search_analysis(old, analysis)
    with old.store.reading() as repo:
        dlib = biometrics.Template.from_bytes(repo.get_template(numbers[0]).data)
    assert before[0].registration_number == numbers[0]
    # dlib alone judged it
    assert before[0].distance == pytest.approx(analysis.template.distance(dlib), abs=1e-5)
    old.close()

    status = subprocess.run([sys.executable, "-m", "station", "biometrics", "status", "--json"],
                            capture_output=True, text=True, env=_env(home), cwd=ROOT,
                            timeout=300)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["pending"] == len(numbers)

    process = subprocess.Popen([sys.executable, "-m", "station", "biometrics", "reindex"],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                               env=_env(home), cwd=ROOT)
    assert process.stderr is not None
    for _ in range(4):  # four records committed, the kill lands inside the next ones
        line = process.stderr.readline()
        assert line.startswith("reindex: "), line
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    process.stderr.close()
    halfway = _rows(home)
    with closing(sqlite3.connect(home / "store.db")) as db, db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    upgraded = [n for n, rows in halfway.items() if len(rows) == 2]
    assert 4 <= len(upgraded) < len(numbers)

    again = subprocess.run([sys.executable, "-m", "station", "biometrics", "reindex", "--json"],
                           capture_output=True, text=True, env=_env(home), cwd=ROOT,
                           timeout=600)
    assert again.returncode == 0, again.stderr
    result = json.loads(again.stdout)
    assert result["records"] == result["reindexed"] == len(numbers) - len(upgraded)
    assert result["failed"] == []
    final = _rows(home)
    assert set(final) == set(numbers)
    for number in numbers:
        assert sorted(final[number]) == sorted([(LEGACY_TEMPLATE_MODEL,
                                                 biometrics.TEMPLATE_VERSION),
                                                (biometrics.SFACE_MODEL, SFACE_VERSION)])
    # records upgraded by the killed run were not touched again
    for number in upgraded:
        assert final[number] == halfway[number]

    done = reopen(station)
    try:
        found = face_gallery.search_analysis(done, analysis)
        obamas = {numbers[0], numbers[8], numbers[9]}
        assert {c.registration_number for c in found if c.band == "match"} == obamas
        with done.store.reading() as repo:
            sface = biometrics.Template.from_bytes(
                repo.get_template(numbers[0], biometrics.SFACE_MODEL).data)
        assert found[0].registration_number == numbers[0]
        assert found[0].distance == pytest.approx(float(fused_distance(
            analysis.template.distance(dlib),
            float(np.dot(analysis.sface_template.vector, sface.vector)))), abs=1e-5)
    finally:
        done.close()
    with closing(sqlite3.connect(home / "store.db")) as db, db:
        actions = [a for (a,) in db.execute(
            "SELECT action FROM audit_events WHERE action LIKE 'biometrics-reindex%' "
            "ORDER BY sequence")]
    assert actions == ["biometrics-reindex-start", "biometrics-reindex-start",
                       "biometrics-reindex-end"]


def test_reindex_replaces_a_template_of_an_older_version_in_place(
        station: Station, admin: Actor, faces_dir: Path) -> None:
    """A record whose SFace template is of an older version is found by `reindex` and given
    a current one in its place (one row per model), audited; a current record is untouched."""
    from station.domain.model import Template as StoredTemplate
    from station.services import reindex

    stale, current = (_enrol(station, admin, faces_dir, name)
                      for name in ("joe_biden_1.jpg", "kate_siegel_1.jpg"))
    with station.store.transaction() as repo:
        sface = repo.get_template(stale, biometrics.SFACE_MODEL)
        old = biometrics.Template(biometrics.Template.from_bytes(sface.data).vector,
                                  biometrics.SFACE_MODEL, "0:older-crop")
        repo.put_template(StoredTemplate(stale, old.to_bytes(), old.model, old.model_version))
        untouched = repo.get_templates(current)
    assert [number for _key, number in reindex.pending(station)] == [stale]
    seen: list[tuple[int, int]] = []
    result = reindex.reindex(station, admin, lambda done, total: seen.append((done, total)))
    assert (result.records, result.reindexed, result.templates) == (1, 1, 1)
    assert seen == [(1, 1)]
    assert result.versions == {f"{LEGACY_TEMPLATE_MODEL} {biometrics.TEMPLATE_VERSION}": 2,
                               f"{biometrics.SFACE_MODEL} {SFACE_VERSION}": 2}
    with station.store.reading() as repo:
        assert [t.model_version for t in repo.get_templates(stale)] == [
            biometrics.TEMPLATE_VERSION, SFACE_VERSION]
        assert repo.get_templates(current) == untouched
    assert reindex.pending(station) == []
