"""The scrypt cost of a passphrase key file, as shipped or as lowered by an environment variable.

Tests and benchmarks lower the cost (STATION_SCRYPT_N, REGISTRY_SCRYPT_N) to save time; an unset
or empty variable means the production default. A value that scrypt would refuse is an error
that names the variable, not a traceback from the KDF.
"""

from __future__ import annotations

import os

MIN_COST = 2**10
MAX_COST = 2**20


class KdfCostError(ValueError):
    """The environment asks for a scrypt cost scrypt cannot use (or one too weak to be sane)."""


def kdf_cost_from_env(variable: str, default: int) -> int:
    text = os.environ.get(variable, "").strip()
    if not text:
        return default
    if not text.isdigit():
        raise KdfCostError(f"{variable} must be a whole number (leave it unset for the default)")
    value = int(text)
    if value < MIN_COST or value > MAX_COST or value & (value - 1):
        raise KdfCostError(f"{variable} must be a power of two from {MIN_COST} to {MAX_COST} "
                           "(leave it unset for the default)")
    return value
