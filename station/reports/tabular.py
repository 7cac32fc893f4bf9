"""Writing a profile as JSON or CSV (the requested grouping, one row per published cell)."""

from __future__ import annotations

import csv
import io
import json

from station.reports.profile import INDICATORS, Profile


def to_json(profile: Profile) -> str:
    return json.dumps(profile.to_dict(), ensure_ascii=False, indent=2)


def to_csv(profile: Profile) -> str:
    columns = [*profile.main.by, "count", "percent"]
    for name, _ in INDICATORS:
        columns += [name, f"{name}_percent"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for cell in profile.main.cells:
        writer.writerow({k: "" if v is None else v for k, v in cell.items()})
    out.write(f"# withheld cells (fewer than {profile.policy.k} people): "
              f"{profile.main.suppressed}; figures rounded to multiples of "
              f"{profile.policy.base}\n")
    return out.getvalue()
