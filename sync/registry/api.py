"""The registry's public API for people: log in, then act within the account's role.

The `registry` command and the desktop's central mode go through this module only. A
`RegistrySession` is an unlocked registry plus the logged-in account; each operation checks the
account's role and is audited under its name (imports, every view of case numbers, decisions,
account changes, audit reads). The registry's internal modules (`service`, `importer`,
`accounts`, `audit`) stay free to change.

    with open_registry(home, passphrase, "amina", password) as session:
        session.import_file(Path("DAR-01-000003.batch"))
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import func, select

from sync.errors import SyncError
from sync.registry import accounts
from sync.registry import tables as t
from sync.registry.accounts import Account, Permission, Role
from sync.registry.home import RegistryHome
from sync.registry.importer import ImportResult, import_file
from sync.registry.service import Registry

__all__ = ["Permission", "RegistrySession", "Role", "SyncError", "add_first_admin",
           "describe_failure", "has_accounts", "init_registry", "is_registry", "login",
           "open_registry", "unlock"]


def is_registry(home: str | Path) -> bool:
    """Whether a registry is set up in this folder."""
    return bool(str(home).strip()) and RegistryHome(home).is_initialised()


def describe_failure(exc: BaseException) -> str | None:
    """What a person should know about a database failure, or None for other errors."""
    from sync.registry.db import database_problem

    return database_problem(exc)


def open_registry(home: str | Path, passphrase: str, user: str, password: str
                  ) -> RegistrySession:
    """Unlock the registry in `home` and log `user` in (audited, with lock-out)."""
    registry = unlock(home, passphrase)
    try:
        if not has_accounts(registry):
            raise SyncError("this registry has no accounts yet: run `registry user add NAME "
                            "--role admin` to create the first admin", reason="no-accounts")
        return login(registry, user, password)
    except BaseException:
        registry.close()
        raise


def unlock(home: str | Path, passphrase: str) -> Registry:
    """The registry's keys and database, before anyone has logged in (see `login`)."""
    return Registry.open(RegistryHome(home), passphrase)


def has_accounts(registry: Registry) -> bool:
    return accounts.count_accounts(registry.engine) > 0


def login(registry: Registry, user: str, password: str) -> RegistrySession:
    """Log an account in to an unlocked registry (audited, with lock-out)."""
    return RegistrySession(registry, accounts.login(registry.engine, registry.audit, user,
                                                    password))


def init_registry(home: str | Path, db_url: str, passphrase: str, user: str, password: str,
                  registry_url: str = "") -> RegistrySession:
    """Set up a registry with `user` as its first admin, logged in."""
    registry = Registry.init(RegistryHome(home), db_url, passphrase, registry_url,
                             admin=(user, password))
    return RegistrySession(registry, Account(user, Role.ADMIN))


def add_first_admin(registry: Registry, user: str, password: str) -> RegistrySession:
    """The first admin of a registry set up before accounts existed (it has none yet).

    Only the passphrase guards this, as it guarded everything before; once an account exists
    it is refused."""
    with registry.engine.begin() as conn:
        if conn.execute(select(func.count()).select_from(t.accounts)).scalar_one():
            raise SyncError("the registry has accounts: log in as an admin to add one",
                            reason="forbidden")
        accounts.create_account(conn, registry.audit, "setup", user, Role.ADMIN, password)
    return RegistrySession(registry, Account(user, Role.ADMIN))


