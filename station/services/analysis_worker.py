"""The full photo checks in a process of their own, so that the live preview stays fluid.

The full checks (dlib's detection, landmarks and template, the quality checks, the plain
background, SFace's template) take most of a second, and dlib holds Python's global lock for
up to a few hundred milliseconds per call: in the window's process every other thread, the
live preview's included, stops meanwhile (2.6 frames/s were measured). A process has a lock of
its own, so the window hands each picture to one worker process.

The process is started with 'spawn' (a fresh interpreter: nothing of Qt, and no lock held by
a thread of the window, is inherited as with 'fork', and unlike 'forkserver' no helper process
outlives it) and warmed up at once, so that the models are loaded before the first capture.
One picture at a time goes to it through a pipe: the page asks for the newest frame only, so
a pool's queues, feeder and manager threads would add nothing but their own ways to hang
when a worker dies (ProcessPoolExecutor of Python 3.11, gh-132969), and a dead process is
seen at once here from its sentinel. It runs at a lower priority than the window (`NICE`):
on a busy computer the checklist is updated less often, while the picture keeps moving (one
core shared: 21 frames/s and a check every 4 s at +5; 15 frames/s and every 1.9 s at 0). A
process that dies (out of memory, a crash in a native library) or hangs is reported as
`PhotoChecksStopped`, in plain words, and started again for the next picture. `close()` stops
it; the window does at exit.

`PhotoChecks(in_process=True)` runs the same checks in the calling thread (deterministic tests
with a synchronous runner, and the command line).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from contextlib import suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from station.errors import StationError, ValidationError

NICE = 5  # added to the worker's niceness: the live preview first when the computer is busy
STOP_WAIT_S = 5.0  # at close, how long the process may take to end before it is killed
ANSWER_WAIT_S = 180.0  # a worker silent this long (models loading included) is stuck: killed


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


def warm_up() -> None:
    """Load the models the checks use (about five seconds the first time)."""
    import numpy as np

    from station.services import photo_checks

    with suppress(ValidationError):  # a grey picture: no face, but detection is loaded
        photo_checks.analyse_photo(np.full((480, 640, 3), 128, np.uint8), live=True)
    photo_checks.load_models()


def serve(connection: Connection) -> None:
    """The worker process: a lower priority, the models loaded ("ready" said), then one
    picture after the other until told to stop (None) or the window's end of the pipe closes."""
    with suppress(OSError):  # not allowed here: the same priority as the window
        os.nice(NICE)
    with suppress(Exception):  # a fault is said at the first picture, as its failure
        warm_up()
    connection.send(("ready", os.getpid()))
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            answer: tuple[str, Any] = ("ok", check(*request))
        except Exception as exc:  # a fault of the checks: the window says so, no traceback
            answer = ("failed", f"{type(exc).__name__}")
        connection.send(answer)


class _Process:
    """One started worker process and the window's end of its pipe."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=serve, args=(theirs,), daemon=True,
                                       name="station-photo-checks")
        self.process.start()
        theirs.close()  # only the worker holds its end: its death closes the pipe
        self.ready = False

    def answer(self) -> Any:
        """The worker's next message; PhotoChecksStopped when it died (or hung) first."""
        ready = wait([self.connection, self.process.sentinel], ANSWER_WAIT_S)
        if self.connection in ready:
            try:
                return self.connection.recv()
            except (EOFError, OSError):  # its end closed: it is ending
                pass
        if not ready:
            self.process.kill()
        self.process.join(STOP_WAIT_S)
        raise PhotoChecksStopped("the photo checks stopped unexpectedly and were started "
                                 "again; the next picture will be checked")

    def wait_ready(self) -> None:
        while not self.ready:
            kind, _value = self.answer()
            self.ready = kind == "ready"

    def stop(self) -> None:
        with suppress(OSError):
            self.connection.send(None)
        self.process.join(STOP_WAIT_S)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(STOP_WAIT_S)
        self.connection.close()


class PhotoChecks:
    """The full photo checks, in one worker process (or inline); safe to call from threads,
    which are answered one after the other."""

    def __init__(self, *, in_process: bool = False) -> None:
        self.in_process = in_process
        self._worker: _Process | None = None
        self._lock = threading.Lock()  # held while a picture is with the worker
        self._closed = False

    def start(self) -> None:
        """Start the worker process, which loads its models in the background (no wait)."""
        if self.in_process:
            return
        with self._lock:
            self._started()

    def _started(self) -> _Process:
        if self._closed:
            raise PhotoChecksStopped("the photo checks are closed: the window is closing")
        if self._worker is None:
            self._worker = _Process()
        return self._worker

    def ready(self) -> bool:
        """The models are loaded (always when inline); never waits."""
        if self.in_process:
            return True
        if not self._lock.acquire(blocking=False):
            return bool(self._worker and self._worker.ready)
        try:
            worker = self._worker
            if worker is not None and not worker.ready and worker.connection.poll():
                worker.wait_ready()
            return bool(worker and worker.ready)
        except PhotoChecksStopped:
            return False
        finally:
            self._lock.release()

    @property
    def pid(self) -> int | None:
        """The worker process's id, while it runs."""
        worker = self._worker
        return worker.process.pid if worker is not None and worker.process.is_alive() \
            else None

    def analyse(self, image: Any, *, live: bool, encode: bool = False) -> Checked:
        """The full checks of one picture; blocks the calling thread (a worker of the window)
        until the process answers. A dead process is started again and reported."""
        if self.in_process:
            return check(image, live, encode)
        with self._lock:
            worker = self._started()
            try:
                worker.wait_ready()
                try:
                    worker.connection.send((image, live, encode))
                except OSError:
                    worker.answer()  # it died: said as such
                kind, value = worker.answer()
            except PhotoChecksStopped:
                self._worker = None
                worker.stop()
                if not self._closed:
                    self._started()  # the next picture goes to a new process
                raise
        if kind == "failed":
            raise PhotoChecksStopped("the photo checks failed on this picture ({cause}); "
                                     "the next picture will be checked",
                                     params={"cause": value})
        checked: Checked = value
        return checked

    def close(self) -> None:
        """Stop the worker process: at once when no picture is with it, else after a short
        wait for its answer, else killed (the window is closing)."""
        self._closed = True
        got = self._lock.acquire(timeout=STOP_WAIT_S)
        worker, self._worker = self._worker, None
        if not got:  # a picture is still with it: killed, the thread waiting cleans up
            if worker is not None:
                worker.process.kill()
                worker.process.join(STOP_WAIT_S)
            return
        try:
            if worker is not None:
                worker.stop()
        finally:
            self._lock.release()
