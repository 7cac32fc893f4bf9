"""Certificates the root signs: a station's public key (site, validity), and the service key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from cards._encoding import b64d, b64e
from cards._signed import SignedJson
from cards.errors import CardError
from cards.keys import RootKey, ServiceKey, key_id_of, verify_signature

CERT_CONTEXT = b"enrolment-station/station-certificate/v1\n"


@dataclass(frozen=True)
class StationCertificate(SignedJson):
    """A station's Ed25519 public key with its station id, site and validity, signed by the root.

    The validity should cover the period the key signs cards plus the longest card validity,
    as ICAO document-signer certificates do: the verifier requires it on the day of checking.
    """

    _what: ClassVar[str] = "station certificate"
    _field: ClassVar[str] = "certificate"

    station_id: str
    site: str
    public_key: bytes
    valid_from: date
    valid_to: date
    root_key_id: bytes
    signature: bytes = b""

    @property
    def key_id(self) -> bytes:
        return key_id_of(self.public_key)

    @classmethod
    def issue(cls, root: RootKey, *, station_id: str, site: str, public_key: bytes,
              valid_from: date, valid_to: date) -> StationCertificate:
        if len(public_key) != 32:
            raise CardError("a station public key is 32 bytes", field="public_key")
        if valid_to <= valid_from:
            raise CardError("certificate validity ends before it starts", field="valid_to")
        unsigned = cls(station_id, site, public_key, valid_from, valid_to, root.key_id)
        return unsigned._with_signature(root.sign(CERT_CONTEXT + unsigned._signed_bytes()))

    def _with_signature(self, signature: bytes) -> StationCertificate:
        return StationCertificate(self.station_id, self.site, self.public_key, self.valid_from,
                                  self.valid_to, self.root_key_id, signature)

    def _body(self) -> dict[str, Any]:
        return {
            "station_id": self.station_id,
            "site": self.site,
            "public_key": b64e(self.public_key),
            "key_id": self.key_id.hex(),
            "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat(),
            "root_key_id": self.root_key_id.hex(),
        }

    def verify(self, root_public: bytes) -> bool:
        """True when the root whose raw public key is `root_public` signed this certificate."""
        return verify_signature(root_public, self.signature,
                                CERT_CONTEXT + self._signed_bytes())

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_to

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StationCertificate:
        try:
            cert = cls(
                station_id=str(data["station_id"]),
                site=str(data["site"]),
                public_key=b64d(data["public_key"]),
                valid_from=date.fromisoformat(data["valid_from"]),
                valid_to=date.fromisoformat(data["valid_to"]),
                root_key_id=bytes.fromhex(data["root_key_id"]),
                signature=b64d(data["signature"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CardError(f"station certificate is malformed ({type(exc).__name__})",
                            field="certificate") from None
        if "key_id" in data and data["key_id"] != cert.key_id.hex():
            raise CardError("station certificate key id does not match its key",
                            field="certificate")
        return cert



SERVICE_CERT_CONTEXT = b"enrolment-station/service-certificate/v1\n"
SERVICE_ROLE = "service"


@dataclass(frozen=True)
class ServiceCertificate(SignedJson):
    """The root vouches for the registry's online service key, for a period.

    The service key signs acknowledgements, trust updates and revocation lists, so that the root
    key signs certificates only and can stay offline. Its own signing context keeps a station
    certificate from passing as a service certificate (and the other way round).

    `serial` (1, 2, ... per registry; 0 for a certificate made before serials) and
    `retires_below` are root-signed: a station that has seen a certificate with
    `retires_below` N refuses every service certificate with a serial below N, for good (a
    retired or leaked service key cannot sign anything it accepts again).
    """

    _what: ClassVar[str] = "service certificate"
    _field: ClassVar[str] = "service_certificate"

    public_key: bytes
    valid_from: date
    valid_to: date
    root_key_id: bytes
    role: str = SERVICE_ROLE
    signature: bytes = b""
    serial: int = 0
    retires_below: int = 0

    @property
    def key_id(self) -> bytes:
        return key_id_of(self.public_key)

    @classmethod
    def issue(cls, root: RootKey, *, public_key: bytes, valid_from: date, valid_to: date,
              serial: int = 1, retires_below: int = 0) -> ServiceCertificate:
        if len(public_key) != 32:
            raise CardError("a service public key is 32 bytes", field="public_key")
        if valid_to <= valid_from:
            raise CardError("certificate validity ends before it starts", field="valid_to")
        if serial < 1 or not 0 <= retires_below <= serial:
            raise CardError("a service certificate's serial is 1 or more and retires only "
                            "serials up to its own", field="serial")
        unsigned = cls(public_key, valid_from, valid_to, root.key_id, serial=serial,
                       retires_below=retires_below)
        signature = root.sign(SERVICE_CERT_CONTEXT + unsigned._signed_bytes())
        return cls(public_key, valid_from, valid_to, root.key_id, SERVICE_ROLE, signature,
                   serial, retires_below)

    def _body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "role": self.role,
            "public_key": b64e(self.public_key),
            "key_id": self.key_id.hex(),
            "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat(),
            "root_key_id": self.root_key_id.hex(),
        }
        # Absent (0) in certificates made before serials, so that their signatures still hold.
        if self.serial:
            body["serial"] = self.serial
        if self.retires_below:
            body["retires_below"] = self.retires_below
        return body

    def verify(self, root_public: bytes) -> bool:
        """True when the root whose raw public key is `root_public` signed this certificate."""
        return self.role == SERVICE_ROLE and verify_signature(
            root_public, self.signature, SERVICE_CERT_CONTEXT + self._signed_bytes())

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_to

    def trusted_on(self, root_public: bytes, day: date) -> bool:
        """Signed by this root and valid on `day`: the test before using the key."""
        return self.verify(root_public) and self.valid_on(day)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ServiceCertificate:
        try:
            cert = cls(
                public_key=b64d(data["public_key"]),
                valid_from=date.fromisoformat(data["valid_from"]),
                valid_to=date.fromisoformat(data["valid_to"]),
                root_key_id=bytes.fromhex(data["root_key_id"]),
                role=str(data["role"]),
                signature=b64d(data["signature"]),
                serial=_count(data.get("serial", 0)),
                retires_below=_count(data.get("retires_below", 0)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CardError(f"service certificate is malformed ({type(exc).__name__})",
                            field="service_certificate") from None
        if cert.role != SERVICE_ROLE:
            raise CardError("not a service certificate", field="service_certificate")
        if "key_id" in data and data["key_id"] != cert.key_id.hex():
            raise CardError("service certificate key id does not match its key",
                            field="service_certificate")
        return cert


def _count(value: Any) -> int:
    """A non-negative JSON integer (not a bool, string or float)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("not a non-negative integer")
    return value


