"""The enrolment wizard page: steps, draft autosave, duplicate alert, save, card.

consent -> details -> contacts -> needs -> photo -> review -> (save) -> card.
Every step's widgets live for the whole enrolment, so going back never loses what was typed;
the form is also sealed into an encrypted draft after each edit, so a crash loses nothing.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from station.domain.vocab import ConsentPurpose
from station.services import cards_service, drafts, face_gallery, portraits
from station.services.enrolment import EnrolResult, PhotoInput, enrol
from station.services.forms import EnrolmentForm, form_from_dict, form_to_dict, validate_form
from ui.card_preview import CardPreview
from ui.session import Session
from ui.widgets import Banner, ImageView, escaped, pixmap_from_bytes
from ui.wizard.alert import DuplicateAlert
from ui.wizard.capture import CaptureStep
from ui.wizard.steps import ConsentStep, ContactsStep, DetailsStep, NeedsStep, Step

DRAFT_DELAY_MS = 1500


class ReviewStep(Step):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QTextBrowser(self)
        self.portrait = ImageView(self.tr("no photo"), self, (150, 190))
        self.portrait.setMaximumWidth(220)
        layout = QHBoxLayout(self)
        layout.addWidget(self.summary, 3)
        layout.addWidget(self.portrait, 1)

    def title(self) -> str:
        return self.tr("Review")

    def show_form(self, form: EnrolmentForm, photo: PhotoInput | None) -> None:
        rows = [
            (self.tr("Names"), f"{form.given_name} {form.other_names} {form.family_name}"),
            (self.tr("Names in Latin letters"),
             f"{form.given_name_latin} {form.family_name_latin}"),
            (self.tr("Sex"), form.sex),
            (self.tr("Birth"), form.birth_date or f"{form.birth_year} "
             + self.tr("(estimated)")),
            (self.tr("Nationality"), form.nationality),
            (self.tr("Languages"), ", ".join(form.languages)),
            (self.tr("Region / district / place"),
             f"{form.region} / {form.district} / {form.place}"),
            (self.tr("Arrival"), form.arrival_date),
            (self.tr("Phone / e-mail"), f"{form.phone} {form.email}"),
            (self.tr("Preferred channel"), form.preferred_channel),
            (self.tr("Emergency contacts"), "; ".join(" ".join(r) for r in
                                                      form.emergency_contacts)),
            (self.tr("Family contacts"), "; ".join(" ".join(r) for r in form.family_contacts)),
            (self.tr("Dependants"), "; ".join(" ".join(r) for r in form.dependants)),
            (self.tr("Vulnerabilities"), ", ".join(form.vulnerabilities)),
            (self.tr("Needs"), ", ".join(form.needs)),
            (self.tr("Consent"), f"{form.consent_purposes} ({form.consent_language}, "
             f"{form.consent_text_version})"),
        ]
        body = "".join(f"<tr><th align='left'>{html.escape(k)}</th><td>{escaped(v)}</td></tr>"
                       for k, v in rows)
        self.summary.setHtml(f"<table cellpadding='3'>{body}</table>")
        self.portrait.set_image(pixmap_from_bytes(photo.analysis.portrait_jpeg)
                                if photo is not None and photo.analysis is not None else None)


class EnrolmentPage(QWidget):
    """The wizard as a workspace page."""

    open_record = Signal(str)
    saved = Signal(object)  # EnrolResult

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        station = session.station
        version = station.config.consent_text_version if station else "?"
        self.form = EnrolmentForm()
        self.draft_id: int | None = None
        self.result: EnrolResult | None = None
        self.alert: DuplicateAlert | None = None
        self.candidates: list[Any] = []
        self.banner = Banner(self)
        self.consent = ConsentStep(version, self)
        self.details = DetailsStep(self._today, self)
        self.contacts = ContactsStep(self)
        self.needs = NeedsStep(self)
        self.capture = CaptureStep(self.runner, self)
        self.review = ReviewStep(self)
        self.steps: list[Step] = [self.consent, self.details, self.contacts, self.needs,
                                  self.capture, self.review]
        self.card = CardPreview(self.runner, self)
        self.done_note = QLabel(self)
        self.done_note.setWordWrap(True)
        done_page = QWidget(self)
        done_layout = QVBoxLayout(done_page)
        done_layout.addWidget(self.done_note)
        self.print_card_button = QPushButton(self.tr("Make the card"), done_page)
        done_layout.addWidget(self.print_card_button)
        done_layout.addWidget(self.card, 1)
        self.stack = QStackedWidget(self)
        for step in self.steps:
            self.stack.addWidget(step)
        self.stack.addWidget(done_page)
        self.done_page = done_page
        self.progress = QLabel(self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setDefault(True)
        self.new_button = QPushButton(self.tr("New enrolment"), self)
        self.resume_button = QPushButton(self.tr("Resume draft"), self)
        self.discard_button = QPushButton(self.tr("Discard draft"), self)
        self.resume_button.hide()
        self.discard_button.hide()
        nav = QHBoxLayout()
        nav.addWidget(self.new_button)
        nav.addWidget(self.resume_button)
        nav.addWidget(self.discard_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        for step in self.steps:
            step.edited.connect(self.draft_timer.start)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.new_button.clicked.connect(self.new_enrolment)
        self.resume_button.clicked.connect(self.resume_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        self.print_card_button.clicked.connect(self.make_card)
        self.capture.photo_ready.connect(self._photo_approved)
        self._pending_draft: Any = None
        self._checked_drafts = False
        self._update_nav()

    def _today(self) -> date:
        station = self.session.station
        return station.now().date() if station else date.today()

    # -- activation and drafts ------------------------------------------------------------------
    def activate(self) -> None:
        if self._checked_drafts or self.session.station is None or self.session.actor is None:
            return
        self._checked_drafts = True
        station, actor = self.session.station, self.session.actor
        self.runner.submit(lambda: drafts.latest_draft(station, actor), done=self._draft_found,
                           failed=self.banner.error, owner=self)

    def _draft_found(self, draft: Any) -> None:
        if draft is None:
            return
        self._pending_draft = draft
        self.banner.show_message(self.tr("An unfinished enrolment from %s was kept. Resume it "
                                         "or discard it.")
                                 % draft.updated_at.strftime("%Y-%m-%d %H:%M"), "warn")
        self.resume_button.show()
        self.discard_button.show()

    def resume_draft(self) -> None:
        draft = self._pending_draft
        if draft is None:
            return
        self.draft_id = draft.draft_id
        self.form = form_from_dict(draft.data.get("form", {}))
        for step in self.steps:
            step.load(self.form)
        self._pending_draft = None
        self.resume_button.hide()
        self.discard_button.hide()
        self.banner.show_message(self.tr("Draft resumed. The photo must be taken again."),
                                 "info")
        self.go_to(min(int(draft.data.get("step", 0)), self.steps.index(self.capture)))

    def discard_draft(self) -> None:
        draft, self._pending_draft = self._pending_draft, None
        self.resume_button.hide()
        self.discard_button.hide()
        self.banner.hide()
        if draft is not None:
            self._drop_draft(draft.draft_id)

    def collect(self) -> EnrolmentForm:
        for step in self.steps:
            step.store(self.form)
        return self.form

    def save_draft(self) -> None:
        """Seal the form into the drafts table (on the write worker)."""
        station, actor = self.session.station, self.session.actor
        if station is None or actor is None or self.result is not None:
            return
        data = {"form": form_to_dict(self.collect()), "step": self.stack.currentIndex()}
        draft_id = self.draft_id
        self.runner.submit(lambda: drafts.save_draft(station, actor, data, draft_id), write=True,
                           done=self._draft_saved, failed=self.banner.error, owner=self)

    def _draft_saved(self, draft_id: int) -> None:
        if self.result is None:
            self.draft_id = draft_id
        elif draft_id is not None:
            self._drop_draft(draft_id)  # saved meanwhile: the draft is not needed

    # -- navigation ------------------------------------------------------------------------------
    def current(self) -> int:
        return self.stack.currentIndex()

    def _wants_photo(self) -> bool:
        return self.consent.purposes[ConsentPurpose.BIOMETRICS].isChecked()

    def go_to(self, index: int) -> None:
        if self.steps[min(index, len(self.steps) - 1)] is self.capture and not self._wants_photo():
            index += 1 if index > self.current() else -1
        self.stack.setCurrentIndex(index)
        if self.stack.currentWidget() is self.review:
            self.review.show_form(self.collect(), self.capture.approved
                                  if self._wants_photo() else None)
        self._update_nav()

    def next(self) -> None:
        step = self.stack.currentWidget()
        if step is self.review:
            self.save()
            return
        if isinstance(step, Step):
            problem = step.problem()
            if problem:
                self.banner.error(problem)
                return
            step.store(self.form)
        self.banner.hide()
        self.go_to(self.current() + 1)
        self.draft_timer.start()

    def back(self) -> None:
        if self.current() > 0 and self.result is None:
            self.banner.hide()
            self.go_to(self.current() - 1)

    def _update_nav(self) -> None:
        index = self.current()
        done = self.stack.currentWidget() is self.done_page
        titles = [s.title() for s in self.steps] + [self.tr("Card")]
        self.progress.setText(" › ".join(f"<b>{html.escape(t)}</b>" if i == index
                                         else html.escape(t) for i, t in enumerate(titles)))
        self.back_button.setEnabled(index > 0 and not done)
        self.next_button.setVisible(not done)
        self.next_button.setText(self.tr("Save") if self.stack.currentWidget() is self.review
                                 else self.tr("Next"))

    # -- duplicate alert -------------------------------------------------------------------------
    def _photo_approved(self, photo: PhotoInput) -> None:
        station, actor = self.session.station, self.session.actor
        analysis = photo.analysis
        if station is None or actor is None or analysis is None or analysis.template is None:
            return
        vector = analysis.template.vector

        def work() -> tuple[list[Any], dict[str, bytes]]:
            candidates = face_gallery.search(station, vector)
            photos = portraits.photos_of(station, actor, [c.registration_number
                                                       for c in candidates]) if candidates else {}
            return candidates, photos

        self.banner.show_message(self.tr("Looking for earlier registrations…"), "info")
        self.runner.submit(work, done=self._candidates_found, failed=self.banner.error,
                           owner=self)

    def _candidates_found(self, found: tuple[list[Any], dict[str, bytes]]) -> None:
        candidates, photos = found
        self.candidates = candidates
        if not candidates:
            self.banner.show_message(self.tr("No earlier registration resembles this person."),
                                     "ok")
            return
        self.banner.hide()
        portrait = self.capture.approved.analysis.portrait_jpeg if self.capture.approved else b""
        self.alert = DuplicateAlert(portrait, candidates, photos, self)
        self.alert.open_record.connect(self._recognised)
        self.alert.open()

    def _recognised(self, number: str) -> None:
        """The officer recognised the person: no new registration, open the existing one."""
        self.discard_current()
        self.open_record.emit(number)

    # -- save and card ---------------------------------------------------------------------------
    def save(self) -> None:
        station, actor = self.session.station, self.session.actor
        if station is None or actor is None:
            return
        form = self.collect()
        try:
            validate_form(form, self._today())
        except Exception as exc:  # a last check; the fields were checked as typed
            self.banner.error(str(exc))
            return
        photo = self.capture.approved if self._wants_photo() else None
        self.next_button.setEnabled(False)
        self.banner.show_message(self.tr("Saving…"), "info")
        self.runner.submit(lambda: enrol(station, actor, form, photo), write=True,
                           done=self._saved, failed=self._save_failed, owner=self)

    def _save_failed(self, message: str) -> None:
        self.next_button.setEnabled(True)
        self.banner.error(message)

    def _saved(self, result: EnrolResult) -> None:
        self.result = result
        self.draft_timer.stop()
        self.next_button.setEnabled(True)
        if self.draft_id is not None:
            self._drop_draft(self.draft_id)
            self.draft_id = None
        if result.duplicate_case is not None:
            self.done_note.setText(self.tr(
                "<h3>Registered as %s</h3><p>This person closely resembles an earlier "
                "registration. A supervisor will review the case (number %d); the card can be "
                "printed after the decision.</p>") % (result.registration_number,
                                                       result.duplicate_case))
            self.print_card_button.setEnabled(False)
        else:
            self.done_note.setText(self.tr("<h3>Registered as %s</h3><p>Make the card, check "
                                           "it, then print it or save the PDF.</p>")
                                   % result.registration_number)
            self.print_card_button.setEnabled(
                self.consent.purposes[ConsentPurpose.CARD].isChecked())
        self.banner.show_message(self.tr("Saved."), "ok")
        self.stack.setCurrentWidget(self.done_page)
        self._update_nav()
        self.saved.emit(result)

    def make_card(self) -> None:
        issue = cards_service.issue_card
        station, actor, result = self.session.station, self.session.actor, self.result
        if station is None or actor is None or result is None:
            return
        self.banner.show_message(self.tr("Making the card…"), "info")
        self.runner.submit(lambda: issue(station, actor, result.registration_number),
                           write=True, done=self._card_made, failed=self.banner.error, owner=self)

    def _card_made(self, card: Any) -> None:
        self.banner.show_message(self.tr("Card %s made.") % card.card_number, "ok")
        self.card.show_pdf(card.pdf, self.tr("Card %s, valid until %s")
                           % (card.card_number, card.expiry_date.isoformat()),
                           f"{card.card_number}.pdf")
        self.print_card_button.setEnabled(False)

    def _drop_draft(self, draft_id: int) -> None:
        """Delete one of this operator's drafts on the write worker."""
        station, actor = self.session.station, self.session.actor
        if station is None:
            return
        self.runner.submit(lambda: drafts.delete_draft(station, actor, draft_id), write=True,
                           failed=self.banner.error, owner=self)

    def discard_current(self) -> None:
        if self.draft_id is not None:
            self._drop_draft(self.draft_id)
        self.draft_id = None
        self.new_enrolment()

    def new_enrolment(self) -> None:
        """Start afresh; the previous person's card leaves memory."""
        self.draft_timer.stop()
        self.form = EnrolmentForm()
        self.result = None
        self.candidates = []
        self.draft_id = None
        for step in self.steps:
            step.load(self.form)
        self.capture.reset()
        self.card.clear()
        self.print_card_button.setEnabled(True)
        self.banner.hide()
        self.stack.setCurrentIndex(0)
        self._update_nav()
