"""Issue 16 item 13: the quarantine of refused uploads has a quota per station and in all
(FORMAT.md 5). Before, three 50 MiB refused uploads added 150 MiB to the registry's disk, and
any number more would have. A real uvicorn, authenticated uploads (the station's own key)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from sync.auth import sign_request
from sync.client import BATCHES_PATH
from sync.registry import importer
from sync.registry import tables as t
from tests.sync.conftest import ServerThread

MiB = 1024 * 1024


def _upload(url: str, unit: Any, body: bytes) -> dict[str, Any]:
    station_id = unit.station.code.station_id
    headers = sign_request(unit.station.signing_key, station_id, "POST", BATCHES_PATH, body)
    headers["Content-Type"] = "application/octet-stream"
    answer = httpx.post(url + BATCHES_PATH, content=body, headers=headers, timeout=120)
    assert answer.status_code == 422, answer.text
    return dict(answer.json())


def _quarantine(registry: Any) -> tuple[int, int]:
    files = [p for p in Path(registry.home.quarantine).iterdir() if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def _rejections(registry: Any) -> list[str]:
    with registry.engine.connect() as conn:
        return [row.quarantined_as for row in conn.execute(
            select(t.rejections).order_by(t.rejections.c.id))]


def test_three_50_mib_refused_uploads_stay_within_the_station_share(
        registry: Any, make_station: Any, server: ServerThread) -> None:
    unit = make_station()
    for n in range(3):
        body = bytes([n]) * (50 * MiB)  # authenticated, not a batch: refused and quarantined
        answer = _upload(server.url, unit, body)
        assert answer["status"] == "rejected"
    files, size = _quarantine(registry)
    assert size <= importer.QUARANTINE_PER_STATION[1], f"{size / MiB:.0f} MiB kept"
    assert (files, size) == (2, 100 * MiB)
    kept = _rejections(registry)
    assert len(kept) == 3  # every refusal is recorded, kept or not
    assert kept[2].startswith("not kept: station DAR-01's share of the quarantine is full")
    # the same bytes again are not written twice
    _upload(server.url, unit, bytes([0]) * (50 * MiB))
    assert _quarantine(registry) == (2, 100 * MiB)


def test_the_quarantine_total_holds_for_many_stations(
        registry: Any, make_station: Any, server: ServerThread,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "QUARANTINE_PER_STATION", (3, 10 * MiB))
    monkeypatch.setattr(importer, "QUARANTINE_TOTAL", (4, 20 * MiB))
    units = [make_station("DAR", "01"), make_station("ARU", "02")]
    for n in range(5):
        for unit in units:
            _upload(server.url, unit, bytes([n, len(unit.station.code.station_id)]) * 1000)
    files, _size = _quarantine(registry)
    assert files == 4  # 2 of each station, then the total is full for both
    notes = _rejections(registry)
    assert len(notes) == 10
    assert sum(note.startswith("not kept: the quarantine is full") for note in notes) == 6
