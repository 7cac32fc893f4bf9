"""Opening the store and handing out one transaction per user action."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator

from sqlalchemy import Engine

from station.errors import StationError
from station.security.cipher import FieldCipher
from station.store.database import (
    make_engine,
    migrate,
    read_unit_options,
    refuse_writes,
    translate_errors,
)
from station.store.record_keys_upgrade import ConversionReport, Progress, convert_store
from station.store.repository import Repository

log = logging.getLogger("station.store")


class Store:
    def __init__(self, url: str, cipher: FieldCipher | None = None) -> None:
        self.url = url
        self.engine: Engine = make_engine(url)
        self.cipher = cipher

    def migrate(self, progress: Progress | None = None) -> ConversionReport | None:
        """The schema to the newest revision; unlocked, also the blobs of an earlier store
        moved to record keys (`record_keys_upgrade`). That pass never fails the unlock: a
        store it cannot write now is converted at a later one."""
        migrate(self.engine)
        if self.cipher is None:
            return None
        try:
            return convert_store(self, progress)
        except (StationError, sqlite3.Error) as exc:
            log.warning("moving records to per-record keys stopped (%s): it goes on at the "
                        "next unlock", type(exc).__name__)
            return None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Repository]:
        """A write unit: all writes inside commit together, or none do.

        On SQLite it takes the write lock at once (BEGIN IMMEDIATE), so keep it short: do long
        reads in `reading()` and only the writes here.
        """
        with translate_errors(), self.engine.begin() as connection:
            yield Repository(connection, self.cipher)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Repository]:
        """A read unit: one consistent snapshot that never takes the write lock.

        On SQLite it is a deferred BEGIN on a connection that refuses writes (WAL lets a writer
        commit while it is open); on PostgreSQL a READ ONLY transaction. A write attempted
        inside is a programming error, raised as `ReadUnitWrite`, never committed.
        """
        with translate_errors(), self.engine.connect() as connection:
            connection.execution_options(**read_unit_options(self.engine))
            with refuse_writes(), connection.begin():
                yield Repository(connection, self.cipher, writable=False)

    def drop_schema(self) -> None:
        """Drop every table of the station (undoing a failed set-up on a server database)."""
        from sqlalchemy import text

        from station.store.tables import metadata

        with translate_errors(), self.engine.begin() as connection:
            metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))

    def close(self) -> None:
        self.engine.dispose()
