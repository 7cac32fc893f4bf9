"""Hardening (issue 16), station side: four eyes on the revocations and erasures a withdrawal of
consent causes, concurrent enrolment of one face, safe JSON input files, numbers beyond their
format, sign-in refusals, file modes, names on the command line, a deleted audit anchor."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cards import TrustBundle, verify_card_file
from station.domain.model import Photo
from station.domain.vocab import CardStatus, ConsentPurpose, EnrolmentStatus, Role
from station.errors import NotFound, PermissionDenied
from station.services.cards_service import issue_card
from station.services.consent_service import (
    confirm_withdrawal,
    pending_withdrawals,
    withdraw_consent,
)
from station.services.context import Actor, Station, add_operator, login
from station.services.enrolment import enrol
from tests.cli_runner import run_in_process
from tests.station.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE
from tests.station.helpers import full_form

OFFICER, OFFICER_PASSWORD = "officer1", "officer-pass-1"
SUPERVISOR, SUPERVISOR_PASSWORD = "super1", "super-pass-1"


@pytest.fixture
def officer(station: Station, admin: Actor) -> Actor:
    add_operator(station, admin, OFFICER, Role.OFFICER, OFFICER_PASSWORD)
    return login(station, OFFICER, OFFICER_PASSWORD)


@pytest.fixture
def supervisor(station: Station, admin: Actor) -> Actor:
    add_operator(station, admin, SUPERVISOR, Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    return login(station, SUPERVISOR, SUPERVISOR_PASSWORD)


def _person_with_card(station: Station, actor: Actor, faces_dir: Path, tmp_path: Path
                      ) -> tuple[str, Path]:
    number = enrol(station, actor, full_form(consent_purposes="all")).registration_number
    with station.store.transaction() as repo:
        repo.put_photo(Photo(number, (faces_dir / "joe_biden_1.jpg").read_bytes(), "imported",
                             True))
    pdf = tmp_path / f"{number}.pdf"
    issue_card(station, actor, number, pdf)
    return number, pdf


def _card_verdict(station: Station, pdf: Path) -> tuple[bool, str | None]:
    verdict = verify_card_file(pdf, TrustBundle.load(station.home.trust_path),
                               station.now().date())
    return verdict.valid, verdict.reason


def _audit(station: Station, action: str) -> list[tuple[str, str, dict[str, object]]]:
    with station.store.reading() as repo:
        return [(e.actor, e.subject, e.details) for e in repo.iter_audit() if e.action == action]


# -- item 14: an officer records a withdrawal; a supervisor confirms what it revokes/erases ----

def test_officer_withdrawal_of_card_consent_waits_for_a_supervisor(
        station: Station, officer: Actor, supervisor: Actor, faces_dir: Path,
        tmp_path: Path) -> None:
    """An officer's `--purpose card` revokes nothing: the card stays valid, the withdrawal is
    listed for supervisors, and the revocation happens (audited) when a supervisor confirms."""
    number, pdf = _person_with_card(station, officer, faces_dir, tmp_path)
    result = withdraw_consent(station, officer, number, "card")
    assert result.revoked_cards == [] and result.pending == ["revoke-cards"]
    assert result.waiting_for_supervisor and result.takes_effect == \
        "when a supervisor confirms it"
    with station.store.reading() as repo:
        assert [c.status for c in repo.cards_of(number)] == [CardStatus.ISSUED]
        assert repo.get_enrolment(number).consent.is_withdrawn(
            ConsentPurpose.CARD)
    assert _card_verdict(station, pdf) == (True, None)
    with pytest.raises(PermissionDenied):
        pending_withdrawals(station, officer)
    with pytest.raises(PermissionDenied):
        confirm_withdrawal(station, officer, number)
    (waiting,) = pending_withdrawals(station, supervisor)
    assert waiting.registration_number == number and waiting.effects == ("revoke-cards",)

    done = confirm_withdrawal(station, supervisor, number)
    assert len(done.revoked_cards) == 1 and not done.pending
    assert done.takes_effect == "at once"
    valid, reason = _card_verdict(station, pdf)
    assert not valid and reason == f"card revoked on {station.now().date().isoformat()}"
    assert pending_withdrawals(station, supervisor) == []
    with pytest.raises(NotFound):
        confirm_withdrawal(station, supervisor, number)
    (recorded,) = _audit(station, "consent-withdrawn")
    assert recorded[0] == OFFICER and recorded[2]["waiting_for_supervisor"] == ["revoke-cards"]
    (confirmed,) = _audit(station, "withdrawal-confirmed")
    assert confirmed[:2] == (SUPERVISOR, number) and confirmed[2]["revoked_cards"] == 1


def test_officer_withdrawal_of_registration_erases_only_after_confirmation(
        station: Station, officer: Actor, supervisor: Actor, faces_dir: Path,
        tmp_path: Path) -> None:
    """`--purpose registration` by an officer: the record stays until a supervisor confirms;
    then it is a tombstone and its card is revoked."""
    number, _ = _person_with_card(station, officer, faces_dir, tmp_path)
    result = withdraw_consent(station, officer, number, "registration")
    assert result.erased == [] and set(result.pending) == {
        "erase-record", "revoke-cards", "erase-biometrics"}
    with station.store.reading() as repo:
        assert repo.get_enrolment(number).status is EnrolmentStatus.ACTIVE
        assert repo.get_photo(number) is not None
    done = confirm_withdrawal(station, supervisor, number)
    assert "details" in done.erased and len(done.revoked_cards) == 1
    with station.store.reading() as repo:
        assert repo.get_enrolment(number).status is EnrolmentStatus.ERASED
        assert repo.get_photo(number) is None


def test_withdrawals_an_officer_may_carry_out_and_a_supervisors_own_take_effect_at_once(
        station: Station, officer: Actor, supervisor: Actor, faces_dir: Path,
        tmp_path: Path) -> None:
    """Contacts erased at once for an officer; a supervisor's own card withdrawal revokes."""
    number, _ = _person_with_card(station, officer, faces_dir, tmp_path)
    contacts = withdraw_consent(station, officer, number, "emergency-contact")
    assert "contact" in contacts.erased and contacts.pending == []
    own = withdraw_consent(station, supervisor, number, "card")
    assert len(own.revoked_cards) == 1 and own.pending == []
    assert pending_withdrawals(station, supervisor) == []


