"""Small encodings shared by the trust types: base64url without padding and canonical JSON."""

from __future__ import annotations

import base64
import json
from typing import Any


def b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def canonical_json(data: Any) -> bytes:
    """Deterministic JSON bytes (sorted keys, no spaces): what signatures cover."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
