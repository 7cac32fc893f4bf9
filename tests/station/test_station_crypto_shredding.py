"""Crypto-shredding at the station: erasure destroys the person's record key, so a copy of the
store taken before (an old backup, WAL frames, a freed page) no longer opens with anything the
station still holds; an old store is converted at its first unlock, resumably."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from station.domain.codec import bindings as bind
from station.domain.model import Photo, Template
from station.domain.vocab import CaseStatus
from station.errors import LockedError
from station.security.record_keys import KeyWrapper
from station.services.consent_service import withdraw_consent
from station.services.context import Actor, Station, login, open_station
from station.services.enrolment import PhotoInput, enrol
from station.services.retention import purge
from station.services.subject_access import correct_record
from station.store import protection_queries as q
from station.store.database import alembic_config, current_revision
from station.store.record_blobs import PURPOSES, _open_all, _seal_all
from station.store.record_keys_upgrade import DONE_MARKER
from tests.station.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE, make_station, reopen
from tests.station.helpers import full_form
from tests.station.legacy_store import to_data_key

ROOT = Path(__file__).resolve().parents[2]
PHOTO = "barack_obama_1.jpg"
Blob = tuple[str, str, bytes, str]  # (what, purpose, blob, associated data)


def _enrol(station: Station, admin: Actor, faces_dir: Path) -> str:
    photo = PhotoInput((faces_dir / PHOTO).read_bytes(), quality_override="press photo")
    return enrol(station, admin, full_form(consent_purposes="all"), photo).registration_number


def _quick_record(station: Station, admin: Actor, jpeg: bytes, index: int) -> str:
    """A record with a photo, an override reason and two templates, without the face pipeline
    (the conversion tests need many records, not faces)."""
    number = enrol(station, admin, full_form(consent_purposes="all")).registration_number
    with station.store.transaction() as repo:
        repo.put_photo(Photo(number, jpeg + bytes([index]), "imported", False, "kept"))
        repo.put_template(Template(number, bytes([index]) * 512, bind.LEGACY_TEMPLATE_MODEL,
                                   "1"))
        repo.put_template(Template(number, bytes([index]) * 256, "sface", "1"))
    return number


def _backup(station: Station, path: Path) -> Path:
    """A whole, consistent copy of the store as it is now (what a backup would hold)."""
    with closing(sqlite3.connect(station.home.store_path)) as source, \
            closing(sqlite3.connect(path)) as target:
        source.backup(target)
    return path


def _blobs(db: Path, number: str) -> list[Blob]:
    """Every personal blob of the record in the file at `db`, read with plain sqlite3."""
    with closing(sqlite3.connect(db)) as c:
        (key,) = c.execute("SELECT id FROM enrolments WHERE registration_number = ?",
                           (number,)).fetchone()
        found: list[Blob] = [("details", bind.DETAILS_KEY, c.execute(
            "SELECT sealed FROM enrolments WHERE id = ?", (key,)).fetchone()[0],
            bind.enrolment(number))]
        found += [("history", bind.DETAILS_KEY, b, bind.enrolment(number)) for (b,) in
                  c.execute("SELECT sealed_before FROM record_history WHERE enrolment_id = ?",
                            (key,))]
        for photo, reason in c.execute("SELECT sealed, sealed_override_reason FROM photos "
                                       "WHERE enrolment_id = ?", (key,)):
            found.append(("photo", bind.BIOMETRICS_KEY, photo, bind.photo(number)))
            if reason:
                found.append(("override", bind.BIOMETRICS_KEY, reason,
                              bind.override_reason(number)))
        found += [("template", bind.BIOMETRICS_KEY, b, bind.template(number, m)) for b, m in
                  c.execute("SELECT sealed, model FROM templates WHERE enrolment_id = ?",
                            (key,))]
    return found


def _everything_held(station: Station) -> list[bytes]:
    """Every key the station holds now: the data key, the signing key, subkeys of the data
    key, and every record key left in its store, unwrapped."""
    keys = station.home.vault.unlock(PASSPHRASE)
    cipher = station.store.cipher
    assert cipher is not None
    held = [keys.data_key, keys.signing_key[:32], cipher.subkey("record-keys")]
    wrapper = KeyWrapper(cipher)
    with closing(sqlite3.connect(station.home.store_path)) as c:
        rows = c.execute("SELECT registration_number, purpose, wrapped FROM record_keys")
        held += [wrapper.unwrap(n, p, w) for n, p, w in rows]
    return held


def _opens(blob: bytes, context: str, keys: list[bytes]) -> bool:
    for key in keys:
        try:
            AESGCM(key).decrypt(blob[1:13], blob[13:], context.encode())
            return True
        except InvalidTag:
            continue
    return False


def _versions(db: Path) -> dict[str, set[bytes]]:
    queries = {"enrolments": "SELECT sealed FROM enrolments",
               "history": "SELECT sealed_before FROM record_history",
               "cases": "SELECT sealed_reason FROM duplicate_cases "
                        "WHERE sealed_reason IS NOT NULL",
               "photos": "SELECT sealed FROM photos",
               "reasons": "SELECT sealed_override_reason FROM photos "
                          "WHERE sealed_override_reason IS NOT NULL",
               "templates": "SELECT sealed FROM templates"}
    with closing(sqlite3.connect(db)) as c:
        return {name: {bytes(b[:1]) for (b,) in c.execute(sql)} for name, sql in queries.items()}


def test_biometrics_withdrawal_leaves_an_old_copy_of_the_photo_unreadable(
        station: Station, admin: Actor, faces_dir: Path, tmp_path: Path) -> None:
    """A copy of the store taken before a biometrics withdrawal holds the photo, its override
    reason and both templates; after it, no key the station holds opens any of them, while
    the details (their own key) still open."""
    number = _enrol(station, admin, faces_dir)
    old = _blobs(_backup(station, tmp_path / "before.db"), number)
    biometric = [b for b in old if b[1] == bind.BIOMETRICS_KEY]
    assert {what for what, *_ in biometric} == {"photo", "override", "template"}
    assert len([b for b in biometric if b[0] == "template"]) == 2
    assert all(blob[:1] == b"\x02" for _, _, blob, _ in old)
    assert all(_opens(blob, ctx, _everything_held(station)) for _, _, blob, ctx in old)

    result = withdraw_consent(station, admin, number, "biometrics")

    assert result.erased == ["photo", "template"]
    held = _everything_held(station)
    for what, _purpose, blob, context in biometric:
        assert not _opens(blob, context, held), what
    with station.store.reading() as repo:
        assert not repo.keys.exists(number, bind.BIOMETRICS_KEY)
        with pytest.raises(LockedError, match="erased"):
            repo.keys.open(number, bind.BIOMETRICS_KEY, biometric[0][2], biometric[0][3])
        assert repo.get_enrolment(number).personal.name.given  # details untouched
    details = [b for b in old if b[1] == bind.DETAILS_KEY]
    assert all(_opens(blob, ctx, held) for _, _, blob, ctx in details)


def test_registration_withdrawal_leaves_old_copies_of_the_details_unreadable(
        station: Station, admin: Actor, faces_dir: Path, tmp_path: Path) -> None:
    """After a correction (history) and a registration withdrawal, neither the details, their
    earlier version nor the biometrics of a copy taken before open; both keys are gone and
    the tombstone's empty details sit under a new key."""
    number = _enrol(station, admin, faces_dir)
    correct_record(station, admin, number, {"phone": "+255 700 000001"})
    old = _blobs(_backup(station, tmp_path / "before.db"), number)
    assert {what for what, *_ in old} == {"details", "history", "photo", "override",
                                          "template"}
    with station.store.reading() as repo:
        wrapped_before = {p: repo.keys.exists(number, p) for p in (bind.DETAILS_KEY,
                                                                   bind.BIOMETRICS_KEY)}
    assert all(wrapped_before.values())

    withdraw_consent(station, admin, number, "registration")

    held = _everything_held(station)
    for what, _purpose, blob, context in old:
        assert not _opens(blob, context, held), what
    with station.store.reading() as repo:
        assert repo.get_enrolment(number).personal.name.given == ""  # the tombstone opens
        assert not repo.keys.exists(number, bind.BIOMETRICS_KEY)


