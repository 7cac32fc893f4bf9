"""Central staff at the registry: accounts and roles, lock-out, and the audit chain, on real
PostgreSQL databases; the `registry` command end to end as separate processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, text, update

from station.services.sync_service import export_batch
from sync.errors import SyncError
from sync.registry import api
from sync.registry import tables as t
from tests.cli_runner import run_in_process
from tests.sync.conftest import REGISTRY_PASSPHRASE, REGISTRY_PASSWORD, REGISTRY_USER

PASSWORDS = {"imp": "importerpass1", "adj": "adjudicator1", "aud": "auditorpass1"}


def _session(registry: Any, user: str = REGISTRY_USER, password: str = REGISTRY_PASSWORD
             ) -> api.RegistrySession:
    return api.open_registry(registry.home.path, REGISTRY_PASSPHRASE, user, password)


def _staff(registry: Any) -> None:
    with _session(registry) as admin:
        for name, role in (("imp", "importer"), ("adj", "adjudicator"), ("aud", "auditor")):
            admin.add_user(name, role, PASSWORDS[name])


def _audit_rows(registry: Any) -> list[Any]:
    with registry.engine.connect() as conn:
        return conn.execute(select(t.audit_events).order_by(t.audit_events.c.sequence)).all()


def test_registry_login_locks_out_and_never_records_a_typed_unknown_name(
        registry: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Five wrong passwords lock the account (even the right one is refused until an admin
    unlocks it); an unknown name gets the same answer, costs the same scrypt run and is not
    stored in clear."""
    from sync.registry import passwords

    _staff(registry)
    runs: list[int] = []
    derive = passwords._derive

    def counted(password: str, salt: bytes, n: int) -> bytes:
        runs.append(n)
        return derive(password, salt, n)

    monkeypatch.setattr(passwords, "_derive", counted)
    for name in ("imp", "nobody-here"):
        runs.clear()
        with pytest.raises(SyncError):
            _session(registry, name, "not the password")
        assert runs == [1024], name  # one scrypt run at the accounts' cost, known or not
    monkeypatch.setattr(passwords, "_derive", derive)
    with _session(registry) as admin:
        admin.unlock_user("imp")
    for _ in range(5):
        with pytest.raises(SyncError, match="unknown account or wrong password"):
            _session(registry, "imp", "not the password")
    with pytest.raises(SyncError, match="locked after repeated failures"):
        _session(registry, "imp", PASSWORDS["imp"])
    with pytest.raises(SyncError, match=r"^unknown account or wrong password$"):
        _session(registry, "Juma Hamisi", "whatever it is")
    with _session(registry) as admin:
        assert [u["locked"] for u in admin.users() if u["name"] == "imp"] == [True]
        admin.unlock_user("imp")
    with _session(registry, "imp", PASSWORDS["imp"]) as importer:
        assert importer.role == "importer"

    rows = _audit_rows(registry)
    stored = json.dumps([list(map(str, row)) for row in rows])
    assert "Juma" not in stored and "not the password" not in stored
    unknown = [r for r in rows if r.actor == "?"]
    tags = [json.loads(r.details)["name_tag"] for r in unknown]
    assert [json.loads(r.details)["why"] for r in unknown] == ["unknown", "unknown"]
    assert len(set(tags)) == 2 and registry.audit.tag("nobody-here") == tags[0]
    failed = [json.loads(r.details) for r in rows if r.action == "login-failed"
              and r.actor == "imp"]
    assert [f["attempts"] for f in failed] == [1, 1, 2, 3, 4, 5]  # unlocking starts again
    assert [f["locked"] for f in failed] == [False] * 5 + [True]
    assert [r.action for r in rows if r.subject == "imp"][-2:] == ["login-refused",
                                                                    "account-unlocked"]


