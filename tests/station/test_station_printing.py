"""Printing cards through a real CUPS queue (a private cupsd with the cups-pdf backend).

What the queue wrote is checked as a printer would see it: its page size (pdfinfo) and the QR
code read back with zxing-cpp from the page rasterised by pdftoppm, then verified offline.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from cards import TrustBundle, verify_card_file
from station.domain.model import Photo
from station.errors import ValidationError
from station.services import printing
from station.services.context import Actor, Station
from station.services.enrolment import enrol
from tests.station import cups_server as private_cups
from tests.station.cups_server import CupsServer
from tests.station.helpers import full_form

cups_server = private_cups.cups_server  # the session's private CUPS scheduler (a fixture)

MM = 72 / 25.4
CARD_MM, A4_MM = (85.6, 53.98), (210.0, 297.0)
DPI = 600


def _enrol_with_photo(station: Station, actor: Actor, faces_dir: Path, photo: str) -> str:
    number = enrol(station, actor, full_form(consent_purposes="all")).registration_number
    with station.store.transaction() as repo:
        repo.put_photo(Photo(number, (faces_dir / photo).read_bytes(), "imported", True))
    return number


def _pages_mm(pdf: Path) -> list[tuple[float, float]]:
    """Each page's size in mm, from poppler's pdfinfo."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    return [(float(w) / MM, float(h) / MM)
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def _rasterise(pdf: Path, page: int) -> Path:
    prefix = pdf.parent / f"{pdf.stem}-p{page}"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), "-png",
                    "-singlefile", str(pdf), str(prefix)], check=True, timeout=300)
    return prefix.with_suffix(".png")


def _qr_codes(png: Path) -> list[tuple[bytes, float]]:
    """(bytes, module size in mm) of each QR code zxing finds on the page image."""
    import zxingcpp

    found = []
    for code in zxingcpp.read_barcodes(Image.open(png).convert("L")):
        if code.format != zxingcpp.BarcodeFormat.QRCode:
            continue
        corners = code.position
        side_px = ((corners.top_right.x - corners.top_left.x) ** 2
                   + (corners.top_right.y - corners.top_left.y) ** 2) ** 0.5
        modules = 17 + 4 * int(code.extra["Version"])  # zxing-cpp reports the QR version
        found.append((code.bytes, side_px / modules / DPI * 25.4))
    return found


def _audit(station: Station, action: str) -> list[tuple[str, dict[str, object]]]:
    with station.store.transaction() as repo:
        return [(e.subject, e.details) for e in repo.iter_audit() if e.action == action]


def _printer(cups: CupsServer, name: str) -> printing.Printer:
    return next(p for p in printing.list_printers(cups.server) if p.name == name)


def test_printers_are_listed_with_what_they_can_print(cups_server: CupsServer) -> None:
    """The queues come back named as people call them, with card and A4 sizes found."""
    printers = {p.name: p for p in printing.list_printers(cups_server.server)}
    assert {"cardpdf", "cr80", "labels"} <= set(printers)
    office, card, labels = printers["cardpdf"], printers["cr80"], printers["labels"]
    assert office.default and office.label == "Office PDF printer"
    assert office.location == "Enrolment desk" and office.ready
    assert office.card_size == printing.CARD_CUSTOM and office.sheet_size == "A4"
    assert not office.duplex and office.preferred_layout is printing.Layout.SHEET
    assert card.card_size == "CR80" and card.named_card_size and card.duplex
    assert card.preferred_layout is printing.Layout.CARD
    assert not labels.can_print(printing.Layout.CARD)
    assert not labels.can_print(printing.Layout.SHEET)
    assert next(iter(printing.list_printers(cups_server.server))).default


