"""The station's home folder: configuration, key file, store, trust bundle, outputs."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from station.errors import LockedError, StorageError, ValidationError
from station.security.vault import KeyVault, write_atomically

CONFIG_NAME = "station.json"
KEY_FILE_NAME = "keys.slots"  # fixed size, updated in place (station/security/vault.py)
LEGACY_KEY_FILE_NAME = "keys.json"  # the first format, moved into keys.slots on unlock
MAX_VALIDITY_DAYS = 730  # at most two years, as in the programme this station serves


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

    def validate(self) -> None:
        """Every rule a setting must keep, checked before anything is saved (one place)."""
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
            return StationConfig.from_dict(data)
        except (OSError, ValueError, TypeError):
            raise StorageError(f"the station's settings file {CONFIG_NAME} cannot be read or "
                               "is damaged: restore it from a backup") from None

    def save_config(self, config: StationConfig) -> None:
        config.validate()
        write_atomically(self.config_path, json.dumps(asdict(config), indent=2).encode())

    def db_url(self, config: StationConfig) -> str:
        return config.db_url or f"sqlite:///{self.store_path}"
