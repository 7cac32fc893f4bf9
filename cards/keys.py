"""Ed25519 keys: the registry's root key, its online service key and a station's signing key.

Private keys leave these objects only as raw 32-byte seeds (`private_bytes()`), which the
station seals in its own vault; nothing here writes a private key to disk.
"""

from __future__ import annotations

import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from cards.errors import CardError

KEY_ID_BYTES = 8


def key_id_of(public_raw: bytes) -> bytes:
    """Short key id: first 8 bytes of SHA-256 of the raw 32-byte public key."""
    return hashlib.sha256(public_raw).digest()[:KEY_ID_BYTES]


def verify_signature(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    """True when `signature` is a valid Ed25519 signature of `message` by `public_raw`."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


class _SigningKey:
    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public_bytes = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.key_id = key_id_of(self.public_bytes)

    @classmethod
    def generate(cls) -> _SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> _SigningKey:
        if len(raw) != 32:
            raise CardError("an Ed25519 private key is 32 bytes", field="private_key")
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    def private_bytes(self) -> bytes:
        """The raw 32-byte seed, for the station to seal in its vault."""
        return self._private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def __repr__(self) -> str:  # never show key material
        return f"{type(self).__name__}(key_id={self.key_id.hex()})"


class RootKey(_SigningKey):
    """The central registry's root signing key (the issuing authority, ICAO CSCA role)."""

    @classmethod
    def generate(cls) -> RootKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> RootKey:
        return cls(_SigningKey.from_private_bytes(raw)._private)


class StationKey(_SigningKey):
    """A station's card-signing key (ICAO document-signer role); `key_id` goes into each QR."""

    @classmethod
    def generate(cls) -> StationKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> StationKey:
        return cls(_SigningKey.from_private_bytes(raw)._private)


class ServiceKey(_SigningKey):
    """The registry's online key: signs acknowledgements, trust updates and revocation lists.

    The root certifies it (`ServiceCertificate`), so the root key itself can stay offline.
    """

    @classmethod
    def generate(cls) -> ServiceKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> ServiceKey:
        return cls(_SigningKey.from_private_bytes(raw)._private)
