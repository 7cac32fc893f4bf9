"""Regressions found reviewing the read unit, the codecs and the rules on the domain."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from station.domain.codec.consent import (
    consent_columns,
    consent_to_dict,
    withdrawals_from_json,
)
from station.domain.model import AccountState, Operator, Photo, usable_admins
from station.domain.vocab import Role
from station.errors import AuthError, LoginError, StationError
from station.security.cipher import FieldCipher
from station.services import portraits
from station.services.consent_service import withdraw_consent
from station.services.context import Actor, Station, add_operator, login, settle_login
from station.services.enrolment import enrol
from station.services.operators import (
    deactivate_in,
    deactivate_operator,
    lock_operator,
    reset_password,
    unlock_operator,
)
from station.store.database import alembic_config, current_revision, head_revision
from station.store.repository import Repository
from station.store.store import Store
from tests.station.conftest import ADMIN, ADMIN_PASSWORD
from tests.station.helpers import full_form

AT = datetime(2026, 8, 1, 9, 30, tzinfo=UTC)


def _events(station: Station, action: str) -> list[str]:
    with station.store.reading() as repo:
        return [e.subject for e in repo.iter_audit() if e.action == action]


def test_portraits_are_shown_and_audited_after_the_read(station: Station, admin: Actor) -> None:
    """photos_of wrote its audit rows inside the read unit: every portrait view failed."""
    number = enrol(station, admin, full_form()).registration_number
    with station.store.transaction() as repo:
        repo.put_photo(Photo(number, b"\xff\xd8jpeg", "live", True, "", True, AT))
    found = portraits.photos_of(station, admin, [number])
    assert found == {number: b"\xff\xd8jpeg"}
    assert _events(station, "view-photo") == [number]


# -- concurrent log-ins and admin changes (PostgreSQL runs them at once, READ COMMITTED) ----------
WAIT = 30.0  # seconds; only a bound on a hung test


def _interleave(station: Station, first: Callable[[Repository], object],
                second: Callable[[Repository], object]) -> list[object]:
    """Run `first` in a write unit, and `second` in another that starts while the first is
    still open (it commits half a second later): what each returned or raised."""
    first_done, second_started = threading.Event(), threading.Event()
    results: list[object] = [None, None]

    def run_first() -> None:
        try:
            with station.store.transaction() as repo:
                results[0] = first(repo)
                first_done.set()
                second_started.wait(WAIT)
                time.sleep(0.5)  # the second reads the account meanwhile (unless it waits)
        except Exception as exc:
            results[0] = exc
        finally:
            first_done.set()

    def run_second() -> None:
        first_done.wait(WAIT)
        second_started.set()
        try:
            with station.store.transaction() as repo:
                results[1] = second(repo)
        except Exception as exc:
            results[1] = exc

    threads = [threading.Thread(target=run_first), threading.Thread(target=run_second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT * 2)
    assert not any(thread.is_alive() for thread in threads)
    return results


def test_two_wrong_passwords_at_once_both_count(any_station: Station) -> None:
    """settle_login read the account without a row lock: on PostgreSQL two wrong passwords
    typed at the same moment were counted once (a lost update)."""
    with any_station.store.reading() as repo:
        operator = repo.find_operator(ADMIN)
    assert operator is not None
    now, policy = any_station.now(), any_station.lockout_policy

    def wrong(repo: Repository) -> object:
        return settle_login(repo, ADMIN, operator.password_hash, False, now, policy)

    results = _interleave(any_station, wrong, wrong)
    assert all(isinstance(r, LoginError) for r in results), results
    with any_station.store.reading() as repo:
        after = repo.find_operator(ADMIN)
    assert after is not None and after.failed_attempts == 2
    assert sorted(r.tries_left or 0 for r in results if isinstance(r, LoginError)) == [
        policy.attempts - 2, policy.attempts - 1]


def test_two_admins_deactivating_each_other_at_once_leave_one(any_station: Station) -> None:
    """The last-admin check read the accounts without locks: on PostgreSQL two admins who
    deactivated each other at the same moment both succeeded, leaving no administrator."""
    admin = login(any_station, ADMIN, ADMIN_PASSWORD)
    add_operator(any_station, admin, "boss", Role.ADMIN, "bosspass12")
    boss = Actor("boss", Role.ADMIN)
    now = any_station.now()
    results = _interleave(any_station,
                          lambda repo: deactivate_in(repo, admin, "boss", now),
                          lambda repo: deactivate_in(repo, boss, ADMIN, now))
    assert isinstance(results[0], Operator) and isinstance(results[1], StationError), results
    with any_station.store.reading() as repo:
        assert [o.username for o in usable_admins(repo.list_operators())] == [ADMIN]


def test_a_locked_or_deactivated_admin_cannot_manage_accounts(station: Station,
                                                              admin: Actor) -> None:
    """The account services trusted the Actor of a session opened before the account was
    locked or deactivated: a locked admin could unlock themselves, and either could reset
    another admin's password (and log in as them) or add a new admin account."""
    add_operator(station, admin, "boss", Role.ADMIN, "bosspass12")
    add_operator(station, admin, "olga", Role.OFFICER, "olgapass12")
    boss = login(station, "boss", "bosspass12")
    lock_operator(station, boss, ADMIN)  # admin's window is still open
    with pytest.raises(AuthError):
        unlock_operator(station, admin, ADMIN)
    with pytest.raises(AuthError):
        reset_password(station, admin, "boss", "takenover12")
    with pytest.raises(AuthError):
        add_operator(station, admin, "mallory", Role.ADMIN, "mallorypass12")
    with pytest.raises(AuthError):
        lock_operator(station, admin, "olga")
    unlock_operator(station, boss, ADMIN)
    deactivate_operator(station, boss, ADMIN)
    with pytest.raises(AuthError):
        reset_password(station, admin, "boss", "takenover12")
    with station.store.reading() as repo:
        assert repo.find_operator("mallory") is None
        state = {o.username: o.state(station.now()) for o in repo.list_operators()}
    assert state == {ADMIN: AccountState.DEACTIVATED, "boss": AccountState.USABLE,
                     "olga": AccountState.USABLE}
    assert login(station, "boss", "bosspass12") == boss


