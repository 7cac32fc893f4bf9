"""Registration numbers: made offline, unique per station, typing errors caught."""

from __future__ import annotations

import pytest

from station.domain.regno import (
    NumberError,
    StationCode,
    make_card_number,
    make_registration_number,
    parse_number,
)

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def test_number_round_trips_site_station_and_sequence() -> None:
    """A number parses back to the station and sequence it was made from."""
    number = make_registration_number(StationCode("DAR", "01"), 4321)
    assert parse_number(number) == (StationCode("DAR", "01"), 4321)


def test_numbers_of_two_stations_never_collide() -> None:
    """The same sequence at two stations gives two different numbers."""
    first = {make_registration_number(StationCode("DAR", "01"), n) for n in range(1, 500)}
    second = {make_registration_number(StationCode("DAR", "02"), n) for n in range(1, 500)}
    assert len(first) == len(second) == 499
    assert not first & second


@pytest.mark.parametrize("sequence", [1, 77, 123456, 999999])
def test_every_single_substitution_is_caught(sequence: int) -> None:
    """Changing any one character of a number makes it invalid."""
    number = make_registration_number(StationCode("KGM", "3"), sequence)
    for index, original in enumerate(number):
        if original == "-":
            continue
        for replacement in ALPHABET:
            if replacement == original:
                continue
            typo = number[:index] + replacement + number[index + 1:]
            with pytest.raises(NumberError):
                parse_number(typo)


@pytest.mark.parametrize("sequence", [12, 90817, 555123])
def test_every_adjacent_transposition_is_caught(sequence: int) -> None:
    """Swapping two neighbouring different characters makes the number invalid."""
    number = make_registration_number(StationCode("DAR", "01"), sequence).replace("-", "")
    site_len = 3
    for index in range(len(number) - 1):
        a, b = number[index], number[index + 1]
        if a == b:
            continue
        swapped = number[:index] + b + a + number[index + 2:]
        text = f"{swapped[:site_len]}-{swapped[site_len:site_len + 2]}-{swapped[site_len + 2:]}"
        with pytest.raises(NumberError):
            parse_number(text)


def test_card_numbers_are_distinct_from_registration_numbers() -> None:
    """Card numbers carry a C- prefix and their own check character."""
    card = make_card_number(StationCode("DAR", "01"), 9)
    assert card.startswith("C-")
    assert parse_number(card, prefix="C-")[1] == 9
    with pytest.raises(NumberError):
        parse_number(card)
