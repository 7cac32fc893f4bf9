"""Crypto-shredding at the registry: each person's data under record keys of their own, and an
erasure that reaches the registry in a batch destroys the keys it covers.

Each test takes a raw copy of the sealed bytes before the erasure (what a dead tuple, a TOAST
chunk, a WAL segment or a backup keeps) and then tries every key the registry still holds, the
data key and every remaining record key, on that copy."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from station.domain.codec import bindings as bind
from station.domain.model import DuplicateCandidate
from station.domain.vocab import Decision
from station.services.consent_service import withdraw_consent
from station.services.duplicates import decide
from station.services.sync_service import seal_pending
from sync.errors import SyncError
from sync.registry import tables as t
from sync.registry.importer import import_bytes
from sync.registry.record_keys import BIOMETRICS, DETAILS, open_sealed, pair_key

REASON = "Mwajuma Kassimu is the cousin named in the file"


def _sync(registry: Any, unit: Any) -> Any:
    batch = seal_pending(unit.station, unit.actor)
    assert batch is not None
    result = import_bytes(registry, batch.path.read_bytes())
    assert result.status == "imported", result.message
    return result


def _sealed(registry: Any, number: str) -> dict[str, tuple[bytes, str]]:
    """Every sealed value of `number` as the database holds it now: name -> (bytes, AAD)."""
    found: dict[str, tuple[bytes, str]] = {}
    with registry.engine.connect() as conn:
        for (blob,) in conn.execute(select(t.enrolments.c.sealed).where(
                t.enrolments.c.registration_number == number)):
            found["enrolment"] = (bytes(blob), bind.enrolment(number))
        for (blob,) in conn.execute(select(t.photos.c.sealed).where(
                t.photos.c.registration_number == number)):
            found["photo"] = (bytes(blob), bind.photo(number))
        for model, blob in conn.execute(select(t.templates.c.model, t.templates.c.sealed).where(
                t.templates.c.registration_number == number)):
            found[f"template {model}"] = (bytes(blob), bind.template(number, model))
        for station_id, case_id, blob in conn.execute(
                select(t.station_cases.c.station_id, t.station_cases.c.case_id,
                       t.station_cases.c.sealed_reason)
                .where(t.station_cases.c.registration_number == number)):
            found[f"case {case_id}"] = (bytes(blob),
                                        bind.station_case_reason(station_id, case_id))
    return found


def _keys(registry: Any) -> dict[tuple[str, str], bytes]:
    """Every record key the registry holds, unwrapped at its own number and purpose."""
    with registry.engine.connect() as conn:
        rows = conn.execute(select(t.record_keys.c.registration_number, t.record_keys.c.purpose,
                                   t.record_keys.c.wrapped)).all()
    return {(n, p): registry.record_keys.unwrap(n, p, w) for n, p, w in rows}


def _opens_with_what_is_left(registry: Any, blob: bytes, context: str) -> bool:
    """Whether anything the registry still holds opens `blob`: the data key, every record key,
    and every pair of details keys (cross-site case reasons)."""
    try:
        registry.cipher.decrypt(blob, context)
        return True
    except SyncError:
        pass
    keys = _keys(registry)
    candidates = list(keys.values())
    details = [(n, k) for (n, p), k in keys.items() if p == DETAILS]
    candidates += [pair_key(a, b, (x, y), context) for x, a in details for y, b in details
                   if x < y]
    for key in candidates:
        try:
            open_sealed(key, blob, context)
            return True
        except SyncError:
            continue
    return False


def _key_rows(registry: Any, number: str) -> dict[str, bytes]:
    with registry.engine.connect() as conn:
        return {p: bytes(w) for p, w in conn.execute(
            select(t.record_keys.c.purpose, t.record_keys.c.wrapped)
            .where(t.record_keys.c.registration_number == number))}


def _relation_bytes(registry: Any, table: str) -> bytes:
    """The table's heap file as it lies on the server's disk (superuser, after CHECKPOINT)."""
    with registry.engine.connect() as conn:
        path = conn.execute(text("SELECT pg_relation_filepath(:t)"), {"t": table}).scalar_one()
        return bytes(conn.execute(text("SELECT pg_read_binary_file(:p)"),
                                  {"p": path}).scalar_one())


def test_biometrics_withdrawal_destroys_only_the_biometrics_key(
        registry: Any, make_station: Any, faces_dir: Path) -> None:
    """Photo and templates copied before a biometrics withdrawal no longer decrypt with
    anything the registry holds; the details stay readable under the details key."""
    unit = make_station()
    number = unit.enrol("Asha", "Shred", photo=(faces_dir / "barack_obama_1.jpg").read_bytes())
    _sync(registry, unit)
    before = _sealed(registry, number)
    assert {"enrolment", "photo"} <= set(before) and any(k.startswith("template") for k in before)
    assert all(blob[0] == 0x02 for blob, _ in before.values())  # sealed under record keys
    keys_before = _key_rows(registry, number)
    assert set(keys_before) == {DETAILS, BIOMETRICS}
    assert all(len(w) == 60 for w in keys_before.values())
    assert all(_opens_with_what_is_left(registry, b, c) for b, c in before.values())

    withdraw_consent(unit.station, unit.actor, number, "biometrics")
    result = _sync(registry, unit)
    assert result.record_keys_destroyed == 1
    assert result.scrub == {"vacuumed": True, "wal_switched": True, "checkpointed": True}

    assert set(_key_rows(registry, number)) == {DETAILS}
    assert _key_rows(registry, number)[DETAILS] == keys_before[DETAILS]
    after = _sealed(registry, number)
    assert set(after) == {"enrolment"}  # photo and templates deleted, as before
    for name, (blob, context) in before.items():
        if name == "enrolment":
            continue
        assert not _opens_with_what_is_left(registry, blob, context), name
    # the details: the old copy and the new row both open under the kept details key
    assert _opens_with_what_is_left(registry, *before["enrolment"])
    assert _opens_with_what_is_left(registry, *after["enrolment"])
    # VACUUM does not zero the freed bytes of the page (docs/data-protection.md): the key
    # leaves the table's file when `registry keys compact` writes it anew
    from sync.registry.record_keys import compact

    assert compact(registry.engine) == {"compacted": True, "wal_switched": True,
                                        "checkpointed": True}
    assert keys_before[BIOMETRICS] not in _relation_bytes(registry, "record_keys")
    assert keys_before[DETAILS] in _relation_bytes(registry, "record_keys")
    events = registry.audit.events(5)
    imported = [e for e in events if e.action == "batch-import"][-1]
    assert imported.details["record_keys_destroyed"] == 1


def test_registration_erasure_destroys_both_keys_and_the_case_reasons(
        registry: Any, make_station: Any, faces_dir: Path) -> None:
    """A registration withdrawal (a tombstone in the batch) destroys both keys: the old body,
    photo, templates, the station's case reason and the cross-site case reason decided at the
    registry no longer decrypt; the tombstone is sealed under a new key."""
    unit = make_station("DAR", "01")
    number = unit.enrol("Barack", "Obama", photo=(faces_dir / "barack_obama_1.jpg").read_bytes())
    with unit.station.store.transaction() as repo:
        case_id = repo.add_case(number, (DuplicateCandidate(number, 0.31, "possible"),),
                                datetime.now(UTC))
    decide(unit.station, unit.actor, case_id, Decision.DIFFERENT, REASON)
    _sync(registry, unit)
    other = make_station("KGM", "02")
    other.enrol("Barry", "Obama", photo=(faces_dir / "barack_obama_4.jpg").read_bytes())
    _sync(registry, other)
    cases = registry.duplicates(viewer="admin")
    assert cases, "the same face at two stations opens a cross-site case"
    registry.decide_case(cases[0]["case"], "different", REASON, "admin")
    with registry.engine.connect() as conn:
        reason = bytes(conn.execute(select(t.cross_site_cases.c.sealed_reason).where(
            t.cross_site_cases.c.id == cases[0]["case"])).scalar_one())
    reason_context = bind.cross_case_reason(cases[0]["case"])
    before = _sealed(registry, number)
    assert any(name.startswith("case") for name in before)
    assert all(_opens_with_what_is_left(registry, b, c) for b, c in before.values())
    assert reason[0] == 0x02 and _opens_with_what_is_left(registry, reason, reason_context)
    keys_before = _key_rows(registry, number)

    withdraw_consent(unit.station, unit.actor, number, "registration")
    result = _sync(registry, unit)
    assert result.record_keys_destroyed == 2

    keys_after = _key_rows(registry, number)
    assert set(keys_after) == {DETAILS}  # the tombstone's, new
    assert keys_after[DETAILS] != keys_before[DETAILS]
    for name, (blob, context) in before.items():
        assert not _opens_with_what_is_left(registry, blob, context), name
    assert not _opens_with_what_is_left(registry, reason, reason_context)
    tombstone = _sealed(registry, number)["enrolment"]
    assert _opens_with_what_is_left(registry, *tombstone)
    with registry.engine.connect() as conn:
        status = conn.execute(select(t.enrolments.c.status).where(
            t.enrolments.c.registration_number == number)).scalar_one()
    assert status == "erased"
    from sync.registry.accounts import Account, Role
    from sync.registry.api import RegistrySession

    done = RegistrySession(registry, Account("admin", Role.ADMIN)).compact_record_keys()
    assert done["compacted"] and "note" not in done
    heap = _relation_bytes(registry, "record_keys")
    assert not any(w in heap for w in keys_before.values())
    assert keys_after[DETAILS] in heap


def test_a_wrapped_key_moved_to_another_number_does_not_unwrap(
        registry: Any, make_station: Any, faces_dir: Path) -> None:
    """A wrapped key copied onto another record's row (or another purpose) does not unwrap:
    the wrapping names the number and purpose, so the templates of that record do not open."""
    unit = make_station()
    first = unit.enrol("Amani", "One", photo=(faces_dir / "barack_obama_1.jpg").read_bytes())
    second = unit.enrol("Baraka", "Two", photo=(faces_dir / "barack_obama_3.jpg").read_bytes())
    _sync(registry, unit)
    wrapped = _key_rows(registry, first)[BIOMETRICS]
    with pytest.raises(SyncError, match="does not unwrap"):
        registry.record_keys.unwrap(second, BIOMETRICS, wrapped)
    with pytest.raises(SyncError, match="does not unwrap"):
        registry.record_keys.unwrap(first, DETAILS, wrapped)
    with registry.engine.begin() as conn:
        conn.execute(t.record_keys.update().where(
            t.record_keys.c.registration_number == second,
            t.record_keys.c.purpose == BIOMETRICS).values(wrapped=wrapped))
    with pytest.raises(SyncError, match="does not unwrap"):
        registry.load_faces()


def test_a_role_without_checkpoint_rights_is_told_so(
        registry: Any, make_station: Any, faces_dir: Path) -> None:
    """The erasure itself needs no privilege; where the registry's role may not switch the WAL
    or CHECKPOINT, the import says so (and still vacuums the key table it owns)."""
    from sync.registry.record_keys import scrub

    role = f"reg_{registry.engine.url.database[-8:]}"
    with registry.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'ALTER TABLE record_keys OWNER TO "{role}"'))
    try:
        from sync.registry.db import make_engine

        limited = make_engine(str(registry.engine.url.set(username=role)
                                  .render_as_string(hide_password=False)))
        done = scrub(limited)
        limited.dispose()
        assert done["vacuumed"] and not done["checkpointed"]
        assert "may not run CHECKPOINT" in done["note"]
    finally:
        with registry.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text('ALTER TABLE record_keys OWNER TO postgres'))
            conn.execute(text(f'DROP ROLE "{role}"'))


# -- the upgrade of a registry sealed before record keys ---------------------------------------
OLD_RECORDS = 240


def _write_old_rows(registry: Any, count: int) -> dict[tuple[str, str], bytes]:
    """`count` records sealed the way r0005 sealed them (the data key, version 0x01): body,
    photo, template, a station case reason, and one cross-site case. Returns what each value
    must decrypt to: (table, key) -> plaintext."""
    from sync.registry.bulk import bulk_insert

    cipher, now = registry.cipher, datetime.now(UTC)
    plain: dict[tuple[str, str], bytes] = {}
    enrolments, photos, templates, cases = [], [], [], []
    numbers = [f"DAR-01-{n:06d}" for n in range(1, count + 1)]
    for index, number in enumerate(numbers):
        body, photo = f'{{"name":"Old{index}"}}'.encode(), b"\xff\xd8" + bytes([index % 256]) * 40
        template = bytes([index % 251]) * 512
        reason = f"reason {index}".encode()
        plain.update({("enrolments", number): body, ("photos", number): photo,
                      ("templates", number): template, ("station_cases", number): reason})
        enrolments.append({
            "registration_number": number, "station_id": "DAR-01", "site": "DAR",
            "status": "active", "sex": "F", "nationality": "COD", "age_band": "25-59",
            "region": "Dar", "district": "Ilala", "arrival_month": "2025-11", "languages": "swa",
            "local_language": "basic", "preferred_channel": "sms", "vulnerabilities": "",
            "needs": "", "consent_purposes": "biometrics,registration", "created_at": now,
            "updated_at": None, "merged_into": "", "batch_sequence": 1,
            "demo_key": cipher.blind(number),
            "sealed": cipher.encrypt(body, bind.enrolment(number))})
        photos.append({"registration_number": number, "quality_passed": True,
                       "sealed": cipher.encrypt(photo, bind.photo(number))})
        templates.append({"registration_number": number, "model": bind.LEGACY_TEMPLATE_MODEL,
                          "model_version": "1",
                          "sealed": cipher.encrypt(template, bind.template(number))})
        cases.append({"station_id": "DAR-01", "case_id": index + 1,
                      "registration_number": number, "candidates": "[]", "opened_at": now,
                      "status": "decided", "decision": "different", "decided_by": "sup",
                      "decided_at": now, "batch_sequence": 1,
                      "sealed_reason": cipher.encrypt(
                          reason, bind.station_case_reason("DAR-01", index + 1))})
    with registry.engine.begin() as conn:
        for table, rows in ((t.enrolments, enrolments), (t.photos, photos),
                            (t.templates, templates), (t.station_cases, cases)):
            bulk_insert(conn, table, rows)
        case_id = conn.execute(t.cross_site_cases.insert().values(
            registration_number=numbers[0], candidate_number=numbers[1], kind="demographic",
            band="match", opened_at=now, status="decided", decision="same", decided_by="a",
            decided_at=now).returning(t.cross_site_cases.c.id)).scalar_one()
        conn.execute(t.cross_site_cases.update().where(t.cross_site_cases.c.id == case_id)
                     .values(sealed_reason=cipher.encrypt(REASON.encode(),
                                                          bind.cross_case_reason(case_id))))
    plain[("cross_site_cases", str(case_id))] = REASON.encode()
    return plain


def _versions(registry: Any) -> dict[str, set[int]]:
    """Each record's blob versions (over body, photo, template and case reason)."""
    found: dict[str, set[int]] = {}
    with registry.engine.connect() as conn:
        for table, column in ((t.enrolments, "sealed"), (t.photos, "sealed"),
                              (t.templates, "sealed"), (t.station_cases, "sealed_reason")):
            for number, blob in conn.execute(select(table.c.registration_number,
                                                    table.c[column])):
                found.setdefault(number, set()).add(bytes(blob)[0])
    return found


