"""Issue 16 item 13: look-alike operator names (a Cyrillic "а" in "admin") are refused at the
station, by the one rule the registry uses for its accounts (station/domain/usernames.py)."""

from __future__ import annotations

import pytest

from station.domain import usernames
from station.domain.vocab import Role
from station.errors import ValidationError
from station.services.context import Actor, Station, add_operator
from station.services.operators import list_operators

CYRILLIC_A = "\u0430"


def _names(station: Station, admin: Actor) -> set[str]:
    return {str(row["username"]) for row in list_operators(station, admin)}


def test_a_cyrillic_look_alike_of_admin_is_refused_with_words(station: Station,
                                                                admin: Actor) -> None:
    assert "admin" in _names(station, admin)
    spoof = CYRILLIC_A + "dmin"
    assert spoof != "admin"
    with pytest.raises(ValidationError) as refused:
        add_operator(station, admin, spoof, Role.ADMIN, "spoofpass12")
    message = str(refused.value)
    assert "an account named admin exists already" in message and "looks like it" in message
    assert spoof not in _names(station, admin)


def test_whole_cyrillic_look_alike_and_full_width_names_are_refused(station: Station,
                                                                    admin: Actor) -> None:
    add_operator(station, admin, "ace", Role.OFFICER, "officerpass1")
    with pytest.raises(ValidationError, match="an account named ace exists already"):
        add_operator(station, admin, "\u0430\u0441\u0435", Role.OFFICER, "officerpass1")
    with pytest.raises(ValidationError, match=r"compatibility characters.*write it as admin2"):
        add_operator(station, admin, "\uff41\uff44\uff4d\uff49\uff4e2", Role.OFFICER,
                     "officerpass1")


def test_a_mixed_script_name_is_refused(station: Station, admin: Actor) -> None:
    mixed = "p" + CYRILLIC_A + "vel"
    with pytest.raises(ValidationError) as refused:
        add_operator(station, admin, mixed, Role.OFFICER, "officerpass1")
    assert "mixes Cyrillic and Latin letters" in str(refused.value)
    assert mixed not in _names(station, admin)


def test_one_script_names_other_than_latin_are_accepted(station: Station, admin: Actor) -> None:
    add_operator(station, admin, "\u0434\u043c\u0438\u0442\u0440\u0438\u0439", Role.OFFICER,
                 "officerpass1")  # "дмитрий": Cyrillic only, no Latin look-alike
    add_operator(station, admin, "h\u00e9l\u00e8ne.k", Role.OFFICER, "officerpass1")
    assert {"\u0434\u043c\u0438\u0442\u0440\u0438\u0439", "h\u00e9l\u00e8ne.k"} <= _names(
        station, admin)


def test_the_registry_uses_the_same_rule() -> None:
    from sync.registry import accounts

    assert accounts.usernames is usernames
    assert usernames.look_alike(CYRILLIC_A + "dmin", ["admin"]) == "admin"
    assert usernames.look_alike("Adm1n", ["admin"]) == "admin"
    assert usernames.look_alike("olga", ["admin"]) is None
