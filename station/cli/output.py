"""Printing results as text for people or as JSON for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any


def _default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(data: Any) -> str:
    return json.dumps(data, default=_default, ensure_ascii=False, indent=2, sort_keys=False)


def emit(as_json: bool, data: Any, text: str | Callable[[], str] | None = None) -> None:
    """Print `data` as JSON when asked, else `text` (or a plain rendering of `data`)."""
    if as_json:
        sys.stdout.write(to_json(data) + "\n")
        return
    if callable(text):
        text = text()
    if text is None:
        text = "\n".join(f"{key}: {value}" for key, value in data.items()) if isinstance(
            data, dict
        ) else str(data)
    sys.stdout.write(text + ("\n" if not text.endswith("\n") else ""))
