"""Writing files so that a crash leaves either the old file or the whole new one, never half."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

TEMP_PREFIX = ".partial-"


def fsync_directory(directory: Path) -> None:
    handle = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def write_atomically(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write a hidden temporary file, fsync it, rename it over `path`, fsync the folder."""
    temporary = path.with_name(f"{TEMP_PREFIX}{path.name}")
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        fsync_directory(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def copy_atomically(source: Path, target: Path) -> None:
    write_atomically(target, source.read_bytes())


def move_file(source: Path, target_dir: Path) -> Path:
    """Move a file into `target_dir` (across devices too), never overwriting what is there."""
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / source.name
    counter = 1
    while target.exists():
        target = target_dir / f"{source.stem}.{counter}{source.suffix}"
        counter += 1
    shutil.move(str(source), str(target))
    return target


def remove_partials(directory: Path) -> int:
    """Delete temporary files a killed writer left behind; returns how many."""
    removed = 0
    if directory.is_dir():
        for leftover in directory.glob(f"{TEMP_PREFIX}*"):
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed
