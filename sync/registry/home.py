"""The registry's home folder: configuration, sealed key file, quarantine and acknowledgements."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sync.atomic import write_atomically
from sync.errors import SyncError


class RegistryHome:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()

    @property
    def config_path(self) -> Path:
        return self.path / "registry.json"

    @property
    def keys_path(self) -> Path:
        return self.path / "keys.json"

    @property
    def quarantine(self) -> Path:
        return self.path / "quarantine"

    @property
    def acks(self) -> Path:
        return self.path / "acks"

    def is_initialised(self) -> bool:
        return self.config_path.is_file()

    def create(self) -> None:
        if self.is_initialised():
            raise SyncError("a registry is already set up in this folder", reason="exists")
        for folder in (self.path, self.quarantine, self.acks):
            folder.mkdir(parents=True, exist_ok=True)
            os.chmod(folder, 0o700)

    def load_config(self) -> dict[str, Any]:
        if not self.is_initialised():
            raise SyncError(f"no registry is set up in {self.path}: run `registry init`",
                            reason="missing")
        try:
            data = json.loads(self.config_path.read_text())
        except (OSError, ValueError):
            data = None
        if not isinstance(data, dict) or "db_url" not in data:
            raise SyncError(f"the registry's settings file {self.config_path.name} cannot be "
                            "read or is damaged: restore it from a backup", reason="damaged")
        return data

    def save_config(self, config: dict[str, Any]) -> None:
        write_atomically(self.config_path, json.dumps(config, indent=2).encode())
