"""Central staff accounts: roles, log-in with lock-out, and account management. All audited.

Roles: `importer` (import batches, run the HTTP service), `adjudicator` (the cross-site
duplicate queue and decisions), `auditor` (the audit chain), `admin` (accounts, stations and
everything else). Every role may read the registry's counts (`status`): they are statistics
without personal data, and importers need the gaps, adjudicators the open cases.

A failed log-in never records the typed name in clear: an unknown name may be a password typed
into the wrong field, so only a keyed fingerprint of it goes into the audit. Unknown names cost
a password check as well, so timing does not tell who has an account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from station.domain import usernames
from sync.errors import SyncError
from sync.registry import tables as t
from sync.registry.audit import AuditTrail
from sync.registry.passwords import burn_time, hash_password, verify_password

LOCKOUT_ATTEMPTS = 5
LOCKOUT_MINUTES = 15
MAX_NAME = 64


class Role(StrEnum):
    IMPORTER = "importer"
    ADJUDICATOR = "adjudicator"
    AUDITOR = "auditor"
    ADMIN = "admin"


class Permission(StrEnum):
    IMPORT = "import"
    SERVE = "serve"
    STATUS = "status"
    REVIEW = "review"
    DECIDE = "decide"
    AUDIT = "audit"
    USERS = "users"
    STATIONS = "stations"


GRANTS: dict[Role, frozenset[Permission]] = {
    Role.IMPORTER: frozenset({Permission.IMPORT, Permission.SERVE, Permission.STATUS}),
    Role.ADJUDICATOR: frozenset({Permission.REVIEW, Permission.DECIDE, Permission.STATUS}),
    Role.AUDITOR: frozenset({Permission.AUDIT, Permission.STATUS}),
    Role.ADMIN: frozenset(Permission),
}

WHAT = {Permission.IMPORT: "import batches", Permission.SERVE: "run the registry service",
        Permission.STATUS: "read the registry's counts",
        Permission.REVIEW: "see the duplicate queue",
        Permission.DECIDE: "decide duplicate cases", Permission.AUDIT: "read the audit",
        Permission.USERS: "manage accounts", Permission.STATIONS: "manage stations"}


@dataclass(frozen=True)
class Account:
    """A logged-in member of central staff."""

    name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in GRANTS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise SyncError(f"a registry {self.role.value} may not {WHAT[permission]}",
                            reason="forbidden")


def utcnow() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def check_name(name: str) -> None:
    plain = name.replace(".", "").replace("-", "").replace("_", "")
    if not name or len(name) > MAX_NAME or not plain.isascii() or not plain.isalnum():
        raise SyncError("an account name is letters, digits, dot, dash or underscore "
                        f"(at most {MAX_NAME})", reason="bad-input")


# The look-alike rule (NFKC, case, letters of other scripts, 0/o, 1/l/i, rn/m, . - _) is the
# station's too: station/domain/usernames.py.
skeleton = usernames.skeleton


def parse_role(text: str) -> Role:
    try:
        return Role(text)
    except ValueError:
        raise SyncError("the role must be importer, adjudicator, auditor or admin",
                        reason="bad-input") from None


def count_accounts(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.accounts)).scalar_one())


def create_account(conn: Connection, trail: AuditTrail, actor: str, name: str, role: Role,
                   password: str) -> None:
    """Add an account inside the caller's transaction (the first admin at `init` too)."""
    check_name(name)
    hashed = hash_password(password)
    trail.lock(conn)  # account creations one at a time, so the look-alike check holds
    if conn.execute(select(t.accounts.c.name).where(t.accounts.c.name == name)).first():
        raise SyncError("an account with this name exists already", reason="exists")
    other = usernames.look_alike(name, [row[0] for row in conn.execute(
        select(t.accounts.c.name))])
    if other is not None:
        raise SyncError(usernames.look_alike_problem(name, other), reason="exists")
    now = utcnow()
    conn.execute(insert(t.accounts).values(
        name=name, role=role.value, password_hash=hashed, active=True, failed_attempts=0,
        locked_until=None, created_at=now, password_changed_at=now))
    trail.append(conn, actor, "account-added", name, {"role": role.value}, now)


