"""Errors a user can act on.

Every error names the field or cause and never carries personal data (names, dates of birth,
contacts): messages end up in logs, terminals and bug reports.

Message keys: an error's `key` is its English message with {name} placeholders and `params`
the values put in them (`ValidationError("{field} is required", params={"field": "sex"})` reads
"sex is required"). The CLI prints the English message; the window looks the key up in its
catalogues ("errors" context) and shows it in the operator's language. An error raised with an
f-string has its message as key and no params; the window then matches the message against the
catalogue's keys (ui/i18n/update.py extracts every message of station/ with its placeholders).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime


class StationError(Exception):
    """Base for errors shown to the user; `exit_code` is what the CLI returns."""

    exit_code = 1

    def __init__(self, message: str, *, field: str | None = None,
                 params: Mapping[str, object] | None = None) -> None:
        self.key = message
        self.params = {name: str(value) for name, value in (params or {}).items()}
        super().__init__(message.format(**self.params) if self.params else message)
        self.field = field

    def as_dict(self) -> dict[str, str]:
        data = {"error": type(self).__name__, "message": str(self)}
        if self.field:
            data["field"] = self.field
        return data


class ValidationError(StationError):
    """A value given for a field is missing, unknown or impossible."""

    exit_code = 2


class LockedError(StationError):
    """The store cannot be opened: wrong passphrase, or the key material is gone."""

    exit_code = 3


class AuthError(StationError):
    """The operator is unknown, the password is wrong, or the account is locked out."""

    exit_code = 4


class PermissionDenied(StationError):
    """The operator's role does not allow the action."""

    exit_code = 5


class NotFound(StationError):
    """No record with the given identifier."""

    exit_code = 6


class ConflictError(StationError):
    """The action conflicts with what is stored (duplicate number, open duplicate case, ...)."""

    exit_code = 7


class StorageError(StationError):
    """The disk is full or read-only, or the database cannot be written."""

    exit_code = 8


class LoginError(AuthError):
    """A log-in refused, with what the log-in screen may tell the operator.

    `reason` is "unknown" (no such user or a wrong password: not told apart),
    "wrong-password", "locked-after-failures", "locked-by-admin" or "deactivated";
    `tries_left` is how many wrong passwords remain before the account locks (None when the
    user is unknown); `locked_until` is when a lock after failed tries ends (UTC).
    """

    def __init__(self, message: str, *, reason: str, tries_left: int | None = None,
                 locked_until: datetime | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.tries_left = tries_left
        self.locked_until = locked_until