def test_registry_roles_refuse_what_they_do_not_grant(registry: Any) -> None:
    """Importer, adjudicator and auditor each do their own job only; admins manage accounts."""
    _staff(registry)
    refusals = {"imp": ["duplicates", "decide", "audit_verify", "users"],
                "adj": ["import_file", "audit_verify", "users"],
                "aud": ["import_file", "duplicates", "decide", "users"]}
    calls = {"duplicates": lambda s: s.duplicates(), "decide": lambda s: s.decide(1, "same", "x"),
             "audit_verify": lambda s: s.audit_verify(), "users": lambda s: s.users(),
             "import_file": lambda s: s.import_file(Path("nowhere.batch"))}
    for name, refused in refusals.items():
        with _session(registry, name, PASSWORDS[name]) as session:
            assert session.status()["enrolments"] == 0  # counts: every role
            for call in refused:
                with pytest.raises(SyncError, match=f"a registry {session.role} may not") as e:
                    calls[call](session)
                assert e.value.reason == "forbidden"
    with _session(registry, "aud", PASSWORDS["aud"]) as auditor:
        assert auditor.audit_verify()["intact"]
        with pytest.raises(SyncError, match="may not manage accounts"):
            auditor.set_password("newauditpass1", "imp")
        auditor.set_password("newauditpass1")  # one's own password: every role
    _session(registry, "aud", "newauditpass1").close()
    with _session(registry) as admin:
        admin.deactivate_user("aud")
        with pytest.raises(SyncError, match="your own account"):
            admin.deactivate_user(REGISTRY_USER)
    with pytest.raises(SyncError, match="unknown account or wrong password"):
        _session(registry, "aud", "newauditpass1")


def test_registry_audit_verify_finds_edited_deleted_reordered_events_and_rewound_anchor(
        registry: Any) -> None:
    """Each kind of tampering in PostgreSQL is found and placed; undone, the chain is intact."""
    _staff(registry)
    for name in PASSWORDS:
        _session(registry, name, PASSWORDS[name]).close()
    trail = registry.audit
    with registry.engine.connect() as conn:
        old_anchor = conn.execute(select(t.audit_anchor)).one()
    _session(registry, "imp", PASSWORDS["imp"]).close()
    _session(registry, "adj", PASSWORDS["adj"]).close()
    report = trail.verify()
    total = report.events_checked
    assert report.intact and total == len(_audit_rows(registry)) >= 8

    def tampered(change: str) -> Any:
        with registry.engine.begin() as conn:
            conn.execute(text(change))
        return trail.verify()

    original = {r.sequence: r._asdict() for r in _audit_rows(registry)}

    def restore() -> None:
        with registry.engine.begin() as conn:
            conn.execute(delete(t.audit_events))
            conn.execute(insert(t.audit_events), list(original.values()))
        assert trail.verify().intact

    edited = tampered("UPDATE audit_events SET actor = 'someone' WHERE sequence = 4")
    assert (edited.intact, edited.broken_at) == (False, 4) and "edited" in edited.problem
    restore()
    deleted = tampered("DELETE FROM audit_events WHERE sequence = 5")
    assert (deleted.intact, deleted.broken_at) == (False, 5) and "missing" in deleted.problem
    restore()
    with registry.engine.begin() as conn:  # swap events 2 and 3 (sequence numbers too)
        for sequence, value in ((2, -2), (3, 2), (-2, 3)):
            conn.execute(update(t.audit_events).where(t.audit_events.c.sequence == sequence)
                         .values(sequence=value))
    swapped = trail.verify()
    assert (swapped.intact, swapped.broken_at) == (False, 2)
    assert "does not follow" in swapped.problem
    restore()
    last = tampered(f"DELETE FROM audit_events WHERE sequence = {total}")
    assert (last.intact, last.broken_at) == (False, total)
    assert f"events {total} to {total} were deleted" in last.problem

    restore()
    with registry.engine.begin() as conn:  # an old, genuinely MAC'd anchor put back
        conn.execute(update(t.audit_anchor).values(sequence=old_anchor.sequence,
                                                   hash=old_anchor.hash, mac=old_anchor.mac))
    rewound = trail.verify()
    assert not rewound.intact and "moved back" in rewound.problem
    forged = tampered("UPDATE audit_anchor SET sequence = 3")
    assert not forged.intact and "newest event was altered" in forged.problem
    # The next append notices the moved anchor and says so inside the chain, so putting the
    # anchor right afterwards does not hide it.
    _session(registry).close()
    flagged = trail.verify()
    assert not flagged.intact and flagged.broken_at == total + 1
    assert "had been altered" in flagged.problem


