"""Community profile: figures equal independent counts, small cells stay hidden (also from
totals and from differencing two reports), and the PDF shows charts."""

from __future__ import annotations

import csv
import io
import itertools
import json
import random
import subprocess
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from protection_helpers import add_card, full_form

from station.errors import ValidationError
from station.reports.disclosure import DisclosurePolicy
from station.reports.profile import build_profile, tabulate
from station.services.context import Actor, Station
from station.services.enrolment import enrol
from station.services.forms import EnrolmentForm
from station.services.reports import cards_expiring, community_profile, write_report

NATIONALITIES = ["COD", "COD", "COD", "BDI", "BDI", "SSD", "ERI"]
REGIONS = [("Kigoma", "Kasulu"), ("Kigoma", "Kibondo"), ("Kagera", "Ngara")]


def _forms(count: int, seed: int = 7) -> list[EnrolmentForm]:
    rng = random.Random(seed)
    forms = []
    for _ in range(count):
        region, district = rng.choice(REGIONS)
        forms.append(full_form(
            sex=rng.choice("FFM"), nationality=rng.choice(NATIONALITIES), region=region,
            district=district, birth_date="", birth_year=rng.choice([1950, 1985, 1995, 2015]),
            vulnerabilities=rng.sample(["undocumented", "no-health-cover", "risky-work"],
                                       rng.randint(0, 2)),
            local_language=rng.choice(["none", "basic", "fluent"]), arrival_date=""))
    return forms


@pytest.fixture
def populated(station: Station, admin: Actor) -> list[EnrolmentForm]:
    forms = _forms(60)
    for form in forms:
        enrol(station, admin, form)
    return forms


def test_exact_report_equals_counts_computed_from_the_fixture_forms(
        station: Station, admin: Actor, populated: list[EnrolmentForm]) -> None:
    """With rounding switched off, every published cell equals the count made from the forms,
    and exactly the cells under k are withheld."""
    (station.home.path / "disclosure.json").write_text('{"k": 5, "rounding": 1}')
    profile = community_profile(station, admin, ["nationality", "sex"]).to_dict()
    people = Counter((f.nationality, f.sex) for f in populated)
    undocumented = Counter((f.nationality, f.sex) for f in populated
                           if "undocumented" in f.vulnerabilities)
    expected = {key: n for key, n in people.items() if n >= 5}
    shown = {(g["nationality"], g["sex"]): g["count"] for g in profile["groups"]}
    assert shown == expected
    assert profile["suppressed"] == sum(1 for n in people.values() if n < 5)
    for group in profile["groups"]:
        truth = undocumented[(group["nationality"], group["sex"])]
        assert group["undocumented"] == (truth if truth >= 5 else None)
    assert profile["total"] == len(populated)


def test_default_report_rounds_and_never_shows_a_small_cell(
        station: Station, admin: Actor, populated: list[EnrolmentForm]) -> None:
    """By default published counts are multiples of k, within k/2 of the truth, never < k."""
    profile = community_profile(station, admin, ["nationality", "region", "district"])
    truth = Counter((f.nationality, f.region, f.district) for f in populated)
    assert profile.main.suppressed == sum(1 for n in truth.values() if n < 5)
    for group in profile.main.cells:
        real = truth[(group["nationality"], group["region"], group["district"])]
        assert real >= 5 and group["count"] % 5 == 0 and abs(group["count"] - real) <= 2.5
        for key, value in group.items():
            if isinstance(value, int) and not key.endswith("percent"):
                assert value >= 5


def _rows(cells: dict[tuple[str, str], int]) -> list[dict[str, object]]:
    rows = []
    for (nationality, region), count in cells.items():
        rows += [{"nationality": nationality, "region": region, "site": "DAR", "district": "",
                  "sex": "F", "age_band": "25-59", "arrival_month": "", "languages": "",
                  "local_language": "none", "preferred_channel": "sms", "vulnerabilities": "",
                  "created_at": None}] * count
    return rows


def _feasible_values(policy: DisclosurePolicy, truth: dict[tuple[str, str], int],
                     target: tuple[str, str]) -> set[int]:
    """An attacker who sees three reports (by nationality, by region, by both, each with its
    total and withheld-cell count) tries every possible table of true counts and keeps the
    values of the target cell consistent with everything published."""
    groupings = [("nationality",), ("region",), ("nationality", "region")]
    today = date(2026, 1, 1)

    def published(cells: dict[tuple[str, str], int]) -> list[object]:
        rows = _rows(cells)
        out: list[object] = []
        for by in groupings:
            table = tabulate(rows, by, policy, today=today, indicators=False)
            out.append((table.total, table.suppressed,
                        sorted((tuple(c[d] for d in by), c["count"]) for c in table.cells)))
        return out

    seen = published(truth)
    total = policy.publish(sum(truth.values()))
    keys = sorted(truth)
    feasible = set()
    for values in itertools.product(range(0, 14), repeat=len(keys)):
        if policy.publish(sum(values)) != total:
            continue  # quick rejection: the published grand total differs
        candidate = dict(zip(keys, values, strict=True))
        if published(candidate) == seen:
            feasible.add(candidate[target])
    return feasible


