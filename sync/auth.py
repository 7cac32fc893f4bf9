"""Authenticating a station's HTTP requests: an Ed25519 signature over method, path and body."""

from __future__ import annotations

import time

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.encoding import b64d, b64e, sha256_hex

REQUEST_CONTEXT = "enrolment-station/request/v1"
MAX_CLOCK_SKEW = 300  # seconds


def _message(method: str, path: str, station_id: str, timestamp: str, body: bytes,
             body_sha256: str | None = None) -> bytes:
    return "\n".join([REQUEST_CONTEXT, method.upper(), path, station_id, timestamp,
                      body_sha256 or sha256_hex(body)]).encode()


def sign_request(signing_key: bytes, station_id: str, method: str, path: str, body: bytes,
                 now: float | None = None) -> dict[str, str]:
    """Headers that authenticate one request."""
    timestamp = str(int(time.time() if now is None else now))
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(
        _message(method, path, station_id, timestamp, body))
    return {"X-Station": station_id, "X-Timestamp": timestamp, "X-Signature": b64e(signature)}


def timestamp_problem(timestamp: str, now: float | None = None) -> str | None:
    """None when `X-Timestamp` is fresh (a server checks it before reading a body)."""
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        return "bad timestamp"  # Unix seconds; a huge number would overflow the clock maths
    age = abs((time.time() if now is None else now) - int(timestamp))
    if age > MAX_CLOCK_SKEW:
        return "request timestamp too far from the registry's clock"
    return None


def check_request(public_key: bytes, station_id: str, method: str, path: str, body: bytes,
                  timestamp: str, signature: str, now: float | None = None, *,
                  body_sha256: str | None = None) -> str | None:
    """None when the request is authentic and fresh, else the reason it is not.

    `body_sha256` (hex) stands for `body` when the caller hashed a body it did not keep."""
    stale = timestamp_problem(timestamp, now)
    if stale is not None:
        return stale
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            b64d(signature), _message(method, path, station_id, timestamp, body, body_sha256))
    except (InvalidSignature, ValueError):
        return "request signature does not verify"
    return None
