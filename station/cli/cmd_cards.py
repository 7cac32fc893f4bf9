"""`station card REGNO --out FILE.pdf [--sheet|--replace]`, `station card revoke CARDNO`,
`station card sheet REGNO... --out FILE.pdf`."""

from __future__ import annotations

import argparse
from typing import Any

from station.cli.output import emit
from station.cli.session import logged_in
from station.errors import ValidationError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    card = subparsers.add_parser(
        "card", parents=[common], help="print, reprint, replace or revoke ID cards",
        description="station card REGNO --out FILE.pdf | station card revoke CARDNO | "
                    "station card sheet REGNO... --out FILE.pdf (expiring cards: "
                    "station cards-expiring)")
    card.add_argument("words", nargs="+", metavar="REGNO | revoke CARDNO | sheet REGNO...")
    card.add_argument("--out", default="", help="PDF file to write")
    card.add_argument("--sheet", action="store_true", help="A4 sheet with crop marks")
    card.add_argument("--replace", action="store_true",
                      help="issue a new card number and revoke the current card")
    card.add_argument("--reason", default="revoked", help="why a card is revoked")
    card.set_defaults(handler=cmd_card)


def cmd_card(args: argparse.Namespace) -> int:
    verb = args.words[0].lower()
    if verb == "revoke":
        return _revoke(args)
    if verb == "sheet":
        return _sheet(args, args.words[1:])
    if len(args.words) != 1:
        raise ValidationError("give one registration number (or `sheet` for several)",
                              field="registration_number")
    if not args.out:
        raise ValidationError("--out FILE.pdf is required", field="out")
    from station.services.cards_service import issue_card

    with logged_in(args) as (station, actor):
        result = issue_card(station, actor, args.words[0], args.out, sheet=args.sheet,
                            replace_existing=args.replace)
    emit(args.json, result.to_dict(),
         f"{'reprinted' if result.reprint else 'issued'} card {result.card_number} "
         f"valid until {result.expiry_date} -> {result.out}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from station.services.cards_service import revoke_card

    if len(args.words) != 2:
        raise ValidationError("usage: station card revoke CARDNO", field="card_number")
    with logged_in(args) as (station, actor):
        card = revoke_card(station, actor, args.words[1], args.reason)
    emit(args.json, {"card_number": card.card_number, "status": card.status.value},
         f"card {card.card_number} revoked")
    return 0


def _sheet(args: argparse.Namespace, numbers: list[str]) -> int:
    from station.services.cards_service import print_sheet

    if not numbers or not args.out:
        raise ValidationError("usage: station card sheet REGNO... --out FILE.pdf",
                              field="registration_number")
    with logged_in(args) as (station, actor):
        _pdf, facts = print_sheet(station, actor, numbers, args.out)
    emit(args.json, {"out": args.out, **facts}, f"sheet of {facts.get('cards')} cards -> "
         f"{args.out}")
    return 0
