"""The full photo checks in a process of their own, so that the live preview stays fluid.

The full checks (dlib's detection, landmarks and template, the quality checks, the plain
background, SFace's template) take most of a second, and dlib holds Python's global lock for
up to a few hundred milliseconds per call: in the window's process every other thread, the
live preview's included, stops meanwhile (2.6 frames/s were measured). A process has a lock of
its own, so the window hands each picture to one worker process.

The process is started with 'spawn' (a fresh interpreter: nothing of Qt, and no lock held by
a thread of the window, is inherited as with 'fork', and unlike 'forkserver' no helper process
outlives it) and warmed up at once, so that the models are loaded before the first capture. It
runs at a lower priority than the window (`NICE`): on a busy computer the checklist is updated
less often, while the picture keeps moving. A process that dies (out of memory, a crash in a
native library) is reported as `PhotoChecksStopped`, in plain words, and started again for
the next picture. `close()` stops it; the window does at exit.

`PhotoChecks(in_process=True)` runs the same checks in the calling thread (deterministic tests
with a synchronous runner, and the command line).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from station.errors import StationError, ValidationError

NICE = 5  # added to the worker's niceness: the live preview first when the computer is busy
STOP_WAIT_S = 10.0  # at close, how long a check under way may finish before it is stopped


class PhotoChecksStopped(StationError):
    """The worker process of the photo checks ended without an answer."""


@dataclass(frozen=True)
class Checked:
    """One picture checked: the analysis (None when no face could be used, `error` then says
    why), and the picture as JPEG when a camera frame was given (the record keeps it)."""

    analysis: Any  # biometrics.PhotoAnalysis, or None
    error: str
    jpeg: bytes


def check(image: Any, live: bool, encode: bool) -> Checked:
    """The full checks of one picture (image bytes, or an RGB frame to keep as JPEG when
    `encode`): run in the worker process, or inline."""
    from station.services import camera, photo_checks

    jpeg = camera.encode_jpeg(image) if encode else b""
    try:
        return Checked(photo_checks.analyse_photo(image, live=live), "", jpeg)
    except ValidationError as exc:  # no face, unreadable: said on the checklist
        return Checked(None, str(exc).removeprefix("photo: "), jpeg)


def _initialise() -> None:
    """In the worker process, before any work: a lower priority than the window's."""
    try:
        os.nice(NICE)
    except OSError:  # not allowed here: the same priority as the window
        pass


def warm_up() -> int:
    """Load the models the checks use (about five seconds the first time); the process id."""
    import numpy as np

    from station.services import photo_checks

    try:  # a grey picture: no face, but detection and its models are loaded
        photo_checks.analyse_photo(np.full((480, 640, 3), 128, np.uint8), live=True)
    except ValidationError:
        pass
    photo_checks.load_models()
    return os.getpid()


class PhotoChecks:
    """The full photo checks, in one worker process (or inline); safe to call from threads."""

    def __init__(self, *, in_process: bool = False) -> None:
        self.in_process = in_process
        self._pool: ProcessPoolExecutor | None = None
        self._warm: Future[int] | None = None
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        """Start the worker process and load its models, in the background (no wait)."""
        with self._lock:
            self._started()

    def _started(self) -> ProcessPoolExecutor | None:
        if self.in_process:
            return None
        if self._closed:
            raise PhotoChecksStopped("the photo checks are closed: the window is closing")
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                initializer=_initialise)
            self._warm = self._pool.submit(warm_up)
        return self._pool

    def wait_ready(self, timeout: float | None = None) -> int:
        """Block until the models are loaded; the worker's process id (0 when inline)."""
        with self._lock:
            self._started()
            warm = self._warm
        return 0 if warm is None else warm.result(timeout)

    def ready(self) -> bool:
        """The models are loaded (always when inline)."""
        warm = self._warm
        return self.in_process or (warm is not None and warm.done())

    @property
    def pid(self) -> int | None:
        """The worker process's id, when it runs."""
        pool = self._pool
        processes = getattr(pool, "_processes", None) or {}
        return next(iter(processes), None)

    def analyse(self, image: Any, *, live: bool, encode: bool = False) -> Checked:
        """The full checks of one picture; blocks the calling thread (a worker of the window)
        until the process answers. A dead process is restarted and reported."""
        with self._lock:
            pool = self._started()
        if pool is None:
            return check(image, live, encode)
        try:
            return pool.submit(check, image, live, encode).result()
        except BrokenProcessPool:
            self._restart(pool)
            raise PhotoChecksStopped("the photo checks stopped unexpectedly and were started "
                                     "again; the next picture will be checked") from None

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is not broken:  # another thread restarted it already
                return
            self._pool = None
            broken.shutdown(wait=False, cancel_futures=True)
            if not self._closed:
                self._started()

    def close(self) -> None:
        """Stop the worker process (a check under way may finish first, `STOP_WAIT_S`)."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.join(STOP_WAIT_S)
            if process.is_alive():
                process.terminate()
                process.join(STOP_WAIT_S)
        pool.shutdown(wait=True)
