"""Opening the store and handing out one transaction per user action."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Engine

from station.security.cipher import FieldCipher
from station.store.database import make_engine, migrate, translate_errors
from station.store.repository import Repository


class Store:
    def __init__(self, url: str, cipher: FieldCipher | None = None) -> None:
        self.url = url
        self.engine: Engine = make_engine(url)
        self.cipher = cipher

    def migrate(self) -> None:
        migrate(self.engine)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Repository]:
        """All writes inside commit together, or none do."""
        with translate_errors(), self.engine.begin() as connection:
            yield Repository(connection, self.cipher)

    def drop_schema(self) -> None:
        """Drop every table of the station (undoing a failed set-up on a server database)."""
        from sqlalchemy import text

        from station.store.tables import metadata

        with translate_errors(), self.engine.begin() as connection:
            metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))

    def close(self) -> None:
        self.engine.dispose()