def test_card_prints_on_a_card_printer_at_cr80_size_and_its_qr_reads_back(
        cups_server: CupsServer, station: Station, admin: Actor, faces_dir: Path,
        tmp_path: Path) -> None:
    """A card sent to the card printer comes out as two CR80 pages (front, back) in one
    two-sided job; the QR on the back, read from 600 dpi, verifies offline; all audited."""
    number = _enrol_with_photo(station, admin, faces_dir, "joe_biden_1.jpg")
    printer = _printer(cups_server, "cr80")
    assert "sides=two-sided-long-edge" in printing.job_options(printer, printing.Layout.CARD)
    outcomes = printing.print_cards(station, admin, [number], printer, printing.Layout.CARD,
                                    server=cups_server.server, timeout=180)
    assert [o.state for o in outcomes] == ["printed"], [o.message for o in outcomes]
    job = outcomes[0].job
    written = cups_server.wait_for_pdf("cr80", job.job_id)
    pages = _pages_mm(written)
    assert len(pages) == 2
    for width, height in pages:
        assert width == pytest.approx(CARD_MM[0], abs=0.3)
        assert height == pytest.approx(CARD_MM[1], abs=0.3)
    assert not _qr_codes(_rasterise(written, 1))  # the front has no QR
    back = _rasterise(written, 2)
    codes = _qr_codes(back)
    assert len(codes) == 1
    module_mm = codes[0][1]
    print(f"CR80 pages {pages}, QR module {module_mm:.3f} mm (drawn {job.facts})")
    drawn = float(job.facts["qr_module_mm"])  # what the card renderer drew
    assert module_mm == pytest.approx(drawn, rel=0.03)  # printed at full size, not scaled
    verdict = verify_card_file(back, TrustBundle.load(station.home.trust_path),
                               station.now().date())
    assert verdict.valid, verdict.reason
    assert verdict.card_number == job.cards[0]
    sent = _audit(station, "card-print")
    assert sent == [(number, {"printer": "cr80", "job": job.job_id, "media": "card",
                              "copies": 1, "cards": job.cards})]
    assert _audit(station, "card-print-done") == [(number, {"printer": "cr80",
                                                            "job": job.job_id})]
    assert [s for s, _ in _audit(station, "card-issue")] == [number]


def test_sheet_prints_on_a4_and_every_qr_reads_back(
        cups_server: CupsServer, station: Station, admin: Actor, faces_dir: Path,
        tmp_path: Path) -> None:
    """Two people's cards on an A4 sheet: A4 pages, and both QR codes on the backs page read
    back at the module size of the sheet that was sent (the queue did not scale it)."""
    from station.services.cards_service import print_sheet

    numbers = [_enrol_with_photo(station, admin, faces_dir, photo)
               for photo in ("barack_obama_1.jpg", "rose_leslie_1.jpg")]
    printer = _printer(cups_server, "cardpdf")
    pdf, _facts = print_sheet(station, admin, numbers)
    job = printing.send(station, admin, pdf, printer, printing.Layout.SHEET, numbers=numbers,
                        server=cups_server.server)
    outcome = printing.wait_for_job(job, 180, server=cups_server.server)
    printing.record_outcome(station, admin, outcome)
    assert outcome.printed, outcome.message
    written = cups_server.wait_for_pdf("cardpdf", job.job_id)
    pages = _pages_mm(written)
    assert len(pages) == 2
    for width, height in pages:
        assert (width, height) == (pytest.approx(A4_MM[0], abs=0.5),
                                   pytest.approx(A4_MM[1], abs=0.5))
    printed = sorted(module for _, module in _qr_codes(_rasterise(written, 2)))
    sent = tmp_path / "sent.pdf"
    sent.write_bytes(pdf)
    drawn = sorted(module for _, module in _qr_codes(_rasterise(sent, 2)))
    print(f"A4 pages {pages}, QR modules printed {printed} mm, sent {drawn} mm")
    assert len(printed) == len(drawn) == 2
    assert printed == [pytest.approx(m, rel=0.03) for m in drawn]
    assert sorted(s for s, _ in _audit(station, "card-print")) == sorted(numbers)
    assert sorted(s for s, _ in _audit(station, "card-print-done")) == sorted(numbers)