def login(engine: Engine, trail: AuditTrail, name: str, password: str) -> Account:
    """Check a password; lock the account for a while after repeated failures. Audited."""
    now = utcnow()
    failure: SyncError
    with engine.begin() as conn:
        # A name too long to be an account is unknown (never cut to match a shorter one).
        row = conn.execute(select(t.accounts).where(t.accounts.c.name == name)
                           .with_for_update()).first() if 0 < len(name) <= MAX_NAME else None
        locked_until = _utc(row.locked_until) if row is not None else None
        if row is None or not row.active:
            burn_time(password)
            if row is None:
                trail.append(conn, "?", "login-failed", "",
                             {"why": "unknown", "name_tag": trail.tag(name)}, now)
            else:
                trail.append(conn, row.name, "login-failed", row.name, {"why": "inactive"}, now)
            failure = SyncError("unknown account or wrong password", reason="login")
        elif locked_until is not None and locked_until > now:
            burn_time(password)
            trail.append(conn, row.name, "login-refused", row.name, {"why": "locked"}, now)
            failure = SyncError("this account is locked after repeated failures; try again "
                                f"after {locked_until:%H:%M} UTC or ask an admin to unlock it",
                                reason="login")
        elif not verify_password(password, row.password_hash):
            attempts = row.failed_attempts + 1
            locked = attempts >= LOCKOUT_ATTEMPTS
            conn.execute(update(t.accounts).where(t.accounts.c.name == row.name).values(
                failed_attempts=0 if locked else attempts,
                locked_until=now + timedelta(minutes=LOCKOUT_MINUTES) if locked else None))
            trail.append(conn, row.name, "login-failed", row.name,
                         {"why": "password", "attempts": attempts, "locked": locked}, now)
            failure = SyncError("unknown account or wrong password", reason="login")
        else:
            conn.execute(update(t.accounts).where(t.accounts.c.name == row.name)
                         .values(failed_attempts=0, locked_until=None))
            trail.append(conn, row.name, "login", "", {"role": row.role}, now)
            return Account(row.name, Role(row.role))
    raise failure


# -- management (the caller checks the role) ------------------------------------------------
def list_accounts(engine: Engine) -> list[dict[str, Any]]:
    now = utcnow()
    with engine.connect() as conn:
        rows = conn.execute(select(t.accounts).order_by(t.accounts.c.name)).all()
    return [{"name": r.name, "role": r.role, "active": r.active,
             "locked": (_utc(r.locked_until) or now) > now,
             "failed_attempts": r.failed_attempts, "created_at": _utc(r.created_at),
             "password_changed_at": _utc(r.password_changed_at)} for r in rows]


def _target(conn: Connection, name: str) -> Any:
    row = conn.execute(select(t.accounts).where(t.accounts.c.name == name)
                       .with_for_update()).first()
    if row is None:
        raise SyncError("no account with this name", reason="not-found")
    return row


def unlock_account(engine: Engine, trail: AuditTrail, actor: str, name: str) -> None:
    with engine.begin() as conn:
        _target(conn, name)
        conn.execute(update(t.accounts).where(t.accounts.c.name == name)
                     .values(failed_attempts=0, locked_until=None))
        trail.append(conn, actor, "account-unlocked", name)


def deactivate_account(engine: Engine, trail: AuditTrail, actor: str, name: str) -> None:
    """Switch an account off (kept, so that the audit's names stay meaningful)."""
    with engine.begin() as conn:
        row = _target(conn, name)
        if row.role == Role.ADMIN.value and row.active:
            admins = conn.execute(select(t.accounts.c.name).where(
                t.accounts.c.role == Role.ADMIN.value, t.accounts.c.active.is_(True))
                .with_for_update()).all()
            if len(admins) <= 1:
                raise SyncError("this is the last active admin account: add another admin "
                                "first", reason="conflict")
        conn.execute(update(t.accounts).where(t.accounts.c.name == name).values(active=False))
        trail.append(conn, actor, "account-deactivated", name)


def change_password(engine: Engine, trail: AuditTrail, actor: str, name: str,
                    password: str) -> None:
    hashed = hash_password(password)
    with engine.begin() as conn:
        _target(conn, name)
        conn.execute(update(t.accounts).where(t.accounts.c.name == name).values(
            password_hash=hashed, password_changed_at=utcnow(), failed_attempts=0,
            locked_until=None))
        trail.append(conn, actor, "password-changed", name)
