"""`station bench store`: enrolment latency (encrypt + commit) and opening a large store."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from station.services.context import init_station, login, open_station
from station.services.enrolment import enrol
from station.services.forms import EnrolmentForm
from station.services.home import StationHome

PASSPHRASE = "benchmark passphrase"


def _form(index: int) -> EnrolmentForm:
    return EnrolmentForm(
        given_name=f"Given{chr(65 + index % 26)}", family_name=f"Family{chr(65 + index % 23)}",
        sex="FMX"[index % 3], birth_year=1950 + index % 70, nationality=("COD", "BDI", "SSD")[
            index % 3], phone=f"+255 7{index % 100000:08d}", region="Kigoma",
        emergency_contacts=[("Contact Person", "brother", "+255 700 000000")],
        consent_purposes="registration,card", notes="benchmark record")


def _bulk_fill(home: StationHome, total: int, with_templates: bool) -> None:
    """Add records in large transactions (the benchmark's set-up, not what it measures)."""
    import numpy as np

    from station.domain.groups import age_band
    from station.domain.model import Template
    from station.domain.regno import make_registration_number
    from station.services.enrolment import EnrolmentStatus
    from station.services.forms import validate_form

    station = open_station(home, PASSPHRASE)
    actor = login(station, "admin", "benchmark pass 1")
    template_bytes = None
    try:
        from biometrics import Template as BioTemplate
        template_bytes = BioTemplate
    except ImportError:
        with_templates = False
    rng = np.random.default_rng(7)
    now = station.now()
    from dataclasses import replace as dc_replace

    from station.domain.model import Enrolment
    base = validate_form(_form(0), now.date())
    consent = base.consent(_form(0), actor.username, now, "bench")
    done = 0
    while done < total:
        chunk = min(5000, total - done)
        with station.store.transaction() as repo:
            for _ in range(chunk):
                number = make_registration_number(station.code, repo.next_sequence("enrolment"))
                enrolment = Enrolment(number, station.config.site, station.config.station,
                                      base.personal, base.sex, base.nationality, consent, now,
                                      actor.username, status=EnrolmentStatus.ACTIVE)
                repo.add_enrolment(dc_replace(enrolment), age_band(base.personal.birth_date,
                                                                   now.date()))
                if with_templates and template_bytes is not None:
                    vector = rng.standard_normal(128).astype("float32")
                    vector /= np.linalg.norm(vector) * 2
                    blob = template_bytes(vector=vector, model="synthetic",
                                          model_version="0").to_bytes()
                    repo.put_template(Template(number, blob, "synthetic", "0"))
        done += chunk
        print(f"  filled {done}/{total}", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    station.close()


def run_store_bench(args: argparse.Namespace) -> dict[str, Any]:
    total = args.n or 100_000
    enrolments = args.queries or 200
    with tempfile.TemporaryDirectory() as folder:
        home = StationHome(Path(folder) / "home")
        init_station(home, "BEN", "01", PASSPHRASE, "admin", "benchmark pass 1").close()
        station = open_station(home, PASSPHRASE)
        actor = login(station, "admin", "benchmark pass 1")
        timings = []
        for index in range(enrolments):
            start = time.perf_counter()
            enrol(station, actor, _form(index))
            timings.append((time.perf_counter() - start) * 1000)
        station.close()
        _bulk_fill(home, total - enrolments, with_templates=True)
        opens = []
        for _ in range(args.repeat or 3):
            start = time.perf_counter()
            station = open_station(home, PASSPHRASE)
            login(station, "admin", "benchmark pass 1")
            unlocked = time.perf_counter()
            from station.services.face_gallery import gallery

            loaded = gallery(station)
            with station.store.transaction() as repo:
                count = repo.count_enrolments()
            opens.append(((unlocked - start), time.perf_counter() - start))
            station.close()
        size_mb = sum(p.stat().st_size for p in home.path.glob("store.db*")) / 1e6
    return {
        "enrol_ms_median": round(statistics.median(timings), 2),
        "enrol_ms_p95": round(sorted(timings)[int(len(timings) * 0.95) - 1], 2),
        "enrolments_timed": enrolments,
        "records": count,
        "templates_in_gallery": len(loaded.index),
        "open_unlock_login_s_median": round(statistics.median(o[0] for o in opens), 3),
        "open_with_gallery_s_median": round(statistics.median(o[1] for o in opens), 3),
        "store_mb": round(size_mb, 1),
    }
