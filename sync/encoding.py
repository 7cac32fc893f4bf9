"""Small encodings: base64url without padding, canonical JSON (what signatures cover), hashes.

The first three are the ones the trust documents of `cards` use, so that a batch manifest, an
acknowledgement and a station certificate are written the same way.
"""

from __future__ import annotations

import hashlib

from cards import key_id_of
from cards._encoding import b64d, b64e, canonical_json

__all__ = ["b64d", "b64e", "canonical_json", "key_id", "sha256_hex"]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def key_id(public_raw: bytes) -> str:
    """Hex key id of a raw public key (the first 8 bytes of its SHA-256, as cards uses)."""
    return key_id_of(public_raw).hex()