def test_registry_audit_appends_from_several_processes_stay_one_chain(registry: Any) -> None:
    """Writers with their own database connections (as separate registry processes have)
    append at the same time; the anchor lock keeps one gapless, intact chain."""
    import threading

    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    before = len(_audit_rows(registry))
    others = [Registry.open(RegistryHome(registry.home.path), REGISTRY_PASSPHRASE)
              for _ in range(4)]
    start, failures = threading.Barrier(len(others)), []

    def write(other: Any, n: int) -> None:
        start.wait()
        try:
            for index in range(15):
                other.audit.record(f"writer{n}", "test-event", str(index))
        except Exception as exc:  # pragma: no cover - shown by the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(o, n)) for n, o in enumerate(others)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        for other in others:
            other.close()
    assert failures == []
    rows = _audit_rows(registry)
    assert [r.sequence for r in rows] == list(range(1, before + 61))
    assert registry.audit.verify().intact


def test_registry_decision_records_the_logged_in_account_and_views_are_audited(
        registry: Any, make_station: Any, tmp_path: Path) -> None:
    """The same person at two stations becomes a case; the adjudicator's account decides it;
    the listing and the decision are in the audit, the reason and names are not."""
    _staff(registry)
    for site in ("DAR", "ARU"):
        station = make_station(site)
        station.enrol("Neema", "Mwakasege", "1984-02-03")
        folder = tmp_path / f"usb-{site}"
        folder.mkdir()
        batch = export_batch(station.station, station.actor, folder)["batch"]
        with _session(registry, "imp", PASSWORDS["imp"]) as importer:
            assert importer.import_file(batch).status == "imported"
    with _session(registry, "adj", PASSWORDS["adj"]) as adjudicator:
        (case,) = adjudicator.duplicates()
        decided = adjudicator.decide(case["case"], "same", "Neema seen at both sites")
    assert decided == {"case": case["case"], "decision": "same", "status": "decided"}
    with registry.engine.connect() as conn:
        assert conn.execute(select(t.cross_site_cases.c.decided_by)).scalar_one() == "adj"
    rows = _audit_rows(registry)
    imports = [(r.actor, r.subject, json.loads(r.details)) for r in rows
               if r.action == "batch-import"]
    assert [(a, s, d["status"], d["imported"], d["via"]) for a, s, d in imports] == [
        ("imp", "DAR-01", "imported", 1, "file"), ("imp", "ARU-01", "imported", 1, "file")]
    assert [(r.actor, r.subject, json.loads(r.details)) for r in rows
            if r.action in ("cases-viewed", "case-decided")] == [
        ("adj", "open", {"cases": 1}),
        ("adj", str(case["case"]), {"decision": "same", "status": "decided"})]
    stored = json.dumps([list(map(str, row)) for row in rows])
    assert "Neema" not in stored and "Mwakasege" not in stored and "both sites" not in stored
    assert registry.audit.verify().intact


def test_registry_http_upload_is_audited_with_the_station_as_actor(
        registry: Any, make_station: Any, server: Any) -> None:
    """`registry serve` logs nobody in per upload: the authenticated station is the actor."""
    from station.services import trust
    from station.services.sync_service import seal_pending
    from sync.client import RegistryClient

    a = make_station()
    a.enrol("Asha", "Upload")
    client = RegistryClient(server.url, "DAR-01", trust.signing_key(a.station), attempts=1)
    try:
        answer = client.upload_batch(seal_pending(a.station, a.actor).path.read_bytes())
    finally:
        client.close()
    assert answer["status"] == "imported"
    (event,) = [e for e in registry.audit.events(100) if e.action == "batch-import"]
    assert (event.actor, event.subject) == ("station:DAR-01", "DAR-01")
    assert {k: event.details[k] for k in ("sequence", "status", "imported", "via")} == {
        "sequence": 1, "status": "imported", "imported": 1, "via": "upload"}
    assert registry.audit.verify().intact


