"""Registration and card numbers: made offline, unique per station, typing errors caught.

Numbers of the current form carry two check letters that cannot be read as digits; numbers of
the old form (one ISO 7064 MOD 37-36 character) issued before stay valid.
"""

from __future__ import annotations

import pytest
from stdnum.iso7064 import mod_37_36

from station.domain.regno import (
    CARD_PREFIX,
    CHECK_ALPHABET,
    NumberError,
    StationCode,
    is_old_form,
    make_card_number,
    make_registration_number,
    normalise_card_number,
    normalise_registration_number,
    parse_number,
)

TYPED = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-*"
LOOKALIKES = {"O": "0", "Q": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "G": "6", "B": "8"}
CODES = [StationCode("DAR", "01"), StationCode("KGM", "3"), StationCode("MBEYA", "A7Z"),
         StationCode("TZ", "9")]
SEQUENCES = [1, 2, 77, 90817, 555123, 999999]


def old_number(code: StationCode, sequence: int, prefix: str = "") -> str:
    """A number as the old scheme issued it: MOD 37-36 over site + station + six digits."""
    body = f"{prefix.replace('-', '')}{code.site}{code.station}{sequence:06d}"
    return f"{prefix}{code.site}-{code.station}-{sequence:06d}{mod_37_36.calc_check_digit(body)}"


def new_numbers() -> list[tuple[str, str]]:
    return [(maker(code, n), prefix) for code in CODES for n in SEQUENCES
            for maker, prefix in ((make_registration_number, ""), (make_card_number, CARD_PREFIX))]


def _parses_to_same(typo: str, number: str, prefix: str) -> bool:
    """False when the typo is refused; True only when it normalises back to the number."""
    try:
        parse_number(typo, prefix=prefix)
    except NumberError:
        return False
    return (normalise_card_number(typo) if prefix else normalise_registration_number(typo)) \
        == number


def test_number_round_trips_site_station_and_sequence() -> None:
    """A number parses back to the station and sequence it was made from."""
    for code in CODES:
        for sequence in SEQUENCES:
            assert parse_number(make_registration_number(code, sequence)) == (code, sequence)
            assert parse_number(make_card_number(code, sequence), CARD_PREFIX) == (code, sequence)


def test_numbers_of_two_stations_never_collide() -> None:
    """The same sequence at two stations gives two different numbers."""
    first = {make_registration_number(StationCode("DAR", "01"), n) for n in range(1, 500)}
    second = {make_registration_number(StationCode("DAR", "02"), n) for n in range(1, 500)}
    assert len(first) == len(second) == 499
    assert not first & second


def test_check_letters_never_read_as_digits() -> None:
    """New numbers end in a group of two letters, none of which looks or sounds like a digit."""
    code = StationCode("DAR", "01")
    seen: set[str] = set()
    for sequence in range(1, 3001):
        number = make_registration_number(code, sequence)
        head, letters = number.rsplit("-", 1)
        assert head == f"DAR-01-{sequence:06d}"
        assert len(letters) == 2 and letters.isalpha()
        seen.update(letters)
    assert seen == set(CHECK_ALPHABET)  # every check letter is used ...
    assert not seen & set("0123456789BDGILOQSZV")  # ... and none of the confusable ones


@pytest.mark.parametrize(("number", "prefix"), new_numbers())
def test_every_single_substitution_is_caught(number: str, prefix: str) -> None:
    """Changing any one character (hyphens too) of a new number makes it invalid, except a
    look-alike of a digit typed in the digits, which reads as that digit."""
    digits_at = range(len(number) - 9, len(number) - 3)
    for index, original in enumerate(number):
        for replacement in TYPED:
            if replacement == original:
                continue
            typo = number[:index] + replacement + number[index + 1:]
            same = _parses_to_same(typo, number, prefix)
            assert same == (index in digits_at and LOOKALIKES.get(replacement) == original), typo


@pytest.mark.parametrize(("number", "prefix"), new_numbers())
def test_every_adjacent_transposition_is_caught(number: str, prefix: str) -> None:
    """Swapping two neighbouring different characters, hyphens included, makes it invalid."""
    swaps = 0
    for index in range(len(number) - 1):
        a, b = number[index], number[index + 1]
        if a == b:
            continue
        swapped = number[:index] + b + a + number[index + 2:]
        with pytest.raises(NumberError):
            parse_number(swapped, prefix=prefix)
        swaps += 1
    assert swaps >= 8


@pytest.mark.parametrize(("number", "prefix"), new_numbers())
def test_jump_transpositions_and_twin_errors_are_caught(number: str, prefix: str) -> None:
    """abc -> cba and aa -> bb, common when reading numbers aloud, are caught too."""
    for index in range(len(number) - 2):
        a, c = number[index], number[index + 2]
        if a != c and "-" not in (a, c):
            with pytest.raises(NumberError):
                parse_number(number[:index] + c + number[index + 1] + a + number[index + 3:],
                             prefix)
    for index in range(len(number) - 1):
        a = number[index]
        if a == number[index + 1] and a.isdigit():
            for b in "0123456789":
                if b != a:
                    with pytest.raises(NumberError):
                        parse_number(number[:index] + b + b + number[index + 2:], prefix)


