"""Hardening (issue 16): the key file updated in place and crash-safe, upgrades of stores of
earlier versions, MACs on operator rows and security settings, KDF costs and their test
override, strength of passphrases and passwords, a wipe and reads on a full disk."""

from __future__ import annotations

import base64
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from station.domain.vocab import Role
from station.errors import ConflictError, LockedError, LoginError, ValidationError
from station.security import vault as vault_module
from station.security.passwords import hash_password, needs_rehash, verify_password
from station.security.vault import (
    DEFAULT_SCRYPT_N,
    FEATURE_MACS,
    FILE_SIZE,
    SLOT_SIZE,
    KdfParams,
    KeyVault,
    UnsealedKeys,
)
from station.services.context import (
    Station,
    add_operator,
    change_passphrase,
    init_station,
    login,
    open_station,
)
from station.services.home import StationHome
from station.services.operators import deactivate_operator, reset_password
from tests.conftest import fill_disk
from tests.station.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE

PROJECT = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "river lamp orange seventeen"


def audit_rows(station: Station, action: str) -> list[dict[str, object]]:
    with sqlite3.connect(station.home.store_path) as db:
        rows = db.execute("SELECT actor, details FROM audit_events WHERE action = ?",
                          (action,)).fetchall()
    return [{"actor": actor, **json.loads(details)} for actor, details in rows]


# -- the key file -------------------------------------------------------------------------------

def test_passphrase_change_overwrites_the_key_file_in_place(station: Station) -> None:
    """Same file (inode), same size, both slots rewritten: the old passphrase opens nothing in
    the file any more, the new one opens the same data key."""
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    path = station.home.vault.path
    before = path.stat()
    data_key = station.home.vault.unlock(PASSPHRASE).data_key
    change_passphrase(station, admin, PASSPHRASE, NEW_PASSPHRASE)
    after = path.stat()
    assert (after.st_ino, after.st_size) == (before.st_ino, FILE_SIZE)
    raw = path.read_bytes()
    assert raw[:SLOT_SIZE] == raw[SLOT_SIZE:]  # the older slot holds no old sealing
    with pytest.raises(LockedError, match="wrong passphrase"):
        KeyVault(path).unlock(PASSPHRASE)
    assert KeyVault(path).unlock(NEW_PASSPHRASE).data_key == data_key
    assert oct(after.st_mode & 0o777) == "0o600"


def test_a_torn_slot_falls_back_to_the_other(tmp_path: Path) -> None:
    """A slot torn by a crash (checksum wrong) is skipped; with both torn, a plain error."""
    path = tmp_path / "keys.slots"
    keys = UnsealedKeys(os.urandom(32), os.urandom(32))
    KeyVault(path).create(PASSPHRASE, keys, scrypt_n=1024)
    with open(path, "r+b") as handle:
        handle.seek(SLOT_SIZE + 100)
        handle.write(b"torn")
    assert KeyVault(path).unlock(PASSPHRASE).data_key == keys.data_key
    assert path.read_bytes()[:SLOT_SIZE] == path.read_bytes()[SLOT_SIZE:]  # repaired
    with open(path, "r+b") as handle:
        handle.write(os.urandom(FILE_SIZE))
    with pytest.raises(LockedError, match="damaged"):
        KeyVault(path).unlock(PASSPHRASE)


CHANGER = """
import sys
from pathlib import Path
from station.security.vault import KeyVault
vault = KeyVault(Path(sys.argv[1]))
phrases = sys.argv[2:4]
current = 0 if sys.argv[4] == "0" else 1
print("ready", flush=True)
while True:
    vault.change_passphrase(phrases[current], phrases[1 - current])
    current = 1 - current
    print(current, flush=True)
"""


