"""The receipt slip at the end of an enrolment: an A6 page with the number, the date, what
happens next and where to come back; the name only, no photo. Rasterised and read back."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from station.domain.labels import local_date
from station.domain.vocab import ConsentPurpose
from station.services.slips import acknowledgement_slip
from tests.ui.conftest import open_for_checks


def _pixels(pdf: Path, tmp: Path, name: str) -> tuple[int, int]:
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf), str(tmp / name)],
                   check=True)
    with Image.open(tmp / f"{name}.png") as image:
        return image.size


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_receipt_slip_after_an_enrolment_without_photo(qtbot, window_factory, station_home,
                                                       tmp_path):
    window = window_factory()
    page = window.workspace.open("enrol")
    registration = page.consent.purposes[ConsentPurpose.REGISTRATION]
    QTest.mouseClick(registration, Qt.MouseButton.LeftButton,
                     pos=QPoint(9, registration.height() // 2))
    QTest.keyClick(page.focusWidget() or page, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.details
    details = page.details
    QTest.keyClicks(details.names["given_name"], "Helene")
    QTest.keyClicks(details.names["family_name"], "Kabore")
    details.sex.setFocus()
    QTest.keyClicks(details.sex, "F")
    QTest.keyClicks(details.birth_date, "1992-05-17")
    QTest.keyClicks(details.nationality.lineEdit(), "Burkina")
    QTest.keyClick(details.nationality.lineEdit(), Qt.Key.Key_Return)
    assert details.nationality.code() == "BFA"
    for _step in range(4):  # details, contacts, needs (the photo step is skipped), review
        QTest.keyClick(page.focusWidget() or page, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    number = page.result.registration_number
    assert not page.print_card_button.isEnabled()  # no card was asked for
    assert page.slip_button.text() == "Print receipt"
    qtbot.mouseClick(page.slip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.card.pages) == 1, timeout=30000)
    assert page.card.front.has_image() and not page.card.back.isVisible()
    assert page.card.page_size().id().name == "A6"
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(page.card.pdf)

    assert _pixels(pdf, tmp_path, "a6") == (298, 420)  # 105 x 148 mm at 72 dpi
    text = _text(pdf)
    assert number in text
    assert "Helene Kabore" in text
    assert local_date(window.session.station.now().date()) in text
    assert "Keep this slip" in text and "registration desk" in text
    assert "1992" not in text and "Burkina" not in text  # the name only
    images = subprocess.run(["pdfimages", "-list", str(pdf)], check=True,
                            capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) == 2  # the header lines: no photo in it
    window.session.runner.wait_idle()

    station = open_for_checks(station_home)
    try:
        from station.services.context import login
        from tests.ui.conftest import ADMIN, ADMIN_PASSWORD

        actor = login(station, ADMIN, ADMIN_PASSWORD)
        a5 = acknowledgement_slip(station, actor, number, paper="A5")
        with station.store.reading() as repo:
            prints = [e.details for e in repo.iter_audit()
                      if e.action == "slip-print" and e.subject == number]
    finally:
        station.close()
    (tmp_path / "a5.pdf").write_bytes(a5.pdf)
    assert _pixels(tmp_path / "a5.pdf", tmp_path, "a5") == (420, 596)  # 148 x 210 mm at 72 dpi
    assert number in _text(tmp_path / "a5.pdf")
    assert {"paper": "A6", "held": False} in prints and len(prints) == 2
