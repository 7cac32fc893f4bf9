"""The schema of a batch's decrypted contents (sync/FORMAT.md section 1, "Records"), checked
field by field before anything is stored.

`check_cbor_shape` walks the decrypted CBOR before it is decoded (no tags, so no cycles, bignums
or dates; bounded size and depth); `payload_from_documents` checks the documents' structure;
`check_payload` takes those records, which a station signed but which may be anything (wrong
types, missing fields, over-long values, bad dates, duplicates), and returns a `BatchPayload`
of plain values whose every field has its documented type and fits its limit
(station/domain/limits.py, the definition the station's own validation uses), with absent
values made explicit (the absent-value rule of FORMAT.md: a missing or null optional text is
"", a missing or null optional date or number is None). The first problem raises
`RecordRefused` naming the record (its number, or its kind and position) and the field, never
a value: values are personal data.

The station uses `check_enrolment` too, before it seals, so a record the registry would refuse
never leaves the station.
"""

from __future__ import annotations

import math
import re
import struct
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from station.domain import limits
from station.domain.regno import CARD_PREFIX, NumberError, parse_number
from station.domain.vocab import (
    CardStatus,
    CaseStatus,
    Channel,
    ConsentPurpose,
    Decision,
    EnrolmentStatus,
    Need,
    Proficiency,
    Sex,
    Vulnerability,
)
from sync.batch import RECORD_KINDS, BatchPayload
from sync.errors import BatchRejected

MAX_ITEMS = {"enrolments": limits.BATCH_ENROLMENTS, "cards": limits.BATCH_CARDS,
             "duplicate_decisions": limits.BATCH_CASES,
             "consent_withdrawals": limits.BATCH_WITHDRAWALS, "media": limits.BATCH_ENROLMENTS}
AGE_BANDS = ("", "unknown", "0-4", "5-11", "12-17", "18-24", "25-59", "60+")
MAX_INT = 2**31 - 1  # what an Integer column holds
FIRST_YEAR, LAST_YEAR = 1900, 2200  # dates and times (an erased birth date is the year 0000)
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_NATIONALITY = re.compile(r"^[A-Z]{3}$")
_MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^[0-9]{4}$")
_TEMPLATE_DIM = 128
_FIELD_NAME = re.compile(r"^[a-z_]{1,40}$")
_BAND = re.compile(rf"^[a-z][a-z-]{{0,{limits.CASE_BAND - 1}}}$")
# The decoded CBOR of one batch: at most this many items (a record of 5,000 has about 150) and
# this deep (records > list > record > personal > list > person > field is 7).
MAX_CBOR_ITEMS = 2_000_000
MAX_CBOR_DEPTH = 16

KIND_NAMES = {"enrolments": "enrolment", "cards": "card", "duplicate_decisions": "decision",
              "consent_withdrawals": "consent withdrawal", "media": "media item"}


class RecordRefused(BatchRejected):
    """A record (or the contents as a whole) does not follow the batch schema.

    `record` is the registration number (card number, case id) when it could be read, else
    `<kind> <position>`; `field` the field's name; `code` what is wrong with it (`missing`,
    `too-long` or `too-many` with its `limit`, `control-characters`, else `invalid`), for a
    program to say it in other words than the English `problem`."""

    def __init__(self, problem: str, *, record: str = "", field: str = "",
                 reason: str = "invalid-record", code: str = "invalid",
                 limit: int | None = None) -> None:
        message = f"record {record}: {problem}" if record else problem
        super().__init__(message, reason=reason)
        self.record, self.field, self.problem = record, field, problem
        self.code, self.limit = code, limit


