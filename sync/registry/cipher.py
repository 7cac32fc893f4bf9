"""AES-256-GCM for personal data at rest in the registry, bound to its place by the AAD."""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync.errors import SyncError

VERSION = b"\x01"


class DataCipher:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)
        # A key of its own for the blind index: the encryption key is used for nothing else.
        self._blind_key = hmac.new(key, b"registry-subkey:blind-index", hashlib.sha256).digest()

    def encrypt(self, plaintext: bytes, context: str) -> bytes:
        nonce = os.urandom(12)
        return VERSION + nonce + self._aead.encrypt(nonce, plaintext, context.encode())

    def decrypt(self, blob: bytes, context: str) -> bytes:
        try:
            return self._aead.decrypt(blob[1:13], blob[13:], context.encode())
        except (InvalidTag, ValueError):
            raise SyncError("stored registry data does not decrypt", reason="damaged") from None

    def blind(self, text: str) -> str:
        """Keyed hash for equality search (demographic key) without storing the value."""
        return hmac.new(self._blind_key, text.encode(), hashlib.sha256).hexdigest()
