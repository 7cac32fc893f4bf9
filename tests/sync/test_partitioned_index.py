"""The partitioned (IVF) gallery index against exact search, and the registry's switch to it.

Vectors come from the benchmark's FaceModel (dlib-like descriptors), with planted duplicates at
the same-person distances 0.30-0.55 of stored templates.
"""

from __future__ import annotations

import numpy as np
import pytest

from biometrics import MatchIndex, MatchThresholds
from biometrics.partitioned import (
    DEFAULT_EXACT_LIMIT,
    GalleryIndex,
    PartitionedIndex,
    cells_for,
)
from sync.registry.bench import FaceModel
from sync.registry.dedup import FaceIndex

WIDEST = MatchThresholds().possible


def _gallery(stored: int = 4000, planted: int = 200, seed: int = 3
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(stored vectors, queries, index of the stored vector each planted query copies)."""
    model, rng = FaceModel(), np.random.default_rng(seed)
    gallery = model.people(stored, rng)
    sources = rng.choice(stored, planted, replace=False)
    copies = model.same_people(gallery[sources], rng.uniform(0.30, 0.55, planted), rng)
    return gallery, np.vstack([copies, model.people(300, rng)]), sources


def _found(results: list[list], sources: np.ndarray) -> int:
    return sum(int(s) in {c.key for c in results[j]} for j, s in enumerate(sources))


def _same(left: list[list], right: list[list]) -> bool:
    """Same keys in the same order, same bands, distances equal to float32 rounding."""
    return all([(c.key, c.band) for c in a] == [(c.key, c.band) for c in b]
               and all(abs(x.distance - y.distance) < 1e-4 for x, y in zip(a, b, strict=True))
               for a, b in zip(left, right, strict=True))


def test_the_model_looks_like_face_descriptors() -> None:
    gallery, queries, sources = _gallery()
    norms = np.linalg.norm(gallery, axis=1)
    assert 1.3 < np.median(norms) < 1.6
    different = np.linalg.norm(gallery[:500, None] - gallery[None, 500:1000], axis=2)
    assert 0.85 < np.median(different) < 1.0 and different.min() > 0.6
    same = np.linalg.norm(queries[: sources.size] - gallery[sources], axis=1)
    assert same.min() >= 0.2999 and same.max() <= 0.5501


def test_partitioned_search_matches_exact_search() -> None:
    gallery, queries, sources = _gallery()
    keys = np.arange(10, 10 + len(gallery))
    exact = MatchIndex()
    exact.add_many(keys, gallery)
    expected = exact.search_batch_within(queries, WIDEST, k=10)
    assert _found(expected, sources + 10) == sources.size

    every_cell = PartitionedIndex(probe_fraction=1.0)
    every_cell.add_many(keys, gallery)
    assert every_cell.cells == cells_for(len(gallery)) and len(every_cell) == len(gallery)
    assert _same(every_cell.search_batch_within(queries, WIDEST, k=10), expected)
    assert _same(every_cell.search_batch(queries[:50], k=3), exact.search_batch(queries[:50], 3))

    default = PartitionedIndex()  # probes a fifth of the cells
    default.build(keys, gallery)
    found = default.search_batch_within(queries, WIDEST, k=10)
    assert _found(found, sources + 10) >= 0.97 * sources.size
    # whatever it finds is exact: the same distances, and nothing exact search would not give
    for approximate, reference in zip(found, expected, strict=True):
        wanted = {c.key: c.distance for c in reference}
        assert all(c.key in wanted and abs(c.distance - wanted[c.key]) < 1e-4
                   for c in approximate)


def test_partitioned_index_changes() -> None:
    gallery, queries, sources = _gallery(stored=2000, planted=20)
    index = PartitionedIndex(probe_fraction=1.0)
    index.add_many(np.arange(2000), gallery)
    target = int(sources[0])
    assert target in index and np.allclose(index.vector(target), gallery[target])
    index.remove(target)
    assert target not in index and len(index) == 1999
    assert target not in {c.key for c in index.search_batch_within(queries[:1], WIDEST)[0]}
    index.add(target, gallery[target])
    assert index.search(queries[0], k=1)[0].key == target
    index.update(target, queries[0])
    assert index.search(queries[0], k=1)[0].distance < 1e-3
    with pytest.raises(ValueError, match="already"):
        index.add(target, gallery[target])
    with pytest.raises(KeyError):
        index.remove(999_999)
    keys, vectors = index.all_vectors()
    assert sorted(keys.tolist()) == list(range(2000)) and vectors.shape == (2000, 128)


def test_gallery_index_switches_above_its_limit_and_retrains() -> None:
    gallery, queries, _ = _gallery(stored=3000, planted=50)
    index = GalleryIndex(exact_limit=1000, probe_fraction=1.0, retrain_growth=1.9)
    index.add_many(np.arange(800), gallery[:800])
    assert not index.partitioned
    index.add_many(np.arange(800, 1500), gallery[800:1500])  # past the limit: partitioned
    assert index.partitioned and len(index) == 1500
    assert isinstance(index.index, PartitionedIndex) and index.index.trained_size == 1500
    index.add_many(np.arange(1500, 2800), gallery[1500:2800])  # within 1.9 times: kept
    assert index.index.trained_size == 1500
    index.add_many(np.arange(2800, 3000), gallery[2800:])  # past 1.9 times: retrained
    assert index.index.trained_size == 3000 and len(index) == 3000
    exact = MatchIndex()
    exact.add_many(np.arange(3000), gallery)
    assert _same(index.search_batch_within(queries, WIDEST, k=10),
                 exact.search_batch_within(queries, WIDEST, k=10))


def test_face_index_uses_the_partitioned_index_above_its_limit() -> None:
    gallery, queries, sources = _gallery(stored=3000, planted=50)
    assert FaceIndex.empty().index.exact_limit == DEFAULT_EXACT_LIMIT  # the production path
    faces = FaceIndex.empty(exact_limit=1000)
    stations = ["AAA-01", "BBB-01"]
    items = [(f"N{i:05d}", stations[i % 2], gallery[i]) for i in range(3000)]
    faces.add_many(items[:900])
    assert not faces.index.partitioned
    faces.add_many(items[900:])
    assert faces.index.partitioned and len(faces.index) == 3000
    found = faces.candidates_many(list(queries[: sources.size]), "CCC-01")
    assert sum(f"N{int(s):05d}" in {n for n, _, _ in hits}
               for s, hits in zip(sources, found, strict=True)) >= 0.95 * sources.size
    # the querying station's own templates are never candidates
    own = faces.candidates_many(list(queries[: sources.size]), "AAA-01")
    assert all(int(n[1:]) % 2 == 1 for hits in own for n, _, _ in hits)
    faces.remove(f"N{int(sources[0]):05d}")
    assert f"N{int(sources[0]):05d}" not in {
        n for n, _, _ in faces.candidates_many([queries[0]], "CCC-01")[0]}


@pytest.mark.parametrize("kind", ["partitioned", "gallery switching and retraining"])
def test_searches_racing_changes_report_each_key_with_its_own_distance(kind: str) -> None:
    """As for MatchIndex: searches in threads while others remove, re-add and update, here on
    the partitioned index and on the registry's gallery while it switches to it and retrains."""
    from tests.biometrics.index_race import race

    pool = FaceModel().people(6000, np.random.default_rng(4))
    if kind == "partitioned":
        # few, large cells: a search spends long enough in each for changes to land mid-scan
        index: PartitionedIndex | GalleryIndex = PartitionedIndex(cells=4, probe_fraction=0.5)
    else:  # exact with 3000; the first add (while searching) switches; growth retrains
        index = GalleryIndex(exact_limit=3000, probe_fraction=0.5, cells=4,
                             retrain_growth=1.005)
    counts = race(index, pool, start=3000, changes=2000)
    assert counts["searches"] > 0
    if kind != "partitioned":
        assert isinstance(index, GalleryIndex) and index.partitioned