class _Record:
    """Reads the fields of one record map, each check naming the record and the field."""

    def __init__(self, data: Any, label: str, path: str = "") -> None:
        if not isinstance(data, dict):
            raise RecordRefused(f"{label} is not a map", reason="invalid-content")
        if any(not isinstance(key, str) for key in data):
            raise RecordRefused(f"{label} has a key that is not text", reason="invalid-content")
        self.data, self.label, self.path = data, label, path
        self.used: set[str] = set()

    def refuse(self, name: str, problem: str, code: str = "invalid",
               limit: int | None = None) -> RecordRefused:
        field = self.path + name
        return RecordRefused(f"the {field} {problem}", record=self.label, field=field,
                             code=code, limit=limit)

    def raw(self, name: str, *, required: bool = True) -> Any:
        self.used.add(name)
        if name not in self.data:
            if required:
                raise self.refuse(name, "is missing", "missing")
            return None
        return self.data[name]

    def text(self, name: str, limit: int, *, required: bool = False,
             multiline: bool = False) -> str:
        value = self.raw(name, required=required)
        if value is None:
            if required:
                raise self.refuse(name, "is missing", "missing")
            return ""
        if not isinstance(value, str):
            raise self.refuse(name, "is not text")
        if len(value) > limit:
            raise self.refuse(name, f"is longer than {limit} characters", "too-long", limit)
        allowed = "\n\t" if multiline else ""
        if any((ord(ch) < 32 or ord(ch) == 127) and ch not in allowed for ch in value):
            raise self.refuse(name, "contains control characters", "control-characters")
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
            raise self.refuse(name, "is not valid Unicode")
        return value

    def choice(self, name: str, vocabulary: type[StrEnum] | tuple[str, ...], *,
               required: bool = True) -> str | None:
        value = self.raw(name, required=required)
        if value is None and not required:
            return None
        allowed = (tuple(str(m.value) for m in vocabulary)
                   if isinstance(vocabulary, type) else vocabulary)
        if not isinstance(value, str) or value not in allowed:
            raise self.refuse(name, "is not one of the documented values")
        return value

    def choices(self, name: str, vocabulary: type[StrEnum], limit: int) -> list[str]:
        items = self.items(name, limit)
        allowed = {str(m.value) for m in vocabulary}
        if any(not isinstance(item, str) or item not in allowed for item in items):
            raise self.refuse(name, "holds a value that is not one of the documented values")
        if len(set(items)) != len(items):
            raise self.refuse(name, "holds a value twice")
        return list(items)

    def items(self, name: str, limit: int) -> list[Any]:
        value = self.raw(name, required=False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.refuse(name, "is not a list")
        if len(value) > limit:
            raise self.refuse(name, f"has more than {limit} items", "too-many", limit)
        return value

    def integer(self, name: str, low: int, high: int, *, required: bool = True) -> int | None:
        value = self.raw(name, required=required)
        if value is None and not required:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.refuse(name, "is not a whole number")
        if not low <= value <= high:
            raise self.refuse(name, f"is outside {low}..{high}")
        return value

    def flag(self, name: str, *, nullable: bool = False) -> bool | None:
        value = self.raw(name, required=not nullable)
        if value is None and nullable:
            return None
        if not isinstance(value, bool):
            raise self.refuse(name, "is not true or false")
        return value

    def moment(self, name: str, *, required: bool = False) -> str | None:
        """An ISO 8601 date and time; None when absent (and allowed to be)."""
        value = self.raw(name, required=required)
        if value is None or value == "":
            if required:
                raise self.refuse(name, "is missing", "missing")
            return None
        if not isinstance(value, str) or len(value) > 40:
            raise self.refuse(name, "is not a date and time")
        try:
            year = datetime.fromisoformat(value).year
        except ValueError:
            raise self.refuse(name, "is not a real date and time (ISO 8601)") from None
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise self.refuse(name, f"is outside the years {FIRST_YEAR} to {LAST_YEAR}")
        return value

    def day(self, name: str, *, required: bool = False) -> str | None:
        value = self.raw(name, required=required)
        if value is None or value == "":
            if required:
                raise self.refuse(name, "is missing", "missing")
            return None
        if not isinstance(value, str) or len(value) != 10:
            raise self.refuse(name, "is not a date written YYYY-MM-DD")
        try:
            year = date.fromisoformat(value).year
        except ValueError:
            raise self.refuse(name, "is not a real date written YYYY-MM-DD") from None
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise self.refuse(name, f"is outside the years {FIRST_YEAR} to {LAST_YEAR}")
        return value

    def number(self, name: str, *, prefix: str = "", required: bool = True) -> str:
        value = self.text(name, 24, required=required)
        if value:
            try:
                parse_number(value, prefix=prefix)
            except NumberError:
                raise self.refuse(name, "is not a valid number") from None
        return value

    def binary(self, name: str, limit: int) -> bytes:
        value = self.raw(name)
        if not isinstance(value, bytes):
            raise self.refuse(name, "is not binary data")
        if len(value) > limit:
            raise self.refuse(name, f"is larger than {limit} bytes")
        return value

    def sub(self, name: str, *, nullable: bool = False) -> _Record | None:
        value = self.raw(name, required=not nullable)
        if value is None and nullable:
            return None
        if not isinstance(value, dict):
            raise self.refuse(name, "is not a map")
        return _Record(value, self.label, f"{self.path}{name}.")

    def done(self) -> None:
        """No field beyond the documented ones (an unknown field would be stored unchecked)."""
        extra = sorted(set(self.data) - self.used)
        if extra:
            name = extra[0] if _FIELD_NAME.match(extra[0]) else "record"
            raise self.refuse(name, "holds a field that is not documented" if name == "record"
                              else "is not a documented field")


def _label(kind: str, index: int, data: Any, key: str) -> str:
    """The record's number when it is one (numbers are not personal data), else its place."""
    value = data.get(key) if isinstance(data, dict) else None
    if isinstance(value, str) and len(value) <= 24:
        try:
            parse_number(value, prefix=CARD_PREFIX if key == "card_number" else "")
            return value
        except NumberError:
            pass
    if key == "case_id" and isinstance(value, int) and not isinstance(value, bool) \
            and 0 < value <= MAX_INT:
        return f"case {value}"
    return f"{KIND_NAMES[kind]} {index + 1}"


# -- the record kinds --------------------------------------------------------------------------
def _related(parent: _Record, name: str) -> list[dict[str, Any]]:
    people = []
    for position, item in enumerate(parent.items(name, limits.RELATED_PEOPLE), start=1):
        person = _Record(item, parent.label, f"{parent.path}{name}[{position}].")
        people.append({
            "name": person.text("name", limits.NAME),
            "relationship": person.text("relationship", limits.RELATIONSHIP),
            "phone": person.text("phone", limits.PHONE),
            "birth_year": person.integer("birth_year", 0, 9999, required=False),
            "registration_number": person.number("registration_number", required=False)})
        person.done()
    return people


def _personal(record: _Record) -> dict[str, Any]:
    personal = record.sub("personal")
    assert personal is not None
    name = personal.sub("name")
    assert name is not None
    names = {key: name.text(key, limits.NAME) for key in
             ("given", "family", "other", "given_latin", "family_latin", "other_latin")}
    name.done()
    birth = personal.text("birth_date", 10)
    if birth and not _YEAR.match(birth):
        personal.day("birth_date")
    contact = personal.sub("contact")
    assert contact is not None
    contacts = {"phone": contact.text("phone", limits.PHONE),
                "email": contact.text("email", limits.EMAIL),
                "preferred_channel": contact.choice("preferred_channel", Channel,
                                                    required=False) or Channel.NONE.value}
    contact.done()
    documents = []
    for position, item in enumerate(personal.items("documents", limits.DOCUMENTS), start=1):
        doc = _Record(item, record.label, f"personal.documents[{position}].")
        documents.append({"kind": doc.text("kind", limits.DOCUMENT_KIND),
                          "number": doc.text("number", limits.DOCUMENT_NUMBER),
                          "issuing_country": doc.text("issuing_country", 3),
                          "expiry": doc.day("expiry")})
        doc.done()
    result = {
        "name": names, "birth_date": birth,
        "birth_date_estimated": bool(personal.flag("birth_date_estimated", nullable=True)),
        "contact": contacts, "place": personal.text("place", limits.PLACE),
        "emergency_contacts": _related(personal, "emergency_contacts"),
        "family_contacts": _related(personal, "family_contacts"),
        "dependants": _related(personal, "dependants"),
        "documents": documents,
        "notes": personal.text("notes", limits.NOTES, multiline=True)}
    personal.done()
    return result


def _withdrawal(item: _Record) -> dict[str, Any]:
    return {"purpose": item.choice("purpose", ConsentPurpose), "at": item.moment("at",
                                                                                required=True)}


def _consent(record: _Record) -> dict[str, Any]:
    consent = record.sub("consent")
    assert consent is not None
    withdrawn = []
    for position, item in enumerate(consent.items("withdrawn", len(ConsentPurpose)), start=1):
        entry = _Record(item, record.label, f"consent.withdrawn[{position}].")
        withdrawn.append(_withdrawal(entry))
        entry.done()
    result = {"text_version": consent.text(
                  "text_version", limits.CONSENT_TEXT_VERSION, required=True),
              "language": consent.text("language", limits.CONSENT_LANGUAGE, required=True),
              "purposes": consent.choices("purposes", ConsentPurpose, len(ConsentPurpose)),
              "active_purposes": consent.choices("active_purposes", ConsentPurpose,
                                                 len(ConsentPurpose)),
              "given_at": consent.moment("given_at", required=True),
              "recorded_by": consent.text("recorded_by", limits.OPERATOR),
              "withdrawn": withdrawn}
    consent.done()
    return result


def check_enrolment(data: Any, label: str = "enrolment 1") -> dict[str, Any]:
    """One enrolment record, checked and with absent values made explicit."""
    record = _Record(data, label)
    languages = record.items("languages", limits.LANGUAGES)
    if any(not isinstance(code, str) or not _LANGUAGE.match(code) for code in languages):
        raise record.refuse("languages", "holds a value that is not an ISO 639 code")
    nationality = record.text("nationality", 3, required=True)
    if not _NATIONALITY.match(nationality):
        raise record.refuse("nationality", "is not a three-letter code")
    arrival_month = record.text("arrival_month", 7)
    if arrival_month and not _MONTH.match(arrival_month):
        raise record.refuse("arrival_month", "is not a month written YYYY-MM")
    result = {
        "registration_number": record.number("registration_number"),
        "site": record.text("site", 5, required=True),
        "station": record.text("station", 3, required=True),
        "status": record.choice("status", EnrolmentStatus), "sex": record.choice("sex", Sex),
        "nationality": nationality, "age_band": record.choice("age_band", AGE_BANDS),
        **{name: record.text(name, limit) for name, limit in limits.CLEAR_TEXT.items()},
        "arrival_month": arrival_month, "languages": list(languages),
        "local_language": record.choice("local_language", Proficiency),
        "preferred_channel": record.choice("preferred_channel", Channel),
        "vulnerabilities": record.choices("vulnerabilities", Vulnerability,
                                          len(Vulnerability)),
        "needs": record.choices("needs", Need, len(Need)),
        "created_at": record.moment("created_at", required=True),
        "created_by": record.text("created_by", limits.OPERATOR),
        "updated_at": record.moment("updated_at"),
        "merged_into": record.number("merged_into", required=False),
        "personal": _personal(record), "arrival_date": record.day("arrival_date"),
        "consent": _consent(record)}
    record.done()
    return result


def _card(data: Any, label: str) -> dict[str, Any]:
    record = _Record(data, label)
    result = {"card_number": record.number("card_number", prefix=CARD_PREFIX),
              "registration_number": record.number("registration_number"),
              "issue_date": record.day("issue_date", required=True),
              "expiry_date": record.day("expiry_date", required=True),
              "status": record.choice("status", CardStatus),
              "print_count": record.integer("print_count", 0, 100_000),
              "revoked_at": record.moment("revoked_at"),
              "revoke_reason": record.text("revoke_reason", limits.REVOKE_REASON),
              "replaced_by": record.number("replaced_by", prefix=CARD_PREFIX, required=False)}
    record.done()
    return result


def _candidate(record: _Record, position: int, item: Any) -> list[Any]:
    where = f"candidates[{position}]"
    if not isinstance(item, list) or len(item) != 3:
        raise record.refuse(where, "is not [number, distance, band]")
    number, distance, band = item
    try:
        if not isinstance(number, str) or len(number) > 24:
            raise NumberError("not text")
        parse_number(number)
    except NumberError:
        raise record.refuse(where, "does not hold a valid registration number") from None
    if distance is not None and (isinstance(distance, bool)
                                 or not isinstance(distance, int | float)
                                 or not math.isfinite(distance) or not 0 <= distance <= 100):
        raise record.refuse(where, "holds a distance that is not a number from 0 to 100")
    if not isinstance(band, str) or not _BAND.match(band):
        raise record.refuse(where, "holds a band that is not a short code")
    return [number, None if distance is None else float(distance), band]


def _case(data: Any, label: str) -> dict[str, Any]:
    record = _Record(data, label)
    candidates = [_candidate(record, position, item) for position, item in
                  enumerate(record.items("candidates", limits.CANDIDATES), start=1)]
    result = {"case_id": record.integer("case_id", 1, MAX_INT),
              "registration_number": record.number("registration_number"),
              "candidates": candidates,
              "opened_at": record.moment("opened_at", required=True),
              "status": record.choice("status", CaseStatus),
              "decision": record.choice("decision", Decision, required=False),
              "decided_by": record.text("decided_by", limits.OPERATOR),
              "decided_at": record.moment("decided_at"),
              "reason": record.text("reason", limits.CASE_REASON, multiline=True)}
    record.done()
    return result


def _consent_withdrawal(data: Any, label: str) -> dict[str, Any]:
    record = _Record(data, label)
    result = {"registration_number": record.number("registration_number"),
              **_withdrawal(record)}
    record.done()
    return result


def check_template(blob: bytes) -> bool:
    """`biometrics.Template.to_bytes()` form: `BT`, 1, two length-prefixed names, 128, and 128
    finite little-endian float32 (read here without numpy: sync does not import biometrics)."""
    try:
        if blob[:2] != b"BT" or blob[2] != 1:
            return False
        offset = 4 + blob[3]
        offset += 1 + blob[offset]
        (dim,) = struct.unpack_from("<H", blob, offset)
        body = blob[offset + 2:]
        if dim != _TEMPLATE_DIM or len(body) != 4 * dim:
            return False
        blob[4:4 + blob[3]].decode()
        return all(math.isfinite(x) for x in struct.unpack(f"<{dim}f", body))
    except (IndexError, struct.error, UnicodeDecodeError):
        return False


def _media(data: Any, label: str) -> dict[str, Any]:
    record = _Record(data, label)
    result: dict[str, Any] = {"registration_number": record.number("registration_number")}
    photo = record.sub("photo", nullable=True)
    result["photo"] = None
    if photo is not None:
        result["photo"] = {
            "jpeg": photo.binary("jpeg", limits.PHOTO_BYTES),
            "source": photo.text("source", limits.PHOTO_SOURCE),
            "quality_passed": photo.flag("quality_passed"),
            "quality_override": photo.text("quality_override", limits.QUALITY_OVERRIDE),
            "liveness_passed": photo.flag("liveness_passed", nullable=True),
            "captured_at": photo.moment("captured_at")}
        if not result["photo"]["jpeg"].startswith(b"\xff\xd8"):
            raise photo.refuse("jpeg", "is not a JPEG image")
        photo.done()
    template = record.sub("template", nullable=True)
    result["template"] = None if template is None else _template(template)
    # every template of the record, one per model (FORMAT.md 1; absent in older batches)
    result["templates"] = []
    for position, item in enumerate(record.items("templates", _TEMPLATES_PER_RECORD), start=1):
        checked = _template(_Record(item, record.label, f"templates[{position}]."))
        if any(t["model"] == checked["model"] for t in result["templates"]):
            raise record.refuse("templates", "holds two templates of one model")
        result["templates"].append(checked)
    record.done()
    return result


_TEMPLATES_PER_RECORD = 4


def _template(template: _Record) -> dict[str, Any]:
    blob = template.binary("data", limits.TEMPLATE_BYTES)
    if not check_template(blob):
        raise template.refuse("data", "is not a face template of 128 finite numbers")
    checked = {
        "data": blob, "model": template.text("model", limits.TEMPLATE_MODEL, required=True),
        "model_version": template.text("model_version", limits.TEMPLATE_MODEL_VERSION,
                                       required=True)}
    template.done()
    return checked


_CHECKS: dict[str, tuple[str, Callable[[Any, str], dict[str, Any]]]] = {
    "enrolments": ("registration_number", check_enrolment),
    "cards": ("card_number", _card),
    "duplicate_decisions": ("case_id", _case),
    "consent_withdrawals": ("registration_number", _consent_withdrawal),
    "media": ("registration_number", _media),
}
_UNIQUE = {"enrolments": "registration_number", "cards": "card_number",
           "duplicate_decisions": "case_id", "media": "registration_number"}


def record_refusal(kind: str, data: Any, label: str) -> RecordRefused | None:
    """What the registry would refuse in one record of `kind`, or None: the refusal, whose
    message names the record and the field (no value), with its field, code and limit. The
    station asks before it seals."""
    try:
        _CHECKS[kind][1](data, label)
    except RecordRefused as refused:
        return refused
    return None


def payload_from_documents(records: Any, media: Any) -> BatchPayload:
    """The decrypted records and media documents as a payload: maps of lists, no undocumented
    part, each list within its limit (the records themselves are checked by `check_payload`)."""
    if not isinstance(records, dict) or not isinstance(media, dict):
        raise RecordRefused("the batch contents are not maps", reason="invalid-content")
    if set(records) - set(RECORD_KINDS) or set(media) - {"media"}:
        raise RecordRefused("the batch contents hold an undocumented part",
                            reason="invalid-content")
    documents = {**{kind: records.get(kind, []) for kind in RECORD_KINDS},
                 "media": media.get("media", [])}
    for kind, items in documents.items():
        if items is None:
            documents[kind] = []
        elif not isinstance(items, list):
            raise RecordRefused(f"the {kind} are not a list", reason="invalid-content")
        elif len(items) > MAX_ITEMS[kind]:
            raise RecordRefused(f"the batch holds more than {MAX_ITEMS[kind]} {kind}",
                                reason="too-many-records")
    return BatchPayload(**documents)


def check_payload(payload: BatchPayload) -> BatchPayload:
    """Every field of every record checked; RecordRefused at the first problem. Returns the
    records with absent values made explicit (and nothing undocumented)."""
    checked: dict[str, list[dict[str, Any]]] = {}
    for kind in (*RECORD_KINDS, "media"):
        items = getattr(payload, kind)
        key, check = _CHECKS[kind]
        checked[kind] = [check(item, _label(kind, index, item, key))
                         for index, item in enumerate(items)]
        unique = _UNIQUE.get(kind)
        if unique:
            seen: set[Any] = set()
            for item in checked[kind]:
                if item[unique] in seen:
                    label = (f"case {item[unique]}" if unique == "case_id" else item[unique])
                    raise RecordRefused(f"it is in the batch twice ({kind})", record=label,
                                        field=unique, reason="duplicate-record")
                seen.add(item[unique])
    return BatchPayload(**checked)


def check_cbor_shape(data: bytes, *, max_items: int = MAX_CBOR_ITEMS,
                     max_depth: int = MAX_CBOR_DEPTH) -> None:
    """Walk the CBOR item heads before anything is decoded into objects: definite lengths only,
    no tags (so no shared references and cycles, bignums, dates or sets: the format has plain
    values only), at most `max_items` items and `max_depth` levels. A few million small items
    in a valid 64 MiB body would otherwise become gigabytes of Python objects."""
    position, items, end = 0, 0, len(data)
    remaining = [1]  # items still to read at each open level
    while remaining:
        if remaining[-1] == 0:
            remaining.pop()
            continue
        remaining[-1] -= 1
        items += 1
        if items > max_items:
            raise RecordRefused(f"the batch contents hold more than {max_items} values",
                                reason="too-many-records")
        if position >= end:
            raise RecordRefused("the batch contents are truncated CBOR", reason="invalid-content")
        head = data[position]
        major, info = head >> 5, head & 0x1F
        position += 1
        if info < 24:
            argument = info
        elif info <= 27:
            size = 1 << (info - 24)
            if position + size > end:
                raise RecordRefused("the batch contents are truncated CBOR",
                                    reason="invalid-content")
            argument = int.from_bytes(data[position:position + size], "big")
            position += size
        else:
            raise RecordRefused("the batch contents use indefinite or reserved CBOR lengths",
                                reason="invalid-content")
        if major == 6:
            raise RecordRefused("the batch contents use CBOR tags (shared references, big "
                                "numbers, dates): the format has plain values only",
                                reason="invalid-content")
        if major in (2, 3):
            position += argument
            if position > end:
                raise RecordRefused("the batch contents are truncated CBOR",
                                    reason="invalid-content")
        elif major in (4, 5):
            count = argument * (2 if major == 5 else 1)
            if count > max_items:
                raise RecordRefused(f"the batch contents hold more than {max_items} values",
                                    reason="too-many-records")
            if len(remaining) >= max_depth:
                raise RecordRefused(f"the batch contents are nested deeper than {max_depth}",
                                    reason="invalid-content")
            remaining.append(count)
        elif major == 7 and info < 24 and argument not in (20, 21, 22, 23):
            raise RecordRefused("the batch contents use an undefined CBOR simple value",
                                reason="invalid-content")
    if position != end:
        raise RecordRefused("the batch contents have bytes after the CBOR value",
                            reason="invalid-content")
