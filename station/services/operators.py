"""Operator accounts as an administrator sees and manages them.

Every change needs `Permission.MANAGE_USERS` and is audited (subject: the user name). The
rules of an account (locks, unlock, password reset, deactivation) are `Operator`'s; this
module adds the rules that need every account: an admin never locks or deactivates their
own account, nor the last admin who can still log in. Each `*_in` function does its work
within the caller's transaction on any `OperatorRepository` (the fast tests use one in
memory); the functions named for the action open that transaction on the station.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from station.domain.model import (
    AccountState,
    LockoutPolicy,
    Operator,
    local_clock,
    usable_admins,
)
from station.domain.roles import Permission
from station.domain.vocab import Role
from station.errors import ConflictError, NotFound
from station.security.passwords import hash_password
from station.services.context import Actor, Station, require_usable_account
from station.services.ports import OperatorRepository

STATE_WORDS = {
    AccountState.USABLE: "active",
    AccountState.LOCKED_AFTER_FAILURES: "locked after wrong passwords",
    AccountState.LOCKED_BY_ADMIN: "locked by an administrator",
    AccountState.DEACTIVATED: "deactivated",
}


def operator_row(operator: Operator, now: datetime, policy: LockoutPolicy) -> dict[str, Any]:
    """One account as the admin page lists it: plain words and local times, no ISO stamps."""
    state = operator.state(now)
    until = (local_clock(operator.locked_until, now)
             if state is AccountState.LOCKED_AFTER_FAILURES and operator.locked_until else "")
    words = STATE_WORDS[state] + (f" until {until}" if until else "")
    if state is AccountState.LOCKED_BY_ADMIN:
        words += f" ({operator.locked_by})"
    return {"username": operator.username, "role": operator.role.value,
            "active": operator.active, "state": state.value, "status": words,
            "locked_until": until, "tries_left": operator.tries_left(now, policy)}


def list_operators(station: Station, actor: Actor) -> list[dict[str, Any]]:
    actor.require(Permission.MANAGE_USERS)
    with station.store.reading() as repo:
        operators = repo.list_operators()
    now = station.now()
    return [operator_row(o, now, station.lockout_policy) for o in operators]


def altered_accounts(station: Station, actor: Actor) -> list[str]:
    """User names of the accounts whose row was changed outside the station (no right MAC):
    they cannot log in, and an administrator should deactivate them."""
    actor.require(Permission.MANAGE_USERS)
    with station.store.reading() as repo:
        names = [o.username for o in repo.list_operators()]
        whole = [repo.find_operator(name) for name in names]  # the MAC covers the whole row
        return [o.username for o in whole if o is not None and not repo.operator_sealed(o)]


def unlock_operator(station: Station, actor: Actor, username: str) -> None:
    """Lift a lock, whether from wrong passwords or set by an admin (not a deactivation)."""
    with station.store.transaction() as repo:
        unlock_in(repo, actor, username, station.now())


def lock_operator(station: Station, actor: Actor, username: str) -> None:
    """Lock an account until an admin unlocks it (a suspected misuse, a long absence)."""
    with station.store.transaction() as repo:
        lock_in(repo, actor, username, station.now())


def reset_password(station: Station, actor: Actor, username: str, new_password: str) -> None:
    """Set a new password (the rules of add_operator's); a lock from wrong passwords ends.

    The password is hashed before the write transaction opens: scrypt takes tens of
    milliseconds that the write lock need not wait for.
    """
    actor.require(Permission.MANAGE_USERS)
    password_hash = hash_password(new_password)
    with station.store.transaction() as repo:
        reset_password_in(repo, actor, username, password_hash, station.now())


def deactivate_operator(station: Station, actor: Actor, username: str) -> None:
    """Close an account for good: it keeps its name in the audit trail but cannot log in."""
    with station.store.transaction() as repo:
        deactivate_in(repo, actor, username, station.now())


def unlock_in(repo: OperatorRepository, actor: Actor, username: str, now: datetime) -> Operator:
    return _change(repo, actor, username, now, "operator-unlocked", Operator.unlock)


def lock_in(repo: OperatorRepository, actor: Actor, username: str, now: datetime) -> Operator:
    _refuse_on_self_or_last_admin(repo, actor, username, "lock")
    return _change(repo, actor, username, now, "operator-locked",
                   lambda operator: operator.lock(actor.username))


def reset_password_in(repo: OperatorRepository, actor: Actor, username: str,
                      password_hash: str, now: datetime) -> Operator:
    return _change(repo, actor, username, now, "operator-password-reset",
                   lambda operator: operator.with_password(password_hash))


def deactivate_in(repo: OperatorRepository, actor: Actor, username: str, now: datetime
                  ) -> Operator:
    _refuse_on_self_or_last_admin(repo, actor, username, "deactivate")
    return _change(repo, actor, username, now, "operator-deactivated", Operator.deactivate)


def _change(repo: OperatorRepository, actor: Actor, username: str, now: datetime, action: str,
            change: Callable[[Operator], Operator]) -> Operator:
    actor.require(Permission.MANAGE_USERS)
    require_usable_account(repo, actor, now)
    operator = _find(repo, username)
    if action != "operator-deactivated" and not repo.operator_sealed(operator):
        # saving would seal the edit (a role made admin by hand) under a right MAC
        raise ConflictError("this account's record was changed outside the station (in the "
                            "database file): it can only be deactivated; add a new account "
                            "for the person", field="username")
    changed = change(operator)
    repo.save_operator(changed)
    repo.append_audit(actor.username, action, operator.username,
                      {"was": operator.state(now).value, "now": changed.state(now).value}, now)
    return changed


def _find(repo: OperatorRepository, username: str) -> Operator:
    operator = repo.find_operator(username.strip())
    if operator is None:
        raise NotFound("no operator with this user name", field="username")
    return operator


def _refuse_on_self_or_last_admin(repo: OperatorRepository, actor: Actor, username: str,
                                  verb: str) -> None:
    actor.require(Permission.MANAGE_USERS)
    everyone = repo.list_operators()  # first: on PostgreSQL it locks every account, in order
    target = _find(repo, username)
    if target.username == actor.username:
        raise ConflictError(f"an administrator cannot {verb} their own account",
                            field="username")
    if target.role is Role.ADMIN:
        others = [o for o in usable_admins(everyone) if o.username != target.username]
        if not others:
            raise ConflictError(f"this is the last active administrator: add another before "
                                f"you {verb} this one", field="username")
