"""TD1 MRZ lines checked by an independent 7-3-1 checker written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cards import CardError, CardRecord, td1_lines
from cards.mrz_td1 import truncate_names


def check_digit(field: str) -> str:
    """ICAO 9303 Part 3: values 0-9, A-Z = 10-35, '<' = 0, weights 7, 3, 1 repeating, mod 10."""
    total = 0
    for i, ch in enumerate(field):
        if ch.isdigit():
            value = int(ch)
        elif "A" <= ch <= "Z":
            value = ord(ch) - 55
        else:
            value = 0
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def assert_td1_valid(lines: list[str]) -> None:
    l1, l2, _l3 = lines
    assert [len(line) for line in lines] == [30, 30, 30]
    assert all(set(line) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<") for line in lines)
    if l1[14] == "<":  # long document number continues in optional data 1
        rest = l1[15:].rstrip("<")
        assert rest[-1] == check_digit(l1[5:14] + rest[:-1])
    else:
        assert l1[14] == check_digit(l1[5:14])
    assert l2[6] == check_digit(l2[0:6])
    assert l2[14] == check_digit(l2[8:14])
    assert l2[29] == check_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])


def test_td1_check_digits_validate(make_record: Callable[..., CardRecord]) -> None:
    """Document number, birth, expiry and composite check digits are right (long number form)."""
    lines = td1_lines(make_record(birth_date="1990-02-03", nationality="SDN",
                                  card_number="KRT01-000123-4"))
    assert_td1_valid(lines)
    assert lines[1][:6] == "900203" and lines[1][15:18] == "SDN"
    assert lines[0][5:14] == "KRT010001" and lines[0][14] == "<"


def test_short_card_number_uses_plain_field(make_record: Callable[..., CardRecord]) -> None:
    """A card number of 9 characters or fewer has its own check digit in line 1."""
    lines = td1_lines(make_record(card_number="A1234567"))
    assert_td1_valid(lines)
    assert lines[0][5:15] == "A1234567<" + check_digit("A1234567<")


def test_estimated_birth_year_uses_fillers(make_record: Callable[..., CardRecord]) -> None:
    """An estimated birth year is written YY<<<< with its check digit (unknown month and day)."""
    lines = td1_lines(make_record(birth_date="1985"))
    assert lines[1][:7] == "85<<<<" + check_digit("85<<<<")
    assert_td1_valid(lines)


@pytest.mark.parametrize("code", ["XXA", "XXB", "XXC", "XXX"])
def test_special_nationality_codes(code: str, make_record: Callable[..., CardRecord]) -> None:
    """Stateless, refugee and unknown nationality codes go into the MRZ as they are."""
    lines = td1_lines(make_record(nationality=code))
    assert lines[1][15:18] == code
    assert_td1_valid(lines)


def test_names_are_transliterated(make_record: Callable[..., CardRecord]) -> None:
    """Accented Latin is flattened per ICAO and Arabic uses the latin_* fields when given."""
    assert td1_lines(make_record())[2] == "MWANGI<OUEDRAOGO<<AICHA<NGENDO"
    arabic = make_record(family_name="الهاشمي", given_names="محمد",
                         latin_family_name="Elhashimi", latin_given_names="Mohamed")
    assert td1_lines(arabic)[2] == "ELHASHIMI<<MOHAMED".ljust(30, "<")


def test_ethiopic_name_without_latin_form_is_refused(
        make_record: Callable[..., CardRecord]) -> None:
    """An Amharic name without a Latin transliteration is refused, naming the field."""
    with pytest.raises(CardError) as info:
        td1_lines(make_record(family_name="ደሳለኝ"))
    assert info.value.field == "latin_family_name"


def test_long_names_are_truncated_to_30() -> None:
    """Too long names are cut (given names first) and end with a letter, never a filler."""
    name = truncate_names("WOLFESCHLEGELSTEINHAUSENBERGERDORFF", "HUBERT BLAINE")
    assert len(name) <= 30 and name[-1] != "<" and name.startswith("WOLFESCHLEGELSTEINHAUSENBE")
    name = truncate_names("NGUYEN", "THI MINH KHAI ANH PHUONG THAO LINH")
    assert len(name) == 30 and name.startswith("NGUYEN<<THI<MINH") and name[-1] != "<"
