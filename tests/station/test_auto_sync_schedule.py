"""The schedule of "sync when connected", without Qt or network: a clock the test moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from station.services.auto_sync import AutoSync, Backoff, Outcome, Phase


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def test_first_check_is_due_at_once_and_success_checks_again_after_the_first_pause() -> None:
    clock = Clock()
    machine = AutoSync(clock)
    assert machine.due() and machine.begin()
    assert machine.busy and machine.phase is Phase.CHECKING
    assert not machine.begin()  # one turn at a time
    machine.finish(Outcome(Phase.UP_TO_DATE, sent=3, waiting=0, last_sync=clock()))
    assert (machine.phase, machine.waiting, machine.last_sent) == (Phase.UP_TO_DATE, 0, 3)
    assert machine.next_try == clock() + timedelta(seconds=30)
    clock.advance(29)
    assert not machine.due() and machine.seconds_to_next() == pytest.approx(1)
    clock.advance(1)
    assert machine.due()


def test_unreachable_backs_off_doubling_to_ten_minutes_and_success_resets() -> None:
    clock = Clock()
    machine = AutoSync(clock)
    pauses = []
    for _ in range(8):
        assert machine.begin()
        machine.finish(Outcome(Phase.UNREACHABLE, waiting=4))
        assert machine.next_try is not None
        pauses.append((machine.next_try - clock()).total_seconds())
        clock.now = machine.next_try
    assert pauses == [30, 60, 120, 240, 480, 600, 600, 600]
    assert machine.phase is Phase.UNREACHABLE and machine.waiting == 4
    assert machine.begin()
    machine.finish(Outcome(Phase.UP_TO_DATE, sent=4, waiting=0))
    assert machine.failures == 0 and machine.next_try == clock() + timedelta(seconds=30)


def test_a_refused_sync_backs_off_and_keeps_the_problem() -> None:
    clock = Clock()
    machine = AutoSync(clock, Backoff(first=timedelta(seconds=5), longest=timedelta(seconds=12)))
    machine.begin()
    machine.finish(Outcome(Phase.FAILED, waiting=2, problem="the station was revoked"))
    assert machine.problem == "the station was revoked"
    assert machine.next_try == clock() + timedelta(seconds=5)
    clock.now = machine.next_try
    machine.begin()
    machine.failed("unexpected problem")
    assert machine.next_try == clock() + timedelta(seconds=10)
    clock.now = machine.next_try
    machine.begin()
    machine.failed("unexpected problem")
    assert machine.next_try == clock() + timedelta(seconds=12)


def test_pause_stops_every_turn_until_resumed() -> None:
    clock = Clock()
    machine = AutoSync(clock)
    machine.pause("super")
    assert machine.paused and not machine.due() and machine.seconds_to_next() is None
    assert (machine.paused_by, machine.paused_at) == ("super", clock())
    clock.advance(3600)
    assert not machine.begin()
    machine.wake()  # "check now" does not override a pause
    assert not machine.due()
    machine.resume()
    assert machine.due() and machine.begin()


def test_a_pause_during_a_turn_holds_and_a_stored_pause_is_taken() -> None:
    clock = Clock()
    machine = AutoSync(clock)
    machine.begin()
    machine.pause("super")
    machine.finish(Outcome(Phase.UP_TO_DATE, sent=1, waiting=0))  # the turn ends after
    assert machine.paused and not machine.due() and machine.waiting == 0
    fresh = AutoSync(clock)  # a restart: the first turn finds the pause in the store
    fresh.begin()
    fresh.finish(Outcome(Phase.PAUSED, waiting=5, paused_by="super", paused_at=clock()))
    assert fresh.paused and fresh.paused_by == "super" and fresh.waiting == 5
    assert not fresh.due()


def test_manual_send_excludes_background_turns() -> None:
    clock = Clock()
    machine = AutoSync(clock)
    assert machine.begin_manual()
    assert not machine.begin() and not machine.begin_manual()
    machine.finish(Outcome(Phase.UP_TO_DATE, sent=2, waiting=0))
    assert not machine.busy and not machine.due()
    machine.wake()
    assert machine.due()


def test_not_joined_or_no_address_checks_again_soon_without_counting_failures() -> None:
    clock = Clock()
    machine = AutoSync(clock)
    for phase in (Phase.NOT_JOINED, Phase.NO_ADDRESS):
        machine.begin()
        machine.finish(Outcome(phase, waiting=1))
        assert machine.phase is phase and machine.failures == 0
        assert machine.next_try == clock() + timedelta(seconds=30)
        clock.now = machine.next_try
