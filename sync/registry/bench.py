"""`registry bench import`: enrolments per second imported into PostgreSQL from sealed batches
(the seal time at a real station is `station bench seal`, station/bench_seal.py)."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from station.domain.codec import bindings as bind
from station.domain.limits import BATCH_ENROLMENTS
from sync.batch import GENESIS_HASH, BatchPayload, public_ed25519, seal_batch

PASSPHRASE = "bench passphrase 1"


def _synthetic(station_id: str, start: int, count: int, photos: bool,
               vectors: Any = None) -> BatchPayload:
    """A batch of `count` records; `vectors` (count x 128), if given, are their templates."""
    import numpy as np

    from station.domain.regno import StationCode, make_registration_number

    try:
        from biometrics import Template
    except ImportError:  # pragma: no cover - biometrics is part of the project
        Template = None  # type: ignore[assignment,misc]
    site, code = station_id.split("-")
    rng = np.random.default_rng(start)
    payload = BatchPayload()
    now = datetime.now(UTC).isoformat()
    for n in range(start, start + count):
        number = make_registration_number(StationCode(site, code), n)
        payload.enrolments.append({
            "registration_number": number, "site": site, "station": code, "status": "active",
            "sex": "FM"[n % 2], "nationality": "COD", "age_band": "25-59", "region": "Dar",
            "district": "Ilala", "arrival_month": "2025-11", "languages": ["swa", "fra"],
            "local_language": "basic", "preferred_channel": "sms", "vulnerabilities": [],
            "needs": [], "created_at": now, "created_by": "bench", "updated_at": None,
            "merged_into": "", "arrival_date": None,
            "personal": {"name": {"given": f"Given{n}", "family": f"Family{n}", "other": "",
                                  "given_latin": "", "family_latin": "", "other_latin": ""},
                         "birth_date": "1990-01-01", "contact": {"phone": "+255700000000"},
                         "notes": ""},
            "consent": {"text_version": "2026-1", "language": "en",
                        "purposes": ["biometrics", "registration"],
                        "active_purposes": ["biometrics", "registration"], "given_at": now,
                        "recorded_by": "bench", "withdrawn": []}})
        template = None
        if Template is not None:
            vector = (rng.normal(0, 0.1, 128).astype(np.float32) if vectors is None
                      else vectors[n - start])
            template = {"data": Template(vector).to_bytes(), "model": "bench",
                        "model_version": "1"}
        photo = ({"jpeg": b"\xff\xd8" + os.urandom(12_000), "source": "live",
                  "quality_passed": True, "quality_override": "", "liveness_passed": None,
                  "captured_at": now}
                 if photos else None)
        payload.media.append({"registration_number": number, "photo": photo,
                              "template": template})
    return payload


def run_import_bench(server_url: str, *, records: int = BATCH_ENROLMENTS, batches: int = 2,
                     photos: bool = False) -> dict[str, Any]:
    from sync.registry.home import RegistryHome
    from sync.registry.importer import import_bytes
    from sync.registry.service import Registry

    name = f"registry_bench_{uuid.uuid4().hex[:10]}"
    base, _, _ = server_url.rpartition("/")
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    figures: dict[str, Any] = {"records_per_batch": records, "batches": batches,
                               "photos": photos}
    try:
        with tempfile.TemporaryDirectory() as folder:
            os.environ.setdefault("REGISTRY_SCRYPT_N", "1024")
            registry = Registry.init(RegistryHome(Path(folder) / "reg"), f"{base}/{name}",
                                     PASSPHRASE)
            key = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw,
                                                             NoEncryption())
            registry.add_station("BEN", "01", public_key=public_ed25519(key))
            files, previous, seal_seconds = [], GENESIS_HASH, 0.0
            for b in range(batches):
                payload = _synthetic("BEN-01", 1 + b * records, records, photos)
                started = time.perf_counter()
                sealed = seal_batch(payload, station_id="BEN-01", sequence=b + 1,
                                    previous_hash=previous, created_at=datetime.now(UTC),
                                    signing_key=key, recipient_public=registry.x25519_public,
                                    out_dir=Path(folder))
                seal_seconds += time.perf_counter() - started
                previous = sealed.sha256
                files.append(sealed.path.read_bytes())
            registry.faces  # noqa: B018  (start-up cost is not import cost)
            per_batch = []
            for data in files:
                started = time.perf_counter()
                result = import_bytes(registry, data)
                per_batch.append(time.perf_counter() - started)
                assert result.status == "imported", result.message
            registry.close()
        total = records * batches
        figures.update({
            "import_seconds_per_batch": [round(s, 2) for s in per_batch],
            "import_enrolments_per_second": round(total / sum(per_batch)),
            "seal_only_seconds_per_1000": round(seal_seconds / total * 1000, 3),
            "batch_megabytes": round(len(files[0]) / 1e6, 1)})
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
    # the seal time at a real station is the station's own figure: `station bench seal`
    # (sync imports no station services)
    figures["station_seal"] = "see `station bench seal`"
    return figures


# -- a national-size gallery: `registry bench import --stored N` -----------------------------

GALLERY_STATIONS = 20  # the stored records come from 20 other stations, S01-01 ... S20-01
PLANTED = 1_000  # records of the imported batch that are the same people as stored records
SWEEP = (0.02, 0.05, 0.1, 0.2)  # probe fractions also measured (cross-site check alone)


class FaceModel:
    """Synthetic 128-d face descriptors with the statistics of real dlib descriptors.

    Calibrated on the dlib templates of the 660 LFW photos in the shared faces: those have a
    common mean of norm 1.32 (template norms 1.31 to 1.56), different people at 0.82 median
    distance, the same person at 0.29 to 0.54 (5th to 95th percentile). A person here is the
    mean plus a Gaussian deviation in a random orthonormal basis with variances falling as
    i^-1/2 over the 128 axes, scaled so that two different people are 0.91 apart at the median
    (5% below 0.80, 1% below 0.77, none of 9 million pairs below 0.58; "typically 0.8 to 1.1"):
    tails thin enough that a 1,000,000 gallery gives few chance candidates within 0.60. The same
    person again is a stored vector plus a random displacement of a chosen length.

    The deviations are one Gaussian, without the clusters (sex, age, origin) of a real
    population, which makes the partitioned index's cells a worse fit than on real faces: the
    recall measured on this gallery is a cautious figure.
    """

    def __init__(self, seed: int = 7, *, different_median: float = 0.92,
                 power: float = 0.5, mean_norm: float = 1.32) -> None:
        import numpy as np

        rng = np.random.default_rng(seed)
        basis, _ = np.linalg.qr(rng.normal(size=(128, 128)))
        variances = np.arange(1, 129, dtype=np.float64) ** -power
        variances *= different_median ** 2 / 2 / variances.sum()  # E|x-y|^2 = 2 sum(var)
        self.mixing = (basis * np.sqrt(variances)).astype(np.float32)
        mean = rng.normal(size=128)
        self.mean = (mean * mean_norm / np.linalg.norm(mean)).astype(np.float32)

    def people(self, count: int, rng: Any) -> Any:
        """`count` different people (count x 128 float32)."""
        import numpy as np

        deviations = rng.standard_normal((count, 128), dtype=np.float32) @ self.mixing.T
        return (deviations + self.mean).astype(np.float32)

    def same_people(self, vectors: Any, distances: Any, rng: Any, *, shaped: bool = False
                    ) -> Any:
        """Each vector moved by exactly its distance in a random direction: isotropic, or
        `shaped` like the differences between people (real within-person changes lie in
        between: on LFW they are flatter than the differences between people)."""
        import numpy as np

        noise = rng.standard_normal(vectors.shape, dtype=np.float32)
        if shaped:
            noise = noise @ self.mixing.T
        noise *= (np.asarray(distances, dtype=np.float32)
                  / np.linalg.norm(noise, axis=1))[:, None]
        return (vectors + noise).astype(np.float32)


def _gallery_number(index: int, stored: int) -> tuple[str, str]:
    """(registration number, station id) of the index-th stored record."""
    from station.domain.regno import StationCode, make_registration_number

    per_station = -(-stored // GALLERY_STATIONS)
    code = StationCode(f"S{index // per_station + 1:02d}", "01")
    return make_registration_number(code, index % per_station + 1), code.station_id


def _populate(registry: Any, model: FaceModel, stored: int, picks: Any, *,
              chunk: int = 50_000, seed: int = 1) -> Any:
    """COPY `stored` enrolments with encrypted templates into the registry's database, sealed
    under the same contexts as the importer's; returns the stored vectors of rows `picks`."""
    import numpy as np

    from biometrics import Template
    from sync.encoding import canonical_json
    from sync.registry import tables as t
    from sync.registry.bulk import bulk_insert
    from sync.registry.record_keys import BIOMETRICS, DETAILS

    rng = np.random.default_rng(seed)
    cipher, now = registry.cipher, datetime.now(UTC)
    picked = np.zeros((len(picks), 128), dtype=np.float32)
    where = {int(row): j for j, row in enumerate(picks)}
    for first in range(0, stored, chunk):
        vectors = model.people(min(chunk, stored - first), rng)
        with registry.engine.begin() as conn:
            # each record under its own keys, as an import seals it (one writer: no lock)
            ring = registry.record_keys.ring(conn)
            chunk_numbers = [_gallery_number(first + j, stored)[0]
                             for j in range(len(vectors))]
            ring.load(chunk_numbers, DETAILS)
            ring.load(chunk_numbers, BIOMETRICS)
            enrolments, templates = [], []
            for offset, vector in enumerate(vectors):
                index = first + offset
                if index in where:
                    picked[where[index]] = vector
                number, station_id = _gallery_number(index, stored)
                personal = {"personal": {"name": {"given": f"Given{index}",
                                                  "family": f"Family{index}"},
                                         "birth_date": "1990-01-01"}, "consent": {}}
                enrolments.append({
                    "registration_number": number, "station_id": station_id,
                    "site": station_id[:3], "status": "active", "sex": "FM"[index % 2],
                    "nationality": "COD", "age_band": "25-34", "region": "Dar",
                    "district": "Ilala", "arrival_month": "2025-11", "languages": "swa",
                    "local_language": "basic", "preferred_channel": "sms",
                    "vulnerabilities": "", "needs": "",
                    "consent_purposes": "biometrics,registration", "created_at": now,
                    "updated_at": None, "merged_into": "", "batch_sequence": 1,
                    "demo_key": cipher.blind(f"gallery|{index}"),
                    "sealed": ring.seal(number, DETAILS, canonical_json(personal),
                                        bind.enrolment(number))})
                templates.append({
                    "registration_number": number, "model": "bench", "model_version": "1",
                    "sealed": ring.seal(number, BIOMETRICS,
                                        Template(vector, "bench", "1").to_bytes(),
                                        bind.template(number))})
            bulk_insert(conn, t.enrolments, enrolments)
            bulk_insert(conn, t.templates, templates)
    return picked


