"""Operator password hashing: Argon2id at OWASP's parameters (cryptography), parameters stored
in the hash so that a later change of cost still checks old hashes.

New hashes: `argon2id$v=19$m=19456,t=2,p=1$<salt>$<digest>` (OWASP Password Storage Cheat
Sheet: 19 MiB, 2 passes, 1 lane; about 0.1 s). Hashes of earlier versions
(`scrypt$16384$<salt>$<digest>`) still check; `needs_rehash` tells the log-in to replace them
with a new hash once the password has been typed correctly.
"""

from __future__ import annotations

import base64
import hmac
import os

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from station.security.strength import MIN_PASSWORD_LENGTH, check_password_strength

__all__ = ["MIN_PASSWORD_LENGTH", "hash_password", "needs_rehash", "verify_password"]

ARGON2_MEMORY_KIB = 19 * 1024
ARGON2_PASSES = 2
ARGON2_LANES = 1
_CURRENT = f"argon2id$v=19$m={ARGON2_MEMORY_KIB},t={ARGON2_PASSES},p={ARGON2_LANES}$"
# Bounds on what a stored hash may ask for (a hand-edited hash must not make a log-in take
# gigabytes or minutes).
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_PASSES = 16
_MAX_SCRYPT_N = 2**20


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _argon2(password: str, salt: bytes, memory: int, passes: int, lanes: int) -> bytes:
    return Argon2id(salt=salt, length=32, iterations=passes, lanes=lanes,
                    memory_cost=memory).derive(password.encode())


def hash_password(password: str, *, check_strength: bool = True) -> str:
    """A new hash of a password that passes the strength rule (ValidationError otherwise;
    `check_strength=False` only to re-hash a password already in use)."""
    if check_strength:
        check_password_strength(password)
    salt = os.urandom(16)
    digest = _argon2(password, salt, ARGON2_MEMORY_KIB, ARGON2_PASSES, ARGON2_LANES)
    return f"{_CURRENT}{_b64(salt)}${_b64(digest)}"


def needs_rehash(stored: str) -> bool:
    """True when `stored` is of an older scheme or cost than new hashes are."""
    return not stored.startswith(_CURRENT)


def verify_password(password: str, stored: str) -> bool:
    try:
        if stored.startswith("argon2id$"):
            return _verify_argon2(password, stored)
        if stored.startswith("scrypt$"):
            return _verify_scrypt(password, stored)
    except (ValueError, TypeError):  # a damaged hash checks nothing
        return False
    return False


def _verify_argon2(password: str, stored: str) -> bool:
    _, version, cost, salt_text, digest_text = stored.split("$")
    if version != "v=19":
        return False
    values = dict(part.split("=", 1) for part in cost.split(","))
    memory, passes, lanes = int(values["m"]), int(values["t"]), int(values["p"])
    if not (8 * lanes <= memory <= _MAX_MEMORY_KIB and 1 <= passes <= _MAX_PASSES
            and 1 <= lanes <= 16):
        return False
    actual = _argon2(password, base64.b64decode(salt_text), memory, passes, lanes)
    return hmac.compare_digest(actual, base64.b64decode(digest_text))


def _verify_scrypt(password: str, stored: str) -> bool:
    _, n_text, salt_text, digest_text = stored.split("$")
    n = int(n_text)
    if not 2 <= n <= _MAX_SCRYPT_N or n & (n - 1):
        return False
    actual = Scrypt(salt=base64.b64decode(salt_text), length=32, n=n, r=8, p=1).derive(
        password.encode())
    return hmac.compare_digest(actual, base64.b64decode(digest_text))
