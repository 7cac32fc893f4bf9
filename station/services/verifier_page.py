"""The one-page card verifier for phones, written with this station's current trust list.

A clinic or border post opens the page offline and checks cards against the root key, the station
certificates and the revocation lists embedded in it (cards/FORMAT.md). The trust list is public;
writing the page is still an administrator's act and audited, since the file leaves the station.
"""

from __future__ import annotations

from pathlib import Path

from station.domain.roles import Permission
from station.services.cards_service import trust_bundle
from station.services.context import Actor, Station


def export_verifier_page(station: Station, actor: Actor, out: Path) -> int:
    """Write the verifier page to `out`; returns its size in bytes."""
    from cards.web_verifier import write_verifier_page

    actor.require(Permission.MANAGE_KEYS)
    size = write_verifier_page(out, trust_bundle(station), station.now())
    station.audit(actor, "verifier-exported", "", bytes=size)
    return size
