"""EnrolPerson: validate, check the photo, search for duplicates, store, audit. One transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from station.domain.codec.case import candidate_to_dict
from station.domain.groups import age_band
from station.domain.model import BirthDate, DuplicateCandidate, Enrolment, Photo, Template
from station.domain.regno import MAX_SEQUENCE, make_registration_number
from station.domain.roles import Permission, allowed
from station.domain.vocab import ConsentPurpose, EnrolmentStatus
from station.errors import ConflictError, ValidationError
from station.services import face_gallery, photo_checks
from station.services.context import Actor, Station
from station.services.forms import EnrolmentForm, validate_form
from station.services.minimisation import check_form


@dataclass
class PhotoInput:
    """`liveness_passed`: True (blink seen), False (asked for, not seen) or None (not checked:
    an imported photo, or still pictures such as a folder of photos, where no blink can be
    asked for). It is kept on the photo row beside the quality override, and in the audit."""

    data: bytes
    live: bool = False
    liveness_passed: bool | None = None
    quality_override: str = ""
    analysis: Any = None  # a biometrics.PhotoAnalysis already made (the wizard has one)

    @property
    def liveness(self) -> str:
        """The liveness fact recorded with the enrolment."""
        if self.liveness_passed is None:
            return "not-checked"
        return "passed" if self.liveness_passed else "failed"


@dataclass(frozen=True)
class CandidateSummary:
    """What lets an officer recognise an earlier registration in the duplicate alert."""

    registration_number: str
    name: str
    birth_date: BirthDate
    nationality: str  # a code; the window shows the country's name
    site: str  # the site's name as printed when it is this station's site
    registered_at: datetime
    status: EnrolmentStatus


def recognise_candidates(station: Station, actor: Actor, numbers: list[str]
                         ) -> list[CandidateSummary]:
    """Name, birth date, nationality, and where and when each candidate was registered, for
    operators allowed to view records (others get none); each record shown is audited as a
    view."""
    if not numbers or not allowed(actor.role, Permission.VIEW_RECORD):
        return []
    found = []
    with station.store.reading() as repo:
        for number in numbers:
            enrolment = repo.get_enrolment(number)
            name = enrolment.personal.name
            site = station.config.site_name if enrolment.site == station.config.site \
                and station.config.site_name else enrolment.site
            found.append(CandidateSummary(
                number, " ".join(p for p in (name.given, name.other, name.family) if p),
                enrolment.personal.birth_date, enrolment.nationality, site,
                enrolment.created_at, enrolment.status))
    with station.store.transaction() as repo:  # one view event per record shown
        for summary in found:
            repo.append_audit(actor.username, "view-record", summary.registration_number,
                              {"context": "duplicate-alert"}, station.now())
    return found


@dataclass
class EnrolResult:
    registration_number: str
    status: EnrolmentStatus
    duplicate_case: int | None = None
    candidates: list[DuplicateCandidate] = field(default_factory=list)
    quality: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "registration_number": self.registration_number,
            "status": self.status.value,
            "duplicate_case": self.duplicate_case,
            "candidates": [candidate_to_dict(c) for c in self.candidates],
            "quality": self.quality,
        }


def checked_sequence(sequence: int, what: str = "registration") -> int:
    """`sequence` when the number format holds it, else a clear refusal (nothing is written)."""
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise ConflictError(f"this station's {what} counter is at {sequence:,}, beyond the "
                            f"{MAX_SEQUENCE:,} numbers a station code holds: nothing was saved; "
                            "ask the registry for a new station code")
    return sequence


def enrol(station: Station, actor: Actor, form: EnrolmentForm,
          photo: PhotoInput | None = None) -> EnrolResult:
    actor.require(Permission.ENROL)
    check_form(station.config.collected_fields, form)  # minimum data: only what is collected
    now = station.now()
    valid = validate_form(form, now.date())
    consent = valid.consent(form, actor.username, now, station.config.consent_text_version)
    analysis = None
    candidates: list[DuplicateCandidate] = []
    if photo is not None:
        if ConsentPurpose.BIOMETRICS not in consent.purposes:
            raise ValidationError("a photo needs consent to biometrics", field="consent")
        analysis = photo.analysis or photo_checks.analyse_photo(photo.data, live=photo.live)
        photo_checks.require_acceptable(analysis, photo.quality_override)
        if analysis.template is not None:
            candidates = face_gallery.search_analysis(station, analysis)
    with station.store.transaction() as repo:
        number = make_registration_number(station.code,
                                          checked_sequence(repo.next_sequence("enrolment")))
        if analysis is not None and analysis.template is not None \
                and face_gallery.catch_up(station, repo):
            # Another process (or window) stored templates since this one's gallery was
            # loaded: search again, now under the write lock (taken above, on SQLite by BEGIN
            # IMMEDIATE, on PostgreSQL by the counter row), so two enrolments of one new face
            # at the same moment cannot both miss each other.
            candidates = face_gallery.search_analysis(station, analysis)
        suspected = [c for c in candidates if c.band == "match"]
        enrolment = Enrolment(
            registration_number=number, site=station.config.site,
            station=station.config.station, personal=valid.personal, sex=valid.sex,
            nationality=valid.nationality, consent=consent, created_at=now,
            created_by=actor.username, location=valid.location, languages=valid.languages,
            local_language=valid.local_language, arrival_date=valid.arrival_date,
            vulnerabilities=valid.vulnerabilities, needs=valid.needs,
            status=EnrolmentStatus.PENDING_REVIEW if suspected else EnrolmentStatus.ACTIVE)
        repo.add_enrolment(enrolment, age_band(valid.personal.birth_date, now.date()))
        key = None
        if analysis is not None and photo is not None:
            repo.put_photo(Photo(number, analysis.portrait_jpeg,
                                 "live" if photo.live else "imported",
                                 analysis.report.passed, photo.quality_override.strip(),
                                 photo.liveness_passed, now))
            if analysis.template is not None:
                for template in analysis.templates:  # dlib's first: its row is the gallery key
                    stored = repo.put_template(Template(number, template.to_bytes(),
                                                        template.model, template.model_version))
                    key = stored if key is None else key
        case_id = repo.add_case(number, tuple(suspected), now) if suspected else None
        repo.append_audit(actor.username, "enrol", number,
                          {"photo": photo is not None, "duplicate_case": case_id,
                           "quality_override": bool(photo and photo.quality_override.strip()),
                           "liveness": photo.liveness if photo is not None else None},
                          now)
    if key is not None and analysis is not None:
        sface = analysis.sface_template
        face_gallery.remember(station, key, number, analysis.template.vector,
                              None if sface is None else sface.vector)
    return EnrolResult(number, enrolment.status, case_id, candidates,
                       analysis.report.to_dict() if analysis is not None else None)