def test_registry_made_before_accounts_gets_its_first_admin_with_the_passphrase(
        tmp_path: Path, pg_url: str) -> None:
    """A registry without accounts refuses log-ins and takes exactly one first admin."""
    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    Registry.init(RegistryHome(tmp_path / "old"), pg_url, REGISTRY_PASSPHRASE).close()
    with pytest.raises(SyncError, match="no accounts yet") as refused:
        api.open_registry(tmp_path / "old", REGISTRY_PASSPHRASE, "chief", "chiefpass10")
    assert refused.value.reason == "no-accounts"
    api.add_first_admin(api.unlock(tmp_path / "old", REGISTRY_PASSPHRASE), "chief",
                        "chiefpass10").close()
    registry = api.unlock(tmp_path / "old", REGISTRY_PASSPHRASE)
    try:
        with pytest.raises(SyncError, match="has accounts"):
            api.add_first_admin(registry, "other", "otherpass10")
    finally:
        registry.close()
    with api.open_registry(tmp_path / "old", REGISTRY_PASSPHRASE, "chief", "chiefpass10") as s:
        assert s.role == "admin" and s.audit_verify()["intact"]


# -- the command, end to end -------------------------------------------------------------------
def _registry(env: dict[str, str], home: str, *args: str, user: str = REGISTRY_USER,
              password: str = REGISTRY_PASSWORD, check: bool = True,
              **extra: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "sync.registry", "--home", home, *args],
                          env={**env, "REGISTRY_USER": user, "REGISTRY_PASSWORD": password,
                               **extra}, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    if check:
        assert done.returncode == 0, done.stderr
    return done


def _registry_in_process(env: dict[str, str], home: str, *args: str,
                         user: str = REGISTRY_USER, password: str = REGISTRY_PASSWORD,
                         check: bool = True, **extra: str) -> subprocess.CompletedProcess[str]:
    """As `_registry`, through `sync.registry.cli.main` in this process."""
    done = run_in_process("registry", ["--home", home, *args], {
        **env, "REGISTRY_USER": user, "REGISTRY_PASSWORD": password, **extra})
    assert "Traceback" not in done.stderr, done.stderr
    if check:
        assert done.returncode == 0, done.stderr
    return done


def test_registry_init_makes_the_first_admin_from_the_environment(
        tmp_path: Path, env_for_cli: dict[str, str]) -> None:
    """`registry init` takes REGISTRY_USER / REGISTRY_PASSWORD as its first admin, as
    `station init` does; without them (and no terminal) it refuses and makes nothing."""
    home = str(tmp_path / "central")
    database = f"sqlite:///{tmp_path / 'central.db'}"
    bare = {k: v for k, v in env_for_cli.items() if k not in ("REGISTRY_USER",
                                                               "REGISTRY_PASSWORD")}
    missing = subprocess.run([sys.executable, "-m", "sync.registry", "--home", home, "init",
                              "--db", database], env=bare, capture_output=True, text=True,
                             stdin=subprocess.DEVNULL, timeout=120)
    assert missing.returncode == 2 and not Path(home).exists()
    assert missing.stderr == ("error: set REGISTRY_USER (or run in a terminal) to log in to "
                              "the registry\n")
    made = json.loads(_registry(env_for_cli, home, "init", "--db", database, "--json",
                                user="chief", password="chiefpass10").stdout)
    assert made["admin"] == "chief"
    listed = json.loads(_registry(env_for_cli, home, "user", "list", "--json", user="chief",
                                  password="chiefpass10").stdout)
    assert [(u["name"], u["role"], u["active"]) for u in listed] == [("chief", "admin", True)]
    assert "password_hash" not in listed[0]


