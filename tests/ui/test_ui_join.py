"""Joining a registry in the window: with the bundle file in the set-up assistant, or with a
join request written on the Sync page; then records reach a real `registry serve`."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from station.services.auto_sync import Backoff, Phase
from station.services.context import login, open_station
from station.services.enrolment import enrol
from station.services.forms import EnrolmentForm
from station.services.home import StationHome
from station.services.trust import is_joined
from tests.sync.conftest import free_port
from tests.ui.registry_cli import RegistryServe, choose_in_dialog, make_registry, registry_cli
from ui.app import build_window

PASSPHRASE = "a long enough passphrase"


def _enrol(home: Path, given: str, password: str = "adminpass1") -> str:
    """An enrolment saved through the service, in a second view of the station's store."""
    station = open_station(StationHome(home), PASSPHRASE)
    try:
        actor = login(station, "admin", password)
        form = EnrolmentForm(given_name=given, family_name="Joined", sex="F",
                             birth_date="1990-05-01", nationality="COD", consent_purposes="all")
        return enrol(station, actor, form).registration_number
    finally:
        station.close()


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    QTest.keyClicks(edit, text)


def test_assistant_joins_with_the_bundle_then_send_now_reaches_the_registry(
        qtbot, tmp_path, postgres_url, monkeypatch):  # type: ignore[no-untyped-def]
    """First start: the assistant takes the bundle from the stick (site and station filled in
    from it), seals its key, tells the officer to delete the file; "Send now" then sends an
    enrolment to a real `registry serve` and the window says how many records went."""
    server = RegistryServe(tmp_path / "registry", free_port())
    home = make_registry(tmp_path, postgres_url, server.url)
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = usb / "DAR-01.bundle.json"
    added = registry_cli(home, "station", "add", "--site", "DAR", "--station", "01",
                         "--out", bundle)
    assert added["holds_private_key"] is True
    server.start()
    try:
        window = build_window(tmp_path / "station")
        qtbot.addWidget(window)
        window.show()
        setup = window.setup
        assert window.screens.currentWidget() is setup
        qtbot.mouseClick(setup.choose_button, Qt.MouseButton.LeftButton)
        choose_in_dialog(qtbot, setup.dialog, bundle)
        qtbot.waitUntil(lambda: setup.site.text() == "DAR", timeout=20000)
        assert setup.station_code.text() == "01" and setup.bundle.text() == str(bundle)
        assert "DAR-01" in setup.banner.text()
        for edit in (setup.passphrase, setup.passphrase_again):
            _type(qtbot, edit, PASSPHRASE)
        for edit in (setup.password, setup.password_again):
            _type(qtbot, edit, "adminpass1")
        qtbot.mouseClick(setup.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: setup.banner.kind == "ok", timeout=60000)
        said = setup.banner.text()
        assert "DAR-01 is set up and has joined the registry" in said
        assert "Delete the file DAR-01.bundle.json from the USB stick" in said
        assert setup.button.text() == "Continue to login"
        qtbot.mouseClick(setup.delete_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not bundle.exists(), timeout=10000)
        qtbot.waitUntil(lambda: "was deleted" in setup.banner.text(), timeout=10000)
        qtbot.mouseClick(setup.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen,
                        timeout=10000)
        # The key came in the file and is sealed in the store: the file holds no secret now,
        # and trust.json never holds the private key.
        assert "station_key" not in (tmp_path / "station" / "trust.json").read_text()

        _type(qtbot, window.login_screen.username, "admin")
        _type(qtbot, window.login_screen.password, "adminpass1")
        qtbot.mouseClick(window.login_screen.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.ready, timeout=20000)
        driver = window.auto_sync
        driver.set_backoff(Backoff(first=timedelta(minutes=10)))  # "Send now" does the work
        qtbot.waitUntil(lambda: driver.machine is not None
                        and driver.machine.phase is Phase.UP_TO_DATE
                        and not driver.machine.busy, timeout=60000)

        number = _enrol(tmp_path / "station", "Asha")
        page = window.workspace.open("sync")
        qtbot.waitUntil(lambda: page.summary.get("pending") == 1, timeout=20000)
        assert "has joined its registry" in page.join_state.text()
        assert page.url.text() == server.url
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.banner.kind in ("ok", "error"), timeout=90000)
        assert page.banner.text() == ("Sent: the registry acknowledged 1 record(s); "
                                      "0 still waiting.")
        qtbot.waitUntil(lambda: page.summary.get("acknowledged") == 1, timeout=20000)
        assert "up to date" in window.windowTitle()
        window.session.runner.wait_idle()
    finally:
        server.stop()
    status = registry_cli(home, "status")
    assert status["enrolments"] == 1
    assert number.startswith("DAR")


