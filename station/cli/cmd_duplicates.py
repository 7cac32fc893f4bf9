"""`station dedup --photo FILE`, `station duplicates`, `station duplicates decide CASE ...`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from station.cli.output import emit
from station.cli.session import logged_in
from station.errors import ValidationError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    dedup = subparsers.add_parser("dedup", parents=[common],
                                  help="search the station for a face, without enrolling")
    dedup.add_argument("--photo", required=True)
    dedup.add_argument("--k", type=_positive, default=5, help="how many candidates at most")
    dedup.set_defaults(handler=cmd_dedup)

    duplicates = subparsers.add_parser(
        "duplicates", parents=[common], help="suspected duplicates awaiting a supervisor",
        description="station duplicates | station duplicates decide CASE same|different|"
                    "more-info --reason TEXT [--same-as REGNO]")
    duplicates.add_argument("words", nargs="*", metavar="decide CASE DECISION")
    duplicates.add_argument("--reason", default="")
    duplicates.add_argument("--same-as", default="",
                            help="for `same`: the existing record (default: nearest candidate)")
    duplicates.set_defaults(handler=cmd_duplicates)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def cmd_dedup(args: argparse.Namespace) -> int:
    from station.cli.cmd_store import read_photo
    from station.domain.codec.case import candidate_to_dict
    from station.domain.roles import Permission
    from station.services import face_gallery, photo_checks

    data = read_photo(args.photo)
    with logged_in(args) as (station, actor):
        actor.require(Permission.ENROL)
        analysis = photo_checks.analyse_photo(data)
        if analysis.template is None:
            raise ValidationError("photo: no face template could be made", field="photo")
        candidates = face_gallery.search_analysis(station, analysis, k=args.k)
        station.audit(actor, "dedup-search", "", candidates=len(candidates))
    rows = [candidate_to_dict(c) for c in candidates]
    warnings = list(analysis.report.warnings)
    for warning in warnings:  # e.g. several faces: only the largest was searched
        print(f"warning: {warning}", file=sys.stderr)
    emit(args.json, {"candidates": rows, "warnings": warnings}, lambda: "\n".join(
        f"{r['registration_number']:18} {r['distance']:.3f} {r['band']}" for r in rows)
        or "no similar face at this station")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from station.services.duplicates import case_to_dict, decide, open_cases

    words = args.words
    with logged_in(args) as (station, actor):
        if not words:
            cases = [case_to_dict(c) for c in open_cases(station, actor)]
            emit(args.json, cases, lambda: "\n".join(
                f"case {c['case']}: {c['registration_number']} [{c['status']}] " + ", ".join(
                    f"{x['registration_number']} ({x['distance']:.3f})"
                    for x in c["candidates"]) for c in cases) or "no open duplicate cases")
            return 0
        if words[0] != "decide" or len(words) != 3 or not words[1].isdigit():
            raise ValidationError("usage: station duplicates decide CASE same|different|"
                                  "more-info --reason TEXT", field="case")
        from station.domain.vocab import Decision

        try:
            decision = Decision(words[2])
        except ValueError:
            raise ValidationError("decision must be same, different or more-info",
                                  field="decision") from None
        case = decide(station, actor, int(words[1]), decision, args.reason, args.same_as)
    emit(args.json, case_to_dict(case), f"case {case.case_id}: {decision.value} recorded")
    return 0