def test_withheld_cell_cannot_be_recovered_from_totals_or_by_differencing_reports() -> None:
    """COD has 7 people: 6 in Kigoma, 1 in Kagera. With exact figures, 'by nationality' minus
    'by nationality and region' recovers the single person; with the default policy
    (threshold + rounding) several values stay possible for the withheld cell."""
    truth = {("COD", "Kigoma"): 6, ("COD", "Kagera"): 1, ("BDI", "Kigoma"): 8,
             ("BDI", "Kagera"): 9}
    target = ("COD", "Kagera")
    naive = _feasible_values(DisclosurePolicy(k=5, rounding=1), truth, target)
    assert naive == {1}  # the attack works on exact figures
    protected = _feasible_values(DisclosurePolicy(k=5), truth, target)
    assert 1 in protected and len(protected) >= 2


def test_profile_pdf_has_charts_and_a_location_table(
        station: Station, admin: Actor, populated: list[EnrolmentForm], tmp_path: Path) -> None:
    """The PDF rasterises; page 1 carries the bar colour of the charts; page 2 the districts."""
    profile = community_profile(station, admin, ["nationality"])
    pdf = write_report(profile, tmp_path / "profile.pdf")
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    page = Image.open(tmp_path / "page-1.png").convert("RGB")
    colours = Counter(page.get_flattened_data())
    bar_pixels = sum(n for (r, g, b), n in colours.items()
                     if abs(r - 0x2b) < 12 and abs(g - 0x6f) < 12 and abs(b - 0x8f) < 12)
    assert bar_pixels > 2000
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Community profile" in text and "Kasulu" in text and "By location" in text


def test_csv_and_json_outputs_agree(station: Station, admin: Actor,
                                    populated: list[EnrolmentForm], tmp_path: Path) -> None:
    """The CSV rows are the JSON groups."""
    profile = community_profile(station, admin, ["sex", "age_band"])
    data = json.loads(write_report(profile, tmp_path / "r.json").read_text())
    text = write_report(profile, tmp_path / "r.csv").read_text()
    rows = list(csv.DictReader(io.StringIO("\n".join(
        line for line in text.splitlines() if not line.startswith("#")))))
    assert [(r["sex"], r["age_band"], int(r["count"])) for r in rows] == [
        (g["sex"], g["age_band"], g["count"]) for g in data["groups"]]
    assert f"withheld cells (fewer than 5 people): {data['suppressed']}" in text


def test_report_options_are_checked(station: Station, admin: Actor) -> None:
    """Unknown grouping fields, a k below the configured one and a bad file suffix are refused."""
    with pytest.raises(ValidationError, match="cannot group by"):
        community_profile(station, admin, ["name"])
    (station.home.path / "disclosure.json").write_text('{"k": 10}')
    with pytest.raises(ValidationError, match="lower than the configured 10"):
        community_profile(station, admin, ["sex"], k=3)
    profile = community_profile(station, admin, ["sex"], k=12)
    assert profile.policy.k == 12
    with pytest.raises(ValidationError, match=r"\.pdf, \.csv or \.json"):
        write_report(profile, "report.docx")


def test_cards_expiring_lists_issued_cards_in_the_window_by_site(
        station: Station, admin: Actor) -> None:
    """Only issued cards expiring within N days are listed, under their site."""
    today = station.now().date()
    numbers = [enrol(station, admin, form).registration_number for form in _forms(3)]
    soon = add_card(station, numbers[0], expiry=today + timedelta(days=10))
    add_card(station, numbers[1], expiry=today + timedelta(days=100))
    add_card(station, numbers[2], expiry=today - timedelta(days=1))
    (site,) = cards_expiring(station, admin, 30)
    assert site.site == "DAR"
    assert [c["card_number"] for c in site.cards] == [soon.card_number]


def test_profile_functions_take_plain_rows() -> None:
    """The registry can call build_profile with its own row dicts, no database needed."""
    rows = _rows({("SSD", "Kagera"): 12})
    profile = build_profile(rows, ["region"], today=date(2026, 1, 1))
    assert profile.to_dict()["groups"][0]["count"] == 10
