"""Reading a JSON object a person hands over (trust bundle, acknowledgement, enrolment form).

One reader for every such file, with limits: at most MAX_BYTES, UTF-8 text, nesting at most
MAX_DEPTH deep. A file beyond them gets a plain refusal, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from station.errors import ValidationError

MAX_BYTES = 32 * 2**20  # a registry's trust bundle with a long revocation list stays far below
MAX_DEPTH = 32  # the deepest of our documents nests 6 levels


def read_json_object(source: str | Path, what: str, field: str) -> dict[str, Any]:
    """The object in the file `source` ("-": standard input); errors name `what` and `field`
    and never echo the content (it may hold personal data)."""
    try:
        if str(source) == "-":
            stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
            raw = (stream.read(MAX_BYTES + 1) if stream is not None
                   else sys.stdin.read(MAX_BYTES + 1).encode("utf-8", "surrogateescape"))
        else:
            with Path(source).open("rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError(f"{what}: file not found", field=field) from None
    except OSError as exc:
        raise ValidationError(f"{what}: cannot read the file ({exc.strerror})",
                              field=field) from None
    if len(raw) > MAX_BYTES:
        raise ValidationError(f"{what}: the file is larger than {MAX_BYTES // 2**20} MB",
                              field=field)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"{what}: not UTF-8 text", field=field) from None
    try:
        document = json.loads(text)
    except RecursionError:
        raise ValidationError(f"{what}: nested too deeply (at most {MAX_DEPTH} levels)",
                              field=field) from None
    except ValueError:
        raise ValidationError(f"{what}: not a JSON file", field=field) from None
    if not isinstance(document, dict):
        raise ValidationError(f"{what}: not a JSON object", field=field)
    if _depth(document) > MAX_DEPTH:
        raise ValidationError(f"{what}: nested too deeply (at most {MAX_DEPTH} levels)",
                              field=field)
    return document


def _depth(document: Any) -> int:
    """How deeply objects and arrays nest (iterative: no recursion on hostile input)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, depth)
            if depth > MAX_DEPTH:
                return depth
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children)
    return deepest
