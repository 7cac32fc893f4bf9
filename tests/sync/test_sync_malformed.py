"""Validly signed batches with malformed contents: each refused with a precise reason before
anything is stored (real PostgreSQL, real HPKE and Ed25519, a real uvicorn for the fuzz test)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import cbor2
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from station.domain import limits
from sync.auth import sign_request
from sync.client import BATCHES_PATH
from sync.registry import tables as t
from sync.registry.importer import import_bytes
from tests.sync.batch_forge import Forge, forge_for

STORED = (t.enrolments, t.photos, t.templates, t.cards, t.station_cases, t.batches,
          t.face_changes, t.cross_site_cases)


def _stored(registry: Any) -> dict[str, int]:
    with registry.engine.connect() as conn:
        return {table.name: int(conn.execute(select(func.count()).select_from(table))
                                .scalar_one()) for table in STORED}


@pytest.fixture
def forge(registry: Any, make_station: Any, tmp_path: Path) -> Forge:
    folder = tmp_path / "forged"
    folder.mkdir()
    return forge_for(make_station(), registry, folder)


def _refused(registry: Any, data: bytes, reason: str, words: str) -> str:
    before = _stored(registry)
    result = import_bytes(registry, data)
    assert (result.status, result.reason) == ("rejected", reason), result.message
    assert words in result.message
    assert result.quarantined and Path(result.quarantined).exists()
    assert _stored(registry) == before
    return result.message


# -- the limits are the registry's columns ---------------------------------------------------
def test_limits_fit_the_registry_columns() -> None:
    """Every shared limit fits the registry column that stores it, so a value the station
    accepts can never make the registry's database fail."""
    from station.store import tables as station_tables

    def width(table: Any, column: str) -> int:
        return int(table.c[column].type.length)

    for name, limit in limits.CLEAR_TEXT.items():
        assert limit <= width(t.enrolments, name), name
        assert limit <= width(station_tables.enrolments, name), name
    assert width(t.cards, "revoke_reason") >= limits.REVOKE_REASON
    assert width(t.station_cases, "decided_by") >= limits.OPERATOR
    assert width(t.templates, "model") >= limits.TEMPLATE_MODEL
    assert width(t.templates, "model_version") >= limits.TEMPLATE_MODEL_VERSION
    assert width(t.cross_site_cases, "band") >= limits.CASE_BAND
    # lists stored joined by commas: every code at its longest
    from station.domain.vocab import ConsentPurpose, Need, Vulnerability

    assert width(t.enrolments, "languages") >= limits.LANGUAGES * 4 - 1
    for column, vocabulary in (("vulnerabilities", Vulnerability), ("needs", Need),
                               ("consent_purposes", ConsentPurpose)):
        assert len(",".join(v.value for v in vocabulary)) <= width(t.enrolments, column)
    assert limits.BATCH_ENROLMENTS <= 5000 and limits.BATCH_BYTES < 512 * 1024 * 1024


def test_the_rich_record_imports(registry: Any, forge: Forge) -> None:
    """The baseline the other tests break: every kind of record, all fields, imports."""
    records, media = forge.fresh()
    result = import_bytes(registry, forge.seal(records, media))
    assert result.status == "imported", result.message
    stored = _stored(registry)
    assert (stored["enrolments"], stored["photos"], stored["templates"], stored["cards"],
            stored["station_cases"]) == (1, 1, 1, 1, 1)


def test_null_revoke_reason_and_replaced_by_are_stored_empty(registry: Any,
                                                             forge: Forge) -> None:
    """Absent-value rule: null for an optional text is the empty text, never "None"."""
    records, media = forge.fresh()
    records["cards"][0]["revoke_reason"] = None
    records["cards"][0]["replaced_by"] = None
    del records["duplicate_decisions"][0]["decided_by"]
    assert import_bytes(registry, forge.seal(records, media)).status == "imported"
    with registry.engine.connect() as conn:
        card = conn.execute(select(t.cards.c.revoke_reason, t.cards.c.replaced_by)).one()
        case = conn.execute(select(t.station_cases.c.decided_by)).one()
    assert tuple(card) == ("", "") and tuple(case) == ("",)


# -- each malformation of the issue, one by one ----------------------------------------------
def _number(forge: Forge) -> str:
    return str(forge.records["enrolments"][0]["registration_number"])


