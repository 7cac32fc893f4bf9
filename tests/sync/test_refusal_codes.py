"""A refusal and a held-back record carry codes beside their English: the registry's reason
code and what became of the batch, the record's number, field and problem. The window says
them from the codes (ui/station_alerts.py), so rewording the English changes nothing there."""

from __future__ import annotations

from typing import Any

from station.services import auto_sync
from station.services.auto_sync import Phase
from station.services.sync_service import HELD_BACK_CODE, held_back
from tests.sync.test_sync_rejected_batch import _seal_as_older_station, _sneak_region


def test_a_refusal_over_the_network_comes_with_its_codes(registry: Any, make_station: Any,
                                                        server: Any) -> None:
    """"Send now" against a real registry that refuses the batch: the outcome keeps the
    English the command line prints and adds the codes; the record comes back held, with its
    number, field and problem (tests/ui/test_ui_sync_refusal.py: the window says them)."""
    a = make_station()
    a.enrol("Asha", "Before")
    number = a.enrol("Baraka", "Region")
    _sneak_region(a, number, "R" * 93)
    _seal_as_older_station(a)
    outcome = auto_sync.send(a.station, a.actor, server.url, attempts=1)
    assert outcome.phase is Phase.FAILED
    assert outcome.problem == (
        f"The registry refused batch 1: record {number}: the region is longer than 80 "
        "characters. Correct the record; the next sync sends a new batch.")
    assert outcome.refusal == {"sequence": 1, "reason": "invalid-record", "superseded": True,
                               "outcome": "superseded", "via": "upload", "later": None}
    held = held_back(a.station)
    assert held == [f"record {number}: the region is longer than 80 characters"]
    assert held[0].code == HELD_BACK_CODE
    assert held[0].data == {"kind": "enrolment", "record": number, "field": "region",
                            "problem": "too-long", "limit": "80"}
    machine = auto_sync.AutoSync(clock=a.station.now)
    machine.finish(outcome)
    assert machine.refusal == outcome.refusal  # the Sync page's "Problem" row says it
