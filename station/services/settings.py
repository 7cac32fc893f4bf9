"""Changing the station's settings: validated by the configuration before anything is saved."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from station.domain.roles import Permission
from station.errors import ValidationError
from station.services.context import Actor, Station

SETTINGS = ("match_threshold", "possible_threshold", "card_validity_days",
            "idle_lock_minutes", "local_language", "registry_url")


def save_settings(station: Station, actor: Actor, changes: dict[str, Any]) -> None:
    """Thresholds, validity and idle lock; validated by the configuration, audited."""
    actor.require(Permission.MANAGE_KEYS)
    unknown = [key for key in changes if key not in SETTINGS]
    if unknown:
        raise ValidationError(f"unknown setting {unknown[0]}", field=unknown[0])
    updated = replace(station.config, **changes)
    station.home.save_config(updated)  # validates first: nothing changes on a bad value
    station.config = updated
    station.audit(actor, "settings-changed", "", fields=sorted(changes))
