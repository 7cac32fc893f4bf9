"""One codec per record kind: every plain-data form of a domain object is built here.

Stores, views, batch payloads and the registry import use these, so a record kind is turned
into a dict in one place only. `bindings` spells the associated data of every ciphertext.
"""

from station.domain.codec.consent import consent_from_dict, consent_to_dict
from station.domain.codec.personal import (
    personal_from_bytes,
    personal_from_dict,
    personal_to_bytes,
    personal_to_dict,
)

__all__ = ["consent_from_dict", "consent_to_dict", "personal_from_bytes", "personal_from_dict",
           "personal_to_bytes", "personal_to_dict"]
