"""The ID portrait as plain data: the batch form, its metadata alone, and the view."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from station.domain.model import Photo


def photo_to_dict(photo: Photo) -> dict[str, Any]:
    """The form in batches: the JPEG and what the station knows about it."""
    return {"jpeg": photo.jpeg, **photo_metadata(photo)}


def photo_metadata(photo: Photo) -> dict[str, Any]:
    return {"source": photo.source, "quality_passed": photo.quality_passed,
            "quality_override": photo.quality_override,
            "liveness_passed": photo.liveness_passed,
            "captured_at": photo.captured_at.isoformat() if photo.captured_at else None}


def photo_view(photo: Photo) -> dict[str, Any]:
    """What a record view shows: the size of the JPEG, never its bytes."""
    return {"source": photo.source, "bytes": len(photo.jpeg),
            "quality_passed": photo.quality_passed, "quality_override": photo.quality_override,
            "liveness_passed": photo.liveness_passed}


def sealed_photo(item: dict[str, Any], canonical: Callable[[Any], bytes]) -> bytes:
    """The registry's sealed photo, from a batch photo: canonical metadata, a newline, the JPEG.

    `canonical` is the registry's canonical JSON (sync's; the domain does not import sync).
    """
    return canonical({k: v for k, v in item.items() if k != "jpeg"}) + b"\n" + item["jpeg"]