def test_join_request_written_in_the_window_certified_by_the_registry_cli(
        qtbot, tmp_path, postgres_url, window_factory, station_home):  # type: ignore[no-untyped-def]
    """The public-key way: the Sync page writes a request (no private key in it), the
    registry's `station add --request` certifies it, the page loads the bundle back; then a
    batch exported to the stick is named in the message."""
    home = make_registry(tmp_path, postgres_url, f"http://127.0.0.1:{free_port()}")
    usb = tmp_path / "usb"
    usb.mkdir()
    window = window_factory()
    window.auto_sync.set_backoff(Backoff(first=timedelta(minutes=10)))
    page = window.workspace.open("sync")
    qtbot.waitUntil(lambda: page.joined is False, timeout=20000)
    assert "has not joined a registry yet" in page.join_state.text()
    assert page.join_button.isVisible() and page.request_button.isVisible()

    request = usb / "DAR-01.request.json"
    qtbot.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None
    assert Path(page.dialog.selectedFiles()[0]).name == "DAR-01.request.json"  # suggested
    choose_in_dialog(qtbot, page.dialog, request)
    qtbot.waitUntil(lambda: page.banner.kind in ("ok", "error"), timeout=20000)
    said = page.banner.text()
    assert f"Join request written to {request}." in said, said
    text = request.read_text()
    assert "private" not in text and "station_key" not in text

    bundle = usb / "DAR-01.bundle.json"
    added = registry_cli(home, "station", "add", "--request", request, "--out", bundle)
    assert added["holds_private_key"] is False
    key_id = added["station_key_id"]
    fingerprint = " ".join(key_id[i:i + 4] for i in range(0, len(key_id), 4))
    assert fingerprint in said  # what staff compare by eye

    page.banner.hide()
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    choose_in_dialog(qtbot, page.dialog, bundle)
    qtbot.waitUntil(lambda: "joined" in page.banner.text() or page.banner.kind == "error",
                    timeout=30000)
    assert page.banner.text() == ("Station DAR-01 has joined the registry; records can be "
                                  "sent now.")
    assert not page.delete_button.isVisible()  # no key travelled: nothing to delete
    qtbot.waitUntil(lambda: page.joined is True, timeout=20000)
    assert not page.request_button.isEnabled()
    assert bundle.exists()

    station = open_station(station_home, "correct horse battery")
    try:
        assert is_joined(station)
        admin = login(station, "admin", "adminpass1")
        enrol(station, admin, EnrolmentForm(given_name="Neema", family_name="Request",
                                            sex="F", birth_date="1999-01-01",
                                            nationality="TZA", consent_purposes="all"))
    finally:
        station.close()
    page.banner.hide()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    choose_in_dialog(qtbot, page.dialog, usb)
    qtbot.waitUntil(lambda: page.banner.text() != "", timeout=30000)
    written = sorted(p.name for p in usb.iterdir() if p.name not in (request.name,
                                                                      bundle.name))
    assert len(written) == 1
    assert page.banner.text() == f"1 batch file(s) written to {usb}: {written[0]}"
    imported = registry_cli(home, "import", usb / written[0])
    assert imported["status"] == "imported"
    assert json.loads(bundle.read_text())["holds_private_key"] is False
