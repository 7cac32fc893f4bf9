"""The station's 1:N face gallery: every template of the station, decrypted once.

The gallery is built on first use after unlock and then kept current on every enrolment,
merge and erasure, without reloading. Its hits are `DuplicateCandidate`s, the station's view
of the library's `biometrics.Candidate`.

The search runs on the dlib templates (every record has one, also those enrolled before SFace
and not yet re-indexed) and re-scores the shortlist with both models (`biometrics.fusion`):
a candidate's `distance` is then the fused score, on dlib's scale, banded by the calibrated
fused thresholds; a pair without two SFace templates keeps the dlib distance and the station's
dlib thresholds (the `match_threshold` / `possible_threshold` settings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
    index: Any  # biometrics.MatchIndex of dlib templates keyed by enrolment id
    numbers: dict[int, str]
    sface: dict[int, Any] = field(default_factory=dict)  # enrolment id -> SFace vector
    # {(model, version): templates stored} when last in step with the store (`current`)
    versions: dict[tuple[str, str], int] = field(default_factory=dict)

    def search(self, vector: Any, thresholds: Any, k: int = 5,
               sface_vector: Any = None) -> list[DuplicateCandidate]:
        """The `k` best candidates in a band: dlib shortlist, re-scored with SFace when the
        query has an SFace template (`sface_vector`)."""
        from biometrics import fusion

        if len(self.index) == 0:
            return []
        shortlist = [(int(hit.key), float(hit.distance))
                     for hit in self.index.search(vector, k=max(k, fusion.SHORTLIST))]
        found = []
        for hit in fusion.rescore(shortlist, sface_vector, self.sface.get, k=len(shortlist),
                                  dlib_thresholds=thresholds):
            # a key withdrawn since the search read it has no number any more: not a candidate
            number = self.numbers.get(hit.key)
            if hit.band and number is not None:
                found.append(DuplicateCandidate(number, hit.distance, hit.band))
        return found[:k]


def gallery(station: Station) -> Gallery:
    cached = station.cache.get(GALLERY)
    if cached is not None:
        return cached
    import biometrics

    keys: list[int] = []
    blobs: list[bytes] = []
    numbers: dict[int, str] = {}
    sface_keys: list[int] = []
    sface_blobs: list[bytes] = []
    with station.store.reading() as repo:  # seconds on a large store: no write lock held
        for key, number, blob in repo.iter_templates():
            keys.append(key)
            blobs.append(blob)
            numbers[key] = number
        for key, _number, blob in repo.iter_templates(biometrics.SFACE_MODEL):
            if biometrics.is_current_sface(blob):  # an older version waits for reindex
                sface_keys.append(key)
                sface_blobs.append(blob)
        versions = repo.template_versions()
    index = biometrics.MatchIndex()
    if keys:
        index.add_many(np.asarray(keys, dtype=np.int64), biometrics.Template.stack_vectors(blobs))
    sface = (dict(zip(sface_keys, biometrics.Template.stack_vectors(sface_blobs), strict=True))
             if sface_keys else {})
    loaded = Gallery(index, numbers, sface, versions)
    station.cache[GALLERY] = loaded
    return loaded


def remember(station: Station, key: int, number: str, vector: Any,
             sface_vector: Any = None) -> None:
    loaded = station.cache.get(GALLERY)
    if loaded is not None:
        # the number and SFace vector first: a search in another thread may find the key as
        # soon as it is added
        loaded.numbers[key] = number
        if sface_vector is not None:
            loaded.sface[key] = np.asarray(sface_vector, dtype=np.float32)
        loaded.index.add(key, vector)


def forget(station: Station, key: int) -> None:
    loaded = station.cache.get(GALLERY)
    if loaded is not None and key in loaded.numbers:
        loaded.index.remove(key)
        del loaded.numbers[key]
        loaded.sface.pop(key, None)


def catch_up(station: Station, repo: Any) -> bool:
    """Bring the gallery's dlib keys in step with the store read through `repo` (a read or a
    write unit): templates stored by other processes are added (with their SFace templates of
    the current version), those erased there are removed. True when anything changed."""
    import biometrics

    loaded = gallery(station)
    stored, known = repo.template_keys(), set(loaded.numbers)
    gone, missing = known - stored, stored - known
    for key in gone:
        forget(station, key)
    if missing:
        sface = {key: biometrics.Template.from_bytes(blob).vector
                 for key, _number, blob in repo.templates_of_keys(missing,
                                                                  biometrics.SFACE_MODEL)
                 if biometrics.is_current_sface(blob)}
        for key, number, blob in repo.templates_of_keys(missing):
            remember(station, key, number, biometrics.Template.from_bytes(blob).vector,
                     sface.get(key))
    return bool(gone or missing)


def current(station: Station) -> Gallery:
    """The gallery, first brought in step with the store when another process changed its
    templates (`station biometrics reindex` run while a window is open, an enrolment in a
    second window): the store's count of templates of each model and version (one grouped
    count) is compared with the one last seen. Templates added or removed there are added or
    removed here (`catch_up`, then the SFace templates of records already known); a model
    version that appeared or went reloads the whole gallery."""
    import biometrics

    loaded = gallery(station)
    with station.store.reading() as repo:
        versions = repo.template_versions()
        if versions == loaded.versions:
            return loaded
        if set(versions) != set(loaded.versions):
            station.cache.pop(GALLERY, None)
            return gallery(station)
        catch_up(station, repo)
        with_sface = repo.template_keys(biometrics.SFACE_MODEL)
        for key in set(loaded.sface) - with_sface:
            loaded.sface.pop(key, None)
        for key, _number, blob in repo.templates_of_keys(with_sface - set(loaded.sface),
                                                         biometrics.SFACE_MODEL):
            if biometrics.is_current_sface(blob):
                vector = biometrics.Template.from_bytes(blob).vector
                loaded.sface[key] = np.asarray(vector, dtype=np.float32)
    loaded.versions = versions
    return loaded


def search(station: Station, vector: Any, k: int = 5,
           sface_vector: Any = None) -> list[DuplicateCandidate]:
    """Candidates for a dlib template `vector` (and, for the fused score, the same photo's
    SFace template `sface_vector`; without it dlib alone judges), in a gallery in step with
    the store (`current`)."""
    return current(station).search(vector, match_thresholds(station), k, sface_vector)


def search_analysis(station: Station, analysis: Any, k: int = 5) -> list[DuplicateCandidate]:
    """Candidates for a `biometrics.PhotoAnalysis` (both of its templates)."""
    sface = analysis.sface_template
    return search(station, analysis.template.vector, k,
                  None if sface is None else sface.vector)
