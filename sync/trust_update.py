"""Trust updates: the registry's current certificates and revocation lists, signed by its
service key, with the root-signed service certificate(s) that vouch for that key.

A station takes an update only when the signing service key has a certificate that verifies
with the root public key the station already trusts and is valid that day. The signature covers
the canonical JSON of every other field, so nobody on the way can drop a certificate or a list.

Retirement: service certificates carry a root-signed `serial` and, after a rotation that retires
the previous key, `retires_below` (a floor). The signer's certificate must not be below the
highest floor the station has seen or that any root-signed certificate in the update carries,
so a retired (say, leaked) service key signs nothing a station takes. An update dated more than
`MAX_CLOCK_SKEW` ahead of the station's clock is refused: it would block every later one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from cards import CardError, RevocationList, ServiceCertificate, ServiceKey, StationCertificate
from cards.certificates import StationRevocation
from cards.keys import verify_signature
from sync.encoding import b64d, b64e, canonical_json
from sync.errors import TrustRejected

TRUST_UPDATE_FORMAT = "enrolment-station/trust-update/v2"
TRUST_UPDATE_CONTEXT = b"enrolment-station/trust-update/v2\n"
_OLD_FORMATS = ("enrolment-station/trust-update/v1",)  # unsigned, items root-signed
MAX_CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class TrustUpdate:
    """A verified trust update: only the parts that verify with the station's root are kept."""

    issued_at: datetime
    signer: ServiceCertificate
    service_certificates: list[ServiceCertificate] = field(default_factory=list)
    certificates: list[StationCertificate] = field(default_factory=list)
    revocation_lists: list[RevocationList] = field(default_factory=list)
    retired_below: int = 0  # the highest root-signed floor known when it was verified
    # Stations the registry revoked: their certificates (kept apart from `certificates`, which
    # an older station takes as the whole list, so it goes on refusing their cards) and the
    # signed revocations that date them (cards/FORMAT.md 3.4).
    revoked_certificates: list[StationCertificate] = field(default_factory=list)
    station_revocations: list[StationRevocation] = field(default_factory=list)


def retirement_floor(certificates: Iterable[ServiceCertificate], root_public: bytes) -> int:
    """The highest `retires_below` among the certificates that verify with `root_public`."""
    return max((c.retires_below for c in certificates if c.verify(root_public)), default=0)


def retired_message(cert: ServiceCertificate, floor: int) -> str:
    return (f"the service key {cert.key_id.hex()} was retired (its certificate has serial "
            f"{cert.serial}, the root retired every serial below {floor}): refused")


def sign_trust_update(key: ServiceKey, *, issued_at: datetime,
                      service_certificates: list[ServiceCertificate],
                      certificates: list[StationCertificate],
                      revocation_lists: list[RevocationList],
                      revoked_certificates: Iterable[StationCertificate] = (),
                      station_revocations: Iterable[StationRevocation] = ()) -> dict[str, Any]:
    """The JSON form of a trust update signed by the service key `key`. Revoked stations'
    certificates and their dated revocations are members of their own, present only when
    there are any (an update without them is byte for byte what it was before)."""
    body: dict[str, Any] = {
        "format": TRUST_UPDATE_FORMAT, "issued_at": issued_at.isoformat(),
        "signer": key.key_id.hex(),
        "service_certificates": [c.to_dict() for c in service_certificates],
        "certificates": [c.to_dict() for c in certificates],
        "revocation_lists": [r.to_dict() for r in revocation_lists]}
    revoked = [c.to_dict() for c in revoked_certificates]
    dated = [r.to_dict() for r in station_revocations]
    if revoked or dated:
        body["revoked_certificates"] = revoked
        body["station_revocations"] = dated
    signature = key.sign(TRUST_UPDATE_CONTEXT + canonical_json(body))
    return {**body, "signature": b64e(signature)}


