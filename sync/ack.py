"""Acknowledgements: the registry's signed statement that it holds a station's batch.

Signed by the registry's service key (v2); the station finds the key in a root-signed service
certificate of its trust bundle or of the trust update that comes with the acknowledgement.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.batch import public_ed25519
from sync.encoding import b64d, b64e, canonical_json, key_id
from sync.errors import AckRejected

ACK_FORMAT = "enrolment-station/ack/v2"
ACK_CONTEXT = b"enrolment-station/ack/v2\n"
_OLD_FORMATS = ("enrolment-station/ack/v1",)  # signed by the root key itself


@dataclass(frozen=True)
class Acknowledgement:
    station_id: str
    sequence: int
    batch_sha256: str
    records: int
    imported: int
    imported_at: str
    signer: str
    signature: bytes = b""

    def _body(self) -> dict[str, Any]:
        return {"format": ACK_FORMAT, "station_id": self.station_id, "sequence": self.sequence,
                "batch_sha256": self.batch_sha256, "records": self.records,
                "imported": self.imported, "imported_at": self.imported_at,
                "signer": self.signer}

    @classmethod
    def sign(cls, key: bytes, *, station_id: str, sequence: int, batch_sha256: str,
             records: int, imported: int, imported_at: str) -> Acknowledgement:
        unsigned = cls(station_id, sequence, batch_sha256, records, imported, imported_at,
                       key_id(public_ed25519(key)))
        signature = Ed25519PrivateKey.from_private_bytes(key).sign(
            ACK_CONTEXT + canonical_json(unsigned._body()))
        return cls(**{**unsigned.__dict__, "signature": signature})

    def verify(self, signer_public: bytes, *, station_id: str, sequence: int,
               batch_sha256: str) -> None:
        """Raise AckRejected unless signed by `signer_public` for exactly this batch.

        `signer_public` is the service key the caller found for `self.signer` in a certificate
        it checked against its root; this method checks the signature only.
        """
        try:
            Ed25519PublicKey.from_public_bytes(signer_public).verify(
                self.signature, ACK_CONTEXT + canonical_json(self._body()))
        except (InvalidSignature, ValueError):
            raise AckRejected("the acknowledgement is not signed by this station's registry",
                              reason="bad-signature") from None
        if self.station_id != station_id:
            raise AckRejected("the acknowledgement is for another station", reason="wrong-station")
        if self.sequence != sequence or self.batch_sha256 != batch_sha256:
            raise AckRejected("the acknowledgement does not match the batch this station sealed",
                              reason="wrong-batch")

    def to_dict(self) -> dict[str, Any]:
        return {**self._body(), "signature": b64e(self.signature)}

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_dict())

    @classmethod
    def from_dict(cls, data: Any) -> Acknowledgement:
        if isinstance(data, dict) and data.get("format") in _OLD_FORMATS:
            raise AckRejected("the acknowledgement is of an old format (v1): the registry must "
                              "be upgraded", reason="old-format")
        if not isinstance(data, dict) or data.get("format") != ACK_FORMAT:
            raise AckRejected("not an acknowledgement", reason="malformed")
        try:
            return cls(str(data["station_id"]), int(data["sequence"]), str(data["batch_sha256"]),
                       int(data["records"]), int(data["imported"]), str(data["imported_at"]),
                       str(data["signer"]), b64d(str(data["signature"])))
        except (KeyError, TypeError, ValueError):
            raise AckRejected("the acknowledgement is malformed", reason="malformed") from None