def test_contact_erasure_rotates_the_details_key(
        station: Station, admin: Actor, faces_dir: Path, tmp_path: Path) -> None:
    """Withdrawing emergency-contact consent rewrites the details without the contacts under
    a new key: the old copy (with the phone) no longer opens, the record still does."""
    number = _enrol(station, admin, faces_dir)
    old = [b for b in _blobs(_backup(station, tmp_path / "before.db"), number)
           if b[0] == "details"]
    withdraw_consent(station, admin, number, "emergency-contact")
    held = _everything_held(station)
    assert not _opens(old[0][2], old[0][3], held)
    with station.store.reading() as repo:
        record = repo.get_enrolment(number)
    assert record.personal.contact.phone == "" and record.personal.name.given


def test_a_wrapped_key_moved_to_another_number_or_purpose_does_not_unwrap(
        station: Station, admin: Actor, faces_dir: Path) -> None:
    """Copying one person's wrapped key onto another's row (or purpose) gives a key that fails
    to unwrap: the photo of the second is refused, not opened with the first's key."""
    jpeg = (faces_dir / PHOTO).read_bytes()
    first, second = (_quick_record(station, admin, jpeg, i) for i in (1, 2))
    with closing(sqlite3.connect(station.home.store_path)) as c, c:
        c.execute("UPDATE record_keys SET wrapped = (SELECT wrapped FROM record_keys WHERE "
                  "registration_number = ? AND purpose = 'biometrics') WHERE "
                  "registration_number = ? AND purpose = 'biometrics'", (first, second))
        c.execute("UPDATE record_keys SET wrapped = (SELECT wrapped FROM record_keys WHERE "
                  "registration_number = ? AND purpose = 'biometrics') WHERE "
                  "registration_number = ? AND purpose = 'details'", (first, first))
    with station.store.reading() as repo:
        assert repo.get_photo(first) is not None
        with pytest.raises(LockedError, match="another record"):
            repo.get_photo(second)
        with pytest.raises(LockedError, match="another record"):
            repo.get_enrolment(first)


