"""Setting up, unlocking and logging in to a station.

`Station` is an unlocked station: the store with its cipher, the signing key and the
configuration. `Actor` is the operator logged in; every service takes one and checks its role.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from station.domain import usernames
from station.domain.model import AccountState, LockoutPolicy, Operator, local_clock
from station.domain.regno import StationCode
from station.domain.roles import Permission, require
from station.domain.vocab import Role
from station.errors import (
    AuthError,
    LoginError,
    StationError,
    StorageError,
    ValidationError,
)
from station.security.cipher import FieldCipher
from station.security.passwords import hash_password, needs_rehash, verify_password
from station.security.tpm import chip_for_init
from station.security.vault import (
    DEFAULT_SCRYPT_N,
    FEATURE_MACS,
    KeyVault,
    UnsealedKeys,
    check_passphrase_strength,
)
from station.services.home import (
    CONFIG_NAME,
    LOW_SPACE_BYTES,
    SECURITY_SETTINGS,
    StationConfig,
    StationHome,
)
from station.services.ports import OperatorRepository
from station.store.store import Store

# Checked when no account's hash is: the same Argon2id cost as a real one, so that the time a
# log-in takes does not tell whether the account exists.
_DUMMY_HASH = ("argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA=="
               "$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
# Tests lower the passphrase's KDF cost with STATION_SCRYPT_N; below the shipped cost that is
# refused unless this variable says so too (tests/conftest.py sets it), so that a lowered cost
# never slips into a real station's environment unnoticed.
WEAK_KDF_FOR_TESTS = "STATION_TEST_WEAK_KDF"


def utcnow() -> datetime:
    return datetime.now(UTC)


class StationWarning(str):
    """A warning for the operator. It is its English words (what the command line prints, so
    it prints, compares and serialises as that text); `code` says what it is and `data` holds
    what saying it needs (a record's number and field, never a value), so that the window
    says it in the operator's language from the code alone, whatever the English words."""

    code: str
    data: dict[str, str]

    def __new__(cls, code: str, text: str, data: dict[str, str] | None = None
                ) -> StationWarning:
        made = super().__new__(cls, text)
        object.__setattr__(made, "code", code)
        object.__setattr__(made, "data", dict(data or {}))
        return made

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a StationWarning is not changed once made")

    def __reduce__(self) -> tuple[Any, ...]:
        return StationWarning, (self.code, str(self), dict(self.data))


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role

    def require(self, permission: Permission) -> None:
        require(self.role, permission)


@dataclass
class Station:
    home: StationHome
    config: StationConfig
    store: Store
    signing_key: bytes
    clock: Callable[[], datetime] = utcnow
    cache: dict[str, Any] = field(default_factory=dict)  # e.g. the loaded match gallery
    # for the operator, e.g. altered settings: StationWarning (code and English), or plain
    # English for a note without a code (the security chip's at init)
    warnings: list[str] = field(default_factory=list)

    @property
    def code(self) -> StationCode:
        return StationCode(self.config.site, self.config.station)

    def now(self) -> datetime:
        return self.clock()

    @property
    def lockout_policy(self) -> LockoutPolicy:
        return LockoutPolicy(self.config.lockout_attempts, self.config.lockout_minutes)

    def audit(self, actor: Actor | str, action: str, subject: str = "",
              **details: object) -> None:
        """Write one audit event in its own transaction (reads, logins, prints)."""
        name = actor.username if isinstance(actor, Actor) else actor
        with self.store.transaction() as repo:
            repo.append_audit(name, action, subject, dict(details), self.now())

    def close(self) -> None:
        self.store.close()


def scrypt_cost_from_env() -> int:
    """The station passphrase's KDF cost: the shipped default unless STATION_SCRYPT_N lowers it
    (tests); a value scrypt cannot use is a ValidationError naming the variable."""
    from sync.kdf_cost import KdfCostError, kdf_cost_from_env

    try:
        cost = kdf_cost_from_env("STATION_SCRYPT_N", DEFAULT_SCRYPT_N)
    except KdfCostError as exc:
        raise ValidationError(str(exc), field="STATION_SCRYPT_N") from None
    if cost < DEFAULT_SCRYPT_N and os.environ.get(WEAK_KDF_FOR_TESTS) != "1":
        raise ValidationError(
            f"STATION_SCRYPT_N={cost} is below the shipped passphrase cost {DEFAULT_SCRYPT_N}: "
            f"a lower cost is for the test suite only (which also sets {WEAK_KDF_FOR_TESTS}=1); "
            "unset STATION_SCRYPT_N", field="STATION_SCRYPT_N")
    return cost


def init_station(home: StationHome, site: str, station: str, passphrase: str, admin: str,
                 admin_password: str, *, db_url: str = "", scrypt_n: int = DEFAULT_SCRYPT_N,
                 tpm: str = "auto") -> Station:
    """Create the home, key file, store schema and first admin, all or nothing. `tpm`: bind
    the key file to the machine's security chip (station/security/tpm.py `chip_for_init`)."""
    code = StationCode(site.upper(), station.upper()) if _valid_code(site, station) else None
    if code is None:
        raise ValidationError("site must be 2-5 and station 1-3 capital letters or digits",
                              field="site")
    if home.is_initialised():
        if not home.vault.exists():
            raise StationError("this home folder holds a wiped station: set up the new "
                               "station in another folder (or delete this one)")
        raise StationError("a station is already set up in this home folder")
    check_db_url(db_url)
    check_passphrase_strength(passphrase)
    check_username(admin)
    chip, chip_optional, chip_warning = chip_for_init(tpm)
    password_hash = hash_password(admin_password)
    try:
        home.path.mkdir(parents=True, exist_ok=True)
        os.chmod(home.path, 0o700)
    except OSError as exc:
        raise StorageError(f"cannot create the home folder: {exc.strerror}") from None
    config = StationConfig(site=code.site, station=code.station, db_url=db_url)
    signing_key = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    keys = UnsealedKeys(os.urandom(32), signing_key, frozenset({FEATURE_MACS}))
    store = Store(home.db_url(config), FieldCipher(keys.data_key))
    home.settings_key = store.cipher.mac_key("settings") if store.cipher else None
    station_made = Station(home, config, store, keys.signing_key)
    claimed = False
    try:
        store.migrate()
        now = utcnow()
        with store.transaction() as repo:
            if repo.get_meta("station_id"):
                raise StationError("this database already belongs to a station")
            repo.set_meta("station_id", code.station_id)
            repo.add_operator(Operator(admin, Role.ADMIN, password_hash), now)
            repo.append_audit(admin, "station-initialised", code.station_id, {}, now)
        claimed = True
        unused = home.vault.create(passphrase, keys, scrypt_n=scrypt_n, chip=chip,
                                   chip_optional=chip_optional)
        station_made.warnings += [w for w in (chip_warning, unused) if w]
        home.save_config(config)
        home.keep_reserve()
    except BaseException:
        undo_init(station_made, drop_schema=claimed)
        raise
    return station_made


def check_db_url(db_url: str) -> None:
    if db_url and not db_url.startswith(("sqlite:///", "postgresql://", "postgresql+psycopg://")):
        raise ValidationError("database URL must be postgresql://... or sqlite:///... "
                              "(or nothing, for the embedded store)", field="db")


def undo_init(station: Station, *, drop_schema: bool = True) -> None:
    """Remove what a failed `init` made, so that it can simply be run again.

    `drop_schema` is true only when this init claimed the database itself; a database that
    already belonged to a station is never touched.
    """
    home = station.home
    if drop_schema and station.config.db_url:
        station.store.drop_schema()
    station.close()
    home.vault.destroy()  # overwritten in place, as by a wipe
    for path in (home.config_path, home.trust_path, home.reserve_path):
        path.unlink(missing_ok=True)
    if not station.config.db_url:
        for path in home.path.glob(home.store_path.name + "*"):
            path.unlink(missing_ok=True)


def _valid_code(site: str, station: str) -> bool:
    try:
        StationCode(site.upper(), station.upper())
    except ValueError:
        return False
    return True


def check_username(username: str, existing: Iterable[str] = ()) -> None:
    """Letters (one script), digits, dot, dash, underscore, in NFKC form, and not a look-alike
    of an `existing` name (station/domain/usernames.py, the registry's rule too)."""
    if not username or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise ValidationError("user name must be letters, digits, dot, dash or underscore",
                              field="username")
    if usernames.normalise(username) != username:
        raise ValidationError("the user name holds compatibility characters (full-width "
                              "letters, ligatures, ...): write it as "
                              f"{usernames.normalise(username)}", field="username")
    other = usernames.look_alike(username, existing)
    if other is not None:
        raise ValidationError(usernames.look_alike_problem(username, other), field="username")
    mixed = usernames.mixed_script_problem(username)
    if mixed is not None:
        raise ValidationError(f"user name: {mixed}", field="username")


# The codes of the warnings `open_station` gives (the window says each in its own words).
AUDIT_TAMPERED_CODE = "audit-tampered"
SETTINGS_ALTERED_CODE = "settings-altered"
DISK_FULL_CODE = "disk-full"
AUDIT_TAMPERED = StationWarning(
    AUDIT_TAMPERED_CODE,
    "the audit log was tampered with: the record of its newest event was deleted or altered "
    "in the database file (events may have been removed); the station keeps working and "
    "records this in the log; a supervisor should run `station audit verify` and report it")


def open_station(home: StationHome, passphrase: str) -> Station:
    """Unlock the key file and open the store; a store of an earlier version is upgraded
    (schema, MACs on operator rows and security settings, key file format and cost)."""
    config = home.load_config()
    with contextlib.suppress(OSError):  # a home made by an earlier version may be 0755
        if home.path.stat().st_mode & 0o077:
            os.chmod(home.path, 0o700)
    vault = home.vault
    keys = vault.unlock(passphrase)
    cipher = FieldCipher(keys.data_key)
    on_reserve = home.release_reserve_if_full()
    store = Store(home.db_url(config), cipher)
    try:
        try:
            store.migrate()  # an upgraded station keeps its data and gains new tables
        except StorageError:
            if home.free_bytes() >= LOW_SPACE_BYTES:
                raise
            # A disk without a byte free: SQLite cannot even read here. Go on, so that the
            # wipe can check the operator from the file as it lies (services/wipe.py);
            # everything else fails with "the disk is full".
        home.settings_key = cipher.mac_key("settings")
        if FEATURE_MACS not in keys.features:
            _seal_for_upgrade(home, config, store, vault, keys)
        station = Station(home, config, store, keys.signing_key)
        if not home.settings_sealed(config):
            _settings_altered(station)
    except BaseException:
        store.close()
        raise
    tampered = False
    with contextlib.suppress(StationError), store.reading() as repo:
        tampered = repo.audit_tampered()
    if tampered:
        station.warnings.append(AUDIT_TAMPERED)
    if on_reserve:
        station.warnings.append(StationWarning(
            DISK_FULL_CODE, "the disk is full: the station is working on its reserve space; "
            "free space on the disk soon"))
    home.keep_reserve()
    return station


def _seal_for_upgrade(home: StationHome, config: StationConfig, store: Store, vault: KeyVault,
                      keys: UnsealedKeys) -> None:
    """A store of a version without MACs: seal the operator rows and the security settings as
    they are now, then record in the key file (sealed, so a hand edit cannot undo it) that
    they carry MACs; from then on a row or a setting without a right MAC is refused."""
    with store.transaction() as repo:
        sealed = repo.seal_operators()
        repo.append_audit("station", "integrity-macs-added", "", {"operators": sealed},
                          utcnow())
    home.save_config(config)
    vault.add_features(keys, FEATURE_MACS)


def _settings_altered(station: Station) -> None:
    """station.json's security settings do not carry their MAC: someone edited the file. The
    shipped values are used instead (a hand edit cannot weaken the lock-out), and it is
    audited; an admin saving the settings again seals them."""
    shipped = StationConfig(site=station.config.site, station=station.config.station)
    for name in SECURITY_SETTINGS:
        setattr(station.config, name, getattr(shipped, name))
    station.warnings.append(StationWarning(
        SETTINGS_ALTERED_CODE,
        f"the security settings in {CONFIG_NAME} were changed outside the station: the shipped "
        "values are in force until an administrator saves the settings again"))
    with contextlib.suppress(StationError):
        station.audit("station", "settings-altered", CONFIG_NAME,
                      settings=", ".join(SECURITY_SETTINGS))


def login(station: Station, username: str, password: str) -> Actor:
    """Check a password; lock the account for a while after repeated failures. Audited.

    Raises `LoginError`. Its message is the same for an unknown name, a wrong password and an
    account locked or deactivated (`refusal_text`: it names the lock-out rule), so that it does
    not tell whether a name exists; `reason`, `tries_left` and `locked_until` say why, for the
    audit and for programs, and admins see locks on the Admin page (`operator list`).
    The password check (scrypt, tens of milliseconds) runs outside the write transaction; the
    count of failures is then taken again from the row being written, so two wrong passwords
    typed at the same moment both count.
    """
    try:
        return _login(station, username, password)
    except LoginError as refused:
        if refused.reason == "altered":  # a tamper alarm, not a refusal of a name
            raise
        # The person signing in learns the same for an unknown name, a wrong password and an
        # account that is locked or deactivated: nothing tells whether the name exists. The
        # reason stays on the error and in the audit; admins see the lock on the Admin page.
        raise LoginError(refusal_text(station.lockout_policy), reason=refused.reason,
                         tries_left=refused.tries_left,
                         locked_until=refused.locked_until) from None


def refusal_text(policy: LockoutPolicy) -> str:
    """The one message of every refused log-in."""
    return (f"unknown user or wrong password, or the account is locked or deactivated (after "
            f"{policy.attempts} wrong passwords in a row an account locks for {policy.minutes} "
            "minutes): an administrator can unlock it")


def _login(station: Station, username: str, password: str) -> Actor:
    now = station.now()
    with station.store.reading() as repo:
        operator = repo.find_operator(username)
        intact = operator is not None and repo.operator_sealed(operator)
    if operator is None:
        # The typed name is not recorded (it may be a password typed in the wrong field),
        # and a password check still runs so that timing does not reveal who exists.
        verify_password(password, _DUMMY_HASH)
        station.audit("?", "login-failed", why="unknown")
        raise LoginError("unknown user or wrong password", reason="unknown")
    if not intact:
        verify_password(password, _DUMMY_HASH)
        station.audit(username, "login-refused", why="record-altered")
        raise altered_error()
    if operator.state(now) is not AccountState.USABLE:
        verify_password(password, _DUMMY_HASH)
        station.audit(username, "login-refused", why=operator.state(now).value)
        raise refusal_error(operator, now)
    password_ok = verify_password(password, operator.password_hash)
    with station.store.transaction() as repo:
        outcome = settle_login(repo, username, operator.password_hash, password_ok, now,
                               station.lockout_policy)
    if isinstance(outcome, LoginError):
        raise outcome
    if needs_rehash(operator.password_hash):
        _rehash(station, operator.username, operator.password_hash, password)
    return outcome


def altered_error() -> LoginError:
    return LoginError("this account's record was changed outside the station (in the database "
                      "file), so it cannot log in: an administrator must deactivate it and add "
                      "a new account, and find out who edited the file", reason="altered",
                      tries_left=0)


def _rehash(station: Station, username: str, old_hash: str, password: str) -> None:
    """A hash of an earlier scheme or cost is replaced, now that the password is known to be
    right (best effort: on a full disk it stays and is replaced at a later log-in)."""
    from dataclasses import replace

    new_hash = hash_password(password, check_strength=False)
    with contextlib.suppress(StationError), station.store.transaction() as repo:
        current = repo.find_operator(username)
        if current is not None and current.password_hash == old_hash \
                and repo.operator_sealed(current):
            repo.save_operator(replace(current, password_hash=new_hash))


def settle_login(repo: OperatorRepository, username: str, checked_hash: str, password_ok: bool,
                 now: datetime, policy: LockoutPolicy) -> Actor | LoginError:
    """Within the caller's write transaction: count the try on the account and audit it.

    `checked_hash` is the hash the password was checked against; when an admin changed the
    password (or the account) in between, the try is refused without counting. The error is
    returned, not raised, so that the failure count commits.
    """
    operator = repo.find_operator(username)
    if operator is not None and not repo.operator_sealed(operator):
        repo.append_audit(username, "login-refused", "", {"why": "record-altered"}, now)
        return altered_error()
    if operator is None or operator.password_hash != checked_hash:
        # Removed or given a new password meanwhile: refused, not counted, but audited.
        repo.append_audit(username if operator else "?", "login-failed", "",
                          {"why": "changed-meanwhile"}, now)
        return LoginError("unknown user or wrong password", reason="unknown")
    if operator.state(now) is not AccountState.USABLE:  # locked by a try at the same moment
        repo.append_audit(username, "login-refused", "", {"why": operator.state(now).value},
                          now)
        return refusal_error(operator, now)
    if password_ok:
        repo.save_operator(operator.record_success())
        repo.append_audit(username, "login", "", {}, now)
        return Actor(operator.username, operator.role)
    after = operator.record_failure(now, policy)
    repo.save_operator(after)
    repo.append_audit(username, "login-failed", "", {"attempts": operator.failed_attempts + 1},
                      now)
    if after.state(now) is AccountState.LOCKED_AFTER_FAILURES:
        assert after.locked_until is not None
        return LoginError(f"wrong password: this account is now locked until "
                          f"{local_clock(after.locked_until, now)} after {policy.attempts} "
                          "wrong passwords in a row", reason=after.state(now).value,
                          tries_left=0, locked_until=after.locked_until)
    left = after.tries_left(now, policy)
    message = "unknown user or wrong password"
    if left == 1:
        message += (f": one more wrong password locks this account for {policy.minutes} "
                    "minutes")
    return LoginError(message, reason="wrong-password", tries_left=left)


def refusal_error(operator: Operator, now: datetime) -> LoginError:
    """Why an account that is not usable now refuses a log-in, honestly."""
    state = operator.state(now)
    locked_until = (operator.locked_until if state is AccountState.LOCKED_AFTER_FAILURES
                    else None)
    return LoginError(operator.refusal(now), reason=state.value, tries_left=0,
                      locked_until=locked_until)


def add_operator(station: Station, actor: Actor, username: str, role: Role, password: str
                 ) -> None:
    actor.require(Permission.MANAGE_USERS)
    if not usernames.mixed_script_problem(username):  # else named with its look-alike below
        check_username(username)
    operator = Operator(username, role, hash_password(password))
    with station.store.transaction() as repo:
        require_usable_account(repo, actor, station.now())
        check_username(username, [o.username for o in repo.list_operators()])
        repo.add_operator(operator, station.now())
        repo.append_audit(actor.username, "operator-added", username, {"role": role.value},
                          station.now())


def require_usable_account(repo: OperatorRepository, actor: Actor, now: datetime) -> None:
    """Within the caller's write unit: the actor's own account can still log in.

    A window logged in before an admin locked or deactivated the account keeps its `Actor`;
    managing accounts from it (unlocking itself, resetting another admin's password, adding an
    admin) would undo the lock. Reading every account first also locks them all, in name order,
    on PostgreSQL, so that two account changes at once are serialised, never deadlocked.
    """
    accounts = {o.username: o for o in repo.list_operators()}
    own = accounts.get(actor.username)
    if own is None or own.state(now) is not AccountState.USABLE:
        raise AuthError("your account is locked or deactivated: log in again", field="username")


def change_passphrase(station: Station, actor: Actor, old: str, new: str) -> None:
    actor.require(Permission.MANAGE_KEYS)
    station.home.vault.change_passphrase(old, new)
    station.audit(actor, "passphrase-changed")
