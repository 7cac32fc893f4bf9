"""1:N search over a national-size gallery: an inverted-file (IVF) index, and a gallery that is
exact while small and partitioned once large.

Exact search reads every template for every query: 10,000 queries against 1,000,000 templates
are 1.3e12 multiply-adds, about 23 s on two cores even at full BLAS speed. The partitioned
index splits the gallery into cells with a k-means coarse quantiser (trained on a sample) and
compares each query only with the templates of the `nprobe` cells whose centres are nearest to
it. Distances inside the probed cells are exact, computed as in `MatchIndex` (augmented rows
g, -|g|^2/2), and a batch is searched cell by cell: the queries that probe a cell form one
matrix, so each cell costs one matrix-matrix product instead of one scan per query.

What it gives up: a template whose cell is not among the query's `nprobe` nearest cells is not
found. `probe_fraction` sets the share of cells a query reads (it reads a larger share of
the templates: queries fall nearer the larger cells); `registry bench import
--stored N` measures the share of planted duplicates found at the default and at other
fractions (docs/registry-scaling.md).

Why not FAISS: faiss-cpu's IndexIVFFlat (MIT, installs from PyPI) does the same partitioning,
but scans the probed cells one vector at a time; on this machine its range search took 22.9 s for
10,000 queries at 64 of 1,024 cells, five times the 4.1 s of the per-cell matrix products
here at 52 of 1,024 cells; and this keeps the project free of another native library (k-means
and the cell lists are a few dozen lines of numpy).
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from biometrics.matching import (
    DIM,
    Candidate,
    MatchIndex,
    MatchThresholds,
    ReadWriteLock,
    _as_keys,
    _as_matrix,
    _check_keys,
    one_blas_thread,
)

_COLS = DIM + 1
_SAMPLE_PER_CELL = 40  # k-means training rows per cell (FAISS asks for 39 at least)
_KMEANS_ITERATIONS = 10
_ASSIGN_ROWS = 65536  # rows assigned to cells per matrix product
_QUERY_BLOCK = 16384  # queries probed at once (bounds the query x cell score matrix)
DEFAULT_PROBE_FRACTION = 0.2
DEFAULT_EXACT_LIMIT = 100_000


def cells_for(size: int) -> int:
    """About sqrt(size) cells, a power of two between 16 and 4096."""
    return int(min(4096, max(16, 2 ** round(math.log2(max(1.0, math.sqrt(size)))))))


def _augment(matrix: np.ndarray) -> np.ndarray:
    rows = np.empty((matrix.shape[0], _COLS), dtype=np.float32)
    rows[:, :DIM] = matrix
    rows[:, DIM] = -0.5 * np.einsum("ij,ij->i", matrix, matrix, dtype=np.float64)
    return rows


def train_centroids(vectors: np.ndarray, cells: int, *, seed: int = 0) -> np.ndarray:
    """Lloyd's k-means on at most `_SAMPLE_PER_CELL * cells` rows of `vectors`."""
    rng = np.random.default_rng(seed)
    n = vectors.shape[0]
    cells = max(1, min(int(cells), n))
    take = min(n, _SAMPLE_PER_CELL * cells)
    sample = np.ascontiguousarray(vectors[np.sort(rng.choice(n, take, replace=False))],
                                  dtype=np.float32)
    centroids = sample[rng.choice(take, cells, replace=False)].copy()
    for _ in range(_KMEANS_ITERATIONS):
        labels = _nearest(sample, centroids)
        counts = np.bincount(labels, minlength=cells)
        order = np.argsort(labels, kind="stable")
        filled = counts > 0
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])[filled]
        sums = np.add.reduceat(sample[order].astype(np.float64), starts, axis=0)
        centroids[filled] = (sums / counts[filled, None]).astype(np.float32)
        empty = np.flatnonzero(~filled)
        if empty.size:  # restart an empty cell on a random sample row
            centroids[empty] = sample[rng.choice(take, empty.size, replace=False)]
    return centroids


