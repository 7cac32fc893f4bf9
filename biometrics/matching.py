"""1:N search over every template of a station, in memory.

Storage is one C-contiguous float32 matrix of shape (capacity, 128), the same layout as a
plain `gallery` matrix, and beside it each row's |g|^2 / 2 (float32). A search is one BLAS
matrix-vector product `gallery @ q` into a per-thread buffer (no allocation), one subtraction
giving s = g.q - |g|^2/2 for every row (|q - g|^2 = |q|^2 - 2 s), and a pass over the maxima
of blocks of 256 rows: the k-th largest block maximum is a score that at least k rows reach, so
only the rows of the blocks reaching it (less the float32 rounding margin) can be among the k
nearest. Those few rows get their distance again in float64 from the stored numbers, and are
ordered by that distance, equal distances by key: the result is exactly a brute-force float64
search's, whatever the rounding of the product. The search therefore reads the gallery once,
like the plain product; the rest reads 4 bytes per row (a 129th column holding -|g|^2/2, as
before, made every row 516 bytes and the product about a quarter slower than on 512-byte
rows).

A single search runs its product on every thread BLAS has or on one, whichever took less
time per row lately (`_ThreadChoice`: on a quiet machine two threads are faster, on a busy
one a single thread often is); `single_thread=True` always takes one (see
`one_blas_thread`). Batch searches are matrix-matrix products.
Keys are an int64 array beside it (no Python object per entry: 1,000,000 templates take about
524 MB). Capacity grows geometrically; removal moves
the last row into the hole, so add, update and remove never reload the gallery. Key lookups
scan the key array (vectorised, about 1 ms for 1,000,000), which is cheap next to the photo
pipeline that precedes every change.

Concurrency: a readers-writer lock (`ReadWriteLock`), not immutable snapshots. Searches only
read, so any number run at once (BLAS releases the GIL; each thread has its own score
buffer); a change (add, update, remove, clear) waits for the searches in progress and holds
back new ones while it runs, so a search never sees a row moved into a hole under another
row's key, nor a key array out of step with the matrix. Snapshots would make each enrolment
copy the whole gallery (524 MB at 1,000,000) or need a persistent structure that a single
matrix-vector product cannot read; changes here take microseconds to a millisecond, so
readers rarely wait. The lock costs a few microseconds per search. Waiting writers go first,
so a steady stream of searches cannot starve them.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

DIM = 128
_BLOCK = 256
_MIN_CAPACITY = 1024
_BATCH_ROWS = 32768
_BATCH_BLOCK = 128  # rows per block maximum in a batch search
_BLOCK_CELLS = 16 * 1024 * 1024  # scores per block of a batch search (64 MB of float32)
_TRY_OTHER = 16  # single searches between two tries of the other BLAS thread count
_SMOOTHING = 0.3  # weight of the newest product time in its running average
_EXACT_ROWS = 8192  # candidate rows given float64 distances at once
# Bound on the float32 rounding of s = g.q - |g|^2/2, per unit of |g||q| + |g|^2/2: a
# 128-term dot product rounds by at most 128 u (u = 2^-24), the half norm and the subtraction
# by u each; doubled twice (a row's score and the bound's both round) with room to spare.
_ROUNDING = 4.0 * (DIM + 4) * float(np.finfo(np.float32).eps)

Band = Literal["match", "possible"]


@functools.cache
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


_one_thread_state = threading.Lock()
_one_thread_users = 0
_one_thread_limiter: Any = None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """A matrix-vector product is limited by memory bandwidth: extra BLAS threads only add
    synchronisation (4x slower on a busy two-core machine). Costs about 10 microseconds.

    BLAS's thread count is one setting for the whole process: the first of overlapping
    users (searches in several threads) sets it to one, the last puts it back. Each
    restoring what it found would leave it at one for good when two overlap (A sets 1,
    B finds 1, A restores 2, B restores 1)."""
    global _one_thread_users, _one_thread_limiter
    with _one_thread_state:
        if not _one_thread_users:
            _one_thread_limiter = _blas().limit(limits=1, user_api="blas")
        _one_thread_users += 1
    try:
        yield
    finally:
        with _one_thread_state:
            _one_thread_users -= 1
            if not _one_thread_users:
                _one_thread_limiter.restore_original_limits()
                _one_thread_limiter = None


class _ThreadChoice:
    """Whether a single search's product runs on one BLAS thread or on all of them: the one
    whose recent products took less time per row, the other tried every `_TRY_OTHER`-th search
    so that a change in the machine's load is noticed. Unlocked on purpose: a race only
    blurs an average, never a result."""

    def __init__(self) -> None:
        self._cost: list[float | None] = [None, None]  # seconds per row: [all threads, one]
        self._searches = 0

    def one_thread(self) -> bool:
        self._searches += 1
        every, one = self._cost
        if every is None or one is None:
            return every is not None
        best = one < every
        return (not best) if self._searches % _TRY_OTHER == 0 else best

    def record(self, one_thread: bool, seconds: float, rows: int) -> None:
        cost = seconds / max(1, rows)
        old = self._cost[one_thread]
        self._cost[one_thread] = cost if old is None else old + _SMOOTHING * (cost - old)


class ReadWriteLock:
    """Many readers at once or one writer; a waiting writer holds back new readers.

    Not reentrant: a holder must not take it again (a reader re-entering while a writer waits
    would wait for itself), so public methods lock and private ones assume the lock is held.
    """

    def __init__(self) -> None:
        self._state = threading.Condition(threading.Lock())
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._state:
            while self._writing or self._writers_waiting:
                self._state.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._state:
                self._readers -= 1
                if not self._readers:
                    self._state.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._state:
            self._writers_waiting += 1
            try:
                while self._writing or self._readers:
                    self._state.wait()
            finally:
                self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._state:
                self._writing = False
                self._state.notify_all()


@dataclass(frozen=True)
class MatchThresholds:
    """Distance bands. `match`: a supervisor must review before a card is issued; `possible`:
    shown to the officer. Calibrated on the shared face photos (see docs in the report): the
    largest same-person distance there was 0.53, the smallest different-person distance 0.61."""

    match: float = 0.55
    possible: float = 0.60

    def __post_init__(self) -> None:
        if not 0 < self.match <= self.possible:
            raise ValueError("thresholds need 0 < match <= possible")

    def band(self, distance: float) -> Band | None:
        if distance <= self.match:
            return "match"
        if distance <= self.possible:
            return "possible"
        return None


@dataclass(frozen=True)
class Candidate:
    key: int
    distance: float
    band: Band | None


def _as_matrix(vectors: np.ndarray | Sequence[np.ndarray]) -> np.ndarray:
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix.reshape(1, -1)
    if matrix.ndim != 2 or matrix.shape[1] != DIM:
        raise ValueError(f"templates must have {DIM} numbers each")
    if not np.all(np.isfinite(matrix)):
        raise ValueError("templates must hold finite numbers")
    return matrix


def _as_keys(keys: Iterable[int] | np.ndarray) -> np.ndarray:
    """Keys as a flat int64 array."""
    key_array = np.asarray(list(keys) if not isinstance(keys, np.ndarray) else keys)
    return key_array.astype(np.int64, copy=False).reshape(-1)


def _check_keys(keys: np.ndarray, matrix: np.ndarray) -> None:
    """One distinct key per template row."""
    if keys.size != matrix.shape[0]:
        raise ValueError("one key per template is needed")
    if np.unique(keys).size != keys.size:
        raise ValueError("the same key is given twice")


class MatchIndex:
    """Exact nearest-template search keyed by int64 ids; safe to search from many threads
    while others change it (see the module's note on concurrency)."""

    def __init__(
        self, thresholds: MatchThresholds | None = None, *, capacity: int = _MIN_CAPACITY,
        single_thread: bool = False,
    ) -> None:
        self.thresholds = thresholds or MatchThresholds()
        # On a quiet machine every core helps (1,000,000 templates: 13.5 ms on two threads,
        # 18 on one), on a busy one often not: the index picks per search (`_ThreadChoice`);
        # a process that keeps the other cores busy (camera preview) may ask for one always.
        self.single_thread = single_thread
        self._threads = _ThreadChoice()
        capacity = max(_MIN_CAPACITY, -(-int(capacity) // _BLOCK) * _BLOCK)
        self._data = np.zeros((capacity, DIM), dtype=np.float32)
        self._half_norms = np.zeros(capacity, dtype=np.float32)  # |g|^2 / 2 of each row
        self._keys = np.zeros(capacity, dtype=np.int64)
        self._size = 0
        # An upper bound of |g|^2 / 2 over the rows (kept through removals: still a bound),
        # which scales the rounding margin of the scores.
        self._max_half_norm = 0.0
        self._lock = ReadWriteLock()
        self._scratch = threading.local()

    def __len__(self) -> int:
        return self._size

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, int | np.integer):
            return False
        with self._lock.reading():
            return self._row(int(key)) is not None

    @property
    def nbytes(self) -> int:
        """Memory held by the gallery, including spare capacity."""
        return int(self._data.nbytes + self._half_norms.nbytes + self._keys.nbytes)

    @property
    def keys(self) -> np.ndarray:
        with self._lock.reading():
            return self._keys[: self._size].copy()

    def vector(self, key: int) -> np.ndarray:
        with self._lock.reading():
            row = self._require(key)
            return self._data[row].copy()

    # -- changes -------------------------------------------------------------------------
    def _row(self, key: int) -> int | None:
        hits = np.flatnonzero(self._keys[: self._size] == key)
        return int(hits[0]) if hits.size else None

    def _require(self, key: int) -> int:
        row = self._row(int(key))
        if row is None:
            raise KeyError(f"no template with key {int(key)}")
        return row

    def _reserve(self, total: int) -> None:
        capacity = self._data.shape[0]
        if total <= capacity:
            return
        new_capacity = max(total, capacity + capacity // 2 if capacity >= 1 << 20 else capacity * 2)
        new_capacity = -(-new_capacity // _BLOCK) * _BLOCK
        data = np.zeros((new_capacity, DIM), dtype=np.float32)
        data[: self._size] = self._data[: self._size]
        half_norms = np.zeros(new_capacity, dtype=np.float32)
        half_norms[: self._size] = self._half_norms[: self._size]
        keys = np.zeros(new_capacity, dtype=np.int64)
        keys[: self._size] = self._keys[: self._size]
        self._data, self._half_norms, self._keys = data, half_norms, keys

    def _fill(self, start: int, matrix: np.ndarray) -> None:
        end = start + matrix.shape[0]
        self._data[start:end] = matrix
        half_norms = 0.5 * np.einsum("ij,ij->i", matrix, matrix, dtype=np.float64)
        self._half_norms[start:end] = half_norms
        if half_norms.size:
            self._max_half_norm = max(self._max_half_norm, float(half_norms.max()))

    def add(self, key: int, vector: np.ndarray) -> None:
        """Add one template; a key already present is an error (use update)."""
        self.add_many([key], _as_matrix(vector))

    def add_many(self, keys: Iterable[int] | np.ndarray, vectors: np.ndarray) -> None:
        """Add many templates at once (the load at unlock)."""
        key_array = _as_keys(keys)
        matrix = _as_matrix(vectors)
        _check_keys(key_array, matrix)
        with self._lock.writing():
            clash = np.isin(key_array, self._keys[: self._size])
            if clash.any():
                raise ValueError(f"key {int(key_array[clash][0])} is already in the index")
            start, end = self._size, self._size + key_array.size
            self._reserve(end)
            self._fill(start, matrix)
            self._keys[start:end] = key_array
            self._size = end

    def update(self, key: int, vector: np.ndarray) -> None:
        """Replace the template stored under `key`."""
        matrix = _as_matrix(vector)
        with self._lock.writing():
            self._fill(self._require(key), matrix)

    def remove(self, key: int) -> None:
        """Drop `key`; the last row moves into its place."""
        with self._lock.writing():
            row = self._require(key)
            last = self._size - 1
            if row != last:
                self._data[row] = self._data[last]
                self._half_norms[row] = self._half_norms[last]
                self._keys[row] = self._keys[last]
            self._data[last] = 0.0
            self._half_norms[last] = 0.0
            self._size = last

    def clear(self) -> None:
        with self._lock.writing():
            self._data[: self._size] = 0.0
            self._half_norms[: self._size] = 0.0
            self._size = 0
            self._max_half_norm = 0.0

    # -- search --------------------------------------------------------------------------
    def _margins(self, q_norms: np.ndarray) -> np.ndarray:
        """Per query, a bound on the float32 rounding of any row's score, doubled."""
        largest = self._max_half_norm
        return _ROUNDING * (np.sqrt(q_norms * 2.0 * largest) + largest + 1e-30)

    def _scores(self, query: np.ndarray) -> np.ndarray:
        """s = g.q - |g|^2/2 of every row, in this thread's buffer (valid until its next
        search)."""
        n = self._size
        buffer = getattr(self._scratch, "scores", None)
        if buffer is None or buffer.shape[0] < n:
            buffer = np.empty(max(n, _MIN_CAPACITY), dtype=np.float32)
            self._scratch.scores = buffer
        scores = buffer[:n]
        one = self.single_thread or self._threads.one_thread()
        started = time.perf_counter()
        with one_blas_thread() if one else contextlib.nullcontext():
            np.matmul(self._data[:n], query, out=scores)
        self._threads.record(one, time.perf_counter() - started, n)
        np.subtract(scores, self._half_norms[:n], out=scores)
        return scores

    def search(self, vector: np.ndarray, k: int = 5, *, max_distance: float | None = None
               ) -> list[Candidate]:
        """The k nearest templates, nearest first (equal distances by key), with distance
        and band; with `max_distance`, only those no farther than it."""
        query = _as_matrix(vector)[0]
        q_norm = float(np.dot(query.astype(np.float64), query))
        least = -np.inf if max_distance is None else (q_norm - float(max_distance) ** 2) / 2
        with self._lock.reading():
            k = min(int(k), self._size)
            if k <= 0:
                return []
            margin = float(self._margins(np.array([q_norm]))[0])
            rows = _near_rows(self._scores(query), k, least, margin)
            return self._ranked(query[None, :], np.zeros(rows.size, np.int64), rows, k,
                                max_distance)[0]

    def search_batch(self, vectors: np.ndarray, k: int = 5) -> list[list[Candidate]]:
        """`search` for many queries at once (matrix-matrix products, gallery read in chunks)."""
        queries = _as_matrix(vectors)
        with self._lock.reading():
            return self._search_batch(queries, k, None)

    def search_batch_within(self, vectors: np.ndarray, max_distance: float, k: int = 5
                            ) -> list[list[Candidate]]:
        """For each query, up to k templates no farther than `max_distance`, nearest first.

        A duplicate check only cares about templates inside the widest band: only the
        blocks of rows whose best score reaches the query's limit (|q - g| <= d  <=>
        s >= (|q|^2 - d^2) / 2) or its k-th best block are read again. This is what the
        registry's cross-site check of a whole batch uses.
        """
        queries = _as_matrix(vectors)
        with self._lock.reading():
            return self._search_batch(queries, k, float(max_distance))

    def _search_batch(self, queries: np.ndarray, k: int, max_distance: float | None
                      ) -> list[list[Candidate]]:
        n, m = self._size, queries.shape[0]
        k = min(int(k), n)
        if k <= 0 or m == 0:
            return [[] for _ in range(m)]
        step = max(1, _BLOCK_CELLS // min(n, _BATCH_ROWS))
        if m > step:  # keep each block of scores within _BLOCK_CELLS
            return [hits for first in range(0, m, step)
                    for hits in self._search_batch(queries[first : first + step], k,
                                                   max_distance)]
        q_norms = np.einsum("ij,ij->i", queries, queries, dtype=np.float64)
        # The maximum score of each query in each block of _BATCH_BLOCK rows, made while the
        # chunk's scores are at hand (a top-k partial sort of every chunk and query, or a
        # threshold pass over it, cost as much as the product); the scores are then dropped.
        size = _BATCH_BLOCK
        rows_per_chunk = max(size, _BATCH_ROWS // size * size)
        maxima = np.empty((m, -(-n // size)), dtype=np.float32)
        for start in range(0, n, rows_per_chunk):
            end = min(n, start + rows_per_chunk)
            block = queries @ self._data[start:end].T  # (m, rows): each query's scores contiguous
            block -= self._half_norms[start:end]
            full = (end - start) // size * size
            first = start // size
            maxima[:, first : first + full // size] = block[:, :full].reshape(m, -1, size).max(2)
            if full < end - start:
                maxima[:, -1] = block[:, full:].max(axis=1)
        # The k-th largest block maximum is a score at least k rows reach: only blocks whose
        # maximum reaches it (less the rounding margin) can hold one of the k nearest.
        count = maxima.shape[1]
        if k <= count:
            floors = np.partition(maxima, count - k, axis=1)[:, count - k].astype(np.float64)
        else:
            floors = np.full(m, -np.inf)
        if max_distance is not None:
            floors = np.maximum(floors, (q_norms - max_distance**2) / 2.0)
        floors -= self._margins(q_norms)
        query_index, blocks = np.nonzero(maxima >= floors[:, None])
        rows = (blocks[:, None] * size + np.arange(size)[None, :]).reshape(-1)
        query_index = np.repeat(query_index, size)
        inside = rows < n
        return self._ranked(queries, query_index[inside], rows[inside], k, max_distance, floors)

    def _ranked(self, queries: np.ndarray, query_index: np.ndarray, rows: np.ndarray, k: int,
                max_distance: float | None, floors: np.ndarray | None = None
                ) -> list[list[Candidate]]:
        """Per query, its candidate rows with float64 distances from the stored numbers,
        nearest first, equal distances by key, the first k (within `max_distance`).

        With `floors` (per query, a score every one of its k nearest rows reaches up to the
        rounding margin), candidates whose float32 score is below their query's floor are left
        out first, so that only a few rows are converted to float64.
        """
        m = queries.shape[0]
        results: list[list[Candidate]] = [[] for _ in range(m)]
        kept_queries: list[np.ndarray] = []
        kept_rows: list[np.ndarray] = []
        parts: list[np.ndarray] = []
        for first in range(0, rows.size, _EXACT_ROWS):
            part_rows = rows[first : first + _EXACT_ROWS]
            part_queries = query_index[first : first + _EXACT_ROWS]
            vectors = self._data[part_rows]
            if floors is not None:
                scores = np.einsum("ij,ij->i", vectors, queries[part_queries])
                scores -= self._half_norms[part_rows]
                near = scores >= floors[part_queries]
                part_rows, part_queries = part_rows[near], part_queries[near]
                vectors = vectors[near]
            difference = vectors.astype(np.float64)
            difference -= queries[part_queries]
            parts.append(np.sqrt(np.einsum("ij,ij->i", difference, difference)))
            kept_queries.append(part_queries)
            kept_rows.append(part_rows)
        if not parts:
            return results
        query_index, rows = np.concatenate(kept_queries), np.concatenate(kept_rows)
        distances = np.concatenate(parts)
        keys = self._keys[rows]
        if max_distance is not None:
            near = distances <= max_distance
            query_index, distances, keys = query_index[near], distances[near], keys[near]
        order = np.lexsort((keys, distances, query_index))
        query_index, distances, keys = query_index[order], distances[order], keys[order]
        bounds = np.searchsorted(query_index, np.arange(m + 1))
        band = self.thresholds.band
        for j in np.flatnonzero(np.diff(bounds)).tolist():
            first = int(bounds[j])
            last = min(int(bounds[j + 1]), first + k)
            results[j] = [Candidate(key, distance, band(distance)) for key, distance in
                          zip(keys[first:last].tolist(), distances[first:last].tolist(),
                              strict=True)]
        return results


def _near_rows(scores: np.ndarray, k: int, least: float, margin: float) -> np.ndarray:
    """The rows that may be among the k highest scores (1 <= k <= rows) and score at least
    `least`, both up to `margin` of rounding.

    On a large gallery, the k-th largest maximum of the blocks of `_BLOCK` rows is a score
    that at least k rows reach (one cheap pass over the scores makes the maxima); only the
    blocks whose maximum reaches it are read again. A small gallery takes its k-th largest
    score itself.
    """
    n = scores.shape[0]
    full = n - n % _BLOCK
    if full < _BLOCK * max(k, 4) * 4:
        floor = max(float(np.partition(scores, n - k)[n - k]), least) - margin
        return np.flatnonzero(scores >= floor)
    maxima = scores[:full].reshape(-1, _BLOCK).max(axis=1)
    if full < n:
        maxima = np.append(maxima, scores[full:].max())
    count = maxima.shape[0]
    floor = max(float(np.partition(maxima, count - k)[count - k]), least) - margin
    blocks = np.flatnonzero(maxima >= floor)
    rows = (blocks[:, None] * _BLOCK + np.arange(_BLOCK)[None, :]).reshape(-1)
    rows = rows[rows < n]
    return rows[scores[rows] >= floor]
