"""The station's home folder: configuration, key file, store, trust bundle, outputs."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from station.errors import LockedError, StorageError, ValidationError
from station.security.vault import KeyVault, write_atomically

CONFIG_NAME = "station.json"
KEY_FILE_NAME = "keys.slots"  # fixed size, updated in place (station/security/vault.py)
LEGACY_KEY_FILE_NAME = "keys.json"  # the first format, moved into keys.slots on unlock
# Space kept for a full disk: a file of zeros made while there is room, given back when the
# disk is full, so that the log-in, its audit row, reads and the wipe still work.
RESERVE_NAME = "reserve.space"
RESERVE_BYTES = 1 << 20
LOW_SPACE_BYTES = 1 << 20  # below this free, the reserve is given back at unlock
RESERVE_MARGIN = 32 << 20  # the reserve is made only where this much more is free
MAX_VALIDITY_DAYS = 730  # at most two years, as in the programme this station serves
# Settings that guard access: station.json carries their MAC under the data key
# (`security_mac`), so that a hand edit of the file (lock-out off) is noticed at unlock.
SECURITY_SETTINGS = ("idle_lock_minutes", "lockout_attempts", "lockout_minutes")
# Each setting's kind, so that a hand-edited file with a wrong kind is refused by name.
_WHOLE_NUMBERS = {"card_validity_days": "card validity (days)",
                  "idle_lock_minutes": "the idle lock (minutes)",
                  "lockout_attempts": "failed sign-ins before a lock",
                  "lockout_minutes": "the lock time (minutes)"}


@dataclass
class StationConfig:
    site: str
    station: str
    db_url: str = ""  # empty: the embedded SQLite file in the home folder
    card_validity_days: int = MAX_VALIDITY_DAYS
    match_threshold: float | None = None  # None: the biometrics library's calibrated default
    possible_threshold: float | None = None
    idle_lock_minutes: int = 10
    lockout_attempts: int = 5
    lockout_minutes: int = 15
    consent_text_version: str = "2026-1"
    local_language: str = "swa"
    issuing_state: str = "TZA"  # ICAO code of the state issuing the cards (MRZ, card header)
    # Printed on the card front (one line per language, " / " between) and the QR's `iss`.
    issuing_state_name: str = "JAMHURI YA MUUNGANO WA TANZANIA / UNITED REPUBLIC OF TANZANIA"
    issuing_authority: str = "IDARA YA UHAMIAJI / IMMIGRATION DEPARTMENT"
    card_title_local: str = "KADI YA USAJILI"  # beside the English "REGISTRATION CARD"
    card_issuer: str = ""  # the QR's CWT issuer; empty: the issuing state code
    site_name: str = ""  # the site as printed ("Nyarugusu Reception Centre"); empty: `site`
    card_holder_mark: str = ""  # "", "signature" or "thumbprint": a box on the card front
    registry_url: str = ""
    collected_fields: list[str] = field(default_factory=list)  # empty: every field
    security_mac: str = ""  # HMAC of SECURITY_SETTINGS under the data key (StationHome)

    def validate(self) -> None:
        """Every rule a setting must keep, checked before anything is saved and when the
        file is loaded (one place)."""
        for name, words in _WHOLE_NUMBERS.items():
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValidationError(f"{words} must be a whole number", field=name)
        for name, label in (("match_threshold", "same-person"),
                            ("possible_threshold", "possible-duplicate")):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int | float)
                                      or isinstance(value, bool)):
                raise ValidationError(f"the {label} threshold must be a number", field=name)
        for item in fields(self):
            value = getattr(self, item.name)
            if item.type in ("str", str) and not isinstance(value, str):
                raise ValidationError(f"the setting {item.name} must be text", field=item.name)
            if isinstance(value, str) and len(value) > 500:
                raise ValidationError(f"the setting {item.name} is too long (at most 500 "
                                      "characters)", field=item.name)
        if self.card_holder_mark not in ("", "signature", "thumbprint"):
            raise ValidationError("the holder's mark on the card must be signature, thumbprint "
                                  "or nothing", field="card_holder_mark")
        if not isinstance(self.collected_fields, list) or not all(
                isinstance(name, str) for name in self.collected_fields):
            raise ValidationError("the collected fields must be a list of field names",
                                  field="collected_fields")
        if not 1 <= self.card_validity_days <= MAX_VALIDITY_DAYS:
            raise ValidationError("card validity must be between 1 and 730 days",
                                  field="card_validity_days")
        match, possible = self.effective_thresholds()
        for value, label, name in ((match, "same-person", "match_threshold"),
                                   (possible, "possible-duplicate", "possible_threshold")):
            if not 0 < value < 2:
                raise ValidationError(f"the {label} threshold must be between 0 and 2",
                                      field=name)
        if match > possible:
            raise ValidationError(
                "the same-person threshold must not be above the possible-duplicate threshold "
                f"({match:.2f} > {possible:.2f})", field="match_threshold")
        if not 1 <= self.idle_lock_minutes <= 240:
            raise ValidationError("the idle lock must be between 1 and 240 minutes",
                                  field="idle_lock_minutes")
        if not 1 <= self.lockout_attempts <= 20:
            raise ValidationError("failed sign-ins before a lock must be between 1 and 20",
                                  field="lockout_attempts")
        if not 1 <= self.lockout_minutes <= 24 * 60:
            raise ValidationError("the lock time must be between 1 minute and 24 hours",
                                  field="lockout_minutes")
        if self.registry_url and not self.registry_url.startswith(("https://", "http://")):
            raise ValidationError("the registry address must start with https://",
                                  field="registry_url")

    def effective_thresholds(self) -> tuple[float, float]:
        """The same-person and possible-duplicate distances in use (defaults when unset)."""
        from biometrics import MatchThresholds

        defaults = MatchThresholds()
        return (self.match_threshold or defaults.match,
                self.possible_threshold or defaults.possible)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> StationConfig:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})  # type: ignore[arg-type]


class StationHome:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        # The MAC key of the security settings, known once the station is unlocked.
        self.settings_key: bytes | None = None

    @property
    def config_path(self) -> Path:
        return self.path / CONFIG_NAME

    @property
    def store_path(self) -> Path:
        return self.path / "store.db"

    @property
    def trust_path(self) -> Path:
        return self.path / "trust.json"

    @property
    def vault(self) -> KeyVault:
        return KeyVault(self.path / KEY_FILE_NAME, legacy_path=self.path / LEGACY_KEY_FILE_NAME)

    def is_initialised(self) -> bool:
        return self.config_path.is_file()

    def load_config(self) -> StationConfig:
        if not self.is_initialised():
            raise LockedError("no station is set up in this home folder: run `station init`")
        try:
            data = json.loads(self.config_path.read_text())
            if not isinstance(data, dict):
                raise ValueError("not an object")
            config = StationConfig.from_dict(data)
        except (OSError, ValueError, TypeError):
            raise StorageError(f"the station's settings file {CONFIG_NAME} cannot be read or "
                               "is damaged: restore it from a backup") from None
        try:
            config.validate()  # a hand-edited value out of range is refused, by name
        except ValidationError as exc:
            raise ValidationError(f"the station's settings file {CONFIG_NAME} holds a value "
                                  f"out of range: {exc}; correct it in the file or restore it "
                                  "from a backup", field=exc.field) from None
        return config

    @property
    def reserve_path(self) -> Path:
        return self.path / RESERVE_NAME

    def free_bytes(self) -> int:
        try:
            stats = os.statvfs(self.path)
        except OSError:
            return 0
        return stats.f_bavail * stats.f_frsize

    def release_reserve_if_full(self) -> bool:
        """On a nearly full disk, delete the reserve (True when that freed space)."""
        if self.free_bytes() >= LOW_SPACE_BYTES or not self.reserve_path.is_file():
            return False
        with contextlib.suppress(OSError):
            self.reserve_path.unlink()
            return True
        return False

    def keep_reserve(self) -> None:
        """Make the reserve where it is missing and there is plenty of room (best effort)."""
        if self.reserve_path.exists() or self.free_bytes() < RESERVE_BYTES + RESERVE_MARGIN:
            return
        try:
            with open(os.open(self.reserve_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                              0o600), "wb") as handle:
                chunk = bytes(1 << 16)
                for _ in range(RESERVE_BYTES // len(chunk)):
                    handle.write(chunk)  # real blocks (not a sparse file, not fallocate)
        except OSError:
            with contextlib.suppress(OSError):
                self.reserve_path.unlink()

    def settings_mac(self, config: StationConfig) -> str:
        import hashlib
        import hmac

        if self.settings_key is None:
            raise LockedError("unlock the station first")
        values = json.dumps({name: getattr(config, name) for name in SECURITY_SETTINGS},
                            sort_keys=True).encode()
        return hmac.new(self.settings_key, values, hashlib.sha256).hexdigest()

    def settings_sealed(self, config: StationConfig) -> bool:
        """The security settings carry their MAC (not edited by hand since last saved)."""
        import hmac

        return hmac.compare_digest(self.settings_mac(config), config.security_mac)

    def save_config(self, config: StationConfig) -> None:
        config.validate()
        if self.settings_key is not None:
            config.security_mac = self.settings_mac(config)
        write_atomically(self.config_path, json.dumps(asdict(config), indent=2).encode())

    def db_url(self, config: StationConfig) -> str:
        return config.db_url or f"sqlite:///{self.store_path}"
