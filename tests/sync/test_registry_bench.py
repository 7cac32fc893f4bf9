"""`registry bench import` as shipped: its default (two full batches) runs to the end on a real
PostgreSQL, and a batch size over a batch's limit is refused in words before anything starts."""

from __future__ import annotations

import json

import pytest

from station.domain.limits import BATCH_ENROLMENTS
from sync.registry.cli import main
from tests.conftest import PG_ADMIN_URL


def test_the_default_import_bench_runs_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "import", "--db", PG_ADMIN_URL, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["records_per_batch"] == BATCH_ENROLMENTS and figures["batches"] == 2
    assert figures["import_enrolments_per_second"] > 0


def test_a_batch_over_the_limit_is_refused_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "import", "--db", PG_ADMIN_URL,
                 "--records", str(BATCH_ENROLMENTS + 1)]) == 2
    error = capsys.readouterr().err
    assert f"between 1 and {BATCH_ENROLMENTS}" in error and "Traceback" not in error