def test_custom_size_queue_prints_cards_at_exact_cr80(
        cups_server: CupsServer, station: Station, admin: Actor, faces_dir: Path) -> None:
    """A queue without a named card size but with custom sizes prints at 85.6 x 53.98 mm."""
    number = _enrol_with_photo(station, admin, faces_dir, "kit_harington_1.jpeg")
    printer = _printer(cups_server, "cardpdf")
    outcome, = printing.print_cards(station, admin, [number], printer, printing.Layout.CARD,
                                    server=cups_server.server, timeout=180)
    assert outcome.printed, outcome.message
    pages = _pages_mm(cups_server.wait_for_pdf("cardpdf", outcome.job.job_id))
    assert len(pages) == 2
    assert all(w == pytest.approx(CARD_MM[0], abs=0.3) and h == pytest.approx(CARD_MM[1],
                                                                              abs=0.3)
               for w, h in pages)


def test_copies_reach_the_printer(cups_server: CupsServer, station: Station, admin: Actor,
                                  faces_dir: Path) -> None:
    """Two copies of a card: four CR80 pages (front, back, front, back), audited as 2."""
    number = _enrol_with_photo(station, admin, faces_dir, "barack_obama_1.jpg")
    outcome, = printing.print_cards(station, admin, [number], _printer(cups_server, "cr80"),
                                    printing.Layout.CARD, copies=2,
                                    server=cups_server.server, timeout=180)
    assert outcome.printed, outcome.message
    written = cups_server.wait_for_pdf("cr80", outcome.job.job_id)
    assert len(_pages_mm(written)) == 4
    assert [d["copies"] for _, d in _audit(station, "card-print")] == [2]
    with pytest.raises(ValidationError, match="copies"):
        printing.make_and_send(station, admin, [number], _printer(cups_server, "cr80"),
                               printing.Layout.CARD, copies=0, server=cups_server.server)


def test_a_printer_that_cannot_print_cards_is_refused_before_any_card_is_numbered(
        cups_server: CupsServer, station: Station, admin: Actor, faces_dir: Path) -> None:
    """The label printer has neither card nor A4 sizes: refused in words, nothing issued."""
    number = _enrol_with_photo(station, admin, faces_dir, "joe_biden_1.jpg")
    labels = _printer(cups_server, "labels")
    for layout, words in ((printing.Layout.CARD, "a card"), (printing.Layout.SHEET, "A4")):
        with pytest.raises(printing.PrintError, match=f"Label printer cannot print on {words}"):
            printing.make_and_send(station, admin, [number], labels, layout,
                                   server=cups_server.server)
    assert not _audit(station, "card-issue") and not _audit(station, "card-print")


def test_a_paused_printer_is_refused_and_a_job_waiting_is_reported_then_prints(
        cups_server: CupsServer, station: Station, admin: Actor, faces_dir: Path) -> None:
    """A paused queue is named and refused; a job sent just before the pause is reported as
    waiting after the timeout, and printed once the queue is resumed."""
    number = _enrol_with_photo(station, admin, faces_dir, "rose_leslie_1.jpg")
    printer = _printer(cups_server, "cr80")
    cups_server.run("cupsdisable", "cr80")
    try:
        paused = _printer(cups_server, "cr80")
        assert not paused.ready
        with pytest.raises(printing.PrintError, match="Desk card printer is switched off"):
            printing.make_and_send(station, admin, [number], paused, printing.Layout.CARD,
                                   server=cups_server.server)
        job, = printing.make_and_send(station, admin, [number], printer, printing.Layout.CARD,
                                      server=cups_server.server)
        waiting = printing.wait_for_job(job, 3, server=cups_server.server)
        assert waiting.state == "waiting"
        assert "Desk card printer has not printed the job yet" in waiting.message
    finally:
        cups_server.run("cupsenable", "cr80")
    done = printing.wait_for_job(job, 180, server=cups_server.server)
    assert done.printed, done.message
    assert len(_pages_mm(cups_server.wait_for_pdf("cr80", job.job_id))) == 2


def test_no_print_service_is_said_in_words(tmp_path: Path) -> None:
    """Pointed at a print service that is not there, the message says so plainly."""
    with pytest.raises(printing.PrintError, match="print service of this computer is not "
                                                  "running"):
        printing.list_printers(str(tmp_path / "no-such.sock"))