STATION_REVOCATION_CONTEXT = b"enrolment-station/station-revocation/v1\n"


@dataclass(frozen=True)
class StationRevocation(SignedJson):
    """The registry's word that a station key was revoked on a day (cards/FORMAT.md 3.4).

    Signed by the root, or by a service key whose certificate was valid on `issued_on` (the day
    it was signed; the registry signs it again with its current key in every trust update). The
    station's certificate stays in the trust list: cards it signed before `revoked_on` stay
    valid (each is revoked one by one when needed); cards dated on or after it are refused.
    """

    _what: ClassVar[str] = "station revocation"
    _field: ClassVar[str] = "station_revocation"

    station_id: str
    key_id: bytes
    revoked_on: date
    issued_on: date
    signer_key_id: bytes = b""
    signature: bytes = b""

    @classmethod
    def issue(cls, signer: RootKey | ServiceKey, *, station_id: str, key_id: bytes,
              revoked_on: date, issued_on: date | None = None) -> StationRevocation:
        signed_on = issued_on or date.today()
        unsigned = cls(station_id, bytes(key_id), revoked_on, signed_on, signer.key_id)
        return cls(station_id, bytes(key_id), revoked_on, signed_on, signer.key_id,
                   signer.sign(STATION_REVOCATION_CONTEXT + unsigned._signed_bytes()))

    def _body(self) -> dict[str, Any]:
        return {
            "station_id": self.station_id,
            "key_id": self.key_id.hex(),
            "revoked_on": self.revoked_on.isoformat(),
            "issued_on": self.issued_on.isoformat(),
            "signer_key_id": self.signer_key_id.hex(),
        }

    def verify(self, signer_public: bytes) -> bool:
        return verify_signature(signer_public, self.signature,
                                STATION_REVOCATION_CONTEXT + self._signed_bytes())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StationRevocation:
        try:
            return cls(
                station_id=str(data["station_id"]),
                key_id=bytes.fromhex(data["key_id"]),
                revoked_on=date.fromisoformat(data["revoked_on"]),
                issued_on=date.fromisoformat(data["issued_on"]),
                signer_key_id=bytes.fromhex(data["signer_key_id"]),
                signature=b64d(data["signature"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CardError(f"station revocation is malformed ({type(exc).__name__})",
                            field="station_revocation") from None
