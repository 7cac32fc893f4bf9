"""A batch carried on removable media and refused for its contents no longer blocks its station:
`registry import` writes a signed refusal file next to the acknowledgements, the station takes
it with `station import-ack` (the command that takes acknowledgements), supersedes the batch,
and after the correction the new batch imports and both chains verify. A forged, altered or
foreign refusal file changes nothing. Real station (SQLite), real registry (PostgreSQL), the
real commands, real files and real signatures."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from sqlalchemy import select

from station.store import tables as st
from sync.refusal import Refusal
from sync.registry import tables as t
from tests.cli_runner import run_in_process
from tests.sync.test_sync_rejected_batch import _seal_as_older_station, _sneak_region

OVER_LONG = "R" * 93  # the registry takes 80 characters of region


def _run(env: dict[str, str], program: str, *args: str | Path
         ) -> subprocess.CompletedProcess[str]:
    done = run_in_process(program, list(args), env)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _json(env: dict[str, str], program: str, *args: str | Path) -> Any:
    done = _run(env, program, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _refused_on_usb(unit: Any, registry: Any, usb: Path, env: dict[str, str],
                    given: str = "Baraka") -> tuple[str, Path, subprocess.CompletedProcess[str]]:
    """A station (of an older version) seals a record with an over-long region; the batch goes
    to `usb` by `station export-batch` and `registry import --ack-dir usb` refuses it.
    (number of the bad record, the station's home, the import's output)."""
    unit.enrol("Asha", "Before")
    number = unit.enrol(given, "Region")
    _sneak_region(unit, number, OVER_LONG)
    _seal_as_older_station(unit)
    unit.station.close()  # the commands below open the home themselves
    home = unit.station.home.path
    exported = _json(env, "station", "--home", home, "export-batch", "--out", usb)
    assert exported["sequence"] == 1 and exported["records"] == 2
    imported = _run(env, "registry", "--home", registry.home.path, "import",
                    exported["batch"], "--ack-dir", usb)
    assert imported.returncode == 3, imported.stderr
    return number, home, imported


def _waiting(env: dict[str, str], home: Path) -> dict[str, Any]:
    return dict(_json(env, "station", "--home", home, "sync-status"))


def test_usb_refusal_supersedes_the_batch_and_the_corrected_one_imports(
        registry: Any, make_station: Any, tmp_path: Path, env_for_cli: dict[str, str]) -> None:
    env = env_for_cli
    usb = tmp_path / "usb"
    usb.mkdir()
    unit = make_station()
    number, home, imported = _refused_on_usb(unit, registry, usb, env)

    # the registry says what was refused and why (never the value) and where the file went
    refusal_file = usb / "DAR-01-000001.refusal.json"  # station and sequence: nothing personal
    assert imported.stdout == (
        f"{usb / 'DAR-01-000001.batch'}: rejected: record {number}: the region is longer "
        f"than 80 characters\n  refusal written to {refusal_file}: take it to station DAR-01 "
        "and import it there like an acknowledgement (`station import-ack FILE`); the station "
        "then corrects the record and exports a new batch 1\n")
    assert sorted(p.name for p in usb.iterdir()) == [refusal_file.name]  # batch quarantined
    document = json.loads(refusal_file.read_text(encoding="utf-8"))
    assert set(document) == {"refusal", "trust"}
    refusal = Refusal.from_dict(document["refusal"])
    assert (refusal.station_id, refusal.sequence, refusal.reason) == ("DAR-01", 1,
                                                                      "invalid-record")
    assert OVER_LONG not in refusal_file.read_text(encoding="utf-8")

    # the station takes it with the command that takes acknowledgements, and says what to do
    taken = _run(env, "station", "--home", home, "import-ack", refusal_file)
    assert taken.returncode == 1 and taken.stdout == ""
    assert taken.stderr == (
        f"error: The registry refused batch 1: record {number}: the region is longer than 80 "
        "characters. Correct the record, then export again: a new batch 1 takes the refused "
        "one's place.\n")
    status = _waiting(env, home)
    assert (status["pending"], status["batches_awaiting_ack"], status["last_batch"]) == (
        2, [], None)
    assert not list((home / "outbox").glob("*.batch"))
    # taken once: the same file again changes nothing
    again = _run(env, "station", "--home", home, "import-ack", refusal_file)
    assert again.returncode == 2
    assert "has no batch 1 waiting for the registry" in again.stderr

    # corrected, exported again: the new batch 1 imports and is acknowledged
    _json(env, "station", "--home", home, "correct", number, "--region", "Kigoma")
    exported = _json(env, "station", "--home", home, "export-batch", "--out", usb)
    assert (exported["sequence"], exported["records"], exported["held_back"]) == (1, 2, [])
    accepted = _json(env, "registry", "--home", registry.home.path, "import",
                     exported["batch"], "--ack-dir", usb)
    assert (accepted["status"], accepted["imported"], accepted["refusal_file"]) == (
        "imported", 2, None)
    acked = _json(env, "station", "--home", home, "import-ack", accepted["ack_file"])
    assert (acked["sequence"], acked["records_marked"]) == (1, 2)
    # the old refusal cannot undo the accepted batch
    late = _run(env, "station", "--home", home, "import-ack", refusal_file)
    assert late.returncode == 2 and "nothing changed" in late.stderr
    assert _waiting(env, home)["acknowledged"] == 2

    # both chains verify: the station's audit, the registry's batches and audit
    verified = _run(env, "station", "--home", home, "audit", "verify")
    assert verified.returncode == 0 and "audit chain intact" in verified.stdout
    with unit.station.store.reading() as repo:
        events = repo.connection.execute(
            select(st.audit_events.c.action, st.audit_events.c.subject,
                   st.audit_events.c.details).where(st.audit_events.c.action.in_(
                       ("batch-refused", "batch-acknowledged")))
            .order_by(st.audit_events.c.sequence)).all()
    assert [(e.action, e.subject) for e in events] == [("batch-refused", "batch-1"),
                                                      ("batch-acknowledged", "batch-1")]
    assert json.loads(events[0].details) == {"reason": "invalid-record", "via": "file"}
    with registry.engine.connect() as conn:
        chain = conn.execute(select(t.batches.c.sequence, t.batches.c.sha256,
                                    t.batches.c.previous_hash)).all()
        regions = set(conn.execute(select(t.enrolments.c.region)).scalars())
    assert [(c.sequence, c.previous_hash) for c in chain] == [(1, "0" * 64)]
    assert chain[0].sha256 != refusal.batch_sha256  # a new batch took the refused one's place
    assert regions == {"", "Kigoma"}
    assert registry.status()["stations"][0]["gaps"] == []
    audit = _run(env, "registry", "--home", registry.home.path, "audit", "verify")
    assert audit.returncode == 0 and "audit chain intact" in audit.stdout

    # and the chain goes on from the new batch 1
    _json(env, "station", "--home", home, "enrol", "--given-name", "Chausiku",
          "--family-name", "After", "--sex", "F", "--birth-year", "1990", "--nationality",
          "TZA", "--consent", "registration")
    exported = _json(env, "station", "--home", home, "export-batch", "--out", usb)
    second = _json(env, "registry", "--home", registry.home.path, "import", exported["batch"],
                   "--ack-dir", usb)
    assert (second["status"], second["sequence"]) == ("imported", 2)
    with registry.engine.connect() as conn:
        rows = conn.execute(select(t.batches.c.sequence, t.batches.c.sha256,
                                   t.batches.c.previous_hash)
                            .order_by(t.batches.c.sequence)).all()
    assert [r.sequence for r in rows] == [1, 2] and rows[1].previous_hash == rows[0].sha256


def test_forged_altered_or_foreign_refusal_files_change_nothing(
        registry: Any, make_station: Any, tmp_path: Path, env_for_cli: dict[str, str]) -> None:
    env = env_for_cli
    usb = tmp_path / "usb"
    usb.mkdir()
    _, home, _ = _refused_on_usb(make_station(), registry, usb, env)
    genuine = json.loads((usb / "DAR-01-000001.refusal.json").read_text(encoding="utf-8"))
    other_usb = tmp_path / "usb-aru"
    other_usb.mkdir()
    _refused_on_usb(make_station("ARU", "02"), registry, other_usb, env, given="Neema")
    foreign = other_usb / "ARU-02-000001.refusal.json"
    before = _waiting(env, home)
    assert before["batches_awaiting_ack"] == [1]

    def taken(name: str, document: Any) -> str:
        path = tmp_path / name
        path.write_text(json.dumps(document), encoding="utf-8")
        done = _run(env, "station", "--home", home, "import-ack", path)
        assert done.returncode == 2, (name, done.stderr)
        return done.stderr

    # one byte of the signed message edited
    altered = json.loads(json.dumps(genuine))
    altered["refusal"]["message"] = altered["refusal"]["message"].replace("region", "regiom")
    assert taken("altered.refusal.json", altered) == (
        "error: acknowledgement: the refusal is not signed by this station's registry; nothing "
        "changed: batch 1 is kept\n")
    # signed by a key the station's root never certified, for exactly this batch
    fields = {k: genuine["refusal"][k] for k in ("station_id", "sequence", "batch_sha256",
                                                 "reason", "message", "refused_at")}
    forged = {"refusal": Refusal.sign(bytes(range(32)), **fields).to_dict(),
              "trust": genuine["trust"]}
    assert "not signed by a service key this station's root certified" in taken(
        "forged.refusal.json", forged)
    # a genuine refusal, but of another station's batch
    stderr = taken("foreign.refusal.json", json.loads(foreign.read_text(encoding="utf-8")))
    assert "the refusal is for another station; nothing changed" in stderr
    # without the trust update it came with
    assert "without the registry's trust update" in taken("bare.refusal.json",
                                                          genuine["refusal"])
    assert _waiting(env, home) == before
    assert (home / "outbox" / "DAR-01-000001.batch").is_file()


def test_a_file_refused_not_for_its_contents_gets_no_refusal_file(
        registry: Any, tmp_path: Path, env_for_cli: dict[str, str]) -> None:
    """A damaged copy says nothing about the records: no refusal, the station keeps its batch."""
    usb = tmp_path / "usb"
    usb.mkdir()
    damaged = usb / "DAR-01-000001.batch"
    damaged.write_bytes(b"PK\x03\x04 not really a batch")
    done = _run(env_for_cli, "registry", "--home", registry.home.path, "import", damaged,
                "--ack-dir", usb)
    assert done.returncode == 3
    assert done.stdout.endswith("\n  no refusal file for the station: the batch was not "
                                "refused for its contents, so nothing changes at the "
                                "station\n")
    assert list(usb.iterdir()) == []