@pytest.mark.parametrize("sequence", SEQUENCES)
def test_old_numbers_still_validate_and_normalise(sequence: int) -> None:
    """Numbers issued under the old scheme parse, normalise to themselves, and are old form."""
    for code in CODES:
        for prefix in ("", CARD_PREFIX):
            old = old_number(code, sequence, prefix)
            assert parse_number(old, prefix) == (code, sequence)
            typed = f"  {old.lower().replace('-', ' ')} "
            assert (normalise_card_number(typed) if prefix
                    else normalise_registration_number(typed)) == old
            assert is_old_form(old)
            assert not is_old_form(make_number_like(code, sequence, prefix))


def make_number_like(code: StationCode, sequence: int, prefix: str) -> str:
    return make_card_number(code, sequence) if prefix else make_registration_number(code, sequence)


def test_the_example_old_number_is_still_valid() -> None:
    """DAR-01-000002O, the kind of number stations printed before, still reads."""
    assert mod_37_36.is_valid("DAR01000002O")
    assert normalise_registration_number("dar-01-000002o") == "DAR-01-000002O"
    assert make_registration_number(StationCode("DAR", "01"), 2) != "DAR-01-000002O"


@pytest.mark.parametrize("sequence", [12, 90817, 555123])
def test_old_numbers_still_catch_substitutions_and_transpositions(sequence: int) -> None:
    """An old number's typos stay caught, and never turn into a valid new number."""
    old = old_number(StationCode("KGM", "3"), sequence)
    check_at = len(old) - 1
    for index, original in enumerate(old):
        if original == "-":
            continue
        for replacement in TYPED:
            if replacement == original:
                continue
            typo = old[:index] + replacement + old[index + 1:]
            look_alike = index != check_at and LOOKALIKES.get(replacement) == original
            assert _parses_to_same(typo, old, "") == look_alike, typo
    for index in range(len(old) - 1):
        if old[index] != old[index + 1] and "-" not in old[index:index + 2]:
            with pytest.raises(NumberError):
                parse_number(old[:index] + old[index + 1] + old[index] + old[index + 2:])


def test_confusable_letters_in_the_digits_are_read_as_digits() -> None:
    """o for 0 and l for 1 in the six digits are normalised; the check confirms them."""
    number = make_registration_number(StationCode("DAR", "01"), 100110)
    letters = number[-2:]
    assert normalise_registration_number(f"dar-01-lOOllo-{letters.lower()}") == number
    assert normalise_registration_number(f"DAR 01 1OO11O {letters}") == number
    card = make_card_number(StationCode("DAR", "01"), 10)
    assert normalise_card_number(card.replace("000010", "oooOlo")) == card


def test_digits_typed_in_the_check_letters_are_refused_clearly() -> None:
    """A digit (or an excluded letter) where the check letters go is refused with a message
    naming the letters a check may hold; a letter in site codes is never guessed."""
    number = make_registration_number(StationCode("DAR", "01"), 2)
    for wrong in ("0", "8", "O", "B"):
        with pytest.raises(NumberError, match="two check letters") as caught:
            parse_number(number[:-1] + wrong)
        assert " ".join(CHECK_ALPHABET) in str(caught.value)
    with pytest.raises(NumberError, match="not a digit"):
        parse_number(number.replace("000002", "0000X2"))
    with pytest.raises(NumberError):
        parse_number(number.replace("DAR-01", "DAR-O1"))  # letters and digits both fit there


def test_card_numbers_are_distinct_from_registration_numbers() -> None:
    """Card numbers carry a C- prefix and their own check letters."""
    card = make_card_number(StationCode("DAR", "01"), 9)
    registration = make_registration_number(StationCode("DAR", "01"), 9)
    assert card.startswith("C-")
    assert card[2:-2] == registration[:-2] and card[-2:] != registration[-2:]
    assert parse_number(card, prefix="C-")[1] == 9
    with pytest.raises(NumberError, match="card number"):
        parse_number(card)
    with pytest.raises(NumberError):
        parse_number("C-" + registration, prefix="C-")
    with pytest.raises(NumberError):
        parse_number(old_number(StationCode("DAR", "01"), 9, CARD_PREFIX))


def test_new_numbers_fit_the_store_columns() -> None:
    """The longest numbers fit the store (registration 20 characters, cards 24)."""
    code = StationCode("MBEYA", "A7Z")
    assert len(make_registration_number(code, 999999)) <= 20
    assert len(make_card_number(code, 999999)) <= 24
