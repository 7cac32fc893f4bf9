"""Sending cards to a real printer: a dialog to choose the printer, card or A4 sheet and copies,
and the worker calls that print, wait for the printer and audit, off the UI thread.

`PrintDialog` lists the computer's printers (in a worker: the print service may be slow) and
offers only what the chosen printer can print. `CardPrinting` runs a print: the cards are
numbered, rendered and audited and the job is sent in the store's write pool; waiting for the
printer happens in the general pool (it may take minutes and must not hold up saves); how the
job ended is audited in the write pool again. Messages name printers as people call them.

Other screens call `print_cards_with_dialog` (records not yet printed: the cards are made for the
chosen printer) or `print_pdf_with_dialog` (a card, sheet or A6/A5 slip already made and
previewed, e.g. by ui/card_preview.py: it is sent as it is, on the paper it was made for; a slip
goes to a printer with that paper, or scaled to fit A4 on one without it, and the dialog says so).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.services import printing
from station.services.context import Actor, Station
from ui.tasks import TaskRunner
from ui.widgets import Banner

Layout = printing.Layout


class PrintDialog(QDialog):
    """Choose a printer, card printer or A4 sheet (or, for a slip, its paper), and copies;
    `chosen()` after it is accepted."""

    printers_loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *,
                 layout: Layout | None = None, server: str | None = None,
                 count: int = 1) -> None:
        super().__init__(parent)
        self.runner = runner
        self.fixed_layout = layout  # the PDF is made already: its paper cannot change
        slip = layout is not None and layout.is_slip
        self.setWindowTitle(self.tr("Print slip") if slip else self.tr("Print cards"))
        self.printers: list[printing.Printer] = []
        self.banner = Banner(self)
        self.printer_box = QComboBox(self)
        self.where = QLabel(self)
        self.card_option = QRadioButton(
            self.tr("Card printer: one card, 85.6 × 54 mm, front and back"), self)
        self.sheet_option = QRadioButton(
            self.tr("A4 sheet: up to ten cards a page, to cut out"), self)
        self.slip_option = QRadioButton(self)
        self.fit_note = QLabel(self)  # a slip scaled to fit A4: said before printing
        self.fit_note.setWordWrap(True)
        self.fit_note.setVisible(False)
        self.options = QButtonGroup(self)
        self.options.addButton(self.card_option)
        self.options.addButton(self.sheet_option)
        self.options.addButton(self.slip_option)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, printing.MAX_COPIES)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.print_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.print_button.setText(self.tr("Print slip") if slip
                                  else self.tr("Print %n card(s)", "", count))
        self.print_button.setProperty("primary", True)  # ui/style.py: the dialog's main action
        self.print_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.printer_box)
        form.addRow("", self.where)
        form.addRow(self.tr("Print on"), self.card_option)
        form.addRow("", self.sheet_option)
        form.addRow(self.tr("Print on") if slip else "", self.slip_option)
        form.addRow("", self.fit_note)
        form.addRow(self.tr("Copies"), self.copies)
        form.setRowVisible(self.card_option, not slip)
        form.setRowVisible(self.sheet_option, not slip)
        form.setRowVisible(self.slip_option, slip)
        box = QVBoxLayout(self)
        box.addWidget(self.banner)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.printer_box.currentIndexChanged.connect(self._printer_changed)
        self.options.buttonToggled.connect(lambda *_: self._update())
        self.banner.show_message(self.tr("Looking for printers…"), "info")
        self.runner.submit(lambda: printing.list_printers(server), done=self._loaded,
                           failed=self._failed, owner=self)

    def _failed(self, message: str) -> None:
        self.banner.error(message)
        self.print_button.setEnabled(False)
        self.printers_loaded.emit(0)

    def _loaded(self, printers: list[printing.Printer]) -> None:
        self.printers = printers
        self.printer_box.blockSignals(True)
        self.printer_box.clear()
        for printer in printers:
            note = "" if printer.ready else self.tr(" (paused)")
            self.printer_box.addItem(printer.label + note, printer.name)
        self.printer_box.blockSignals(False)
        if printers:
            self.banner.hide()
            self._printer_changed(0)
        else:
            self.banner.show_message(self.tr("No printer is set up on this computer. Ask for "
                                             "one to be added, or save the PDF instead."),
                                     "warn")
        self.printers_loaded.emit(len(printers))

    @property
    def printer(self) -> printing.Printer | None:
        index = self.printer_box.currentIndex()
        return self.printers[index] if 0 <= index < len(self.printers) else None

    @property
    def layout_chosen(self) -> Layout:
        if self.slip_option.isChecked() and self.fixed_layout is not None:
            return self.fixed_layout
        return Layout.CARD if self.card_option.isChecked() else Layout.SHEET

    def _option(self, layout: Layout) -> QRadioButton:
        if layout.is_slip:
            return self.slip_option
        return self.card_option if layout is Layout.CARD else self.sheet_option

    def choose(self, name: str, layout: Layout | None = None, copies: int = 1) -> None:
        """Select a printer by its queue name (and what to print on): for scripts and tests."""
        self.printer_box.setCurrentIndex(self.printer_box.findData(name))
        if layout is not None:
            self._option(layout).setChecked(True)
        self.copies.setValue(copies)

    def _slip_changed(self, printer: printing.Printer, layout: Layout) -> None:
        """A slip goes on its own paper, or scaled to fit A4 (said in words), or nowhere."""
        fit = printer.fits_to_a4(layout)
        size = "105 × 148 mm" if layout is Layout.SLIP else "148 × 210 mm"
        if fit:
            self.slip_option.setText(self.tr("A4 paper: the %s slip scaled to fit the page")
                                     % layout.paper)
            self.fit_note.setText(self.tr("%s has no %s paper: the slip is printed scaled to "
                                          "fit an A4 page.") % (printer.label, layout.paper))
        else:
            self.slip_option.setText(self.tr("%s slip, %s") % (layout.paper, size))
        self.fit_note.setVisible(fit)
        self.slip_option.setEnabled(printer.can_print(layout))
        self.slip_option.setChecked(True)

    def _printer_changed(self, _index: int) -> None:
        printer = self.printer
        if printer is None:
            return
        card, sheet = printer.can_print(Layout.CARD), printer.can_print(Layout.SHEET)
        if self.fixed_layout is not None and self.fixed_layout.is_slip:
            self._slip_changed(printer, self.fixed_layout)
            self.where.setText(printer.location)
            self._update()
            return
        allowed = {Layout.CARD: card, Layout.SHEET: sheet}
        if self.fixed_layout is not None:
            allowed = {lay: ok and lay is self.fixed_layout for lay, ok in allowed.items()}
        self.card_option.setEnabled(allowed[Layout.CARD])
        self.sheet_option.setEnabled(allowed[Layout.SHEET])
        wanted = self.fixed_layout or printer.preferred_layout
        if not allowed[wanted]:
            wanted = Layout.CARD if allowed[Layout.CARD] else Layout.SHEET
        (self.card_option if wanted is Layout.CARD else self.sheet_option).setChecked(True)
        parts = [printer.location] if printer.location else []
        if card and printer.duplex:
            parts.append(self.tr("prints both sides of a card"))
        self.where.setText(" · ".join(parts))
        self._update()

    def _update(self) -> None:
        printer = self.printer
        if printer is None:
            self.print_button.setEnabled(False)
            return
        layout = self.layout_chosen
        if not printer.can_print(layout) or not (self.card_option.isEnabled()
                                                 or self.sheet_option.isEnabled()
                                                 or self.slip_option.isEnabled()):
            what = self.tr("a card") if layout is Layout.CARD else self.tr("A4 paper")
            if layout.is_slip:
                what = self.tr("%s paper or A4") % layout.paper
            self.banner.show_message(self.tr("%s cannot print on %s: choose another printer.")
                                     % (printer.label, what), "warn")
            self.print_button.setEnabled(False)
        elif not printer.ready:
            self.banner.show_message(self.tr("%s is paused in the print service: resume it or "
                                             "choose another printer.") % printer.label, "warn")
            self.print_button.setEnabled(False)
        else:
            self.banner.hide()
            self.print_button.setEnabled(True)

    def chosen(self) -> tuple[printing.Printer, Layout, int] | None:
        printer = self.printer
        if printer is None:
            return None
        return printer, self.layout_chosen, self.copies.value()


class CardPrinting(QObject):
    """One print run, in the session's runner: send (write pool), wait (general), audit."""

    message = Signal(str, str)  # text, kind ("info", "ok", "warn", "error")
    finished = Signal(object)  # the list of printing.JobOutcome

    def __init__(self, runner: TaskRunner, station: Station, actor: Actor,
                 parent: QObject | None = None, *, server: str | None = None,
                 timeout: float = 300.0) -> None:
        super().__init__(parent)
        self.runner, self.station, self.actor = runner, station, actor
        self.server, self.timeout = server, timeout
        self.outcomes: list[printing.JobOutcome] = []
        self._pending = 0

    def make_and_print(self, numbers: list[str], printer: printing.Printer, layout: Layout,
                       copies: int) -> None:
        """Make the cards of `numbers` for this printer, then print them."""
        station, actor, server = self.station, self.actor, self.server
        self.message.emit(self.tr("Making %n card(s) for %s…", "", len(numbers)) % printer.label,
                          "info")
        self.runner.submit(lambda: printing.make_and_send(station, actor, numbers, printer,
                                                          layout, copies, server=server),
                           write=True, done=self._sent, failed=self._failed, owner=self)

    def print_pdf(self, pdf: bytes, numbers: list[str], printer: printing.Printer,
                  layout: Layout, copies: int, cards: list[str] | None = None) -> None:
        """Print a card, sheet or slip already made (and audited when it was made)."""
        station, actor, server = self.station, self.actor, self.server
        self.message.emit(self.tr("Sending to %s…") % printer.label, "info")
        self.runner.submit(lambda: [printing.send(station, actor, pdf, printer, layout,
                                                  numbers=numbers, cards=cards, copies=copies,
                                                  server=server)],
                           write=True, done=self._sent, failed=self._failed, owner=self)

    def _failed(self, message: str) -> None:
        self.message.emit(message, "error")
        self.finished.emit(self.outcomes)

    def _sent(self, jobs: list[printing.PrintJob]) -> None:
        if not jobs:
            self.finished.emit(self.outcomes)
            return
        self.message.emit(self.tr("Sent to %s; waiting for it to print…")
                          % jobs[0].printer.label, "info")
        self._pending = len(jobs)
        for job in jobs:
            self.runner.submit(self._waiter(job), done=self._ended, failed=self._failed,
                               owner=self)

    def _waiter(self, job: printing.PrintJob) -> Callable[[], printing.JobOutcome]:
        server, timeout = self.server, self.timeout
        return lambda: printing.wait_for_job(job, timeout, server=server)

    def _ended(self, outcome: printing.JobOutcome) -> None:
        station, actor = self.station, self.actor
        self.runner.submit(lambda: printing.record_outcome(station, actor, outcome), write=True,
                           done=lambda _r: self._recorded(outcome), failed=self._failed,
                           owner=self)

    def _recorded(self, outcome: printing.JobOutcome) -> None:
        self.outcomes.append(outcome)
        self._pending -= 1
        if self._pending > 0:
            return
        printed = [o for o in self.outcomes if o.printed]
        failed = [o for o in self.outcomes if o.state == "failed"]
        label = outcome.job.printer.label
        if failed:
            self.message.emit(failed[0].message, "error")
        elif len(printed) < len(self.outcomes):
            waiting = next(o for o in self.outcomes if o.state == "waiting")
            self.message.emit(waiting.message, "warn")
        else:
            self.message.emit(self.tr("%s printed %n job(s).", "", len(printed)) % label, "ok")
        self.finished.emit(self.outcomes)


