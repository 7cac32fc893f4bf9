"""Reading a JSON object a person hands over (trust bundle, acknowledgement, enrolment form)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from station.errors import ValidationError


def read_json_object(source: str | Path, what: str, field: str) -> dict[str, Any]:
    """The object in the file `source` ("-": standard input); errors name `what` and `field`
    and never echo the content (it may hold personal data)."""
    try:
        text = sys.stdin.read() if str(source) == "-" else Path(source).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(f"{what}: file not found", field=field) from None
    except OSError as exc:
        raise ValidationError(f"{what}: cannot read the file ({exc.strerror})",
                              field=field) from None
    try:
        document = json.loads(text)
    except ValueError:
        raise ValidationError(f"{what}: not a JSON file", field=field) from None
    if not isinstance(document, dict):
        raise ValidationError(f"{what}: not a JSON object", field=field)
    return document
