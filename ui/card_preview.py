"""Card preview (front and back rasterised from the very PDF the printer gets), print and save.

The same widget previews an A4 sheet of cards (`paper="a4"`: first page of fronts, then the
mirrored backs) and then prints on A4 instead of a CR80 card, and an acknowledgement slip
(`paper="a6"` or `"a5"`, one page) printed on A6 (or A5).

Print…: with the session at hand (a station unlocked, an operator logged in), a card, an A4
sheet or a slip goes through the print service (`ui.print_dialog.print_pdf_with_dialog`: the
printer chosen among the computer's CUPS queues, a slip on A6 paper or scaled to fit A4 on a
printer without it, the job audited with the registration number); a preview without a session
goes through Qt's print dialog. Save PDF… asks for the file without blocking the window
(`ui.file_dialogs.save_file`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import file_dialogs
from ui.tasks import TaskRunner
from ui.widgets import Banner, ImageView, pixmap_from_bytes

PREVIEW_DPI = 200


def rasterise(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[bytes]:
    """Each page of a PDF as PNG bytes (runs in a worker)."""
    import io

    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for index in range(len(document)):
            image = document[index].render(scale=dpi / 72).to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            pages.append(buffer.getvalue())
        return pages
    finally:
        document.close()


class CardPreview(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *,
                 session: Any = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = session  # ui.session.Session: prints through the print service
        self.numbers: list[str] = []  # the records of the document shown (for the print audit)
        self.cards: list[str] = []  # its card numbers
        self.dialog: Any = None  # the last print or file dialog opened
        self.pdf: bytes = b""  # kept in memory: a card file is written only when saved
        self.file_name = "card.pdf"
        self.paper = "card"  # "card" (CR80), "a4" (a sheet of cards), "a6"/"a5" (a slip)
        self.pages: list[bytes] = []
        self.banner = Banner(self)
        self.caption = QLabel(self)
        self.front = ImageView(self.tr("Front"), self, (300, 190))
        self.back = ImageView(self.tr("Back"), self, (300, 190))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        sides = QHBoxLayout()
        sides.addWidget(self.front)
        sides.addWidget(self.back)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.caption)
        layout.addLayout(sides, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_dialog)

    def show_pdf(self, pdf: bytes, caption: str = "", file_name: str = "card.pdf",
                 paper: str = "card", *, numbers: list[str] | None = None,
                 cards: list[str] | None = None) -> None:
        self.pdf = pdf
        self.numbers = list(numbers or [])
        self.cards = list(cards or [])
        self.file_name = file_name
        self.paper = paper
        self.caption.setText(caption)
        self.banner.show_message(self.tr("Preparing the preview…"), "info")
        self.runner.submit(lambda: rasterise(pdf) if pdf else [], done=self._shown,
                           failed=self.banner.error, owner=self)

    def clear(self) -> None:
        """Nothing of the previous document stays: pages, caption, the "Saved ..." line."""
        self.pdf = b""
        self.pages = []
        self.numbers, self.cards = [], []
        self.caption.clear()
        self.banner.hide()
        self.back.setVisible(True)
        self.front.set_image(None)
        self.back.set_image(None)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def _shown(self, pages: list[bytes]) -> None:
        self.pages = pages
        self.banner.hide()
        self.front.set_image(pixmap_from_bytes(pages[0]) if pages else None)
        self.back.set_image(pixmap_from_bytes(pages[1]) if len(pages) > 1 else None)
        self.back.setVisible(len(pages) != 1)  # a slip has one page
        self.print_button.setEnabled(bool(pages))
        self.save_button.setEnabled(bool(pages))

    def save_to(self, target: Path) -> None:
        from station.services.cards_service import save_pdf

        if not self.pdf:
            return
        pdf = self.pdf
        self.runner.submit(lambda: save_pdf(pdf, target),
                           done=lambda _r: self.banner.show_message(
                               self.tr("Saved %s") % target, "ok"),
                           failed=self.banner.error, owner=self)

    def save_dialog(self) -> None:
        self.dialog = file_dialogs.save_file(self, self.tr("Save PDF"), self.file_name,
                                             "PDF (*.pdf)", self.save_to)

    def print_dialog(self) -> None:
        session = self.session
        station = getattr(session, "station", None)
        actor = getattr(session, "actor", None)
        if station is not None and actor is not None and self.paper in ("card", "a4", "a6", "a5") \
                and self.pdf:
            from ui.print_dialog import print_pdf_with_dialog

            self.dialog = print_pdf_with_dialog(
                self, self.runner, station, actor, self.pdf, self.numbers, self.paper,
                cards=self.cards or None, on_message=self.banner.show_message)
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(self.page_size())
        dialog = QPrintDialog(printer, self)
        self.dialog = dialog
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def page_size(self) -> QPageSize:
        if self.paper == "a4":
            return QPageSize(QPageSize.PageSizeId.A4)
        if self.paper == "a6":
            return QPageSize(QPageSize.PageSizeId.A6)
        if self.paper == "a5":
            return QPageSize(QPageSize.PageSizeId.A5)
        return QPageSize(QSizeF(85.6, 53.98), QPageSize.Unit.Millimeter, "CR80")

    def print_to(self, printer: object) -> None:
        """Paint each side on its own page of the printer (or of a PDF printer in tests)."""
        painter = QPainter(printer)  # type: ignore[call-overload]
        try:
            for index, page in enumerate(self.pages):
                if index:
                    printer.newPage()  # type: ignore[attr-defined]
                pixmap = pixmap_from_bytes(page)
                area = painter.viewport()
                size = pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawPixmap(QRectF(0, 0, size.width(), size.height()), pixmap,
                                   QRectF(pixmap.rect()))
        finally:
            painter.end()
        self.banner.show_message(self.tr("Sent to the printer."), "ok")
