"""The sealed batch format: round trip, and every way a batch must fail to open."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from sync.batch import (
    GENESIS_HASH,
    RECORDS_NAME,
    BatchPayload,
    open_batch,
    public_ed25519,
    public_x25519,
    read_batch,
    seal_batch,
    verify_batch,
)
from sync.errors import BatchRejected


def _raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


@pytest.fixture()
def keys() -> dict[str, bytes]:
    return {"station": _raw(Ed25519PrivateKey.generate()),
            "registry": _raw(X25519PrivateKey.generate())}


def _payload() -> BatchPayload:
    return BatchPayload(
        enrolments=[{"registration_number": "DAR-01-000001X", "personal": {"name": "secret"}}],
        cards=[{"card_number": "CDAR-01-000001Y"}],
        media=[{"registration_number": "DAR-01-000001X", "photo": {"jpeg": os.urandom(2000)},
                "template": None}])


def _seal(tmp_path: Path, keys: dict[str, bytes], station_id: str = "DAR-01",
          sequence: int = 1) -> Path:
    sealed = seal_batch(_payload(), station_id=station_id, sequence=sequence,
                        previous_hash=GENESIS_HASH, created_at=datetime.now(UTC),
                        signing_key=keys["station"],
                        recipient_public=public_x25519(keys["registry"]), out_dir=tmp_path)
    return sealed.path


def test_sync_batch_round_trip(tmp_path: Path, keys: dict[str, bytes]) -> None:
    """A sealed batch verifies with the station key and decrypts to the same records."""
    path = _seal(tmp_path, keys)
    batch = read_batch(path.read_bytes())
    verify_batch(batch, public_ed25519(keys["station"]))
    payload = open_batch(batch, keys["registry"])
    assert payload.enrolments == _payload().enrolments
    assert payload.media[0]["registration_number"] == "DAR-01-000001X"
    assert batch.manifest.counts["enrolments"] == 1 and batch.manifest.record_count == 2


def test_sync_batch_personal_data_not_in_clear(tmp_path: Path, keys: dict[str, bytes]) -> None:
    """No personal value appears anywhere in the batch file's bytes."""
    assert b"secret" not in _seal(tmp_path, keys).read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["DAR-01-000001.batch"]


def test_sync_batch_flipped_ciphertext_byte_rejected(tmp_path: Path,
                                                     keys: dict[str, bytes]) -> None:
    """Changing one byte of an encrypted entry fails the manifest hash as tampered."""
    batch = read_batch(_seal(tmp_path, keys).read_bytes())
    body = bytearray(batch.entries[RECORDS_NAME])
    body[40] ^= 1
    batch.entries[RECORDS_NAME] = bytes(body)
    with pytest.raises(BatchRejected) as caught:
        verify_batch(batch, public_ed25519(keys["station"]))
    assert caught.value.reason == "tampered"


def test_sync_batch_edited_manifest_rejected(tmp_path: Path, keys: dict[str, bytes]) -> None:
    """A manifest edited after signing (record count) fails the signature."""
    data = _seal(tmp_path, keys).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    entries["manifest.json"] = entries["manifest.json"].replace(b'"sequence":1', b'"sequence":2')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, body in entries.items():
            archive.writestr(name, body)
    with pytest.raises(BatchRejected) as caught:
        verify_batch(read_batch(buffer.getvalue()), public_ed25519(keys["station"]))
    assert caught.value.reason == "tampered"


def test_sync_batch_truncated_file_rejected(tmp_path: Path, keys: dict[str, bytes]) -> None:
    """A batch cut short (interrupted copy) is rejected as truncated."""
    data = _seal(tmp_path, keys).read_bytes()
    with pytest.raises(BatchRejected) as caught:
        read_batch(data[: len(data) // 2])
    assert caught.value.reason == "truncated"


def test_sync_batch_other_registry_cannot_open(tmp_path: Path, keys: dict[str, bytes]) -> None:
    """A batch encrypted for one registry is refused by another as wrong recipient."""
    batch = read_batch(_seal(tmp_path, keys).read_bytes())
    with pytest.raises(BatchRejected) as caught:
        open_batch(batch, _raw(X25519PrivateKey.generate()))
    assert caught.value.reason == "wrong-recipient"


def test_sync_batch_other_station_key_rejected(tmp_path: Path, keys: dict[str, bytes]) -> None:
    """Verifying with another station's public key fails: the signer is named and checked."""
    batch = read_batch(_seal(tmp_path, keys).read_bytes())
    with pytest.raises(BatchRejected) as caught:
        verify_batch(batch, public_ed25519(_raw(Ed25519PrivateKey.generate())))
    assert caught.value.reason == "wrong-signer"


def test_sync_batch_ciphertext_moved_between_stations(tmp_path: Path,
                                                      keys: dict[str, bytes]) -> None:
    """Ciphertext lifted from one station's batch into another's, re-signed, does not decrypt."""
    (tmp_path / "a").mkdir()
    first = read_batch(_seal(tmp_path / "a", keys, "DAR-01").read_bytes()).entries
    other = dict(keys, station=_raw(Ed25519PrivateKey.generate()))
    (tmp_path / "b").mkdir()
    target = read_batch(_seal(tmp_path / "b", other, "ARU-02").read_bytes())
    target.entries[RECORDS_NAME] = first[RECORDS_NAME]
    with pytest.raises(BatchRejected) as caught:
        open_batch(target, keys["registry"])
    # It names this registry as recipient: not "wrong-recipient", it does not decrypt here.
    assert caught.value.reason == "undecryptable"


def test_sync_one_flipped_byte_is_tampering_not_truncation(tmp_path: Path,
                                                           keys: dict[str, bytes]) -> None:
    """A complete file with one byte changed inside an entry is reported as altered."""
    data = bytearray(_seal(tmp_path, keys).read_bytes())
    data[len(data) // 2] ^= 0x01
    with pytest.raises(BatchRejected) as caught:
        verify_batch(read_batch(bytes(data)), public_ed25519(keys["station"]))
    assert caught.value.reason == "tampered"
