"""Join requests: a station's own public key, carried to the registry to be certified.

The station makes its key itself and keeps the private half sealed in its store; only this
request travels. It is signed by the key it names (proof that the requester holds it, as a
certificate signing request is), and both sides show the key id so that staff can compare it
out of band (read aloud over the phone) before certifying.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cards.keys import verify_signature
from sync.batch import public_ed25519
from sync.encoding import b64d, b64e, canonical_json, key_id
from sync.errors import SyncError

JOIN_REQUEST_FORMAT = "enrolment-station/join-request/v1"
JOIN_REQUEST_CONTEXT = b"enrolment-station/join-request/v1\n"


@dataclass(frozen=True)
class JoinRequest:
    site: str
    station: str
    public_key: bytes
    created_at: str

    @property
    def station_id(self) -> str:
        return f"{self.site}-{self.station}"

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    def _body(self) -> dict[str, Any]:
        return {"format": JOIN_REQUEST_FORMAT, "site": self.site, "station": self.station,
                "station_id": self.station_id, "public_key": b64e(self.public_key),
                "key_id": self.key_id, "created_at": self.created_at}


def make_join_request(private_key: bytes, *, site: str, station: str,
                      created_at: datetime) -> dict[str, Any]:
    """The JSON form of a request for `private_key`'s public half, signed by that key."""
    request = JoinRequest(site, station, public_ed25519(private_key), created_at.isoformat())
    body = request._body()
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(
        JOIN_REQUEST_CONTEXT + canonical_json(body))
    return {**body, "signature": b64e(signature)}


def read_join_request(data: Any) -> JoinRequest:
    """Parse and check a request; SyncError (reason `bad-request`) if it is not sound."""
    if not isinstance(data, dict) or data.get("format") != JOIN_REQUEST_FORMAT:
        raise SyncError("not a station join request", reason="bad-request")
    try:
        request = JoinRequest(str(data["site"]), str(data["station"]),
                              b64d(str(data["public_key"])), str(data["created_at"]))
        signature = b64d(str(data["signature"]))
    except (KeyError, TypeError, ValueError):
        raise SyncError("the join request is malformed", reason="bad-request") from None
    body = {k: v for k, v in data.items() if k != "signature"}
    if len(request.public_key) != 32 or body != request._body():
        raise SyncError("the join request is malformed", reason="bad-request")
    if not verify_signature(request.public_key, signature,
                            JOIN_REQUEST_CONTEXT + canonical_json(body)):
        raise SyncError("the join request is not signed by the key it names",
                        reason="bad-request")
    return request
