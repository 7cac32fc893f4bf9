"""The signed QR payload. New cards carry version 2, MOSIP Claim 169 (`cards.claim169`); this
module keeps version 1 so that cards already issued still verify, and dispatches on the form.

Version 1 (binary CBOR in QR byte mode, Ed25519-signed by the station key, COSE_Sign1-like).
Wire form: CBOR array [version, key_id (8 bytes), claims (CBOR bytes), signature (64 bytes)].
The signature covers a context string plus CBOR [version, key_id, claims], so the key id is
protected too and a station signature on a card can never pass for one on a batch manifest.
Claims are a CBOR map with small integer keys; dates are integers YYYYMMDD (MMDD = 0000 when only
the birth year is known). The station certificate is not embedded: the verifier looks it up.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import cbor2

from cards.errors import CardError
from cards.keys import KEY_ID_BYTES, StationKey, verify_signature
from cards.record import CardRecord
from cards.transliterate import short_latin_names

if TYPE_CHECKING:
    from cards.claim169 import Claim169Payload

PAYLOAD_VERSION = 1
PAYLOAD_CONTEXT = b"enrolment-station/card-qr/v1\n"
PORTRAIT_HASH_BYTES = 12
SHORT_NAME_CHARS = 24
# Names shorten in these steps until the payload fits QR version 10 at level M (213 bytes).
NAME_CHAR_STEPS = (SHORT_NAME_CHARS, 20, 16, 12, 8, 4)
MAX_PAYLOAD_BYTES = 213
OUTER_OVERHEAD = 1 + 1 + 9 + 3 + 66  # array, version, key id, claims header, signature

# claim key -> name; the order is the wire order
CLAIMS = {
    0: "card_number",
    1: "registration_number",
    2: "family_name",
    3: "given_names",
    4: "birth_date",
    5: "sex",
    6: "nationality",
    7: "expiry_date",
    8: "portrait_sha256",
}


@dataclass(frozen=True)
class SignedPayload:
    """A decoded QR: the outer structure parsed, claims still as signed bytes."""

    version: int
    key_id: bytes
    claims_bytes: bytes
    signature: bytes

    def signed_message(self) -> bytes:
        return PAYLOAD_CONTEXT + cbor2.dumps([self.version, self.key_id, self.claims_bytes])

    def verify(self, station_public: bytes) -> bool:
        return verify_signature(station_public, self.signature, self.signed_message())

    def claims(self) -> dict[str, Any]:
        """The card fields in plain form (dates as ISO strings, hashes as hex)."""
        try:
            raw = cbor2.loads(self.claims_bytes)
            return _claims_from_wire(raw) | {"key_id": self.key_id.hex()}
        except (cbor2.CBORDecodeError, LookupError, TypeError, ValueError, AttributeError,
                OverflowError):
            raise CardError("the QR code's card fields cannot be read", field="qr") from None


def portrait_digest(portrait_jpeg: bytes) -> bytes:
    return hashlib.sha256(portrait_jpeg).digest()[:PORTRAIT_HASH_BYTES]


def claims_bytes(record: CardRecord, name_chars: int = SHORT_NAME_CHARS) -> bytes:
    family, given = short_latin_names(record, name_chars)
    claims: dict[int, Any] = {
        0: record.card_number,
        1: record.registration_number,
        2: family,
        3: given,
        4: _birth_int(record.birth_date),
        5: record.sex,
        6: record.nationality,
        7: _date_int(record.expiry_date),
        8: portrait_digest(record.portrait_jpeg),
    }
    return cbor2.dumps(claims)


def encode_payload(record: CardRecord, station_key: StationKey) -> bytes:
    """The QR content of a new card: Claim 169 Base45 text (ASCII bytes), signed by the station."""
    from cards.claim169 import encode_claim169
    from cards.qr import fits_card_qr

    return encode_claim169(record, station_key, fits_card_qr)


def encode_payload_v1(record: CardRecord, station_key: StationKey) -> bytes:
    """The version 1 QR bytes (cards issued before Claim 169); kept to test that they verify."""
    record.validate()
    for name_chars in NAME_CHAR_STEPS:
        body = claims_bytes(record, name_chars)
        if len(body) + OUTER_OVERHEAD <= MAX_PAYLOAD_BYTES:
            break
    unsigned = SignedPayload(PAYLOAD_VERSION, station_key.key_id, body, b"")
    signature = station_key.sign(unsigned.signed_message())
    return cbor2.dumps([PAYLOAD_VERSION, station_key.key_id, body, signature])


def decode_payload(data: bytes) -> SignedPayload | Claim169Payload:
    """Parse the outer structure of a v2 (Claim 169 text) or v1 (CBOR) payload; CardError when
    it is neither."""
    from cards.claim169 import decode_claim169, is_claim169_text

    if is_claim169_text(data):
        return decode_claim169(data)
    try:
        outer = cbor2.loads(data)
    except (cbor2.CBORDecodeError, ValueError, TypeError, EOFError):
        raise CardError("the QR code is not a card payload", field="qr") from None
    if (not isinstance(outer, list) or len(outer) != 4 or outer[0] != PAYLOAD_VERSION
            or not all(isinstance(part, bytes) for part in outer[1:])
            or len(outer[1]) != KEY_ID_BYTES or len(outer[3]) != 64):
        raise CardError("the QR code is not a card payload of a known version", field="qr")
    return SignedPayload(outer[0], outer[1], outer[2], outer[3])


def _date_int(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def _birth_int(birth: str) -> int:
    if len(birth) == 4:
        return int(birth) * 10000
    return _date_int(date.fromisoformat(birth))


def _int_to_iso(value: int, *, year_only_ok: bool) -> str:
    year, month, day = value // 10000, value // 100 % 100, value % 100
    if month == 0 and day == 0 and year_only_ok:
        return f"{year:04d}"
    return date(year, month, day).isoformat()


def _claims_from_wire(raw: dict[int, Any]) -> dict[str, Any]:
    out = {name: raw[key] for key, name in CLAIMS.items()}
    out["birth_date"] = _int_to_iso(int(raw[4]), year_only_ok=True)
    out["expiry_date"] = _int_to_iso(int(raw[7]), year_only_ok=False)
    out["portrait_sha256"] = bytes(raw[8]).hex()
    for name in ("card_number", "registration_number", "family_name", "given_names", "sex",
                 "nationality"):
        if not isinstance(out[name], str):
            raise TypeError(name)
    return out