def _nearest(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Index of the nearest centroid of each row (|c|^2 - 2 v.c, in blocks of rows)."""
    half_norms = 0.5 * np.einsum("ij,ij->i", centroids, centroids)
    labels = np.empty(vectors.shape[0], dtype=np.int32)
    for start in range(0, vectors.shape[0], _ASSIGN_ROWS):
        block = vectors[start : start + _ASSIGN_ROWS] @ centroids.T
        labels[start : start + _ASSIGN_ROWS] = np.argmax(block - half_norms, axis=1)
    return labels


class PartitionedIndex:
    """Approximate 1:N search: k-means cells, `nprobe` nearest cells per query, exact distances
    inside them. Same keys, changes and results shape as `MatchIndex`.

    The cells are trained once, by `build` (or the first `add_many`); later templates go to the
    nearest existing cell. Each cell is a float32 matrix of augmented rows with spare capacity;
    removal moves the cell's last row into the hole. A key array with each key's cell (scanned
    vectorised, about 1 ms per 1,000,000) finds the cell of a key.

    Safe to search from many threads while others change it: a `ReadWriteLock` as in
    `MatchIndex` (searches share it, changes hold it alone), for the same reasons.
    """

    def __init__(self, thresholds: MatchThresholds | None = None, *, cells: int | None = None,
                 probe_fraction: float = DEFAULT_PROBE_FRACTION, seed: int = 0) -> None:
        if not 0 < probe_fraction <= 1:
            raise ValueError("probe_fraction must be in (0, 1]")
        self.thresholds = thresholds or MatchThresholds()
        self.probe_fraction = float(probe_fraction)
        self.seed = seed
        self.workers = max(1, min(8, os.cpu_count() or 1))
        self._wanted_cells = cells
        self._centroids = np.zeros((0, DIM), dtype=np.float32)
        self._data: list[np.ndarray] = []
        self._cell_keys: list[np.ndarray] = []
        self._counts = np.zeros(0, dtype=np.int64)
        self._dir_keys = np.zeros(0, dtype=np.int64)
        self._dir_cells = np.zeros(0, dtype=np.int32)
        self._size = 0
        self.trained_size = 0  # gallery size when the cells were trained
        self.build_seconds = 0.0  # the last build: training plus filling the cells
        # Share of the gallery the last search compared each query with, on average: more
        # than probe_fraction, as queries fall nearer the larger (central) cells.
        self.last_share_read = 0.0
        self._lock = ReadWriteLock()

    # -- state ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return self._size

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, int | np.integer):
            return False
        with self._lock.reading():
            return self._locate(int(key)) is not None

    @property
    def cells(self) -> int:
        return int(self._centroids.shape[0])

    @property
    def nprobe(self) -> int:
        """Cells read per query."""
        return max(1, math.ceil(self.probe_fraction * self.cells)) if self.cells else 0

    @property
    def nbytes(self) -> int:
        return int(sum(d.nbytes for d in self._data) + sum(k.nbytes for k in self._cell_keys)
                   + self._dir_keys.nbytes + self._dir_cells.nbytes + self._centroids.nbytes)

    @property
    def keys(self) -> np.ndarray:
        with self._lock.reading():
            return self._dir_keys[: self._size].copy()

    def vector(self, key: int) -> np.ndarray:
        with self._lock.reading():
            cell, row = self._require(key)
            return self._data[cell][row, :DIM].copy()

    # -- building and changes -------------------------------------------------------------
    def build(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        """Train the cells on `vectors` and put them all in (replaces the whole content)."""
        key_array = np.asarray(keys, dtype=np.int64).reshape(-1)
        matrix = _as_matrix(vectors)
        _check_keys(key_array, matrix)
        with self._lock.writing():
            self._build(key_array, matrix)

    def _build(self, key_array: np.ndarray, matrix: np.ndarray) -> None:
        started = time.perf_counter()
        cells = self._wanted_cells or cells_for(matrix.shape[0])
        self._centroids = train_centroids(matrix, cells, seed=self.seed)
        labels = _nearest(matrix, self._centroids)
        order = np.argsort(labels, kind="stable")
        bounds = np.searchsorted(labels[order], np.arange(self.cells + 1))
        self._data, self._cell_keys = [], []
        for cell in range(self.cells):
            rows = order[bounds[cell] : bounds[cell + 1]]
            self._data.append(_augment(matrix[rows]))
            self._cell_keys.append(key_array[rows])
        self._counts = np.diff(bounds).astype(np.int64)
        self._dir_keys, self._dir_cells = key_array.copy(), labels
        self._size = key_array.size
        self.trained_size = self._size
        self.build_seconds = time.perf_counter() - started

    def add(self, key: int, vector: np.ndarray) -> None:
        self.add_many([key], _as_matrix(vector))

    def add_many(self, keys: Iterable[int] | np.ndarray, vectors: np.ndarray) -> None:
        """Add templates to their nearest cells (the first call trains the cells)."""
        key_array = _as_keys(keys)
        matrix = _as_matrix(vectors)
        _check_keys(key_array, matrix)
        with self._lock.writing():
            self._add_many(key_array, matrix)

    def _add_many(self, key_array: np.ndarray, matrix: np.ndarray) -> None:
        clash = np.isin(key_array, self._dir_keys[: self._size])
        if clash.any():
            raise ValueError(f"key {int(key_array[clash][0])} is already in the index")
        if not self.cells:
            self._build(key_array, matrix)
            return
        labels = _nearest(matrix, self._centroids)
        order = np.argsort(labels, kind="stable")
        bounds = np.searchsorted(labels[order], np.arange(self.cells + 1))
        for cell in np.flatnonzero(np.diff(bounds)).tolist():
            rows = order[bounds[cell] : bounds[cell + 1]]
            self._append(cell, key_array[rows], matrix[rows])
        self._reserve_directory(self._size + key_array.size)
        self._dir_keys[self._size : self._size + key_array.size] = key_array
        self._dir_cells[self._size : self._size + key_array.size] = labels
        self._size += key_array.size

    def _append(self, cell: int, keys: np.ndarray, matrix: np.ndarray) -> None:
        count, data = int(self._counts[cell]), self._data[cell]
        end = count + keys.size
        if end > data.shape[0]:
            # grow by an eighth: a cell gets a few rows per import, and 1,000,000 templates
            # should not carry half a gigabyte of spare rows
            capacity = max(end, data.shape[0] + max(64, data.shape[0] // 8))
            grown = np.zeros((capacity, _COLS), dtype=np.float32)
            grown[:count] = data[:count]
            grown_keys = np.zeros(capacity, dtype=np.int64)
            grown_keys[:count] = self._cell_keys[cell][:count]
            self._data[cell], self._cell_keys[cell] = grown, grown_keys
        self._data[cell][count:end] = _augment(matrix)
        self._cell_keys[cell][count:end] = keys
        self._counts[cell] = end

    def _reserve_directory(self, total: int) -> None:
        if total <= self._dir_keys.shape[0]:
            return
        capacity = max(total, self._dir_keys.shape[0] + self._dir_keys.shape[0] // 2, 1024)
        keys = np.zeros(capacity, dtype=np.int64)
        keys[: self._size] = self._dir_keys[: self._size]
        cells = np.zeros(capacity, dtype=np.int32)
        cells[: self._size] = self._dir_cells[: self._size]
        self._dir_keys, self._dir_cells = keys, cells

    def _locate(self, key: int) -> tuple[int, int, int] | None:
        """(directory position, cell, row in the cell) of `key`, or None."""
        hits = np.flatnonzero(self._dir_keys[: self._size] == key)
        if not hits.size:
            return None
        position = int(hits[0])
        cell = int(self._dir_cells[position])
        row = int(np.flatnonzero(self._cell_keys[cell][: self._counts[cell]] == key)[0])
        return position, cell, row

    def _require(self, key: int) -> tuple[int, int]:
        found = self._locate(int(key))
        if found is None:
            raise KeyError(f"no template with key {int(key)}")
        return found[1], found[2]

    def update(self, key: int, vector: np.ndarray) -> None:
        """Replace the template of `key` (it may move to another cell)."""
        matrix = _as_matrix(vector)
        with self._lock.writing():
            self._remove(key)
            self._add_many(_as_keys([int(key)]), matrix)

    def remove(self, key: int) -> None:
        with self._lock.writing():
            self._remove(key)

    def _remove(self, key: int) -> None:
        found = self._locate(int(key))
        if found is None:
            raise KeyError(f"no template with key {int(key)}")
        position, cell, row = found
        last = int(self._counts[cell]) - 1
        data, keys = self._data[cell], self._cell_keys[cell]
        if row != last:
            data[row], keys[row] = data[last], keys[last]
        data[last] = 0.0
        self._counts[cell] = last
        end = self._size - 1
        if position != end:
            self._dir_keys[position] = self._dir_keys[end]
            self._dir_cells[position] = self._dir_cells[end]
        self._size = end

    def clear(self) -> None:
        """Empty the index; the trained cells stay."""
        with self._lock.writing():
            for cell in range(self.cells):
                self._data[cell][: self._counts[cell]] = 0.0
            self._counts[:] = 0
            self._size = 0

    def all_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """(keys, vectors) of every template (to retrain the cells)."""
        with self._lock.reading():
            keys = [self._cell_keys[c][: self._counts[c]] for c in range(self.cells)]
            vectors = [self._data[c][: self._counts[c], :DIM] for c in range(self.cells)]
            if not keys:
                return np.zeros(0, dtype=np.int64), np.zeros((0, DIM), dtype=np.float32)
            return np.concatenate(keys), np.concatenate(vectors)

    # -- search --------------------------------------------------------------------------
    def _probe(self, queries: np.ndarray) -> np.ndarray:
        """(m, nprobe) cells nearest to each query."""
        scores = queries @ self._centroids.T - 0.5 * np.einsum(
            "ij,ij->i", self._centroids, self._centroids)
        probe = min(self.nprobe, self.cells)
        if probe >= self.cells:
            return np.broadcast_to(np.arange(self.cells), (queries.shape[0], self.cells))
        return np.argpartition(scores, self.cells - probe, axis=1)[:, self.cells - probe :]

    def _scan(self, queries: np.ndarray, visit: Any) -> list[Any]:
        """visit(query_rows, cell, scores) for each probed cell, scores = aug(q) @ cell.T;
        returns what the calls returned (None left out), in cell order.

        Queries are grouped by cell, so each cell is one matrix-matrix product with every
        query that probes it.
        """
        results: list[Any] = []
        scanned: list[int] = []
        for first in range(0, queries.shape[0], _QUERY_BLOCK):
            block = queries[first : first + _QUERY_BLOCK]
            probes = self._probe(block)
            augmented = np.ones((block.shape[0], _COLS), dtype=np.float32)
            augmented[:, :DIM] = block
            cells = probes.reshape(-1)
            query_of = np.repeat(np.arange(block.shape[0]), probes.shape[1])
            order = np.argsort(cells, kind="stable")
            bounds = np.searchsorted(cells[order], np.arange(self.cells + 1))

            def one_cell(cell: int, first: int = first, augmented: np.ndarray = augmented,
                         order: np.ndarray = order, bounds: np.ndarray = bounds,
                         query_of: np.ndarray = query_of) -> Any:
                rows = query_of[order[bounds[cell] : bounds[cell + 1]]]
                count = int(self._counts[cell])
                scanned.append(rows.size * count)
                return visit(rows + first, cell, augmented[rows] @ self._data[cell][:count].T)

            wanted = [c for c in np.flatnonzero(np.diff(bounds)).tolist() if self._counts[c]]
            # Many small products: one BLAS thread each (several threads per small product
            # mostly wait on each other, 7x slower on a busy machine), cells spread over
            # Python threads instead (numpy releases the GIL in the products).
            with one_blas_thread():
                if self.workers > 1 and len(wanted) > 1:
                    with ThreadPoolExecutor(self.workers) as pool:
                        found = list(pool.map(one_cell, wanted))
                else:
                    found = [one_cell(cell) for cell in wanted]
            results += [item for item in found if item is not None]
        self.last_share_read = sum(scanned) / max(1, queries.shape[0] * self._size)
        return results

    def _candidates(self, keys: np.ndarray, sq_distances: np.ndarray) -> list[Candidate]:
        order = np.argsort(sq_distances, kind="stable")
        result = []
        for index in order.tolist():
            distance = float(np.sqrt(max(float(sq_distances[index]), 0.0)))
            result.append(Candidate(int(keys[index]), distance, self.thresholds.band(distance)))
        return result

    def search_batch_within(self, vectors: np.ndarray, max_distance: float, k: int = 5
                            ) -> list[list[Candidate]]:
        """For each query, up to k templates of its probed cells no farther than
        `max_distance`, nearest first (as `MatchIndex.search_batch_within`)."""
        queries = _as_matrix(vectors)
        with self._lock.reading():
            return self._search_batch_within(queries, max_distance, k)

    def _search_batch_within(self, queries: np.ndarray, max_distance: float, k: int
                             ) -> list[list[Candidate]]:
        m = queries.shape[0]
        if self._size == 0 or m == 0 or k <= 0:
            return [[] for _ in range(m)]
        q_norms = np.einsum("ij,ij->i", queries, queries, dtype=np.float64)
        limits = ((q_norms - float(max_distance) ** 2) / 2.0).astype(np.float32)

        def visit(rows: np.ndarray, cell: int, scores: np.ndarray) -> Any:
            query_index, row_index = np.nonzero(scores >= limits[rows, None])
            if not query_index.size:
                return None
            return (rows[query_index], self._cell_keys[cell][row_index],
                    scores[query_index, row_index])

        return self._collect(m, q_norms, self._scan(queries, visit), k, max_distance)

    def search_batch(self, vectors: np.ndarray, k: int = 5) -> list[list[Candidate]]:
        """The k nearest templates of each query's probed cells, nearest first."""
        queries = _as_matrix(vectors)
        with self._lock.reading():
            return self._search_batch(queries, k)

    def _search_batch(self, queries: np.ndarray, k: int) -> list[list[Candidate]]:
        m = queries.shape[0]
        if self._size == 0 or m == 0 or k <= 0:
            return [[] for _ in range(m)]
        q_norms = np.einsum("ij,ij->i", queries, queries, dtype=np.float64)

        def visit(rows: np.ndarray, cell: int, scores: np.ndarray) -> Any:
            take = min(k, scores.shape[1])  # each cell's k best are enough
            top = np.argpartition(scores, scores.shape[1] - take, axis=1)[:, -take:]
            return (np.repeat(rows, take), self._cell_keys[cell][top].reshape(-1),
                    np.take_along_axis(scores, top, axis=1).reshape(-1))

        return self._collect(m, q_norms, self._scan(queries, visit), k, None)

    def search(self, vector: np.ndarray, k: int = 5, *, max_distance: float | None = None
               ) -> list[Candidate]:
        """As `MatchIndex.search`, over the probed cells."""
        query = _as_matrix(vector)[:1]
        if max_distance is not None:
            return self.search_batch_within(query, max_distance, k)[0]
        return self.search_batch(query, k)[0]

    def _collect(self, m: int, q_norms: np.ndarray,
                 hits: list[tuple[np.ndarray, np.ndarray, np.ndarray]], k: int,
                 max_distance: float | None) -> list[list[Candidate]]:
        """Per query, its hits (query rows, keys, scores from every cell) nearest first."""
        results: list[list[Candidate]] = [[] for _ in range(m)]
        if not hits:
            return results
        all_queries = np.concatenate([h[0] for h in hits])
        all_keys = np.concatenate([h[1] for h in hits])
        all_scores = np.concatenate([h[2] for h in hits]).astype(np.float64)
        order = np.argsort(all_queries, kind="stable")
        bounds = np.searchsorted(all_queries[order], np.arange(m + 1))
        for j in np.flatnonzero(np.diff(bounds)).tolist():
            picked = order[bounds[j] : bounds[j + 1]]
            found = self._candidates(all_keys[picked], q_norms[j] - 2.0 * all_scores[picked])
            if max_distance is not None:
                found = [c for c in found if c.distance <= max_distance]
            results[j] = found[:k]
        return results


class GalleryIndex:
    """The registry's gallery: exact (`MatchIndex`) up to `exact_limit` templates, partitioned
    (`PartitionedIndex`) above it, so that small registries and their tests keep exact results
    while a national gallery is searched at a fraction of the cost.

    The switch happens inside `add_many` when the gallery would grow past the limit: the
    partitioned index is trained on everything at once (the load at start-up is one call, so
    a large registry never builds the exact index first). It retrains its cells when the
    gallery has grown to `retrain_growth` times the size they were trained on. It never
    switches back: removals below the limit keep the partitioned index.

    Changes go one at a time (a lock here: the switch and the retraining read the whole
    content and then replace `index`); searches take whichever index is current, whose own
    readers-writer lock keeps them consistent. A search that started on the index being
    replaced finishes on it: it was never changed after the copy.
    """

    def __init__(self, thresholds: MatchThresholds | None = None, *,
                 exact_limit: int = DEFAULT_EXACT_LIMIT,
                 probe_fraction: float = DEFAULT_PROBE_FRACTION, cells: int | None = None,
                 retrain_growth: float = 4.0) -> None:
        self.thresholds = thresholds or MatchThresholds()
        self.exact_limit = int(exact_limit)
        self.probe_fraction = probe_fraction
        self.cells = cells
        self.retrain_growth = retrain_growth
        self.index: MatchIndex | PartitionedIndex = MatchIndex(self.thresholds)
        self._changing = threading.Lock()

    @property
    def partitioned(self) -> bool:
        return isinstance(self.index, PartitionedIndex)

    def __len__(self) -> int:
        return len(self.index)

    def __contains__(self, key: object) -> bool:
        return key in self.index

    @property
    def nbytes(self) -> int:
        return self.index.nbytes

    @property
    def keys(self) -> np.ndarray:
        return self.index.keys

    def vector(self, key: int) -> np.ndarray:
        return self.index.vector(key)

    def add(self, key: int, vector: np.ndarray) -> None:
        self.add_many([key], _as_matrix(vector))

    def add_many(self, keys: Iterable[int] | np.ndarray, vectors: np.ndarray) -> None:
        key_array = _as_keys(keys)
        matrix = _as_matrix(vectors)
        with self._changing:
            self._add_many(key_array, matrix)

    def _add_many(self, key_array: np.ndarray, matrix: np.ndarray) -> None:
        total = len(self.index) + key_array.size
        if isinstance(self.index, MatchIndex):
            if total <= self.exact_limit:
                self.index.add_many(key_array, matrix)
                return
            self._rebuild(key_array, matrix)
            return
        if total > self.retrain_growth * max(1, self.index.trained_size):
            self._rebuild(key_array, matrix)
            return
        self.index.add_many(key_array, matrix)

    def _rebuild(self, new_keys: np.ndarray, new_vectors: np.ndarray) -> None:
        """Train a partitioned index on the current content plus the new templates."""
        _check_keys(new_keys, new_vectors)
        if isinstance(self.index, MatchIndex):
            old_keys = self.index.keys
            old_vectors = self.index._data[: old_keys.size, :DIM]  # same package: no copy
        else:
            old_keys, old_vectors = self.index.all_vectors()
        if np.isin(new_keys, old_keys).any():
            raise ValueError("a key is already in the index")
        keys = np.concatenate([old_keys, new_keys])
        vectors = np.concatenate([old_vectors, new_vectors]) if old_keys.size else new_vectors
        fresh = PartitionedIndex(self.thresholds, cells=self.cells,
                                 probe_fraction=self.probe_fraction)
        fresh.build(keys, vectors)
        self.index = fresh

    def update(self, key: int, vector: np.ndarray) -> None:
        with self._changing:
            self.index.update(key, vector)

    def remove(self, key: int) -> None:
        with self._changing:
            self.index.remove(key)

    def clear(self) -> None:
        with self._changing:
            self.index.clear()

    def search(self, vector: np.ndarray, k: int = 5, *, max_distance: float | None = None
               ) -> list[Candidate]:
        return self.index.search(vector, k, max_distance=max_distance)

    def search_batch(self, vectors: np.ndarray, k: int = 5) -> list[list[Candidate]]:
        return self.index.search_batch(vectors, k)

    def search_batch_within(self, vectors: np.ndarray, max_distance: float, k: int = 5
                            ) -> list[list[Candidate]]:
        return self.index.search_batch_within(vectors, max_distance, k)
