"""Acknowledgement slips: what a person takes home when the card is held (or as a receipt).

The slip holds the registration number, the date, what happens next and where to come back,
and the name only (data minimisation: no photo, no biometrics, no birth date or contacts).
Each slip made is audited as a print.
"""

from __future__ import annotations

from dataclasses import dataclass

from cards.slip import Slip, render_slip_pdf
from station.domain.labels import english_label, local_date
from station.domain.roles import Permission
from station.domain.vocab import EnrolmentStatus
from station.services.context import Actor, Station
from station.services.records import checked_number

HELD_STEPS = (
    "A supervisor checks whether you were registered before. This usually takes a few days.",
    "Keep this slip: it shows that you are registered and is needed to collect your card.",
    "Your identity card is printed after the supervisor's decision.",
)
RECEIPT_STEPS = (
    "Keep this slip: it shows that you are registered.",
    "Give the registration number whenever you come back or are asked for it.",
)


@dataclass(frozen=True)
class SlipResult:
    registration_number: str
    pdf: bytes
    held: bool  # the card waits for a duplicate review


def acknowledgement_slip(station: Station, actor: Actor, number: str,
                         paper: str = "A6") -> SlipResult:
    """Render the slip of one enrolment (A6 or A5) and audit the print."""
    actor.require(Permission.PRINT_CARD)
    number = checked_number(number)
    with station.store.reading() as repo:
        enrolment = repo.get_enrolment(number)
    config = station.config
    held = enrolment.status is EnrolmentStatus.PENDING_REVIEW
    name = enrolment.personal.name
    site = config.site_name or config.site
    come_back = (f"{site}, registration desk. Come back after 7 days, or when you are "
                 "called, with this slip." if held else
                 f"{site}, registration desk, with this slip.")
    slip = Slip(
        registration_number=enrolment.registration_number,
        name=" ".join(p for p in (name.given, name.other, name.family) if p),
        date=local_date(enrolment.created_at.date(), english=True),  # the slip is English
        title="Acknowledgement of registration" if held else "Registration receipt",
        authority=config.issuing_authority,
        status=english_label(enrolment.status),
        next_steps=HELD_STEPS if held else RECEIPT_STEPS,
        come_back=come_back,
        footer="This slip is not an identity document. It holds no photo and no "
               "biometric data.")
    pdf = render_slip_pdf(slip, paper)
    station.audit(actor, "slip-print", number, paper=paper, held=held)
    return SlipResult(number, pdf, held)
