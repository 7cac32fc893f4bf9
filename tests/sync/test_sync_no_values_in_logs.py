"""Issue 16 item 13: a record's free text (its region) never reaches the registry's stderr or
the PostgreSQL server log, even when the database refuses the row after the registry's own
checks passed (a column narrower than the registry's schema, say a migration gone wrong) and
even on a server whose administrator logs statements with their parameters.

The old failure path: the rows go in with COPY; PostgreSQL's error for a refused value carries a
CONTEXT line `COPY enrolments, line 1, column region: "<the value>"` (and a check constraint's
DETAIL `Failing row contains (...)`), which the server writes into its log with the statement.
Real PostgreSQL, a real uvicorn, an authenticated batch from the station's own code."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from sync.auth import sign_request
from sync.client import BATCHES_PATH
from tests.sync.batch_forge import forge_for
from tests.sync.conftest import ServerThread

PG_LOG_DIR = Path("/var/log/postgresql")


def _log_sizes() -> dict[Path, int]:
    return {path: path.stat().st_size for path in PG_LOG_DIR.glob("*.log")}


def _log_since(sizes: dict[Path, int]) -> str:
    text = []
    for path in PG_LOG_DIR.glob("*.log"):
        with path.open("rb") as log:
            log.seek(sizes.get(path, 0))
            text.append(log.read().decode("utf-8", "replace"))
    return "".join(text)


@pytest.fixture
def pg_log() -> dict[Path, int]:
    try:
        sizes = _log_sizes()
        for path in sizes:
            path.open("rb").close()
    except OSError:
        pytest.skip("the PostgreSQL server log cannot be read here")
    if not sizes:
        pytest.skip("no PostgreSQL server log here")
    return sizes


def test_a_refused_row_leaves_no_region_in_stderr_or_the_server_log(
        registry: Any, make_station: Any, tmp_path: Path, pg_log: dict[Path, int],
        capfd: pytest.CaptureFixture[str]) -> None:
    region = f"Zebralagoon{uuid.uuid4().hex[:10]}"
    database = registry.engine.url.database
    admin_url = registry.engine.url.set(drivername="postgresql").render_as_string(
        hide_password=False)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        # an administrator debugging with parameters on: what the registry must override
        conn.execute(f'ALTER DATABASE "{database}" SET log_parameter_max_length_on_error = -1')
        conn.execute(f'ALTER DATABASE "{database}" SET log_parameter_max_length = -1')
        conn.execute(f'ALTER DATABASE "{database}" SET log_min_error_statement = info')
        # the database narrower than the registry's schema check (batch_schema allows 80)
        conn.execute("ALTER TABLE enrolments ALTER COLUMN region TYPE varchar(12)")
    registry.engine.dispose()  # new connections get the database's settings
    unit = make_station()
    forge = forge_for(unit, registry, tmp_path)
    records, media = forge.fresh()
    records["enrolments"][0]["region"] = region
    data = forge.seal(records, media)
    server = ServerThread(registry).start()
    try:
        station_id = unit.station.code.station_id
        headers = sign_request(unit.station.signing_key, station_id, "POST", BATCHES_PATH, data)
        headers["Content-Type"] = "application/octet-stream"
        answer = httpx.post(server.url + BATCHES_PATH, content=data, headers=headers,
                            timeout=60)
    finally:
        server.stop()
    assert answer.status_code == 500, answer.text  # the database refused the row
    assert region not in answer.text
    logged = _log_since(pg_log)
    assert "value too long for type character varying(12)" in logged  # the path was taken
    assert region not in logged, "the region is in the PostgreSQL server log"
    out, err = capfd.readouterr()
    assert region not in out + err, "the region is in the registry's stderr"
    for path in registry.home.path.rglob("*"):
        if path.is_file() and "quarantine" not in path.parts:
            assert region.encode() not in path.read_bytes(), path


def test_database_messages_lose_their_values() -> None:
    from sync.registry.db import without_values

    assert without_values('invalid input syntax for type boolean: "Zebralagoon"') == \
        'invalid input syntax for type boolean: "..."'
    kept = 'new row for relation "enrolments" violates check constraint "tripwire"'
    assert without_values(kept) == kept


def test_a_role_without_privileges_still_connects_with_parameters_off(pg_url: str) -> None:
    from sqlalchemy import text

    from sync.registry.db import make_engine

    role = f"reg_{uuid.uuid4().hex[:8]}"
    admin = pg_url.replace("postgresql://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
    try:
        engine = make_engine(pg_url.replace("postgres@", f"{role}@", 1))
        with engine.connect() as conn:
            assert conn.execute(text("SHOW log_parameter_max_length_on_error")).scalar() == "0"
            assert conn.execute(text("SHOW log_error_verbosity")).scalar() == "default"
        engine.dispose()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'GRANT SET ON PARAMETER log_error_verbosity TO "{role}"')
        engine = make_engine(pg_url.replace("postgres@", f"{role}@", 1))
        with engine.connect() as conn:
            assert conn.execute(text("SHOW log_error_verbosity")).scalar() == "terse"
        engine.dispose()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'REVOKE SET ON PARAMETER log_error_verbosity FROM "{role}"')
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')
