"""The registry's key file: root signing key, X25519 batch key and data key, sealed by scrypt.

The passphrase comes from REGISTRY_PASSPHRASE (never the command line). The file is written
atomically with mode 0600; a wrong passphrase fails the AES-GCM tag and changes nothing.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from sync.atomic import write_atomically
from sync.encoding import b64d, b64e
from sync.errors import SyncError
from sync.kdf_cost import KdfCostError, kdf_cost_from_env

KEY_FILE_FORMAT = "enrolment-station/registry-keys/v1"
DEFAULT_SCRYPT_N = 2**15
NAMES = ("root", "x25519", "data")


@dataclass(frozen=True)
class RegistryKeys:
    root: bytes  # Ed25519 seed: certificates, revocation lists, acknowledgements
    x25519: bytes  # X25519 private key: batches are encrypted to its public half
    data: bytes  # AES-256 key: personal data at rest in the registry database

    @classmethod
    def generate(cls) -> RegistryKeys:
        raw = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return cls(Ed25519PrivateKey.generate().private_bytes(*raw),
                   X25519PrivateKey.generate().private_bytes(*raw), os.urandom(32))


def passphrase_from_env() -> str:
    """The registry passphrase: REGISTRY_PASSPHRASE, else a prompt in a terminal, else (for a
    script run where only the station's is set) STATION_PASSPHRASE, said so on stderr."""
    value = os.environ.get("REGISTRY_PASSPHRASE", "")
    if not value and sys.stdin.isatty():
        value = getpass.getpass("Registry passphrase: ")
    if not value and os.environ.get("STATION_PASSPHRASE"):
        print("note: REGISTRY_PASSPHRASE is not set; the registry uses STATION_PASSPHRASE",
              file=sys.stderr)
        value = os.environ["STATION_PASSPHRASE"]
    if len(value) < 10:
        raise SyncError("set REGISTRY_PASSPHRASE (at least 10 characters) to unlock the registry",
                        reason="locked")
    return value


def _kek(passphrase: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(passphrase.encode())


def save_keys(path: Path, keys: RegistryKeys, passphrase: str) -> None:
    try:
        n = kdf_cost_from_env("REGISTRY_SCRYPT_N", DEFAULT_SCRYPT_N)
    except KdfCostError as exc:
        raise SyncError(str(exc), reason="bad-setting") from None
    salt = os.urandom(16)
    aead = AESGCM(_kek(passphrase, salt, n))
    sealed = {}
    for name in NAMES:
        nonce = os.urandom(12)
        sealed[name] = b64e(nonce + aead.encrypt(nonce, getattr(keys, name), name.encode()))
    document = {"format": KEY_FILE_FORMAT, "scrypt": {"salt": b64e(salt), "n": n}, **sealed}
    write_atomically(path, json.dumps(document, indent=2).encode())


def load_keys(path: Path, passphrase: str) -> RegistryKeys:
    try:
        document = json.loads(path.read_text())
        aead = AESGCM(_kek(passphrase, b64d(document["scrypt"]["salt"]),
                           int(document["scrypt"]["n"])))
        values = {}
        for name in NAMES:
            blob = b64d(document[name])
            values[name] = aead.decrypt(blob[:12], blob[12:], name.encode())
    except FileNotFoundError:
        raise SyncError("no registry is set up here: run `registry init`", reason="locked"
                        ) from None
    except InvalidTag:
        raise SyncError("wrong registry passphrase", reason="locked") from None
    except (OSError, ValueError, KeyError, TypeError):
        raise SyncError("the registry key file is damaged", reason="locked") from None
    return RegistryKeys(**values)
