"""Reading and writing domain objects; encryption happens here, at the edge of the database.

A `Repository` wraps one open transaction. Services get one from `Store.transaction()`, do all
the writes of one user action through it, and the transaction commits or rolls back as a
whole: a killed process never leaves half an enrolment. Pure reads get one from
`Store.reading()` instead, which never takes the write lock.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from station.domain import audit as audit_chain
from station.domain.codec import bindings as bind
from station.domain.codec.case import candidates_from_json, candidates_to_json
from station.domain.codec.consent import consent_columns, consent_from_columns
from station.domain.codec.enrolment import enrolment_from_store, sealed_body, store_columns
from station.domain.model import (
    AuditEvent,
    Batch,
    Card,
    Consent,
    DuplicateCandidate,
    DuplicateCase,
    Enrolment,
    ErasedBiometrics,
    Operator,
    Photo,
    Template,
)
from station.domain.vocab import (
    CardStatus,
    CaseStatus,
    Channel,
    Decision,
    EnrolmentStatus,
    Role,
)
from station.errors import ConflictError, NotFound
from station.security.cipher import FieldCipher
from station.store import tables as t
from station.store.record_keys import RecordKeys
from station.store.rows import utc

AUDIT_ANCHOR = "audit_anchor"
TAMPER_FLAG = audit_chain.TAMPER_FLAG
DETAILS, BIOMETRICS = bind.DETAILS_KEY, bind.BIOMETRICS_KEY


# Templates with the registration number of their enrolment, and the enrolments whose faces the
# match gallery holds (a record held for review is searched too; cancelled and erased are not).
TEMPLATES_WITH_NUMBERS = t.templates.join(t.enrolments,
                                          t.enrolments.c.id == t.templates.c.enrolment_id)
IN_THE_GALLERY = t.enrolments.c.status.in_([EnrolmentStatus.ACTIVE.value,
                                            EnrolmentStatus.PENDING_REVIEW.value])


class Repository:
    def __init__(self, connection: Connection, cipher: FieldCipher | None, *,
                 writable: bool = True) -> None:
        self.connection = connection
        self._cipher = cipher
        #: False inside a read unit (`Store.reading()`): the database refuses writes there.
        self.writable = writable
        #: Seals and opens every personal blob under the person's record keys (this unit's).
        self.keys = RecordKeys(connection, lambda: self.cipher)

    @property
    def cipher(self) -> FieldCipher:
        if self._cipher is None:
            raise RuntimeError("the store is locked")
        return self._cipher

    # -- meta and sequences -------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        query = select(t.meta.c.value).where(t.meta.c.key == key)
        if self.writable:  # a lock for the read-modify-write of sequences; none when reading
            query = query.with_for_update()
        row = self.connection.execute(query).first()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        if self.get_meta(key) is None:
            self.connection.execute(insert(t.meta).values(key=key, value=value))
        else:
            self.connection.execute(update(t.meta).where(t.meta.c.key == key).values(value=value))

    def next_sequence(self, name: str) -> int:
        """Atomically take the next number of a per-station counter."""
        value = int(self.get_meta(f"seq:{name}") or "0") + 1
        self.set_meta(f"seq:{name}", str(value))
        return value

    # -- enrolments -----------------------------------------------------------------------
    def enrolment_id(self, registration_number: str) -> int:
        row = self.connection.execute(
            select(t.enrolments.c.id).where(
                t.enrolments.c.registration_number == registration_number)
        ).first()
        if row is None:
            raise NotFound("no enrolment with this registration number")
        return int(row[0])

    def _seal_enrolment(self, enrolment: Enrolment) -> bytes:
        number = enrolment.registration_number
        return self.keys.seal(number, DETAILS, sealed_body(enrolment), bind.enrolment(number))

    def add_enrolment(self, enrolment: Enrolment, age_band: str) -> int:
        exists = self.connection.execute(
            select(t.enrolments.c.id).where(
                t.enrolments.c.registration_number == enrolment.registration_number)
        ).first()
        if exists is not None:
            raise ConflictError("this registration number is already used")
        values = store_columns(enrolment, age_band)
        # The row first (the record key's row refers to its number), then the sealed details.
        result = self.connection.execute(insert(t.enrolments).values(**values, sealed=b""))
        enrolment_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        self.connection.execute(update(t.enrolments).where(t.enrolments.c.id == enrolment_id)
                                .values(sealed=self._seal_enrolment(enrolment)))
        self._write_consent(enrolment_id, enrolment.consent, new=True)
        return enrolment_id

    def update_enrolment(self, enrolment: Enrolment, age_band: str, *, changed_by: str,
                         changed_at: datetime, fields: list[str]) -> None:
        """Replace a record's details, keeping the previous version (encrypted) as history."""
        enrolment_id = self.enrolment_id(enrolment.registration_number)
        before = self.connection.execute(
            select(t.enrolments.c.sealed).where(t.enrolments.c.id == enrolment_id)).scalar_one()
        self.connection.execute(insert(t.record_history).values(
            enrolment_id=enrolment_id, changed_at=changed_at, changed_by=changed_by,
            fields=",".join(fields), sealed_before=before))
        values = store_columns(enrolment, age_band)
        values["sealed"] = self._seal_enrolment(enrolment)
        values["batch_sequence"] = None  # changed records go out again with the next batch
        values["acknowledged_at"] = None
        self.connection.execute(
            update(t.enrolments).where(t.enrolments.c.id == enrolment_id).values(**values))
        self._write_consent(enrolment_id, enrolment.consent, new=False)

    def set_status(self, registration_number: str, status: EnrolmentStatus, *,
                   merged_into: str = "", at: datetime | None = None) -> None:
        self.connection.execute(
            update(t.enrolments)
            .where(t.enrolments.c.registration_number == registration_number)
            .values(status=status.value, merged_into=merged_into, updated_at=at,
                    batch_sequence=None, acknowledged_at=None))

    def _write_consent(self, enrolment_id: int, consent: Consent, *, new: bool) -> None:
        values = consent_columns(consent)
        if new:
            self.connection.execute(insert(t.consents).values(enrolment_id=enrolment_id, **values))
        else:
            self.connection.execute(update(t.consents)
                                    .where(t.consents.c.enrolment_id == enrolment_id)
                                    .values(**values))

    def _enrolment_from_row(self, row: Any, consent_row: Any) -> Enrolment:
        number = row.registration_number
        plain = self.keys.open(number, DETAILS, row.sealed, bind.enrolment(number))
        return enrolment_from_store(row, plain, consent_from_columns(consent_row))

    def get_enrolment(self, registration_number: str) -> Enrolment:
        joined = t.enrolments.join(t.consents, t.consents.c.enrolment_id == t.enrolments.c.id)
        row = self.connection.execute(
            select(t.enrolments, *[c.label(f"consent_{c.name}") for c in t.consents.c])
            .select_from(joined)
            .where(t.enrolments.c.registration_number == registration_number)
        ).first()
        if row is None:
            raise NotFound("no enrolment with this registration number")
        return self._enrolment_from_row(row, _ConsentView(row))

    def iter_enrolments(self, *, statuses: tuple[EnrolmentStatus, ...] | None = None
                        ) -> Iterator[Enrolment]:
        joined = t.enrolments.join(t.consents, t.consents.c.enrolment_id == t.enrolments.c.id)
        query = (select(t.enrolments, *[c.label(f"consent_{c.name}") for c in t.consents.c])
                 .select_from(joined).order_by(t.enrolments.c.id))
        if statuses:
            query = query.where(t.enrolments.c.status.in_([s.value for s in statuses]))
        for row in self.connection.execute(query):
            yield self._enrolment_from_row(row, _ConsentView(row))

    def list_summaries(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Clear columns only: numbers, status, statistical fields. Decrypts nothing."""
        rows = self.connection.execute(
            select(t.enrolments.c.registration_number, t.enrolments.c.status,
                   t.enrolments.c.sex, t.enrolments.c.nationality, t.enrolments.c.age_band,
                   t.enrolments.c.created_at, t.enrolments.c.acknowledged_at)
            .order_by(t.enrolments.c.id).limit(limit).offset(offset))
        return [
            {"registration_number": r.registration_number, "status": r.status, "sex": r.sex,
             "nationality": r.nationality, "age_band": r.age_band,
             "created_at": utc(r.created_at),
             "synced": r.acknowledged_at is not None}
            for r in rows
        ]

    def count_enrolments(self) -> int:
        return int(self.connection.execute(select(func.count()).select_from(t.enrolments))
                   .scalar_one())

    # -- photos and templates ---------------------------------------------------------------
    def put_photo(self, photo: Photo) -> None:
        enrolment_id = self.enrolment_id(photo.registration_number)
        self.connection.execute(delete(t.photos).where(t.photos.c.enrolment_id == enrolment_id))
        number = photo.registration_number
        reason = (self.keys.seal(number, BIOMETRICS, photo.quality_override.encode(),
                                 bind.override_reason(number))
                  if photo.quality_override else None)
        self.connection.execute(insert(t.photos).values(
            enrolment_id=enrolment_id,
            sealed=self.keys.seal(number, BIOMETRICS, photo.jpeg, bind.photo(number)),
            source=photo.source, quality_passed=photo.quality_passed,
            overridden=bool(photo.quality_override), sealed_override_reason=reason,
            liveness_passed=photo.liveness_passed, captured_at=photo.captured_at))

    def get_photo(self, registration_number: str) -> Photo | None:
        enrolment_id = self.enrolment_id(registration_number)
        row = self.connection.execute(
            select(t.photos).where(t.photos.c.enrolment_id == enrolment_id)).first()
        if row is None:
            return None
        reason = (self.keys.open(registration_number, BIOMETRICS, row.sealed_override_reason,
                                 bind.override_reason(registration_number)).decode()
                  if row.sealed_override_reason else "")
        return Photo(registration_number,
                     self.keys.open(registration_number, BIOMETRICS, row.sealed,
                                    bind.photo(registration_number)),
                     row.source, row.quality_passed, reason, row.liveness_passed,
                     utc(row.captured_at))

    def put_template(self, template: Template) -> int:
        """Store the record's template of `template.model`, replacing that model's only."""
        enrolment_id = self.enrolment_id(template.registration_number)
        self.connection.execute(
            delete(t.templates).where(t.templates.c.enrolment_id == enrolment_id,
                                      t.templates.c.model == template.model))
        self.connection.execute(insert(t.templates).values(
            enrolment_id=enrolment_id,
            sealed=self.keys.seal(template.registration_number, BIOMETRICS, template.data,
                                  bind.template(template.registration_number, template.model)),
            model=template.model, model_version=template.model_version))
        return enrolment_id

    def get_template(self, registration_number: str,
                     model: str = bind.LEGACY_TEMPLATE_MODEL) -> Template | None:
        """The record's template of `model` (default: dlib's, the one every record has)."""
        row = self.connection.execute(
            select(t.templates.c.sealed, t.templates.c.model, t.templates.c.model_version)
            .where(t.templates.c.enrolment_id == self.enrolment_id(registration_number),
                   t.templates.c.model == model)).first()
        if row is None:
            return None
        return Template(registration_number,
                        self.keys.open(registration_number, BIOMETRICS, row.sealed,
                                       bind.template(registration_number, row.model)),
                        row.model, row.model_version)

    def get_templates(self, registration_number: str) -> list[Template]:
        """Every template of the record, one per model, dlib's first."""
        rows = self.connection.execute(
            select(t.templates.c.sealed, t.templates.c.model, t.templates.c.model_version)
            .where(t.templates.c.enrolment_id == self.enrolment_id(registration_number))
            .order_by((t.templates.c.model != bind.LEGACY_TEMPLATE_MODEL), t.templates.c.model))
        return [Template(registration_number,
                         self.keys.open(registration_number, BIOMETRICS, row.sealed,
                                        bind.template(registration_number, row.model)),
                         row.model, row.model_version) for row in rows]

    def iter_templates(self, model: str = bind.LEGACY_TEMPLATE_MODEL
                       ) -> Iterator[tuple[int, str, bytes]]:
        """(matcher key, registration number, template bytes of `model`) of every active
        enrolment."""
        self.keys.read_ahead(BIOMETRICS)  # one query for the whole gallery's keys
        rows = self.connection.execute(
            select(t.templates.c.enrolment_id, t.enrolments.c.registration_number,
                   t.templates.c.sealed)
            .select_from(TEMPLATES_WITH_NUMBERS)
            .where(t.templates.c.model == model, IN_THE_GALLERY))
        for enrolment_id, number, sealed in rows:
            yield (int(enrolment_id), number,
                   self.keys.open(number, BIOMETRICS, sealed, bind.template(number, model)))

    def template_keys(self, model: str = bind.LEGACY_TEMPLATE_MODEL) -> set[int]:
        """Matcher keys (enrolment ids) of every active enrolment with a template of `model`:
        what the in-memory gallery should hold (ids only, nothing decrypted)."""
        rows = self.connection.execute(
            select(t.templates.c.enrolment_id)
            .select_from(TEMPLATES_WITH_NUMBERS)
            .where(t.templates.c.model == model, IN_THE_GALLERY))
        return {int(key) for (key,) in rows}

    def templates_of_keys(self, keys: set[int], model: str = bind.LEGACY_TEMPLATE_MODEL
                          ) -> Iterator[tuple[int, str, bytes]]:
        """(matcher key, registration number, template bytes of `model`) for `keys`."""
        wanted = sorted(keys)
        for start in range(0, len(wanted), 500):
            rows = self.connection.execute(
                select(t.templates.c.enrolment_id, t.enrolments.c.registration_number,
                       t.templates.c.sealed)
                .select_from(TEMPLATES_WITH_NUMBERS)
                .where(t.templates.c.model == model,
                       t.templates.c.enrolment_id.in_(wanted[start:start + 500]))).all()
            self.keys.read_ahead(BIOMETRICS, (number for _, number, _ in rows))
            for enrolment_id, number, sealed in rows:
                yield (int(enrolment_id), number,
                       self.keys.open(number, BIOMETRICS, sealed, bind.template(number, model)))

    def template_versions(self) -> dict[tuple[str, str], int]:
        """{(model, model_version): number of stored templates} (what `reindex` reports)."""
        rows = self.connection.execute(
            select(t.templates.c.model, t.templates.c.model_version, func.count())
            .group_by(t.templates.c.model, t.templates.c.model_version))
        return {(str(m), str(v)): int(n) for m, v, n in rows}

    def photos_needing_template(self, model: str, model_version: str, after: int = 0,
                                limit: int = 100) -> list[tuple[int, str]]:
        """(enrolment id, registration number) of records with a photo but no template of
        `model` at `model_version`, in id order after `after` (a resumable walk)."""
        current = (select(t.templates.c.enrolment_id)
                   .where(t.templates.c.model == model,
                          t.templates.c.model_version == model_version))
        rows = self.connection.execute(
            select(t.enrolments.c.id, t.enrolments.c.registration_number)
            .select_from(t.photos.join(t.enrolments, t.enrolments.c.id == t.photos.c.enrolment_id))
            .where(t.enrolments.c.id > after, t.enrolments.c.id.not_in(current))
            .order_by(t.enrolments.c.id).limit(limit))
        return [(int(i), str(n)) for i, n in rows]

    def registration_numbers(self, enrolment_ids: list[int]) -> dict[int, str]:
        rows = self.connection.execute(
            select(t.enrolments.c.id, t.enrolments.c.registration_number)
            .where(t.enrolments.c.id.in_(enrolment_ids)))
        return {int(i): n for i, n in rows}

    def erase_biometrics(self, registration_number: str) -> ErasedBiometrics:
        """Delete the record's photo and templates and destroy its biometrics key (so no older
        copy of them opens); says what went (and the gallery key)."""
        enrolment_id = self.enrolment_id(registration_number)
        photos = self.connection.execute(
            delete(t.photos).where(t.photos.c.enrolment_id == enrolment_id)).rowcount
        templates = self.connection.execute(
            delete(t.templates).where(t.templates.c.enrolment_id == enrolment_id)).rowcount
        self.keys.destroy(registration_number, [BIOMETRICS])
        return ErasedBiometrics(registration_number, enrolment_id, photos, templates)

    # -- cards -------------------------------------------------------------------------------
    def add_card(self, card: Card) -> None:
        self.connection.execute(insert(t.cards).values(
            card_number=card.card_number,
            enrolment_id=self.enrolment_id(card.registration_number),
            issue_date=card.issue_date, expiry_date=card.expiry_date, status=card.status.value,
            print_count=card.print_count, revoked_at=card.revoked_at,
            revoke_reason=card.revoke_reason, replaced_by=card.replaced_by))

    def update_card(self, card: Card) -> None:
        self.connection.execute(update(t.cards).where(t.cards.c.card_number == card.card_number)
                                .values(status=card.status.value, print_count=card.print_count,
                                        revoked_at=card.revoked_at,
                                        revoke_reason=card.revoke_reason,
                                        replaced_by=card.replaced_by, batch_sequence=None))

    def _card_query(self) -> Any:
        return select(t.cards, t.enrolments.c.registration_number).select_from(
            t.cards.join(t.enrolments, t.enrolments.c.id == t.cards.c.enrolment_id))

    @staticmethod
    def _card_from_row(row: Any) -> Card:
        return Card(row.card_number, row.registration_number, row.issue_date, row.expiry_date,
                    CardStatus(row.status), row.print_count, utc(row.revoked_at),
                    row.revoke_reason, row.replaced_by)

    def get_card(self, card_number: str) -> Card:
        row = self.connection.execute(
            self._card_query().where(t.cards.c.card_number == card_number)).first()
        if row is None:
            raise NotFound("no card with this number")
        return self._card_from_row(row)

    def cards_of(self, registration_number: str) -> list[Card]:
        rows = self.connection.execute(
            self._card_query().where(t.enrolments.c.registration_number == registration_number)
            .order_by(t.cards.c.id))
        return [self._card_from_row(r) for r in rows]

    def all_cards(self) -> list[Card]:
        return [self._card_from_row(r)
                for r in self.connection.execute(self._card_query().order_by(t.cards.c.id))]

    # -- duplicate cases ---------------------------------------------------------------------
    def add_case(self, registration_number: str, candidates: tuple[DuplicateCandidate, ...],
                 opened_at: datetime) -> int:
        result = self.connection.execute(insert(t.duplicate_cases).values(
            enrolment_id=self.enrolment_id(registration_number),
            candidates=candidates_to_json(candidates),
            opened_at=opened_at, status=CaseStatus.OPEN.value, decided_by=""))
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def _case_from_row(self, row: Any) -> DuplicateCase:
        reason = (self.keys.open(row.registration_number, DETAILS, row.sealed_reason,
                                 bind.case_reason(row.id)).decode()
                  if row.sealed_reason else "")
        return DuplicateCase(
            case_id=row.id, registration_number=row.registration_number,
            candidates=candidates_from_json(row.candidates),
            opened_at=utc(row.opened_at),
            status=CaseStatus(row.status),
            decision=Decision(row.decision) if row.decision else None,
            reason=reason, decided_by=row.decided_by, decided_at=utc(row.decided_at))

    def _case_query(self) -> Any:
        return select(t.duplicate_cases, t.enrolments.c.registration_number).select_from(
            t.duplicate_cases.join(t.enrolments,
                                   t.enrolments.c.id == t.duplicate_cases.c.enrolment_id))

    def get_case(self, case_id: int) -> DuplicateCase:
        row = self.connection.execute(
            self._case_query().where(t.duplicate_cases.c.id == case_id)).first()
        if row is None:
            raise NotFound("no duplicate case with this number")
        return self._case_from_row(row)

    def list_cases(self, statuses: tuple[CaseStatus, ...]) -> list[DuplicateCase]:
        rows = self.connection.execute(
            self._case_query().where(t.duplicate_cases.c.status.in_([s.value for s in statuses]))
            .order_by(t.duplicate_cases.c.id))
        return [self._case_from_row(r) for r in rows]

    def open_cases_of(self, registration_number: str) -> list[DuplicateCase]:
        return [c for c in self.list_cases((CaseStatus.OPEN, CaseStatus.NEEDS_INFO))
                if c.registration_number == registration_number]

    def update_case(self, case: DuplicateCase) -> None:
        self.connection.execute(
            update(t.duplicate_cases).where(t.duplicate_cases.c.id == case.case_id).values(
                status=case.status.value,
                decision=case.decision.value if case.decision else None,
                sealed_reason=self.keys.seal(case.registration_number, DETAILS,
                                             case.reason.encode(),
                                             bind.case_reason(case.case_id)),
                decided_by=case.decided_by, decided_at=case.decided_at, batch_sequence=None))

    # -- operators ---------------------------------------------------------------------------
    def add_operator(self, operator: Operator, created_at: datetime) -> None:
        if self.find_operator(operator.username) is not None:
            raise ConflictError("an operator with this user name exists already", field="username")
        self.connection.execute(insert(t.operators).values(
            username=operator.username, role=operator.role.value,
            password_hash=operator.password_hash, active=operator.active,
            failed_attempts=0, locked_until=None, locked_by=operator.locked_by,
            created_at=created_at,
            mac=self._operator_mac(replace(operator, failed_attempts=0, locked_until=None))))

    def find_operator(self, username: str) -> Operator | None:
        """In a write unit the account's row stays locked until commit (PostgreSQL), so a
        read-modify-write of it (a failed log-in counted) is never lost to another."""
        query = select(t.operators).where(t.operators.c.username == username)
        if self.writable:
            query = query.with_for_update()
        row = self.connection.execute(query).first()
        if row is None:
            return None
        return Operator(row.username, Role(row.role), row.password_hash, row.active,
                        row.failed_attempts, utc(row.locked_until), row.locked_by)

    def save_operator(self, operator: Operator) -> None:
        self.connection.execute(update(t.operators)
                                .where(t.operators.c.username == operator.username)
                                .values(role=operator.role.value,
                                        password_hash=operator.password_hash,
                                        active=operator.active,
                                        failed_attempts=operator.failed_attempts,
                                        locked_until=operator.locked_until,
                                        locked_by=operator.locked_by,
                                        mac=self._operator_mac(operator)))

    def _operator_mac(self, operator: Operator) -> str:
        return self.cipher.mac("operator", operator_fields(operator)) if self.cipher else ""

    def operator_sealed(self, operator: Operator) -> bool:
        """The account's row carries the MAC of `operator` as read (whole, from
        `find_operator`): a row edited in the file by hand (a role, a lock) does not."""
        row = self.connection.execute(select(t.operators.c.mac).where(
            t.operators.c.username == operator.username)).first()
        return (row is not None and self.cipher is not None
                and self.cipher.mac_ok("operator", operator_fields(operator), row.mac))

    def seal_operators(self) -> int:
        """Give every account's row its MAC (a store of a version without them); returns how
        many rows were sealed."""
        names = [r.username for r in self.connection.execute(select(t.operators.c.username))]
        for name in names:
            operator = self.find_operator(name)
            assert operator is not None
            self.save_operator(operator)
        return len(names)

    def list_operators(self) -> list[Operator]:
        """In a write unit every account's row stays locked until commit (PostgreSQL; in name
        order), so a rule over all accounts (the last admin) holds against a change at once."""
        query = select(t.operators).order_by(t.operators.c.username)
        if self.writable:
            query = query.with_for_update()
        rows = self.connection.execute(query)
        return [Operator(r.username, Role(r.role), "", r.active, r.failed_attempts,
                         utc(r.locked_until), r.locked_by) for r in rows]

    # -- audit ---------------------------------------------------------------------------------
    def append_audit(self, actor: str, action: str, subject: str, details: dict[str, object],
                     at: datetime) -> AuditEvent:
        key = self.cipher.subkey("audit")
        anchor = self.audit_anchor()
        sequence, previous = (0, audit_chain.GENESIS)
        if anchor:
            sequence, previous, mac = anchor
            if not hmac.compare_digest(audit_chain.anchor_mac(key, sequence, previous), mac):
                # Someone moved the anchor (to hide deleted events): say so inside the chain,
                # where it cannot be removed without breaking the chain.
                details = {**details, TAMPER_FLAG: True}
        last = self.last_audit_event()
        if last is not None and (anchor is None or last[0] > sequence):
            # The anchor was deleted or put back to an earlier event: go on after the newest
            # event (a number taken twice would refuse every write, log-ins included) and
            # record the tampering inside the chain.
            sequence, previous = last
            details = {**details, TAMPER_FLAG: True}
        event = audit_chain.seal_event(key, sequence + 1, at, actor, action, subject, details,
                                       previous)
        self.connection.execute(insert(t.audit_events).values(
            sequence=event.sequence, at=event.at, actor=actor, action=action, subject=subject,
            details=json.dumps(details, sort_keys=True, default=str),
            previous_hash=event.previous_hash, hash=event.hash))
        mac = audit_chain.anchor_mac(key, event.sequence, event.hash)
        self.set_meta(AUDIT_ANCHOR, f"{event.sequence}:{event.hash}:{mac}")
        return event

    def last_audit_event(self) -> tuple[int, str] | None:
        """(sequence, hash) of the event with the highest sequence, None when there is none."""
        row = self.connection.execute(
            select(t.audit_events.c.sequence, t.audit_events.c.hash)
            .order_by(t.audit_events.c.sequence.desc()).limit(1)).first()
        return None if row is None else (int(row[0]), str(row[1]))

    def audit_tampered(self) -> bool:
        """True when the anchor is missing or behind the newest event (it was deleted or put
        back), or an event records that it had been altered."""
        anchor, last = self.audit_anchor(), self.last_audit_event()
        if last is not None and (anchor is None or anchor[0] < last[0]):
            return True
        return bool(self.connection.execute(
            select(t.audit_events.c.sequence)
            .where(t.audit_events.c.details.like(f'%"{TAMPER_FLAG}": true%')).limit(1)).first())

    def audit_anchor(self) -> tuple[int, str, str] | None:
        anchor = self.get_meta(AUDIT_ANCHOR)
        if not anchor:
            return None
        number, digest, mac = [*anchor.split(":"), "", ""][:3]
        return int(number), digest, mac

    def iter_audit(self) -> Iterator[AuditEvent]:
        """Events in physical (rowid) order on SQLite, so a reorder of rows is visible too."""
        for row in self.connection.execute(select(t.audit_events)):
            yield AuditEvent(row.sequence, utc(row.at), row.actor,
                             row.action, row.subject, json.loads(row.details),
                             row.previous_hash, row.hash)

    # -- batches -------------------------------------------------------------------------------
    def add_batch(self, batch: Batch) -> None:
        self.connection.execute(insert(t.batches).values(
            sequence=batch.sequence, created_at=batch.created_at,
            record_count=batch.record_count, sha256=batch.sha256,
            previous_hash=batch.previous_hash, file_name=batch.file_name))

    def list_batches(self) -> list[Batch]:
        rows = self.connection.execute(select(t.batches).order_by(t.batches.c.sequence))
        return [Batch(r.sequence, utc(r.created_at), r.record_count,
                      r.sha256, r.previous_hash, r.file_name, utc(r.acknowledged_at))
                for r in rows]


class _ConsentView:
    """Exposes the `consent_*` labelled columns of a joined row under their own names."""

    def __init__(self, row: Any) -> None:
        self._row = row

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, f"consent_{name}")


def with_status(enrolment: Enrolment, status: EnrolmentStatus) -> Enrolment:
    return replace(enrolment, status=status)


__all__ = ["Channel", "Repository", "with_status"]


def operator_fields(operator: Operator) -> list[str]:
    """What an operator row's MAC covers: name, role, active, password hash, lock fields."""
    until = utc(operator.locked_until)
    return [operator.username, operator.role.value, "1" if operator.active else "0",
            operator.password_hash, str(operator.failed_attempts),
            until.isoformat() if until else "", operator.locked_by]
