"""Printing through the computer's print service (CUPS): cards, A4 sheets and A6/A5 slips.

A card goes either to an ID-1 card printer (CR80 media, 85.6 x 54 mm: the two-page PDF of
`cards_service.issue_card`, front then back, two-sided where the printer can) or, as an A4 sheet of
cards with crop marks (`cards_service.print_sheet`), to an office printer. An acknowledgement
slip (`slips.acknowledgement_slip`, one A6 or A5 page) goes to a printer that has that paper.

The print service is driven with its own commands from cups-client (``lpstat``, ``lpoptions``,
``lp``) in the C locale, not with a Python binding: pycups has no wheels and needs the libcups
headers and a C compiler on every station, while the commands are on every computer that prints
with CUPS, talk to the same scheduler, and read the PDF from a pipe, so no card file is written for
printing. ``server`` (``host:port`` or a socket path, as CUPS_SERVER takes it) picks a print
service other than the computer's own; None is the computer's.

Media: a queue's PPD names its sizes (``PageSize``). For cards the named card size is taken (CR80,
ID-1, 85.6x54 mm and the like); a queue with custom sizes gets ``Custom.85.6x53.98mm``; a queue
with neither cannot print cards and is refused before any card is numbered. A4 likewise. Two-sided
printing (``sides=two-sided-long-edge``; card printers' drivers turn the card themselves) is asked
for when the queue has a Duplex option; otherwise the back comes out as a second page or card.
A slip is printed at its own size (``PageSize=A6`` or ``A5``) on a queue that names that size;
on a queue without it but with A4 it is scaled to fit an A4 page (``fit-to-page``), and the
print dialog says so; a queue with neither is refused before the slip is made.

Every job sent is audited (``card-print``: printer, job, media, copies, cards) and so is its end
(``card-print-done`` or ``card-print-failed``); a slip's job likewise (``slip-print-job``:
printer, job, paper, slip size, fit-to-page, copies; then ``slip-print-done`` or
``slip-print-failed``), for its registration number; cards themselves are numbered and audited by
cards_service when the PDF is made. Waiting for a job polls the queue until the job has ended or a
timeout passes; a job still waiting then stays in its queue and is reported as waiting.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from station.domain.roles import Permission
from station.errors import StationError, ValidationError
from station.services.context import Actor, Station

log = logging.getLogger("station.printing")

CARD_CUSTOM = "Custom.85.6x53.98mm"
A4_CUSTOM = "Custom.210x297mm"
MAX_COPIES = 20
_CARD_NAME = re.compile(r"cr-?80|id-?1(?![0-9])|85\.6x5[34]|86x54|54x86|53\.98x85\.6|"
                        r"85\.6x53\.98|2\.125x3\.375|3\.375x2\.125", re.IGNORECASE)
_A4_NAME = re.compile(r"^(a4|iso_a4_210x297mm)$", re.IGNORECASE)
_SLIP_NAMES = {"A6": re.compile(r"^(a6|iso_a6_105x148mm)$", re.IGNORECASE),
               "A5": re.compile(r"^(a5|iso_a5_148x210mm)$", re.IGNORECASE)}
_FAILED = ("error", "abort", "cancel", "unprintable")
_COMMAND_TIMEOUT = 60


class PrintError(StationError):
    """A printer could not be used, or a job did not print."""


class Layout(Enum):
    CARD = "card"  # one ID-1 card, front and back, on a card printer
    SHEET = "sheet"  # A4 sheets of ten cards with crop marks
    SLIP = "slip"  # an acknowledgement slip on A6 (105 x 148 mm)
    SLIP_A5 = "slip-a5"  # the same slip on A5 (148 x 210 mm)

    @property
    def words(self) -> str:
        return {Layout.CARD: "a card (85.6 x 54 mm)", Layout.SHEET: "A4 paper",
                Layout.SLIP: "A6 paper (105 x 148 mm) or A4",
                Layout.SLIP_A5: "A5 paper (148 x 210 mm) or A4"}[self]

    @property
    def is_slip(self) -> bool:
        return self in (Layout.SLIP, Layout.SLIP_A5)

    @property
    def paper(self) -> str:
        """The paper the document was made for: "CR80", "A4", "A6" or "A5"."""
        return {Layout.CARD: "CR80", Layout.SHEET: "A4", Layout.SLIP: "A6",
                Layout.SLIP_A5: "A5"}[self]

    @classmethod
    def of_paper(cls, paper: str) -> Layout:
        """The layout of a document made for `paper` ("card", "a4", "a6" or "a5")."""
        return {"a4": cls.SHEET, "a6": cls.SLIP, "a5": cls.SLIP_A5}.get(paper.lower(), cls.CARD)


@dataclass(frozen=True)
class Printer:
    name: str  # the queue's name in the print service
    description: str = ""
    location: str = ""
    enabled: bool = True
    accepting: bool = True
    default: bool = False
    card_size: str | None = None  # the PageSize choice for CR80 cards, None when it has none
    sheet_size: str | None = None
    duplex: bool = False
    named_card_size: bool = False  # a card printer (it names a card size) rather than custom
    size_option: str = "PageSize"  # "media" for queues without a PPD
    a6_size: str | None = None  # the PageSize choice for A6 slips, None when it names none
    a5_size: str | None = None

    @property
    def label(self) -> str:
        """The printer as people call it: its description, else its queue name."""
        return self.description.strip() or self.name

    @property
    def ready(self) -> bool:
        return self.enabled and self.accepting

    def can_print(self, layout: Layout) -> bool:
        return self.size_for(layout) is not None

    def size_for(self, layout: Layout) -> str | None:
        """The size choice a job of `layout` is sent with (A4 for a slip fitted to A4)."""
        if layout is Layout.CARD:
            return self.card_size
        if layout is Layout.SLIP:
            return self.a6_size or self.sheet_size
        if layout is Layout.SLIP_A5:
            return self.a5_size or self.sheet_size
        return self.sheet_size

    def fits_to_a4(self, layout: Layout) -> bool:
        """A slip this printer has no paper for, scaled to fit an A4 page instead."""
        own = self.a6_size if layout is Layout.SLIP else self.a5_size
        return layout.is_slip and own is None and self.sheet_size is not None

    @property
    def preferred_layout(self) -> Layout:
        return Layout.CARD if self.named_card_size or self.sheet_size is None else Layout.SHEET


@dataclass
class PrintJob:
    job_id: str  # the print service's request id, e.g. "cardprinter-12"
    printer: Printer
    layout: Layout
    copies: int
    numbers: list[str]
    cards: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # of the rendered PDF (QR module size)
    submitted: float = field(default_factory=time.monotonic)


@dataclass
class JobOutcome:
    job: PrintJob
    state: str  # "printed", "failed" or "waiting"
    message: str

    @property
    def printed(self) -> bool:
        return self.state == "printed"


def _run(args: list[str], server: str | None, stdin: bytes | None = None
         ) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, LC_ALL="C", LANG="C")
    if server:
        env["CUPS_SERVER"] = server
    try:
        return subprocess.run(args, input=stdin, capture_output=True, env=env,
                              timeout=_COMMAND_TIMEOUT, check=False)
    except FileNotFoundError:
        raise PrintError("this computer has no print service installed (CUPS); ask for it "
                         "to be set up") from None
    except subprocess.TimeoutExpired:
        raise PrintError("the print service did not answer within a minute; try again") from None


def _text(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stdout.decode("utf-8", "replace")


def _service_down(result: subprocess.CompletedProcess[bytes]) -> bool:
    message = (result.stderr + result.stdout).decode("utf-8", "replace").lower()
    return "scheduler is not running" in message or "unable to connect" in message \
        or "connection refused" in message


def _options(name: str, server: str | None) -> dict[str, list[str]]:
    """The queue's PPD options: keyword -> choices (the default first)."""
    result = _run(["lpoptions", "-p", name, "-l"], server)
    options: dict[str, list[str]] = {}
    for line in _text(result).splitlines():
        head, sep, choices = line.partition(":")
        if not sep:
            continue
        keyword = head.split("/", 1)[0].strip()
        values = choices.split()
        options[keyword] = sorted((v.lstrip("*") for v in values),
                                  key=lambda v: v not in [c.lstrip("*") for c in values
                                                          if c.startswith("*")])
    return options


