"""Schema migrations: from an empty database, and an upgrade that keeps the data."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from station.security.cipher import FieldCipher
from station.store.database import alembic_config, current_revision, head_revision
from station.store.store import Store


def test_empty_database_migrates_to_head(tmp_path: Path) -> None:
    """A new SQLite file gets every table and the newest revision."""
    store = Store(f"sqlite:///{tmp_path / 'new.db'}")
    store.migrate()
    tables = set(inspect(store.engine).get_table_names())
    assert {"enrolments", "consents", "photos", "templates", "cards", "duplicate_cases",
            "operators", "audit_events", "batches", "drafts"} <= tables
    assert current_revision(store.engine) == head_revision()


def test_empty_postgres_database_migrates_to_head(postgres_url: str) -> None:
    """The same migrations build the schema on PostgreSQL."""
    store = Store(postgres_url)
    store.migrate()
    assert "enrolments" in inspect(store.engine).get_table_names()
    assert current_revision(store.engine) == head_revision()
    store.close()


def test_upgrade_from_first_revision_keeps_data(tmp_path: Path) -> None:
    """A station made at revision 0001 keeps its rows after upgrading to head."""
    store = Store(f"sqlite:///{tmp_path / 'old.db'}", FieldCipher(b"k" * 32))
    with store.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with store.engine.begin() as connection:
        connection.execute(text("INSERT INTO meta (key, value) VALUES ('station_id', 'DAR-01')"))
    assert "drafts" not in inspect(store.engine).get_table_names()
    store.migrate()
    assert "drafts" in inspect(store.engine).get_table_names()
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT value FROM meta")).scalar_one() == "DAR-01"
