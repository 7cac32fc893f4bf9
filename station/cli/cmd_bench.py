"""`station bench WHAT`: benchmarks that print figures (never timed unit tests)."""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from station.cli.output import emit

# what -> (module, function); each function takes the parsed args and returns a dict of figures.
BENCHES: dict[str, tuple[str, str]] = {
    "store": ("station.bench_store", "run_store_bench"),
    "biometrics": ("biometrics.bench", "run_biometrics_bench"),
    "dedup": ("biometrics.bench", "run_dedup_bench"),
    "cards": ("cards.bench", "run_cards_bench"),
    "report": ("station.bench_report", "run_report_bench"),
    "seal": ("station.bench_seal", "run_seal_bench"),
    "ui": ("ui.bench", "run_ui_bench"),
    "preview": ("ui.bench", "run_preview_bench"),
}


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("bench", parents=[common], help="run a benchmark, print figures")
    parser.add_argument("what", choices=sorted(BENCHES))
    parser.add_argument("--n", type=int, default=None,
                        help="size (records, templates, cards; for preview: seconds in the "
                             "window)")
    parser.add_argument("--queries", type=int, default=None, help="number of queries to time")
    parser.add_argument("--repeat", type=int, default=None, help="repetitions per figure")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    module_name, function_name = BENCHES[args.what]
    function = getattr(importlib.import_module(module_name), function_name)
    figures: dict[str, Any] = function(args)
    emit(getattr(args, "json", False), figures)
    return 0
