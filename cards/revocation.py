"""Signed lists of revoked card numbers.

A list signed by the root, or by the registry's service key under a root-signed service
certificate, revokes any card. A list signed by a station key revokes the cards of that station
(same station id in the certificates), which lets a station revoke offline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from cards._encoding import b64d
from cards._signed import SignedJson
from cards.errors import CardError
from cards.keys import RootKey, ServiceKey, StationKey, verify_signature

REVOCATION_CONTEXT = b"enrolment-station/revocation-list/v1\n"


@dataclass(frozen=True)
class RevocationList(SignedJson):
    """Card numbers revoked, each with the date of revocation; `signer_key_id` names the signer."""

    _what: ClassVar[str] = "revocation list"
    _field: ClassVar[str] = "revocation_list"

    entries: dict[str, date] = field(default_factory=dict)
    issued_on: date | None = None
    signer_key_id: bytes = b""
    signature: bytes = b""

    def revoked_on(self, card_number: str) -> date | None:
        return self.entries.get(card_number)

    def with_revoked(self, card_number: str, on: date) -> RevocationList:
        """A new unsigned list with one more card (the earlier date wins)."""
        return self.merge(RevocationList({card_number: on}))

    def merge(self, other: RevocationList) -> RevocationList:
        """Union of both lists, unsigned: sign the result before giving it out."""
        merged = dict(self.entries)
        for number, day in other.entries.items():
            merged[number] = min(day, merged.get(number, day))
        return RevocationList(merged)

    def sign(self, key: StationKey | ServiceKey | RootKey, issued_on: date) -> RevocationList:
        unsigned = RevocationList(dict(self.entries), issued_on, key.key_id)
        return RevocationList(unsigned.entries, issued_on, key.key_id,
                              key.sign(REVOCATION_CONTEXT + unsigned._signed_bytes()))

    def verify(self, public_raw: bytes) -> bool:
        return verify_signature(public_raw, self.signature,
                                REVOCATION_CONTEXT + self._signed_bytes())

    def _body(self) -> dict[str, Any]:
        return {
            "entries": {number: day.isoformat() for number, day in sorted(self.entries.items())},
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
            "signer_key_id": self.signer_key_id.hex(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RevocationList:
        try:
            return cls(
                entries={str(k): date.fromisoformat(v) for k, v in data["entries"].items()},
                issued_on=date.fromisoformat(data["issued_on"]) if data.get("issued_on") else None,
                signer_key_id=bytes.fromhex(data["signer_key_id"]),
                signature=b64d(data["signature"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CardError(f"revocation list is malformed ({type(exc).__name__})",
                            field="revocation_list") from None

