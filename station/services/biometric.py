"""The station's use of the biometrics library: photo analysis and the 1:N gallery.

The gallery (every template of the station, decrypted once) is built on first use after
unlock and then kept current on every enrolment, merge and erasure, without reloading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from station.domain.model import Candidate
from station.errors import ValidationError
from station.services.context import Station

GALLERY = "gallery"


def match_thresholds(station: Station) -> Any:
    import biometrics

    match, possible = station.config.effective_thresholds()
    return biometrics.MatchThresholds(match=match, possible=possible)


def analyse_photo(data: bytes, *, live: bool = False) -> Any:
    """Run the photo pipeline; unreadable images and faceless photos become field errors."""
    import biometrics

    try:
        return biometrics.analyse_photo(data, live=live)
    except biometrics.PhotoError as exc:
        raise ValidationError(f"photo: {exc}", field="photo") from None


def failed_checks(analysis: Any) -> list[Any]:
    return [check for check in analysis.report.checks if not check.passed]


def require_acceptable(analysis: Any, override_reason: str) -> None:
    """A photo failing quality needs an officer's reason; some failures allow no override."""
    failed = failed_checks(analysis)
    if not failed:
        return
    reasons = "; ".join(check.reason.rstrip(". ") for check in failed)
    hard = [check for check in failed if not check.overridable]
    if hard:
        raise ValidationError(f"photo rejected: {reasons}", field="photo")
    if not override_reason.strip():
        raise ValidationError(
            f"photo fails quality: {reasons}. Retake it, or accept it with a reason "
            "(--quality-override REASON)", field="photo")


@dataclass
class Gallery:
    index: Any  # biometrics.MatchIndex keyed by enrolment id
    numbers: dict[int, str]

    def search(self, vector: Any, thresholds: Any, k: int = 5) -> list[Candidate]:
        if len(self.index) == 0:
            return []
        found = []
        for hit in self.index.search(vector, k=k):
            band = thresholds.band(hit.distance)
            if band:
                found.append(Candidate(self.numbers[int(hit.key)], float(hit.distance), band))
        return found


def gallery(station: Station) -> Gallery:
    cached = station.cache.get(GALLERY)
    if cached is not None:
        return cached
    import biometrics

    keys: list[int] = []
    blobs: list[bytes] = []
    numbers: dict[int, str] = {}
    with station.store.transaction() as repo:
        for key, number, blob in repo.iter_templates():
            keys.append(key)
            blobs.append(blob)
            numbers[key] = number
    index = biometrics.MatchIndex()
    if keys:
        index.add_many(np.asarray(keys, dtype=np.int64), _vectors(blobs))
    loaded = Gallery(index, numbers)
    station.cache[GALLERY] = loaded
    return loaded


def _vectors(blobs: list[bytes]) -> Any:
    """Decode many serialised templates at once.

    The first blob is parsed fully; the others share its header (same model and version) in the
    normal case, so only their float32 tails are joined into one array. Any blob with another
    header goes through the full parser.
    """
    import biometrics

    first = biometrics.Template.from_bytes(blobs[0])
    tail = first.vector.size * 4
    header = blobs[0][:-tail]
    if all(len(blob) == len(header) + tail and blob.startswith(header) for blob in blobs):
        vectors = np.frombuffer(b"".join(blob[-tail:] for blob in blobs), dtype="<f4")
        vectors = vectors.reshape(len(blobs), first.vector.size).astype(np.float32)
        if np.isfinite(vectors).all():
            return vectors
    return np.vstack([biometrics.Template.from_bytes(blob).vector for blob in blobs])


def remember(station: Station, key: int, number: str, vector: Any) -> None:
    loaded = station.cache.get(GALLERY)
    if loaded is not None:
        loaded.index.add(key, vector)
        loaded.numbers[key] = number


def forget(station: Station, key: int) -> None:
    loaded = station.cache.get(GALLERY)
    if loaded is not None and key in loaded.numbers:
        loaded.index.remove(key)
        del loaded.numbers[key]


def search(station: Station, vector: Any, k: int = 5) -> list[Candidate]:
    return gallery(station).search(vector, match_thresholds(station), k)
