"""The registry's key files, sealed by scrypt + AES-256-GCM.

Two files, kept apart so that the root key can stay offline:

- `keys.json` (online, in the registry home): the service key (signs acknowledgements, trust
  updates and revocation lists), the X25519 batch key, the data key, the root *public* key and
  the root-signed service certificate(s). `registry serve` and `import` need nothing else.
- `root-key.json`: the root signing key, which signs certificates only (stations, the service
  key). `registry init` writes it into the home; it belongs on offline media, and the commands
  that need it (`station add`, `root certify-service`, `root rotate-service`) take
  `--root-key FILE`.

The passphrase comes from REGISTRY_PASSPHRASE (never the command line); the root key file's from
REGISTRY_ROOT_PASSPHRASE, else the registry passphrase. Files are written atomically with mode
0600; a wrong passphrase fails the AES-GCM tag and changes nothing.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from cards import CardError, ServiceCertificate
from sync.atomic import write_atomically
from sync.batch import public_ed25519
from sync.encoding import b64d, b64e, key_id
from sync.errors import SyncError
from sync.kdf_cost import KdfCostError, kdf_cost_from_env

KEY_FILE_FORMAT = "enrolment-station/registry-keys/v2"
OLD_KEY_FILE_FORMATS = ("enrolment-station/registry-keys/v1",)  # held the root key online
ROOT_KEY_FORMAT = "enrolment-station/registry-root-key/v1"
ROOT_KEY_FILE = "root-key.json"
DEFAULT_SCRYPT_N = 2**15
NAMES = ("service", "x25519", "data", "root_public")


@dataclass(frozen=True)
class _Sealing:
    """The scrypt salt and cost of a loaded key file and the key they gave: kept in memory (as
    the keys themselves are) so that a rotated service key is saved without asking again."""

    salt: bytes
    n: int
    kek: bytes = field(repr=False)


@dataclass(frozen=True)
class RegistryKeys:
    service: bytes  # Ed25519 seed: acknowledgements, trust updates, revocation lists
    x25519: bytes  # X25519 private key: batches are encrypted to its public half
    data: bytes  # AES-256 key: personal data at rest in the registry database
    root_public: bytes  # raw Ed25519 public key of the (offline) root
    # Root-signed certificates of the service key and of earlier ones still listed, newest first.
    service_certificates: tuple[ServiceCertificate, ...] = ()
    sealing: _Sealing | None = field(default=None, repr=False, compare=False)

    @classmethod
    def generate(cls, root_public: bytes | None = None) -> RegistryKeys:
        """Fresh online keys under `root_public` (None: a throw-away root's, for tests); the
        service key has no certificate yet."""
        if root_public is None:
            root_public = public_ed25519(new_ed25519_seed())
        return cls(new_ed25519_seed(), X25519PrivateKey.generate().private_bytes(*_RAW),
                   os.urandom(32), root_public)

    def with_service(self, service: bytes,
                     certificates: tuple[ServiceCertificate, ...]) -> RegistryKeys:
        return replace(self, service=service, service_certificates=certificates)


_RAW = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def new_ed25519_seed() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(*_RAW)


def default_root_key_path(home: Path) -> Path:
    """Where `registry init` leaves the root key file (to be moved to offline media)."""
    return home / ROOT_KEY_FILE


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
    return _long_enough(value, "set REGISTRY_PASSPHRASE (at least 10 characters) to unlock "
                               "the registry")


def root_passphrase_from_env(*, prompt: bool = True) -> str:
    """The root key file's passphrase: REGISTRY_ROOT_PASSPHRASE, else a prompt in a terminal
    (when `prompt`), else the registry passphrase."""
    value = os.environ.get("REGISTRY_ROOT_PASSPHRASE", "")
    if not value and prompt and sys.stdin.isatty():
        value = getpass.getpass("Root key passphrase: ")
    if not value:
        return passphrase_from_env()
    return _long_enough(value, "REGISTRY_ROOT_PASSPHRASE needs at least 10 characters")


def _long_enough(value: str, message: str) -> str:
    if len(value) < 10:
        raise SyncError(message, reason="locked")
    return value


def _kek(passphrase: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(passphrase.encode())


def _new_sealing(passphrase: str) -> _Sealing:
    try:
        n = kdf_cost_from_env("REGISTRY_SCRYPT_N", DEFAULT_SCRYPT_N)
    except KdfCostError as exc:
        raise SyncError(str(exc), reason="bad-setting") from None
    salt = os.urandom(16)
    return _Sealing(salt, n, _kek(passphrase, salt, n))


def _seal(sealing: _Sealing, items: dict[str, bytes]) -> dict[str, Any]:
    aead = AESGCM(sealing.kek)
    sealed = {}
    for name, value in items.items():
        nonce = os.urandom(12)
        sealed[name] = b64e(nonce + aead.encrypt(nonce, value, name.encode()))
    return {"scrypt": {"salt": b64e(sealing.salt), "n": sealing.n}, **sealed}


def _unseal(document: dict[str, Any], passphrase: str, names: tuple[str, ...]
            ) -> tuple[_Sealing, dict[str, bytes]]:
    salt, n = b64d(document["scrypt"]["salt"]), int(document["scrypt"]["n"])
    sealing = _Sealing(salt, n, _kek(passphrase, salt, n))
    aead = AESGCM(sealing.kek)
    values = {}
    for name in names:
        blob = b64d(document[name])
        values[name] = aead.decrypt(blob[:12], blob[12:], name.encode())
    return sealing, values


def save_keys(path: Path, keys: RegistryKeys, passphrase: str | None = None) -> RegistryKeys:
    """Write the online key file; without `passphrase`, reseal under the one it was loaded with.

    Returns the keys with their sealing, for a later save.
    """
    if passphrase is not None:
        sealing = _new_sealing(passphrase)
    elif keys.sealing is not None:
        sealing = keys.sealing
    else:
        raise SyncError("the registry passphrase is needed to save its keys", reason="locked")
    document = {"format": KEY_FILE_FORMAT, "root_key_id": key_id(keys.root_public),
                **_seal(sealing, {name: getattr(keys, name) for name in NAMES}),
                "service_certificates": [c.to_dict() for c in keys.service_certificates]}
    write_atomically(path, json.dumps(document, indent=2).encode())
    return replace(keys, sealing=sealing)


def load_keys(path: Path, passphrase: str) -> RegistryKeys:
    try:
        document = json.loads(path.read_text())
        if not isinstance(document, dict):
            raise ValueError
    except FileNotFoundError:
        raise SyncError("no registry is set up here: run `registry init`", reason="locked"
                        ) from None
    except (OSError, ValueError):
        raise SyncError("the registry key file is damaged", reason="locked") from None
    if document.get("format") in OLD_KEY_FILE_FORMATS:
        raise SyncError("the registry key file is of version 1 (root key kept online), which "
                        "this version no longer opens: set up a new registry home with "
                        "`registry init`", reason="old-format")
    if document.get("format") != KEY_FILE_FORMAT:
        raise SyncError("the registry key file is of an unknown format", reason="locked")
    try:
        sealing, values = _unseal(document, passphrase, NAMES)
        certificates = tuple(ServiceCertificate.from_dict(c)
                             for c in document.get("service_certificates", []))
    except InvalidTag:
        raise SyncError("wrong registry passphrase", reason="locked") from None
    except (ValueError, KeyError, TypeError, CardError):
        raise SyncError("the registry key file is damaged", reason="locked") from None
    return RegistryKeys(**values, service_certificates=certificates, sealing=sealing)


def save_root_key(path: Path, root: bytes, passphrase: str) -> None:
    """Write the root key file (mode 0600). It holds the root seed and nothing else."""
    document = {"format": ROOT_KEY_FORMAT, "root_key_id": key_id(public_ed25519(root)),
                **_seal(_new_sealing(passphrase), {"root": root})}
    write_atomically(path, json.dumps(document, indent=2).encode())


def load_root_key(path: Path, passphrase: str) -> bytes:
    """The root seed from its file; one clear SyncError (reason `no-root-key`) if it is absent."""
    try:
        document = json.loads(path.read_text())
        if not isinstance(document, dict):
            raise ValueError
    except FileNotFoundError:
        raise SyncError(f"no root key file at {path}: plug in the offline copy and give "
                        "--root-key FILE", reason="no-root-key") from None
    except (OSError, ValueError):
        raise SyncError("the root key file cannot be read or is damaged",
                        reason="no-root-key") from None
    if document.get("format") != ROOT_KEY_FORMAT:
        raise SyncError("the file given as root key is not a registry root key file",
                        reason="no-root-key")
    try:
        return _unseal(document, passphrase, ("root",))[1]["root"]
    except InvalidTag:
        raise SyncError("wrong passphrase for the root key file (REGISTRY_ROOT_PASSPHRASE)",
                        reason="locked") from None
    except (ValueError, KeyError, TypeError):
        raise SyncError("the root key file is damaged", reason="no-root-key") from None

