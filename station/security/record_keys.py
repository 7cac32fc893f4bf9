"""Record keys: a person's own random AES-256 keys, so that erasure can destroy a key.

A blob sealed under the station's data key (format byte 0x01, `FieldCipher`) stays readable by
whoever holds that key, in every old copy of the store: a backup, a WAL frame, a freed page.
A blob sealed under a record key (format byte 0x02) is readable only while that person's key
exists; the key is kept wrapped (AES-256-GCM) under a key derived from the data key, bound to
the registration number and the purpose (`bindings.record_key`), and deleting its 61-byte row
turns every copy of that person's blobs into noise (crypto-shredding).

This module is the crypto alone; `station.store.record_keys.RecordKeys` keeps the wrapped
keys in the store and is the one place that seals and opens a person's blobs.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from station.domain.codec import bindings as bind
from station.errors import LockedError
from station.security.cipher import FORMAT_VERSION as DATA_KEY_FORMAT
from station.security.cipher import NONCE_BYTES, FieldCipher

RECORD_KEY_FORMAT = b"\x02"
WRAP_FORMAT = b"\x01"
KEY_BYTES = 32
PURPOSES = (bind.DETAILS_KEY, bind.BIOMETRICS_KEY)

__all__ = ["DATA_KEY_FORMAT", "KEY_BYTES", "PURPOSES", "RECORD_KEY_FORMAT", "KeyWrapper",
           "new_record_key", "open_with_record_key", "seal_with_record_key"]


def new_record_key() -> bytes:
    return os.urandom(KEY_BYTES)


class KeyWrapper:
    """Wraps and unwraps record keys under a subkey of the station's data key.

    A subkey (not the data key itself) keeps key wrapping apart from field encryption; both go
    when the data key goes (a wipe).
    """

    def __init__(self, cipher: FieldCipher) -> None:
        self._aead = AESGCM(cipher.subkey("record-keys"))

    def wrap(self, number: str, purpose: str, key: bytes) -> bytes:
        if len(key) != KEY_BYTES:
            raise ValueError("a record key is 32 bytes")
        nonce = os.urandom(NONCE_BYTES)
        return WRAP_FORMAT + nonce + self._aead.encrypt(
            nonce, key, bind.record_key(number, purpose).encode())

    def unwrap(self, number: str, purpose: str, wrapped: bytes) -> bytes:
        if wrapped[:1] != WRAP_FORMAT:
            raise LockedError("a record key has an unknown format")
        nonce, body = wrapped[1:1 + NONCE_BYTES], wrapped[1 + NONCE_BYTES:]
        try:
            return self._aead.decrypt(nonce, body, bind.record_key(number, purpose).encode())
        except InvalidTag:
            raise LockedError("a record key does not unwrap: it was altered, or belongs to "
                              "another record") from None


def seal_with_record_key(key: bytes, plaintext: bytes, context: str) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return RECORD_KEY_FORMAT + nonce + AESGCM(key).encrypt(nonce, plaintext, context.encode())


def open_with_record_key(key: bytes, blob: bytes, context: str) -> bytes:
    if blob[:1] != RECORD_KEY_FORMAT:
        raise LockedError("stored data has an unknown format")
    nonce, body = blob[1:1 + NONCE_BYTES], blob[1 + NONCE_BYTES:]
    try:
        return AESGCM(key).decrypt(nonce, body, context.encode())
    except InvalidTag:
        raise LockedError(
            "stored data does not decrypt: it was altered, or belongs to another record"
        ) from None
