"""What a verifier trusts: the root public key, station and service certificates, revocation
lists."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cards._encoding import b64d, b64e
from cards.certificates import ServiceCertificate, StationCertificate, StationRevocation
from cards.errors import CardError
from cards.keys import RootKey, StationKey, key_id_of
from cards.record import add_years
from cards.revocation import RevocationList

BUNDLE_FORMAT = "enrolment-station/trust-bundle/v2"
# v3: v2 plus station revocations; written only when the bundle holds one, so that a reader that
# does not know them (v2) refuses the file instead of accepting a revoked station's new cards.
BUNDLE_FORMAT_V3 = "enrolment-station/trust-bundle/v3"
# v1 had no service certificates; it is still read (it can hold no service-signed list). A v1
# reader refuses v2, so an old verifier does not silently ignore service-signed revocations.
_READABLE_FORMATS = ("enrolment-station/trust-bundle/v1", BUNDLE_FORMAT, BUNDLE_FORMAT_V3)


@dataclass
class TrustBundle:
    """Root public key, station certificates, revocation lists, optional registry X25519 key,
    and the root-signed certificates of the registry's service key(s).

    Saved as JSON; holds no private key. Whoever can edit the file can change the root, so it
    lives where only the station or the verifying officer can write.
    """

    root_public_key: bytes
    certificates: list[StationCertificate] = field(default_factory=list)
    revocation_lists: list[RevocationList] = field(default_factory=list)
    registry_x25519_public_key: bytes | None = None
    service_certificates: list[ServiceCertificate] = field(default_factory=list)
    station_revocations: list[StationRevocation] = field(default_factory=list)

    @property
    def root_key_id(self) -> bytes:
        return key_id_of(self.root_public_key)

    @classmethod
    def self_issued(cls, station_key: StationKey, station_id: str, site: str, *,
                    root: RootKey | None = None, valid_from: date | None = None,
                    years: int = 5) -> TrustBundle:
        """A bundle with a local root certifying `station_key`, for a station not yet joined."""
        root = root or RootKey.generate()
        start = valid_from or date.today()
        cert = StationCertificate.issue(root, station_id=station_id, site=site,
                                        public_key=station_key.public_bytes, valid_from=start,
                                        valid_to=add_years(start, years))
        return cls(root.public_bytes, [cert])

    def add_certificate(self, cert: StationCertificate) -> None:
        self.certificates = [c for c in self.certificates if c.key_id != cert.key_id] + [cert]

    def add_revocation_list(self, revocations: RevocationList) -> None:
        """Add a signed list; it replaces an earlier list of the same signer that it contains."""
        kept = [existing for existing in self.revocation_lists
                if not (existing.signer_key_id == revocations.signer_key_id
                        and revocations.entries.keys() >= existing.entries.keys())]
        self.revocation_lists = [*kept, revocations]

    def add_station_revocation(self, revocation: StationRevocation) -> None:
        if revocation not in self.station_revocations:
            self.station_revocations = [*self.station_revocations, revocation]

    def station_revoked_on(self, cert: StationCertificate) -> date | None:
        """The earliest day the root or a trusted service key revoked `cert`'s key, else None."""
        days = [r.revoked_on for r in self.station_revocations
                if r.key_id == cert.key_id and r.station_id == cert.station_id
                and self._revocation_signed(r)]
        return min(days) if days else None

    def _revocation_signed(self, revocation: StationRevocation) -> bool:
        if revocation.signer_key_id == self.root_key_id:
            return revocation.verify(self.root_public_key)
        service = self.service_certificate_for(revocation.signer_key_id, revocation.issued_on)
        return service is not None and revocation.verify(service.public_key)

    def certificate_for(self, key_id: bytes) -> StationCertificate | None:
        for cert in self.certificates:
            if cert.key_id == key_id:
                return cert
        return None

    def service_certificate_for(self, key_id: bytes, day: date) -> ServiceCertificate | None:
        """The service certificate of `key_id` if the root signed it and it is valid on `day`."""
        for cert in self.service_certificates:
            if cert.key_id == key_id and cert.trusted_on(self.root_public_key, day):
                return cert
        return None

    def revocation(self, card_number: str, issuer: StationCertificate) -> date | None:
        """Date the card was revoked by a list the root or the card's station signed, else None."""
        found: list[date] = []
        for rl in self.revocation_lists:
            day = rl.revoked_on(card_number)
            if day is None or not self._list_applies(rl, issuer):
                continue
            found.append(day)
        return min(found) if found else None

    def _list_applies(self, rl: RevocationList, issuer: StationCertificate) -> bool:
        if rl.signer_key_id == self.root_key_id:
            return rl.verify(self.root_public_key)
        if rl.issued_on is not None:
            # A service-signed list counts when its certificate was valid on the day it was
            # issued: an older list stays in force after the key is rotated or expires.
            service = self.service_certificate_for(rl.signer_key_id, rl.issued_on)
            if service is not None:
                return rl.verify(service.public_key)
        signer = self.certificate_for(rl.signer_key_id)
        return (signer is not None and signer.station_id == issuer.station_id
                and signer.verify(self.root_public_key) and rl.verify(signer.public_key))

    def to_dict(self) -> dict[str, Any]:
        revocations = ({"station_revocations": [r.to_dict() for r in self.station_revocations]}
                       if self.station_revocations else {})
        return {
            "format": BUNDLE_FORMAT_V3 if self.station_revocations else BUNDLE_FORMAT,
            **revocations,
            "root_public_key": b64e(self.root_public_key),
            "root_key_id": self.root_key_id.hex(),
            "registry_x25519_public_key": (b64e(self.registry_x25519_public_key)
                                           if self.registry_x25519_public_key else None),
            "certificates": [c.to_dict() for c in self.certificates],
            "revocation_lists": [r.to_dict() for r in self.revocation_lists],
            "service_certificates": [c.to_dict() for c in self.service_certificates],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrustBundle:
        if not isinstance(data, dict) or data.get("format") not in _READABLE_FORMATS:
            raise CardError("not a trust bundle file", field="trust")
        try:
            x25519 = data.get("registry_x25519_public_key")
            return cls(
                root_public_key=b64d(data["root_public_key"]),
                certificates=[StationCertificate.from_dict(c) for c in data["certificates"]],
                revocation_lists=[RevocationList.from_dict(r) for r in data["revocation_lists"]],
                registry_x25519_public_key=b64d(x25519) if x25519 else None,
                service_certificates=[ServiceCertificate.from_dict(c)
                                      for c in data.get("service_certificates", [])],
                station_revocations=[StationRevocation.from_dict(r)
                                     for r in data.get("station_revocations", [])],
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, CardError):
                raise
            raise CardError(f"trust bundle is malformed ({type(exc).__name__})",
                            field="trust") from None

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write atomically (temporary file, then rename)."""
        target = Path(path)
        text = json.dumps(self.to_dict(), indent=2, sort_keys=True)
        fd, tmp = tempfile.mkstemp(prefix=".trust-", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, target)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> TrustBundle:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise CardError(f"cannot read the trust bundle ({exc.strerror})",
                            field="trust") from None
        try:
            data = json.loads(text)
        except ValueError:
            raise CardError("trust bundle is not JSON", field="trust") from None
        return cls.from_dict(data)

