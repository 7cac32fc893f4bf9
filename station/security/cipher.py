"""AES-256-GCM encryption of fields, photos and templates under the station's data key.

Every ciphertext is bound to its place by associated data (table, record, field), so a
ciphertext copied from one record to another does not decrypt.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from station.errors import LockedError

NONCE_BYTES = 12
FORMAT_VERSION = b"\x01"


class FieldCipher:
    def __init__(self, data_key: bytes) -> None:
        if len(data_key) != 32:
            raise ValueError("data key must be 32 bytes")
        self._aead = AESGCM(data_key)
        self._data_key = data_key

    def encrypt(self, plaintext: bytes, context: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return FORMAT_VERSION + nonce + self._aead.encrypt(nonce, plaintext, context.encode())

    def decrypt(self, blob: bytes, context: str) -> bytes:
        if not blob or blob[:1] != FORMAT_VERSION:
            raise LockedError("stored data has an unknown format")
        nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, context.encode())
        except InvalidTag:
            raise LockedError(
                "stored data does not decrypt: it was altered, or belongs to another record"
            ) from None

    def subkey(self, purpose: str) -> bytes:
        """A key for another job (audit chain, search index) derived from the data key."""
        return hmac.new(self._data_key, b"station-subkey:" + purpose.encode(),
                        hashlib.sha256).digest()
