"""The station's 1:N face gallery: every template of the station, decrypted once.

The gallery is built on first use after unlock and then kept current on every enrolment,
merge and erasure, without reloading. Its hits are `DuplicateCandidate`s, the station's view
of the library's `biometrics.Candidate`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from station.domain.model import DuplicateCandidate
from station.services.context import Station

GALLERY = "gallery"


def match_thresholds(station: Station) -> Any:
    import biometrics

    match, possible = station.config.effective_thresholds()
    return biometrics.MatchThresholds(match=match, possible=possible)


@dataclass
class Gallery:
    index: Any  # biometrics.MatchIndex keyed by enrolment id
    numbers: dict[int, str]

    def search(self, vector: Any, thresholds: Any, k: int = 5) -> list[DuplicateCandidate]:
        if len(self.index) == 0:
            return []
        found = []
        for hit in self.index.search(vector, k=k):
            band = thresholds.band(hit.distance)
            # a key withdrawn since the search read it has no number any more: not a candidate
            number = self.numbers.get(int(hit.key))
            if band and number is not None:
                found.append(DuplicateCandidate(number, float(hit.distance), band))
        return found


def gallery(station: Station) -> Gallery:
    cached = station.cache.get(GALLERY)
    if cached is not None:
        return cached
    import biometrics

    keys: list[int] = []
    blobs: list[bytes] = []
    numbers: dict[int, str] = {}
    with station.store.reading() as repo:  # seconds on a large store: no write lock held
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
        # the number first: a search in another thread may find the key as soon as it is added
        loaded.numbers[key] = number
        loaded.index.add(key, vector)


def forget(station: Station, key: int) -> None:
    loaded = station.cache.get(GALLERY)
    if loaded is not None and key in loaded.numbers:
        loaded.index.remove(key)
        del loaded.numbers[key]


def search(station: Station, vector: Any, k: int = 5) -> list[DuplicateCandidate]:
    return gallery(station).search(vector, match_thresholds(station), k)
