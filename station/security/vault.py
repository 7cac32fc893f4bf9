"""The key file: a random data key and the station's signing key, sealed by the passphrase.

The passphrase goes through scrypt (N=2^17, r=8, p=1: OWASP's guidance; parameters stored
beside the salt) to a key-encryption key; the data key is sealed with AES-256-GCM. A wrong
passphrase fails the GCM tag and changes nothing. Changing the passphrase re-seals the same
data key: no record is rewritten.

The file is made once, at a fixed size, and from then on only ever overwritten in place, so
that the file system never leaves an earlier version of the sealed keys in a free block (a
rename over the old file did: a carve of the raw disk found the old file after a wipe, and the
old passphrase opened it). It holds two slots of one 4 KiB block each:

    magic "STKEYS\\0\\2" | generation (8 bytes) | length (4) | payload (JSON) | zeros | SHA-256

An update writes the new payload, with the next generation, over the slot that does not hold
the current one and fsyncs; then it writes the same slot over the other one and fsyncs again,
so that the old sealing (under the old passphrase) is gone from the file too. A process killed
at any moment leaves one slot whole: the old keys or the new ones, never neither. Reading
takes the whole slot (checksum right) with the highest generation.

Where the machine has a TPM 2.0 the key that seals the keys is HKDF(scrypt(passphrase) || a
secret sealed in the chip) (station/security/tpm.py); the payload's `tpm` entry says so and
where the secret lies, so a key file made without a chip opens as before. A passphrase change
keeps the chip's secret: only the slots change, as above.

`destroy()` is the emergency wipe: the chip's secret is evicted first, then both slots are
overwritten with random bytes in place (no free space needed), fsynced, and the file is
deleted. Key files of the first format (`keys.json`, written by rename) are read, moved into
the slot file on the first unlock and then overwritten and deleted; what an earlier rename
left in free blocks cannot be reached from here (docs/data-protection.md).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import json
import os
import struct
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from station.errors import LockedError, StorageError
from station.security.strength import MIN_PASSPHRASE_LENGTH, check_passphrase_strength
from station.security.tpm import Chip, ChipError, SealedRef, no_answer

__all__ = ["DEFAULT_SCRYPT_N", "MIN_PASSPHRASE_LENGTH", "KdfParams", "KeyVault",
           "UnsealedKeys", "check_passphrase_strength", "write_atomically"]

CHIP_UNUSED = ("the machine's security chip (TPM) could not be used: the station's key file is "
               "protected by the passphrase alone")
KEY_FILE_VERSION = 2
DEFAULT_SCRYPT_N = 2**17  # OWASP: N=2^17, r=8, p=1 (128 MiB, about half a second)
EARLIER_DEFAULTS = (2**15,)  # shipped costs of earlier versions: raised on the next unlock
MAX_SCRYPT_N = 2**20
SLOT_SIZE = 4096
SLOTS = 2
FILE_SIZE = SLOT_SIZE * SLOTS
MAGIC = b"STKEYS\x00\x02"
_HEADER = struct.Struct(">8sQI")
_DIGEST = 32
_MAX_PAYLOAD = SLOT_SIZE - _HEADER.size - _DIGEST

# Things the key file vouches for, sealed with the keys (a hand edit cannot add or drop one):
# the store's operator rows and the security settings carry MACs under the data key.
FEATURE_MACS = "macs-v1"


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    n: int = DEFAULT_SCRYPT_N
    r: int = 8
    p: int = 1

    def derive(self, passphrase: str) -> bytes:
        if not (2 <= self.n <= MAX_SCRYPT_N and not self.n & (self.n - 1)
                and 1 <= self.r <= 32 and 1 <= self.p <= 16):
            raise LockedError("the station's key file asks for a key derivation cost out of "
                              "range: it is damaged")
        # 128 * N * r bytes of memory (128 MiB at the default); cryptography's scrypt sets its
        # memory limit from the parameters, unlike OpenSSL's 32 MiB default.
        return Scrypt(salt=self.salt, length=32, n=self.n, r=self.r, p=self.p).derive(
            passphrase.encode())

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
    features: frozenset[str] = field(default_factory=frozenset)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode())


def _seal(kek: bytes, secret: bytes, label: str) -> str:
    nonce = os.urandom(12)
    return _b64(nonce + AESGCM(kek).encrypt(nonce, secret, label.encode()))


def _unseal(kek: bytes, sealed: str, label: str) -> bytes:
    blob = _unb64(sealed)
    return AESGCM(kek).decrypt(blob[:12], blob[12:], label.encode())


def _with_chip(passphrase_key: bytes, chip_secret: bytes | None) -> bytes:
    """The key-encryption key: the passphrase's key alone, or HKDF of it and the chip's
    secret (neither alone opens the key file)."""
    if chip_secret is None:
        return passphrase_key
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"station key file: passphrase and TPM secret").derive(
        passphrase_key + chip_secret)


def _features_label(features: frozenset[str]) -> str:
    return "data-key" + "".join(f"|{name}" for name in sorted(features))


def write_atomically(path: Path, data: bytes) -> None:
    """Whole file or none (temporary file, fsync, rename), readable by the owner only.

    For settings and the like, never for key material (a rename leaves the old file's bytes
    in free blocks)."""
    from sync.atomic import write_atomically as write_whole

    try:
        write_whole(path, data, 0o600)
    except OSError as exc:
        raise StorageError(f"cannot write {path.name}: {exc.strerror}") from None


def _slot_bytes(generation: int, payload: bytes) -> bytes:
    if len(payload) > _MAX_PAYLOAD:
        raise ValueError("key file payload too large for a slot")
    body = _HEADER.pack(MAGIC, generation, len(payload)) + payload
    body += bytes(SLOT_SIZE - _DIGEST - len(body))
    return body + hashlib.sha256(body).digest()


def _parse_slot(raw: bytes) -> tuple[int, dict[str, object]] | None:
    """(generation, document) of a whole slot; None for a torn, blank or foreign one."""
    if len(raw) != SLOT_SIZE:
        return None
    body, digest = raw[:-_DIGEST], raw[-_DIGEST:]
    if hashlib.sha256(body).digest() != digest:
        return None
    magic, generation, length = _HEADER.unpack_from(body)
    if magic != MAGIC or length > _MAX_PAYLOAD:
        return None
    try:
        document = json.loads(body[_HEADER.size:_HEADER.size + length])
    except ValueError:
        return None
    return (generation, document) if isinstance(document, dict) else None


def _overwrite_with_random(path: Path) -> None:
    """Overwrite a file's bytes in place with random ones (same blocks), fsync, delete."""
    with contextlib.suppress(FileNotFoundError):
        descriptor = os.open(path, os.O_RDWR)
        try:
            size = os.fstat(descriptor).st_size
            written = 0
            while written < size:
                step = min(1 << 20, size - written)
                written += os.pwrite(descriptor, os.urandom(step), written)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        path.unlink()


