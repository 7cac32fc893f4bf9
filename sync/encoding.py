"""Small encodings: base64url without padding, canonical JSON (what signatures cover), hashes."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any


def b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def canonical_json(data: Any) -> bytes:
    """Deterministic JSON bytes (sorted keys, no spaces, ASCII)."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def key_id(public_raw: bytes) -> str:
    """Hex key id of a raw public key: first 8 bytes of its SHA-256 (as cards.key_id_of)."""
    return hashlib.sha256(public_raw).digest()[:8].hex()
