"""Printing from the print queue through a real CUPS queue (a private cupsd, cups-pdf)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station.services import printing
from station.services.context import Station, login
from station.services.enrolment import PhotoInput, enrol
from station.services.forms import EnrolmentForm
from tests.station import cups_server as private_cups
from tests.station.cups_server import CupsServer
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, open_for_checks
from ui.print_queue import PrintQueue
from ui.session import Session
from ui.tasks import TaskRunner

cups_server = private_cups.cups_server  # the session's private CUPS scheduler (a fixture)
MM = 72 / 25.4


def _enrol_with_photos(home, faces_dir: Path) -> list[str]:  # type: ignore[no-untyped-def]
    station = open_for_checks(home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        return [enrol(station, admin, EnrolmentForm(
            given_name=given, family_name="Hamisi", sex=sex, birth_year=1985,
            nationality="COD", consent_purposes="all"), PhotoInput(
            (faces_dir / photo).read_bytes(), quality_override="test wall")).registration_number
            for given, sex, photo in (("Juma", "M", "barack_obama_1.jpg"),
                                      ("Neema", "F", "rose_leslie_2.jpg"))]
    finally:
        station.close()


def _pages_mm(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    return [(round(float(w) / MM, 1), round(float(h) / MM, 1))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def _qr_count(pdf: Path, page: int, tmp_path: Path) -> int:
    import zxingcpp
    from PIL import Image

    prefix = tmp_path / f"{pdf.stem}-{page}"
    subprocess.run(["pdftoppm", "-r", "400", "-f", str(page), "-l", str(page), "-png",
                    "-singlefile", str(pdf), str(prefix)], check=True, timeout=300)
    image = Image.open(prefix.with_suffix(".png")).convert("L")
    return sum(1 for code in zxingcpp.read_barcodes(image)
               if code.format == zxingcpp.BarcodeFormat.QRCode)


@pytest.fixture
def queue(qtbot, station_home, faces_dir  # type: ignore[no-untyped-def]
          ) -> Iterator[tuple[PrintQueue, list[str], Station]]:
    """The print queue of an officer's session (real store, background runner), two records
    with photos queued."""
    numbers = _enrol_with_photos(station_home, faces_dir)
    station = open_for_checks(station_home)
    runner = TaskRunner()
    session = Session(station_home, runner)
    session.set_station(station)
    session.set_actor(login(station, "officer", "officerpass1"))
    widget = PrintQueue(session)
    qtbot.addWidget(widget)
    widget.show()
    for number in numbers:
        assert widget.add(number, "Hamisi")
    yield widget, numbers, station
    runner.wait_idle()
    runner.shutdown()
    station.close()


def _audit(station: Station, action: str) -> list[dict[str, Any]]:
    with station.store.transaction() as repo:
        return [e.details | {"subject": e.subject, "actor": e.actor}
                for e in repo.iter_audit() if e.action == action]


def test_queue_prints_each_card_on_the_card_printer(
        qtbot, queue, tmp_path, monkeypatch, cups_server: CupsServer) -> None:
    """Two queued records, sent to the card printer: two CR80 jobs of front and back, each
    QR readable from what the queue wrote; the dialog offers only what a printer can print;
    the window stays responsive (all printing runs in the runner); every job audited."""
    monkeypatch.setenv("CUPS_SERVER", cups_server.server)
    queue, numbers, station = queue
    assert queue.send_button.isEnabled()
    queue.send_button.click()
    dialog = queue.dialog
    assert dialog is not None and "Looking for printers" in dialog.banner.text()
    qtbot.waitUntil(lambda: len(dialog.printers) >= 3, timeout=30000)
    assert dialog.printer_box.currentData() == "cardpdf"  # the default printer first

    dialog.choose("labels")
    assert not dialog.card_option.isEnabled() and not dialog.sheet_option.isEnabled()
    assert not dialog.print_button.isEnabled()
    assert "Label printer cannot print" in dialog.banner.text()

    dialog.choose("cr80")
    assert dialog.card_option.isChecked() and dialog.card_option.isEnabled()
    assert "both sides" in dialog.where.text() and dialog.print_button.isEnabled()
    assert dialog.print_button.text() == "Print 2 card(s)"
    dialog.print_button.click()
    qtbot.waitUntil(lambda: hasattr(dialog, "run"), timeout=5000)
    run = dialog.run
    with qtbot.waitSignal(run.finished, timeout=240000):
        pass
    assert [o.state for o in run.outcomes] == ["printed", "printed"]
    assert "Desk card printer printed 2 job(s)" in queue.banner.text()
    assert queue.numbers == []
    for outcome in run.outcomes:
        written = cups_server.wait_for_pdf("cr80", outcome.job.job_id)
        assert _pages_mm(written) == [(85.6, 54.0), (85.6, 54.0)]
        assert _qr_count(written, 1, tmp_path) == 0 and _qr_count(written, 2, tmp_path) == 1
    queue.runner.wait_idle()
    sent = _audit(station, "card-print")
    assert sorted(str(e["subject"]) for e in sent) == sorted(numbers)
    assert all(e["printer"] == "cr80" and e["media"] == "card" and e["actor"] == "officer"
               for e in sent)
    assert len(_audit(station, "card-print-done")) == 2


def test_queue_prints_an_a4_sheet_with_copies(
        qtbot, queue, tmp_path, monkeypatch, cups_server: CupsServer) -> None:
    """The same queue sent as an A4 sheet to the office printer: one A4 job, two QR codes on
    the backs page, copies recorded."""
    monkeypatch.setenv("CUPS_SERVER", cups_server.server)
    queue, numbers, station = queue
    queue.send_button.click()
    dialog = queue.dialog
    qtbot.waitUntil(lambda: len(dialog.printers) >= 3, timeout=30000)
    dialog.choose("cardpdf", printing.Layout.SHEET, copies=2)
    assert dialog.sheet_option.isChecked() and dialog.copies.value() == 2
    dialog.print_button.click()
    qtbot.waitUntil(lambda: hasattr(dialog, "run"), timeout=5000)
    with qtbot.waitSignal(dialog.run.finished, timeout=240000):
        pass
    outcome, = dialog.run.outcomes
    assert outcome.printed, outcome.message
    written = cups_server.wait_for_pdf("cardpdf", outcome.job.job_id)
    assert _pages_mm(written)[:2] == [(209.9, 297.0), (209.9, 297.0)]
    assert _qr_count(written, 2, tmp_path) == 2
    queue.runner.wait_idle()
    sent = _audit(station, "card-print")
    assert [e["copies"] for e in sent] == [2, 2] and all(e["media"] == "sheet" for e in sent)
    assert sorted(str(e["subject"]) for e in sent) == sorted(numbers)
    assert queue.numbers == []


def test_dialog_says_so_when_the_print_service_is_missing(
        qtbot, queue, monkeypatch, tmp_path) -> None:
    """No print service: the dialog says it in words, offers nothing, and keeps the queue."""
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cups.sock"))
    queue, numbers, _station = queue
    queue.send_button.click()
    dialog = queue.dialog
    with qtbot.waitSignal(dialog.printers_loaded, timeout=30000):
        pass
    assert "print service of this computer is not running" in dialog.banner.text()
    assert not dialog.print_button.isEnabled()
    assert queue.numbers == numbers
    dialog.reject()



def test_a_card_already_made_prints_as_it_is(
        qtbot, queue, tmp_path, monkeypatch, cups_server: CupsServer) -> None:
    """A previewed card (made and audited already) goes to the printer on the paper it was
    made for: the dialog offers no A4 for it, and the job is audited with the card number."""
    from station.services.cards_service import issue_card
    from ui.print_dialog import print_pdf_with_dialog

    monkeypatch.setenv("CUPS_SERVER", cups_server.server)
    widget, numbers, station = queue
    actor = widget.session.actor
    made = issue_card(station, actor, numbers[0])
    dialog = print_pdf_with_dialog(widget, widget.runner, station, actor, made.pdf,
                                   [numbers[0]], "card", cards=[made.card_number])
    qtbot.waitUntil(lambda: len(dialog.printers) >= 3, timeout=30000)
    dialog.choose("cardpdf")
    assert dialog.card_option.isChecked() and not dialog.sheet_option.isEnabled()
    dialog.print_button.click()
    qtbot.waitUntil(lambda: hasattr(dialog, "run"), timeout=5000)
    with qtbot.waitSignal(dialog.run.finished, timeout=240000):
        pass
    outcome, = dialog.run.outcomes
    assert outcome.printed, outcome.message
    written = cups_server.wait_for_pdf("cardpdf", outcome.job.job_id)
    assert _pages_mm(written) == [(85.6, 54.0), (85.6, 54.0)]
    assert _qr_count(written, 2, tmp_path) == 1
    widget.runner.wait_idle()
    sent, = _audit(station, "card-print")
    assert sent["cards"] == [made.card_number] and sent["subject"] == numbers[0]


def _choose_in_combo(combo, shown: str) -> None:  # type: ignore[no-untyped-def]
    """Pick the entry shown as `shown` with the keyboard, as a person does."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    index = combo.findText(shown)
    assert index >= 0, (shown, [combo.itemText(i) for i in range(combo.count())])
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _step in range(index):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def test_a_slip_prints_from_its_preview_through_the_print_service(
        qtbot, queue, monkeypatch, cups_server: CupsServer) -> None:
    """The slip preview's Print… opens the print-service dialog (not Qt's): on the office
    printer (no A6) it says the slip is scaled to fit A4, the label printer is refused in
    words, and on the slip printer the slip comes out at 105 x 148 mm with the number in its
    text; the job is audited with printer, job, paper and registration number."""
    from PySide6.QtCore import Qt

    from station.services.slips import acknowledgement_slip
    from ui.card_preview import CardPreview
    from ui.print_dialog import PrintDialog

    monkeypatch.setenv("CUPS_SERVER", cups_server.server)
    widget, numbers, station = queue
    session = widget.session
    number = numbers[0]
    slip = acknowledgement_slip(station, session.actor, number)
    preview = CardPreview(session.runner, session=session)
    qtbot.addWidget(preview)
    preview.show()
    preview.show_pdf(slip.pdf, f"Acknowledgement slip for {number}", f"slip-{number}.pdf",
                     paper="a6", numbers=[number])
    qtbot.waitUntil(preview.print_button.isEnabled, timeout=30000)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    dialog = preview.dialog
    assert isinstance(dialog, PrintDialog)
    assert dialog.windowTitle() == "Print slip" and dialog.print_button.text() == "Print slip"
    qtbot.waitUntil(lambda: len(dialog.printers) >= 4, timeout=30000)
    assert dialog.printer_box.currentData() == "cardpdf"  # the default: A4, no A6
    assert not dialog.card_option.isVisible() and not dialog.sheet_option.isVisible()
    assert dialog.slip_option.isChecked() and dialog.slip_option.isVisible()
    assert dialog.slip_option.text() == "A4 paper: the A6 slip scaled to fit the page"
    assert dialog.fit_note.isVisible()
    assert dialog.fit_note.text() == ("Office PDF printer has no A6 paper: the slip is printed "
                                      "scaled to fit an A4 page.")
    assert dialog.print_button.isEnabled()

    _choose_in_combo(dialog.printer_box, "Label printer")
    assert not dialog.print_button.isEnabled()
    assert "Label printer cannot print on A6 paper or A4" in dialog.banner.text()

    _choose_in_combo(dialog.printer_box, "Slip printer")
    assert dialog.slip_option.text() == "A6 slip, 105 × 148 mm"
    assert not dialog.fit_note.isVisible() and dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(dialog, "run"), timeout=5000)
    run = dialog.run  # type: ignore[attr-defined]  # set by print_dialog._open
    with qtbot.waitSignal(run.finished, timeout=240000):
        pass
    outcome, = run.outcomes
    assert outcome.printed, outcome.message
    assert preview.banner.text() == "Slip printer printed 1 job(s)."
    written = cups_server.wait_for_pdf("slips", outcome.job.job_id)
    assert _pages_mm(written) == [(105.0, 148.0)]
    text = subprocess.run(["pdftotext", "-layout", str(written), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert number in text and "Keep this slip" in text
    session.runner.wait_idle()
    job, = _audit(station, "slip-print-job")
    assert job == {"printer": "slips", "job": outcome.job.job_id, "paper": "A6", "slip": "A6",
                   "fit_to_page": False, "copies": 1, "subject": number, "actor": "officer"}
    assert [e["job"] for e in _audit(station, "slip-print-done")] == [outcome.job.job_id]
    assert not _audit(station, "card-print")
