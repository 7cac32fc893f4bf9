"""Settings are validated in one place (StationConfig.validate) before anything is saved."""

from __future__ import annotations

import pytest

from station.errors import ValidationError
from station.services.context import Actor, Station
from station.services.home import StationConfig
from station.services.settings import save_settings


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"match_threshold": 0.7, "possible_threshold": 0.6}, "match_threshold",
     "must not be above the possible-duplicate threshold"),
    ({"match_threshold": 0.7}, "match_threshold", "(0.70 > 0.60)"),
    ({"possible_threshold": 0.5}, "match_threshold", "(0.55 > 0.50)"),
    ({"possible_threshold": 3.0}, "possible_threshold", "between 0 and 2"),
    ({"idle_lock_minutes": 0}, "idle_lock_minutes", "between 1 and 240"),
    ({"card_validity_days": 731}, "card_validity_days", "between 1 and 730"),
    ({"registry_url": "registry.example"}, "registry_url", "must start with https://"),
])
def test_a_bad_setting_is_refused_and_nothing_changes(
        station: Station, admin: Actor, changes: dict[str, object], field: str,
        words: str) -> None:
    saved_before = station.home.config_path.read_bytes()
    in_use_before = station.config
    with pytest.raises(ValidationError) as refused:
        save_settings(station, admin, changes)
    assert refused.value.field == field
    assert words in str(refused.value)
    assert station.home.config_path.read_bytes() == saved_before
    assert station.config == in_use_before


def test_good_settings_are_saved_and_used_by_matching(station: Station, admin: Actor) -> None:
    save_settings(station, admin, {"match_threshold": 0.5, "possible_threshold": 0.58,
                                   "idle_lock_minutes": 5})
    reloaded = station.home.load_config()
    assert (reloaded.match_threshold, reloaded.possible_threshold,
            reloaded.idle_lock_minutes) == (0.5, 0.58, 5)
    assert station.config.effective_thresholds() == (0.5, 0.58)


def test_unset_thresholds_mean_the_library_defaults() -> None:
    from biometrics import MatchThresholds

    defaults = MatchThresholds()
    config = StationConfig(site="DAR", station="01")
    config.validate()
    assert config.effective_thresholds() == (defaults.match, defaults.possible)
