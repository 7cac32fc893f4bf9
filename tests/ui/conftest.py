"""UI test fixtures: offscreen Qt, a real station in tmp_path, a window logged in."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("STATION_SCRYPT_N", "1024")

from collections.abc import Iterator
from pathlib import Path

import pytest

from station.domain.vocab import Role
from station.services.context import (
    Station,
    add_operator,
    init_station,
    login,
    open_station,
)
from station.services.home import StationHome

PASSPHRASE = "correct horse battery"
ADMIN, ADMIN_PASSWORD = "admin", "adminpass1"


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """A test that switches the window's language leaves the next test in English (the
    catalogues are process-wide, like the QApplication)."""
    yield
    from PySide6.QtWidgets import QApplication

    from ui.language import Languages

    app = QApplication.instance()
    if app is not None:
        Languages.of(app).switch("en")


@pytest.fixture
def station_home(tmp_path: Path) -> Iterator[StationHome]:
    """An initialised station home (fast KDF) with an officer and a supervisor."""
    home = StationHome(tmp_path / "home")
    station = init_station(home, "DAR", "01", PASSPHRASE, ADMIN, ADMIN_PASSWORD, scrypt_n=1024)
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    add_operator(station, admin, "officer", Role.OFFICER, "officerpass1")
    add_operator(station, admin, "super", Role.SUPERVISOR, "superpass1")
    station.close()
    yield home


@pytest.fixture
def window_factory(qtbot, station_home: StationHome):  # type: ignore[no-untyped-def]
    """Build a window for the home, unlock it and log `user` in through the real screens."""
    made = []

    def make(user: str = ADMIN, password: str = ADMIN_PASSWORD, *, synchronous: bool = False,
             language: str = ""):
        from ui.app import build_window

        window = build_window(station_home.path, synchronous=synchronous, language=language)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.button.click()
        qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen,
                        timeout=15000)
        window.login_screen.username.setText(user)
        window.login_screen.password.setText(password)
        window.login_screen.button.click()
        qtbot.waitUntil(lambda: window.ready, timeout=15000)
        return window

    yield make
    for window in made:
        window.session.runner.wait_idle()


def open_for_checks(home: StationHome) -> Station:
    """A second, independent view of the store, for assertions on what was saved."""
    return open_station(home, PASSPHRASE)