def _check_every_value(registry: Any, plain: dict[tuple[str, str], bytes]) -> None:
    """Every value is version 0x02 and opens, once, to what was sealed."""
    keys = _keys(registry)
    with registry.engine.connect() as conn:
        rows = {("enrolments", n): (bytes(b), bind.enrolment(n), DETAILS) for n, b in
                conn.execute(select(t.enrolments.c.registration_number, t.enrolments.c.sealed))}
        rows |= {("photos", n): (bytes(b), bind.photo(n), BIOMETRICS) for n, b in
                 conn.execute(select(t.photos.c.registration_number, t.photos.c.sealed))}
        rows |= {("templates", n): (bytes(b), bind.template(n), BIOMETRICS) for n, b in
                 conn.execute(select(t.templates.c.registration_number, t.templates.c.sealed))}
        rows |= {("station_cases", n): (bytes(b), bind.station_case_reason(s, c), DETAILS)
                 for n, s, c, b in conn.execute(select(
                     t.station_cases.c.registration_number, t.station_cases.c.station_id,
                     t.station_cases.c.case_id, t.station_cases.c.sealed_reason))}
        cross = conn.execute(select(t.cross_site_cases)).one()
    assert len(rows) == len(plain) - 1
    for (table, number), (blob, context, purpose) in rows.items():
        assert blob[0] == 0x02, (table, number)
        assert open_sealed(keys[(number, purpose)], blob, context) == plain[(table, number)]
    pair = (cross.registration_number, cross.candidate_number)
    reason = bytes(cross.sealed_reason)
    context = bind.cross_case_reason(cross.id)
    assert reason[0] == 0x02
    assert open_sealed(pair_key(keys[(pair[0], DETAILS)], keys[(pair[1], DETAILS)], pair,
                                context), reason, context) == REASON.encode()