def test_purging_an_acknowledged_record_deletes_its_keys(
        station: Station, admin: Actor, faces_dir: Path) -> None:
    """Retention deleting an acknowledged record takes both its keys with it."""
    number = _quick_record(station, admin, (faces_dir / PHOTO).read_bytes(), 1)
    with station.store.transaction() as repo:
        q.set_acknowledged(repo, number, station.now())
    later = station.now() + timedelta(days=181)
    station.clock = lambda: later
    assert purge(station, admin).deleted_from_station == 1
    with closing(sqlite3.connect(station.home.store_path)) as c:
        assert c.execute("SELECT count(*) FROM record_keys").fetchone()[0] == 0


def _old_store(station: Station, admin: Actor, faces_dir: Path, records: int) -> list[str]:
    """Records, a correction and a case reason, then the store as of revision 0005."""
    jpeg = (faces_dir / PHOTO).read_bytes()
    numbers = [_quick_record(station, admin, jpeg, i) for i in range(records)]
    correct_record(station, admin, numbers[0], {"phone": "+255 700 000002"})
    with station.store.transaction() as repo:
        case = repo.add_case(numbers[1], (), station.now())
        repo.update_case(replace(repo.get_case(case), reason="same person, kept apart"))
    assert to_data_key(station.store) > 0
    with station.store.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    assert current_revision(station.store.engine) == "0005"
    return numbers


def _plain(station: Station, numbers: list[str]) -> list[object]:
    with station.store.reading() as repo:
        cases = [c.reason for c in repo.list_cases(tuple(CaseStatus))]
        return [(repo.get_enrolment(n), repo.get_photo(n), repo.get_templates(n),
                 q.history(repo, n)) for n in numbers] + [cases]


