"""MatchIndex gives exactly the brute-force nearest templates through adds, updates and removals."""

from __future__ import annotations

import numpy as np
import pytest

from biometrics import MatchIndex, MatchThresholds
from biometrics.bench import run_dedup_bench


def _brute(keys: np.ndarray, vectors: np.ndarray, query: np.ndarray, k: int) -> list[int]:
    distances = np.linalg.norm(vectors.astype(np.float64) - query, axis=1)
    return [int(keys[i]) for i in np.argsort(distances, kind="stable")[:k]]


@pytest.fixture
def gallery() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(5)
    return np.arange(10, 20010, dtype=np.int64), rng.normal(0, 0.09, (20000, 128)).astype(
        np.float32
    )


@pytest.mark.parametrize("blocks", ["one block", "many blocks"])
def test_search_equals_brute_force(gallery, blocks, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """search and search_batch return the brute-force top k with the right distances, also
    when the batch is cut into blocks of queries and gallery rows."""
    if blocks == "many blocks":
        import biometrics.matching

        monkeypatch.setattr(biometrics.matching, "_BATCH_ROWS", 3000)
        monkeypatch.setattr(biometrics.matching, "_BLOCK_CELLS", 3000 * 2)
    keys, vectors = gallery
    index = MatchIndex(capacity=1000)  # grows while loading
    index.add_many(keys, vectors)
    queries = np.random.default_rng(6).normal(0, 0.09, (7, 128)).astype(np.float32)
    batch = index.search_batch(queries, k=6)
    for query, from_batch in zip(queries, batch, strict=False):
        found = index.search(query, k=6)
        assert [c.key for c in found] == _brute(keys, vectors, query, 6)
        assert [c.key for c in from_batch] == [c.key for c in found]
        expected = np.linalg.norm(vectors[found[0].key - 10] - query)
        assert found[0].distance == pytest.approx(expected, abs=1e-4)


def test_add_remove_update_keep_results_exact(gallery) -> None:  # type: ignore[no-untyped-def]
    """After removing, updating and adding entries the index still matches brute force."""
    keys, vectors = gallery
    index = MatchIndex()
    index.add_many(keys, vectors)
    current = dict(zip(keys.tolist(), vectors, strict=False))
    rng = np.random.default_rng(8)
    for key in rng.choice(keys, 300, replace=False).tolist():
        index.remove(key)
        del current[key]
    for key in list(current)[:50]:
        current[key] = rng.normal(0, 0.09, 128).astype(np.float32)
        index.update(key, current[key])
    for key in range(100_000, 100_020):
        current[key] = rng.normal(0, 0.09, 128).astype(np.float32)
        index.add(key, current[key])
    assert len(index) == len(current)
    all_keys = np.array(list(current))
    all_vectors = np.stack(list(current.values()))
    for query in rng.normal(0, 0.09, (5, 128)).astype(np.float32):
        assert [c.key for c in index.search(query, k=5)] == _brute(all_keys, all_vectors, query, 5)
    probe = current[100_005] + 0.001
    best = index.search(probe, k=1)[0]
    assert best.key == 100_005 and best.band == "match"


def test_index_refuses_bad_changes() -> None:
    """Duplicate keys, unknown keys and vectors of the wrong size raise clear errors."""
    index = MatchIndex()
    index.add(1, np.zeros(128, dtype=np.float32))
    with pytest.raises(ValueError, match="already"):
        index.add(1, np.ones(128, dtype=np.float32))
    with pytest.raises(KeyError):
        index.remove(2)
    with pytest.raises(ValueError, match="128"):
        index.add(3, np.zeros(127, dtype=np.float32))
    assert index.search(np.zeros(128), k=5)[0].key == 1 and len(index.search(np.zeros(128), 0)) == 0


def test_bands_follow_thresholds() -> None:
    """Distances at or under 'match' are match, up to 'possible' possible, beyond nothing."""
    thresholds = MatchThresholds(0.5, 0.6)
    assert [thresholds.band(d) for d in (0.2, 0.5, 0.55, 0.6, 0.7)] == [
        "match",
        "match",
        "possible",
        "possible",
        None,
    ]
    with pytest.raises(ValueError):
        MatchThresholds(0.7, 0.6)


def test_gallery_memory_is_lean() -> None:
    """100,000 templates take under 60 MB (about 525 MB for 1,000,000)."""
    index = MatchIndex(capacity=100_000)
    index.add_many(np.arange(100_000), np.zeros((100_000, 128), dtype=np.float32))
    assert index.nbytes < 60 * 2**20


def test_dedup_bench_reports_its_figures() -> None:
    """run_dedup_bench returns the figures the CLI prints and finds the planted match."""
    import argparse

    figures = run_dedup_bench(argparse.Namespace(n=20_000, queries=5, repeat=1))
    assert figures["n"] == 20_000 and figures["true_match_found"] is True
    for key in (
        "query_ms_median",
        "memory_mb",
        "matvec_ms_median",
        "ratio_to_matvec",
        "batch_query_ms",
    ):
        assert figures[key] > 0


@pytest.mark.parametrize("blocks", ["one block", "many blocks"])
def test_search_batch_within_equals_brute_force_inside_the_radius(
        blocks: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The thresholded batch search returns exactly the near templates, nearest first, also
    when queries and gallery are cut into many blocks."""
    if blocks == "many blocks":
        import biometrics.matching

        monkeypatch.setattr(biometrics.matching, "_BATCH_ROWS", 700)
        monkeypatch.setattr(biometrics.matching, "_BLOCK_CELLS", 700 * 7)
    rng = np.random.default_rng(11)
    gallery = rng.normal(0, 0.1, (3000, 128)).astype(np.float32)
    queries = np.vstack([gallery[:40] + rng.normal(0, 0.02, (40, 128)).astype(np.float32),
                         rng.normal(0, 0.1, (20, 128)).astype(np.float32)])
    index = MatchIndex()
    index.add_many(np.arange(3000, dtype=np.int64) + 100, gallery)
    radius = 0.6
    found = index.search_batch_within(queries, radius, k=3)
    for query, hits in zip(queries, found, strict=True):
        distances = np.linalg.norm(gallery - query, axis=1)
        expected = [int(i) + 100 for i in np.argsort(distances) if distances[i] <= radius][:3]
        assert [h.key for h in hits] == expected
    assert all(hits for hits in found[:40]) and not any(found[40:])


def test_searches_racing_adds_and_removals_report_each_key_with_its_own_distance() -> None:
    """Threads search while two others remove, re-add and update templates: every reported
    key comes with the distance of the query to that key's own vector."""
    from tests.biometrics.index_race import race

    pool = np.random.default_rng(21).normal(0, 0.09, (12000, 128)).astype(np.float32)
    counts = race(MatchIndex(capacity=1024), pool, start=9000)  # grows during the race
    assert counts["searches"] > 0
