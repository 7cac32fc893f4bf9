"""Operator accounts: lock-out, honest refusals, and the admin services on memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from station.domain.model import AccountState, LockoutPolicy, Operator, local_clock
from station.domain.vocab import Role
from station.errors import ConflictError, LoginError, NotFound, PermissionDenied
from station.services.context import Actor, settle_login
from station.services.operators import (
    deactivate_in,
    lock_in,
    operator_row,
    reset_password_in,
    unlock_in,
)
from tests.fast.memory_repository import MemoryRepository

NOW = datetime(2026, 12, 1, 12, 0, 30, 123456, tzinfo=UTC)
POLICY = LockoutPolicy(attempts=3, minutes=15)
EAT = timezone(timedelta(hours=3))  # the station's local time in the tests: UTC+3
ADMIN = Actor("admin", Role.ADMIN)


def accounts(*extra: Operator) -> MemoryRepository:
    repo = MemoryRepository()
    for operator in (Operator("admin", Role.ADMIN, "hash-a"),
                     Operator("olga", Role.OFFICER, "hash-o"), *extra):
        repo.add_operator(operator, NOW)
    return repo


# -- the domain: lock-out and honest words ------------------------------------------------------
def test_the_last_allowed_wrong_password_locks_for_a_while() -> None:
    olga = Operator("olga", Role.OFFICER, "h")
    olga = olga.record_failure(NOW, POLICY).record_failure(NOW, POLICY)
    assert olga.tries_left(NOW, POLICY) == 1 and olga.state(NOW) is AccountState.USABLE
    locked = olga.record_failure(NOW, POLICY)
    assert locked.state(NOW) is AccountState.LOCKED_AFTER_FAILURES
    assert locked.locked_until == NOW + timedelta(minutes=15)
    assert locked.tries_left(NOW, POLICY) == 0
    after = NOW + timedelta(minutes=16)
    assert locked.state(after) is AccountState.USABLE and locked.tries_left(after, POLICY) == 3


def test_success_clears_the_count_and_unlock_clears_every_lock() -> None:
    olga = Operator("olga", Role.OFFICER, "h").record_failure(NOW, POLICY)
    assert olga.record_success().tries_left(NOW, POLICY) == 3
    by_admin = olga.lock("admin")
    assert by_admin.state(NOW + timedelta(days=30)) is AccountState.LOCKED_BY_ADMIN
    assert by_admin.unlock().state(NOW) is AccountState.USABLE
    gone = olga.deactivate()
    assert gone.state(NOW) is AccountState.DEACTIVATED
    with pytest.raises(ConflictError, match="deactivated"):
        gone.unlock()


def test_refusals_say_why_with_a_local_time_and_no_timestamp() -> None:
    locked = Operator("olga", Role.OFFICER, "h", locked_until=NOW + timedelta(minutes=15))
    words = locked.refusal(NOW, EAT)
    assert "wrong passwords, until 15:15 " in words
    assert "T1" not in words and "UTC" not in words and ":30" not in words
    assert "locked by an administrator" in locked.lock("admin").refusal(NOW, EAT)
    assert "deactivated" in locked.deactivate().refusal(NOW, EAT)
    assert Operator("olga", Role.OFFICER, "h").refusal(NOW, EAT) == ""


def test_local_clock_names_the_day_when_it_is_not_today() -> None:
    assert local_clock(NOW + timedelta(minutes=5), NOW, EAT) == "15:05"
    assert local_clock(NOW + timedelta(hours=12), NOW, EAT) == "2 Dec 03:00"


# -- log-in on memory ---------------------------------------------------------------------------
def test_login_warns_before_the_try_that_locks_then_locks() -> None:
    repo = accounts()
    first = settle_login(repo, "olga", "hash-o", False, NOW, POLICY)
    assert isinstance(first, LoginError) and first.tries_left == 2
    assert str(first) == "unknown user or wrong password"
    second = settle_login(repo, "olga", "hash-o", False, NOW, POLICY)
    assert isinstance(second, LoginError) and second.tries_left == 1
    assert "one more wrong password locks this account" in str(second)
    third = settle_login(repo, "olga", "hash-o", False, NOW, POLICY)
    assert isinstance(third, LoginError) and third.reason == "locked-after-failures"
    assert third.locked_until == NOW + timedelta(minutes=15) and "now locked until" in str(third)
    refused = settle_login(repo, "olga", "hash-o", True, NOW, POLICY)  # right password, locked
    assert isinstance(refused, LoginError) and refused.reason == "locked-after-failures"
    assert repo.actions() == ["login-failed"] * 3 + ["login-refused"]


def test_login_succeeds_and_resets_the_count() -> None:
    repo = accounts()
    settle_login(repo, "olga", "hash-o", False, NOW, POLICY)
    actor = settle_login(repo, "olga", "hash-o", True, NOW, POLICY)
    assert actor == Actor("olga", Role.OFFICER)
    assert repo.operators["olga"].failed_attempts == 0 and repo.actions()[-1] == "login"


def test_login_against_a_password_changed_meanwhile_is_refused_uncounted() -> None:
    repo = accounts()
    outcome = settle_login(repo, "olga", "old-hash", True, NOW, POLICY)
    assert isinstance(outcome, LoginError) and outcome.reason == "unknown"
    assert repo.operators["olga"].failed_attempts == 0


# -- admin services on memory -------------------------------------------------------------------
def test_unlock_lifts_a_lock_after_failures_and_is_audited() -> None:
    repo = accounts(Operator("sam", Role.SUPERVISOR, "h", locked_until=NOW + timedelta(hours=1)))
    unlock_in(repo, ADMIN, "sam", NOW)
    assert repo.operators["sam"].state(NOW) is AccountState.USABLE
    (row,) = repo.audit
    assert (row.actor, row.action, row.subject) == ("admin", "operator-unlocked", "sam")
    assert row.details == {"was": "locked-after-failures", "now": "usable"}


def test_reset_password_replaces_the_hash_and_ends_a_failure_lock_not_an_admin_lock() -> None:
    repo = accounts(Operator("sam", Role.SUPERVISOR, "h", locked_until=NOW + timedelta(hours=1)))
    reset_password_in(repo, ADMIN, "sam", "new-hash", NOW)
    assert repo.operators["sam"].password_hash == "new-hash"
    assert repo.operators["sam"].state(NOW) is AccountState.USABLE
    lock_in(repo, ADMIN, "sam", NOW)
    reset_password_in(repo, ADMIN, "sam", "newer-hash", NOW)
    assert repo.operators["sam"].state(NOW) is AccountState.LOCKED_BY_ADMIN
    assert repo.actions() == ["operator-password-reset", "operator-locked",
                              "operator-password-reset"]


def test_an_admin_cannot_deactivate_or_lock_themselves() -> None:
    repo = accounts(Operator("ada", Role.ADMIN, "h"))
    for change in (deactivate_in, lock_in):
        with pytest.raises(ConflictError, match="their own account"):
            change(repo, ADMIN, "admin", NOW)
    assert repo.operators["admin"].state(NOW) is AccountState.USABLE and repo.audit == []


def test_the_last_usable_admin_cannot_be_deactivated() -> None:
    # "admin" logged in long ago; meanwhile another admin deactivated it (a stale session).
    repo = accounts(Operator("ada", Role.ADMIN, "h"))
    repo.save_operator(repo.operators["admin"].deactivate())
    with pytest.raises(ConflictError, match="last active administrator"):
        deactivate_in(repo, ADMIN, "ada", NOW)
    deactivate_in(repo, Actor("ada", Role.ADMIN), "olga", NOW)
    assert repo.operators["olga"].state(NOW) is AccountState.DEACTIVATED
    assert repo.operators["ada"].active


def test_row_for_the_admin_page_uses_words_and_local_time() -> None:
    locked = Operator("sam", Role.SUPERVISOR, "h", locked_until=NOW + timedelta(minutes=15))
    row = operator_row(locked, NOW, POLICY)
    assert row["state"] == "locked-after-failures" and row["tries_left"] == 0
    assert row["status"].startswith("locked after wrong passwords until ")
    assert len(row["locked_until"]) == 5 and "T" not in row["locked_until"]
    assert operator_row(locked.lock("admin"), NOW, POLICY)["status"] == (
        "locked by an administrator (admin)")


def test_admin_services_need_manage_users_and_a_known_name() -> None:
    repo = accounts()
    with pytest.raises(PermissionDenied):
        unlock_in(repo, Actor("olga", Role.OFFICER), "admin", NOW)
    with pytest.raises(PermissionDenied):
        deactivate_in(repo, Actor("sam", Role.SUPERVISOR), "olga", NOW)
    with pytest.raises(NotFound) as caught:
        reset_password_in(repo, ADMIN, "nobody", "h", NOW)
    assert caught.value.field == "username" and repo.audit == []
