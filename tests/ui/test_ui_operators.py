"""Sessions and operators: sign out, honest lock messages, the warning before the try that
locks an account, and the admin's unlock / password reset / deactivation (each confirmed)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.domain.model import AccountState
from station.errors import AuthError
from station.services.context import login
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, open_for_checks
from ui.confirm import ConfirmDialog

WAIT = 30000


def _type_login(qtbot, window, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    screen = window.login_screen
    screen.username.clear()
    screen.password.clear()
    screen.banner.hide()
    qtbot.keyClicks(screen.username, user)
    qtbot.keyClicks(screen.password, password)
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ready or (screen.banner.text() and screen.button.isEnabled()),
                    timeout=WAIT)


def _confirm(qtbot, page) -> ConfirmDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConfirmDialog),
                    timeout=WAIT)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConfirmDialog) and dialog is page.confirmation
    return dialog


def _account(home, user: str):  # type: ignore[no-untyped-def]
    station = open_for_checks(home)
    try:
        with station.store.transaction() as repo:
            operator = repo.find_operator(user)
        return operator, station.now()
    finally:
        station.close()


def test_sign_out_leaves_nothing_of_the_session(qtbot, window_factory):
    window = window_factory()
    records = window.workspace.open("records")
    qtbot.keyClicks(records.query, "Amina Juma")
    assert window.workspace.operator.text() == "Signed in: admin (Administrator)"
    assert window.workspace.sign_out_button.isVisible()
    qtbot.mouseClick(window.workspace.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen,
                    timeout=WAIT)
    assert window.session.actor is None
    assert window.login_screen.banner.text() == "You signed out. The next operator can log in."
    assert window.login_screen.username.text() == "" and window.login_screen.password.text() == ""
    assert window.workspace.nav.count() == 0 and window.workspace.pages.count() == 0
    assert window.workspace.operator.text() == ""
    assert "signed out" in window.windowTitle()
    # The next operator (even the same one) starts on fresh pages; an officer on enrolment.
    _type_login(qtbot, window, "officer", "officerpass1")
    assert window.ready
    current = window.workspace.pages.currentWidget()
    assert current is window.workspace.page("enrol")
    assert window.workspace.page("records").query.text() == ""
    window.session.runner.wait_idle()
    station = open_for_checks(window.session.home)
    try:
        with station.store.transaction() as repo:
            actions = [(e.actor, e.action) for e in repo.iter_audit()]
    finally:
        station.close()
    assert ("admin", "logout") in actions


def test_lock_messages_say_who_locked(qtbot, window_factory):
    window = window_factory()
    records = window.workspace.open("records")
    qtbot.keyClicks(records.query, "Baraka")
    qtbot.mouseClick(window.workspace.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen,
                    timeout=WAIT)
    assert window.login_screen.banner.text() == (
        "The station is locked. Log in to continue where you left off.")
    assert "locked" in window.windowTitle()
    _type_login(qtbot, window, ADMIN, ADMIN_PASSWORD)
    assert window.ready and window.workspace.page("records").query.text() == "Baraka"
    window.session.idle_timer.start(50)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen,
                    timeout=WAIT)
    minutes = round(window.session.idle_minutes())
    assert window.login_screen.banner.text() == (
        f"The station locked itself after {minutes} minutes without use. Log in to continue "
        "where you left off.")


def test_warning_before_the_try_that_locks_the_account(qtbot, window_factory, station_home):
    window = window_factory()
    qtbot.mouseClick(window.workspace.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen,
                    timeout=WAIT)
    banner = window.login_screen.banner
    # Issue 16: every refusal reads the same (no telling whether the name exists) and names
    # the lock-out rule; the admin page shows the lock.
    for attempt in range(1, 5):
        _type_login(qtbot, window, "officer", "wrong password")
        assert "wrong password" in banner.text()
        assert "after 5 wrong passwords in a row an account locks for 15 minutes" in \
            banner.text()
        # Issue 12: a warning before the try that locks (the fourth of five).
        assert ("one more wrong password for this name locks the account for 15 minutes"
                in banner.text()) == (attempt == 4)
    # The same warning for a name that does not exist: it tells nothing about who exists.
    for attempt in range(1, 5):
        _type_login(qtbot, window, "nobody-here", "wrong password")
        assert ("one more wrong password for this name locks" in banner.text()) == \
            (attempt == 4)
    _type_login(qtbot, window, "officer", "wrong password")
    assert "locked" in banner.text()
    assert "+00:00" not in banner.text() and "UTC" not in banner.text()
    operator, now = _account(station_home, "officer")
    assert operator.state(now) is AccountState.LOCKED_AFTER_FAILURES


def test_admin_unlocks_resets_password_and_deactivates(qtbot, window_factory, station_home):
    station = open_for_checks(station_home)
    try:
        for _ in range(station.config.lockout_attempts):
            with contextlib.suppress(AuthError):
                login(station, "officer", "not the password")
    finally:
        station.close()
    window = window_factory()
    page = window.workspace.open("admin")
    qtbot.waitUntil(lambda: page.operators.rowCount() == 3, timeout=WAIT)
    rows = {page.operators.item(r, 0).text(): (page.operators.item(r, 1).text(),
                                               page.operators.item(r, 2).text())
            for r in range(3)}
    assert rows["admin"] == ("Administrator", "Active")
    assert rows["super"] == ("Supervisor", "Active")
    assert rows["officer"][0] == "Registration officer"
    assert rows["officer"][1].startswith("Locked after wrong passwords, until ")
    assert "T" not in rows["officer"][1].split("until ")[1]  # a local clock, not ISO
    audit = [[page.audit.item(r, c).text() for c in range(page.audit.columnCount())]
             for r in range(page.audit.rowCount())]
    added = next(row for row in audit if row[3] == "Operator added" and row[4] == "officer")
    assert added[5] == "role: Registration officer"
    assert "+00:00" not in added[1] and "T" not in added[1]

    def choose(user: str) -> None:
        row = next(r for r in range(page.operators.rowCount())
                   if page.operators.item(r, 0).text() == user)
        rect = page.operators.visualItemRect(page.operators.item(row, 0))
        qtbot.mouseClick(page.operators.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        qtbot.waitUntil(lambda: page.chosen_user() == user, timeout=WAIT)

    # Unlock, confirmed.
    choose("officer")
    assert page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    dialog = _confirm(qtbot, page)
    assert "officer" in dialog.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "unlocked" in page.banner.text(), timeout=WAIT)
    assert page.banner.text() == "Account officer unlocked: they can log in again."
    qtbot.waitUntil(lambda: not page.unlock_button.isEnabled(), timeout=WAIT)
    operator, now = _account(station_home, "officer")
    assert operator.state(now) is AccountState.USABLE

    # Reset: two different typings are refused before anything is asked.
    qtbot.keyClicks(page.reset_password, "newofficer1")
    qtbot.keyClicks(page.reset_again, "newofficer2")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == "error" and "differ" in page.banner.text()
    assert page.confirmation is None or not page.confirmation.isVisible()
    qtbot.keyClicks(page.reset_again, "newofficer1")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = _confirm(qtbot, page)
    assert "Reset the password of officer?" in dialog.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "reset" in page.banner.text(), timeout=WAIT)
    assert page.reset_password.text() == "" and page.reset_again.text() == ""
    window.session.runner.wait_idle()
    station = open_for_checks(station_home)
    try:
        assert login(station, "officer", "newofficer1").username == "officer"
    finally:
        station.close()

    # Deactivate: cancelled first (nothing changes), then confirmed.
    choose("super")
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    dialog = _confirm(qtbot, page)
    assert "super" in dialog.text() and "cannot be undone" in dialog.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    window.session.runner.wait_idle()
    assert _account(station_home, "super")[0].active
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    dialog = _confirm(qtbot, page)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "deactivated" in page.banner.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: any(page.operators.item(r, 2).text() == "Deactivated"
                                for r in range(page.operators.rowCount())), timeout=WAIT)
    assert not _account(station_home, "super")[0].active
    assert not page.deactivate_button.isEnabled() and not page.reset_button.isEnabled()