def test_sigkill_during_passphrase_changes_leaves_old_or_new(tmp_path: Path) -> None:
    """Twenty processes, each changing the passphrase back and forth until SIGKILL lands at a
    random moment: every time the key file opens with the old or the new passphrase."""
    path = tmp_path / "keys.slots"
    phrases = [PASSPHRASE, NEW_PASSPHRASE]
    keys = UnsealedKeys(os.urandom(32), os.urandom(32))
    KeyVault(path).create(phrases[0], keys, scrypt_n=1024)
    current = 0
    rng = random.Random(16)
    seen = set()
    between_writes = 0  # kills that landed between a change's two slot writes
    for _ in range(20):
        process = subprocess.Popen([sys.executable, "-c", CHANGER, str(path), *phrases,
                                    str(current)], stdout=subprocess.PIPE, text=True,
                                   cwd=PROJECT)
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.08))
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        raw = path.read_bytes()
        between_writes += raw[:SLOT_SIZE] != raw[SLOT_SIZE:]
        opened = []
        for index, phrase in enumerate(phrases):
            try:
                assert KeyVault(path).unlock(phrase).data_key == keys.data_key
                opened.append(index)
            except LockedError:
                continue
        assert len(opened) == 1, "the key file opened with neither passphrase, or both"
        current = opened[0]
        seen.add(current)
        assert path.stat().st_size == FILE_SIZE
    assert seen, "no kill was observed"
    print(f"{between_writes} of 20 kills landed between the two slot writes; "
          f"passphrases in force after kills: {sorted(seen)}")


def _first_format_key_file(path: Path, passphrase: str, keys: UnsealedKeys, n: int) -> None:
    """A key file as the first version wrote it (JSON, scrypt parameters beside the salt)."""
    params = KdfParams(os.urandom(16), n=n)
    kek = params.derive(passphrase)
    path.write_text(json.dumps({
        "version": 1, "kdf": params.to_dict(),
        "data_key": vault_module._seal(kek, keys.data_key, "data-key"),
        "signing_key": vault_module._seal(kek, keys.signing_key, "signing-key")}, indent=2))


def _as_earlier_version(station: Station, n: int = 1024) -> Path:
    """Turn a station into one of the version before this one: key file of the first format,
    no MACs on operator rows or settings, an operator password hashed with scrypt 2^14."""
    home = station.home
    keys = home.vault.unlock(PASSPHRASE)
    station.close()
    home.vault.destroy()
    _first_format_key_file(home.path / "keys.json", PASSPHRASE,
                           UnsealedKeys(keys.data_key, keys.signing_key), n)
    salt = os.urandom(16)
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    digest = Scrypt(salt=salt, length=32, n=2**14, r=8, p=1).derive(ADMIN_PASSWORD.encode())
    old_hash = (f"scrypt$16384${base64.b64encode(salt).decode()}$"
                f"{base64.b64encode(digest).decode()}")
    with sqlite3.connect(home.store_path) as db:
        db.execute("UPDATE operators SET mac = '', password_hash = ?", (old_hash,))
    config = json.loads(home.config_path.read_text())
    config.pop("security_mac")
    home.config_path.write_text(json.dumps(config))
    return home.path


def test_a_store_of_the_earlier_version_opens_and_is_upgraded(station: Station) -> None:
    """First-format key file at the old shipped cost (2^15), operator rows and settings
    without MACs, an scrypt password hash: it opens with its passphrase, the key file moves
    into the slot file at today's cost, rows and settings gain MACs, the hash is replaced at
    the next log-in; from then on a hand edit is refused."""
    folder = _as_earlier_version(station, n=2**15)
    home = StationHome(folder)
    upgraded = open_station(home, PASSPHRASE)
    try:
        assert not (folder / "keys.json").exists()
        assert home.vault.path.stat().st_size == FILE_SIZE
        assert home.vault.kdf_params().n == DEFAULT_SCRYPT_N
        assert FEATURE_MACS in home.vault.unlock(PASSPHRASE).features
        assert upgraded.warnings == []  # the settings were sealed, not called altered
        assert audit_rows(upgraded, "integrity-macs-added")[0]["operators"] == 1
        assert login(upgraded, ADMIN, ADMIN_PASSWORD).role is Role.ADMIN
        with upgraded.store.reading() as repo:
            operator = repo.find_operator(ADMIN)
        assert operator is not None and not needs_rehash(operator.password_hash)
        assert operator.password_hash.startswith("argon2id$")
    finally:
        upgraded.close()
    with sqlite3.connect(home.store_path) as db:
        db.execute("UPDATE operators SET mac = ''")
    again = open_station(home, PASSPHRASE)  # the upgrade is not done twice: refused now
    try:
        with pytest.raises(LoginError, match="changed outside the station"):
            login(again, ADMIN, ADMIN_PASSWORD)
    finally:
        again.close()


