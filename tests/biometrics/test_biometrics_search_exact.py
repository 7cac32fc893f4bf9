"""MatchIndex's searches give exactly a brute-force float64 search's answer: the same keys in
the same order (nearest first, equal distances by key), the same bands, the same distances,
on random galleries with duplicated templates, near ties closer than float32 rounding, k
larger than the gallery, removed and updated keys, and an empty gallery."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from biometrics import MatchIndex, MatchThresholds

THRESHOLDS = MatchThresholds(match=0.55, possible=0.60)


def _reference(keys: np.ndarray, vectors: np.ndarray, query: np.ndarray, k: int,
               max_distance: float | None = None) -> list[tuple[int, float]]:
    """Every distance in float64, sorted by (distance, key), the first k."""
    if not keys.size or k <= 0:
        return []
    distances = np.sqrt(((vectors.astype(np.float64) - query.astype(np.float64)) ** 2).sum(1))
    order = np.lexsort((keys, distances))
    if max_distance is not None:
        order = order[distances[order] <= max_distance]
    return [(int(keys[i]), float(distances[i])) for i in order[:k]]


def _assert_same(found: list, expected: list[tuple[int, float]]) -> None:  # type: ignore[type-arg]
    assert [c.key for c in found] == [key for key, _ in expected]
    for candidate, (_, distance) in zip(found, expected, strict=True):
        assert candidate.distance == pytest.approx(distance, abs=1e-9)
        assert candidate.band == THRESHOLDS.band(distance)


def _gallery(rows: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(keys, vectors, queries): template-like vectors, some stored twice or more under
    different keys, a cluster of near ties (differences of 1e-6, below float32 rounding of
    the scores), keys shuffled so row order and key order differ; queries beside stored
    templates (so bands are hit), at the tied ones, and at random."""
    rng = np.random.default_rng(seed)
    vectors = rng.normal(0, 0.09, (rows, 128)).astype(np.float32)
    copies = rng.choice(rows, size=min(rows, max(2, rows // 10)), replace=False)
    vectors[copies] = vectors[copies[0]]  # one template stored many times
    if rows > 40:
        vectors[copies[1::7]] = vectors[1]
        near = rng.choice(rows, size=20, replace=False)
        vectors[near] = vectors[2] + rng.normal(0, 1e-6, (20, 128)).astype(np.float32)
    keys = rng.permutation(np.arange(rows, dtype=np.int64) * 3 + 1000)
    queries = np.vstack([
        vectors[copies[0]],
        vectors[copies[0]] + np.float32(0.02),
        vectors[min(2, rows - 1)] + rng.normal(0, 0.01, 128).astype(np.float32),
        vectors[rows // 2] + rng.normal(0, 0.03, 128).astype(np.float32),
        rng.normal(0, 0.09, (3, 128)).astype(np.float32),
    ])
    return keys, vectors, queries


def _index(keys: np.ndarray, vectors: np.ndarray) -> MatchIndex:
    index = MatchIndex(THRESHOLDS)
    index.add_many(keys, vectors)
    return index


@pytest.mark.parametrize("rows", [1, 7, 300, 6000, 40_000])
@pytest.mark.parametrize("k", [1, 5, 50])
def test_search_is_the_brute_force_answer(rows: int, k: int) -> None:
    """Small galleries (k-th score found directly) and large ones (through block maxima)."""
    keys, vectors, queries = _gallery(rows, seed=rows + k)
    index = _index(keys, vectors)
    for query in queries:
        _assert_same(index.search(query, k=k), _reference(keys, vectors, query, k))


def test_ties_are_ordered_by_key_across_the_kth_place() -> None:
    """A template stored 30 times: any k inside the copies keeps the smallest keys."""
    rng = np.random.default_rng(3)
    vectors = rng.normal(0, 0.09, (20_000, 128)).astype(np.float32)
    rows = rng.choice(20_000, 30, replace=False)
    vectors[rows] = vectors[rows[0]]
    keys = rng.permutation(20_000).astype(np.int64)
    index = _index(keys, vectors)
    for k in (1, 3, 29, 30, 31):
        found = index.search(vectors[rows[0]], k=k)
        _assert_same(found, _reference(keys, vectors, vectors[rows[0]], k))
        assert [c.key for c in found[:30]] == sorted(keys[rows].tolist())[:k]
    assert [c.key for c in index.search_batch(vectors[rows[:1]], k=5)[0]] == sorted(
        keys[rows].tolist())[:5]


def test_k_larger_than_the_gallery_gives_every_template() -> None:
    keys, vectors, queries = _gallery(40, seed=4)
    index = _index(keys, vectors)
    for query in queries:
        found = index.search(query, k=1000)
        assert len(found) == 40
        _assert_same(found, _reference(keys, vectors, query, 1000))
    for query, hits in zip(queries, index.search_batch(queries, k=1000), strict=True):
        _assert_same(hits, _reference(keys, vectors, query, 1000))


def test_an_empty_gallery_finds_nothing() -> None:
    index = MatchIndex(THRESHOLDS)
    query = np.zeros(128, dtype=np.float32)
    assert index.search(query, k=5) == []
    assert index.search(query, k=5, max_distance=1.0) == []
    assert index.search_batch(np.zeros((3, 128), np.float32), k=5) == [[], [], []]
    assert index.search_batch_within(np.zeros((2, 128), np.float32), 0.6) == [[], []]
    keys, vectors, _ = _gallery(300, seed=5)
    index.add_many(keys, vectors)
    assert len(index.search(query, k=5)) == 5
    index.clear()
    assert index.search(query, k=5) == [] and index.search_batch(query, k=5) == [[]]


def test_removed_and_updated_keys() -> None:
    """Removal moves the last row into the hole (with its half norm); updates change a row:
    results follow the current content exactly."""
    keys, vectors, queries = _gallery(6000, seed=6)
    index = _index(keys, vectors)
    current = dict(zip(keys.tolist(), vectors, strict=True))
    rng = np.random.default_rng(7)
    for key in rng.choice(keys, 700, replace=False).tolist():
        index.remove(key)
        del current[key]
    for key in list(current)[::40]:
        current[key] = (current[key] * np.float32(1.5)).astype(np.float32)  # a new norm
        index.update(key, current[key])
    live_keys = np.array(list(current), dtype=np.int64)
    live = np.stack(list(current.values()))
    removed = set(keys.tolist()) - set(current)
    for query in queries:
        found = index.search(query, k=50)
        assert not removed & {c.key for c in found}
        _assert_same(found, _reference(live_keys, live, query, 50))
    for query, hits in zip(queries, index.search_batch(queries, k=8), strict=True):
        _assert_same(hits, _reference(live_keys, live, query, 8))


@pytest.mark.parametrize("blocks", ["one block", "many blocks"])
def test_batch_searches_are_the_brute_force_answer(blocks: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """search_batch and search_batch_within equal the reference and single searches, also
    when queries and gallery rows are cut into many blocks."""
    if blocks == "many blocks":
        import biometrics.matching

        monkeypatch.setattr(biometrics.matching, "_BATCH_ROWS", 700)
        monkeypatch.setattr(biometrics.matching, "_BLOCK_CELLS", 700 * 3)
    keys, vectors, queries = _gallery(5000, seed=8)
    index = _index(keys, vectors)
    for k in (1, 5, 50):
        batch = index.search_batch(queries, k=k)
        for query, hits in zip(queries, batch, strict=True):
            expected = _reference(keys, vectors, query, k)
            _assert_same(hits, expected)
            assert [c.key for c in index.search(query, k=k)] == [c.key for c in hits]
    for radius, k in ((0.3, 5), (0.75, 50), (0.75, 10_000)):
        within = index.search_batch_within(queries, radius, k=k)
        for query, hits in zip(queries, within, strict=True):
            expected = _reference(keys, vectors, query, k, radius)
            _assert_same(hits, expected)
            _assert_same(index.search(query, k=k, max_distance=radius), expected)


def test_searches_from_many_threads_at_once_each_get_their_own_answer() -> None:
    """Each searching thread has its own score buffer: simultaneous searches of different
    queries do not mix."""
    keys, vectors, _ = _gallery(30_000, seed=9)
    index = _index(keys, vectors)
    queries = vectors[:8] + np.float32(0.01)
    expected = [_reference(keys, vectors, q, 5) for q in queries]
    failures: list[str] = []
    go = threading.Barrier(4)

    def searcher(offset: int) -> None:
        go.wait()
        for round_ in range(25):
            j = (offset + round_) % len(queries)
            found = [c.key for c in index.search(queries[j], k=5)]
            if found != [key for key, _ in expected[j]]:
                failures.append(f"query {j}: {found}")

    threads = [threading.Thread(target=searcher, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_memory_is_the_templates_plus_a_norm_and_a_key_per_row() -> None:
    """100,000 templates: 128 float32, one float32 half norm and one int64 key each."""
    index = MatchIndex(capacity=100_000)
    index.add_many(np.arange(100_000), np.zeros((100_000, 128), dtype=np.float32))
    assert index.nbytes == index._data.shape[0] * (128 * 4 + 4 + 8)


def test_single_searches_take_the_thread_count_that_was_faster_lately() -> None:
    """All BLAS threads first, then one; afterwards the faster per row, the other tried every
    16th search, and a change of load (the other becoming faster) is followed."""
    from biometrics.matching import _ThreadChoice

    choice = _ThreadChoice()
    assert choice.one_thread() is False
    choice.record(False, 0.020, 1_000_000)
    assert choice.one_thread() is True
    choice.record(True, 0.015, 1_000_000)
    picks = [choice.one_thread() for _ in range(32)]
    assert picks.count(False) == 2 and picks.count(True) == 30
    for _ in range(10):  # one thread slows down (another program took the second core)
        choice.record(True, 0.060, 1_000_000)
    picks = [choice.one_thread() for _ in range(32)]
    assert picks.count(True) == 2 and picks.count(False) == 30


def test_overlapping_one_thread_limits_give_blas_its_threads_back() -> None:
    """Two searches limiting BLAS to one thread at overlapping times (one starts, the other
    starts, the first ends, then the second) leave BLAS with the threads it had."""
    from threadpoolctl import threadpool_info

    from biometrics.matching import one_blas_thread

    def threads() -> list[int]:
        return [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]

    before = threads()
    first, second = one_blas_thread(), one_blas_thread()
    first.__enter__()
    second.__enter__()
    assert set(threads()) == {1}
    first.__exit__(None, None, None)
    assert set(threads()) == {1}  # the second still runs on one thread
    second.__exit__(None, None, None)
    assert threads() == before
