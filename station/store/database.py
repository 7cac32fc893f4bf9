"""Engines for SQLite (the default, embedded) and PostgreSQL, migrations, error translation."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError

from station.errors import StorageError

MIGRATIONS = Path(__file__).with_name("migrations")
DISK_FULL = "the disk is full: nothing was saved; free space and retry"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = Path(url.split("///", 1)[1])
        _refuse_read_only_disk(path)
        _private_files(path)
        engine = create_engine(url, connect_args={"timeout": 30})
        _configure_sqlite(engine)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return create_engine(url, pool_pre_ping=True)


STORE_FILE_MODE = 0o600


def _private_files(path: Path) -> None:
    """The store file exists, readable and writable by this user only, before SQLite opens it
    (SQLite gives its -wal and -shm files the mode of the database file); a store made by an
    earlier version (0644) is narrowed, its -wal and -shm too."""
    if path.name == ":memory:" or not path.parent.is_dir():
        return
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, STORE_FILE_MODE)
        os.close(descriptor)
        for file in (path, path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm")):
            if file.exists() and file.stat().st_mode & 0o077:
                os.chmod(file, STORE_FILE_MODE)
    except OSError:
        return  # a read-only or foreign file is reported when SQLite opens it


def _refuse_read_only_disk(path: Path) -> None:
    """SQLite in WAL mode cannot even read from a read-only disk: say so plainly."""
    folder = path.parent
    try:
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return  # a missing folder is reported when the file is opened
    if read_only:
        raise StorageError("the store is on a read-only disk: nothing can be saved; remount it "
                           "writable or move the station home to a writable disk")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's own is deferred).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged enrolment survives power loss
        cursor.execute("PRAGMA secure_delete=ON")  # deleted pages are zeroed, not left readable
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get(READ_UNIT):
            # A read unit: refuse writes on this connection, and BEGIN deferred, which in WAL
            # mode reads a snapshot without ever taking the write lock.
            connection.exec_driver_sql("PRAGMA query_only=ON")
            connection.exec_driver_sql("BEGIN")
            return
        # IMMEDIATE takes the write lock at once, so two writers never interleave sequences.
        connection.exec_driver_sql("PRAGMA query_only=OFF")
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: Any, _record: Any) -> None:
        # A pooled connection goes back writable, whatever unit used it last.
        if dbapi_connection is not None:
            dbapi_connection.execute("PRAGMA query_only=OFF")


READ_UNIT = "station_read_unit"


class ReadUnitWrite(RuntimeError):
    """Something tried to write inside `Store.reading()`: use `Store.transaction()`."""


def read_unit_options(engine: Engine) -> dict[str, Any]:
    """Execution options that make a connection's next transaction a read unit.

    On PostgreSQL, REPEATABLE READ makes it one snapshot (at READ COMMITTED each query would
    see what committed since the one before); a read-only transaction there never fails to
    serialise. SQLAlchemy puts both back when the connection returns to the pool.
    """
    if engine.dialect.name == "postgresql":
        return {READ_UNIT: True, "postgresql_readonly": True,
                "isolation_level": "REPEATABLE READ"}
    return {READ_UNIT: True}


@contextlib.contextmanager
def refuse_writes() -> Iterator[None]:
    """Report a write inside a read unit as the programming error it is, not as a disk fault."""
    try:
        yield
    except DBAPIError as exc:
        text = str(exc.orig).lower()
        if "readonly database" in text or "read-only transaction" in text:
            raise ReadUnitWrite("a write was attempted inside a read unit") from None
        raise


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest revision, keeping the data (in one transaction)."""
    with translate_errors(), engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _first_words(text: str) -> str:
    """The driver's message without any SQL or parameters (which could hold personal data)."""
    first = text.strip().split("\n")[0].split("[SQL")[0].strip()
    return first if len(first) <= 160 else first[:157] + "..."


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn driver errors about the disk into a StorageError a person understands."""
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "disk is full" in text or "disk i/o error" in text:
            raise StorageError(DISK_FULL) from None
        if "readonly" in text or "read-only" in text:
            raise StorageError("the store is on a read-only disk: nothing was saved") from None
        if "unable to open" in text:
            raise StorageError("the store file cannot be opened (missing folder or permissions)"
                               ) from None
        if "locked" in text:
            raise StorageError("the store is busy in another program; retry") from None
        raise StorageError(f"the store cannot be used ({_first_words(str(exc.orig))})") from None
    except DBAPIError as exc:
        raise StorageError(f"the database refused the change: {type(exc.orig).__name__}") from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageError(DISK_FULL) from None
        raise