def test_cli_withdraw_pending_confirm(station: Station, officer: Actor, supervisor: Actor,
                                     faces_dir: Path, tmp_path: Path) -> None:
    """The CLI says the withdrawal waits; a supervisor lists and confirms it."""
    number, _ = _person_with_card(station, officer, faces_dir, tmp_path)
    station.close()
    env = {**os.environ, "STATION_PASSPHRASE": PASSPHRASE}
    home = ["--home", str(station.home.path)]
    as_officer = {**env, "STATION_USER": OFFICER, "STATION_PASSWORD": OFFICER_PASSWORD}
    as_super = {**env, "STATION_USER": SUPERVISOR, "STATION_PASSWORD": SUPERVISOR_PASSWORD}
    out = run_in_process("station", [*home, "consent", "withdraw", number, "--purpose", "card"],
                         as_officer)
    assert out.returncode == 0, out.stderr
    assert "waiting for a supervisor to confirm: revoke-cards" in out.stdout
    assert "takes effect when a supervisor confirms it" in out.stdout
    refused = run_in_process("station", [*home, "consent", "confirm", number], as_officer)
    assert refused.returncode != 0
    listed = run_in_process("station", [*home, "consent", "pending"], as_super)
    assert listed.returncode == 0 and number in listed.stdout, listed.stderr
    confirmed = run_in_process("station", [*home, "consent", "confirm", number], as_super)
    assert confirmed.returncode == 0, confirmed.stderr
    assert f"withdrawal confirmed for {number}" in confirmed.stdout
    assert "cards revoked: C-DAR-01-" in confirmed.stdout


# -- item 10: two processes enrolling the same new face at the same moment ---------------------

_ENROLLER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from station.services import face_gallery, photo_checks
    from station.services.context import login, open_station
    from station.services.enrolment import PhotoInput, enrol
    from station.services.home import StationHome
    from tests.station.helpers import full_form
    home, photo, ready, go, passphrase, user, password = sys.argv[1:8]
    station = open_station(StationHome(Path(home)), passphrase)
    actor = login(station, user, password)
    data = Path(photo).read_bytes()
    analysis = photo_checks.analyse_photo(data, live=False)
    face_gallery.gallery(station)  # loaded before the race, as in a window open for a while
    Path(ready).touch()
    while not Path(go).exists():
        time.sleep(0.005)
    result = enrol(station, actor, full_form(consent_purposes="all"),
                   PhotoInput(data, analysis=analysis, quality_override="shared test photo"))
    station.close()
    print(json.dumps(result.to_dict()))