def test_registry_command_with_accounts_end_to_end(
        tmp_path: Path, registry: Any, make_station: Any, env_for_cli: dict[str, str]) -> None:
    """The admin adds staff; each logs in with REGISTRY_USER / REGISTRY_PASSWORD and may do
    only their role's part; a decision carries the account, not a typed name; lock-out and
    unlock; the audit verifies, lists every step and breaks where an event is edited.

    The first account, the import and the broken verify run as separate processes; the other
    steps call the same `main` with the same arguments and environment in this process (a
    process start and the imports cost about a second each, 20 of them most of the test)."""
    home = str(registry.home.path)

    def cli(*args: str, **options: Any) -> subprocess.CompletedProcess[str]:
        return _registry_in_process(env_for_cli, home, *args, **options)

    done = _registry(env_for_cli, home, "user", "add", "imp", "--role", "importer",
                     REGISTRY_NEW_PASSWORD=PASSWORDS["imp"])
    assert done.stdout == "account imp added (importer)\n"
    for name, role in (("adj", "adjudicator"), ("aud", "auditor")):
        done = cli("user", "add", name, "--role", role, REGISTRY_NEW_PASSWORD=PASSWORDS[name])
        assert done.stdout == f"account {name} added ({role})\n"
    batches = []
    for site in ("DAR", "ARU"):
        station = make_station(site)
        station.enrol("Neema", "Mwakasege", "1984-02-03")
        folder = tmp_path / f"usb-{site}"
        folder.mkdir()
        batches.append(export_batch(station.station, station.actor, folder)["batch"])
    imp = {"user": "imp", "password": PASSWORDS["imp"]}
    adj = {"user": "adj", "password": PASSWORDS["adj"]}
    aud = {"user": "aud", "password": PASSWORDS["aud"]}
    imported = json.loads(_registry(env_for_cli, home, "import", *batches, "--json",
                                    **imp).stdout)
    assert [r["status"] for r in imported] == ["imported", "imported"]
    refused = cli("duplicates", check=False, **imp)
    assert refused.returncode == 2
    assert refused.stderr == "error: a registry importer may not see the duplicate queue\n"
    refused = cli("user", "add", "x", "--role", "admin", check=False,
                  REGISTRY_NEW_PASSWORD="whateverpass1", **adj)
    assert refused.stderr == "error: a registry adjudicator may not manage accounts\n"

    cases = json.loads(cli("duplicates", "--json", **adj).stdout)
    decided = cli("duplicates", "decide", str(cases[0]["case"]), "different", "--reason",
                  "other documents", "--by", "someone", **adj)
    assert decided.stdout == f"case {cases[0]['case']}: different recorded for adj\n"
    assert "--by is ignored" in decided.stderr

    for _ in range(5):
        wrong = cli("status", check=False, user="imp", password="wrong password")
        assert wrong.stderr == "error: unknown account or wrong password\n"
    locked = cli("status", check=False, **imp)
    assert "locked after repeated failures" in locked.stderr
    cli("user", "unlock", "imp")
    assert json.loads(cli("status", "--json", **imp).stdout)["enrolments"] == 2

    refused = cli("station", "revoke", "ARU-01", check=False, **imp)
    assert refused.stderr == "error: a registry importer may not manage stations\n"
    cli("station", "revoke", "ARU-01", "--reason", "laptop lost")

    verified = json.loads(cli("audit", "verify", "--json", **aud).stdout)
    assert verified["intact"] and verified["broken_at"] is None
    events = json.loads(cli("audit", "list", "--limit", "200", "--json", **aud).stdout)
    seen = [(e["actor"], e["action"]) for e in events]
    for step in [(REGISTRY_USER, "registry-init"), (REGISTRY_USER, "account-added"),
                 ("imp", "batch-import"), ("adj", "cases-viewed"), ("adj", "case-decided"),
                 ("imp", "login-failed"), ("imp", "login-refused"),
                 (REGISTRY_USER, "account-unlocked"), (REGISTRY_USER, "station-revoked"),
                 ("aud", "audit-verified")]:
        assert step in seen, step
    assert "Neema" not in json.dumps(events) and "other documents" not in json.dumps(events)

    with registry.engine.begin() as conn:
        assert conn.execute(select(t.cross_site_cases.c.decided_by)).scalar_one() == "adj"
        decision = conn.execute(select(t.audit_events.c.sequence).where(
            t.audit_events.c.action == "case-decided")).scalar_one()
        conn.execute(update(t.audit_events).where(t.audit_events.c.sequence == decision)
                     .values(details='{"decision": "same", "status": "decided"}'))
    broken = _registry(env_for_cli, home, "audit", "verify", check=False, **aud)
    assert broken.returncode == 1
    assert broken.stdout == (f"audit chain BROKEN at event {decision}: event {decision} was "
                             "edited after it was written\n")


# -- emptied, rolled back, raced: what `audit verify` sees beside the chain ---------------------
def _wipe(registry: Any, *, events_after: int = 0, anchor: Any = None) -> None:
    """Delete events after `events_after` and put the anchor back (to `anchor`, or to the
    state the migration leaves), as someone with write access to the database could."""
    with registry.engine.begin() as conn:
        conn.execute(delete(t.audit_events).where(t.audit_events.c.sequence > events_after))
        values = ({"sequence": 0, "hash": "", "mac": ""} if anchor is None else
                  {"sequence": anchor.sequence, "hash": anchor.hash, "mac": anchor.mac})
        conn.execute(update(t.audit_anchor).values(**values))