def test_over_long_region(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    records["enrolments"][0]["region"] = "R" * 93
    message = _refused(registry, forge.seal(records, media), "invalid-record",
                       "the region is longer than 80 characters")
    assert message == f"record {_number(forge)}: the region is longer than 80 characters"
    assert "RRR" not in message


def test_cycle_is_refused_before_decoding(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    # a shared reference (tags 28/29) that makes a list contain itself once decoded
    records["enrolments"][0]["languages"] = cbor2.CBORTag(28, [cbor2.CBORTag(29, 0)])
    _refused(registry, forge.seal(records, media), "invalid-content", "CBOR tags")


def test_bignum_is_refused(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    records["cards"][0]["print_count"] = 2**80  # a CBOR bignum (tag 2)
    _refused(registry, forge.seal(records, media), "invalid-content", "CBOR tags")
    records["cards"][0]["print_count"] = 2**40  # a plain 64-bit integer, out of range
    _refused(registry, forge.seal(records, media), "invalid-record",
             "print_count is outside 0..100000")


def test_three_million_items(registry: Any, forge: Forge) -> None:
    """Three million values inside one record stop the walk before any object is made."""
    records, media = forge.fresh()
    records["enrolments"][0]["languages"] = [0] * 3_000_000
    _refused(registry, forge.seal(records, media), "too-many-records",
             "more than 2000000 values")


def test_three_million_records_in_the_manifest(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    counts = {"enrolments": 3_000_000, "cards": 1, "duplicate_decisions": 1,
              "consent_withdrawals": 1}
    _refused(registry, forge.seal(records, media, counts=counts), "too-many-records",
             "outside the format's limits")


def test_non_map_record(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    records["cards"][0] = ["not", "a", "map"]
    _refused(registry, forge.seal(records, media), "invalid-content", "card 1 is not a map")


def test_missing_field(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    del records["enrolments"][0]["sex"]
    _refused(registry, forge.seal(records, media), "invalid-record", "the sex is missing")


def test_mistyped_field(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    records["enrolments"][0]["personal"]["name"]["given"] = 12
    _refused(registry, forge.seal(records, media), "invalid-record",
             "the personal.name.given is not text")


def test_bad_dates(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    records["cards"][0]["expiry_date"] = "2027-02-30"
    _refused(registry, forge.seal(records, media), "invalid-record",
             "the expiry_date is not a real date")
    records, media = forge.fresh()
    records["enrolments"][0]["created_at"] = "yesterday"
    _refused(registry, forge.seal(records, media), "invalid-record",
             "the created_at is not a real date and time")
    records["enrolments"][0]["created_at"] = "9999-12-31T23:59:59-12:00"  # past PostgreSQL's
    _refused(registry, forge.seal(records, media), "invalid-record",
             "the created_at is outside the years 1900 to 2200")


def test_duplicate_numbers(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    records["enrolments"].append(records["enrolments"][0])
    message = _refused(registry, forge.seal(records, media), "duplicate-record", "twice")
    assert message.startswith(f"record {_number(forge)}:")


def test_nul_byte(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    records["enrolments"][0]["personal"]["notes"] = "fine\x00hidden"
    _refused(registry, forge.seal(records, media), "invalid-record",
             "the personal.notes contains control characters")


def test_bad_template(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    media["media"][0]["template"]["data"] = b"BT\x01" + bytes(200)
    _refused(registry, forge.seal(records, media), "invalid-record",
             "the template.data is not a face template")
    records, media = forge.fresh()
    blob = bytearray(media["media"][0]["template"]["data"])
    blob[-4:] = bytes.fromhex("0000c07f")  # NaN as the last number
    media["media"][0]["template"]["data"] = bytes(blob)
    _refused(registry, forge.seal(records, media), "invalid-record",
             "the template.data is not a face template")


def test_string_case_id(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    records["duplicate_decisions"][0]["case_id"] = "1"
    _refused(registry, forge.seal(records, media), "invalid-record",
             "the case_id is not a whole number")


def test_undocumented_field(registry: Any, forge: Forge) -> None:
    records, media = forge.fresh()
    records["enrolments"][0]["personal"]["secret_extra"] = "x"
    _refused(registry, forge.seal(records, media), "invalid-record",
             "the personal.secret_extra is not a documented field")


def test_corrupted_ciphertext_the_station_signed(registry: Any, forge: Forge,
                                                 tmp_path: Path) -> None:
    """A ciphertext damaged before signing names this registry: not "wrong-recipient"."""
    import io
    import json
    import zipfile

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sync.batch import MANIFEST_CONTEXT, RECORDS_NAME
    from sync.encoding import canonical_json, sha256_hex

    records, media = forge.fresh()
    data = forge.seal(records, media)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    body = bytearray(entries[RECORDS_NAME])
    body[40] ^= 0xFF
    entries[RECORDS_NAME] = bytes(body)
    manifest = json.loads(entries["manifest.json"])
    manifest["files"][RECORDS_NAME]["sha256"] = sha256_hex(bytes(body))
    entries["manifest.json"] = canonical_json(manifest)
    entries["manifest.sig"] = Ed25519PrivateKey.from_private_bytes(forge.signing_key).sign(
        MANIFEST_CONTEXT + entries["manifest.json"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in ("manifest.json", "manifest.sig", RECORDS_NAME, "media.cbor.hpke"):
            archive.writestr(name, entries[name])
    _refused(registry, buffer.getvalue(), "undecryptable", "does not decrypt")


# -- property-based: random malformations, always a 422 with a reason ------------------------
def _alien(index: int) -> Any:
    """Values no field accepts (made fresh: CBOR tags of lists are not hashable)."""
    return [math.nan, 2**70, -(2**70), "\x00", "a" * 3000, {"undocumented": 1}, [[[]]],
            b"\x00\x01", cbor2.CBORTag(1, 0), cbor2.CBORTag(258, [1]),
            cbor2.CBORTag(28, [])][index]


ALIEN = st.integers(0, 10).map(_alien)
REASONS = {"invalid-record", "invalid-content", "duplicate-record", "too-many-records"}


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every node below the root of a document: map values and list items."""
    found: list[tuple[Any, ...]] = []
    items = (value.items() if isinstance(value, dict) else enumerate(value)
             if isinstance(value, list) else ())
    for key, child in items:
        found.append((*prefix, key))
        if not isinstance(child, bytes):
            found += _paths(child, (*prefix, key))
    return found


def _set(document: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        document = document[key]
    document[path[-1]] = value


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        document = document[key]
    return document


@st.composite
def malformed(draw: st.DrawFn, forge: Forge) -> tuple[Any, Any, str]:
    records, media = forge.fresh()
    how = draw(st.sampled_from(["replace", "add-field", "duplicate", "drop-required"]))
    target = draw(st.sampled_from(["records", "media"]))
    document = records if target == "records" else media
    if how == "replace":
        path = draw(st.sampled_from(_paths(document)))
        _set(document, path, draw(ALIEN))
    elif how == "add-field":
        maps = [p for p in _paths(document) if isinstance(_get(document, p), dict)]
        path = draw(st.sampled_from(maps))
        _get(document, path)[draw(st.sampled_from(["extra", "zz", "Ω"]))] = draw(
            st.one_of(ALIEN, st.integers(), st.text(max_size=5)))
    elif how == "duplicate":
        kind = draw(st.sampled_from(["enrolments", "cards", "duplicate_decisions"]))
        if target == "media":
            media["media"].append(media["media"][0])
        else:
            records[kind].append(records[kind][0])
    else:
        kind, field = draw(st.sampled_from([
            ("enrolments", "registration_number"), ("enrolments", "status"),
            ("enrolments", "personal"), ("enrolments", "consent"), ("cards", "issue_date"),
            ("cards", "card_number"), ("duplicate_decisions", "case_id"),
            ("duplicate_decisions", "opened_at"), ("consent_withdrawals", "purpose")]))
        del records[kind][0][field]
    return records, media, how


def test_fuzz_signed_malformed_batches_always_422(registry: Any, forge: Forge,
                                                 server: Any) -> None:
    """Random malformations of an authentic batch, uploaded to a real uvicorn: every one a 422
    with a documented reason, never a 500, and nothing stored."""
    before = _stored(registry)
    seen: dict[str, int] = {}
    with httpx.Client(timeout=60) as http:

        @settings(max_examples=50, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture,
                                         HealthCheck.too_slow])
        @given(malformed(forge))
        def upload(case: tuple[Any, Any, str]) -> None:
            records, media, how = case
            body = forge.seal(records, media)
            headers = sign_request(forge.signing_key, forge.station_id, "POST", BATCHES_PATH,
                                   body)
            answer = http.post(server.url + BATCHES_PATH, content=body, headers=headers)
            assert answer.status_code == 422, (how, answer.status_code, answer.text[:300])
            reply = answer.json()
            assert reply["status"] == "rejected" and reply["reason"] in REASONS, reply
            assert reply["message"] and "aaaa" not in reply["message"]
            seen[how] = seen.get(how, 0) + 1

        upload()
    assert _stored(registry) == before
    assert sum(seen.values()) >= 20
