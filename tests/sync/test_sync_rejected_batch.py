"""One over-long field no longer blocks a station's sync for ever: the station refuses it where
it is typed, and a batch the registry refused (signed refusal) is superseded after a correction,
with the chain still verifiable. Real station, real registry on PostgreSQL, real uvicorn."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, update

from station.errors import StationError, ValidationError
from station.services.subject_access import correct_record
from station.services.sync_service import pending_summary, sync_now
from station.store import tables as st
from sync.registry import tables as t
from sync.registry.importer import import_bytes


def _sneak_region(unit: Any, number: str, region: str) -> None:
    """A record an older station accepted before it checked the limit."""
    with unit.station.store.transaction() as repo:
        repo.connection.execute(update(st.enrolments).where(
            st.enrolments.c.registration_number == number).values(region=region))


def _seal_as_older_station(unit: Any) -> Any:
    """Seal what is pending as a station version before the limits did (no check before
    sealing): the same calls `seal_pending` makes, less the check."""
    from station.domain.model import Batch
    from station.services import trust
    from station.services.sync_service import _enrolment_record, outbox
    from station.store import sync_queries as q
    from sync.batch import GENESIS_HASH, BatchPayload, seal_batch

    station = unit.station
    bundle = trust.load_bundle(station)
    with station.store.transaction() as repo:
        pending = q.pending_enrolments(repo, 100)
        payload = BatchPayload()
        for number, band in pending:
            record, media = _enrolment_record(repo, number, band)
            payload.enrolments.append(record)
            payload.media.append(media)
        last = q.last_batch(repo)
        sequence = (last.sequence if last else 0) + 1
        sealed = seal_batch(payload, station_id=station.code.station_id, sequence=sequence,
                            previous_hash=last.sha256 if last else GENESIS_HASH,
                            created_at=station.now(), signing_key=trust.signing_key(station),
                            recipient_public=bundle.registry_x25519_public_key,
                            out_dir=outbox(station))
        q.mark_sealed(repo, sequence, [n for n, _ in pending], [], [])
        repo.add_batch(Batch(sequence, station.now(), payload.record_count, sealed.sha256,
                             sealed.manifest.previous_hash, sealed.path.name))
    return sealed


def test_station_holds_back_a_record_the_registry_would_refuse(registry: Any,
                                                               make_station: Any,
                                                               server: Any) -> None:
    """The station checks every record against the registry's schema before sealing: one bad
    record stays pending, named, and blocks nothing else."""
    a = make_station()
    good = a.enrol("Asha", "Good")
    bad = a.enrol("Baraka", "Bad")
    _sneak_region(a, bad, "R" * 93)
    result = sync_now(a.station, a.actor, server.url, attempts=1)
    assert result["held_back"] == [f"record {bad}: the region is longer than 80 characters"]
    assert result["records_acknowledged"] == 1 and result["pending"] == 1
    with registry.engine.connect() as conn:
        assert conn.execute(select(t.enrolments.c.registration_number)).scalars().all() == [good]
    correct_record(a.station, a.actor, bad, {"region": "Kigoma"})
    result = sync_now(a.station, a.actor, server.url, attempts=1)
    assert result["held_back"] == [] and result["pending"] == 0
    assert result["records_acknowledged"] == 1


def test_station_refuses_over_long_region_where_it_is_typed(make_station: Any) -> None:
    from station.services.enrolment import enrol
    from station.services.forms import EnrolmentForm

    a = make_station()
    form = EnrolmentForm(given_name="Asha", family_name="Long", sex="F", birth_date="1990-05-01",
                         nationality="COD", consent_purposes="all", region="R" * 93)
    with pytest.raises(ValidationError) as caught:
        enrol(a.station, a.actor, form)
    assert str(caught.value) == "the region is longer than 80 characters"
    assert caught.value.field == "region"
    number = a.enrol("Asha", "Short")
    with pytest.raises(ValidationError, match="the district is longer than 80 characters"):
        correct_record(a.station, a.actor, number, {"district": "D" * 81})
    with pytest.raises(ValidationError, match="the notes contains control characters"):
        correct_record(a.station, a.actor, number, {"notes": "a\x00b"})


def test_refused_batch_is_superseded_after_correction(registry: Any, make_station: Any,
                                                      server: Any) -> None:
    a = make_station()
    first = a.enrol("Asha", "Before")
    number = a.enrol("Baraka", "Region")
    _sneak_region(a, number, "R" * 93)
    _seal_as_older_station(a)  # the batch that used to block the station for ever

    with pytest.raises(StationError) as caught:
        sync_now(a.station, a.actor, server.url, attempts=1)
    assert str(caught.value) == (
        f"The registry refused batch 1: record {number}: the region is longer than 80 "
        "characters. Correct the record; the next sync sends a new batch.")
    assert "RRRR" not in str(caught.value)
    with registry.engine.connect() as conn:
        assert conn.execute(select(t.batches)).first() is None
        assert conn.execute(select(t.enrolments)).first() is None
        refused = conn.execute(select(t.rejections.c.reason, t.rejections.c.sequence)).all()
    assert [tuple(r) for r in refused] == [("invalid-record", 1)]
    # the refused batch is gone from the station; its records wait for the next batch
    summary = pending_summary(a.station)
    assert summary["pending"] == 2 and summary["batches_awaiting_ack"] == []
    assert summary["last_batch"] is None
    assert not list((a.station.home.path / "outbox").glob("*.batch"))

    correct_record(a.station, a.actor, number, {"region": "Kigoma"})
    result = sync_now(a.station, a.actor, server.url, attempts=1)
    assert result["batches_sent"] == 1 and result["records_acknowledged"] == 2
    with registry.engine.connect() as conn:
        rows = conn.execute(select(t.batches.c.sequence, t.batches.c.previous_hash)).all()
        regions = dict(conn.execute(select(t.enrolments.c.registration_number,
                                           t.enrolments.c.region)).all())
    assert [r.sequence for r in rows] == [1] and rows[0].previous_hash == "0" * 64
    assert regions == {first: "", number: "Kigoma"}

    # the chain goes on from the new batch 1 and the registry verifies it
    a.enrol("Chausiku", "After")
    assert sync_now(a.station, a.actor, server.url, attempts=1)["batches_sent"] == 1
    with registry.engine.connect() as conn:
        chain = conn.execute(select(t.batches.c.sequence, t.batches.c.sha256,
                                    t.batches.c.previous_hash)
                             .order_by(t.batches.c.sequence)).all()
    assert [c.sequence for c in chain] == [1, 2] and chain[1].previous_hash == chain[0].sha256
    assert registry.status()["stations"][0]["gaps"] == []


def test_the_refused_batch_sent_again_is_refused_for_good(registry: Any, make_station: Any,
                                                          server: Any) -> None:
    """The refused file (say, an exported copy) can never be imported after its replacement:
    same sequence, another hash, "conflict"."""
    a = make_station()
    number = a.enrol("Asha", "Copy")
    _sneak_region(a, number, "R" * 93)
    old_bytes = _seal_as_older_station(a).path.read_bytes()
    with pytest.raises(StationError, match="Correct the record"):
        sync_now(a.station, a.actor, server.url, attempts=1)
    correct_record(a.station, a.actor, number, {"region": "Kigoma"})
    sync_now(a.station, a.actor, server.url, attempts=1)
    again = import_bytes(registry, old_bytes)
    assert (again.status, again.reason) == ("rejected", "conflict")


def test_unsigned_refusal_keeps_the_batch(registry: Any, make_station: Any) -> None:
    """A 422 without the registry's signed refusal (or with a forged one) changes nothing: the
    batch stays sealed and is sent again."""
    from station.services.refusals import handle_refusal
    from station.services.sync_service import seal_pending
    from station.store import sync_queries as q
    from sync.errors import BatchRejected
    from sync.refusal import Refusal

    a = make_station()
    a.enrol("Asha", "Forged")
    sealed = seal_pending(a.station, a.actor)
    assert sealed is not None
    with a.station.store.reading() as repo:
        batch = q.get_batch(repo, 1)
    assert batch is not None
    bare = BatchRejected("record X: the region is longer than 80 characters",
                         reason="invalid-record")
    refused = handle_refusal(a.station, a.actor, batch, bare)
    message = str(refused)
    assert message.endswith("The batch is kept and sent again at the next sync.")
    assert (refused.result["outcome"], refused.result["superseded"]) == ("unsigned", False)

    forged = BatchRejected("nope", reason="invalid-record")
    fake_key = bytes(range(32))  # not the registry's service key
    forged.answer = {"refusal": Refusal.sign(
        fake_key, station_id="DAR-01", sequence=1, batch_sha256=batch.sha256,
        reason="invalid-record", message="nope", refused_at="2026-01-01T00:00:00+00:00"
    ).to_dict(), "trust": registry.trust_update()}
    refused = handle_refusal(a.station, a.actor, batch, forged)
    message = str(refused)
    assert "could not be verified" in message and "kept" in message
    assert refused.result["outcome"] == "unverified"
    with a.station.store.reading() as repo:
        assert [b.sequence for b in q.unacknowledged_batches(repo)] == [1]
    assert sealed.path.exists()
