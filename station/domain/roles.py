"""What each role may do. Every service call checks one of these permissions."""

from __future__ import annotations

from enum import StrEnum

from station.domain.vocab import Role
from station.errors import PermissionDenied


class Permission(StrEnum):
    ENROL = "enrol"
    VIEW_RECORD = "view-record"
    LIST_RECORDS = "list-records"
    CORRECT_RECORD = "correct-record"
    PRINT_CARD = "print-card"
    REVOKE_CARD = "revoke-card"
    DECIDE_DUPLICATE = "decide-duplicate"
    EXPORT = "export"
    SYNC = "sync"
    PAUSE_SYNC = "pause-sync"  # stop and restart sending in the background
    WITHDRAW_CONSENT = "withdraw-consent"
    SUBJECT_EXPORT = "subject-export"
    REPORT = "report"
    PURGE = "purge"
    VIEW_AUDIT = "view-audit"
    MANAGE_USERS = "manage-users"
    MANAGE_KEYS = "manage-keys"
    WIPE = "wipe"
    IMPORT_BATCH = "import-batch"


_OFFICER = {
    Permission.ENROL, Permission.VIEW_RECORD, Permission.LIST_RECORDS, Permission.CORRECT_RECORD,
    Permission.PRINT_CARD, Permission.SYNC, Permission.WITHDRAW_CONSENT,
}
_SUPERVISOR = _OFFICER | {
    Permission.REVOKE_CARD, Permission.DECIDE_DUPLICATE, Permission.EXPORT,
    Permission.SUBJECT_EXPORT, Permission.REPORT, Permission.PURGE, Permission.VIEW_AUDIT,
    Permission.PAUSE_SYNC,
}
_CENTRAL = {
    Permission.VIEW_RECORD, Permission.LIST_RECORDS, Permission.DECIDE_DUPLICATE,
    Permission.IMPORT_BATCH, Permission.REPORT, Permission.VIEW_AUDIT,
}
_ADMIN = set(Permission)

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OFFICER: frozenset(_OFFICER),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.CENTRAL: frozenset(_CENTRAL),
    Role.ADMIN: frozenset(_ADMIN),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


def require(role: Role, permission: Permission) -> None:
    if not allowed(role, permission):
        action = permission.value.replace("-", " ")
        raise PermissionDenied(f"the {role.value} role may not {action}")
