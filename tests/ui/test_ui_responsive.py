"""The window never freezes: the event loop keeps turning while heavy work runs."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QTimer

from station.services import face_gallery
from station.services.cards_service import issue_card
from station.services.context import login
from station.services.enrolment import PhotoInput, enrol
from station.services.forms import EnrolmentForm
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, open_for_checks
from ui.tasks import TaskRunner

TICK_MS = 20


def test_event_loop_turns_during_dedup_and_card_render(qtbot, station_home, faces_dir: Path,
                                                       tmp_path: Path):
    """A 20 ms timer keeps firing while a 100,000-template search and a card render run in
    the workers: both run off the GUI thread, and the timer ticks between the first and the
    last search and while the card renders (work on the GUI thread, or holding it, would
    leave no tick inside those windows, however fast or slow the machine)."""
    import threading

    import biometrics

    station = open_for_checks(station_home)
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    number = enrol(station, admin, EnrolmentForm(
        given_name="Amina", family_name="Juma", sex="F", birth_year=1990, nationality="TZA",
        consent_purposes="all"), PhotoInput((faces_dir / "rose_leslie_2.jpg").read_bytes(),
                                            quality_override="test wall")).registration_number
    gallery = face_gallery.gallery(station)
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(100_000, 128)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) * 2
    keys = np.arange(10_000_000, 10_100_000, dtype=np.int64)
    gallery.index.add_many(keys, vectors)
    gallery.numbers.update({int(k): f"SYN-{k}" for k in keys})
    assert len(gallery.index) >= 100_000
    assert isinstance(gallery.index, biometrics.MatchIndex)

    runner = TaskRunner()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    results: dict[str, object] = {}
    windows: dict[str, tuple[float, float, int]] = {}  # task: (start, end, thread)

    def dedup() -> int:
        # at least 60 searches, and on until the timer has ticked 3 more times (a blocked
        # event loop never ticks: then all 3,000 run and the check below fails)
        began, seen, done = time.monotonic(), len(ticks), 0
        for query in vectors[:3000]:
            face_gallery.search(station, query)
            done += 1
            if done >= 60 and len(ticks) >= seen + 3:
                break
        windows["dedup"] = (began, time.monotonic(), threading.get_ident())
        return done

    def card() -> object:
        # the card, then reprints of it, until the timer has ticked 3 more times (at most
        # 40: a blocked event loop never ticks, and the check below fails)
        began, seen = time.monotonic(), len(ticks)
        issued = issue_card(station, admin, number, tmp_path / "card.pdf")
        for _ in range(40):
            if len(ticks) >= seen + 3:
                break
            issue_card(station, admin, number, tmp_path / "card.pdf")
        windows["card"] = (began, time.monotonic(), threading.get_ident())
        return issued

    try:
        timer.start()
        started = time.monotonic()
        failed = results.__setitem__
        runner.submit(dedup, done=lambda n: results.__setitem__("dedup", n),
                      failed=lambda m: failed("dedup", m))
        runner.submit(card, write=True, done=lambda card: results.__setitem__("card", card),
                      failed=lambda m: failed("card", m))
        qtbot.waitUntil(lambda: len(results) == 2, timeout=60000)
        elapsed = time.monotonic() - started
        timer.stop()
    finally:
        runner.shutdown()
        station.close()
    assert (tmp_path / "card.pdf").stat().st_size > 10_000
    assert isinstance(results["dedup"], int) and 60 <= results["dedup"] < 3000
    gui_thread = threading.get_ident()
    assert set(windows) == {"dedup", "card"}
    for task, (began, ended, thread) in windows.items():
        assert thread != gui_thread, f"{task} ran on the GUI thread"
        inside = [t for t in ticks if began < t < ended]
        assert inside, (f"no timer tick during the {task} ({ended - began:.3f} s): "
                        "the event loop was blocked")
    assert len([t for t in ticks if t <= started + elapsed]) >= 2
