"""1:N search over every template of a station, in memory.

Storage is one C-contiguous float32 matrix of shape (capacity, 129): the 128 template numbers
and, in the last column, -|g|^2 / 2. One matrix-vector product with (q, 1) then gives
s = g.q - |g|^2/2 for every row, and |q - g|^2 = |q|^2 - 2 s. The search therefore reads the
gallery exactly once, like a plain `gallery @ query`. The top k are found by taking the maximum
of each block of rows (a cheap pass over s) and partitioning only the k best blocks, which hold
every one of the k best rows.

Searches use every core BLAS has (a single search may be limited to one thread with
`single_thread=True`, see `one_blas_thread`); batch searches are matrix-matrix products.
Keys are an int64 array beside it (no Python object per entry: 1,000,000 templates take about
525 MB). Capacity grows geometrically; removal moves
the last row into the hole, so add, update and remove never reload the gallery. Key lookups
scan the key array (vectorised, about 1 ms for 1,000,000), which is cheap next to the photo
pipeline that precedes every change.

Concurrency: a readers-writer lock (`ReadWriteLock`), not immutable snapshots. Searches only
read, so any number run at once (BLAS releases the GIL); a change (add, update, remove, clear)
waits for the searches in progress and holds back new ones while it runs, so a search never
sees a row moved into a hole under another row's key, nor a key array out of step with the
matrix. Snapshots would make each enrolment copy the whole gallery (525 MB at 1,000,000) or
need a persistent structure that a single matrix-vector product cannot read; changes here
take microseconds to a millisecond, so readers rarely wait. The lock costs a few microseconds
per search. Waiting writers go first, so a steady stream of searches cannot starve them.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

DIM = 128
_COLS = DIM + 1
_BLOCK = 256
_MIN_CAPACITY = 1024
_BATCH_ROWS = 32768
_BLOCK_CELLS = 16 * 1024 * 1024  # scores per block of a batch search (64 MB of float32)

Band = Literal["match", "possible"]


@functools.cache
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """A matrix-vector product is limited by memory bandwidth: extra BLAS threads only add
    synchronisation (4x slower on a busy two-core machine). Costs about 10 microseconds."""
    with _blas().limit(limits=1, user_api="blas"):
        yield


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
        # On a quiet machine every core helps (1,000,000 templates: 20 ms on two threads, 40 on
        # one); a process that keeps the other cores busy (camera preview) may ask for one.
        self.single_thread = single_thread
        capacity = max(_MIN_CAPACITY, -(-int(capacity) // _BLOCK) * _BLOCK)
        self._data = np.zeros((capacity, _COLS), dtype=np.float32)
        self._keys = np.zeros(capacity, dtype=np.int64)
        self._size = 0
        self._lock = ReadWriteLock()

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
        return int(self._data.nbytes + self._keys.nbytes)

    @property
    def keys(self) -> np.ndarray:
        with self._lock.reading():
            return self._keys[: self._size].copy()

    def vector(self, key: int) -> np.ndarray:
        with self._lock.reading():
            row = self._require(key)
            return self._data[row, :DIM].copy()

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
        data = np.zeros((new_capacity, _COLS), dtype=np.float32)
        data[: self._size] = self._data[: self._size]
        keys = np.zeros(new_capacity, dtype=np.int64)
        keys[: self._size] = self._keys[: self._size]
        self._data, self._keys = data, keys

    @staticmethod
    def _fill(target: np.ndarray, matrix: np.ndarray) -> None:
        target[:, :DIM] = matrix
        target[:, DIM] = -0.5 * np.einsum("ij,ij->i", matrix, matrix, dtype=np.float64)

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
            self._fill(self._data[start:end], matrix)
            self._keys[start:end] = key_array
            self._size = end

    def update(self, key: int, vector: np.ndarray) -> None:
        """Replace the template stored under `key`."""
        matrix = _as_matrix(vector)
        with self._lock.writing():
            row = self._require(key)
            self._fill(self._data[row : row + 1], matrix)

    def remove(self, key: int) -> None:
        """Drop `key`; the last row moves into its place."""
        with self._lock.writing():
            row = self._require(key)
            last = self._size - 1
            if row != last:
                self._data[row] = self._data[last]
                self._keys[row] = self._keys[last]
            self._data[last] = 0.0
            self._size = last

    def clear(self) -> None:
        with self._lock.writing():
            self._data[: self._size] = 0.0
            self._size = 0

    # -- search --------------------------------------------------------------------------
    def _candidates(self, rows: np.ndarray, sq_distances: np.ndarray) -> list[Candidate]:
        order = np.argsort(sq_distances, kind="stable")
        result = []
        for index in order:
            distance = float(np.sqrt(max(float(sq_distances[index]), 0.0)))
            key = int(self._keys[rows[index]])
            result.append(Candidate(key, distance, self.thresholds.band(distance)))
        return result

    def search(self, vector: np.ndarray, k: int = 5) -> list[Candidate]:
        """The k nearest templates, nearest first, with distance and band."""
        query = _as_matrix(vector)[0]
        augmented = np.empty(_COLS, dtype=np.float32)
        augmented[:DIM] = query
        augmented[DIM] = 1.0
        q_norm = float(np.dot(query, query))
        with self._lock.reading():
            n = self._size
            k = min(int(k), n)
            if k <= 0:
                return []
            with one_blas_thread() if self.single_thread else contextlib.nullcontext():
                scores = self._data[:n] @ augmented
            rows = _top_rows(scores, k)
            return self._candidates(rows, q_norm - 2.0 * scores[rows].astype(np.float64))

    def search_batch(self, vectors: np.ndarray, k: int = 5) -> list[list[Candidate]]:
        """`search` for many queries at once (matrix-matrix products, gallery read in chunks)."""
        queries = _as_matrix(vectors)
        with self._lock.reading():
            return self._search_batch(queries, k)

    def _search_batch(self, queries: np.ndarray, k: int) -> list[list[Candidate]]:
        n, m = self._size, queries.shape[0]
        k = min(int(k), n)
        if k <= 0 or m == 0:
            return [[] for _ in range(m)]
        step = max(1, _BLOCK_CELLS // min(n, _BATCH_ROWS))
        if m > step:  # keep each block of scores within _BLOCK_CELLS
            return [hits for first in range(0, m, step)
                    for hits in self._search_batch(queries[first : first + step], k)]
        augmented = np.ones((m, _COLS), dtype=np.float32)
        augmented[:, :DIM] = queries
        best_scores = np.full((m, k), -np.inf, dtype=np.float32)
        best_rows = np.zeros((m, k), dtype=np.int64)
        for start in range(0, n, _BATCH_ROWS):
            chunk = self._data[start : min(n, start + _BATCH_ROWS)]
            block = augmented @ chunk.T  # (m, rows): each query's scores contiguous
            take = min(k, block.shape[1])
            top = np.argpartition(block, block.shape[1] - take, axis=1)[:, block.shape[1] - take :]
            merged_scores = np.hstack([best_scores, np.take_along_axis(block, top, axis=1)])
            merged_rows = np.hstack([best_rows, top + start])
            keep = np.argpartition(merged_scores, merged_scores.shape[1] - k, axis=1)[:, -k:]
            best_scores = np.take_along_axis(merged_scores, keep, axis=1)
            best_rows = np.take_along_axis(merged_rows, keep, axis=1)
        q_norms = np.einsum("ij,ij->i", queries, queries, dtype=np.float64)
        return [
            self._candidates(best_rows[j], q_norms[j] - 2.0 * best_scores[j].astype(np.float64))
            for j in range(m)
        ]

    def search_batch_within(self, vectors: np.ndarray, max_distance: float, k: int = 5
                            ) -> list[list[Candidate]]:
        """For each query, up to k templates no farther than `max_distance`, nearest first.

        A duplicate check only cares about templates inside the widest band. Comparing every
        score with the query's own limit (|q - g| <= d  <=>  s >= (|q|^2 - d^2) / 2) is one
        vectorised pass, where a top-k partial sort of each query's row is many times slower;
        the few hits are then ordered per query. This is what the registry's cross-site check
        of a whole batch uses.
        """
        queries = _as_matrix(vectors)
        with self._lock.reading():
            return self._search_batch_within(queries, max_distance, k)

    def _search_batch_within(self, queries: np.ndarray, max_distance: float, k: int
                             ) -> list[list[Candidate]]:
        n, m = self._size, queries.shape[0]
        if n == 0 or m == 0 or k <= 0:
            return [[] for _ in range(m)]
        augmented = np.ones((m, _COLS), dtype=np.float32)
        augmented[:, :DIM] = queries
        q_norms = np.einsum("ij,ij->i", queries, queries, dtype=np.float64)
        limits = ((q_norms - float(max_distance) ** 2) / 2.0).astype(np.float32)
        hit_queries: list[np.ndarray] = []
        hit_rows: list[np.ndarray] = []
        hit_scores: list[np.ndarray] = []
        # Blocks of at most _BLOCK_CELLS scores (64 MB): many queries times a large gallery
        # would otherwise need gigabytes at once.
        query_step = max(1, min(m, _BLOCK_CELLS // min(n, _BATCH_ROWS)))
        for first in range(0, m, query_step):
            queries_block = augmented[first : first + query_step]
            query_limits = limits[first : first + query_step, None]
            for start in range(0, n, _BATCH_ROWS):
                chunk = self._data[start : min(n, start + _BATCH_ROWS)]
                block = queries_block @ chunk.T
                query_index, row_index = np.nonzero(block >= query_limits)
                hit_queries.append(query_index + first)
                hit_rows.append(row_index + start)
                hit_scores.append(block[query_index, row_index])
        all_queries = np.concatenate(hit_queries)
        all_rows = np.concatenate(hit_rows)
        all_scores = np.concatenate(hit_scores).astype(np.float64)
        results: list[list[Candidate]] = [[] for _ in range(m)]
        order = np.argsort(all_queries, kind="stable")
        bounds = np.searchsorted(all_queries[order], np.arange(m + 1))
        for j in np.nonzero(np.diff(bounds))[0].tolist():
            picked = order[bounds[j] : bounds[j + 1]]
            found = self._candidates(all_rows[picked], q_norms[j] - 2.0 * all_scores[picked])
            results[j] = [c for c in found if c.distance <= max_distance][:k]
        return results


def _top_rows(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest scores (unordered), via block maxima."""
    n = scores.shape[0]
    full = n - n % _BLOCK
    if full < _BLOCK * max(k, 4) * 4:
        return np.argpartition(scores, n - k)[n - k :]
    maxima = scores[:full].reshape(-1, _BLOCK).max(axis=1)
    if full < n:
        maxima = np.append(maxima, scores[full:].max())
    kb = min(k, maxima.shape[0])
    blocks = np.argpartition(maxima, maxima.shape[0] - kb)[maxima.shape[0] - kb :]
    rows = (blocks[:, None] * _BLOCK + np.arange(_BLOCK)[None, :]).reshape(-1)
    rows = rows[rows < n]
    local = np.argpartition(scores[rows], rows.shape[0] - k)[rows.shape[0] - k :]
    return rows[local]
