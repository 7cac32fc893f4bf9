"""The key file: a random data key and the station's signing key, sealed by the passphrase.

The passphrase goes through scrypt (parameters stored beside the salt) to a key-encryption
key; the data key is sealed with AES-256-GCM. A wrong passphrase fails the GCM tag and
changes nothing. Changing the passphrase re-seals the same data key: no record is rewritten.
`destroy()` is the emergency wipe: without the key file the store is unreadable.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from station.errors import LockedError, StorageError, ValidationError

KEY_FILE_VERSION = 1
DEFAULT_SCRYPT_N = 2**15
MIN_PASSPHRASE_LENGTH = 10


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    n: int = DEFAULT_SCRYPT_N
    r: int = 8
    p: int = 1

    def derive(self, passphrase: str) -> bytes:
        return Scrypt(salt=self.salt, length=32, n=self.n, r=self.r, p=self.p).derive(
            passphrase.encode()
        )

    def to_dict(self) -> dict[str, object]:
        return {"name": "scrypt", "salt": _b64(self.salt), "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> KdfParams:
        return cls(_unb64(str(data["salt"])), int(str(data["n"])), int(str(data["r"])),
                   int(str(data["p"])))


@dataclass(frozen=True)
class UnsealedKeys:
    data_key: bytes
    signing_key: bytes  # raw Ed25519 private key bytes of the station


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode())


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            f"passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters", field="passphrase"
        )


def _seal(kek: bytes, secret: bytes, label: str) -> str:
    nonce = os.urandom(12)
    return _b64(nonce + AESGCM(kek).encrypt(nonce, secret, label.encode()))


def _unseal(kek: bytes, sealed: str, label: str) -> bytes:
    blob = _unb64(sealed)
    return AESGCM(kek).decrypt(blob[:12], blob[12:], label.encode())


def write_atomically(path: Path, data: bytes) -> None:
    """Whole file or none (temporary file, fsync, rename), readable by the owner only."""
    from sync.atomic import write_atomically as write_whole

    try:
        write_whole(path, data, 0o600)
    except OSError as exc:
        raise StorageError(f"cannot write {path.name}: {exc.strerror}") from None


class KeyVault:
    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.is_file()

    def create(self, passphrase: str, keys: UnsealedKeys, scrypt_n: int = DEFAULT_SCRYPT_N) -> None:
        check_passphrase_strength(passphrase)
        self._write(passphrase, keys, KdfParams(os.urandom(16), n=scrypt_n))

    def _write(self, passphrase: str, keys: UnsealedKeys, params: KdfParams) -> None:
        kek = params.derive(passphrase)
        document = {
            "version": KEY_FILE_VERSION,
            "kdf": params.to_dict(),
            "data_key": _seal(kek, keys.data_key, "data-key"),
            "signing_key": _seal(kek, keys.signing_key, "signing-key"),
        }
        write_atomically(self.path, json.dumps(document, indent=2).encode())

    def _read(self) -> dict[str, object]:
        if not self.exists():
            raise LockedError("the station's key file is missing: this station was wiped or "
                              "never set up (restore from the registry)")
        try:
            document: dict[str, object] = json.loads(self.path.read_text())
        except (OSError, ValueError):
            raise LockedError("the station's key file is damaged") from None
        return document

    def unlock(self, passphrase: str) -> UnsealedKeys:
        document = self._read()
        params = KdfParams.from_dict(document["kdf"])  # type: ignore[arg-type]
        kek = params.derive(passphrase)
        try:
            return UnsealedKeys(
                _unseal(kek, str(document["data_key"]), "data-key"),
                _unseal(kek, str(document["signing_key"]), "signing-key"),
            )
        except InvalidTag:
            raise LockedError("wrong passphrase") from None

    def change_passphrase(self, old: str, new: str) -> None:
        keys = self.unlock(old)
        check_passphrase_strength(new)
        params = KdfParams.from_dict(self._read()["kdf"])  # type: ignore[arg-type]
        self._write(new, keys, KdfParams(os.urandom(16), n=params.n, r=params.r, p=params.p))

    def destroy(self) -> None:
        """Overwrite the sealed keys with random bytes, then delete the file."""
        if not self.exists():
            return
        size = self.path.stat().st_size
        with open(self.path, "r+b") as handle:
            handle.write(os.urandom(size))
            handle.flush()
            os.fsync(handle.fileno())
        self.path.unlink()
