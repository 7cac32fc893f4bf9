"""How many clicks and keystrokes one full enrolment takes, consent to printed card.

Every mouse click and every key sent goes through `Officer`, which counts them; the test
prints the count (run with -s to see it) and keeps it from growing back.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QWidget

from station.domain.vocab import CardStatus
from tests.ui.conftest import open_for_checks
from tests.ui.helpers import photo_folder


class Officer:
    """Sends real clicks and keys to widgets and counts them."""

    def __init__(self) -> None:
        self.clicks = 0
        self.keys = 0

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget
        pos = QPoint(9, widget.height() // 2) if isinstance(widget, QCheckBox) else \
            widget.rect().center()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.clicks += 1

    def type(self, widget: QWidget, text: str) -> None:
        QTest.keyClicks(widget, text)
        self.keys += len(text)

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        QTest.keyClick(widget, key)
        self.keys += 1

    def focused(self) -> QWidget:
        from PySide6.QtWidgets import QApplication

        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    @property
    def total(self) -> int:
        return self.clicks + self.keys


# Before issue 12 (same journey, same photo): 22 clicks + 28 keys = 50. Every consent box
# clicked, every field clicked before typing, "Capture now" (a folder never passed liveness),
# "Make the card", Next clicked on each step. After: 6 clicks + 39 keys = 45: "agrees to all"
# (3 clicks -> 1), Enter goes on and the cursor waits in each step's first field (no click
# per field or per Next; a Tab or an Enter instead), Tab walks the required fields first,
# automatic capture once liveness is "not checked" on still pictures, Enter approves the
# portrait, the card is made on saving. With a camera device, the next person's photo step
# reopens it by itself (no source clicks).
MOST = 45  # keep it from growing back


def test_click_count_of_one_enrolment(qtbot, window_factory, station_home, faces_dir,
                                      tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window = window_factory()
    page = window.workspace.open("enrol")
    officer = Officer()
    officer.click(page.consent.all_button)
    officer.key(officer.focused(), Qt.Key.Key_Return)
    details = page.details
    assert page.stack.currentWidget() is details
    assert officer.focused() is details.names["given_name"]
    for text in ("Neema", "Mwakyusa", "F", "1988-04-12", "COD"):
        officer.type(officer.focused(), text)
        if text != "COD":
            officer.key(officer.focused(), Qt.Key.Key_Tab)
    officer.key(officer.focused(), Qt.Key.Key_Return)  # settles "COD" on the country
    assert details.nationality.currentText().endswith("(COD)")
    officer.key(officer.focused(), Qt.Key.Key_Return)  # next step
    assert page.stack.currentWidget() is page.contacts, page.banner.text()
    officer.key(officer.focused(), Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.needs
    officer.key(officer.focused(), Qt.Key.Key_Return)
    capture = page.capture
    assert page.stack.currentWidget() is capture
    qtbot.waitUntil(lambda: capture.source.count() > 0, timeout=20000)
    officer.clicks += 3  # "Start", then the folder dialog (cannot be driven): choose, confirm
    capture.start("folder", photo_folder(tmp_path, faces_dir, "barack_obama_1.jpg"))
    # all checks pass and liveness is "not checked" on a still picture: captured by itself
    qtbot.waitUntil(lambda: capture.offers_photo(), timeout=60000)
    officer.key(officer.focused(), Qt.Key.Key_Return)  # approve
    assert capture.approved is not None
    qtbot.waitUntil(lambda: "No earlier registration" in page.banner.text(), timeout=30000)
    officer.key(officer.focused(), Qt.Key.Key_Return)  # photo -> review
    assert page.stack.currentWidget() is page.review
    officer.key(officer.focused(), Qt.Key.Key_Return)  # save
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    qtbot.waitUntil(lambda: len(page.card.pages) == 2 and page.card.print_button.isEnabled(),
                    timeout=60000)
    officer.clicks += 2  # "Print…" and the print dialog's Print (a modal system dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setPageSize(page.card.page_size())
    page.card.print_to(printer)
    number = page.result.registration_number
    print(f"\nCLICK COUNT: {officer.clicks} clicks + {officer.keys} keys = {officer.total} "
          "(before: 22 clicks + 28 keys = 50)")
    assert printed.stat().st_size > 10_000
    assert officer.total <= MOST
    window.session.runner.wait_idle()

    station = open_for_checks(station_home)
    try:
        with station.store.reading() as repo:
            saved = repo.get_enrolment(number)
            cards = repo.cards_of(number)
    finally:
        station.close()
    assert saved.personal.name.family == "Mwakyusa"
    assert saved.personal.birth_date.isoformat() == "1988-04-12"
    assert saved.nationality == "COD"
    assert [c.status for c in cards] == [CardStatus.ISSUED]
