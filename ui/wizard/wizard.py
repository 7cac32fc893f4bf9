"""The enrolment wizard page: steps, draft autosave, duplicate alert, save, card.

consent -> details -> contacts -> needs -> photo -> review -> (save) -> card or slip.
Every step's widgets live for the whole enrolment, so going back never loses what was typed;
the form is also sealed into an encrypted draft after each edit, so a crash loses nothing.
Enter goes to the next step; each step puts the cursor on its first field. Fields the
deployment does not collect (`collected_fields`) are hidden, and a step left empty is skipped.
Once saved, every step is cleared: nothing of one person is shown to the next.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from station.domain.labels import (
    country_name,
    label_of,
    labels_of,
    language_name,
    local_date,
    local_time,
)
from station.domain.roles import Permission, allowed
from station.domain.vocab import Channel, ConsentPurpose, Need, Sex, Vulnerability
from station.services import cards_service, drafts, face_gallery, minimisation, portraits, slips
from station.services.enrolment import EnrolResult, PhotoInput, enrol, recognise_candidates
from station.services.forms import EnrolmentForm, form_from_dict, form_to_dict, validate_form
from ui.card_preview import CardPreview
from ui.language import error_text
from ui.session import Session
from ui.style import step_header
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
        def day(text: str) -> str:
            try:
                return local_date(date.fromisoformat(text)) if text else ""
            except ValueError:
                return text

        purposes = [p for p in form.consent_purposes.split(",") if p]
        rows = [
            (self.tr("Names"), " ".join(filter(None, (form.given_name, form.other_names,
                                                       form.family_name)))),
            (self.tr("Names in Latin letters"),
             f"{form.given_name_latin} {form.family_name_latin}"),
            (self.tr("Sex"), self.tr(label_of(Sex, form.sex))),
            (self.tr("Birth"), day(form.birth_date) or f"{form.birth_year} "
             + self.tr("(only the year is known)")),
            (self.tr("Nationality"), self.tr(country_name(form.nationality))),
            (self.tr("Languages"), ", ".join(self.tr(language_name(c)) for c in form.languages)),
            (self.tr("Region / district / place"),
             " / ".join(filter(None, (form.region, form.district, form.place)))),
            (self.tr("Arrival"), day(form.arrival_date)),
            (self.tr("Phone / e-mail"), f"{form.phone} {form.email}"),
            (self.tr("Preferred channel"), self.tr(label_of(Channel, form.preferred_channel))),
            (self.tr("Emergency contacts"), "; ".join(" ".join(r) for r in
                                                      form.emergency_contacts)),
            (self.tr("Family contacts"), "; ".join(" ".join(r) for r in form.family_contacts)),
            (self.tr("Dependants"), "; ".join(" ".join(r) for r in form.dependants)),
            (self.tr("Vulnerabilities"), self.tr(labels_of(Vulnerability,
                                                           form.vulnerabilities))),
            (self.tr("Needs"), self.tr(labels_of(Need, form.needs))),
            (self.tr("Consent"), self.tr(labels_of(ConsentPurpose, purposes)) + " ("
             + self.tr(language_name(form.consent_language)) + ", "
             + self.tr("text version %s") % form.consent_text_version + ")"),
        ]
        body = "".join(f"<tr><th align='left'>{html.escape(k)}</th><td>{escaped(v)}</td></tr>"
                       for k, v in rows)
        self.summary.setHtml(f"<table cellpadding='3'>{body}</table>")
        self.portrait.set_image(pixmap_from_bytes(photo.analysis.portrait_jpeg)
                                if photo is not None and photo.analysis is not None else None)

    def clear(self) -> None:
        self.summary.clear()
        self.portrait.set_image(None)


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
        self.hidden = set(minimisation.hidden_fields(station.config.collected_fields)
                          if station else [])
        for step in self.steps:
            step.hide_fields(self.hidden)
        self.card = CardPreview(self.runner, self, session=session)
        self.done_note = QLabel(self)
        self.done_note.setWordWrap(True)
        done_page = QWidget(self)
        done_layout = QVBoxLayout(done_page)
        done_layout.addWidget(self.done_note)
        self.print_card_button = QPushButton(self.tr("Make the card"), done_page)
        self.slip_button = QPushButton(self.tr("Print slip"), done_page)
        self.slip_button.setToolTip(self.tr("An acknowledgement slip for the person: the "
                                            "registration number, what happens next and where "
                                            "to come back"))
        self.next_person_button = QPushButton(self.tr("Next person"), done_page)
        done_buttons = QHBoxLayout()
        done_buttons.addWidget(self.print_card_button)
        done_buttons.addWidget(self.slip_button)
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.next_person_button)
        done_layout.addLayout(done_buttons)
        done_layout.addWidget(self.card, 1)
        self.stack = QStackedWidget(self)
        for step in self.steps:
            self.stack.addWidget(step)
        self.stack.addWidget(done_page)
        self.done_page = done_page
        self.progress = QLabel(self)
        self.progress.setObjectName("stepHeader")  # ui/style.py: numbered steps, this one marked
        self.progress.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setDefault(True)
        self.next_button.setProperty("primary", True)  # ui/style.py: the one main action
        self.new_button = QPushButton(self.tr("New enrolment"), self)
        self.resume_button = QPushButton(self.tr("Resume draft"), self)
        self.discard_button = QPushButton(self.tr("Discard draft"), self)
        self.resume_button.hide()
        self.discard_button.hide()
        # shown after "Open this record": the enrolment in progress is kept until decided
        self.kept_bar = QFrame(self)
        self.kept_note = QLabel(self.kept_bar)
        self.kept_note.setWordWrap(True)
        self.keep_going_button = QPushButton(self.tr("Continue as a new registration"),
                                             self.kept_bar)
        self.drop_button = QPushButton(self.tr("Discard this enrolment"), self.kept_bar)
        kept = QHBoxLayout(self.kept_bar)
        kept.setContentsMargins(0, 0, 0, 0)
        kept.addWidget(self.kept_note, 1)
        kept.addWidget(self.keep_going_button)
        kept.addWidget(self.drop_button)
        self.kept_bar.hide()
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
        layout.addWidget(self.kept_bar)
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
        self.slip_button.clicked.connect(self.print_slip)
        self.next_person_button.clicked.connect(self.new_enrolment)
        self.keep_going_button.clicked.connect(self.keep_going)
        self.drop_button.clicked.connect(self.discard_current)
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
                                 % local_time(draft.updated_at), "warn")
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
        blank = EnrolmentForm()
        for name in self.hidden:  # not collected here: never sent, whatever a draft held
            setattr(self.form, name, getattr(blank, name))
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

    def _skipped(self, index: int) -> bool:
        if index <= 0 or index >= len(self.steps):
            return False
        step = self.steps[index]
        return (step is self.capture and not self._wants_photo()) or step.collects_nothing()

    def go_to(self, index: int) -> None:
        forward = index > self.current()
        while self._skipped(index):
            index += 1 if forward else -1
        self.stack.setCurrentIndex(index)
        if self.stack.currentWidget() is self.review:
            self.review.show_form(self.collect(), self.capture.approved
                                  if self._wants_photo() else None)
        self._update_nav()
        self._focus_step()

    def _focus_step(self) -> None:
        """The cursor on the step's first field, or on Next (Enter goes on)."""
        step = self.stack.currentWidget()
        first = step.first_field() if isinstance(step, Step) else None
        (first or self.next_button).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter goes to the next step (saves on the review); not inside a text box or a
        table, where Enter has its own meaning."""
        from PySide6.QtWidgets import QApplication

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if isinstance(focus, QPlainTextEdit | QTextEdit | QTableWidget):
                super().keyPressEvent(event)
                return
            if self.next_button.isVisible() and self.next_button.isEnabled():
                self.next()
            event.accept()
            return
        super().keyPressEvent(event)

    def next(self) -> None:
        step = self.stack.currentWidget()
        if step is self.review:
            self.save()
            return
        if step is self.capture and self.capture.offers_photo():
            self.capture.approve()  # Next (or Enter) on the portrait shown: use this photo
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

    def retranslate(self) -> None:
        """The language changed (ui/language.py): the step header is made again."""
        self._update_nav()

    def _update_nav(self) -> None:
        index = self.current()
        done = self.stack.currentWidget() is self.done_page
        titles = [(i, s.title()) for i, s in enumerate(self.steps) if not s.collects_nothing()]
        titles.append((len(self.steps), self.tr("Card")))
        self.progress.setText(step_header(titles, index))
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

        def work() -> tuple[list[Any], dict[str, bytes], list[Any]]:
            candidates = face_gallery.search_analysis(station, analysis)  # both models
            numbers = [c.registration_number for c in candidates]
            may_view = allowed(actor.role, Permission.VIEW_RECORD)
            photos = portraits.photos_of(station, actor, numbers) if numbers and may_view \
                else {}
            return candidates, photos, recognise_candidates(station, actor, numbers)

        self.banner.show_message(self.tr("Looking for earlier registrations…"), "info")
        self.runner.submit(work, done=self._candidates_found, failed=self.banner.error,
                           owner=self)

    def _candidates_found(self, found: tuple[list[Any], dict[str, bytes], list[Any]]) -> None:
        candidates, photos, summaries = found
        self.candidates = candidates
        if not candidates:
            self.banner.show_message(self.tr("No earlier registration resembles this person."),
                                     "ok")
            return
        self.banner.hide()
        portrait = self.capture.approved.analysis.portrait_jpeg if self.capture.approved else b""
        self.alert = DuplicateAlert(portrait, candidates, photos, self, summaries)
        self.alert.open_record.connect(self._recognised)
        self.alert.open()

    def _recognised(self, number: str) -> None:
        """The officer recognised the person: open the existing record (the records page
        audits the view) and keep this enrolment as a draft, to continue as a new
        registration or discard explicitly."""
        self.draft_timer.stop()
        self.save_draft()
        self.kept_note.setText(self.tr("This enrolment is kept while you look at record %s. "
                                       "Continue it as a new registration, or discard it.")
                               % number)
        self.kept_bar.show()
        self.open_record.emit(number)
        workspace = getattr(self.window(), "workspace", None)
        records = workspace.open("records") if workspace is not None else None
        if records is not None and hasattr(records, "open_record"):
            records.open_record(number)

    def keep_going(self) -> None:
        """After looking at an existing record: this is another person, go on enrolling."""
        self.kept_bar.hide()
        self._focus_step()

    # -- save and card ---------------------------------------------------------------------------
    def save(self) -> None:
        station, actor = self.session.station, self.session.actor
        if station is None or actor is None:
            return
        form = self.collect()
        try:
            validate_form(form, self._today())
        except Exception as exc:  # a last check; the fields were checked as typed
            self.banner.error(error_text(exc))
            return
        photo = self.capture.approved if self._wants_photo() else None
        self.kept_bar.hide()
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
        wants_card = self.consent.purposes[ConsentPurpose.CARD].isChecked()
        held = result.duplicate_case is not None
        if held:
            self.done_note.setText(self.tr(
                "<h3>Registered as %s</h3><p>This person closely resembles an earlier "
                "registration. A supervisor will review the case (number %d); the card can be "
                "printed after the decision. Print the slip and give it to the person: it says "
                "what happens next and where to come back.</p>")
                % (result.registration_number, result.duplicate_case))
            self.print_card_button.setEnabled(False)
        elif wants_card:
            self.done_note.setText(self.tr("<h3>Registered as %s</h3><p>The card is being "
                                           "made: check it, then print it or save the PDF.</p>")
                                   % result.registration_number)
            self.print_card_button.setEnabled(True)
        else:
            self.done_note.setText(self.tr("<h3>Registered as %s</h3><p>No card was asked "
                                           "for. Print a slip as a receipt if the person wants "
                                           "one.</p>") % result.registration_number)
            self.print_card_button.setEnabled(False)
        self.slip_button.setText(self.tr("Print slip") if held else self.tr("Print receipt"))
        self.banner.show_message(self.tr("Saved."), "ok")
        self._clear_steps()  # the data is in the store now; nothing stays on the steps
        self.stack.setCurrentWidget(self.done_page)
        self._update_nav()
        (self.slip_button if held or not wants_card else self.next_person_button).setFocus()
        self.saved.emit(result)
        if wants_card and not held:
            self.make_card()  # the usual next click, done for the officer

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
                           % (card.card_number, local_date(card.expiry_date)),
                           f"{card.card_number}.pdf", numbers=[card.registration_number],
                           cards=[card.card_number])
        self.print_card_button.setEnabled(False)
        self.card.print_button.setFocus()

    def print_slip(self) -> None:
        """The acknowledgement slip (held for review) or a receipt (audited as a print)."""
        station, actor, result = self.session.station, self.session.actor, self.result
        if station is None or actor is None or result is None:
            return
        number = result.registration_number
        self.banner.show_message(self.tr("Making the slip…"), "info")
        self.runner.submit(lambda: slips.acknowledgement_slip(station, actor, number),
                           write=True, done=self._slip_made, failed=self.banner.error,
                           owner=self)

    def _slip_made(self, slip: Any) -> None:
        self.banner.show_message(self.tr("Slip for %s made: print it and give it to the "
                                         "person.") % slip.registration_number, "ok")
        self.card.show_pdf(slip.pdf, self.tr("Acknowledgement slip for %s")
                           % slip.registration_number, f"slip-{slip.registration_number}.pdf",
                           paper="a6", numbers=[slip.registration_number])
        self.card.print_button.setFocus()

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

    def _clear_steps(self) -> None:
        """Every step back to its defaults (the person's data leaves the screens)."""
        self.form = EnrolmentForm()
        for step in self.steps:
            step.load(self.form)
        self.capture.reset()
        self.review.clear()
        if self.alert is not None:
            self.alert.close()
            self.alert.deleteLater()
            self.alert = None
        self.candidates = []
        self.kept_bar.hide()
        self.draft_timer.stop()  # clearing is not an edit: no empty draft is saved

    def new_enrolment(self) -> None:
        """Start afresh; the previous person's data, card and slip leave the screens."""
        self.draft_timer.stop()
        self._clear_steps()
        self.result = None
        self.draft_id = None
        self.card.clear()
        self.done_note.clear()
        self.print_card_button.setEnabled(True)
        self.banner.hide()
        self.stack.setCurrentIndex(0)
        self._update_nav()
        self._focus_step()
