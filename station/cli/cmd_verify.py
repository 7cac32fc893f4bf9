"""`station verify-card FILE`: check a card (PDF, PNG or JPEG) offline against a trust bundle.

Exit status: 0 valid card, 1 card not valid, 2 unusable input (no trust bundle, unreadable file).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from typing import Any

from station.cli.output import emit

EXIT_VALID, EXIT_INVALID, EXIT_UNUSABLE = 0, 1, 2


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "verify-card", parents=[common],
        help="verify a card's signed QR code (PDF, PNG or JPEG)",
        description="Read the QR code of a card, verify signature, station, expiry and revocation.",
    )
    parser.add_argument("file", help="PDF, PNG or JPEG of the card (the back, with the QR code)")
    parser.add_argument("--trust", default=None,
                        help="trust bundle JSON (default: <home>/trust.json)")
    parser.add_argument("--today", default=None, help=argparse.SUPPRESS)  # for reproducible runs
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cards import CardError, TrustBundle, verify_card_file

    as_json = bool(getattr(args, "json", False))
    trust_path = args.trust or os.path.join(args.home, "trust.json")
    try:
        trust = TrustBundle.load(trust_path)
        today = date.fromisoformat(args.today) if args.today else date.today()
    except CardError as exc:
        return _unusable(as_json, exc.as_dict(), f"error: {exc}")
    except ValueError:
        return _unusable(as_json, {"error": "ValueError", "message": "--today is not a date"},
                         "error: --today is not a date (YYYY-MM-DD)")
    if not os.path.isfile(args.file):
        return _unusable(as_json, {"valid": False, "reason": "the card file does not exist",
                                   "card_number": None}, "error: the card file does not exist")
    verdict = verify_card_file(args.file, trust, today)
    emit(as_json, verdict.to_dict(), lambda: _text(verdict.to_dict()))
    if verdict.valid:
        return EXIT_VALID
    return EXIT_UNUSABLE if verdict.unreadable else EXIT_INVALID


def _unusable(as_json: bool, data: dict[str, Any], message: str) -> int:
    if as_json:
        # Every answer keeps the verdict's shape, so that scripts can always read `valid`.
        emit(True, {"valid": False, "reason": data.get("message") or data.get("reason"),
                    "card_number": None, "record": None, "unreadable": True, **data})
    print(message, file=sys.stderr)
    return EXIT_UNUSABLE


def _text(data: dict[str, Any]) -> str:
    lines = ["VALID card" if data["valid"] else f"NOT VALID: {data['reason']}"]
    if data.get("card_number"):
        lines.append(f"card number: {data['card_number']}")
    if data.get("station_id"):
        lines.append(f"issuing station: {data['station_id']}")
    for key, value in (data.get("record") or {}).items():
        if key != "card_number":
            lines.append(f"  {key}: {value}")
    return "\n".join(lines)