# -- MACs on operator rows and security settings -----------------------------------------------

def test_a_role_edited_in_the_database_file_refuses_the_login(station: Station) -> None:
    """`update operators set role='admin'` makes no admin: the log-in is refused with a plain
    message and an audit event, and the other accounts still log in."""
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    add_operator(station, admin, "olga", Role.OFFICER, "officerpass1")
    with sqlite3.connect(station.home.store_path) as db:
        db.execute("UPDATE operators SET role = 'admin' WHERE username = 'olga'")
    with pytest.raises(LoginError) as refused:
        login(station, "olga", "officerpass1")
    assert refused.value.reason == "altered"
    assert "changed outside the station" in str(refused.value)
    assert {"actor": "olga", "why": "record-altered"} in audit_rows(station, "login-refused")
    assert login(station, ADMIN, ADMIN_PASSWORD).role is Role.ADMIN
    # an admin's action on the account cannot seal the edit under a right MAC: it can only
    # be deactivated (and stays so, whatever its role says)
    with pytest.raises(ConflictError, match="only be deactivated"):
        reset_password(station, admin, "olga", "officerpass2")
    deactivate_operator(station, admin, "olga")
    with pytest.raises(LoginError, match="deactivated"):
        login(station, "olga", "officerpass1")


def test_a_lock_lifted_in_the_database_file_is_refused(station: Station) -> None:
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    add_operator(station, admin, "olga", Role.OFFICER, "officerpass1")
    for _ in range(station.config.lockout_attempts):
        with pytest.raises(LoginError):
            login(station, "olga", "wrong password here")
    with sqlite3.connect(station.home.store_path) as db:
        db.execute("UPDATE operators SET locked_until = NULL, failed_attempts = 0 "
                   "WHERE username = 'olga'")
    with pytest.raises(LoginError, match="changed outside the station"):
        login(station, "olga", "officerpass1")


def test_lockout_edited_out_of_range_in_the_settings_file_is_refused(station: Station) -> None:
    """"lockout_attempts": 1000000 does not disable the lock-out: the station does not open,
    and says which setting is wrong, in words."""
    home = station.home
    station.close()
    config = json.loads(home.config_path.read_text())
    config["lockout_attempts"] = 1_000_000
    home.config_path.write_text(json.dumps(config))
    with pytest.raises(ValidationError, match="failed sign-ins before a lock must be between") \
            as refused:
        open_station(StationHome(home.path), PASSPHRASE)
    assert refused.value.field == "lockout_attempts"
    config["lockout_attempts"] = "5"
    home.config_path.write_text(json.dumps(config))
    with pytest.raises(ValidationError, match="failed sign-ins before a lock must be a whole"):
        open_station(StationHome(home.path), PASSPHRASE)


