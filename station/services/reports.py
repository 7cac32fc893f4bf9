"""Group-level reports at the station: community profile and expiring cards (audited).

The disclosure policy comes from `disclosure.json` in the station home (`{"k": 5,
"rounding": 5}`; defaults when absent). A caller may ask for a larger k, never a smaller one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from station.domain.roles import Permission
from station.errors import StorageError, ValidationError
from station.reports.disclosure import DisclosurePolicy
from station.reports.profile import Profile, build_profile, check_dimensions
from station.services.context import Actor, Station
from station.services.home import StationHome
from station.store import report_queries as rq

DISCLOSURE_FILE = "disclosure.json"
FORMATS = (".pdf", ".csv", ".json")


def load_policy(home: StationHome) -> DisclosurePolicy:
    path = home.path / DISCLOSURE_FILE
    if not path.is_file():
        return DisclosurePolicy()
    try:
        data = json.loads(path.read_text())
        return DisclosurePolicy(int(data.get("k", 5)), data.get("rounding"))
    except (ValueError, TypeError, AttributeError):
        raise ValidationError(f"{DISCLOSURE_FILE} must hold {{\"k\": N, \"rounding\": N}}",
                              field="disclosure") from None


def policy_for(station: Station, k: int | None) -> DisclosurePolicy:
    configured = load_policy(station.home)
    if k is None or k == configured.k:
        return configured
    if k < configured.k:
        raise ValidationError(f"k may not be lower than the configured {configured.k}",
                              field="k")
    return DisclosurePolicy(k, configured.rounding)


def community_profile(station: Station, actor: Actor, by: Sequence[str], *,
                      k: int | None = None, today: date | None = None) -> Profile:
    actor.require(Permission.REPORT)
    dimensions = check_dimensions(by)
    policy = policy_for(station, k)
    today = today or station.now().date()
    with station.store.reading() as repo:
        rows = rq.profile_rows(repo)
    profile = build_profile(rows, dimensions, today=today, policy=policy,
                            scope=f"station {station.code.station_id}")
    station.audit(actor, "report", "", by=list(dimensions), k=policy.k,
                  suppressed=profile.main.suppressed)
    return profile


def write_report(profile: Profile, path: str | Path) -> Path:
    """Write as PDF, CSV or JSON, chosen by the file's suffix."""
    from station.reports import tabular

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("report file must end in .pdf, .csv or .json", field="out")
    if suffix == ".pdf":
        from station.reports.pdf import render_profile_pdf

        data = render_profile_pdf(profile)
    else:
        data = (tabular.to_csv(profile) if suffix == ".csv" else tabular.to_json(profile)
                ).encode()
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise StorageError(f"cannot write the report: {exc.strerror}") from None
    return target


@dataclass
class ExpiringSite:
    site: str
    cards: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"site": self.site, "count": len(self.cards), "cards": self.cards}


def cards_expiring(station: Station, actor: Actor, days: int) -> list[ExpiringSite]:
    """Issued cards expiring within `days`, by site, for renewal campaigns."""
    actor.require(Permission.REPORT)
    if not 0 <= days <= 3650:
        raise ValidationError("days must be between 0 and 3650", field="days")
    today = station.now().date()
    with station.store.reading() as repo:
        rows = rq.cards_expiring(repo, today, today + timedelta(days=days))
    sites: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        sites.setdefault(row.pop("site"), []).append(row)
    station.audit(actor, "cards-expiring", "", days=days, count=len(rows))
    return [ExpiringSite(site, cards) for site, cards in sorted(sites.items())]
