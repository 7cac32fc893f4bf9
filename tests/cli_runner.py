"""The `station` and `registry` commands run inside the test process.

A command as a separate process costs a Python start and the imports (about a second, several
on a busy machine) before it does anything; a test of a long command-line journey spends most
of its time there. `run_in_process` calls the same `main` with the same arguments and
environment and returns what the process would have: exit status, standard output and
standard error. Tests keep a few steps as real processes (start-up, signals, what a fresh
interpreter sees) and run the others here.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import logging
import os
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

MAINS = {"station": "station.cli.main", "registry": "sync.registry.cli"}


@contextlib.contextmanager
def environment(env: Mapping[str, str]) -> Iterator[None]:
    """os.environ is exactly `env` inside, as it was outside."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run_in_process(program: str, args: Sequence[str | Path], env: Mapping[str, str]
                   ) -> subprocess.CompletedProcess[str]:
    """`program args` (program: "station" or "registry") as `subprocess.run` would report it."""
    main = importlib.import_module(MAINS[program]).main
    argv = [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level  # `station` calls logging.basicConfig
    with environment(env), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = int(main(argv))
        except SystemExit as exit_:  # argparse: usage errors and --help
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
        finally:
            root.handlers[:], root.level = handlers, level
    return subprocess.CompletedProcess([program, *argv], code, out.getvalue(), err.getvalue())