def test_registry_audit_emptied_is_reported_by_each_witness(registry: Any) -> None:
    """An emptied audit (events deleted, anchor put back to 'no events yet') is not intact:
    the chain's recorded start says so; without it the accounts do; without those the home's
    mark; without the mark a checkpoint from the paper log."""
    _staff(registry)
    with _session(registry, "aud", PASSWORDS["aud"]) as auditor:
        noted = auditor.audit_verify()
    assert noted["intact"] and noted["checkpoint"].startswith(f"{noted['events_checked']}:")
    _wipe(registry)
    wiped = registry.audit.verify()
    assert (wiped.intact, wiped.broken_at) == (False, 1) and "deleted" in wiped.problem
    # The next append notices the emptied chain and says so inside the new one.
    registry.audit.record("someone", "test-event")
    assert "had been altered" in registry.audit.verify().problem
    _wipe(registry)
    with registry.engine.begin() as conn:
        conn.execute(delete(t.meta).where(t.meta.c.key == "audit_started"))
    no_start = registry.audit.verify()
    assert not no_start.intact and "has accounts" in no_start.problem
    with registry.engine.begin() as conn:
        conn.execute(delete(t.accounts))
    no_accounts = registry.audit.verify()
    assert not no_accounts.intact and "rolled back" in no_accounts.problem
    assert registry.audit.mark_path is not None
    registry.audit.mark_path.write_text(registry.audit.mark_path.read_text()
                                        .replace('"sequence": ', '"sequence": 1'))
    altered = registry.audit.verify()
    assert not altered.intact and "audit-mark.json" in altered.problem
    registry.audit.mark_path.unlink()
    # Database and home both rewound: only the checkpoint written down earlier tells.
    assert registry.audit.verify().intact
    from sync.registry.audit import parse_checkpoint

    expected = registry.audit.verify(parse_checkpoint(noted["checkpoint"]))
    assert not expected.intact and "checkpoint" in expected.problem


def test_registry_audit_rolled_back_to_a_genuine_older_state_is_reported(
        registry: Any) -> None:
    """Later events deleted and an older, genuinely MAC'd anchor put back: the home's
    high-water mark reports it; without the mark, `--expect` with a later checkpoint does."""
    from sync.registry.audit import parse_checkpoint

    _staff(registry)
    with registry.engine.connect() as conn:
        old = conn.execute(select(t.audit_anchor)).one()
    with _session(registry, "aud", PASSWORDS["aud"]) as auditor:
        later = auditor.audit_verify()["checkpoint"]
    _session(registry, "imp", PASSWORDS["imp"]).close()  # closing raises the home's mark
    _wipe(registry, events_after=old.sequence, anchor=old)
    rolled = registry.audit.verify()
    assert not rolled.intact and rolled.broken_at == old.sequence + 1
    assert "rolled back" in rolled.problem
    assert registry.audit.mark_path is not None
    registry.audit.mark_path.unlink()
    intact = registry.audit.verify()
    assert intact.intact and intact.checkpoint.startswith(f"{old.sequence}:")
    assert registry.audit.verify(parse_checkpoint(intact.checkpoint)).intact
    behind = registry.audit.verify(parse_checkpoint(later))
    assert not behind.intact and behind.broken_at == old.sequence + 1
    sequence, digest = parse_checkpoint(intact.checkpoint)
    other = registry.audit.verify((sequence, "0" * 16 if digest[0] != "0" else "1" * 16))
    assert (other.intact, other.broken_at) == (False, sequence)
    assert "does not match the checkpoint" in other.problem
    for bad in ("12", "x:abcdef12", "3:zz", "0:abcdef1234"):
        with pytest.raises(SyncError, match="a checkpoint is SEQUENCE:HASH"):
            parse_checkpoint(bad)


def test_registry_audit_verify_never_reports_a_false_break_while_others_append(
        registry: Any) -> None:
    """Another registry process appends all the time; every verify sees one snapshot."""
    import threading

    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    other = Registry.open(RegistryHome(registry.home.path), REGISTRY_PASSPHRASE)
    stop, failures = threading.Event(), []

    def write() -> None:
        try:
            while not stop.is_set():
                other.audit.record("writer", "test-event")
        except Exception as exc:  # pragma: no cover - shown by the assertion below
            failures.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        reports = [registry.audit.verify() for _ in range(40)]
    finally:
        stop.set()
        writer.join(60)
        other.close()
    assert failures == []
    assert [r.problem for r in reports if not r.intact] == []
    assert registry.audit.verify().intact


