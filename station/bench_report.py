"""`station bench report`: time to produce the community-profile PDF over a large store.

Set-up (not timed): a station with N synthetic enrolments whose statistical columns vary
(nationality, sex, age band, region/district, arrival, languages, vulnerabilities, channel,
enrolment month over two years). Timed: reading the clear columns, computing the protected
profile, drawing the charts and writing the PDF. The PDF and a PNG of its first page stay
in the output folder to be looked at.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from station.domain.model import (
    BirthDate,
    Consent,
    Contact,
    Enrolment,
    Location,
    PersonalDetails,
    PersonName,
)
from station.domain.vocab import Channel, ConsentPurpose, Proficiency, Sex, Vulnerability
from station.services.context import Station, init_station, login
from station.services.home import StationHome

PASSPHRASE = "benchmark passphrase"
NATIONALITIES = ["COD"] * 8 + ["BDI"] * 5 + ["SSD"] * 3 + ["ERI", "SOM", "ETH", "RWA", "UGA",
                                                          "XXA", "XXX"]
PLACES = [("Kigoma", "Kasulu"), ("Kigoma", "Kibondo"), ("Kigoma", "Uvinza"),
          ("Kagera", "Ngara"), ("Kagera", "Karagwe"), ("Dar es Salaam", "Temeke"),
          ("Dar es Salaam", "Ilala"), ("Arusha", "Arusha urban")]
BANDS = ["0-4", "5-11", "12-17", "18-24", "25-59", "25-59", "25-59", "60+"]
LANGUAGES = ["swa", "fra", "lin", "kin", "run", "ara", "tir", "som", "eng", "amh"]


def _synthetic(station: Station, total: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    today = station.now()
    people = [PersonalDetails(PersonName("Synthetic", "Record"), BirthDate(1990),
                              Contact(preferred_channel=channel))
              for channel in (Channel.SMS, Channel.SMS, Channel.SMS, Channel.VOICE,
                              Channel.WHATSAPP, Channel.WHATSAPP, Channel.RADIO,
                              Channel.IN_PERSON, Channel.NONE)]
    consent = Consent("2026-1", "en", frozenset(ConsentPurpose), today, "admin")
    vulnerabilities = [Vulnerability.UNDOCUMENTED, Vulnerability.NO_HEALTH_COVER,
                       Vulnerability.RISKY_PLACE, Vulnerability.RISKY_WORK]
    done = 0
    while done < total:
        chunk = min(5000, total - done)
        with station.store.transaction() as repo:
            for _ in range(chunk):
                done += 1
                region, district = rng.choice(PLACES)
                created = today - timedelta(days=rng.triangular(0, 730, 60))
                enrolment = Enrolment(
                    f"BEN-01-{done:07d}X", "BEN", "01", rng.choice(people),
                    rng.choice([Sex.FEMALE, Sex.MALE, Sex.FEMALE]),
                    rng.choice(NATIONALITIES), consent, created, "admin",
                    Location(region, district),
                    tuple(rng.sample(LANGUAGES, rng.randint(1, 3))),
                    rng.choice(list(Proficiency)),
                    created.date() - timedelta(days=rng.randint(0, 900)),
                    frozenset(v for v in vulnerabilities if rng.random() < 0.3))
                repo.add_enrolment(replace(enrolment), rng.choice(BANDS))
        print(f"  filled {done}/{total}", file=sys.stderr, end="\r")
    print(file=sys.stderr)


def run_report_bench(args: argparse.Namespace) -> dict[str, Any]:
    from station.reports.pdf import render_profile_pdf
    from station.reports.profile import build_profile
    from station.services.reports import community_profile
    from station.store import report_queries

    total = args.n or 100_000
    out = Path(tempfile.gettempdir()) / "station-bench-report"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        station = init_station(StationHome(Path(folder) / "home"), "BEN", "01", PASSPHRASE,
                               "admin", "benchmark1", scrypt_n=1024)
        actor = login(station, "admin", "benchmark1")
        start = time.perf_counter()
        _synthetic(station, total)
        fill = time.perf_counter() - start
        runs = []
        for _ in range(args.repeat or 3):
            t0 = time.perf_counter()
            with station.store.transaction() as repo:
                rows = report_queries.profile_rows(repo)
            t1 = time.perf_counter()
            profile = build_profile(rows, ["nationality", "region"], today=date.today(),
                                    scope="benchmark station BEN-01")
            t2 = time.perf_counter()
            pdf = render_profile_pdf(profile)
            t3 = time.perf_counter()
            runs.append((t1 - t0, t2 - t1, t3 - t2, t3 - t0))
        service_start = time.perf_counter()
        community_profile(station, actor, ["nationality", "region"])
        service = time.perf_counter() - service_start
        station.close()
    for old in out.glob("page-*.png"):
        old.unlink()
    pdf_path = out / "community-profile.pdf"
    pdf_path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf_path), str(out / "page")],
                   check=False)

    def median(index: int) -> float:
        return round(statistics.median(r[index] for r in runs), 3)

    return {
        "records": total,
        "fill_seconds": round(fill, 1),
        "read_rows_s": median(0),
        "profile_s": median(1),
        "charts_and_pdf_s": median(2),
        "total_pdf_s": median(3),
        "target_s": 10,
        "service_profile_s": round(service, 3),
        "pdf_bytes": len(pdf),
        "pdf": str(pdf_path),
        "pages_png": sorted(str(p) for p in out.glob("page-*.png")),
    }
