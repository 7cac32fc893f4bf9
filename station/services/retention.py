"""Retention: delete what is due, securely, and report counts only.

Rules live in `retention.json` in the station home (defaults below when the file is absent):
- `station_days_after_acknowledgement`: a record acknowledged by the registry this many days
  ago is deleted from the station (the registry keeps it);
- `everywhere_days_after_card_expiry`: a record whose latest card expired this many days ago
  (not renewed) is erased everywhere: it becomes a tombstone that goes to the registry with
  the next batch, and leaves the station once that batch is acknowledged;
- `draft_days`: unfinished enrolment drafts older than this are deleted.
A value of null switches a rule off. Unacknowledged records are never purged.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from station.domain.roles import Permission
from station.errors import ValidationError
from station.services.consent_service import empty_body
from station.services.context import Actor, Station
from station.services.home import StationHome
from station.store import protection_queries as q

RETENTION_FILE = "retention.json"


@dataclass(frozen=True)
class RetentionRules:
    station_days_after_acknowledgement: int | None = 180
    everywhere_days_after_card_expiry: int | None = 365
    draft_days: int | None = 30

    def validate(self) -> None:
        for name, value in asdict(self).items():
            if value is not None and (not isinstance(value, int) or value < 0):
                raise ValidationError(f"retention rule {name} must be a whole number of days "
                                      "(0 or more) or null", field=name)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RetentionRules:
        known = set(asdict(cls()))
        unknown = set(data) - known
        if unknown:
            raise ValidationError(f"unknown retention rule: {', '.join(sorted(unknown))}",
                                  field="retention")
        rules = cls(**data)
        rules.validate()
        return rules


def rules_path(home: StationHome) -> Path:
    return home.path / RETENTION_FILE


def load_rules(home: StationHome) -> RetentionRules:
    path = rules_path(home)
    if not path.is_file():
        return RetentionRules()
    try:
        data = json.loads(path.read_text())
    except ValueError:
        raise ValidationError(f"{RETENTION_FILE} is not valid JSON", field="retention") from None
    return RetentionRules.from_dict(data)


def save_rules(home: StationHome, rules: RetentionRules) -> None:
    rules.validate()
    rules_path(home).write_text(json.dumps(asdict(rules), indent=2))


@dataclass
class PurgeReport:
    dry_run: bool
    deleted_from_station: int = 0
    erased_everywhere: int = 0
    drafts_deleted: int = 0
    kept_unacknowledged: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def purge(station: Station, actor: Actor, *, dry_run: bool = False) -> PurgeReport:
    """Apply the retention rules; counts only, never numbers or names, in the report."""
    actor.require(Permission.PURGE)
    rules = load_rules(station.home)
    now = station.now()
    report = PurgeReport(dry_run)
    with station.store.transaction() as repo:
        expired: list[str] = []
        if rules.everywhere_days_after_card_expiry is not None:
            cutoff = now.date() - timedelta(days=rules.everywhere_days_after_card_expiry)
            expired = q.cards_expired_before(repo, cutoff)
        gone: list[tuple[int, str]] = []
        if rules.station_days_after_acknowledgement is not None:
            before = now - timedelta(days=rules.station_days_after_acknowledgement)
            gone = [(i, n) for i, n in q.acknowledged_before(repo, before) if n not in expired]
        drafts: list[int] = []
        if rules.draft_days is not None:
            drafts = q.drafts_before(repo, now - timedelta(days=rules.draft_days))
        report.erased_everywhere = len(expired)
        report.deleted_from_station = len(gone)
        report.drafts_deleted = len(drafts)
        report.kept_unacknowledged = q.count_unacknowledged(repo)
        if not dry_run:
            for number in expired:
                repo.erase_biometrics(number)
                q.make_tombstone(repo, number, empty_body(), now)
            q.delete_enrolments(repo, [i for i, _ in gone])
            q.delete_drafts(repo, drafts)
        repo.append_audit(actor.username, "purge-dry-run" if dry_run else "purge", "",
                          report.to_dict(), now)
    if not dry_run:
        from station.services import face_gallery

        station.cache.pop(face_gallery.GALLERY, None)  # rebuilt without the purged templates
        q.compact(station.store)
    return report