def verify_trust_update(data: Any, root_public: bytes, today: date, *,
                        now: datetime | None = None, retired_below: int = 0) -> TrustUpdate:
    """Check a trust update against the root the station trusts; raise TrustRejected if not.

    `retired_below` is the highest serial floor the station has seen; `now` its clock (an
    update issued more than MAX_CLOCK_SKEW later is refused).
    """
    if isinstance(data, dict) and data.get("format") in _OLD_FORMATS:
        raise TrustRejected("the trust update is of an old format (v1, not signed): the "
                            "registry must be upgraded", reason="old-format")
    if not isinstance(data, dict) or data.get("format") != TRUST_UPDATE_FORMAT:
        raise TrustRejected("not a trust update", reason="malformed")
    try:
        signer_id = bytes.fromhex(str(data["signer"]))
        signature = b64d(str(data["signature"]))
        issued_at = datetime.fromisoformat(str(data["issued_at"]))
        services = [ServiceCertificate.from_dict(c) for c in data["service_certificates"]]
        items = (list(data["certificates"]), list(data["revocation_lists"]))
    except (KeyError, TypeError, ValueError, CardError):
        raise TrustRejected("the trust update is malformed", reason="malformed") from None
    if issued_at.tzinfo is None:
        raise TrustRejected("the trust update's issued_at has no time zone",
                            reason="malformed")
    clock = now or datetime.now(UTC)
    if clock.tzinfo is None:
        clock = clock.replace(tzinfo=UTC)
    if issued_at > clock + MAX_CLOCK_SKEW:
        raise TrustRejected(f"the trust update is dated {issued_at.isoformat()}, more than "
                            f"{int(MAX_CLOCK_SKEW.total_seconds() // 60)} minutes ahead of this "
                            "station's clock: refused (check the clocks)", reason="future")
    named = [c for c in services if c.key_id == signer_id]
    if not named:
        raise TrustRejected("the trust update carries no certificate for the key that signed "
                            "it", reason="untrusted-signer")
    rooted = [c for c in named if c.verify(root_public)]
    if not rooted:
        raise TrustRejected("the trust update's service certificate is not signed by this "
                            "station's root", reason="untrusted-signer")
    floor = max(retired_below, retirement_floor(services, root_public))
    current = [c for c in rooted if c.serial >= floor]
    if not current:
        raise TrustRejected("trust update: " + retired_message(
            max(rooted, key=lambda c: c.serial), floor), reason="retired-signer")
    signer = next((c for c in current if c.valid_on(today)), current[0])
    if not signer.valid_on(today):
        raise TrustRejected(f"the registry's service certificate is not valid today (valid "
                            f"{signer.valid_from} to {signer.valid_to}): the registry must "
                            "renew it", reason="expired-signer")
    body = {k: v for k, v in data.items() if k != "signature"}
    if not verify_signature(signer.public_key, signature,
                            TRUST_UPDATE_CONTEXT + canonical_json(body)):
        raise TrustRejected("the trust update's signature does not match: it was altered",
                            reason="bad-signature")
    certificates, lists = [], []
    for item in items[0]:
        try:
            cert = StationCertificate.from_dict(item)
        except (CardError, TypeError):
            continue
        if cert.verify(root_public):
            certificates.append(cert)
    for item in items[1]:
        try:
            lists.append(RevocationList.from_dict(item))
        except (CardError, TypeError):
            continue
    revoked, dated = [], []
    for item in _list_of(data.get("revoked_certificates")):
        try:
            cert = StationCertificate.from_dict(item)
        except (CardError, TypeError):
            continue
        if cert.verify(root_public):
            revoked.append(cert)
    for item in _list_of(data.get("station_revocations")):
        try:
            dated.append(StationRevocation.from_dict(item))  # checked where it is used
        except (CardError, TypeError):
            continue
    return TrustUpdate(issued_at, signer, [c for c in services if c.verify(root_public)
                                           and c.serial >= floor],
                       certificates, lists, floor, revoked, dated)


def _list_of(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
