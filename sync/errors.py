"""Errors of the sync package. Messages name the cause, never personal data."""

from __future__ import annotations


class SyncError(Exception):
    """Base error: a batch, acknowledgement or transfer cannot be made or used."""

    def __init__(self, message: str, *, reason: str = "error") -> None:
        super().__init__(message)
        self.reason = reason

    def as_dict(self) -> dict[str, str]:
        return {"error": type(self).__name__, "reason": self.reason, "message": str(self)}


class BatchRejected(SyncError):
    """A batch failed a check; `reason` is a short code (tampered, truncated, ...).

    `answer` is the registry's whole 422 answer when it came over HTTP (it may hold a signed
    refusal, sync/refusal.py)."""

    answer: dict[str, object] | None = None


class AckRejected(SyncError):
    """An acknowledgement is not valid for this station or batch."""


class TransportError(SyncError):
    """The registry could not be reached or did not answer after the retries."""


class TrustRejected(SyncError):
    """A trust update (or the service certificate it rests on) is not valid for this station."""
