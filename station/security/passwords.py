"""Operator password hashing with scrypt (cryptography), parameters stored in the hash."""

from __future__ import annotations

import base64
import hmac
import os

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from station.errors import ValidationError

MIN_PASSWORD_LENGTH = 8
DEFAULT_N = 2**14


def hash_password(password: str, n: int = DEFAULT_N) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"password must be at least {MIN_PASSWORD_LENGTH} characters", field="password"
        )
    salt = os.urandom(16)
    digest = Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(password.encode())
    return f"scrypt${n}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n_text, salt_text, digest_text = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    salt = base64.b64decode(salt_text)
    expected = base64.b64decode(digest_text)
    actual = Scrypt(salt=salt, length=32, n=int(n_text), r=8, p=1).derive(password.encode())
    return hmac.compare_digest(actual, expected)
