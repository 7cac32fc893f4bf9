"""The registry database: engine (PostgreSQL via psycopg 3, or SQLite for a demo), migrations."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from sync.errors import SyncError

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration. Every command opens the registry; when the database is already there,
# a look at registry_alembic_version saves loading Alembic (most of a short command's start-up).
# tests/sync/test_sync_import.py checks this against Alembic's own idea of the head.
HEAD_REVISION = "r0006"


def make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    try:
        make_url(url)
        # hide_parameters: an error or a log line of SQLAlchemy never quotes a value
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    except (ArgumentError, NoSuchModuleError):
        raise SyncError("the database URL is not valid (postgresql://... or sqlite:///...)",
                        reason="bad-url") from None
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _quiet_server_log)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            dbapi_connection.isolation_level = None
            dbapi_connection.execute("PRAGMA journal_mode=WAL")
            dbapi_connection.execute("PRAGMA secure_delete=ON")

        @event.listens_for(engine, "begin")
        def _on_begin(connection):  # type: ignore[no-untyped-def]
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    return engine


# The registry's session settings: no value of a record in the PostgreSQL server log. An error
# there is logged with its CONTEXT and DETAIL (`COPY enrolments, line 1, column region: "<the
# value>"`, `Failing row contains (...)`) and its statement, and a server set to log statements
# or an error's parameters writes the bound values too. Anyone may turn parameters off for an
# error; the rest needs a superuser or, on PostgreSQL 15 and later, `GRANT SET ON PARAMETER`
# (docs/data-protection.md says which); where not allowed they stay as the server has them.
ANYONE_MAY_SET = (("log_parameter_max_length_on_error", "0"),)
PRIVILEGED = (("log_error_verbosity", "terse"), ("log_min_error_statement", "panic"),
              ("log_parameter_max_length", "0"), ("log_statement", "none"),
              ("log_min_duration_statement", "-1"), ("log_min_duration_sample", "-1"),
              ("log_transaction_sample_rate", "0"))


def _quiet_server_log(dbapi_connection, _record):  # type: ignore[no-untyped-def]
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('is_superuser') = 'on', "
                       "current_setting('server_version_num')::int")
        superuser, version = cursor.fetchone()
        for name, value in ANYONE_MAY_SET + PRIVILEGED:
            if (name, value) in PRIVILEGED and not superuser:
                if version < 150000:
                    continue
                cursor.execute("SELECT has_parameter_privilege(%s, 'SET')", (name,))
                if not cursor.fetchone()[0]:
                    continue
            cursor.execute("SELECT set_config(%s, %s, false)", (name, value))
    dbapi_connection.commit()


def is_current(engine: Engine) -> bool:
    """True when the schema is at HEAD_REVISION (an absent version table is not current)."""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as connection:
            versions = [row[0] for row in connection.execute(
                text("SELECT version_num FROM registry_alembic_version"))]
    except DBAPIError:
        return False
    return versions == [HEAD_REVISION]


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (nothing to do when it is there already)."""
    if is_current(engine):
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


# A quoted text in PostgreSQL's message is a value (`invalid input syntax for type boolean:
# "<value>"`) unless it names a relation, column, constraint, type, index, schema, database,
# role or table.
_QUOTED = re.compile(r'(\w+ )?"(?:[^"]|"")*"')
_NAMES = {"relation ", "column ", "constraint ", "type ", "index ", "schema ", "database ",
          "role ", "table "}


def without_values(message: str) -> str:
    """PostgreSQL's message with every quoted value replaced by "...": nothing of a record."""
    def keep_names(found: re.Match[str]) -> str:
        before = found.group(1) or ""
        return found.group(0) if before in _NAMES else f'{before}"..."'

    return _QUOTED.sub(keep_names, message)


def database_problem(exc: BaseException) -> str | None:
    """What a person should know about a database failure, or None for other errors."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    if isinstance(exc, (ArgumentError, NoSuchModuleError)):
        return "the database URL is not usable: give postgresql://... (or sqlite:///... demo)"
    if isinstance(exc, ModuleNotFoundError):
        return "no driver for this kind of database: use postgresql://... or sqlite:///..."
    if isinstance(exc, DBAPIError):
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        if any(sign in first.lower() for sign in ("disk is full", "disk i/o", "no space")):
            return ("the registry's disk is full or failing: nothing was imported or changed; "
                    "free space and run the command again")
        return f"the registry database cannot be used: {without_values(first)[:160]}"
    return None
