"""The protection lifecycle and reports on a PostgreSQL-backed station."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from protection_helpers import ADMIN, ADMIN_PASSWORD, PASSPHRASE, add_card, full_form

from station.domain.vocab import CardStatus, EnrolmentStatus
from station.services.consent_service import withdraw_consent
from station.services.context import Station, init_station, login
from station.services.enrolment import enrol
from station.services.home import StationHome
from station.services.reports import community_profile
from station.services.retention import RetentionRules, purge, save_rules
from station.store import protection_queries as q

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_station(tmp_path: Path, postgres_url: str) -> Iterator[Station]:
    station = init_station(StationHome(tmp_path / "home"), "DAR", "01", PASSPHRASE, ADMIN,
                           ADMIN_PASSWORD, db_url=postgres_url, scrypt_n=1024)
    yield station
    station.close()


def test_withdrawal_purge_and_report_work_on_postgresql(pg_station: Station) -> None:
    """Registration withdrawal tombstones, purge deletes only acknowledged records, and the
    profile counts the live ones, on PostgreSQL."""
    admin = login(pg_station, ADMIN, ADMIN_PASSWORD)
    numbers = [enrol(pg_station, admin, full_form()).registration_number for _ in range(7)]
    card = add_card(pg_station, numbers[0])
    withdraw_consent(pg_station, admin, numbers[0], "registration")
    save_rules(pg_station.home, RetentionRules(station_days_after_acknowledgement=1))
    with pg_station.store.transaction() as repo:
        q.set_acknowledged(repo, numbers[1], pg_station.now())
        assert repo.get_card(card.card_number).status is CardStatus.REVOKED
        assert repo.get_enrolment(numbers[0]).status is EnrolmentStatus.ERASED
    start = pg_station.now()
    pg_station.clock = lambda: start + timedelta(days=3)
    report = purge(pg_station, admin)
    assert report.deleted_from_station == 1 and report.kept_unacknowledged == 6
    profile = community_profile(pg_station, admin, ["nationality"])
    assert [(c["nationality"], c["count"]) for c in profile.main.cells] == [("COD", 5)]
    assert profile.main.total == 5  # 5 live records (7 - erased - purged)
