"""Entry point of the `station` command.

Each command group lives in its own module under `station.cli` and exposes
`register(subparsers, common)`; `common` is a parent parser holding the options every command
accepts (`--json`, `--home`). Modules import heavy libraries (dlib, reportlab, SQLAlchemy) inside
their handlers so that `station --help` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from station.cli.output import emit
from station.errors import StationError

COMMAND_MODULES = [
    "station.cli.cmd_store",
    "station.cli.cmd_biometrics",
    "station.cli.cmd_cards",
    "station.cli.cmd_duplicates",
    "station.cli.cmd_verify",
    "station.cli.cmd_sync",
    "station.cli.cmd_protection",
    "station.cli.cmd_bench",
    "station.cli.cmd_gui",
]

log = logging.getLogger("station")


def default_home() -> str:
    return os.environ.get("STATION_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "share", "enrolment-station"
    )


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print machine-readable JSON")
    common.add_argument("--home", default=argparse.SUPPRESS,
                        help="station home folder (default: $STATION_HOME)")
    parser = argparse.ArgumentParser(
        prog="station", description="Enrolment station for registering people at regional sites."
    )
    parser.add_argument("--home", default=default_home(), help="station home folder")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # a command group not built yet
            raise
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        result = handler(args)
    except StationError as exc:
        if args.json:
            emit(True, exc.as_dict())
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted; nothing half-written is kept", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug or an outside failure: one line and a report, no traceback
        from sync.crash_log import plain_line, record_unexpected

        message = plain_line(exc, record_unexpected(exc, getattr(args, "home", None)))
        if args.json:
            emit(True, {"error": "UnexpectedError", "message": message})
        print(f"error: {message}", file=sys.stderr)
        return 1
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