class RegistrySession:
    """An unlocked registry and the account logged in to it."""

    def __init__(self, registry: Registry, account: Account) -> None:
        self.registry = registry
        self.account = account

    def __enter__(self) -> RegistrySession:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.registry.close()

    @property
    def user(self) -> str:
        return self.account.name

    @property
    def role(self) -> str:
        return self.account.role.value

    def can(self, permission: Permission | str) -> bool:
        return self.account.can(Permission(permission))

    def require(self, permission: Permission | str) -> None:
        self.account.require(Permission(permission))

    # -- batches and the review queue --------------------------------------------------------
    def import_file(self, path: str | Path, ack_dir: str | Path | None = None) -> ImportResult:
        """Import one batch file (a refused file is quarantined and reported, not raised)."""
        self.require(Permission.IMPORT)
        return import_file(self.registry, Path(path), Path(ack_dir) if ack_dir else None,
                           actor=self.user)

    def status(self) -> dict[str, Any]:
        """Counts, stations and gaps: statistics, no personal data (every role)."""
        self.require(Permission.STATUS)
        return self.registry.status()

    def duplicates(self, status: str = "open") -> list[dict[str, Any]]:
        """Cross-site cases (numbers, stations, distance; no names). Audited."""
        self.require(Permission.REVIEW)
        return self.registry.duplicates(status, viewer=self.user)

    def decide(self, case: int, decision: str, reason: str) -> dict[str, Any]:
        """Record a decision on a case under this account. Audited."""
        self.require(Permission.DECIDE)
        return self.registry.decide_case(case, decision, reason, self.user)

    # -- record keys (crypto-shredding) ------------------------------------------------------
    def upgrade_record_keys(self, progress: Any = None) -> dict[str, Any]:
        """Re-encrypt the values sealed before record keys under them (admin; audited,
        resumable): counts, and how many values remain sealed the old way."""
        self.require(Permission.STATIONS)
        from sync.registry.rekey import upgrade

        return upgrade(self.registry, self.user, progress).to_dict()

    def compact_record_keys(self) -> dict[str, Any]:
        """Rewrite the record key table so that no destroyed key is left in its file's free
        space (admin; audited; locks the table while it runs)."""
        self.require(Permission.STATIONS)
        from sync.registry.record_keys import compact

        done = compact(self.registry.engine)
        self.registry.audit.record(self.user, "record-keys-compacted", "",
                                   {k: v for k, v in done.items() if k != "note"})
        return done

    # -- the audit ---------------------------------------------------------------------------
    def audit_verify(self, expect: str = "") -> dict[str, Any]:
        """Whether the audit chain is intact, or where it breaks (the check is audited).

        When intact, `checkpoint` is the newest event's `sequence:hash` for staff to write in
        their log; `expect` is such a checkpoint written earlier, which the chain must still
        hold (it was not rolled back or rewritten since)."""
        self.require(Permission.AUDIT)
        from sync.registry.audit import parse_checkpoint

        wanted = parse_checkpoint(expect) if expect.strip() else None
        report = self.registry.audit.verify(wanted)
        self.registry.audit.record(self.user, "audit-verified", "",
                                   {"intact": report.intact, "events": report.events_checked,
                                    "broken_at": report.broken_at})
        return report.to_dict()

    def audit_events(self, limit: int = 50) -> list[dict[str, Any]]:
        """The newest events, oldest first."""
        self.require(Permission.AUDIT)
        events = self.registry.audit.events(max(1, min(limit, 10_000)))
        self.registry.audit.record(self.user, "audit-listed", "", {"events": len(events)})
        return [{"sequence": e.sequence, "at": e.at, "actor": e.actor, "action": e.action,
                 "subject": e.subject, "details": e.details} for e in events]

    # -- accounts ----------------------------------------------------------------------------
    def users(self) -> list[dict[str, Any]]:
        self.require(Permission.USERS)
        return accounts.list_accounts(self.registry.engine)

    def add_user(self, name: str, role: str, password: str) -> None:
        self.require(Permission.USERS)
        parsed = accounts.parse_role(role)
        with self.registry.engine.begin() as conn:
            accounts.create_account(conn, self.registry.audit, self.user, name, parsed,
                                    password)

    def unlock_user(self, name: str) -> None:
        self.require(Permission.USERS)
        accounts.unlock_account(self.registry.engine, self.registry.audit, self.user, name)

    def deactivate_user(self, name: str) -> None:
        self.require(Permission.USERS)
        if name == self.user:
            raise SyncError("you cannot deactivate your own account", reason="conflict")
        accounts.deactivate_account(self.registry.engine, self.registry.audit, self.user, name)

    def set_password(self, password: str, name: str | None = None) -> None:
        """Change this account's password, or (admin) another account's."""
        target = name or self.user
        if target != self.user:
            self.require(Permission.USERS)
        accounts.change_password(self.registry.engine, self.registry.audit, self.user, target,
                                 password)
