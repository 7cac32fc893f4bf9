"""Sync when connected: the window notices its registry coming up and sends what waits,
without a click; it says when it tries next; a supervisor's pause stops it."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from station.domain.labels import local_time
from station.errors import PermissionDenied
from station.services import auto_sync
from station.services.auto_sync import Backoff, Phase
from station.services.context import login, open_station
from station.services.enrolment import enrol
from station.services.forms import EnrolmentForm
from station.services.trust import join_registry
from tests.sync.conftest import free_port
from tests.ui.conftest import PASSPHRASE
from tests.ui.registry_cli import RegistryServe, make_registry, registry_cli

FAST = Backoff(first=timedelta(seconds=1), longest=timedelta(seconds=4))


def _form(given: str) -> EnrolmentForm:
    return EnrolmentForm(given_name=given, family_name="Waiting", sex="F",
                         birth_date="1990-05-01", nationality="COD", consent_purposes="all")


def _enrol(station_home, *names: str) -> None:  # type: ignore[no-untyped-def]
    station = open_station(station_home, PASSPHRASE)
    try:
        admin = login(station, "admin", "adminpass1")
        for name in names:
            enrol(station, admin, _form(name))
    finally:
        station.close()


def _rows(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    rows = {}
    for row in range(page.auto_facts.rowCount()):
        label = page.auto_facts.itemAt(row, page.auto_facts.ItemRole.LabelRole)
        field = page.auto_facts.itemAt(row, page.auto_facts.ItemRole.FieldRole)
        if label is not None and field is not None:
            rows[label.widget().text()] = field.widget().text()
    return rows


def test_registry_down_then_up_sends_without_a_click_and_pause_holds(
        qtbot, tmp_path, postgres_url, window_factory, station_home):  # type: ignore[no-untyped-def]
    server = RegistryServe(tmp_path / "registry", free_port())
    home = make_registry(tmp_path, postgres_url, server.url)
    bundle = tmp_path / "DAR-01.bundle.json"
    registry_cli(home, "station", "add", "--site", "DAR", "--station", "01", "--out", bundle)
    station = open_station(station_home, PASSPHRASE)
    try:
        join_registry(station, login(station, "admin", "adminpass1"), bundle)
    finally:
        station.close()
    _enrol(station_home, "Asha", "Baraka")

    window = window_factory("super", "superpass1")
    driver = window.auto_sync
    driver.set_backoff(FAST)
    status = window.findChild(QLabel, "autoSyncState")
    page = window.workspace.open("sync")

    # Registry down: the window says so, with the next try in local time.
    qtbot.waitUntil(lambda: driver.machine.phase is Phase.UNREACHABLE
                    and not driver.machine.busy, timeout=60000)
    shown = status.text()
    match = re.search(r"registry not reachable, next try at (\d\d:\d\d)", shown)
    assert match, shown
    assert shown.startswith("Sync: 2 pending; ")
    assert "2 pending; registry not reachable" in window.windowTitle()
    rows = _rows(page)
    assert rows["Records waiting"] == "2" and rows["Last sync"] == "never"
    assert re.fullmatch(r"\d\d:\d\d", rows["Next check"])
    assert "T" not in shown and "+00:00" not in shown  # no ISO time for people

    # Registry up: the pending records go without anyone pressing a button.
    server.start()
    try:
        qtbot.waitUntil(lambda: driver.machine.phase is Phase.UP_TO_DATE
                        and driver.machine.waiting == 0, timeout=90000)
        assert registry_cli(home, "status")["enrolments"] == 2
        assert status.text() == "Sync: up to date"
        assert "up to date" in window.windowTitle()
        qtbot.waitUntil(lambda: _rows(page).get("Records waiting") == "0", timeout=10000)
        last = driver.machine.last_sync
        assert last is not None and _rows(page)["Last sync"] == local_time(last)

        # A supervisor pauses: new records stay on the station however often it could try.
        assert page.pause_button.isVisible() and page.pause_button.text() == "Pause sending"
        qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: driver.paused, timeout=20000)
        assert re.search(r"sending paused by super at \d\d:\d\d", status.text()), status.text()
        assert page.pause_button.text() == "Resume sending"
        assert not driver.timer.isActive()  # no turn is scheduled at all
        _enrol(station_home, "Chausiku")
        page.refresh()
        qtbot.waitUntil(lambda: page.summary.get("pending") == 1, timeout=20000)
        qtbot.wait(3 * 1000)  # three of the fast pauses go by
        assert registry_cli(home, "status")["enrolments"] == 2
        assert driver.machine.waiting == 1 and "1 pending; sending paused" in status.text()
        check = open_station(station_home, PASSPHRASE)
        try:
            paused = auto_sync.paused_state(check)
            assert paused is not None and paused[0] == "super"  # kept across a restart
        finally:
            check.close()

        qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: driver.machine.phase is Phase.UP_TO_DATE
                        and driver.machine.waiting == 0, timeout=90000)
        assert registry_cli(home, "status")["enrolments"] == 3
        window.session.runner.wait_idle()
    finally:
        server.stop()


def test_officer_cannot_pause_background_sending(qtbot, window_factory, station_home):  # type: ignore[no-untyped-def]
    """The Pause button is not offered to an officer, and the service refuses anyway."""
    window = window_factory("officer", "officerpass1")
    page = window.workspace.open("sync")
    assert not page.pause_button.isVisible()
    assert page.auto_box.isVisible()
    qtbot.waitUntil(lambda: window.auto_sync.machine.phase is Phase.NOT_JOINED, timeout=30000)
    assert "not joined to a registry yet" in window.findChild(QLabel, "autoSyncState").text()
    station = open_station(station_home, PASSPHRASE)
    try:
        with pytest.raises(PermissionDenied):
            auto_sync.pause(station, login(station, "officer", "officerpass1"))
        assert auto_sync.paused_state(station) is None
    finally:
        station.close()
