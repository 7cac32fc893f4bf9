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
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

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

    def mac_key(self, purpose: str) -> bytes:
        """A MAC key for `purpose` (operator rows, security settings): HKDF-SHA256 of the data
        key, so that a hand edit of the database or the settings file cannot forge one."""
        return HKDF(algorithm=SHA256(), length=32, salt=None,
                    info=b"station-mac:" + purpose.encode()).derive(self._data_key)

    def mac(self, purpose: str, fields: list[str]) -> str:
        """HMAC-SHA256 (hex) of `fields`, each length-prefixed so that no two lists collide."""
        message = b"".join(len(f.encode()).to_bytes(4, "big") + f.encode() for f in fields)
        return hmac.new(self.mac_key(purpose), message, hashlib.sha256).hexdigest()

    def mac_ok(self, purpose: str, fields: list[str], mac: str) -> bool:
        return hmac.compare_digest(self.mac(purpose, fields), mac or "")

    def subkey(self, purpose: str) -> bytes:
        """A key for another job (audit chain, search index) derived from the data key."""
        return hmac.new(self._data_key, b"station-subkey:" + purpose.encode(),
                        hashlib.sha256).digest()
