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
    """The in-memory 1:N index of every registry template (rebuilt from the database at start)."""

    index: Any = None  # biometrics.MatchIndex, or None when biometrics is unavailable
    numbers: dict[int, str] = field(default_factory=dict)
    keys: dict[str, int] = field(default_factory=dict)
    stations: dict[int, str] = field(default_factory=dict)
    next_key: int = 1

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

    def add_many(self, items: list[tuple[str, str, Any]]) -> None:
        """(registration number, station id, vector) for each template."""
        if self.index is None or not items:
            return
        for number, _, _ in items:
            self.remove(number)
        keys = np.arange(self.next_key, self.next_key + len(items), dtype=np.int64)
        self.next_key += len(items)
        # numbers and stations first: a search in another thread may find a key once added
        for key, (number, station_id, _) in zip(keys.tolist(), items, strict=True):
            self.numbers[key], self.stations[key] = number, station_id
        self.index.add_many(keys, np.vstack([vector for _, _, vector in items]))
        for key, (number, _, _) in zip(keys.tolist(), items, strict=True):
            self.keys[number] = key

    def remove(self, number: str) -> None:
        key = self.keys.pop(number, None)
        if key is not None and self.index is not None:
            self.index.remove(key)
            del self.numbers[key], self.stations[key]

    def candidates_many(self, vectors: list[Any], station_id: str, k: int = 5
                        ) -> list[list[tuple[str, float, str]]]:
        """Per query: (number, distance, band) of other stations' templates within the bands."""
        if self.index is None or len(self.index) == 0 or not vectors:
            return [[] for _ in vectors]
        found: list[list[tuple[str, float, str]]] = []
        widest = max(self.index.thresholds.match, self.index.thresholds.possible)
        # k + 5: room for same-station hits, which are dropped below
        for hits in self.index.search_batch_within(np.vstack(vectors), widest, k=k + 5):
            # .get: a key removed since the search read it has no number any more
            found.append([(number, float(h.distance), str(h.band)) for h in hits
                          if h.band and self.stations.get(int(h.key)) != station_id
                          and (number := self.numbers.get(int(h.key))) is not None][:k])
        return found
