"""Records search by registration number, its fragments, the site, and names."""

from __future__ import annotations

from station.domain.vocab import Role
from station.services.context import Actor, Station, add_operator, login
from station.services.enrolment import enrol
from station.services.forms import EnrolmentForm
from station.services.search import number_score, search_records

GIVEN = ("Amina", "Baraka", "Chausiku", "Dalila", "Dariusz", "Eshe", "Faraji", "Gift", "Halima",
         "Imani", "Jabari", "Kesi")


def _enrol_many(station: Station, admin: Actor, count: int) -> list[str]:
    numbers = []
    for index in range(count):
        given = GIVEN[index]
        numbers.append(enrol(station, admin, EnrolmentForm(
            given_name=given, family_name="Mwamba", sex="F", birth_year=1980 + index,
            nationality="COD", consent_purposes="all")).registration_number)
    return numbers


def _found(station: Station, actor: Actor, query: str) -> list[str]:
    return [row["registration_number"] for row in search_records(station, actor, query)]


def test_site_code_and_number_fragments_find_records(station: Station, admin: Actor) -> None:
    numbers = _enrol_many(station, admin, 12)
    assert all(n.startswith("DAR-01-") for n in numbers)
    # The site code (any case) and site-station find every record of the place, in number
    # order, ahead of a name that merely contains the letters ("Dariusz").
    assert _found(station, admin, "DAR") == sorted(numbers)
    assert _found(station, admin, "dar-01") == sorted(numbers)
    # A run of digits finds the one number holding it.
    assert _found(station, admin, "000002") == [numbers[1]]
    # The start of the numbers finds them all; a longer start narrows down.
    assert _found(station, admin, "DAR-01-0000") == sorted(numbers)
    assert _found(station, admin, "DAR-01-00001") == sorted(numbers[9:12])
    # Another site's code finds nothing of this one.
    assert _found(station, admin, "KGM") == []


def test_exact_number_ranks_first(station: Station, admin: Actor) -> None:
    numbers = _enrol_many(station, admin, 12)
    first = numbers[0]  # DAR-01-000001X: "00001" is also inside 000010..000012
    assert _found(station, admin, "00001") == [first, *numbers[9:12]]
    assert _found(station, admin, first) == [first]
    assert _found(station, admin, f"  {first.lower()} ") == [first]
    # The whole number outranks a part of it and the site, which outrank any name.
    site, station_id = "DAR", "DAR-01"
    exact = number_score(first, first, site, station_id)
    part = number_score("00001", first, site, station_id)
    place = number_score("dar", first, site, station_id)
    assert exact > part > place > 1.0
    assert number_score("Amina", first, site, station_id) == 0.0


def test_names_still_found_and_search_audited(station: Station, admin: Actor) -> None:
    numbers = _enrol_many(station, admin, 5)
    assert _found(station, admin, "dariusz") == [numbers[4]]
    add_operator(station, admin, "officer", Role.OFFICER, "officerpass1")
    officer = login(station, "officer", "officerpass1")
    assert _found(station, officer, "DAR") == sorted(numbers)
    with station.store.transaction() as repo:
        searches = [e for e in repo.iter_audit() if e.action == "search-records"]
    assert searches[-1].actor == "officer"
    assert searches[-1].details["results"] == 5
