"""ID-1 cards with a signed QR code, a TD1 MRZ, print sheets and an offline verifier.

A library: records and images in, PDFs and verdicts out. It imports nothing else of the
project, no Qt and no database.
"""

from cards.certificates import ServiceCertificate, StationCertificate
from cards.errors import CardError
from cards.keys import RootKey, ServiceKey, StationKey, key_id_of
from cards.mrz_td1 import td1_lines
from cards.payload import SignedPayload, decode_payload, encode_payload, portrait_digest
from cards.qr import QrSymbol, make_qr
from cards.record import MAX_VALIDITY_YEARS, CardRecord
from cards.render import render_card_pdf, render_sheet_pdf
from cards.revocation import RevocationList
from cards.trust import TrustBundle
from cards.verify import Verdict, read_qr_payloads, verify_card_file, verify_payload

__all__ = [
    "MAX_VALIDITY_YEARS",
    "CardError",
    "CardRecord",
    "QrSymbol",
    "RevocationList",
    "RootKey",
    "ServiceCertificate",
    "ServiceKey",
    "SignedPayload",
    "StationCertificate",
    "StationKey",
    "TrustBundle",
    "Verdict",
    "decode_payload",
    "encode_payload",
    "key_id_of",
    "make_qr",
    "portrait_digest",
    "read_qr_payloads",
    "render_card_pdf",
    "render_sheet_pdf",
    "td1_lines",
    "verify_card_file",
    "verify_payload",
]
