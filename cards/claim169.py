"""Version 2 of the card's QR payload: MOSIP Claim 169 (id-claim-169 QR specification 1.2).

Wire form (cards/FORMAT.md section 2 has every key):

    QR text  = Base45( zlib( COSE_Sign1 ) )                       RFC 9285, RFC 1950
    COSE_Sign1 = tag 18 [ protected, {}, payload, signature ]     RFC 9052
    protected  = bstr .cbor { 1: -8 (EdDSA), 4: kid }             kid = station key id, 8 bytes
    payload    = bstr .cbor CWT claims { 1 iss, 4 exp, 5 nbf, 6 iat, 7 cti, 169: {...}, -65537 }
    signature  = Ed25519 over Sig_structure ["Signature1", protected, h'', payload]

The Base45 alphabet is exactly the QR alphanumeric set, so the symbol is in alphanumeric mode and
every text decoder returns it unchanged. COSE and CWT are built here with cbor2 and
cryptography: one algorithm (EdDSA) and one message type need a few lines, and the independent
`claim169` decoder checks the result in the tests.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

import base45
import cbor2

from cards.errors import CardError
from cards.keys import KEY_ID_BYTES, StationKey, verify_signature
from cards.payload import portrait_digest
from cards.record import CardRecord
from cards.transliterate import display_latin_names, name_language

PAYLOAD_VERSION = 2
COSE_SIGN1_TAG = 18
ALG_EDDSA = -8
HDR_ALG, HDR_KID = 1, 4
CWT_ISS, CWT_EXP, CWT_NBF, CWT_IAT, CWT_CTI = 1, 4, 5, 6, 7
CLAIM_169 = 169
# Claims of this project outside Claim 169 (RFC 8392: keys below -65536 are private use).
PRIVATE_CLAIMS = -65537
PRIVATE_PORTRAIT = 1  # bstr: first 12 bytes of SHA-256 of the portrait JPEG the card was made from
PRIVATE_BIRTH_YEAR_ONLY = 2  # true: only the birth year is known (key 8 then holds YYYY0101)

# Claim 169 attribute keys (specification 1.2)
C_ID, C_VERSION, C_LANGUAGE, C_FULL_NAME = 1, 2, 3, 4
C_FIRST_NAME, C_MIDDLE_NAME, C_LAST_NAME = 5, 6, 7
C_BIRTH, C_GENDER, C_NATIONALITY = 8, 9, 13
C_SECONDARY_NAME, C_SECONDARY_LANGUAGE, C_LOCATION, C_LEGAL_STATUS, C_COUNTRY = 19, 20, 21, 22, 23
GENDER = {"M": 1, "F": 2, "X": 3}
SEX_OF_GENDER = {value: key for key, value in GENDER.items()}
BASE45_ALPHABET = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
MAX_COMPRESSED = 64 * 1024  # a QR holds < 3 kB; refuse decompression bombs long before


def is_claim169_text(data: bytes) -> bool:
    """True when the QR content looks like Base45 text (a v2 card), not v1 binary CBOR."""
    return bool(data) and all(chr(b) in BASE45_ALPHABET for b in data)


def _epoch(day: date) -> int:
    return int(datetime.combine(day, time(0, 0), tzinfo=UTC).timestamp())


def _day(value: Any) -> date:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("timestamp")
    return datetime.fromtimestamp(int(value), tz=UTC).date()


# What a payload too large for the card's QR symbol leaves out, step by step (FORMAT.md 2.4):
# nothing; the name parts (the full name stays); then the name in the holder's script too.
OMIT_STEPS: tuple[frozenset[int], ...] = (
    frozenset(), frozenset({C_FIRST_NAME, C_MIDDLE_NAME, C_LAST_NAME}),
    frozenset({C_FIRST_NAME, C_MIDDLE_NAME, C_LAST_NAME, C_SECONDARY_NAME, C_SECONDARY_LANGUAGE}),
)
LEGAL_STATUS = {"XXA": "stateless", "XXB": "refugee", "XXC": "refugee-other"}


def cwt_claims(record: CardRecord, omit: frozenset[int] = frozenset()) -> dict[int, Any]:
    """The CWT claims map of a card (before signing), without the Claim 169 keys in `omit`."""
    family, given = display_latin_names(record)
    parts = given.split()
    person: dict[int, Any] = {
        C_ID: record.registration_number,
        C_FULL_NAME: " ".join(p for p in (given, family) if p),
        C_BIRTH: record.birth_date + "0101" if record.birth_year_only
        else record.birth_date.replace("-", ""),
        C_GENDER: GENDER[record.sex],
        C_NATIONALITY: record.nationality,
        C_COUNTRY: record.issuing_state,
    }
    if parts:
        person[C_FIRST_NAME] = parts[0]
    if len(parts) > 1:
        person[C_MIDDLE_NAME] = " ".join(parts[1:])
    if family:
        person[C_LAST_NAME] = family
    native = " ".join(p for p in (record.given_names, record.family_name) if p.strip())
    language = name_language(record)
    if language is not None and native != person[C_FULL_NAME]:
        person[C_SECONDARY_NAME] = native
        person[C_SECONDARY_LANGUAGE] = language
    if record.location_code:
        person[C_LOCATION] = record.location_code
    legal = record.legal_status or LEGAL_STATUS.get(record.nationality, "")
    if legal:
        person[C_LEGAL_STATUS] = legal
    for key in omit:
        person.pop(key, None)
    private: dict[int, Any] = {PRIVATE_PORTRAIT: portrait_digest(record.portrait_jpeg)}
    if record.birth_year_only:
        private[PRIVATE_BIRTH_YEAR_ONLY] = True
    return {
        CWT_ISS: record.issuer or record.issuing_state,
        CWT_EXP: _epoch(record.expiry_date) + 86399,  # valid to the end of the expiry day
        CWT_NBF: _epoch(record.issue_date),
        CWT_IAT: _epoch(record.issue_date),
        CWT_CTI: record.card_number.encode("ascii"),
        CLAIM_169: person,
        PRIVATE_CLAIMS: private,
    }


def sig_structure(protected: bytes, payload: bytes) -> bytes:
    """The bytes the Ed25519 signature covers (RFC 9052 section 4.4, no external AAD)."""
    return cbor2.dumps(["Signature1", protected, b"", payload])


def encode_claim169(record: CardRecord, station_key: StationKey,
                    fits: Callable[[bytes], bool] | None = None) -> bytes:
    """The QR content (ASCII Base45 text as bytes), signed by `station_key`.

    `fits` says whether a text fits the card's QR symbol; while it does not, the optional
    claims of OMIT_STEPS are left out in turn (the last step is returned whatever its size).
    """
    record.validate()
    protected = cbor2.dumps({HDR_ALG: ALG_EDDSA, HDR_KID: station_key.key_id})
    text = b""
    for omit in OMIT_STEPS:
        payload = cbor2.dumps(cwt_claims(record, omit))
        signature = station_key.sign(sig_structure(protected, payload))
        cose = cbor2.dumps(cbor2.CBORTag(COSE_SIGN1_TAG, [protected, {}, payload, signature]))
        text = bytes(base45.b45encode(zlib.compress(cose, 9)))
        if fits is None or fits(text):
            break
    return text


@dataclass(frozen=True)
class Claim169Payload:
    """A decoded v2 QR: the COSE parts, claims still as signed bytes until verified."""

    protected: bytes
    payload: bytes
    signature: bytes
    key_id: bytes
    version: int = PAYLOAD_VERSION

    def signed_message(self) -> bytes:
        return sig_structure(self.protected, self.payload)

    def verify(self, station_public: bytes) -> bool:
        return verify_signature(station_public, self.signature, self.signed_message())

    def claims(self) -> dict[str, Any]:
        """The card fields in the same plain form as version 1 (plus the Claim 169 extras)."""
        try:
            return _plain(cbor2.loads(self.payload)) | {"key_id": self.key_id.hex(),
                                                         "payload_version": PAYLOAD_VERSION}
        except (cbor2.CBORDecodeError, KeyError, TypeError, ValueError, AttributeError,
                UnicodeDecodeError, OverflowError, OSError, LookupError):
            raise CardError("the QR code's card fields cannot be read", field="qr") from None


def decode_claim169(data: bytes) -> Claim169Payload:
    """Base45 -> zlib -> COSE_Sign1; CardError when it is not an EdDSA-signed Claim 169 CWT."""
    try:
        compressed = base45.b45decode(data.decode("ascii"))
        inflater = zlib.decompressobj()
        cose_bytes = inflater.decompress(compressed, MAX_COMPRESSED)
        if inflater.unconsumed_tail or not inflater.eof:
            raise ValueError("truncated or too large")
        cose = cbor2.loads(cose_bytes)
    except (ValueError, zlib.error, cbor2.CBORDecodeError, UnicodeDecodeError, EOFError):
        raise CardError("the QR code is not a Claim 169 card payload", field="qr") from None
    if isinstance(cose, cbor2.CBORTag):
        if cose.tag != COSE_SIGN1_TAG:
            raise CardError("the QR code is not a COSE_Sign1 message", field="qr")
        cose = cose.value
    if (not isinstance(cose, list | tuple) or len(cose) != 4 or not isinstance(cose[0], bytes)
            or not isinstance(cose[2], bytes) or not isinstance(cose[3], bytes)
            or len(cose[3]) != 64):
        raise CardError("the QR code is not a COSE_Sign1 message", field="qr")
    try:
        header = cbor2.loads(cose[0])
    except (cbor2.CBORDecodeError, ValueError, EOFError):
        raise CardError("the QR code's protected header cannot be read", field="qr") from None
    if not isinstance(header, dict) or header.get(HDR_ALG) != ALG_EDDSA:
        raise CardError("the QR code is not signed with EdDSA", field="qr")
    kid = header.get(HDR_KID)
    if not isinstance(kid, bytes) or len(kid) != KEY_ID_BYTES:
        raise CardError("the QR code names no station key (kid)", field="qr")
    return Claim169Payload(cose[0], cose[2], cose[3], kid)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text")
    return value


def _plain(cwt: dict[int, Any]) -> dict[str, Any]:
    person = cwt[CLAIM_169]
    private = cwt.get(PRIVATE_CLAIMS, {})
    if not isinstance(person, dict) or not isinstance(private, dict):
        raise TypeError("claims")
    birth = _text(person[C_BIRTH])
    year_only = private.get(PRIVATE_BIRTH_YEAR_ONLY) is True
    birth_iso = birth[:4] if year_only else date(int(birth[:4]), int(birth[4:6]),
                                                 int(birth[6:8])).isoformat()
    portrait = private.get(PRIVATE_PORTRAIT, b"")
    cti = cwt[CWT_CTI]
    if not isinstance(cti, bytes):
        raise TypeError("cti")
    return {
        "card_number": cti.decode("ascii"),
        "registration_number": _text(person[C_ID]),
        "full_name": _text(person[C_FULL_NAME]),
        "family_name": _text(person.get(C_LAST_NAME, "")),
        "given_names": " ".join(_text(person[k]) for k in (C_FIRST_NAME, C_MIDDLE_NAME)
                                if k in person),
        "secondary_full_name": _text(person.get(C_SECONDARY_NAME, "")),
        "secondary_language": _text(person.get(C_SECONDARY_LANGUAGE, "")),
        "birth_date": birth_iso,
        "sex": SEX_OF_GENDER[person[C_GENDER]],
        "nationality": _text(person[C_NATIONALITY]),
        "legal_status": _text(person.get(C_LEGAL_STATUS, "")),
        "country_of_issuance": _text(person.get(C_COUNTRY, "")),
        "location_code": _text(person.get(C_LOCATION, "")),
        "issuer": _text(cwt[CWT_ISS]),
        "issue_date": _day(cwt[CWT_IAT]).isoformat(),
        "valid_from": _day(cwt[CWT_NBF]).isoformat(),
        "expiry_date": _day(cwt[CWT_EXP]).isoformat(),
        "portrait_sha256": bytes(portrait).hex(),
    }
