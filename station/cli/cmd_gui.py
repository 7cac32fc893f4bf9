"""`station gui`: open the desktop station (a setup assistant when the home has no station)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("gui", parents=[common], help="open the desktop station")
    parser.add_argument("--language", default="", help="interface language, e.g. fr")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ui.app import run as run_window

    return run_window(args.home, getattr(args, "language", ""))
