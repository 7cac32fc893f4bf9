"""Sealed batches: records encrypted to the registry (HPKE), manifest signed by the station.

A batch file is a ZIP archive (stored, not compressed) holding exactly:
  manifest.json      canonical JSON (see `Manifest`), the only clear part;
  manifest.sig       64-byte Ed25519 signature of MANIFEST_CONTEXT + manifest.json;
  records.cbor.hpke  HPKE ciphertext of the CBOR records (enrolments, cards, decisions, ...);
  media.cbor.hpke    HPKE ciphertext of the CBOR photos and templates.
The manifest lists each encrypted file's SHA-256 and size, so a reader checks the signature and
the hashes before decrypting anything. sync/FORMAT.md describes the format in full.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import cbor2
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from sync.atomic import write_atomically
from sync.encoding import canonical_json, key_id, sha256_hex
from sync.errors import BatchRejected

FORMAT = "enrolment-station/batch/v1"
MANIFEST_CONTEXT = b"enrolment-station/batch-manifest/v1\n"
HPKE_SUITE_NAME = "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
RECORDS_NAME = "records.cbor.hpke"
MEDIA_NAME = "media.cbor.hpke"
ENTRY_NAMES = (MANIFEST_NAME, SIGNATURE_NAME, RECORDS_NAME, MEDIA_NAME)
GENESIS_HASH = "0" * 64
RECORD_KINDS = ("enrolments", "cards", "duplicate_decisions", "consent_withdrawals")
MAX_MANIFEST_BYTES = 64 * 1024

_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


@dataclass
class BatchPayload:
    """What a batch carries, as plain data (strings, numbers, bytes, lists, dicts)."""

    enrolments: list[dict[str, Any]] = field(default_factory=list)
    cards: list[dict[str, Any]] = field(default_factory=list)
    duplicate_decisions: list[dict[str, Any]] = field(default_factory=list)
    consent_withdrawals: list[dict[str, Any]] = field(default_factory=list)
    media: list[dict[str, Any]] = field(default_factory=list)  # photo / template per number

    def counts(self) -> dict[str, int]:
        return {kind: len(getattr(self, kind)) for kind in RECORD_KINDS}

    @property
    def record_count(self) -> int:
        return sum(self.counts().values())

    def records_document(self) -> dict[str, Any]:
        return {kind: getattr(self, kind) for kind in RECORD_KINDS}


@dataclass(frozen=True)
class Manifest:
    station_id: str
    sequence: int
    previous_hash: str
    created_at: str  # ISO 8601, UTC
    counts: dict[str, int]
    recipient: str  # key id of the registry's X25519 public key
    signer: str  # key id of the station's Ed25519 public key
    files: dict[str, dict[str, Any]]  # name -> {"sha256": hex, "size": bytes}

    @property
    def record_count(self) -> int:
        return sum(self.counts.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "hpke": HPKE_SUITE_NAME, "station_id": self.station_id,
            "sequence": self.sequence, "previous_hash": self.previous_hash,
            "created_at": self.created_at, "counts": self.counts,
            "record_count": self.record_count, "recipient": self.recipient,
            "signer": self.signer, "files": self.files,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        if data.get("format") != FORMAT:
            raise BatchRejected("the batch format is unknown or newer than this registry",
                                reason="unsupported-format")
        try:
            manifest = cls(str(data["station_id"]), int(data["sequence"]),
                           str(data["previous_hash"]), str(data["created_at"]),
                           {str(k): int(v) for k, v in data["counts"].items()},
                           str(data["recipient"]), str(data["signer"]),
                           {str(k): dict(v) for k, v in data["files"].items()})
        except (KeyError, TypeError, ValueError, AttributeError):
            raise BatchRejected("the batch manifest is malformed", reason="malformed") from None
        if manifest.sequence < 1 or set(manifest.files) != {RECORDS_NAME, MEDIA_NAME}:
            raise BatchRejected("the batch manifest is malformed", reason="malformed")
        return manifest


@dataclass(frozen=True)
class SealedBatch:
    path: Path
    sha256: str  # of the whole file: the batch's identity, chained by the next batch
    manifest: Manifest


@dataclass(frozen=True)
class BatchFile:
    """A batch read from bytes: nothing verified or decrypted yet."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    entries: dict[str, bytes]
    sha256: str


def batch_file_name(station_id: str, sequence: int) -> str:
    return f"{station_id}-{sequence:06d}.batch"


def _hpke_info(station_id: str, sequence: int, name: str) -> bytes:
    """Binds each ciphertext to its station, sequence and file: no moving it to another batch."""
    return f"{FORMAT}\n{station_id}\n{sequence}\n{name}".encode()


def public_x25519(private_raw: bytes) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return X25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw)


def public_ed25519(private_raw: bytes) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return Ed25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw)


def seal_batch(payload: BatchPayload, *, station_id: str, sequence: int, previous_hash: str,
               created_at: datetime, signing_key: bytes, recipient_public: bytes,
               out_dir: Path) -> SealedBatch:
    """Encrypt, sign and write a batch atomically to `out_dir`; returns its path and hash."""
    recipient = X25519PublicKey.from_public_bytes(recipient_public)
    plain = {RECORDS_NAME: cbor2.dumps(payload.records_document()),
             MEDIA_NAME: cbor2.dumps({"media": payload.media})}
    sealed = {name: _SUITE.encrypt(body, recipient, info=_hpke_info(station_id, sequence, name))
              for name, body in plain.items()}
    manifest = Manifest(
        station_id=station_id, sequence=sequence, previous_hash=previous_hash,
        created_at=created_at.isoformat(), counts=payload.counts(),
        recipient=key_id(recipient_public), signer=key_id(public_ed25519(signing_key)),
        files={name: {"sha256": sha256_hex(body), "size": len(body)}
               for name, body in sealed.items()})
    manifest_bytes = canonical_json(manifest.to_dict())
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(
        MANIFEST_CONTEXT + manifest_bytes)
    data = _zip({MANIFEST_NAME: manifest_bytes, SIGNATURE_NAME: signature, **sealed})
    path = out_dir / batch_file_name(station_id, sequence)
    write_atomically(path, data)
    return SealedBatch(path, sha256_hex(data), manifest)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name in ENTRY_NAMES:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            archive.writestr(info, entries[name])
    return buffer.getvalue()


