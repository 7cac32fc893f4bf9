"""Small conversions shared by the repositories."""

from __future__ import annotations

from datetime import UTC, datetime


def utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything here is UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def join_codes(values: object) -> str:
    return ",".join(sorted(str(getattr(v, "value", v)) for v in values))  # type: ignore[attr-defined]


def split_codes(text: str) -> list[str]:
    return [item for item in text.split(",") if item]