def test_upgrade_converts_an_old_registry_and_survives_a_kill(
        registry: Any, tmp_path: Path, env_for_cli: dict[str, str]) -> None:
    """An r0005 registry's rows (version 0x01) are converted by `registry keys upgrade`: killed
    half-way it leaves every record whole (all old or all new); run again it converts the rest,
    each value exactly once; then a value sealed the old way is refused."""
    import json
    import signal
    import subprocess
    import sys

    from alembic import command
    from alembic.config import Config

    from sync.registry.db import MIGRATIONS, migrate
    from sync.registry.record_keys import record_keys_status

    registry.add_station("DAR", "01")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with registry.engine.begin() as conn:  # back to r0005, as a registry before this change
        config.attributes["connection"] = conn
        command.downgrade(config, "r0005")
    plain = _write_old_rows(registry, OLD_RECORDS)
    migrate(registry.engine)  # r0006 over rows sealed the old way: not marked complete
    with registry.engine.connect() as conn:
        status = record_keys_status(conn)
    assert status["converted"] is False
    assert status["unconverted_values"] == 4 * OLD_RECORDS + 1

    home = str(registry.home.path)
    upgrade = [sys.executable, "-m", "sync.registry", "--home", home, "keys", "upgrade",
               "--json"]
    process = subprocess.Popen(upgrade, env=env_for_cli, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    line = process.stderr.readline()  # the first progress line: the pass is under way
    assert line.startswith("records converted:"), line
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    versions = _versions(registry)
    assert all(len(v) == 1 for v in versions.values())  # no record half converted
    converted = sum(v == {0x02} for v in versions.values())
    assert 0 < converted < OLD_RECORDS, converted

    done = subprocess.run(upgrade, env=env_for_cli, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["complete"] and report["remaining"] == 0 and report["damaged"] == 0
    assert report["records"] == OLD_RECORDS - converted
    assert "records converted:" in done.stderr
    _check_every_value(registry, plain)

    status_cli = subprocess.run([sys.executable, "-m", "sync.registry", "--home", home,
                                 "status", "--json"], env=env_for_cli, capture_output=True,
                                text=True, timeout=120)
    assert json.loads(status_cli.stdout)["record_keys"] == {
        "keys": 2 * OLD_RECORDS, "converted": True, "unconverted_values": 0}
    actions = [e.action for e in registry.audit.events(20)]
    assert actions.count("record-keys-upgrade-started") == 2
    assert actions.count("record-keys-upgraded") == 1  # the killed run never finished

    again = subprocess.run(upgrade, env=env_for_cli, capture_output=True, text=True,
                           timeout=120)
    assert again.returncode == 0 and json.loads(again.stdout)["values"] == 0

    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    reopened = Registry.open(RegistryHome(home), "registry passphrase 1")
    try:
        old = registry.cipher.encrypt(b"restored from a backup", bind.photo("DAR-01-000001"))
        with pytest.raises(SyncError, match="refused"):
            reopened.record_keys.open(old, bind.photo("DAR-01-000001"), None)
    finally:
        reopened.close()


def test_the_server_compacts_the_key_table_after_an_erasure_at_most_once_an_interval(
        registry: Any, make_station: Any, faces_dir: Path) -> None:
    """`registry serve` rewrites `record_keys` by itself after an import destroyed keys: the
    destroyed key leaves the table's file without anyone running `registry keys compact`,
    the run is audited, and a second erasure within the interval waits for it."""
    import threading
    import time

    from sync.registry.compaction import CompactionSchedule, compact_if_due, run_compactions

    clock = [1000.0]
    registry.compaction = CompactionSchedule(every=600.0, clock=lambda: clock[0])
    unit = make_station()
    first = unit.enrol("Asha", "Shred", photo=(faces_dir / "barack_obama_1.jpg").read_bytes())
    second = unit.enrol("Baraka", "Shred", photo=(faces_dir / "barack_obama_3.jpg").read_bytes())
    _sync(registry, unit)
    first_key, second_key = (_key_rows(registry, n)[BIOMETRICS] for n in (first, second))
    assert compact_if_due(registry) is None  # nothing destroyed yet: nothing to do

    withdraw_consent(unit.station, unit.actor, first, "biometrics")
    _sync(registry, unit)
    stop = threading.Event()
    loop = threading.Thread(target=run_compactions, args=(registry, stop, 0.05))
    loop.start()
    try:
        deadline = time.monotonic() + 60
        while not (compacted := [e for e in registry.audit.events(10)
                                 if e.action == "record-keys-compacted"]):
            assert time.monotonic() < deadline, "the server never compacted the key table"
            time.sleep(0.1)
    finally:
        stop.set()
        loop.join(timeout=60)
    assert len(compacted) == 1 and compacted[0].details["scheduled"] is True
    assert first_key not in _relation_bytes(registry, "record_keys")

    withdraw_consent(unit.station, unit.actor, second, "biometrics")
    _sync(registry, unit)
    assert compact_if_due(registry) is None  # within the interval: it waits
    clock[0] += 600.0
    assert compact_if_due(registry) == {"compacted": True, "wal_switched": True,
                                        "checkpointed": True}
    assert second_key not in _relation_bytes(registry, "record_keys")
    assert compact_if_due(registry) is None  # and nothing more until the next erasure