def _open(parent: QWidget, runner: TaskRunner, station: Station, actor: Actor,
          start: Callable[[CardPrinting, printing.Printer, Layout, int], None], *,
          layout: Layout | None, count: int, server: str | None,
          on_message: Callable[[str, str], None] | None,
          on_finished: Callable[[Any], None] | None) -> PrintDialog:
    dialog = PrintDialog(runner, parent, layout=layout, server=server, count=count)

    def accepted() -> None:
        chosen = dialog.chosen()
        if chosen is None:
            return
        run = CardPrinting(runner, station, actor, parent, server=server)
        dialog.run = run  # type: ignore[attr-defined]  # kept for callers and tests
        if on_message is not None:
            run.message.connect(on_message)
        if on_finished is not None:
            run.finished.connect(on_finished)
        start(run, *chosen)

    dialog.accepted.connect(accepted)
    dialog.open()  # window-modal, without a nested event loop
    return dialog


def print_cards_with_dialog(parent: QWidget, runner: TaskRunner, station: Station, actor: Actor,
                            numbers: list[str], *, server: str | None = None,
                            on_message: Callable[[str, str], None] | None = None,
                            on_finished: Callable[[Any], None] | None = None) -> PrintDialog:
    """Ask where to print the cards of `numbers`, then make and print them."""
    return _open(parent, runner, station, actor,
                 lambda run, printer, layout, copies: run.make_and_print(
                     list(numbers), printer, layout, copies),
                 layout=None, count=len(numbers), server=server, on_message=on_message,
                 on_finished=on_finished)


def print_pdf_with_dialog(parent: QWidget, runner: TaskRunner, station: Station, actor: Actor,
                          pdf: bytes, numbers: list[str], paper: str = "card", *,
                          cards: list[str] | None = None, server: str | None = None,
                          on_message: Callable[[str, str], None] | None = None,
                          on_finished: Callable[[Any], None] | None = None) -> PrintDialog:
    """Ask which printer takes a card ("card"), sheet ("a4") or slip ("a6", "a5") already made,
    then print it."""
    layout = Layout.of_paper(paper)
    return _open(parent, runner, station, actor,
                 lambda run, printer, chosen, copies: run.print_pdf(
                     pdf, list(numbers), printer, chosen, copies, cards),
                 layout=layout, count=max(1, len(numbers)), server=server,
                 on_message=on_message, on_finished=on_finished)
