"""Registry import on PostgreSQL: idempotency, order, and every batch that must be refused."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from station.services.sync_service import export_batch, seal_pending
from sync.batch import MANIFEST_CONTEXT
from sync.encoding import canonical_json
from sync.registry import tables as t
from sync.registry.importer import import_bytes, import_file


def _count(registry: Any, table: Any) -> int:
    with registry.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _rewrite(data: bytes, change: Any, key: bytes | None = None) -> bytes:
    """Rebuild a batch with its manifest changed by `change`, re-signed with `key` if given."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    manifest = json.loads(entries["manifest.json"])
    change(manifest)
    entries["manifest.json"] = canonical_json(manifest)
    if key is not None:
        entries["manifest.sig"] = Ed25519PrivateKey.from_private_bytes(key).sign(
            MANIFEST_CONTEXT + entries["manifest.json"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, body in entries.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def test_sync_same_batch_three_times(registry: Any, make_station: Any) -> None:
    """A batch sent three times is stored once and answered with the same acknowledgement."""
    a = make_station()
    for i in range(3):
        a.enrol("Given" + chr(97 + i), "Family")
    data = seal_pending(a.station, a.actor).path.read_bytes()
    results = [import_bytes(registry, data) for _ in range(3)]
    assert [r.status for r in results] == ["imported", "already-imported", "already-imported"]
    assert [r.imported for r in results] == [3, 0, 0]
    assert results[0].acknowledgement == results[1].acknowledgement == results[2].acknowledgement
    assert _count(registry, t.enrolments) == 3 and _count(registry, t.batches) == 1


def test_sync_out_of_order_batches_report_gap(registry: Any, make_station: Any) -> None:
    """Batch 3 before 1 and 2 imports, reports the gap, and the gap closes when they arrive."""
    a = make_station()
    files = []
    for i in range(3):
        a.enrol("Person" + chr(97 + i), "Order")
        files.append(seal_pending(a.station, a.actor).path.read_bytes())
    third = import_bytes(registry, files[2])
    assert third.status == "imported" and third.gaps == [1, 2]
    assert import_bytes(registry, files[0]).gaps == [2]
    last = import_bytes(registry, files[1])
    assert last.status == "imported" and last.gaps == []
    assert _count(registry, t.enrolments) == 3
    assert registry.status()["stations"][0]["gaps"] == []


def test_sync_personal_data_encrypted_at_rest(registry: Any, make_station: Any) -> None:
    """Names never appear in clear in the registry database; statistics do."""
    a = make_station()
    a.enrol("Zawadi", "Mwakilema")
    import_bytes(registry, seal_pending(a.station, a.actor).path.read_bytes())
    with registry.engine.connect() as conn:
        row = conn.execute(select(t.enrolments)).one()
    assert b"Zawadi" not in bytes(row.sealed) and "Zawadi" not in repr(tuple(row))
    assert row.sex == "F" and row.nationality == "COD"


def _assert_rejected(registry: Any, data: bytes, reason: str) -> None:
    result = import_bytes(registry, data)
    assert (result.status, result.reason) == ("rejected", reason), result.message
    assert Path(str(result.quarantined)).read_bytes() == data
    assert _count(registry, t.enrolments) == 0 and _count(registry, t.batches) == 0


def test_sync_tampered_batch_rejected(registry: Any, make_station: Any) -> None:
    """A batch with an edited manifest is rejected as tampered, quarantined, nothing stored."""
    a = make_station()
    a.enrol("Asha", "Tamper")
    data = seal_pending(a.station, a.actor).path.read_bytes()
    _assert_rejected(registry, _rewrite(data, lambda m: m.update(created_at="2001-01-01")),
                     "tampered")


def test_sync_truncated_batch_rejected(registry: Any, make_station: Any) -> None:
    """A batch cut short in transit is rejected as truncated and quarantined."""
    a = make_station()
    a.enrol("Asha", "Short")
    data = seal_pending(a.station, a.actor).path.read_bytes()
    _assert_rejected(registry, data[: len(data) - 100], "truncated")


def test_sync_wrong_recipient_rejected(registry: Any, make_station: Any, tmp_path: Path,
                                       pg_url: str) -> None:
    """A batch sealed for another registry is refused before any decryption attempt."""
    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    a = make_station()
    a.enrol("Asha", "Elsewhere")
    data = seal_pending(a.station, a.actor).path.read_bytes()
    other = Registry(RegistryHome(tmp_path / "other"), registry.keys.__class__.generate(),
                     registry.engine, {})
    other.home.quarantine.mkdir(parents=True)
    result = import_bytes(other, data)
    assert (result.status, result.reason) == ("rejected", "wrong-recipient")
    assert _count(registry, t.enrolments) == 0


def test_sync_unknown_and_revoked_station_rejected(registry: Any, make_station: Any) -> None:
    """A batch from an unregistered station, or one revoked, is rejected with that reason."""
    a = make_station()
    a.enrol("Asha", "Revoked")
    data = seal_pending(a.station, a.actor).path.read_bytes()
    _assert_rejected(registry, _rewrite(data, lambda m: m.update(station_id="ZZZ-9"),
                                        a.station.signing_key), "unknown-station")
    registry.revoke_station("DAR-01", "stolen")
    _assert_rejected(registry, data, "revoked-station")


def test_sync_batch_replayed_by_other_station_rejected(registry: Any, make_station: Any) -> None:
    """Station B re-signing station A's batch as its own cannot get it imported."""
    a, b = make_station("DAR", "01"), make_station("ARU", "02")
    a.enrol("Asha", "Replay")
    data = seal_pending(a.station, a.actor).path.read_bytes()
    from sync.batch import public_ed25519
    from sync.encoding import key_id

    replayed = _rewrite(data, lambda m: m.update(
        station_id="ARU-02", signer=key_id(public_ed25519(b.station.signing_key))),
        b.station.signing_key)
    _assert_rejected(registry, replayed, "undecryptable")  # bound to DAR-01's HPKE info


def test_sync_rejected_file_moved_to_quarantine(registry: Any, make_station: Any,
                                                tmp_path: Path) -> None:
    """`registry import` of a bad file moves it to quarantine and records the reason."""
    a = make_station()
    a.enrol("Asha", "Usb")
    usb = tmp_path / "usb"
    usb.mkdir()
    batch = Path(export_batch(a.station, a.actor, usb)["batch"])
    batch.write_bytes(batch.read_bytes()[:-10])
    result = import_file(registry, batch)
    assert result.status == "rejected" and not batch.exists()
    assert Path(str(result.quarantined)).parent == registry.home.quarantine
    assert registry.status()["rejected"] == 1


def test_sync_card_events_of_another_station_rejected(registry: Any, make_station: Any) -> None:
    """A station cannot revoke or restore another station's card through its own batch."""
    from datetime import date

    from station.domain.model import Card
    from station.domain.regno import StationCode, make_card_number
    from station.domain.vocab import CardStatus

    a = make_station("DAR", "01")
    number = a.enrol("Asha", "Cardthief")
    foreign = make_card_number(StationCode("ARU", "02"), 1)
    with a.station.store.transaction() as repo:
        repo.add_card(Card(foreign, number, date(2026, 1, 1), date(2027, 1, 1),
                           CardStatus.REVOKED))
    data = seal_pending(a.station, a.actor).path.read_bytes()
    _assert_rejected(registry, data, "foreign-records")
    assert _count(registry, t.cards) == 0


def test_sync_compressed_batch_entries_are_refused(registry: Any, make_station: Any) -> None:
    """A batch whose entries are compressed (a possible zip bomb) is refused before inflating."""
    a = make_station()
    a.enrol("Asha", "Deflate")
    data = seal_pending(a.station, a.actor).path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, body in entries.items():
            archive.writestr(name, body)
    _assert_rejected(registry, buffer.getvalue(), "malformed")


def test_registry_schema_head_is_the_newest_migration(registry: Any) -> None:
    """The shortcut that skips Alembic on an up-to-date database names Alembic's own head, and
    a database behind it is still migrated."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import text

    from sync.registry.db import HEAD_REVISION, MIGRATIONS, is_current, migrate

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_heads() == [HEAD_REVISION]
    assert is_current(registry.engine)
    with registry.engine.begin() as conn:
        conn.execute(text("UPDATE registry_alembic_version SET version_num = 'r0003'"))
        conn.execute(text("DROP TABLE audit_anchor"))
        conn.execute(text("DROP TABLE audit_events"))
        conn.execute(text("DROP TABLE accounts"))
        conn.execute(text("DROP TABLE record_keys"))  # r0006
    assert not is_current(registry.engine)
    migrate(registry.engine)
    assert is_current(registry.engine)
    with registry.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM accounts")).scalar_one() == 0