def test_security_settings_edited_in_range_fall_back_to_the_shipped_values(
        station: Station) -> None:
    """An in-range edit without the MAC (20 tries, 1 minute) is not obeyed: the shipped
    values are in force, it is audited and the operator warned; saving seals again."""
    home = station.home
    station.close()
    config = json.loads(home.config_path.read_text())
    config.update(lockout_attempts=20, lockout_minutes=1, idle_lock_minutes=240)
    home.config_path.write_text(json.dumps(config))
    opened = open_station(StationHome(home.path), PASSPHRASE)
    try:
        assert (opened.config.lockout_attempts, opened.config.lockout_minutes,
                opened.config.idle_lock_minutes) == (5, 15, 10)
        assert any("changed outside the station" in w for w in opened.warnings)
        assert audit_rows(opened, "settings-altered")
        opened.home.save_config(opened.config)
    finally:
        opened.close()
    resealed = open_station(StationHome(home.path), PASSPHRASE)
    try:
        assert resealed.warnings == []
    finally:
        resealed.close()


# -- KDF costs and their test override ---------------------------------------------------------

def test_kdf_defaults_follow_owasp() -> None:
    """Passphrase: scrypt N=2^17, r=8, p=1. Passwords: Argon2id m=19 MiB, t=2, p=1; an old
    scrypt hash still checks and is marked for re-hashing."""
    assert (KdfParams(b"s" * 16).n, KdfParams(b"s" * 16).r, KdfParams(b"s" * 16).p) == \
        (2**17, 8, 1)
    hashed = hash_password("officerpass1")
    assert hashed.startswith("argon2id$v=19$m=19456,t=2,p=1$")
    assert verify_password("officerpass1", hashed) and not verify_password("officerpass2",
                                                                            hashed)
    assert not needs_rehash(hashed)
    assert needs_rehash("scrypt$16384$AAAA$AAAA")
    assert not verify_password("x", "argon2id$v=19$m=99999999,t=2,p=1$AAAA$AAAA")


def _cli(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("STATION_SCRYPT_N", "STATION_TEST_WEAK_KDF")}
    return subprocess.run([sys.executable, "-m", "station", *args], capture_output=True,
                          text=True, cwd=PROJECT, timeout=180,
                          env={**base, "STATION_HOME": str(home),
                               "STATION_PASSPHRASE": PASSPHRASE, "STATION_USER": ADMIN,
                               "STATION_PASSWORD": ADMIN_PASSWORD, **env})


def test_a_lowered_kdf_cost_is_refused_outside_the_test_suite(tmp_path: Path) -> None:
    """STATION_SCRYPT_N=2 (or 1024) without the tests' own variable is refused by name, and
    nothing is created; with it, the lowered cost is used."""
    for value in ("2", "1024"):
        done = _cli(tmp_path / "home", "init", "--site", "DAR", "--station", "01",
                    STATION_SCRYPT_N=value)
        assert done.returncode != 0 and "STATION_SCRYPT_N" in done.stderr
        assert "Traceback" not in done.stderr
        assert not (tmp_path / "home" / "keys.slots").exists()
    done = _cli(tmp_path / "home", "init", "--site", "DAR", "--station", "01",
                STATION_SCRYPT_N="1024", STATION_TEST_WEAK_KDF="1")
    assert done.returncode == 0, done.stderr
    assert StationHome(tmp_path / "home").vault.kdf_params().n == 1024


# -- strength ----------------------------------------------------------------------------------

def test_weak_passphrases_and_passwords_are_refused_with_a_reason(
        tmp_path: Path, station: Station) -> None:
    with pytest.raises(ValidationError, match=r"too easy to guess.*repeats") as weak:
        init_station(StationHome(tmp_path / "other"), "DAR", "02", "aaaaaaaaaa", ADMIN,
                     ADMIN_PASSWORD, scrypt_n=1024)
    assert "unrelated words" in str(weak.value)
    assert not (tmp_path / "other" / "keys.slots").exists()
    with pytest.raises(ValidationError, match="at least 10 characters"):
        init_station(StationHome(tmp_path / "other"), "DAR", "02", "short", ADMIN,
                     ADMIN_PASSWORD, scrypt_n=1024)
    with pytest.raises(ValidationError, match="password is too easy to guess"):
        init_station(StationHome(tmp_path / "other"), "DAR", "02", PASSPHRASE, ADMIN,
                     "password", scrypt_n=1024)
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    with pytest.raises(ValidationError, match="common password"):
        add_operator(station, admin, "olga", Role.OFFICER, "password")
    add_operator(station, admin, "olga", Role.OFFICER, "officerpass1")
    with pytest.raises(ValidationError, match="password is too easy to guess"):
        reset_password(station, admin, "olga", "password1")
    with pytest.raises(ValidationError, match="passphrase is too easy to guess"):
        change_passphrase(station, admin, PASSPHRASE, "aaaaaaaaaaaa")
    assert station.home.vault.unlock(PASSPHRASE)  # nothing changed


