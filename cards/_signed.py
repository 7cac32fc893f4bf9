"""The JSON forms shared by every signed document of the trust chain (certificates, revocation
lists): a body, and the same body with its signature."""

from __future__ import annotations

import json
from typing import Any, ClassVar, Self

from cards._encoding import b64e, canonical_json
from cards.errors import CardError


class SignedJson:
    """Mixin for frozen dataclasses that define `_body()` and hold `signature: bytes`."""

    signature: bytes
    _what: ClassVar[str]  # how errors name the document, e.g. "station certificate"
    _field: ClassVar[str]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        raise NotImplementedError

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        try:
            data = json.loads(text)
        except ValueError:
            raise CardError(f"{cls._what} is not JSON", field=cls._field) from None
        return cls.from_dict(data)

    @classmethod
    def from_bytes(cls, data: bytes) -> Self:
        return cls.from_json(data)

    def _body(self) -> dict[str, Any]:
        raise NotImplementedError

    def _signed_bytes(self) -> bytes:
        """What the signature covers: the canonical JSON of the body."""
        return canonical_json(self._body())

    def to_dict(self) -> dict[str, Any]:
        return {**self._body(), "signature": b64e(self.signature)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, indent=2)

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_dict())
