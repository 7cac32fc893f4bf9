"""Small conversions shared by the repositories."""

from __future__ import annotations

from station.domain.codec.moments import as_utc as utc  # noqa: F401 (the repositories' name)


def join_codes(values: object) -> str:
    return ",".join(sorted(str(getattr(v, "value", v)) for v in values))  # type: ignore[attr-defined]


def split_codes(text: str) -> list[str]:
    return [item for item in text.split(",") if item]