# -- a full disk ---------------------------------------------------------------------------------

ENROL = ["enrol", "--given-name", "Amani", "--family-name", "Kabila", "--sex", "M",
         "--birth-year", "1988", "--nationality", "BDI", "--consent", "registration"]


def test_wipe_and_reads_work_on_a_full_disk(small_disk: Callable[[str], Path]) -> None:
    """A real tmpfs filled to the last byte: `list` and `audit verify` work (on the reserve
    the station keeps), and `station wipe` destroys the keys."""
    disk = small_disk("48m")
    home = disk / "home"
    weak = {"STATION_SCRYPT_N": "1024", "STATION_TEST_WEAK_KDF": "1"}
    assert _cli(home, "init", "--site", "DAR", "--station", "01", **weak).returncode == 0
    assert _cli(home, *ENROL, **weak).returncode == 0
    fill_disk(disk)
    assert os.statvfs(disk).f_bavail == 0
    listed = _cli(home, "list", "--json", **weak)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 1
    assert "disk is full" in listed.stderr  # the operator is told
    verified = _cli(home, "audit", "verify", **weak)
    assert verified.returncode == 0, verified.stderr
    wiped = _cli(home, "wipe", "--yes", **weak)
    assert wiped.returncode == 0, wiped.stderr
    assert "WIPED" in wiped.stdout
    assert not (home / "keys.slots").exists() and not (home / "store.db").exists()
    after = _cli(home, "list", **weak)
    assert after.returncode == 3 and "wiped" in after.stderr


@pytest.mark.parametrize("app_open", [False, True], ids=["alone", "desktop-app-open"])
def test_wipe_without_a_byte_free_and_no_reserve_still_destroys_the_keys(
        small_disk: Callable[[str], Path], app_open: bool) -> None:
    """A station on a disk too small for the reserve, filled to the last byte (alone, or
    while the desktop app keeps the store open): reads and the log-in's write fail, the
    wipe makes the log-in's checks without writing (a wrong password is still refused) and
    destroys the keys in place."""
    disk = small_disk("3m")
    home = disk / "home"
    weak = {"STATION_SCRYPT_N": "1024", "STATION_TEST_WEAK_KDF": "1"}
    assert _cli(home, "init", "--site", "DAR", "--station", "01", **weak).returncode == 0
    assert not (home / "reserve.space").exists()
    holder = sqlite3.connect(home / "store.db") if app_open else None
    if holder is not None:
        holder.execute("SELECT count(*) FROM operators").fetchone()
    try:
        fill_disk(disk)
        assert os.statvfs(disk).f_bavail == 0
        listed = _cli(home, "list", **weak)  # no reserve: nothing else works
        assert listed.returncode != 0 and "disk is full" in listed.stderr
        wrong = _cli(home, "wipe", "--yes", **weak, STATION_PASSWORD="not the password1")
        assert wrong.returncode == 4 and (home / "keys.slots").exists()  # LoginError
        wiped = _cli(home, "wipe", "--yes", **weak)
        assert wiped.returncode == 0, wiped.stderr
        assert "WIPED" in wiped.stdout
    finally:
        if holder is not None:
            holder.close()
    assert not (home / "keys.slots").exists() and not (home / "store.db").exists()