def test_registry_account_names_too_long_or_look_alike_are_refused(registry: Any) -> None:
    """A name longer than any account is unknown (never cut to a shorter account's name); a
    new account may not look like an existing one."""
    long_name = "a" * 64
    with _session(registry) as admin:
        admin.add_user(long_name, "importer", "longnamepass1")
        admin.add_user("amina.j", "adjudicator", "aminapass12")
    _session(registry, long_name, "longnamepass1").close()
    with pytest.raises(SyncError, match="unknown account or wrong password"):
        _session(registry, long_name + "xyz", "longnamepass1")
    with _session(registry) as admin:
        for twin in ("Amina.J", "amina_j", "AMlNA-J", "arnina.j", "Admin", "adm1n"):
            with pytest.raises(SyncError, match="looks like it") as refused:
                admin.add_user(twin, "auditor", "twinpass123")
            assert refused.value.reason == "exists"
        admin.add_user("amina.k", "auditor", "aminakpass1")
        assert sorted(u["name"] for u in admin.users()) == sorted(
            [REGISTRY_USER, long_name, "amina.j", "amina.k"])


def test_registry_station_changes_are_audited_in_their_own_transaction(
        registry: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding, undoing and revoking a station commit together with their audit events: if
    the event cannot be written, the station is not changed either."""
    def failing(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("the audit cannot be written")

    registry.add_station("DAR", "01", actor="chief")
    registry.forget_station("DAR-01", actor="chief")
    registry.add_station("DAR", "02", actor="chief")
    registry.revoke_station("DAR-02", "laptop lost", actor="chief")
    assert [(e.actor, e.action, e.subject) for e in registry.audit.events(4)] == [
        ("chief", "station-added", "DAR-01"), ("chief", "station-removed", "DAR-01"),
        ("chief", "station-added", "DAR-02"), ("chief", "station-revoked", "DAR-02")]
    monkeypatch.setattr(registry.audit, "append", failing)
    with pytest.raises(RuntimeError):
        registry.add_station("DAR", "03", actor="chief")
    registry.add_station("ARU", "01")  # no actor: the caller audits (tests, benchmarks)
    with pytest.raises(RuntimeError):
        registry.revoke_station("ARU-01", "stolen", actor="chief")
    monkeypatch.undo()
    with registry.engine.connect() as conn:
        rows = {r.station_id: r.revoked_at for r in conn.execute(
            select(t.stations.c.station_id, t.stations.c.revoked_at))}
    assert set(rows) == {"DAR-02", "ARU-01"} and rows["ARU-01"] is None
    assert registry.audit.verify().intact


def test_registry_command_prints_a_checkpoint_and_checks_it_later(
        tmp_path: Path, env_for_cli: dict[str, str]) -> None:
    """`registry init` warns when the root key shares the registry passphrase; `audit verify`
    prints a checkpoint and `--expect` fails once the audit no longer reaches it (`init` as
    a separate process, the checks through the same `main` in this one)."""
    home = str(tmp_path / "central")
    env = {k: v for k, v in env_for_cli.items() if k != "REGISTRY_ROOT_PASSPHRASE"}
    made = _registry(env, home, "init", "--db", f"sqlite:///{tmp_path / 'central.db'}")
    assert made.stderr == ("warning: REGISTRY_ROOT_PASSPHRASE is not set: the root key file is "
                           "sealed with the registry passphrase that every operator holds\n")
    first = _registry_in_process(env, home, "audit", "verify").stdout
    assert first.startswith("audit chain intact (") and "checkpoint " in first
    noted = first.split("checkpoint ")[1].split()[0]
    again = _registry_in_process(env, home, "audit", "verify", "--expect", noted, "--json")
    assert json.loads(again.stdout)["intact"]
    sequence = int(noted.split(":")[0])
    ahead = _registry_in_process(env, home, "audit", "verify", "--expect",
                                 f"{sequence + 50}:{noted.split(':')[1]}", check=False)
    assert ahead.returncode == 1 and "rolled back" in ahead.stdout