def read_batch(data: bytes) -> BatchFile:
    """Parse a batch file's container and manifest; rejects truncated or foreign files."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if sorted(info.filename for info in infos) != sorted(ENTRY_NAMES):
                raise BatchRejected("the file does not hold exactly the batch entries",
                                    reason="malformed")
            # Batches are written uncompressed: a compressed entry could inflate without bound
            # before the signature is checked.
            if any(info.compress_type != zipfile.ZIP_STORED or info.file_size > len(data)
                   for info in infos):
                raise BatchRejected("the batch entries are compressed or oversized",
                                    reason="malformed")
            entries = {name: archive.read(name) for name in ENTRY_NAMES}
    except zipfile.BadZipFile as exc:
        if "crc" in str(exc).lower():  # whole file, but a byte inside an entry changed
            raise BatchRejected("the file was altered: an entry's checksum does not match",
                                reason="tampered") from None
        raise BatchRejected("the file is truncated or is not a batch", reason="truncated") from None
    except (EOFError, ValueError, zipfile.LargeZipFile):
        raise BatchRejected("the file is truncated or is not a batch", reason="truncated") from None
    manifest_bytes = entries[MANIFEST_NAME]
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise BatchRejected("the batch manifest is too large", reason="malformed")
    try:
        document = json.loads(manifest_bytes)
    except ValueError:
        raise BatchRejected("the batch manifest is not JSON", reason="malformed") from None
    if not isinstance(document, dict):
        raise BatchRejected("the batch manifest is malformed", reason="malformed")
    return BatchFile(Manifest.from_dict(document), manifest_bytes, entries[SIGNATURE_NAME],
                     entries, sha256_hex(data))


def verify_batch(batch: BatchFile, station_public: bytes) -> None:
    """Check the station's signature, then every file's hash and size. Decrypts nothing."""
    if batch.manifest.signer != key_id(station_public):
        raise BatchRejected("the batch is signed by a key other than this station's",
                            reason="wrong-signer")
    try:
        Ed25519PublicKey.from_public_bytes(station_public).verify(
            batch.signature, MANIFEST_CONTEXT + batch.manifest_bytes)
    except (InvalidSignature, ValueError):
        raise BatchRejected("the batch signature does not verify: the manifest was altered",
                            reason="tampered") from None
    for name, expected in batch.manifest.files.items():
        body = batch.entries[name]
        if len(body) != expected.get("size") or sha256_hex(body) != expected.get("sha256"):
            raise BatchRejected(f"{name} does not match its hash in the manifest: altered",
                                reason="tampered")


def open_batch(batch: BatchFile, registry_private: bytes) -> BatchPayload:
    """Decrypt a verified batch with the registry's X25519 private key.

    Checks the CBOR's shape before decoding it and the documents' structure; the records'
    fields are checked by `sync.batch_schema.check_payload` (the registry's import does)."""
    private = X25519PrivateKey.from_private_bytes(registry_private)
    if batch.manifest.recipient != key_id(public_x25519(registry_private)):
        raise BatchRejected("the batch is encrypted for another registry",
                            reason="wrong-recipient")
    from sync.batch_schema import MAX_ITEMS, check_cbor_shape, payload_from_documents

    counts = batch.manifest.counts
    if any(counts.get(kind, 0) > MAX_ITEMS[kind] or counts.get(kind, 0) < 0
           for kind in RECORD_KINDS) or set(counts) - set(RECORD_KINDS):
        raise BatchRejected("the batch manifest's counts are outside the format's limits",
                            reason="too-many-records")
    plain: dict[str, Any] = {}
    for name in (RECORDS_NAME, MEDIA_NAME):
        info = _hpke_info(batch.manifest.station_id, batch.manifest.sequence, name)
        try:
            body = _SUITE.decrypt(batch.entries[name], private, info=info)
        except InvalidTag:
            # The recipient key id is this registry's and the station's signature covers the
            # ciphertext's hash: the station sealed something that does not open here.
            raise BatchRejected(f"{name} names this registry but does not decrypt: the "
                                "station sealed a damaged ciphertext, or one made for another "
                                "batch", reason="undecryptable") from None
        except ValueError:
            raise BatchRejected(f"{name} is too short to be a ciphertext",
                                reason="undecryptable") from None
        check_cbor_shape(body)
        try:
            plain[name] = cbor2.loads(body)
        except (cbor2.CBORDecodeError, ValueError, TypeError, OverflowError, RecursionError):
            raise BatchRejected("the batch content is not valid CBOR", reason="invalid-content"
                                ) from None
    payload = payload_from_documents(plain[RECORDS_NAME], plain[MEDIA_NAME])
    if payload.counts() != {k: counts.get(k, 0) for k in RECORD_KINDS}:
        raise BatchRejected("the batch content does not match the manifest's counts",
                            reason="invalid-content")
    return payload
