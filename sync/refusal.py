"""Refusals: the registry's signed statement that it refused a station's authentic batch for
its contents, did not store it, and will take a new batch of the same sequence in its place
(sync/FORMAT.md section 1, "A refused batch is superseded").

Signed by the service key like an acknowledgement, so that only the registry can make a station
re-seal: an unsigned 422 (or one forged on the way) changes nothing at the station. It travels
in the 422 answer of an upload, or (a batch brought on removable media) in a refusal file that
`registry import` writes next to its acknowledgement files: `{"refusal": REFUSAL, "trust":
TRUST_UPDATE}`, named by station and sequence only, like `*.ack.json`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.batch import public_ed25519
from sync.encoding import b64d, b64e, canonical_json, key_id
from sync.errors import AckRejected

REFUSAL_FORMAT = "enrolment-station/refusal/v1"
REFUSAL_CONTEXT = b"enrolment-station/refusal/v1\n"
# Reasons raised only after the station's signature and the files' hashes verified: the station
# itself sealed contents the registry will never import. Every other refusal (tampered,
# conflict, broken chain, ...) is not the contents' fault and is never superseded.
SUPERSEDABLE = frozenset({"invalid-record", "invalid-content", "duplicate-record",
                          "too-many-records", "undecryptable"})
REFUSAL_FILE_SUFFIX = ".refusal.json"


def refusal_file_name(station_id: str, sequence: int) -> str:
    """`DAR-01-000007.refusal.json`: the station and the batch, nothing about anyone in it."""
    return f"{station_id}-{sequence:06d}{REFUSAL_FILE_SUFFIX}"


def is_refusal_document(document: Any) -> bool:
    """A refusal file's object (`{"refusal": ..., "trust": ...}`) or a bare refusal."""
    return isinstance(document, dict) and (
        "refusal" in document or document.get("format") == REFUSAL_FORMAT)


@dataclass(frozen=True)
class Refusal:
    station_id: str
    sequence: int
    batch_sha256: str
    reason: str
    message: str
    refused_at: str
    signer: str
    signature: bytes = b""

    def _body(self) -> dict[str, Any]:
        return {"format": REFUSAL_FORMAT, "station_id": self.station_id,
                "sequence": self.sequence, "batch_sha256": self.batch_sha256,
                "reason": self.reason, "message": self.message, "refused_at": self.refused_at,
                "signer": self.signer}

    @classmethod
    def sign(cls, key: bytes, *, station_id: str, sequence: int, batch_sha256: str,
             reason: str, message: str, refused_at: str) -> Refusal:
        unsigned = cls(station_id, sequence, batch_sha256, reason, message, refused_at,
                       key_id(public_ed25519(key)))
        signature = Ed25519PrivateKey.from_private_bytes(key).sign(
            REFUSAL_CONTEXT + canonical_json(unsigned._body()))
        return cls(**{**unsigned.__dict__, "signature": signature})

    def verify(self, signer_public: bytes, *, station_id: str, sequence: int,
               batch_sha256: str) -> None:
        """AckRejected unless signed by `signer_public` (a service key the caller checked
        against its root) for exactly this batch, with a reason that allows superseding."""
        try:
            Ed25519PublicKey.from_public_bytes(signer_public).verify(
                self.signature, REFUSAL_CONTEXT + canonical_json(self._body()))
        except (InvalidSignature, ValueError):
            raise AckRejected("the refusal is not signed by this station's registry",
                              reason="bad-signature") from None
        if self.station_id != station_id:
            raise AckRejected("the refusal is for another station", reason="wrong-station")
        if (self.station_id, self.sequence, self.batch_sha256) != (station_id, sequence,
                                                                   batch_sha256):
            raise AckRejected("the refusal does not match the batch this station sealed",
                              reason="wrong-batch")
        if self.reason not in SUPERSEDABLE:
            raise AckRejected("the refusal's reason does not allow a new batch",
                              reason="not-supersedable")

    def to_dict(self) -> dict[str, Any]:
        return {**self._body(), "signature": b64e(self.signature)}

    @classmethod
    def from_dict(cls, data: Any) -> Refusal:
        if not isinstance(data, dict) or data.get("format") != REFUSAL_FORMAT:
            raise AckRejected("not a refusal", reason="malformed")
        try:
            return cls(str(data["station_id"]), int(data["sequence"]), str(data["batch_sha256"]),
                       str(data["reason"]), str(data["message"]), str(data["refused_at"]),
                       str(data["signer"]), b64d(str(data["signature"])))
        except (KeyError, TypeError, ValueError):
            raise AckRejected("the refusal is malformed", reason="malformed") from None
