"""Searches racing adds, updates and removals on a gallery index, in real threads.

Every key of the pool has one vector for its whole life (an update writes the same vector
again), so whatever a search reports can be checked without knowing when it ran: the key must
belong to the pool and the reported distance must be the distance from the query to that key's
vector. A search that reads a row moved into a hole under the old row's key, a zeroed row, or a
key array out of step with the matrix reports a distance that belongs to another vector.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np

TOLERANCE = 1e-4  # float32 rounding of |q|^2 - 2 (g.q - |g|^2 / 2); other vectors are ~0.1 off


def race(index: Any, pool: np.ndarray, *, start: int, changes: int = 600,
         searchers: int = 2, seed: int = 0) -> dict[str, int]:
    """Load keys [0, start) of `pool`, then run `changes` random removals, re-adds and updates
    in one thread (and a second writer doing the same on other keys) while `searchers`
    threads search with `search`, `search_batch` and `search_batch_within` until the writers
    are done. Returns counts; raises AssertionError with the first wrong report."""
    n = pool.shape[0]
    index.add_many(np.arange(start, dtype=np.int64), pool[:start])
    errors: list[str] = []
    writers_done = threading.Event()
    counts = {"searches": 0, "during_changes": 0, "hits": 0, "changes": 0}
    count_lock = threading.Lock()
    go = threading.Barrier(searchers + 2)

    def check(query: np.ndarray, hits: list[Any], how: str) -> None:
        keys = [int(c.key) for c in hits]
        if len(set(keys)) != len(keys):
            errors.append(f"{how}: a key reported twice: {keys}")
        for hit in hits:
            key = int(hit.key)
            if not 0 <= key < n:
                errors.append(f"{how}: key {key} was never stored")
                continue
            expected = float(np.linalg.norm(query.astype(np.float64) - pool[key]))
            if abs(float(hit.distance) - expected) > TOLERANCE:
                errors.append(f"{how}: key {key} reported at {hit.distance:.5f}, "
                              f"its vector is at {expected:.5f}")
        distances = [float(c.distance) for c in hits]
        if distances != sorted(distances):
            errors.append(f"{how}: not nearest first: {distances}")

    def writer(keys: np.ndarray, rng: np.random.Generator) -> None:
        try:
            write(keys, rng)
        except Exception as error:  # reported by the assertion at the end
            errors.append(f"a change failed: {error!r}")

    def write(keys: np.ndarray, rng: np.random.Generator) -> None:
        present = {int(k) for k in keys if k < start}
        absent = [int(k) for k in keys if k >= start]
        go.wait()
        seen = 0
        for step in range(changes // 2):
            if step % 10 == 0:  # let the searches move on, however slow the machine
                seen = _wait_for_more(counts, seen, errors)
            action = 1 if step == 0 else rng.integers(3)  # an add first: a gallery switches
            if action == 0 and present:
                key = int(rng.choice(sorted(present)))
                index.remove(key)
                present.discard(key)
                absent.append(key)
            elif action == 1 and absent:
                key = absent.pop(int(rng.integers(len(absent))))
                index.add(key, pool[key])
                present.add(key)
            elif present:
                key = int(rng.choice(sorted(present)))
                index.update(key, pool[key])
            with count_lock:
                counts["changes"] += 1

    def searcher(rng: np.random.Generator) -> None:
        go.wait()
        while not writers_done.is_set() and not errors:
            # near a stored vector (so the nearest hits matter) or anywhere
            near = pool[int(rng.integers(n))]
            query = (near + rng.normal(0, 0.02, pool.shape[1])).astype(np.float32)
            queries = (pool[rng.integers(n, size=4)]
                       + rng.normal(0, 0.02, (4, pool.shape[1]))).astype(np.float32)
            changes_before = counts["changes"]
            single = index.search(query, k=8)
            batch = index.search_batch(queries, k=8)
            within = index.search_batch_within(queries, 0.6, k=8)
            check(query, single, "search")
            for q, hits in zip(queries, batch, strict=True):
                check(q, hits, "search_batch")
            for q, hits in zip(queries, within, strict=True):
                check(q, hits, "search_batch_within")
                if any(c.distance > 0.6 for c in hits):
                    errors.append("search_batch_within: a hit beyond the radius")
            with count_lock:
                counts["searches"] += 9
                counts["hits"] += len(single) + sum(map(len, batch)) + sum(map(len, within))
                if counts["changes"] != changes_before:
                    counts["during_changes"] += 1

    order = np.random.default_rng(seed).permutation(n)
    threads = [threading.Thread(target=writer,
                                args=(np.sort(half), np.random.default_rng(seed + i)))
               for i, half in enumerate((order[: n // 2], order[n // 2 :]))]
    threads += [threading.Thread(target=searcher, args=(np.random.default_rng(seed + 10 + i),))
                for i in range(searchers)]
    for thread in threads:
        thread.start()
    for thread in threads[:2]:
        thread.join()
    writers_done.set()
    for thread in threads[2:]:
        thread.join()
    assert errors == [], errors[:5]
    assert counts["changes"] == 2 * (changes // 2)
    assert counts["during_changes"] > 0 and counts["hits"] > 0, counts
    return counts


def _wait_for_more(counts: dict[str, int], seen: int, errors: list[str]) -> int:
    """Block until the searchers have done more than `seen` searches (or one failed)."""
    deadline = time.monotonic() + 120
    while counts["searches"] <= seen and not errors:
        if time.monotonic() > deadline:
            errors.append("the searches made no progress in 120 s")
            break
        time.sleep(0.001)
    return counts["searches"]
