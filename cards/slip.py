"""Acknowledgement slip: a small printed receipt a person takes home (A6, or A5).

It carries the registration number, the date, what happens next and where to come back, and
the person's name only: no photo, no biometrics, no other personal data. The caller writes the
texts (in the languages it wants); this module only lays them out. Texts are real PDF text
(searchable, read aloud by screen readers) in Helvetica; a name Helvetica cannot write
(Arabic, Ethiopic, ...) is drawn shaped, with the card fonts.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A5, A6
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

PAPERS = {"A6": A6, "A5": A5}


@dataclass(frozen=True)
class Slip:
    registration_number: str
    name: str
    date: str  # as people write it ("1 Dec 2026")
    title: str = "Acknowledgement of registration"
    authority: str = ""  # e.g. "IMMIGRATION DEPARTMENT"
    status: str = ""  # e.g. "Held for duplicate review"
    next_steps: tuple[str, ...] = ()
    come_back: str = ""  # where and when to come back
    footer: str = ""
    labels: dict[str, str] = field(default_factory=lambda: {
        "number": "Registration number", "name": "Name", "date": "Date",
        "status": "Status", "next": "What happens next", "where": "Where to come back"})


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


class _Writer:
    def __init__(self, canvas: Canvas, width: float, height: float, scale: float) -> None:
        self.canvas = canvas
        self.left = 9 * mm * scale
        self.width = width - 2 * self.left
        self.y = height - 10 * mm * scale
        self.scale = scale

    def text(self, text: str, size: float, bold: bool = False, gap: float = 1.5) -> None:
        font = "Helvetica-Bold" if bold else "Helvetica"
        size *= self.scale
        for line in simpleSplit(text, font, size, self.width) or [""]:
            self.y -= size * 1.2
            self.canvas.setFont(font, size)
            self.canvas.drawString(self.left, self.y, line)
        self.y -= gap * self.scale

    def name(self, text: str, size: float) -> None:
        if _latin1(text):
            self.text(text, size, bold=True)
            return
        from cards.text import draw_fitted, fit_text

        size *= self.scale
        fitted = fit_text(text, width=self.width, height=size * 1.3, max_size=size,
                          min_size=size * 0.6, field="name", weight=700)
        draw_fitted(self.canvas, fitted, self.left, self.y, self.width)
        self.y -= fitted.leading * len(fitted.lines) + 1.5 * self.scale

    def rule(self) -> None:
        self.y -= 1.5 * self.scale
        self.canvas.setLineWidth(0.5)
        self.canvas.line(self.left, self.y, self.left + self.width, self.y)
        self.y -= 2.5 * self.scale


def render_slip_pdf(slip: Slip, paper: str = "A6") -> bytes:
    """The slip as a one-page PDF on A6 (105 x 148 mm) or A5 paper."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
    width, height = PAPERS[paper]
    scale = width / A6[0]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(slip.title)  # no personal data in the document's metadata
    canvas.setAuthor("")
    canvas.setSubject("")
    out = _Writer(canvas, width, height, scale)
    if slip.authority:
        out.text(slip.authority, 7, bold=True)
    out.text(slip.title, 11, bold=True, gap=3)
    out.text(slip.labels["number"], 7)
    out.text(slip.registration_number, 15, bold=True, gap=3)
    out.text(slip.labels["name"], 7)
    out.name(slip.name, 10)
    out.text(f"{slip.labels['date']}: {slip.date}", 8)
    if slip.status:
        out.text(f"{slip.labels['status']}: {slip.status}", 8)
    out.rule()
    if slip.next_steps:
        out.text(slip.labels["next"], 8, bold=True)
        for step in slip.next_steps:
            out.text(f"- {step}", 7.5)
    if slip.come_back:
        out.text(slip.labels["where"], 8, bold=True)
        out.text(slip.come_back, 7.5)
    if slip.footer:
        canvas.setFont("Helvetica", 6 * scale)
        for index, line in enumerate(reversed(simpleSplit(slip.footer, "Helvetica",
                                                          6 * scale, out.width))):
            canvas.drawString(out.left, 8 * mm * scale + index * 7 * scale, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
