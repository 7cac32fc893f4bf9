"""`registry bench import`: enrolments per second imported into PostgreSQL from sealed batches,
and seal time per 1,000 enrolments at a real station (SQLite home, real services)."""

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

from sync.batch import GENESIS_HASH, BatchPayload, public_ed25519, seal_batch

PASSPHRASE = "bench passphrase 1"


def _synthetic(station_id: str, start: int, count: int, photos: bool) -> BatchPayload:
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
            "sex": "FM"[n % 2], "nationality": "COD", "age_band": "25-34", "region": "Dar",
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
            vector = rng.normal(0, 0.1, 128).astype(np.float32)
            template = {"data": Template(vector).to_bytes(), "model": "bench",
                        "model_version": "1"}
        photo = ({"jpeg": os.urandom(12_000), "source": "live", "quality_passed": True,
                  "quality_override": "", "liveness_passed": None, "captured_at": now}
                 if photos else None)
        payload.media.append({"registration_number": number, "photo": photo,
                              "template": template})
    return payload


def run_import_bench(server_url: str, *, records: int = 10_000, batches: int = 2,
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
    figures.update(station_seal_bench(1000, photos))
    return figures


def station_seal_bench(count: int, photos: bool) -> dict[str, Any]:
    """Seal time of `count` enrolments at a real station (read, decrypt, encode, encrypt, write)."""
    from station.services.context import init_station, login
    from station.services.enrolment import enrol
    from station.services.forms import EnrolmentForm
    from station.services.home import StationHome
    from station.services.sync_service import seal_pending
    from station.services.trust import install_trust
    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    with tempfile.TemporaryDirectory() as folder:
        registry = Registry.init(RegistryHome(Path(folder) / "reg"),
                                 f"sqlite:///{folder}/reg.db", PASSPHRASE)
        bundle = Path(folder) / "bundle.json"
        import json

        bundle.write_text(json.dumps(registry.add_station("BEN", "02")))
        station = init_station(StationHome(Path(folder) / "st"), "BEN", "02", PASSPHRASE,
                               "admin", "adminpass1", scrypt_n=1024)
        install_trust(station, bundle)
        actor = login(station, "admin", "adminpass1")
        letters = "abcdefghijklmnopqrstuvwxyz"
        for n in range(count):
            enrol(station, actor, EnrolmentForm(
                given_name="Bench" + letters[n % 26] + letters[n // 26 % 26],
                family_name="Seal" + letters[n // 676 % 26], sex="F", birth_year=1990,
                nationality="COD", consent_purposes="all", phone="+255700000000"))
        started = time.perf_counter()
        sealed = seal_pending(station, actor)
        seconds = time.perf_counter() - started
        station.close()
        registry.close()
    assert sealed is not None
    return {"station_seal_seconds_per_1000": round(seconds / count * 1000, 3),
            "station_seal_note": "real station, SQLite, records without photos"
            if not photos else "real station, SQLite, records without photos (photos need "
            "the camera pipeline)"}
