"""Signed batches with chosen contents: a real station's records, changed below the signature.

The station's own sealing code (`sync.batch.seal_batch`) seals and signs them with the station's
key to the registry's key, so the registry sees an authentic batch whose contents are whatever a
test puts in: what a buggy or compromised station could send.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from sync.batch import GENESIS_HASH, RECORD_KINDS, BatchPayload, seal_batch


class Forged(BatchPayload):
    """A payload whose documents are given as they are (any CBOR-encodable value)."""

    def __init__(self, records: Any, media: Any, counts: dict[str, int]) -> None:
        super().__init__()
        self._records, self.media, self._counts = records, media, counts

    def counts(self) -> dict[str, int]:
        return self._counts

    def records_document(self) -> Any:
        return self._records


def counts_of(records: Any) -> dict[str, int]:
    """The counts a station would sign for `records` (0 for what is not a list)."""
    if not isinstance(records, dict):
        return dict.fromkeys(RECORD_KINDS, 0)
    return {kind: len(records[kind]) if isinstance(records.get(kind), list) else 0
            for kind in RECORD_KINDS}


@dataclass
class Forge:
    """Seals forged contents as station `station_id` with `signing_key` to `recipient`."""

    station_id: str
    signing_key: bytes
    recipient: bytes
    folder: Path
    records: dict[str, Any]
    media: dict[str, Any]

    def fresh(self) -> tuple[dict[str, Any], dict[str, Any]]:
        return copy.deepcopy(self.records), copy.deepcopy(self.media)

    def seal(self, records: Any, media: Any, *, sequence: int = 1,
             counts: dict[str, int] | None = None) -> bytes:
        payload = Forged(records, media.get("media") if isinstance(media, dict) else media,
                         counts if counts is not None else counts_of(records))
        sealed = seal_batch(payload, station_id=self.station_id, sequence=sequence,
                            previous_hash=GENESIS_HASH, created_at=datetime.now(UTC),
                            signing_key=self.signing_key, recipient_public=self.recipient,
                            out_dir=self.folder)
        data = sealed.path.read_bytes()
        sealed.path.unlink()
        return data


def tiny_jpeg() -> bytes:
    from biometrics.imageio import encode_jpeg

    return encode_jpeg(np.full((54, 42, 3), 128, dtype=np.uint8))


def template_bytes() -> bytes:
    from biometrics import Template

    return bytes(Template(np.linspace(-0.2, 0.2, 128, dtype=np.float32)).to_bytes())


def rich_station_records(unit: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """One enrolment with every kind of detail, its photo and template, a card, a case and a
    consent withdrawal, as the station's own payload builder writes them (not sealed)."""
    from station.domain.model import Card, DuplicateCandidate
    from station.domain.regno import make_card_number
    from station.domain.vocab import CardStatus
    from station.services.enrolment import enrol
    from station.services.forms import EnrolmentForm
    from station.services.sync_service import _payload

    form = EnrolmentForm(
        given_name="Asha", family_name="Forge", sex="F", birth_date="1990-05-01",
        nationality="COD", consent_purposes="all", languages=["sw", "fr"], region="Kigoma",
        district="Kasulu", place="Nyarugusu", arrival_date="2025-01-10", phone="+255700000001",
        email="a@example.org", emergency_contacts=[("Baraka Forge", "brother", "+255700000002")],
        dependants=[("Neema Forge", "daughter", "2019")],
        documents=[("passport", "P1234567", "COD", "2030-01-01")],
        vulnerabilities=["undocumented"], needs=["shelter"], notes="line one\nline two")
    number = enrol(unit.station, unit.actor, form).registration_number
    station = unit.station
    with station.store.transaction() as repo:
        repo.add_card(Card(make_card_number(station.code, 1), number, date(2026, 1, 1),
                           date(2027, 1, 1), CardStatus.ISSUED))
        other = number  # a case about the same record is enough for the format
        repo.add_case(number, (DuplicateCandidate(other, 0.31, "possible"),),
                      datetime.now(UTC))
        payload, _numbers, _cards, _cases = _payload(repo)
    records = payload.records_document()
    media = {"media": payload.media}
    media["media"][0]["photo"] = {"jpeg": tiny_jpeg(), "source": "live", "quality_passed": True,
                                  "quality_override": "", "liveness_passed": None,
                                  "captured_at": datetime.now(UTC).isoformat()}
    media["media"][0]["template"] = {"data": template_bytes(), "model": "dlib-resnet",
                                     "model_version": "1"}
    records["consent_withdrawals"] = [{"registration_number": number, "purpose": "sharing",
                                       "at": datetime.now(UTC).isoformat()}]
    return copy.deepcopy(records), copy.deepcopy(media)


def forge_for(unit: Any, registry: Any, folder: Path) -> Forge:
    records, media = rich_station_records(unit)
    return Forge(unit.station.code.station_id, unit.station.signing_key, registry.x25519_public,
                 folder, records, media)
