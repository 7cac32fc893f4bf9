"""Managing operator accounts on a real station store: unlock, lock, reset, deactivate, and
log-in refusals that say why."""

from __future__ import annotations

import re

import pytest

from station.domain.vocab import Role
from station.errors import ConflictError, LoginError, PermissionDenied, ValidationError
from station.services.context import Actor, Station, add_operator, login, refusal_text
from station.services.operators import (
    deactivate_operator,
    list_operators,
    lock_operator,
    reset_password,
    unlock_operator,
)
from station.services.records import verify_audit
from tests.station.conftest import reopen

ISO = re.compile(r"\d{4}-\d{2}-\d{2}T|\d{2}:\d{2}:\d{2}|UTC")


@pytest.fixture
def olga(station: Station, admin: Actor) -> str:
    add_operator(station, admin, "olga", Role.OFFICER, "officerpass1")
    return "olga"


def _audited(station: Station, action: str) -> list[tuple[str, str]]:
    with station.store.reading() as repo:
        return [(e.actor, e.subject) for e in repo.iter_audit() if e.action == action]


def _status(station: Station, admin: Actor, username: str) -> dict[str, object]:
    return next(row for row in list_operators(station, admin) if row["username"] == username)


def _lock_out(station: Station, username: str) -> list[LoginError]:
    failures = []
    for _ in range(station.config.lockout_attempts):
        with pytest.raises(LoginError) as caught:
            login(station, username, "wrong-password")
        failures.append(caught.value)
    return failures


def test_login_warns_before_the_last_try_and_the_lock_shows_a_local_time(
        station: Station, admin: Actor, olga: str) -> None:
    failures = _lock_out(station, olga)
    assert [f.tries_left for f in failures] == [4, 3, 2, 1, 0]
    # Issue 16: the person signing in is told the rule, never whether this name exists.
    assert all(str(f) == refusal_text(station.lockout_policy) for f in failures)
    assert "after 5 wrong passwords in a row an account locks for 15 minutes" in str(failures[3])
    with pytest.raises(LoginError) as caught:
        login(station, olga, "officerpass1")
    refusal = caught.value
    assert refusal.reason == "locked-after-failures" and refusal.locked_until is not None
    assert str(refusal) == refusal_text(station.lockout_policy)
    row = _status(station, admin, olga)
    assert row["state"] == "locked-after-failures" and not ISO.search(str(row["status"]))


def test_unlock_lets_a_locked_out_operator_in_at_once(station: Station, admin: Actor,
                                                       olga: str) -> None:
    _lock_out(station, olga)
    unlock_operator(station, admin, olga)
    assert login(station, olga, "officerpass1") == Actor(olga, Role.OFFICER)
    assert _audited(station, "operator-unlocked") == [("admin", olga)]


def test_lock_by_an_admin_is_told_apart_and_lasts_until_unlocked(station: Station,
                                                                 admin: Actor, olga: str) -> None:
    lock_operator(station, admin, olga)
    again = reopen(station)
    try:
        with pytest.raises(LoginError, match="locked or deactivated") as caught:
            login(again, olga, "officerpass1")
        assert caught.value.reason == "locked-by-admin" and caught.value.locked_until is None
        unlock_operator(again, admin, olga)
        assert login(again, olga, "officerpass1").username == olga
    finally:
        again.close()


def test_reset_password_follows_the_password_rules_and_replaces_the_old(
        station: Station, admin: Actor, olga: str) -> None:
    with pytest.raises(ValidationError, match="at least 8") as caught:
        reset_password(station, admin, olga, "short")
    assert caught.value.field == "password"
    _lock_out(station, olga)
    reset_password(station, admin, olga, "a new password")
    assert login(station, olga, "a new password").username == olga
    with pytest.raises(LoginError, match="wrong password"):
        login(station, olga, "officerpass1")
    assert _audited(station, "operator-password-reset") == [("admin", olga)]


def test_deactivated_operator_is_told_so_and_cannot_be_unlocked(station: Station,
                                                                admin: Actor, olga: str) -> None:
    deactivate_operator(station, admin, olga)
    with pytest.raises(LoginError, match="deactivated") as caught:
        login(station, olga, "officerpass1")
    assert caught.value.reason == "deactivated"
    with pytest.raises(ConflictError, match="deactivated"):
        unlock_operator(station, admin, olga)
    assert _status(station, admin, olga)["status"] == "deactivated"
    assert _audited(station, "operator-deactivated") == [("admin", olga)]
    assert verify_audit(station, admin).intact


def test_an_admin_keeps_their_own_account_and_the_last_admin(station: Station,
                                                              admin: Actor) -> None:
    with pytest.raises(ConflictError, match="their own account"):
        deactivate_operator(station, admin, admin.username)
    add_operator(station, admin, "ada", Role.ADMIN, "adminpass2")
    ada = login(station, "ada", "adminpass2")
    deactivate_operator(station, ada, admin.username)
    with pytest.raises(ConflictError, match="last active administrator"):
        deactivate_operator(station, admin, "ada")  # a session opened before the deactivation
    assert login(station, "ada", "adminpass2").role is Role.ADMIN


def test_only_admins_manage_accounts(station: Station, admin: Actor, olga: str) -> None:
    add_operator(station, admin, "sam", Role.SUPERVISOR, "superpass1")
    supervisor = login(station, "sam", "superpass1")
    for call in (lambda: unlock_operator(station, supervisor, olga),
                 lambda: lock_operator(station, supervisor, olga),
                 lambda: reset_password(station, supervisor, olga, "whatever12"),
                 lambda: deactivate_operator(station, supervisor, olga)):
        with pytest.raises(PermissionDenied):
            call()
    assert login(station, olga, "officerpass1").username == olga
