"""What an unexpected error leaves behind: one plain line for the person, a report for support.

The report names the exception's type and where it happened (file, line, function) but never
its message or any variable: messages of third-party errors can quote the data being handled
(a name, a phone number), and the report must be safe to send to support. It is appended to
`errors.log` in the home folder's `logs/`, readable by its owner only.
"""

from __future__ import annotations

import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

LOG_NAME = "errors.log"


def sanitised_report(exc: BaseException) -> str:
    """The exception's type and stack (innermost last), without messages or values."""
    lines = [f"{datetime.now(UTC).isoformat(timespec='seconds')} {type(exc).__qualname__}"]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current is not exc:
            lines.append(f"  caused by {type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"    {_short(frame.filename)}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    """Path from the package folder on (site-packages/..., station/...): no user names."""
    parts = Path(filename).parts
    for anchor in ("site-packages", "station", "sync", "biometrics", "cards", "ui"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor):])
    return Path(filename).name


def record_unexpected(exc: BaseException, home: str | os.PathLike[str] | None) -> Path | None:
    """Append the sanitised report to the home's error log; the log file, or None when the
    home folder does not exist (nothing is created for a command that never made one)."""
    report = sanitised_report(exc)
    if home is None or not Path(home).expanduser().is_dir():
        return None
    folder = Path(home).expanduser().resolve() / "logs"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / LOG_NAME
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
            handle.write(report)
    except OSError:
        return None
    return path


def plain_line(exc: BaseException, log_file: Path | None, stopped: str = "the command") -> str:
    """The one line a person reads."""
    where = (f"; the details for support are in {log_file}" if log_file is not None
             else "")
    return f"an unexpected problem stopped {stopped} ({type(exc).__name__}){where}"
