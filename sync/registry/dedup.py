"""Cross-site duplicate candidates: 1:N face search over the whole registry, plus demographic
blocking on normalised name + birth date + sex. Candidates go to a review queue, never merged."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

import numpy as np


def normalise_name(*parts: str) -> str:
    """Drop case, accents, punctuation and word order: 'Adé-Okafor N.' == 'n okafor ade'."""
    words: list[str] = []
    for part in parts:
        decomposed = unicodedata.normalize("NFKD", part.casefold())
        letters = "".join(ch if ch.isalnum() else " " for ch in decomposed
                          if not unicodedata.combining(ch))
        words += letters.split()
    return " ".join(sorted(words))


def demographic_text(personal: dict[str, Any], sex: str) -> str:
    name = personal.get("name", {})
    latin_given = name.get("given_latin") or name.get("given", "")
    latin_family = name.get("family_latin") or name.get("family", "")
    return "|".join([normalise_name(latin_given, latin_family),
                     str(personal.get("birth_date", "")), sex])


@dataclass
class FaceIndex:
    """The in-memory 1:N index of every registry template (rebuilt from the database at start).

    Like the station's gallery (`biometrics.fusion`): the index holds the dlib templates (every
    record has one, also from stations that still send old templates only); its shortlist is
    re-scored with SFace where both records have an SFace template of the same version, and
    judged by dlib alone otherwise. Templates of one model are only ever compared with
    templates of the same model and version.
    """

    index: Any = None  # biometrics.MatchIndex, or None when biometrics is unavailable
    numbers: dict[int, str] = field(default_factory=dict)
    keys: dict[str, int] = field(default_factory=dict)
    stations: dict[int, str] = field(default_factory=dict)
    sface: dict[int, Any] = field(default_factory=dict)  # key -> SFace vector
    next_key: int = 1

    SFACE_MODEL = "opencv_sface_2021dec"  # biometrics.SFACE_MODEL (sync imports it lazily)

    @staticmethod
    def sface_version() -> str:
        from biometrics.sface import SFACE_VERSION

        return SFACE_VERSION

    @classmethod
    def sface_vector(cls, template: dict[str, Any] | None) -> Any:
        """The vector of a batch's SFace template, or None (none sent, or another version:
        compared only with like)."""
        if template is None or str(template["model_version"]) != cls.sface_version():
            return None
        return cls.vector(template["data"])

    @classmethod
    def empty(cls, exact_limit: int | None = None) -> FaceIndex:
        """An empty index: exact search up to `exact_limit` templates (default
        biometrics.partitioned.DEFAULT_EXACT_LIMIT), a partitioned index above it."""
        try:
            import biometrics
            from biometrics.partitioned import DEFAULT_EXACT_LIMIT, GalleryIndex
        except ImportError:
            return cls()
        return cls(GalleryIndex(biometrics.MatchThresholds(),
                                exact_limit=DEFAULT_EXACT_LIMIT if exact_limit is None
                                else exact_limit))

    @staticmethod
    def vector(blob: bytes) -> Any:
        import biometrics

        return biometrics.Template.from_bytes(blob).vector

    @staticmethod
    def vectors(blobs: list[bytes]) -> Any:
        """(n, 128) matrix of many stored templates at once (start-up)."""
        import biometrics

        return biometrics.Template.stack_vectors(blobs)

    def load(self, numbers: list[str], stations: list[str], matrix: Any) -> None:
        """Fill an empty index at start-up: row i of `matrix` is `numbers[i]` of
        `stations[i]` (registration numbers are unique: the templates table's key)."""
        if self.index is None or not numbers:
            return
        if self.keys:
            raise ValueError("load fills an empty index; use add_many")
        keys = np.arange(self.next_key, self.next_key + len(numbers), dtype=np.int64)
        self.next_key += len(numbers)
        self.index.add_many(keys, matrix)
        key_list = keys.tolist()
        self.numbers = dict(zip(key_list, numbers, strict=True))
        self.keys = dict(zip(numbers, key_list, strict=True))
        self.stations = dict(zip(key_list, stations, strict=True))

    def load_sface(self, numbers: list[str], matrix: Any) -> None:
        """SFace vectors (row i is `numbers[i]`) of records already in the index."""
        for number, vector in zip(numbers, matrix, strict=True):
            key = self.keys.get(number)
            if key is not None:
                self.sface[key] = vector

    def add_many(self, items: list[tuple[Any, ...]]) -> None:
        """(registration number, station id, dlib vector[, SFace vector or None]) for each
        record."""
        if self.index is None or not items:
            return
        for item in items:
            self.remove(item[0])
        keys = np.arange(self.next_key, self.next_key + len(items), dtype=np.int64)
        self.next_key += len(items)
        # numbers, stations and SFace first: a search in another thread may find a key once added
        for key, item in zip(keys.tolist(), items, strict=True):
            self.numbers[key], self.stations[key] = item[0], item[1]
            if len(item) > 3 and item[3] is not None:
                self.sface[key] = item[3]
        self.index.add_many(keys, np.vstack([item[2] for item in items]))
        for key, item in zip(keys.tolist(), items, strict=True):
            self.keys[item[0]] = key

    def remove(self, number: str) -> None:
        key = self.keys.pop(number, None)
        if key is not None and self.index is not None:
            self.index.remove(key)
            del self.numbers[key], self.stations[key]
            self.sface.pop(key, None)

    def candidates_many(self, vectors: list[Any], station_id: str, k: int = 5,
                        sface_vectors: list[Any] | None = None
                        ) -> list[list[tuple[str, float, str]]]:
        """Per query: (number, score, band) of other stations' records within the bands: the
        fused score where both have SFace templates (`sface_vectors[i]`), else dlib's."""
        if self.index is None or len(self.index) == 0 or not vectors:
            return [[] for _ in vectors]
        from biometrics import fusion

        queries_sface = sface_vectors or [None] * len(vectors)
        found: list[list[tuple[str, float, str]]] = []
        widest = max(self.index.thresholds.possible, fusion.SHORTLIST_DISTANCE)
        # room for same-station hits, which are dropped before re-scoring
        hits_of = self.index.search_batch_within(np.vstack(vectors), widest,
                                                 k=max(k + 5, fusion.SHORTLIST))
        for hits, query_sface in zip(hits_of, queries_sface, strict=True):
            shortlist = [(int(h.key), float(h.distance)) for h in hits
                         if self.stations.get(int(h.key)) != station_id]
            scored = fusion.rescore(shortlist, query_sface, self.sface.get,
                                    k=len(shortlist), dlib_thresholds=self.index.thresholds)
            # .get: a key removed since the search read it has no number any more
            found.append([(number, s.distance, str(s.band)) for s in scored
                          if s.band and (number := self.numbers.get(s.key)) is not None][:k])
        return found
