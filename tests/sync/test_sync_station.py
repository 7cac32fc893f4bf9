"""Station side: permissions, acknowledgement checks, and a station killed while sealing."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from station.domain.vocab import Role
from station.errors import PermissionDenied, ValidationError
from station.services.context import add_operator, login
from station.services.sync_service import (
    export_batch,
    import_ack,
    outbox,
    pending_summary,
    seal_pending,
)
from sync.batch import read_batch, verify_batch
from sync.encoding import sha256_hex
from sync.registry.importer import import_file


def test_sync_officer_may_not_export(make_station: Any, tmp_path: Path) -> None:
    """An officer cannot export a batch to removable media; a supervisor can."""
    a = make_station()
    a.enrol("Asha", "Roles")
    add_operator(a.station, a.actor, "officer1", Role.OFFICER, "officerpass1")
    add_operator(a.station, a.actor, "super1", Role.SUPERVISOR, "superpass12")
    with pytest.raises(PermissionDenied):
        export_batch(a.station, login(a.station, "officer1", "officerpass1"), tmp_path)
    result = export_batch(a.station, login(a.station, "super1", "superpass12"), tmp_path)
    assert result["records"] == 1 and Path(result["batch"]).is_file()
    again = export_batch(a.station, a.actor, tmp_path)  # not acknowledged: the same batch again
    assert again["batch"] == result["batch"] and again["records"] == 1
    assert again["new_records"] == 0


def test_sync_file_round_trip_marks_synced(registry: Any, make_station: Any,
                                           tmp_path: Path) -> None:
    """Export, `registry import`, then the ack file marks the records synced; twice is harmless."""
    a = make_station()
    a.enrol("Asha", "Usb")
    a.enrol("Baraka", "Usb")
    exported = export_batch(a.station, a.actor, tmp_path)
    assert pending_summary(a.station)["awaiting_ack"] == 2
    result = import_file(registry, Path(exported["batch"]))
    assert result.status == "imported" and result.imported == 2
    first = import_ack(a.station, a.actor, str(result.ack_file))
    again = import_ack(a.station, a.actor, str(result.ack_file))
    assert (first["records_marked"], again["records_marked"]) == (2, 0)
    summary = pending_summary(a.station)
    assert summary["acknowledged"] == 2 and summary["batches_awaiting_ack"] == []


def test_sync_forged_ack_rejected(registry: Any, make_station: Any, tmp_path: Path) -> None:
    """An acknowledgement edited to claim more, or for another station, marks nothing."""
    a, b = make_station("DAR", "01"), make_station("ARU", "02")
    a.enrol("Asha", "Forged")
    b.enrol("Baraka", "Forged")
    result = import_file(registry, Path(export_batch(a.station, a.actor, tmp_path)["batch"]))
    document = json.loads(Path(str(result.ack_file)).read_text())
    document["acknowledgement"]["records"] = 99
    forged = tmp_path / "forged.ack.json"
    forged.write_text(json.dumps(document))
    with pytest.raises(ValidationError, match="not signed"):
        import_ack(a.station, a.actor, forged)
    export_batch(b.station, b.actor, tmp_path)
    with pytest.raises(ValidationError, match="another station"):
        import_ack(b.station, b.actor, str(result.ack_file))
    assert pending_summary(a.station)["acknowledged"] == 0
    assert pending_summary(b.station)["acknowledged"] == 0


_SEAL_SCRIPT = """
import sys, time
import station.services.sync_service as sync_service
from station.services.context import open_station, login
from station.services.home import StationHome

point = sys.argv[2]
real_seal = sync_service.seal_batch


def seal_then_pause(*args, **kwargs):
    # the real sealing, with a pause where the parent is to kill us
    if point == "before-write":
        print("paused", flush=True)
        time.sleep(600)
    sealed = real_seal(*args, **kwargs)
    if point == "before-commit":  # the whole file is in the outbox, the database not yet told
        print("paused", flush=True)
        time.sleep(600)
    return sealed


sync_service.seal_batch = seal_then_pause
station = open_station(StationHome(sys.argv[1]), "correct horse battery")
actor = login(station, "admin", "adminpass1")
print("sealing", flush=True)
sync_service.seal_pending(station, actor)
print("sealed", flush=True)
"""


def _kill_while_sealing(home: Path, point: str, delay: float = 0.0) -> None:
    """Run a seal in a child process and SIGKILL it at `point` (or `delay` s into sealing)."""
    process = subprocess.Popen([sys.executable, "-c", _SEAL_SCRIPT, str(home), point],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "sealing"
    if point == "timed":
        time.sleep(delay)
    else:
        assert process.stdout.readline().strip() == "paused"
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()


def test_sync_killed_while_sealing_leaves_no_half_batch(make_station: Any) -> None:
    """SIGKILL during sealing leaves no half batch; the next seal takes every record once.

    Killed before the batch file is written, and after it is written but before the commit:
    nothing is sealed either time. Killed at a time (wherever it lands): either nothing or the
    whole batch is sealed, and every file in the outbox is a whole, signed batch."""
    from station.services.enrolment import enrol
    from station.services.forms import EnrolmentForm

    a = make_station()
    notes = "x" * 1900
    for i in range(150):
        enrol(a.station, a.actor, EnrolmentForm(
            given_name="Kill" + chr(97 + i % 26), family_name="Seal" + chr(97 + i // 26),
            sex="M", birth_year=1980, nationality="COD", consent_purposes="all", notes=notes))
    public = __import__("sync.batch", fromlist=["x"]).public_ed25519(a.station.signing_key)
    home = a.station.home.path
    for point in ("before-write", "before-commit"):
        _kill_while_sealing(home, point)
        summary = pending_summary(a.station)
        assert (summary["last_batch"], summary["pending"], summary["awaiting_ack"]) == (
            None, 150, 0), point
    # the file written before the commit was lost with the kill is a whole batch, unrecorded
    orphans = sorted(outbox(a.station).glob("*.batch"))
    assert len(orphans) == 1
    verify_batch(read_batch(orphans[0].read_bytes()), public)
    _kill_while_sealing(home, "timed", delay=0.3)
    after = pending_summary(a.station)
    assert (after["pending"], after["awaiting_ack"]) in {(150, 0), (0, 150)}
    assert after["last_batch"] == (None if after["pending"] else 1)
    for path in outbox(a.station).glob("*.batch"):
        verify_batch(read_batch(path.read_bytes()), public)  # every named file is whole
    sealed = seal_pending(a.station, a.actor)
    assert (sealed is None) == (after["pending"] == 0)  # sealed now only if the kill won
    summary = pending_summary(a.station)
    assert (summary["pending"], summary["awaiting_ack"], summary["last_batch"]) == (0, 150, 1)
    assert not list(outbox(a.station).glob(".partial-*"))
    batches = sorted(outbox(a.station).glob("*.batch"))
    assert len(batches) == 1  # batch 1, written over the orphan of the same sequence
    batch = read_batch(batches[0].read_bytes())
    verify_batch(batch, public)
    assert batch.manifest.counts["enrolments"] == 150
    with a.station.store.transaction() as repo:
        recorded = [b.sha256 for b in repo.list_batches()]
    assert recorded == [sha256_hex(batches[0].read_bytes())]