def _memory_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process, in MB (Linux)."""
    import resource

    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def gallery_probe(job: dict[str, Any]) -> dict[str, Any]:
    """The measured part, run in a fresh process so that populating the database does not
    count: start-up (open, decrypt, build the index), memory, one import, recall, sweep."""
    import numpy as np
    from sqlalchemy import select

    import biometrics.partitioned  # noqa: F401  (the code's own memory is not the gallery's)
    from sync.registry import tables as t
    from sync.registry.home import RegistryHome
    from sync.registry.importer import import_bytes
    from sync.registry.service import Registry

    before = _memory_mb("VmRSS")
    started = time.perf_counter()
    registry = Registry.open(RegistryHome(Path(job["home"])), PASSPHRASE)
    faces = registry.faces
    figures: dict[str, Any] = {
        "startup_seconds": round(time.perf_counter() - started, 1),
        "rss_before_startup_mb": before,
        "startup_peak_rss_mb": _memory_mb("VmHWM"),
        "rss_after_startup_mb": _memory_mb("VmRSS"),
        "templates_loaded": len(faces.index),
        "index": "partitioned" if getattr(faces.index, "partitioned", False) else "exact",
        "index_mb": round(faces.index.nbytes / 1e6, 1)}
    inner = getattr(faces.index, "index", faces.index)
    if figures["index"] == "partitioned":
        figures.update({"index_build_seconds": round(inner.build_seconds, 1),
                        "cells": inner.cells, "probe_fraction": inner.probe_fraction,
                        "nprobe": inner.nprobe})
    data = Path(job["batch"]).read_bytes()
    started = time.perf_counter()
    result = import_bytes(registry, data)
    seconds = time.perf_counter() - started
    assert result.status == "imported", result.message
    planted = [tuple(pair) for pair in job["planted"]]
    with registry.engine.connect() as conn:
        cases = {frozenset(row) for row in conn.execute(
            select(t.cross_site_cases.c.registration_number,
                   t.cross_site_cases.c.candidate_number)
            .where(t.cross_site_cases.c.kind == "biometric"))}
    found = sum(frozenset(pair) in cases for pair in planted)
    figures.update({
        "import_records": job["records"], "import_seconds": round(seconds, 2),
        "import_records_per_second": round(job["records"] / seconds),
        "planted_duplicates_found": f"{found} of {len(planted)}",
        "biometric_cases_opened": len(cases),
        "peak_rss_after_import_mb": _memory_mb("VmHWM")})
    queries = np.load(job["queries"])
    hard = np.load(job["hard"])
    sources = [s for _, s in planted]
    station = job["station"]

    def check(vectors: Any) -> tuple[float, int]:
        started = time.perf_counter()
        hits = faces.candidates_many(list(vectors), station)
        took = time.perf_counter() - started
        return took, sum(sources[j] in {h[0] for h in hits[j]} for j in range(len(sources)))

    sweep = []
    fractions = SWEEP if figures["index"] == "partitioned" else ()
    default = getattr(inner, "probe_fraction", None)
    for fraction in fractions:
        inner.probe_fraction = fraction
        took, hits = check(queries)
        _, hard_hits = check(hard)
        sweep.append({"probe_fraction": fraction,
                      "gallery_share_read": round(inner.last_share_read, 3),
                      "check_seconds": round(took, 2),
                      "check_records_per_second": round(len(queries) / took),
                      "planted_found": f"{hits} of {len(sources)}",
                      "planted_shaped_found": f"{hard_hits} of {len(sources)}"})
    if default is not None:
        inner.probe_fraction = default
    took, hits = check(queries)
    figures.update({"cross_site_check_seconds": round(took, 2),
                    "planted_found_by_check": f"{hits} of {len(sources)}"})
    if sweep:
        figures["probe_sweep"] = sweep
    registry.close()
    return figures


def run_gallery_bench(server_url: str, *, stored: int, records: int = 10_000,
                      planted: int = PLANTED, seed: int = 1) -> dict[str, Any]:
    """`stored` synthetic enrolments in a scratch database, then, in a fresh process: start-up,
    memory, the import of a `records` batch from another station, recall of the planted
    duplicates, and the cross-site check alone at several probe fractions."""
    import json
    import subprocess
    import sys

    import numpy as np

    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    planted = min(planted, stored, records)
    name = f"registry_bench_{uuid.uuid4().hex[:10]}"
    base, _, _ = server_url.rpartition("/")
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    figures: dict[str, Any] = {"stored": stored, "records": records}
    try:
        with tempfile.TemporaryDirectory() as folder:
            os.environ.setdefault("REGISTRY_SCRYPT_N", "1024")
            home = Path(folder) / "reg"
            registry = Registry.init(RegistryHome(home), f"{base}/{name}", PASSPHRASE)
            for j in range(GALLERY_STATIONS):
                registry.add_station(f"S{j + 1:02d}", "01")
            key = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw,
                                                             NoEncryption())
            registry.add_station("BEN", "01", public_key=public_ed25519(key))
            rng = np.random.default_rng(seed + 1)
            model = FaceModel()
            picks = np.sort(rng.choice(stored, planted, replace=False))
            started = time.perf_counter()
            originals = _populate(registry, model, stored, picks, seed=seed)
            figures["populate_seconds"] = round(time.perf_counter() - started, 1)
            distances = rng.uniform(0.30, 0.55, planted)
            queries = np.vstack([model.same_people(originals, distances, rng),
                                 model.people(records - planted, rng)])
            np.save(Path(folder) / "queries.npy", queries)
            np.save(Path(folder) / "hard.npy",
                    model.same_people(originals, distances, rng, shaped=True))
            payload = _synthetic("BEN-01", 1, records, False, vectors=queries)
            pairs = [(payload.enrolments[j]["registration_number"],
                      _gallery_number(int(picks[j]), stored)[0]) for j in range(planted)]
            sealed = seal_batch(payload, station_id="BEN-01", sequence=1,
                                previous_hash=GENESIS_HASH, created_at=datetime.now(UTC),
                                signing_key=key, recipient_public=registry.x25519_public,
                                out_dir=Path(folder))
            registry.close()
            del payload, originals, queries
            job = {"home": str(home), "batch": str(sealed.path), "planted": pairs,
                   "records": records, "station": "BEN-01",
                   "queries": str(Path(folder) / "queries.npy"),
                   "hard": str(Path(folder) / "hard.npy")}
            code = ("import json, sys\nfrom sync.registry.bench import gallery_probe\n"
                    "print(json.dumps(gallery_probe(json.load(sys.stdin))))")
            done = subprocess.run([sys.executable, "-c", code], input=json.dumps(job),
                                  capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError("the measuring process failed:\n" + done.stderr[-3000:])
            figures.update(json.loads(done.stdout.strip().splitlines()[-1]))
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
    figures["gallery"] = ("synthetic: dlib-like descriptors (see FaceModel); planted "
                          "duplicates at 0.30-0.55 from a stored template, isotropic "
                          "(planted_shaped_found: moved like the differences between people)")
    return figures
