"""The community profile (after the migrant-communities profiling tool for emergency planning).

Input rows are dicts of clear statistical columns: site, region, district, sex, nationality,
age_band, arrival_month ("YYYY-MM" or ""), languages ("a,b"), local_language,
preferred_channel, vulnerabilities ("a,b"), created_at (datetime). Output holds only figures
that passed the disclosure policy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from station.errors import ValidationError
from station.reports.disclosure import DisclosurePolicy

Row = dict[str, Any]
NEWCOMER_DAYS = 183
NOT_GIVEN = "(not given)"
DIMENSIONS = ("nationality", "site", "region", "district", "sex", "age_band", "local_language",
              "preferred_channel", "arrival_month", "month")
ONE_WAY = ("nationality", "site", "region", "sex", "age_band", "preferred_channel",
           "local_language")
MINOR_BANDS = frozenset({"0-4", "5-11", "12-17"})
AGE_ORDER = ("0-4", "5-11", "12-17", "18-24", "25-59", "60+", "unknown")
INDICATORS: tuple[tuple[str, str], ...] = (
    ("women", "women"),
    ("minors", "minors (under 18)"),
    ("elderly", "elderly (60+)"),
    ("newcomers", "newcomers (< 6 months)"),
    ("not_proficient", "not proficient in local language"),
    ("undocumented", "undocumented"),
    ("no_health_cover", "without health cover"),
    ("risky_place_or_work", "risky place or work"),
)


def _flags(newcomer_month: str) -> Callable[[Row], tuple[bool, ...]]:
    def flags(row: Row) -> tuple[bool, ...]:
        vulnerable = row["vulnerabilities"] or ""
        band = row["age_band"]
        arrival = row["arrival_month"] or ""
        return (row["sex"] == "F", band in MINOR_BANDS, band == "60+",
                bool(arrival) and arrival >= newcomer_month,
                row["local_language"] in ("none", "basic"),
                "undocumented" in vulnerable, "no-health-cover" in vulnerable,
                "risky-place" in vulnerable or "risky-work" in vulnerable)
    return flags


def _value(row: Row, dimension: str) -> str:
    if dimension == "month":
        created = row["created_at"]
        return created.strftime("%Y-%m") if isinstance(created, datetime | date) else NOT_GIVEN
    return str(row[dimension] or NOT_GIVEN)


def check_dimensions(by: Sequence[str]) -> tuple[str, ...]:
    cleaned = tuple(d.strip().lower().replace("-", "_") for d in by if d.strip())
    for dimension in cleaned:
        if dimension not in DIMENSIONS:
            raise ValidationError(f"cannot group by {dimension}: use {', '.join(DIMENSIONS)}",
                                  field="by")
    if len(set(cleaned)) != len(cleaned):
        raise ValidationError("a grouping field is repeated", field="by")
    return cleaned


@dataclass
class Table:
    """Published cells of one grouping: each cell has the grouping fields, count, indicators."""

    by: tuple[str, ...]
    cells: list[dict[str, Any]] = field(default_factory=list)
    suppressed: int = 0
    suppressed_indicators: int = 0
    total: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"by": list(self.by), "groups": self.cells, "suppressed": self.suppressed,
                "suppressed_indicators": self.suppressed_indicators, "total": self.total}


def tabulate(rows: Iterable[Row], by: Sequence[str], policy: DisclosurePolicy, *,
             today: date, indicators: bool = True) -> Table:
    """Count rows per combination of `by` values (and indicator counts), then protect."""
    by = check_dimensions(by)
    flags = _flags((today - timedelta(days=NEWCOMER_DAYS)).strftime("%Y-%m"))
    width = len(INDICATORS)
    sums: dict[tuple[str, ...], list[int]] = {}
    people = 0
    for row in rows:
        people += 1
        key = tuple(_value(row, d) for d in by)
        acc = sums.get(key)
        if acc is None:
            acc = sums[key] = [0] * (width + 1)
        acc[0] += 1
        if indicators:
            for i, flag in enumerate(flags(row), start=1):
                if flag:
                    acc[i] += 1
    return _protect(by, sums, people, policy, indicators)


def _protect(by: tuple[str, ...], sums: dict[tuple[str, ...], list[int]], people: int,
             policy: DisclosurePolicy, indicators: bool) -> Table:
    table = Table(by, total=policy.publish(people))
    for key in sorted(sums):
        acc = sums[key]
        count = policy.publish(acc[0])
        if count is None:
            table.suppressed += 1
            continue
        cell: dict[str, Any] = dict(zip(by, key, strict=True))
        cell["count"] = count
        cell["percent"] = policy.percent(count, table.total)
        if indicators:
            for (name, _), true_count in zip(INDICATORS, acc[1:], strict=True):
                shown = policy.publish(true_count)
                table.suppressed_indicators += shown is None and true_count > 0
                cell[name] = shown
                cell[f"{name}_percent"] = policy.percent(shown, count)
        table.cells.append(cell)
    return table


def count_values(rows: Iterable[Row], column: str, policy: DisclosurePolicy,
                 label: str) -> Table:
    """A one-way table over a comma-separated multi-valued column (languages spoken)."""
    counter: Counter[str] = Counter()
    people = 0
    for row in rows:
        people += 1
        counter.update(code for code in (row[column] or "").split(",") if code)
    sums: dict[tuple[str, ...], list[int]] = {(v,): [n] for v, n in counter.items()}
    return _protect((label,), sums, people, policy, indicators=False)


@dataclass
class Profile:
    main: Table
    overall: Table
    distributions: dict[str, Table]
    languages: Table
    trend: Table
    locations: Table
    policy: DisclosurePolicy
    generated_on: date
    scope: str = ""

    def to_dict(self) -> dict[str, Any]:
        """`groups` and `suppressed` describe the requested grouping (`--by`)."""
        return {
            "scope": self.scope, "generated_on": self.generated_on.isoformat(),
            "disclosure": self.policy.to_dict(), "by": list(self.main.by),
            "groups": self.main.cells, "suppressed": self.main.suppressed,
            "suppressed_indicators": self.main.suppressed_indicators,
            "total": self.main.total, "overall": self.overall.cells[0] if self.overall.cells
            else None,
            "distributions": {k: v.to_dict() for k, v in self.distributions.items()},
            "languages_spoken": self.languages.to_dict(), "trend": self.trend.to_dict(),
            "locations": self.locations.to_dict(),
        }


def build_profile(rows: Sequence[Row], by: Sequence[str], *, today: date,
                  policy: DisclosurePolicy | None = None, scope: str = "") -> Profile:
    policy = policy or DisclosurePolicy()
    return Profile(
        main=tabulate(rows, by, policy, today=today),
        overall=tabulate(rows, (), policy, today=today),
        distributions={d: tabulate(rows, (d,), policy, today=today, indicators=False)
                       for d in ONE_WAY},
        languages=count_values(rows, "languages", policy, "language"),
        trend=tabulate(rows, ("month",), policy, today=today, indicators=False),
        locations=tabulate(rows, ("region", "district"), policy, today=today),
        policy=policy, generated_on=today, scope=scope)