""")


def test_two_processes_enrolling_one_new_face_at_once_open_a_case(
        station: Station, faces_dir: Path, tmp_path: Path) -> None:
    """Two OS processes on one station home search the gallery (neither finds the face), then
    both wait for the store's write lock; exactly one record becomes pending-review with a case
    naming the other."""
    pytest.importorskip("biometrics")
    station.close()
    photo = faces_dir / "joe_biden_1.jpg"
    ready = [tmp_path / f"ready-{i}" for i in (1, 2)]
    go = tmp_path / "go"
    workers = [subprocess.Popen(
        [sys.executable, "-c", _ENROLLER, str(station.home.path), str(photo), str(flag), str(go),
         PASSPHRASE, ADMIN, ADMIN_PASSWORD], cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for flag in ready]
    try:
        deadline = time.monotonic() + 240
        while not all(flag.exists() for flag in ready):
            assert all(w.poll() is None for w in workers), [w.communicate() for w in workers]
            assert time.monotonic() < deadline, "the enrolling processes did not get ready"
            time.sleep(0.05)
        # Hold the write lock while both search and then queue for it: the searches cannot
        # see each other's record, only a re-check under the lock can.
        lock = sqlite3.connect(station.home.store_path, isolation_level=None, timeout=30)
        lock.execute("BEGIN IMMEDIATE")
        go.touch()
        time.sleep(4)
        lock.execute("ROLLBACK")
        lock.close()
        outputs = [w.communicate(timeout=120) for w in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
    assert all(w.returncode == 0 for w in workers), [err[-3000:] for _, err in outputs]
    results = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    statuses = sorted(r["status"] for r in results)
    assert statuses == ["active", "pending-review"], results
    first = next(r for r in results if r["status"] == "active")
    second = next(r for r in results if r["status"] == "pending-review")
    assert first["duplicate_case"] is None and second["duplicate_case"] is not None
    assert [c["registration_number"] for c in second["candidates"]
            if c["band"] == "match"] == [first["registration_number"]]


# -- item 13: hostile JSON files, numbers beyond their format, sign-in refusals, file modes,
# names on the command line, a deleted audit anchor ------------------------------------------

HOSTILE_JSON = {
    "deep.json": b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "deep-but-parsable.json": b'{"a": ' + b"[" * 200 + b"]" * 200 + b"}",
    "latin1.json": '{"given_name": "Zawadi Müller"}'.encode("latin-1"),
    "binary.json": bytes(range(256)) * 4,
}
REFUSALS = {"deep.json": "nested too deeply (at most 32 levels)",
            "deep-but-parsable.json": "nested too deeply (at most 32 levels)",
            "latin1.json": "not UTF-8 text", "binary.json": "not UTF-8 text"}


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
def test_hostile_json_files_are_refused_plainly_by_every_reader(
        station: Station, tmp_path: Path, name: str) -> None:
    """`import-ack`, `init --trust` and `enrol --form` refuse deep or non-UTF-8 JSON with a
    sentence (exit 2), not a traceback or an 'unexpected error'."""
    station.close()
    path = tmp_path / name
    path.write_bytes(HOSTILE_JSON[name])
    env = {**os.environ, "STATION_PASSPHRASE": PASSPHRASE, "STATION_USER": ADMIN,
           "STATION_PASSWORD": ADMIN_PASSWORD}
    home = str(station.home.path)
    runs = {
        "acknowledgement": ["--home", home, "import-ack", str(path)],
        "form": ["--home", home, "enrol", "--form", str(path)],
        "trust bundle": ["--home", str(tmp_path / "new-home"), "init", "--site", "ARU",
                         "--station", "02", "--trust", str(path)],
    }
    for what, args in runs.items():
        done = run_in_process("station", args, env)
        assert done.returncode == 2, (what, done.stdout, done.stderr)
        assert done.stderr.strip() == f"error: {what}: {REFUSALS[name]}", what
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "new-home" / "store.db").exists()


def test_json_reader_limits_size(tmp_path: Path) -> None:
    """A file over the size limit is refused before it is parsed."""
    from station.errors import ValidationError
    from station.services import json_files

    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.write(b'{"a": "')
        handle.truncate(json_files.MAX_BYTES + 10)
    with pytest.raises(ValidationError, match="larger than 32 MB"):
        json_files.read_json_object(big, "form", "form")


def test_sequences_beyond_the_number_format_are_refused(
        station: Station, admin: Actor, faces_dir: Path, tmp_path: Path) -> None:
    """A registration or card counter at 2**40, or an acknowledgement naming batch 2**40:
    a clear refusal, nothing written."""
    from station.errors import ConflictError
    from station.services.sync_service import accept_acknowledgement
    from sync.errors import AckRejected

    number, _ = _person_with_card(station, admin, faces_dir, tmp_path)
    with station.store.transaction() as repo:
        repo.set_meta("seq:enrolment", str(2**40 - 1))
        repo.set_meta("seq:card", str(2**40 - 1))
    with pytest.raises(ConflictError, match="beyond the 999,999 numbers a station code holds"):
        enrol(station, admin, full_form())
    with pytest.raises(ConflictError, match="card counter is at 1,099,511,627,776"):
        issue_card(station, admin, number, tmp_path / "again.pdf", replace_existing=True)
    with station.store.reading() as repo:
        assert repo.get_meta("seq:enrolment") == str(2**40 - 1)
    ack = {"format": "enrolment-station/ack/v2", "station_id": "DAR-01", "sequence": 2**40,
           "batch_sha256": "0" * 64, "records": 1, "imported": 1,
           "imported_at": "2026-01-01T00:00:00+00:00", "signer": "00" * 8, "signature": ""}
    from sync.ack import ACK_FORMAT

    ack["format"] = ACK_FORMAT
    with pytest.raises(AckRejected, match="beyond the batch numbers a station uses"):
        accept_acknowledgement(station, admin, ack, {"format": "x"})


def test_refusals_for_unknown_and_locked_names_read_the_same(
        station: Station, admin: Actor, officer: Actor) -> None:
    """Unknown name, wrong password, account locked after failures, locked by an admin,
    deactivated: one message; the Admin page (operator list) still shows the lock."""
    from station.errors import LoginError
    from station.services.operators import deactivate_operator, list_operators, lock_operator

    def refusal(user: str, password: str) -> LoginError:
        with pytest.raises(LoginError) as caught:
            login(station, user, password)
        return caught.value

    seen = {"unknown": refusal("nobody-here", "whatever-1"),
            "wrong": refusal(OFFICER, "not-the-password")}
    for _ in range(station.config.lockout_attempts):
        refusal(OFFICER, "not-the-password")
    seen["locked"] = refusal(OFFICER, OFFICER_PASSWORD)
    add_operator(station, admin, "olga", Role.OFFICER, "olga-pass-1")
    lock_operator(station, admin, "olga")
    seen["by-admin"] = refusal("olga", "olga-pass-1")
    add_operator(station, admin, "ivan", Role.OFFICER, "ivan-pass-1")
    deactivate_operator(station, admin, "ivan")
    seen["deactivated"] = refusal("ivan", "ivan-pass-1")
    messages = {str(e) for e in seen.values()}
    assert len(messages) == 1, messages
    (message,) = messages
    assert "locked" not in message.split("or the account is locked")[0]
    assert seen["locked"].reason == "locked-after-failures"  # kept for the audit and programs
    rows = {row["username"]: row for row in list_operators(station, admin)}
    assert rows[OFFICER]["state"] == "locked-after-failures"
    assert rows["olga"]["state"] == "locked-by-admin"


def test_home_is_0700_and_store_files_0600(tmp_path: Path) -> None:
    """A new station's home is 0700 and its store, WAL and SHM 0600 whatever the umask; an
    older home (0755, store 0644) is narrowed when it is opened."""
    from station.services.context import open_station
    from tests.station.conftest import make_station

    old = os.umask(0o022)
    try:
        station = make_station(tmp_path / "home")
        enrol(station, login(station, ADMIN, ADMIN_PASSWORD), full_form())
        home = station.home.path
        files = [home / "store.db", home / "store.db-wal", home / "store.db-shm"]
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        assert {f.name: oct(stat.S_IMODE(f.stat().st_mode)) for f in files} == {
            f.name: "0o600" for f in files}
        assert all(stat.S_IMODE(f.stat().st_mode) & 0o077 == 0
                   for f in home.iterdir() if f.is_file())
        station.close()
        os.chmod(home, 0o755)
        for file in files:
            if file.exists():
                os.chmod(file, 0o644)
        again = open_station(station.home, PASSPHRASE)
        again.close()
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files if f.exists())
    finally:
        os.umask(old)


def test_names_given_as_flags_warn_and_point_to_form(station: Station, tmp_path: Path) -> None:
    """`enrol --given-name ...` works but warns that the names show in /proc/PID/cmdline."""
    station.close()
    env = {**os.environ, "STATION_PASSPHRASE": PASSPHRASE, "STATION_USER": ADMIN,
           "STATION_PASSWORD": ADMIN_PASSWORD}
    done = run_in_process("station", [
        "--home", str(station.home.path), "enrol", "--given-name", "Zawadi",
        "--family-name", "Mwakalindile", "--sex", "F", "--birth-year", "1991",
        "--nationality", "COD", "--consent", "registration"], env)
    assert done.returncode == 0, done.stderr
    assert "(ps, /proc)" in done.stderr and "--form FILE" in done.stderr
    form = tmp_path / "form.json"
    form.write_text(json.dumps({"given_name": "Zawadi", "family_name": "Mwakalindile",
                                "sex": "F", "birth_year": "1991", "nationality": "COD",
                                "consent_purposes": "registration"}), encoding="utf-8")
    quiet = run_in_process("station", ["--home", str(station.home.path), "enrol", "--form",
                                       str(form)], env)
    assert quiet.returncode == 0, quiet.stderr
    assert "/proc" not in quiet.stderr


def test_deleted_audit_anchor_is_reported_and_logins_keep_working(
        station: Station, admin: Actor) -> None:
    """Deleting the anchor row no longer makes every log-in fail (IntegrityError): the station
    warns that the audit was tampered with, and the chain check says so."""
    from station.services.context import AUDIT_TAMPERED, open_station
    from station.services.records import verify_audit

    enrol(station, admin, full_form())
    station.close()
    with sqlite3.connect(station.home.store_path) as db:
        assert db.execute("DELETE FROM meta WHERE key = 'audit_anchor'").rowcount == 1
    again = open_station(station.home, PASSPHRASE)
    try:
        assert AUDIT_TAMPERED in again.warnings
        actor = login(again, ADMIN, ADMIN_PASSWORD)
        report = verify_audit(again, actor)
        assert not report.intact and "record of the newest event had been altered" in \
            report.problem
    finally:
        again.close()


# -- item 9, end to end: a revoked station's cards issued before stay valid --------------------

def test_registry_revocation_of_a_station_keeps_its_earlier_cards_valid(
        tmp_path: Path, postgres_url: str, faces_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry revokes DAR-01; the trust update keeps its certificate with the day: a
    card it printed ten days before still verifies, a card printed today is refused."""
    from datetime import timedelta

    from station.services.context import init_station
    from station.services.home import StationHome
    from station.services.trust import apply_trust_update, install_trust
    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    monkeypatch.setenv("REGISTRY_PASSPHRASE", "registry passphrase 1")
    monkeypatch.setenv("REGISTRY_SCRYPT_N", "1024")
    registry = Registry.init(RegistryHome(tmp_path / "registry"), postgres_url,
                             "registry passphrase 1", admin=("admin", "registrypass1"))
    station = None
    try:
        bundle = tmp_path / "bundle.json"
        bundle.write_text(json.dumps(registry.add_station("DAR", "01")), encoding="utf-8")
        station = init_station(StationHome(tmp_path / "station"), "DAR", "01", PASSPHRASE,
                               ADMIN, ADMIN_PASSWORD, scrypt_n=1024)
        install_trust(station, bundle)
        actor = login(station, ADMIN, ADMIN_PASSWORD)
        real_clock = station.clock
        station.clock = lambda: real_clock() - timedelta(days=10)
        earlier, earlier_pdf = _person_with_card(station, actor, faces_dir, tmp_path)
        station.clock = real_clock
        _today, today_pdf = _person_with_card(station, actor, faces_dir, tmp_path)
        assert _card_verdict(station, earlier_pdf) == (True, None)

        registry.revoke_station("DAR-01", "key stolen")
        apply_trust_update(station, registry.trust_update())
        today = station.now().date()
        assert _card_verdict(station, earlier_pdf) == (True, None)
        assert _card_verdict(station, today_pdf) == (
            False, f"the issuing station DAR-01 was revoked on {today.isoformat()} and this "
                   f"card is dated {today.isoformat()}")
        published = registry.trust_bundle()
        assert [c.station_id for c in published.certificates] == ["DAR-01"]
        assert published.to_dict()["format"] == "enrolment-station/trust-bundle/v3"
        assert earlier != _today
    finally:
        if station is not None:
            station.close()
        registry.close()
