"""A refusal file brought back on the USB stick, taken on the Sync page like an acknowledgement:
the page warns (not an error) with what was refused and what to do, and shows the refused
batch gone and its records waiting again. A real registry (`registry import` on PostgreSQL)
writes the signed refusal; the station is the window's own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt

from station.services import sync_service
from station.services.auto_sync import Backoff, Phase
from station.services.context import login, open_station
from station.services.enrolment import enrol
from station.services.forms import EnrolmentForm
from station.services.trust import install_trust
from tests.sync.conftest import free_port
from tests.sync.test_sync_rejected_batch import _seal_as_older_station, _sneak_region
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE
from tests.ui.registry_cli import (
    RegistryServe,
    choose_in_dialog,
    make_registry,
    registry_cli,
    registry_env,
)

OVER_LONG = "R" * 93  # the registry takes 80 characters of region
SHOTS = os.environ.get("STATION_SCREENSHOT_DIR", "")


def _refused_batch_on_usb(station_home, registry: Path, usb: Path) -> Path:  # type: ignore[no-untyped-def]
    """The window's station joins `registry`, seals two records (one with a region too long,
    as a station of an older version did) and exports the batch to `usb`; `registry import`
    refuses it and writes the signed refusal file there. Its path."""
    exported = _older_batch(station_home, registry, usb, export=True)
    done = subprocess.run([sys.executable, "-m", "sync.registry", "--home", str(registry),
                           "import", str(exported["batch"]), "--ack-dir", str(usb)],
                          env=registry_env(), capture_output=True, text=True, timeout=180)
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
    refusal = usb / "DAR-01-000001.refusal.json"
    assert refusal.is_file()
    return refusal


def _older_batch(station_home, registry: Path, folder: Path, *,  # type: ignore[no-untyped-def]
                 export: bool = False) -> dict:
    """The window's station joins `registry` and seals two records, one with a region too
    long (as a station of an older version did); with `export`, the batch goes to `folder`
    (export_batch's result)."""
    bundle = folder / "DAR-01.bundle.json"
    registry_cli(registry, "station", "add", "--site", "DAR", "--station", "01", "--out", bundle)
    station = open_station(station_home, PASSPHRASE)
    try:
        install_trust(station, bundle)
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        numbers = [enrol(station, admin, EnrolmentForm(
            given_name=given, family_name="Refused", sex="F", birth_date="1990-05-01",
            nationality="COD", consent_purposes="all")).registration_number
                   for given in ("Asha", "Baraka")]
        unit = SimpleNamespace(station=station)
        _sneak_region(unit, numbers[1], OVER_LONG)
        _seal_as_older_station(unit)
        return sync_service.export_batch(station, admin, folder) if export else {}
    finally:
        station.close()


def test_a_refusal_reads_in_swahili_from_its_codes(
        qtbot, window_factory, tmp_path, postgres_url, station_home):  # type: ignore[no-untyped-def]
    """The same refusal file taken in a Swahili window: the banner is Swahili sentences made
    from the registry's reason code and what became of the batch, never the registry's English
    reason; the record to correct is named with the form's word for the field. The English of
    the command line reworded (same codes), the window says exactly the same."""
    from station.services.refusals import BatchRefused

    registry = make_registry(tmp_path, postgres_url, f"http://127.0.0.1:{free_port()}")
    usb = tmp_path / "usb"
    usb.mkdir()
    refusal = _refused_batch_on_usb(station_home, registry, usb)
    window = window_factory(language="sw")
    window.auto_sync.set_backoff(Backoff(first=timedelta(minutes=10)))
    page = window.workspace.open("sync")
    qtbot.waitUntil(lambda: page.summary.get("batches_awaiting_ack") == [1], timeout=20000)
    page.import_ack(refusal)
    qtbot.waitUntil(lambda: page.banner.kind in ("warn", "error", "ok"), timeout=30000)
    said = page.banner.text()
    assert page.banner.kind == "warn", said
    assert said == ("Daftari kuu limekataa kifurushi 1: rekodi moja ndani yake ina sehemu "
                    "ambayo daftari kuu haliikubali. Sahihisha rekodi, kisha hamisha tena: "
                    "kifurushi kipya 1 kitachukua nafasi ya kile kilichokataliwa.")
    assert "region" not in said and "refused" not in said
    qtbot.waitUntil(lambda: page.held_box.isVisible(), timeout=20000)
    assert page.held_table.item(0, 1).text() == (
        "sahihisha mkoa (ni ndefu mno: isizidi herufi 80)")

    # the codes alone make the sentence: other English, the same words on the page
    reason = json.loads(refusal.read_text())["refusal"]["reason"]
    page._acked(BatchRefused("Reworded: the registry said no to batch one.", {
        "sequence": 1, "reason": reason, "superseded": True, "outcome": "superseded",
        "via": "file", "later": None}))
    assert page.banner.text() == said
    # a reason this window has no words for: the English is the fallback
    page._acked(BatchRefused("The registry refused batch 1: a reason from a newer registry.",
                             {"sequence": 1, "reason": "newer-reason", "superseded": True,
                              "outcome": "superseded", "via": "file", "later": None}))
    assert page.banner.text() == "The registry refused batch 1: a reason from a newer registry."
    window.session.runner.wait_idle()


def test_a_refusal_file_is_a_warning_and_the_batch_is_gone(
        qtbot, tmp_path, postgres_url, window_factory, station_home):  # type: ignore[no-untyped-def]
    """Import acknowledgement → the refusal file: a warning banner saying the registry's reason
    (from its code) and what to do; the page refreshed: no batch awaits the registry, both
    records wait, and the record to correct is listed by number and field."""
    registry = make_registry(tmp_path, postgres_url, f"http://127.0.0.1:{free_port()}")
    usb = tmp_path / "usb"
    usb.mkdir()
    refusal = _refused_batch_on_usb(station_home, registry, usb)
    window = window_factory()
    window.auto_sync.set_backoff(Backoff(first=timedelta(minutes=10)))  # no registry to reach
    page = window.workspace.open("sync")
    qtbot.waitUntil(lambda: page.summary.get("batches_awaiting_ack") == [1], timeout=20000)
    assert page.summary.get("awaiting_ack") == 2

    qtbot.mouseClick(page.ack_button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None
    assert page.dialog.windowTitle() == "Acknowledgement or refusal file"
    choose_in_dialog(qtbot, page.dialog, refusal)
    qtbot.waitUntil(lambda: page.banner.kind in ("warn", "error", "ok"), timeout=30000)
    said = page.banner.text()
    assert page.banner.kind == "warn", said
    assert said == ("The registry refused batch 1: a record in it has a field the registry "
                    "does not accept. Correct the record, then export again: a new batch 1 "
                    "takes the refused one's place.")
    assert "BatchRefused" not in said and "Traceback" not in said
    qtbot.waitUntil(lambda: page.summary.get("batches_awaiting_ack") == [], timeout=20000)
    assert page.summary.get("awaiting_ack") == 0
    assert page.summary.get("pending") == 2  # back among the records not yet sent
    assert page.banner.kind == "warn"  # the refresh keeps the warning shown
    qtbot.waitUntil(lambda: page.held_box.isVisible(), timeout=20000)
    assert page.held_table.item(0, 1).text() == (
        "correct the region (too long: at most 80 characters)")
    if SHOTS:  # what a person sees, to look at
        window.resize(1366, 768)
        qtbot.wait(200)
        window.grab().save(str(Path(SHOTS) / "sync-refused.png"))

    # taken once: the same file again changes nothing and says why, as an error
    page.import_ack(refusal)
    qtbot.waitUntil(lambda: page.banner.kind == "error", timeout=30000)
    assert "no batch 1 waiting for the registry" in page.banner.text()


def test_a_refusal_over_the_network_reads_in_french(
        qtbot, window_factory, tmp_path, postgres_url, station_home):  # type: ignore[no-untyped-def]
    """"Send now" in a French window, the registry (served for real) refusing the batch: a
    warning in French from the refusal's codes, what to do, and the record to correct listed
    with the form's word for its field; nothing of the registry's English reason."""
    port = free_port()
    registry = make_registry(tmp_path, postgres_url, f"http://127.0.0.1:{port}")
    _older_batch(station_home, registry, tmp_path)
    window = window_factory(language="fr")
    window.auto_sync.set_backoff(Backoff(first=timedelta(minutes=10)))
    page = window.workspace.open("sync")
    qtbot.waitUntil(lambda: page.summary.get("batches_awaiting_ack") == [1], timeout=20000)
    # the background turn at log-in found no registry; the next is ten minutes away
    machine = window.auto_sync.machine
    qtbot.waitUntil(lambda: machine.phase is Phase.UNREACHABLE and not machine.busy,
                    timeout=30000)
    served = RegistryServe(registry, port).start()
    try:
        page.url.setText(served.url)
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.banner.kind in ("warn", "error", "ok")
                        and not page.progress.isVisible(), timeout=60000)
        said = page.banner.text()
        assert page.banner.kind == "warn", said
        assert said == ("Le registre a refusé le lot 1 : un dossier du lot a un champ que le "
                        "registre n'accepte pas. Corrigez le dossier ; la prochaine "
                        "synchronisation enverra un nouveau lot.")
        qtbot.waitUntil(lambda: page.held_box.isVisible(), timeout=20000)
        assert page.held_table.item(0, 1).text() == (
            "corriger la région (trop long : 80 caractères au plus)")
        window.session.runner.wait_idle()
    finally:
        served.stop()
