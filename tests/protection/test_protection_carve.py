"""A wipe holds against a carve of the raw disk: no key file the station ever wrote, in any
block, unseals with any passphrase the station ever had.

The station home lies on a real ext4 file system in an image file, loop-mounted; every command
is the `station` CLI in a subprocess, at the shipped KDF cost. After the wipe the image is read
byte by byte and every piece of key material found (slot files and key files of the first
format alike) is tried with every passphrase used. A control carve before the wipe finds the
current key file and opens it, so the carve is known to see what is on the disk.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.security.vault import (
    MAGIC,
    SLOT_SIZE,
    KdfParams,
    _features_label,
    _parse_slot,
    _unseal,
)
from station.services.home import StationHome

PASSPHRASES = ["correct horse battery", "river lamp orange seventeen",
               "kettle violin north harbour"]
ENROL = ["enrol", "--given-name", "Amani", "--family-name", "Kabila", "--sex", "M",
         "--birth-year", "1988", "--nationality", "BDI", "--consent", "registration"]


@pytest.fixture
def ext4_disk(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(image file, mount point): a 32 MiB ext4 file system, loop-mounted (default options:
    data=ordered, as a station's disk is formatted)."""
    if shutil.which("mkfs.ext4") is None:
        pytest.skip("mkfs.ext4 is not installed")
    image = tmp_path / "disk.img"
    with open(image, "wb") as handle:
        handle.truncate(32 << 20)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True, capture_output=True)
    point = tmp_path / "mnt"
    point.mkdir()
    done = subprocess.run(["mount", "-o", "loop", str(image), str(point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot loop-mount an ext4 image here: {done.stderr.decode().strip()}")
    try:
        yield image, point
    finally:
        subprocess.run(["umount", str(point)], capture_output=True)


def remount(image: Path, point: Path) -> bytes:
    """Unmount (everything reaches the image), read the raw image, mount again."""
    subprocess.run(["umount", str(point)], check=True, capture_output=True)
    raw = image.read_bytes()
    subprocess.run(["mount", "-o", "loop", str(image), str(point)], check=True,
                   capture_output=True)
    return raw


def carve(raw: bytes) -> list[dict[str, object]]:
    """Every key document found anywhere in the raw bytes: slots (magic, whole checksum or not:
    a torn slot's payload is tried too) and JSON key files of the first format."""
    found: list[dict[str, object]] = []
    decoder = json.JSONDecoder()
    start = raw.find(MAGIC)
    while start != -1:
        slot = raw[start:start + SLOT_SIZE]
        parsed = _parse_slot(slot)
        if parsed is not None:
            found.append(parsed[1])
        else:  # torn or not block-aligned: look for the JSON payload itself
            body = slot.find(b"{")
            if body != -1:
                try:
                    document, _ = decoder.raw_decode(slot[body:].decode("latin-1"))
                    found.append(document)
                except ValueError:
                    pass
        start = raw.find(MAGIC, start + 1)
    marker = raw.find(b'"data_key"')
    while marker != -1:
        window = raw[max(0, marker - 4096):marker]
        brace = window.rfind(b"{")
        while brace != -1:
            try:
                document, _ = decoder.raw_decode(window[brace:].decode("latin-1") +
                                                 raw[marker:marker + 4096].decode("latin-1"))
                if isinstance(document, dict) and "kdf" in document:
                    found.append(document)
                    break
            except ValueError:
                pass
            brace = window.rfind(b"{", 0, brace)
        marker = raw.find(b'"data_key"', marker + 1)
    return found


def unsealable(documents: list[dict[str, object]]) -> list[str]:
    """The passphrases that open any of `documents` (one derivation per salt and phrase)."""
    opened = []
    keks: dict[tuple[str, str], bytes] = {}
    for document in documents:
        try:
            params = KdfParams.from_dict(document["kdf"])  # type: ignore[arg-type]
            listed = document.get("features", [])
            features = frozenset(str(f) for f in listed) if isinstance(listed, list) else \
                frozenset()
        except (KeyError, ValueError, TypeError, AttributeError):
            continue
        for phrase in PASSPHRASES:
            key = (params.salt.hex(), phrase)
            if key not in keks:
                keks[key] = params.derive(phrase)
            for label in {_features_label(features), "data-key"}:
                try:
                    _unseal(keks[key], str(document["data_key"]), label)
                    opened.append(phrase)
                except Exception:  # any failure is "does not open"
                    continue
    return opened


def test_no_key_file_ever_written_survives_a_wipe_on_the_raw_disk(
        ext4_disk: tuple[Path, Path]) -> None:
    image, point = ext4_disk
    home = point / "home"
    env = {key: value for key, value in os.environ.items() if key != "STATION_SCRYPT_N"}
    env.update({"STATION_HOME": str(home), "STATION_USER": "admin",
                "STATION_PASSWORD": "adminpass1"})

    def station(*args: str, passphrase: str, new: str = "") -> None:
        done = subprocess.run([sys.executable, "-m", "station", *args],
                              env={**env, "STATION_PASSPHRASE": passphrase,
                                   "STATION_NEW_PASSPHRASE": new},
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, (args, done.stderr)

    station("init", "--site", "DAR", "--station", "01", passphrase=PASSPHRASES[0])
    station(*ENROL, passphrase=PASSPHRASES[0])
    station("passphrase", passphrase=PASSPHRASES[0], new=PASSPHRASES[1])
    station("passphrase", passphrase=PASSPHRASES[1], new=PASSPHRASES[2])
    station(*ENROL, passphrase=PASSPHRASES[2])
    assert StationHome(home).vault.kdf_params().n == 2**17  # the shipped cost, end to end

    control = carve(remount(image, point))
    assert control, "the carve found no key material on a disk that holds a key file"
    opened = unsealable(control)
    # the carve sees the key file on the disk, and only under the passphrase in force: the
    # two earlier ones open nothing even before the wipe (updates were made in place)
    assert opened and set(opened) == {PASSPHRASES[2]}

    station("wipe", "--yes", passphrase=PASSPHRASES[2])
    raw = remount(image, point)
    assert unsealable(carve(raw)) == []
    assert MAGIC not in raw  # not even a torn slot is left
    assert not (home / "keys.slots").exists()


def test_the_carve_finds_key_files_replaced_by_rename(ext4_disk: tuple[Path, Path]) -> None:
    """The carve's power, shown on the way key files were written before: each passphrase
    change wrote a new file and renamed it over the old one; after the file is overwritten
    and deleted, the earlier versions still lie in free blocks and open."""
    from station.security.vault import _seal
    from sync.atomic import write_atomically

    image, point = ext4_disk
    path = point / "keys.json"
    data_key = os.urandom(32)
    for phrase in PASSPHRASES:  # init, then two passphrase changes, the first format's way
        params = KdfParams(os.urandom(16), n=1024)
        document = {"version": 1, "kdf": params.to_dict(),
                    "data_key": _seal(params.derive(phrase), data_key, "data-key"),
                    "signing_key": _seal(params.derive(phrase), os.urandom(32), "signing-key")}
        write_atomically(path, json.dumps(document, indent=2).encode())
        subprocess.run(["sync"], check=True)
    with open(path, "r+b") as handle:  # the first format's wipe
        handle.write(os.urandom(path.stat().st_size))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    opened = set(unsealable(carve(remount(image, point))))
    assert opened & set(PASSPHRASES[:2]), "old key files should lie in free blocks"
