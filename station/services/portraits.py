"""Portraits of existing records, shown beside a suspected duplicate; each one shown is audited."""

from __future__ import annotations

from station.domain.roles import Permission
from station.services.context import Actor, Station


def photos_of(station: Station, actor: Actor, numbers: list[str]) -> dict[str, bytes]:
    """Approved portraits of records (for duplicate alerts and reviews); audited as a view."""
    actor.require(Permission.VIEW_RECORD)
    found: dict[str, bytes] = {}
    with station.store.reading() as repo:
        for number in numbers:
            photo = repo.get_photo(number)
            if photo is not None:
                found[number] = photo.jpeg
    with station.store.transaction() as repo:  # the audit rows in a short write unit after
        for number in sorted(found):  # one event per record whose portrait was shown
            repo.append_audit(actor.username, "view-photo", number, {}, station.now())
    return found
