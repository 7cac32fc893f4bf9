"""The A4 print queue on the records page: two real records with photos, one sheet."""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from station.domain.vocab import CardStatus
from station.services.context import login
from station.services.enrolment import PhotoInput, enrol
from station.services.forms import EnrolmentForm
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, open_for_checks


def _enrol_with_photos(home, faces_dir: Path) -> list[str]:  # type: ignore[no-untyped-def]
    station = open_for_checks(home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        numbers = []
        for given, family, sex, photo in (("Juma", "Hamisi", "M", "barack_obama_1.jpg"),
                                          ("Neema", "Mwakyusa", "F", "rose_leslie_2.jpg")):
            form = EnrolmentForm(given_name=given, family_name=family, sex=sex,
                                 birth_year=1985, nationality="COD", consent_purposes="all")
            numbers.append(enrol(station, admin, form, PhotoInput(
                (faces_dir / photo).read_bytes(), quality_override="test wall")
                ).registration_number)
        return numbers
    finally:
        station.close()


def _page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [tuple(round(v) for v in document[i].get_size()) for i in range(len(document))]
    finally:
        document.close()


def _qr_codes(pdf: bytes, index: int) -> int:
    """QR codes found by zxing on one page rasterised at 300 dpi."""
    import zxingcpp

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[index].render(scale=300 / 72).to_pil()
    finally:
        document.close()
    return sum(1 for code in zxingcpp.read_barcodes(image)
               if code.format == zxingcpp.BarcodeFormat.QRCode)


def test_print_queue_makes_one_a4_sheet_of_fronts_and_backs(
        qtbot, window_factory, station_home, faces_dir, tmp_path):
    """Two queued records give a two-page A4 PDF (fronts, backs), issue and audit both cards,
    write nothing to disk, and print on A4 pages."""
    numbers = _enrol_with_photos(station_home, faces_dir)
    window = window_factory("officer", "officerpass1")
    page = window.workspace.open("records")
    queue = page.print_queue
    assert not queue.print_button.isEnabled()
    for number in numbers + numbers[:1]:  # the first one twice: queued once
        page.open_record(number)
        qtbot.waitUntil(lambda n=number: page.record.get("registration_number") == n,
                        timeout=10000)
        page.queue_button.click()
    assert queue.numbers == numbers
    assert "already" in page.banner.text()
    assert page.tabs.tabText(page.tabs.indexOf(queue)).endswith("(2)")

    queue.print_button.click()
    qtbot.waitUntil(lambda: len(queue.preview.pages) == 2, timeout=30000)
    pdf = queue.preview.pdf
    assert pdf.startswith(b"%PDF") and _page_sizes(pdf) == [(595, 842), (595, 842)]
    assert queue.facts["cards"] == 2 and queue.facts["pages"] == 2
    assert _qr_codes(pdf, 0) == 0 and _qr_codes(pdf, 1) == 2  # fronts, then backs
    assert queue.numbers == [] and queue.preview.front.has_image()
    assert queue.preview.back.has_image()

    from PySide6.QtPrintSupport import QPrinter

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setPageSize(queue.preview.page_size())
    queue.preview.print_to(printer)
    sizes = _page_sizes(printed.read_bytes())
    assert len(sizes) == 2 and all(abs(w - 595) <= 2 and abs(h - 842) <= 2 for w, h in sizes)

    window.session.runner.wait_idle()
    assert not list(station_home.path.rglob("*.pdf"))  # the sheet was never written
    station = open_for_checks(station_home)
    try:
        with station.store.transaction() as repo:
            cards = {n: repo.cards_of(n) for n in numbers}
            issued = [e for e in repo.iter_audit() if e.action == "card-issue"]
    finally:
        station.close()
    assert all([c.status for c in cards[n]] == [CardStatus.ISSUED] for n in numbers)
    assert sorted(e.subject for e in issued) == sorted(numbers)
    assert all(e.details.get("sheet") is True and e.actor == "officer" for e in issued)