class KeyVault:
    """`path`: the slot file; `legacy_path`: where a key file of the first format may be."""

    def __init__(self, path: Path, legacy_path: Path | None = None) -> None:
        self.path = path
        self.legacy_path = legacy_path
        self._kek: tuple[KdfParams, bytes] | None = None  # from the last unlock, for updates
        # the chip's secret and where it lies (from the last unlock or create), for updates
        self._chip: tuple[SealedRef, bytes] | None = None

    @property
    def _partial(self) -> Path:
        return self.path.with_name(f".partial-{self.path.name}")

    def exists(self) -> bool:
        return self.path.is_file() or bool(self.legacy_path and self.legacy_path.is_file())

    def kdf_params(self) -> KdfParams:
        """The KDF parameters of the current keys (no passphrase needed)."""
        if self.path.is_file():
            return KdfParams.from_dict(self._current()[1]["kdf"])  # type: ignore[arg-type]
        return KdfParams.from_dict(self._read_legacy()["kdf"])  # type: ignore[arg-type]

    # -- making and updating ----------------------------------------------------------------
    def create(self, passphrase: str, keys: UnsealedKeys, scrypt_n: int = DEFAULT_SCRYPT_N,
               chip: Chip | None = None, *, chip_optional: bool = False) -> str | None:
        """Make the key file; with `chip`, a fresh secret sealed in it is part of the key
        (evicted again if the file cannot be written). A chip that fails is an error, unless
        `chip_optional`: then the passphrase alone seals the keys, and the returned warning
        says so."""
        check_passphrase_strength(passphrase)
        params = KdfParams(os.urandom(16), n=scrypt_n)
        self._chip = None
        warning = None
        if chip is not None:
            try:
                self._chip = chip.seal_new()
            except ChipError:
                if not chip_optional:
                    raise
                warning = CHIP_UNUSED
        try:
            self._create_file(self._document(params, self._key(params, passphrase), keys))
        except BaseException:
            if chip is not None and self._chip is not None:
                with contextlib.suppress(ChipError):
                    chip.destroy(self._chip[0])
            self._chip = None
            raise
        return warning

    def chip_bound(self) -> bool:
        """The key file needs the chip's secret (read from its header, no passphrase)."""
        return self.path.is_file() and _chip_ref(self._current()[1]) is not None

    def _key(self, params: KdfParams, passphrase: str) -> bytes:
        return _with_chip(params.derive(passphrase), self._chip[1] if self._chip else None)

    def _document(self, params: KdfParams, kek: bytes, keys: UnsealedKeys) -> bytes:
        self._kek = (params, kek)
        document: dict[str, object] = {
            "version": KEY_FILE_VERSION,
            "kdf": params.to_dict(),
            "features": sorted(keys.features),
            "data_key": _seal(kek, keys.data_key, _features_label(keys.features)),
            "signing_key": _seal(kek, keys.signing_key, "signing-key"),
        }
        if self._chip is not None:
            document["tpm"] = self._chip[0].to_dict()
        return json.dumps(document, separators=(",", ":")).encode()

    def _create_file(self, payload: bytes) -> None:
        """The slot file, whole, both slots holding generation 1. Made under a temporary name
        and renamed into place once (the only rename it ever sees: nothing was there)."""
        slot = _slot_bytes(1, payload)
        partial = self._partial
        try:
            _overwrite_with_random(partial)  # left by a killed run: never truncate key bytes
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(descriptor, slot * SLOTS)
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
            os.rename(partial, self.path)
            from sync.atomic import fsync_directory

            fsync_directory(self.path.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                _overwrite_with_random(partial)
            raise StorageError(f"cannot write the station's key file: {exc.strerror}") from None

    def _update(self, payload: bytes) -> None:
        """Overwrite both slots in place, older slot first, fsync after each."""
        try:
            descriptor = os.open(self.path, os.O_RDWR)
        except OSError as exc:
            raise StorageError(f"cannot write the station's key file: {exc.strerror}") from None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            slots = [_parse_slot(os.pread(descriptor, SLOT_SIZE, i * SLOT_SIZE))
                     for i in range(SLOTS)]
            generations = [s[0] if s else -1 for s in slots]
            current = max(range(SLOTS), key=lambda i: (generations[i], -i))
            slot = _slot_bytes(max(generations) + 1, payload)
            for index in (1 - current, current):
                if os.pwrite(descriptor, slot, index * SLOT_SIZE) != SLOT_SIZE:
                    raise OSError(28, "short write")
                os.fsync(descriptor)
        except OSError as exc:
            raise StorageError(f"cannot write the station's key file: {exc.strerror}") from None
        finally:
            os.close(descriptor)

    # -- reading ----------------------------------------------------------------------------
    def _current(self) -> tuple[int, dict[str, object]]:
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(FILE_SIZE)
        except FileNotFoundError:
            raise self._missing() from None
        except OSError:
            raise LockedError("the station's key file cannot be read") from None
        slots = [s for s in (_parse_slot(raw[i * SLOT_SIZE:(i + 1) * SLOT_SIZE])
                             for i in range(SLOTS)) if s is not None]
        if not slots:
            raise LockedError("the station's key file is damaged")
        return max(slots, key=lambda s: s[0])

    def _missing(self) -> LockedError:
        return LockedError("the station's key file is missing: this station was wiped or "
                           "never set up (restore from the registry)")

    def _read_legacy(self) -> dict[str, object]:
        if self.legacy_path is None or not self.legacy_path.is_file():
            raise self._missing()
        try:
            document: dict[str, object] = json.loads(self.legacy_path.read_text())
        except (OSError, ValueError):
            raise LockedError("the station's key file is damaged") from None
        return document

    def _open_document(self, document: dict[str, object], passphrase: str,
                       features: frozenset[str]) -> UnsealedKeys:
        params = KdfParams.from_dict(document["kdf"])  # type: ignore[arg-type]
        self._chip = None
        ref = _chip_ref(document)
        if ref is not None:  # asked first: it answers in milliseconds, scrypt takes a while
            chip = Chip.of_machine()
            if chip is None:
                raise no_answer()
            self._chip = (ref, chip.unseal(ref))
        kek = self._key(params, passphrase)
        try:
            keys = UnsealedKeys(
                _unseal(kek, str(document["data_key"]), _features_label(features)),
                _unseal(kek, str(document["signing_key"]), "signing-key"), features)
        except InvalidTag:
            raise LockedError("wrong passphrase") from None
        except (KeyError, ValueError):
            raise LockedError("the station's key file is damaged") from None
        self._kek = (params, kek)
        return keys

    def unlock(self, passphrase: str) -> UnsealedKeys:
        if not self.path.is_file() or not self._slots_readable():
            return self._unlock_legacy(passphrase)
        document = self._current()[1]
        listed = document.get("features", [])
        features = frozenset(str(f) for f in listed) if isinstance(listed, list) else frozenset()
        keys = self._open_document(document, passphrase, features)
        self._repair()
        if self.legacy_path is not None and self.legacy_path.exists():
            # a migration killed after the slot file was made: finish it
            with contextlib.suppress(OSError):
                _overwrite_with_random(self.legacy_path)
        self._raise_cost(passphrase, keys)
        return keys

    def _repair(self) -> None:
        """After a change killed between its two writes, one slot still holds the keys
        sealed under the old passphrase: overwrite it with the current slot (best effort)."""
        with contextlib.suppress(OSError):
            descriptor = os.open(self.path, os.O_RDWR)
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX)
                raw = [os.pread(descriptor, SLOT_SIZE, i * SLOT_SIZE) for i in range(SLOTS)]
                if raw[0] == raw[1]:
                    return
                parsed = [_parse_slot(r) for r in raw]
                generations = [p[0] if p else -1 for p in parsed]
                current = max(range(SLOTS), key=lambda i: (generations[i], -i))
                os.pwrite(descriptor, raw[current], (1 - current) * SLOT_SIZE)
                os.fsync(descriptor)
            finally:
                os.close(descriptor)

    def _raise_cost(self, passphrase: str, keys: UnsealedKeys) -> None:
        """Keys sealed at an earlier version's default cost are sealed again at today's
        (once; best effort: a full disk leaves them as they are)."""
        assert self._kek is not None
        params = self._kek[0]
        if params.n in EARLIER_DEFAULTS and self.path.is_file():
            fresh = KdfParams(os.urandom(16), n=DEFAULT_SCRYPT_N, r=params.r, p=params.p)
            with contextlib.suppress(StorageError):
                self._update(self._document(fresh, self._key(fresh, passphrase), keys))

    def _slots_readable(self) -> bool:
        try:
            self._current()
        except LockedError:
            return not (self.legacy_path and self.legacy_path.is_file())
        return True

    def _unlock_legacy(self, passphrase: str) -> UnsealedKeys:
        """Open a key file of the first format and move it into a slot file (best effort:
        on a full or read-only disk it stays as it is and opens again next time)."""
        document = self._read_legacy()
        keys = self._open_document(document, passphrase, frozenset())
        assert self._kek is not None
        params, kek = self._kek
        with contextlib.suppress(StorageError, OSError):
            _overwrite_with_random(self.path)  # a torn slot file from a killed migration
            self._create_file(self._document(params, kek, keys))
            assert self.legacy_path is not None
            _overwrite_with_random(self.legacy_path)
            self._raise_cost(passphrase, keys)
        return keys

    def change_passphrase(self, old: str, new: str) -> None:
        keys = self.unlock(old)
        check_passphrase_strength(new)
        assert self._kek is not None
        params = self._kek[0]
        fresh = KdfParams(os.urandom(16), n=params.n, r=params.r, p=params.p)
        payload = self._document(fresh, self._key(fresh, new), keys)
        if self.path.is_file():
            self._update(payload)
            return
        self._create_file(payload)  # a first-format file not moved yet (full disk at unlock)
        if self.legacy_path is not None:
            _overwrite_with_random(self.legacy_path)

    def add_features(self, keys: UnsealedKeys, *features: str) -> UnsealedKeys:
        """Seal `features` into the key file with the same keys and passphrase (after an
        `unlock` of this vault); returns the keys as they now are."""
        if self._kek is None:
            raise LockedError("unlock the key file first")
        updated = replace(keys, features=keys.features | frozenset(features))
        params, kek = self._kek
        self._update(self._document(params, kek, updated))
        return updated

    def destroy_chip_secret(self) -> bool | None:
        """Evict the chip's secret of this key file: True when the chip no longer holds it,
        False when the chip did not answer (the key file is destroyed all the same), None when
        the key file has no chip secret (or cannot be read)."""
        try:
            ref = _chip_ref(self._current()[1]) if self.path.is_file() else None
        except (LockedError, ValueError):
            ref = None
        if ref is None:
            return None
        chip = Chip.of_machine()
        if chip is None:
            return False
        try:
            chip.destroy(ref)
        except ChipError:
            return False
        return True

    def destroy(self, *, chip: bool = True) -> bool | None:
        """Evict the chip's secret (`destroy_chip_secret`; `chip=False` where the caller did
        that already), then overwrite the sealed keys with random bytes in place and delete
        the files; returns what became of the secret.

        Needs no free space: the same blocks are written again."""
        chip_destroyed = self.destroy_chip_secret() if chip else None
        self._kek = None
        self._chip = None
        for path in (self.path, self._partial, self.legacy_path):
            if path is not None:
                _overwrite_with_random(path)
        return chip_destroyed


def _chip_ref(document: dict[str, object]) -> SealedRef | None:
    """Where the chip's secret of a key document lies; None for a key file without one."""
    if "tpm" not in document:
        return None
    try:
        return SealedRef.from_dict(document["tpm"])
    except (KeyError, ValueError, TypeError):
        raise LockedError("the station's key file is damaged") from None
