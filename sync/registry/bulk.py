"""Bulk inserts: COPY on PostgreSQL (psycopg 3), executemany elsewhere. Same transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, insert


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    columns = list(rows[0])
    driver = conn.connection.driver_connection  # the psycopg connection of this transaction
    assert driver is not None
    quoted = ", ".join(f'"{name}"' for name in columns)
    with driver.cursor() as cursor, cursor.copy(
            f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row[name] for name in columns])
