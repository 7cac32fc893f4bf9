"""Alembic environment of the registry database (its own migrations, separate from stations)."""

from __future__ import annotations

from alembic import context

from sync.registry.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata,
                  version_table="registry_alembic_version", render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