def test_an_old_store_is_converted_at_its_first_unlock(
        station: Station, admin: Actor, faces_dir: Path) -> None:
    """A store of revision 0005 (every blob 0x01) opens, and every blob ends 0x02 under the
    record's keys, reading as before; a later unlock converts nothing again."""
    numbers = _old_store(station, admin, faces_dir, 3)
    db = station.home.store_path
    assert set().union(*_versions(db).values()) == {b"\x01"}
    before = _plain(station, numbers)
    station.close()

    first = reopen(station)
    try:
        assert set().union(*_versions(db).values()) == {b"\x02"}
        assert _plain(first, numbers) == before
        with first.store.reading() as repo:
            assert repo.get_meta(DONE_MARKER) == "1"
            assert all(repo.keys.exists(n, p) for n in numbers
                       for p in (bind.DETAILS_KEY, bind.BIOMETRICS_KEY))
        snapshot = {n: _blobs(db, n) for n in numbers}
    finally:
        first.close()
    second = reopen(station)
    second.close()
    assert {n: _blobs(db, n) for n in numbers} == snapshot  # converted exactly once


CONVERT = """
import sys, time
from pathlib import Path
from station.security.cipher import FieldCipher
from station.services.home import StationHome
from station.store.store import Store
home = StationHome(Path(sys.argv[1]))
keys = home.vault.unlock(sys.argv[2])
store = Store(home.db_url(home.load_config()), FieldCipher(keys.data_key))
def progress(done, total):
    print(done, total, flush=True)
    time.sleep(0.2)
store.migrate(progress)
"""


def test_conversion_killed_half_way_resumes_and_converts_each_blob_once(
        station: Station, admin: Actor, faces_dir: Path) -> None:
    """SIGKILL during the conversion leaves each record either wholly converted or wholly as
    it was; the next unlock converts the rest, and the blobs converted before the kill are
    not touched again."""
    numbers = _old_store(station, admin, faces_dir, 10)
    before = _plain(station, numbers)
    home = station.home.path
    station.close()
    env = {**os.environ, "STATION_SCRYPT_N": "1024", "OMP_NUM_THREADS": "1"}
    process = subprocess.Popen([sys.executable, "-c", CONVERT, str(home), PASSPHRASE],
                               stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    for expected in range(1, 4):
        assert process.stdout.readline().split()[0] == str(expected)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    process.stdout.close()
    db = station.home.store_path
    with closing(sqlite3.connect(db)) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    halfway = {n: _blobs(db, n) for n in numbers}
    done = [n for n, blobs in halfway.items() if {b[2][:1] for b in blobs} == {b"\x02"}]
    for number, blobs in halfway.items():  # one record per transaction: never half of one
        assert len({b[2][:1] for b in blobs}) == 1, number
    assert 3 <= len(done) < len(numbers)

    again = open_station(station.home, PASSPHRASE)
    try:
        assert _plain(again, numbers) == before
    finally:
        again.close()
    assert set().union(*_versions(db).values()) == {b"\x02"}
    for number in done:
        assert _blobs(db, number) == halfway[number]


def test_conversion_does_not_undo_a_correction_committed_meanwhile_on_postgresql(
        tmp_path: Path, postgres_url: str, faces_dir: Path) -> None:
    """On PostgreSQL (read committed) a record's conversion reads its 0x01 blobs, another
    process corrects the record and commits, then the conversion writes: it re-seals only the
    blobs still as it read them, so the correction stays (it used to be overwritten)."""
    station = make_station(tmp_path / "home", postgres_url)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        number = _quick_record(station, admin, (faces_dir / PHOTO).read_bytes(), 1)
        to_data_key(station.store)
        with station.store.transaction() as repo:  # a details key made before the conversion
            case = repo.add_case(number, (), station.now())
            repo.update_case(replace(repo.get_case(case), reason="kept apart"))
            key = repo.enrolment_id(number)
        with station.store.transaction() as repo:
            opened = _open_all(repo, key, number, PURPOSES, legacy_only=True)
            correct_record(station, admin, number, {"phone": "+255 700 000009"})  # elsewhere
            _seal_all(repo, number, opened)
        with station.store.reading() as repo:
            assert repo.get_enrolment(number).personal.contact.phone == "+255 700 000009"
            assert repo.get_photo(number) is not None  # the rest converted as before
    finally:
        station.close()