# -- stored bytes unchanged since ac9a4eb ---------------------------------------------------------
def test_the_consents_column_keeps_the_stored_pairs(station: Station, admin: Actor) -> None:
    """The codec wrote withdrawals into the store's `consents.withdrawn` column in the batch's
    object form: stored bytes changed, and a station rolled back to the previous release
    could not open any record with a withdrawal (it unpacks `[purpose, at]` pairs)."""
    number = enrol(station, admin, full_form()).registration_number
    withdraw_consent(station, admin, number, "emergency-contact")
    with station.store.reading() as repo:
        stored = repo.connection.execute(text("SELECT withdrawn FROM consents")).scalar_one()
        consent = repo.get_enrolment(number).consent
    ((purpose, at),) = consent.withdrawn
    assert stored == json.dumps([["emergency-contact", at.isoformat()]])  # as ac9a4eb wrote
    assert [(p, datetime.fromisoformat(w)) for p, w in json.loads(stored)] == [
        (purpose.value, at)]  # what the previous release's reader does
    assert consent_columns(consent)["withdrawn"] == stored
    # Either form still reads, and the batch form is unchanged (objects).
    assert withdrawals_from_json(json.dumps(consent_to_dict(consent)["withdrawn"])) == (
        consent.withdrawn)
    assert consent_to_dict(consent)["withdrawn"] == [{"purpose": "emergency-contact",
                                                      "at": at.isoformat()}]


# -- the read unit ------------------------------------------------------------------------------
def test_a_read_unit_is_one_snapshot_on_each_backend(any_station: Station) -> None:
    """On PostgreSQL the read unit was READ ONLY at READ COMMITTED: each query saw what had
    committed since, so one view (record, photo, cards, cases) could mix two states."""
    admin = login(any_station, ADMIN, ADMIN_PASSWORD)
    enrol(any_station, admin, full_form())
    with any_station.store.reading() as repo:
        before = repo.count_enrolments()
        done = threading.Thread(target=enrol, args=(any_station, admin,
                                                    full_form(phone="+255 713 900002")))
        done.start()
        done.join(WAIT)
        assert not done.is_alive()
        assert repo.count_enrolments() == before == 1
    with any_station.store.reading() as repo:
        assert repo.count_enrolments() == 2
    with any_station.store.transaction() as repo:  # the pooled connection writes again
        repo.set_meta("after-read-unit", "1")


# -- migration 0003 on a store made before it ----------------------------------------------------
def test_migration_0003_keeps_the_accounts_of_an_older_store(tmp_path: Path) -> None:
    """A store at revision 0002 (as ac9a4eb made it) gains `locked_by` and keeps its accounts,
    their failed-try counts and a lock after failures; the accounts work as before."""
    store = Store(f"sqlite:///{tmp_path / 'old.db'}", FieldCipher(b"k" * 32))
    with store.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    until = datetime(2999, 1, 1, tzinfo=UTC)
    with store.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO operators (username, role, password_hash, active, failed_attempts, "
            "locked_until, created_at) VALUES ('olga', 'officer', 'h1', 1, 3, NULL, :at), "
            "('sam', 'supervisor', 'h2', 1, 0, :until, :at), ('old', 'admin', 'h3', 0, 0, NULL, "
            ":at)"), {"at": AT, "until": until})
    store.migrate()
    assert current_revision(store.engine) == head_revision()  # 0003 and every later one
    now = datetime(2026, 12, 1, tzinfo=UTC)
    with store.reading() as repo:
        accounts = {o.username: o for o in repo.list_operators()}
        olga = repo.find_operator("olga")
    assert olga is not None and olga.password_hash == "h1" and olga.failed_attempts == 3
    assert {name: o.state(now) for name, o in accounts.items()} == {
        "olga": AccountState.USABLE, "sam": AccountState.LOCKED_AFTER_FAILURES,
        "old": AccountState.DEACTIVATED}
    assert all(o.locked_by == "" for o in accounts.values())
    with store.transaction() as repo:
        repo.save_operator(olga.lock("admin"))
    with store.reading() as repo:
        locked = repo.find_operator("olga")
    assert locked is not None and locked.state(now) is AccountState.LOCKED_BY_ADMIN
    store.close()


def test_a_log_in_refused_because_the_password_changed_meanwhile_is_audited(
        station: Station) -> None:
    """settle_login returned its refusal without an audit row when an admin had reset the
    password between the check and the write: a failed log-in left no trace."""
    with station.store.reading() as repo:
        operator = repo.find_operator(ADMIN)
    assert operator is not None
    with station.store.transaction() as repo:
        outcome = settle_login(repo, ADMIN, "an-older-hash", True, station.now(),
                               station.lockout_policy)
    assert isinstance(outcome, LoginError) and outcome.reason == "unknown"
    with station.store.reading() as repo:
        events = [e for e in repo.iter_audit() if e.action == "login-failed"]
        assert repo.find_operator(ADMIN) == operator  # not counted
    assert [(e.actor, e.details) for e in events] == [(ADMIN, {"why": "changed-meanwhile"})]