def _slip_sizes(options: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """(A6 size, A5 size) a queue names; a queue without PPD sizes takes the IPP names."""
    sizes = options.get("PageSize") or []
    if not sizes:
        return "A6", "A5"
    a6, a5 = (next((s for s in sizes if _SLIP_NAMES[paper].match(s)), None)
              for paper in ("A6", "A5"))
    return a6, a5


def _media(options: dict[str, list[str]]) -> tuple[str | None, bool, str | None, bool]:
    """(card size, named?, A4 size, duplex) from a queue's options."""
    sizes = options.get("PageSize") or []
    custom = any(s.lower().startswith("custom.") for s in sizes)
    named_card = next((s for s in sizes if _CARD_NAME.search(s)), None)
    card = named_card or (CARD_CUSTOM if custom else None)
    a4 = next((s for s in sizes if _A4_NAME.match(s)), None) or (A4_CUSTOM if custom else None)
    if not sizes:  # no PPD options at all (a raw or driverless queue): let the service map it
        card, a4 = CARD_CUSTOM, "A4"
    duplex = any(c.lower() not in ("none", "off", "false", "simplex")
                 for c in options.get("Duplex", []))
    return card, named_card is not None, a4, duplex


def _blocks(text: str, head: str) -> dict[str, list[str]]:
    """`lpstat -l` output split into blocks: first word after `head` -> its lines."""
    blocks: dict[str, list[str]] = {}
    current: list[str] = []
    for line in text.splitlines():
        if line[:1].isspace():
            current.append(line.strip())
        elif line.startswith(head) and line[len(head):].split():
            current = [line]
            blocks[line[len(head):].split()[0]] = current
        else:
            current = []
    return blocks


def _field(lines: list[str], name: str) -> str:
    prefix = f"{name}:"
    return next((line[len(prefix):].strip() for line in lines if line.startswith(prefix)), "")


def list_printers(server: str | None = None) -> list[Printer]:
    """The printers of the print service, the default first, each with what it can print."""
    running = _text(_run(["lpstat", "-r"], server))
    if "scheduler is running" not in running or "not running" in running:
        raise PrintError("the print service of this computer is not running; start it or "
                         "ask for help")
    names = _run(["lpstat", "-e"], server)
    if names.returncode != 0:
        return []
    queues = [line.strip() for line in _text(names).splitlines() if line.strip()]
    if not queues:
        return []
    default = _text(_run(["lpstat", "-d"], server)).partition(":")[2].strip()
    states = _blocks(_text(_run(["lpstat", "-l", "-p"], server)), "printer ")
    accepting = _text(_run(["lpstat", "-a"], server))
    printers = []
    for name in queues:
        lines = states.get(name, [])
        options = _options(name, server)
        card, named, a4, duplex = _media(options)
        a6, a5 = _slip_sizes(options)
        printers.append(Printer(
            name=name, description=_field(lines, "Description"),
            location=_field(lines, "Location"),
            enabled=bool(lines) and "disabled" not in lines[0],
            accepting=f"{name} not accepting" not in accepting,
            default=name == default, card_size=card, sheet_size=a4, duplex=duplex,
            named_card_size=named, size_option="PageSize" if "PageSize" in options else "media",
            a6_size=a6, a5_size=a5))
    printers.sort(key=lambda p: (not p.default, p.label.lower()))
    return printers


def find_printer(name: str, server: str | None = None) -> Printer:
    for printer in list_printers(server):
        if printer.name == name:
            return printer
    raise PrintError(f"the printer {name} is not set up on this computer")


def _checked(printer: Printer, layout: Layout, copies: int) -> None:
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError(f"copies must be between 1 and {MAX_COPIES}", field="copies")
    if not printer.can_print(layout):
        other = "print an A4 sheet instead" if layout is Layout.CARD else "choose another printer"
        if layout.is_slip:
            other = "it has neither that paper nor A4; choose another printer"
        raise PrintError(f"{printer.label} cannot print on {layout.words}: {other}")
    if not printer.ready:
        raise PrintError(f"{printer.label} is switched off in the print service (paused or not "
                         "taking jobs); resume it or choose another printer")


def job_options(printer: Printer, layout: Layout, copies: int = 1) -> list[str]:
    """The `lp` arguments for a job of `layout` on `printer`."""
    size = printer.size_for(layout)
    sides = "two-sided-long-edge" if printer.duplex and not layout.is_slip else "one-sided"
    scaling = (["-o", "fit-to-page", "-o", "print-scaling=fit"] if printer.fits_to_a4(layout)
               else ["-o", "print-scaling=none"])
    return ["-d", printer.name, "-n", str(copies), "-o", f"{printer.size_option}={size}",
            "-o", f"sides={sides}", *scaling]


def submit(pdf: bytes, printer: Printer, layout: Layout, copies: int = 1, *, title: str = "cards",
           server: str | None = None) -> str:
    """Hand the PDF to the print service (through a pipe); returns the job's request id."""
    _checked(printer, layout, copies)
    result = _run(["lp", *job_options(printer, layout, copies), "-t", title, "-"], server, pdf)
    match = re.search(r"request id is (\S+)", _text(result))
    if result.returncode != 0 or not match:
        log.warning("lp refused a job for %s: %s", printer.name,
                    result.stderr.decode("utf-8", "replace").strip())
        if _service_down(result):
            raise PrintError("the print service of this computer is not running")
        raise PrintError(f"{printer.label} did not take the job; check that it is set up and "
                         "switched on, then try again")
    return match.group(1)


def job_state(job: PrintJob, server: str | None = None) -> JobOutcome | None:
    """The job's end when it has ended, None while it is still queued or printing."""
    name = job.printer.name
    done = _blocks(_text(_run(["lpstat", "-W", "completed", "-l", "-o", name], server)), "")
    lines = done.get(job.job_id)
    if lines is not None:
        alerts = _field(lines, "Alerts").lower()
        if any(word in alerts for word in _FAILED):
            why = ("it was cancelled" if "cancel" in alerts
                   else "the printer's driver could not print it")
            return JobOutcome(job, "failed", f"{job.printer.label} did not print the job: {why}")
        return JobOutcome(job, "printed", f"{job.printer.label} printed the job")
    pending = _blocks(_text(_run(["lpstat", "-l", "-o", name], server)), "")
    if job.job_id not in pending:  # gone from both lists: the service kept no history of it
        return JobOutcome(job, "printed", f"{job.printer.label} took the job")
    return None


def wait_for_job(job: PrintJob, timeout: float = 180.0, *, server: str | None = None,
                 poll: float = 0.5, cancelled: Callable[[], bool] | None = None) -> JobOutcome:
    """Poll until the job has ended or `timeout` seconds have passed (it is left queued)."""
    deadline = time.monotonic() + timeout
    while True:
        outcome = job_state(job, server)
        if outcome is not None:
            return outcome
        if time.monotonic() >= deadline or (cancelled is not None and cancelled()):
            return JobOutcome(job, "waiting",
                              f"{job.printer.label} has not printed the job yet; it stays in "
                              "the printer's queue and prints when the printer is ready")
        time.sleep(poll)


def send(station: Station, actor: Actor, pdf: bytes, printer: Printer, layout: Layout, *,
         numbers: list[str], cards: list[str] | None = None, copies: int = 1,
         server: str | None = None, facts: dict[str, Any] | None = None) -> PrintJob:
    """Print a card PDF made (and audited) by cards_service, or a slip made (and audited) by
    slips.acknowledgement_slip; the job is audited."""
    actor.require(Permission.PRINT_CARD)
    cards = list(cards or [])
    title = cards[0] if len(cards) == 1 else f"{len(numbers)} cards"
    if layout.is_slip:
        title = "slip"  # the queue's listing shows no personal data
    job_id = submit(pdf, printer, layout, copies, title=title, server=server)
    job = PrintJob(job_id, printer, layout, copies, list(numbers), cards, dict(facts or {}))
    with station.store.transaction() as repo:
        for number in numbers or [""]:
            if layout.is_slip:
                fit = printer.fits_to_a4(layout)
                repo.append_audit(actor.username, "slip-print-job", number,
                                  {"printer": printer.name, "job": job_id,
                                   "paper": "A4" if fit else layout.paper,
                                   "slip": layout.paper, "fit_to_page": fit,
                                   "copies": copies}, station.now())
            else:
                repo.append_audit(actor.username, "card-print", number,
                                  {"printer": printer.name, "job": job_id,
                                   "media": layout.value, "copies": copies, "cards": cards},
                                  station.now())
    return job


def record_outcome(station: Station, actor: Actor, outcome: JobOutcome) -> None:
    """Audit how a job ended (a job still waiting is audited when it is known to have ended)."""
    if outcome.state == "waiting":
        return
    kind = "slip-print" if outcome.job.layout.is_slip else "card-print"
    action = f"{kind}-done" if outcome.printed else f"{kind}-failed"
    with station.store.transaction() as repo:
        for number in outcome.job.numbers or [""]:
            repo.append_audit(actor.username, action, number,
                              {"printer": outcome.job.printer.name, "job": outcome.job.job_id},
                              station.now())


def make_and_send(station: Station, actor: Actor, numbers: list[str], printer: Printer,
                  layout: Layout, copies: int = 1, *, server: str | None = None
                  ) -> list[PrintJob]:
    """Number, render and audit the cards (cards_service), then send them to `printer`: one job
    per card on a card printer, one job for an A4 sheet. The printer is checked first, so no
    card is numbered for a printer that cannot print it."""
    from station.services import cards_service

    actor.require(Permission.PRINT_CARD)
    if layout.is_slip:
        raise ValidationError("a slip is printed with print_slip, not as cards", field="layout")
    _checked(printer, layout, copies)
    if not numbers:
        raise ValidationError("no records to print", field="numbers")
    if layout is Layout.SHEET:
        pdf, facts = cards_service.print_sheet(station, actor, numbers)
        return [send(station, actor, pdf, printer, layout, numbers=numbers,
                     copies=copies, server=server, facts=facts)]
    jobs = []
    for number in numbers:
        made = cards_service.issue_card(station, actor, number)
        jobs.append(send(station, actor, made.pdf, printer, layout,
                         numbers=[made.registration_number], cards=[made.card_number],
                         copies=copies, server=server, facts=made.facts))
    return jobs


def print_cards(station: Station, actor: Actor, numbers: list[str], printer: Printer,
                layout: Layout, copies: int = 1, *, server: str | None = None,
                timeout: float = 180.0) -> list[JobOutcome]:
    """Make, send and wait for the cards of `numbers`; every step audited."""
    outcomes = []
    for job in make_and_send(station, actor, numbers, printer, layout, copies, server=server):
        outcome = wait_for_job(job, timeout, server=server)
        record_outcome(station, actor, outcome)
        outcomes.append(outcome)
    return outcomes


def print_slip(station: Station, actor: Actor, number: str, printer: Printer,
               layout: Layout = Layout.SLIP, copies: int = 1, *, server: str | None = None,
               timeout: float = 180.0) -> JobOutcome:
    """Make (and audit) the acknowledgement slip of `number` on A6 or A5, send it to `printer`
    and wait for it; the printer is checked first, so no slip is made for one that cannot
    print it."""
    from station.services import slips

    actor.require(Permission.PRINT_CARD)
    if not layout.is_slip:
        raise ValidationError("a slip is printed on A6 or A5", field="layout")
    _checked(printer, layout, copies)
    made = slips.acknowledgement_slip(station, actor, number, paper=layout.paper)
    job = send(station, actor, made.pdf, printer, layout, numbers=[made.registration_number],
               copies=copies, server=server)
    outcome = wait_for_job(job, timeout, server=server)
    record_outcome(station, actor, outcome)
    return outcome


def summary(outcomes: list[JobOutcome]) -> dict[str, Any]:
    return {"printed": sum(o.printed for o in outcomes),
            "failed": sum(o.state == "failed" for o in outcomes),
            "waiting": sum(o.state == "waiting" for o in outcomes),
            "jobs": [o.job.job_id for o in outcomes]}
