"""The one way the windows run work off the UI thread.

A callable goes in; its result or its error comes back on the main thread through a signal.
Two pools, as in Picard and Anki: a general one (detection, matching, PDF, network) and a
one-thread pool for store writes, so that saves never race. The full photo checks run in a
process of their own (`photo_checks()`: dlib holds Python's lock for hundreds of milliseconds,
which would stall the live preview), started when the capture page first asks for it and
stopped at shutdown; a task of the general pool waits for its answer.

The pools are `concurrent.futures` executors rather than `QThreadPool`: with Python
`QRunnable`s, `QThreadPool.start()` on the UI thread deadlocked against a worker inside dlib
(which holds the GIL), freezing the window. Executor threads only touch Qt to emit a signal
to a relay object that lives on the main thread, which Qt queues safely.
`TaskRunner(synchronous=True)` runs
everything inline, which makes UI tests deterministic.

The callable never touches widgets. A callback is skipped when its owner widget has been
deleted in the meantime (the window closed while the work ran).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from station.errors import StationError
from station.services.analysis_worker import PhotoChecks

log = logging.getLogger("station.ui")

Done = Callable[[Any], None]
Failed = Callable[[str], None]
ProgressCallback = Callable[[int, int], None]


@dataclass
class Progress:
    """Handed to a task that reports progress; `cancelled` is set when the user cancels."""

    _emit: Callable[[int, int], None]
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def report(self, done: int, total: int) -> None:
        self._emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


def describe_error(exc: BaseException) -> str:
    """A message a person can act on; never a traceback, never the values typed."""
    if isinstance(exc, StationError):
        from ui.language import error_text  # in the operator's language (its catalogues)
        return error_text(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "errors", "the computer ran out of memory; close other programs and retry")
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "errors", "a file or device could not be used ({cause})").format(
                cause=exc.strerror or type(exc).__name__)
    return QCoreApplication.translate(
        "errors", "unexpected problem ({cause}); nothing was saved, please retry").format(
            cause=type(exc).__name__)


class _Relay(QObject):
    """Lives on the main thread; signals emitted by a worker reach its slots there."""

    finished = Signal(bool, object)
    progressed = Signal(int, int)

    def __init__(self, runner: TaskRunner, done: Done | None, failed: Failed | None,
                 progress: ProgressCallback | None, owner: QObject | None) -> None:
        super().__init__()
        self._runner = runner
        self._done = done
        self._failed = failed
        self._progress = progress
        self._owner = owner
        self.finished.connect(self._deliver)
        self.progressed.connect(self._on_progress)

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        self._runner._forget(self)
        if not self._owner_alive():
            return
        if ok:
            if self._done is not None:
                self._done(value)
        elif self._failed is not None:
            self._failed(str(value))
        else:
            self._runner.unhandled.emit(str(value))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None and self._owner_alive():
            self._progress(done, total)


def _call(fn: Callable[..., Any], progress: Progress | None) -> tuple[bool, object]:
    try:
        return True, fn(progress) if progress is not None else fn()
    except Exception as exc:  # every error becomes a message in the window
        if not isinstance(exc, StationError):
            log.error("background task failed: %s", type(exc).__name__, exc_info=True)
        return False, describe_error(exc)


def _job(fn: Callable[..., Any], relay: _Relay, progress: Progress | None) -> None:
    ok, value = _call(fn, progress)
    relay.finished.emit(ok, value)


class Handle:
    """What `submit` returns: lets the caller cancel work that checks `progress.cancelled`."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel_event.set()


class TaskRunner(QObject):
    """Runs callables in the background and calls back on the main thread."""

    unhandled = Signal(str)  # errors of tasks submitted without a `failed` callback

    def __init__(self, *, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.general = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2),
                                          thread_name_prefix="station-work")
        self.writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="station-write")
        self._live: set[_Relay] = set()
        self._futures: set[Future[None]] = set()
        self._lock = threading.Lock()
        self._shut = False
        self._photo_checks: PhotoChecks | None = None

    def submit(self, fn: Callable[..., Any], *, done: Done | None = None,
               failed: Failed | None = None, write: bool = False,
               progress: ProgressCallback | None = None, owner: QObject | None = None
               ) -> Handle:
        """Run `fn` (given a `Progress` when `progress` is set) on the write or general pool."""
        relay = _Relay(self, done, failed, progress, owner)
        tracker = Progress(relay.progressed.emit) if progress is not None else None
        if self.synchronous:
            ok, value = _call(fn, tracker)
            self._live.add(relay)
            relay._deliver(ok, value)
            return Handle(tracker)
        if self._shut:  # the window is closing: a callback's follow-up work is dropped
            return Handle(tracker)
        self._live.add(relay)
        future = (self.writes if write else self.general).submit(_job, fn, relay, tracker)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._done)
        return Handle(tracker)

    def photo_checks(self) -> PhotoChecks:
        """The full photo checks: one worker process, started (and its models loaded in the
        background) at the first call; inline when synchronous."""
        if self._photo_checks is None:
            checks = self._photo_checks = PhotoChecks(in_process=self.synchronous)
            if self._shut:  # the window is closing: no process is started any more
                checks.close()
            else:
                checks.start()
        return self._photo_checks

    def in_writer(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` on the write pool and wait for its result, from a task of the general pool
        whose store writes must queue with the other saves (a sync: its uploads stay on the
        general pool, its sealing and acknowledgements go through the one writer). Inline when
        synchronous or already on the writer (never wait on oneself)."""
        if self.synchronous or threading.current_thread().name.startswith("station-write"):
            return fn()
        return self.writes.submit(fn).result()

    def _forget(self, relay: _Relay) -> None:
        self._live.discard(relay)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until the work submitted so far is done (shutdown and tests only, never from
        a page). Results are delivered by the next turns of the event loop."""
        deadline = time.monotonic() + msecs / 1000
        while True:
            with self._lock:
                pending = list(self._futures)
            if not pending:
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            wait(pending, timeout=remaining)

    def _done(self, future: Future[None]) -> None:
        with self._lock:
            self._futures.discard(future)

    def shutdown(self) -> None:
        """Finish the queued writes, drop queued general work (the window is closing)."""
        self._shut = True
        checks, self._photo_checks = self._photo_checks, None
        if checks is not None:  # first: a task of the general pool may wait for its answer
            checks.close()
        self.general.shutdown(wait=True, cancel_futures=True)
        self.writes.shutdown(wait=True)
