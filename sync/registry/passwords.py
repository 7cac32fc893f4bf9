"""Password hashes of central staff accounts: scrypt (cryptography), parameters in the hash.

The station has the same scheme in `station.security.passwords`, but that module belongs to
the station's services layer (it raises the station's `ValidationError`), which `sync/` may not
import; the hash format is the same (`scrypt$N$salt$digest`, base64), so the two stay alike.
"""

from __future__ import annotations

import base64
import hmac
import os
from functools import lru_cache

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from sync.errors import SyncError
from sync.kdf_cost import KdfCostError, kdf_cost_from_env

MIN_PASSWORD_LENGTH = 10
DEFAULT_N = 2**14
COST_VARIABLE = "REGISTRY_SCRYPT_N"  # tests lower the cost, as for the key file


def password_cost() -> int:
    try:
        return kdf_cost_from_env(COST_VARIABLE, DEFAULT_N)
    except KdfCostError as exc:
        raise SyncError(str(exc), reason="bad-setting") from None


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise SyncError(f"a registry password has at least {MIN_PASSWORD_LENGTH} characters",
                        reason="bad-input")


def _derive(password: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(password.encode())


def hash_password(password: str, n: int | None = None) -> str:
    check_new_password(password)
    cost = n or password_cost()
    salt = os.urandom(16)
    digest = _derive(password, salt, cost)
    return f"scrypt${cost}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time comparison; a malformed stored hash is simply a wrong password."""
    try:
        scheme, n_text, salt_text, digest_text = stored.split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_text), base64.b64decode(digest_text)
        actual = _derive(password, salt, int(n_text))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


@lru_cache(maxsize=4)
def _dummy_hash(n: int) -> str:
    # No real digest is needed (nothing must match it); deriving one would make the first
    # unknown name of each process cost two scrypt runs, which timing would show.
    zeros = base64.b64encode(b"\0" * 32).decode()
    return f"scrypt${n}${base64.b64encode(b'no-such-account!').decode()}${zeros}"


def burn_time(password: str) -> None:
    """Spend what checking a real password costs, so an unknown name answers no faster."""
    verify_password(password, _dummy_hash(password_cost()))
