"""Central mode: a real registry on a fresh PostgreSQL database, real batches sealed by two
joined stations, imported through the page under the person's own registry account."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from station.domain.vocab import Role
from station.services.context import add_operator, init_station, login
from station.services.enrolment import PhotoInput, enrol
from station.services.forms import EnrolmentForm
from station.services.home import StationHome
from station.services.sync_service import export_batch
from station.services.trust import install_trust
from sync.registry import tables as t
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE, open_for_checks

REGISTRY_PASSPHRASE = "registry passphrase 1"
REGISTRY_ADMIN, REGISTRY_ADMIN_PASSWORD = "chief", "chiefpass10"
IMPORTER, IMPORTER_PASSWORD = "imp", "importerpass1"


@dataclass
class Batches:
    registry: Any
    home: Path
    north: Path  # two records, one with a photo
    south: Path  # one record: the same man photographed at another site


def _export(tmp: Path, registry: Any, site: str, people: list[tuple[str, bytes | None]]
            ) -> Path:
    bundle = tmp / f"bundle-{site}.json"
    bundle.write_text(json.dumps(registry.add_station(site, "01")))
    station = init_station(StationHome(tmp / f"station-{site}"), site, "01", PASSPHRASE,
                           ADMIN, ADMIN_PASSWORD, scrypt_n=1024)
    try:
        install_trust(station, bundle)
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        for family, photo in people:
            form = EnrolmentForm(given_name="Juma", family_name=family, sex="M",
                                 birth_year=1961, nationality="COD", consent_purposes="all")
            enrol(station, admin, form,
                  PhotoInput(photo, quality_override="test photo") if photo else None)
        usb = tmp / f"usb-{site}"
        usb.mkdir()
        return Path(export_batch(station, admin, usb)["batch"])
    finally:
        station.close()


@pytest.fixture
def batches(tmp_path: Path, postgres_url: str, faces_dir: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Batches]:
    """A registry with two stations joined, each having exported one batch to a USB folder;
    its accounts: an admin and an importer."""
    from sync.registry.api import open_registry
    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    monkeypatch.setenv("REGISTRY_SCRYPT_N", "1024")
    home = tmp_path / "registry"
    registry = Registry.init(RegistryHome(home), postgres_url, REGISTRY_PASSPHRASE,
                             admin=(REGISTRY_ADMIN, REGISTRY_ADMIN_PASSWORD))
    with open_registry(home, REGISTRY_PASSPHRASE, REGISTRY_ADMIN,
                       REGISTRY_ADMIN_PASSWORD) as admin:
        admin.add_user(IMPORTER, "importer", IMPORTER_PASSWORD)
    north = _export(tmp_path, registry, "ARU", [
        ("Hamisi", (faces_dir / "barack_obama_1.jpg").read_bytes()), ("Mrisho", None)])
    south = _export(tmp_path, registry, "MWZ", [
        ("Omari", (faces_dir / "barack_obama_4.jpg").read_bytes())])
    yield Batches(registry, home, north, south)
    registry.close()


def _count(registry: Any, table: Any) -> int:
    with registry.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _central_window(window_factory, station_home, synchronous: bool = False):  # type: ignore[no-untyped-def]
    station = open_for_checks(station_home)
    try:
        add_operator(station, login(station, ADMIN, ADMIN_PASSWORD), "central", Role.CENTRAL,
                     "centralpass1")
    finally:
        station.close()
    return window_factory("central", "centralpass1", synchronous=synchronous)


def _open(qtbot, page, home: Path, passphrase: str = REGISTRY_PASSPHRASE,  # type: ignore[no-untyped-def]
          user: str = REGISTRY_ADMIN, password: str = REGISTRY_ADMIN_PASSWORD) -> None:
    page.folder.setText(str(home))
    page.passphrase.setText(passphrase)
    page.account.setText(user)
    page.account_password.setText(password)
    page.open_button.click()
    # the secrets are not kept in the fields while the worker runs
    assert page.passphrase.text() == "" and page.account_password.text() == ""
    qtbot.waitUntil(lambda: page.banner.kind in ("ok", "error"), timeout=20000)


def _table(page) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[page.results.item(r, c).text() for c in range(page.results.columnCount())]
            for r in range(page.results.rowCount())]


def _import(qtbot, page, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    page.outcomes = []
    page.import_files(files)
    qtbot.waitUntil(lambda: bool(page.outcomes) and page.progress_dialog is None,
                    timeout=60000)


def test_central_page_imports_batches_and_shows_cross_site_queue(
        qtbot, window_factory, station_home, batches, tmp_path):
    """A wrong passphrase is refused; real batches import with a result row each and the
    registry's counts; the same file again is already imported; a truncated file is rejected
    with its reason and quarantined; the same face at two sites is in the duplicate queue."""
    window = _central_window(window_factory, station_home)
    page = window.workspace.open("central")
    assert page is not None and not page.import_button.isEnabled()
    assert window.workspace.page("enrol") is None  # central staff do not enrol

    _open(qtbot, page, batches.home, "not the registry passphrase")
    assert page.banner.kind == "error" and "passphrase" in page.banner.text()
    assert page.registry is None
    _open(qtbot, page, batches.home, password="not my password")
    assert page.banner.kind == "error"
    assert page.banner.text() == "unknown account or wrong password"
    assert page.registry is None and not page.import_button.isEnabled()
    _open(qtbot, page, batches.home)
    assert page.registry is not None and page.import_button.isEnabled()

    _import(qtbot, page, [batches.north, batches.south])
    rows = _table(page)
    assert [row[0] for row in rows] == [batches.north.name, batches.south.name]
    assert [row[1:5] for row in rows] == [["ARU-01", "1", "imported", "2"],
                                          ["MWZ-01", "1", "imported", "1"]]
    assert _count(batches.registry, t.enrolments) == 3
    assert _count(batches.registry, t.batches) == 2
    qtbot.waitUntil(lambda: page.status.get("enrolments") == 3, timeout=20000)
    assert page.state.text().startswith(
        "Registry open as chief (admin): 3 records from 2 station(s)")
    assert page.queue.rowCount() == 1 == len(batches.registry.duplicates())
    case = batches.registry.duplicates()[0]
    queued = [page.queue.item(0, c).text() for c in range(page.queue.columnCount())]
    assert {queued[2], queued[4]} == {"ARU-01", "MWZ-01"}
    assert queued[1] == case["registration_number"] and queued[3] == case["candidate"]
    assert float(queued[6]) == pytest.approx(case["distance"], abs=1e-3)

    _import(qtbot, page, [batches.north])
    assert [row[1:5] for row in _table(page)] == [["ARU-01", "1", "already imported", "0"]]
    assert _count(batches.registry, t.enrolments) == 3

    cut = tmp_path / "ARU-01-000002.batch"
    data = batches.south.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    _import(qtbot, page, [cut])
    (row,) = _table(page)
    assert row[0] == cut.name and row[3] == "rejected" and row[4] == "0"
    assert page.outcomes[0].reason and page.outcomes[0].reason in row[5]
    assert "quarantine" in row[5] and not cut.exists()
    assert page.banner.kind == "warn" and "1 rejected" in page.banner.text()
    assert _count(batches.registry, t.rejections) == 1
    assert _count(batches.registry, t.enrolments) == 3

    window.session.runner.wait_idle()
    station = open_for_checks(station_home)
    try:
        with station.store.transaction() as repo:
            imports = [e for e in repo.iter_audit() if e.action == "registry-import"]
    finally:
        station.close()
    assert [e.details["status"] for e in imports] == [
        "imported", "imported", "already-imported", "rejected"]
    assert all(e.actor == "central" and e.details["registry_account"] == REGISTRY_ADMIN
               for e in imports)
    # ... and in the registry's own chain, under the registry account
    events = batches.registry.audit.events(200)
    assert [(e.actor, e.subject, e.details["status"]) for e in events
            if e.action == "batch-import"] == [
        ("chief", "ARU-01", "imported"), ("chief", "MWZ-01", "imported"),
        ("chief", "ARU-01", "already-imported"), ("chief", "", "rejected")]  # unreadable
    assert [(e.actor, e.details["why"]) for e in events if e.action == "login-failed"] == [
        ("chief", "password")]  # the wrong passphrase never got as far as a log-in
    assert batches.registry.audit.verify().intact


def test_central_page_importer_account_imports_but_does_not_see_the_queue(
        qtbot, window_factory, station_home, batches):
    """The registry's role for the account typed in decides: an importer imports, sees the
    counts and is told the duplicate queue is not for them."""
    window = _central_window(window_factory, station_home)
    page = window.workspace.open("central")
    _open(qtbot, page, batches.home, user=IMPORTER, password=IMPORTER_PASSWORD)
    assert page.registry is not None and page.import_button.isEnabled()
    _import(qtbot, page, [batches.north, batches.south])
    assert [row[3] for row in _table(page)] == ["imported", "imported"]
    qtbot.waitUntil(lambda: page.status.get("enrolments") == 3, timeout=20000)
    assert page.state.text().startswith("Registry open as imp (importer): 3 records")
    assert page.state.text().endswith("Your registry account cannot see the duplicate queue.")
    assert page.queue.rowCount() == 0
    assert len(batches.registry.duplicates()) == 1  # the case exists, the importer just
    # may not see it


def test_central_import_cancels_between_files_and_lock_closes_registry(
        qtbot, window_factory, station_home, batches):
    """Cancelling during the first file leaves the second unimported; an idle lock forgets
    the unlocked registry."""
    window = _central_window(window_factory, station_home, synchronous=True)
    page = window.workspace.open("central")
    _open(qtbot, page, batches.home)
    assert page.registry is not None
    from PySide6.QtWidgets import QPushButton

    page.file_done.connect(  # the officer presses Cancel while the first file is imported
        lambda done, total: page.progress_dialog.findChild(QPushButton).click())
    _import(qtbot, page, [batches.north, batches.south])
    assert [o.status for o in page.outcomes] == ["imported"]
    assert "Stopped" in page.banner.text()
    assert _count(batches.registry, t.batches) == 1
    window.session.lock()
    assert page.registry is None and not page.import_button.isEnabled()


def test_central_mode_uses_only_the_registry_public_api() -> None:
    """The desktop's central mode reaches the registry through `sync.registry.api` alone, never
    its internal modules (service, importer, tables, ...)."""
    import ast

    from tests.test_architecture import ROOT

    for path in ("station/services/central.py", "ui/pages/central.py"):
        used = set()
        for node in ast.walk(ast.parse((ROOT / path).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                used.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                used.update(f"{node.module}.{alias.name}" for alias in node.names)
        registry = {name for name in used if name.startswith("sync.registry.")}
        assert registry <= {"sync.registry.api", "sync.registry.api.RegistrySession"}, path