A6_MM, A5_MM = (105.0, 148.0), (148.0, 210.0)


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def _text_width_mm(pdf: Path, words: str) -> float:
    """How wide the line starting with `words` is printed on page 1, in mm (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    boxes = [(float(x0), float(x1), word) for x0, x1, word in re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
        html)]
    first = words.split()
    start = next(i for i, box in enumerate(boxes)
                 if [b[2] for b in boxes[i:i + len(first)]] == first)
    return (boxes[start + len(first) - 1][1] - boxes[start][0]) / MM


def test_a_slip_prints_on_a6_or_fitted_to_a4_and_every_job_is_audited(
        cups_server: CupsServer, station: Station, admin: Actor, tmp_path: Path) -> None:
    """A held person's slip: on the slip printer (named A6) it comes out at 105 x 148 mm; on
    the office printer (no A6, A4) it is scaled to fit an A4 page; A5 goes on A5; the
    registration number is in the printed text; every job audited with printer, job and
    paper; the label printer (neither A6 nor A4) is refused before any slip is made."""
    number = enrol(station, admin, full_form()).registration_number
    slips_queue, office = _printer(cups_server, "slips"), _printer(cups_server, "cardpdf")
    assert slips_queue.a6_size == "A6" and not slips_queue.fits_to_a4(printing.Layout.SLIP)
    assert office.a6_size is None and office.fits_to_a4(printing.Layout.SLIP)
    assert office.a5_size == "A5" and not office.fits_to_a4(printing.Layout.SLIP_A5)
    options = printing.job_options(office, printing.Layout.SLIP)
    assert "PageSize=A4" in options and "fit-to-page" in options
    assert "PageSize=A6" in printing.job_options(slips_queue, printing.Layout.SLIP)

    labels = _printer(cups_server, "labels")
    with pytest.raises(printing.PrintError, match="Label printer cannot print on A6 paper"):
        printing.print_slip(station, admin, number, labels, server=cups_server.server)
    assert not _audit(station, "slip-print") and not _audit(station, "slip-print-job")

    a6 = printing.print_slip(station, admin, number, slips_queue, server=cups_server.server)
    fitted = printing.print_slip(station, admin, number, office, server=cups_server.server)
    a5 = printing.print_slip(station, admin, number, office, printing.Layout.SLIP_A5,
                             server=cups_server.server)
    for outcome in (a6, fitted, a5):
        assert outcome.printed, outcome.message
    written = {name: cups_server.wait_for_pdf(queue, outcome.job.job_id)
               for name, queue, outcome in (("a6", "slips", a6), ("fitted", "cardpdf", fitted),
                                            ("a5", "cardpdf", a5))}
    for name, size in (("a6", A6_MM), ("fitted", A4_MM), ("a5", A5_MM)):
        pages = _pages_mm(written[name])
        assert len(pages) == 1, (name, pages)
        # (cups-pdf's PPD writes A5 as 421 x 595 pt: 148.5 mm wide)
        assert pages[0] == (pytest.approx(size[0], abs=0.6), pytest.approx(size[1], abs=0.6))
        assert number in _pdf_text(written[name]), name
    line = "This slip is not an identity document."
    printed_a6 = _text_width_mm(written["a6"], line)
    print(f"footer line {printed_a6:.1f} mm on A6, "
          f"{_text_width_mm(written['fitted'], line):.1f} mm fitted to A4")
    # fitted to A4 the slip is scaled up (297/148 = 2 times, less the A4 margins)
    assert _text_width_mm(written["fitted"], line) > 1.6 * printed_a6

    jobs = _audit(station, "slip-print-job")
    assert jobs == [
        (number, {"printer": "slips", "job": a6.job.job_id, "paper": "A6", "slip": "A6",
                  "fit_to_page": False, "copies": 1}),
        (number, {"printer": "cardpdf", "job": fitted.job.job_id, "paper": "A4", "slip": "A6",
                  "fit_to_page": True, "copies": 1}),
        (number, {"printer": "cardpdf", "job": a5.job.job_id, "paper": "A5", "slip": "A5",
                  "fit_to_page": False, "copies": 1})]
    assert [d["job"] for _, d in _audit(station, "slip-print-done")] == [
        a6.job.job_id, fitted.job.job_id, a5.job.job_id]
    assert [d["paper"] for _, d in _audit(station, "slip-print")] == ["A6", "A6", "A5"]
    assert not _audit(station, "card-print")
