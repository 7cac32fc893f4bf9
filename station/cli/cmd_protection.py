"""Data protection and planning reports: consent, purge, subject export, correction, wipe,
community profile, expiring cards."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from station.cli.output import emit
from station.cli.session import logged_in, secret, unlock, username
from station.errors import StationError, ValidationError

CORRECTION_FLAGS = ("given_name", "family_name", "other_names", "birth_date", "birth_year",
                    "nationality", "phone", "email", "place", "region", "district", "notes")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    consent = subparsers.add_parser("consent", parents=[common], help="consent texts, withdrawal")
    consent_sub = consent.add_subparsers(dest="consent_command", required=True)
    withdraw = consent_sub.add_parser("withdraw", parents=[common],
                                      help="withdraw a person's consent for one purpose")
    withdraw.add_argument("registration_number")
    withdraw.add_argument("--purpose", required=True,
                          help="registration, biometrics, card, emergency-contact, sharing")
    withdraw.set_defaults(handler=cmd_withdraw)
    pending = consent_sub.add_parser(
        "pending", parents=[common],
        help="withdrawals recorded by officers that wait for a supervisor (supervisor and up)")
    pending.set_defaults(handler=cmd_withdrawals_pending)
    confirm = consent_sub.add_parser(
        "confirm", parents=[common],
        help="confirm a recorded withdrawal: revoke the cards, erase what it asks (supervisor)")
    confirm.add_argument("registration_number")
    confirm.set_defaults(handler=cmd_withdrawal_confirm)
    texts = consent_sub.add_parser("texts", parents=[common], help="list consent texts")
    texts.set_defaults(handler=cmd_texts)
    show = consent_sub.add_parser("show", parents=[common], help="print one consent text")
    show.add_argument("--version", dest="text_version", default="")
    show.add_argument("--language", default="en")
    show.set_defaults(handler=cmd_text_show)

    purge = subparsers.add_parser("purge", parents=[common],
                                  help="delete what retention rules make due (counts only)")
    purge.add_argument("--dry-run", action="store_true", help="count, change nothing")
    purge.set_defaults(handler=cmd_purge)

    export = subparsers.add_parser("subject-export", parents=[common],
                                   help="everything held about a person (JSON + PDF), audited")
    export.add_argument("registration_number")
    export.add_argument("--out", required=True, help="folder to write into")
    export.set_defaults(handler=cmd_subject_export)

    correct = subparsers.add_parser("correct", parents=[common],
                                    help="correct a person's details (history kept)")
    correct.add_argument("registration_number")
    for name in CORRECTION_FLAGS:
        correct.add_argument(f"--{name.replace('_', '-')}", dest=name, default=None)
    correct.set_defaults(handler=cmd_correct)

    wipe = subparsers.add_parser("wipe", parents=[common],
                                 help="EMERGENCY: destroy the keys; the store becomes unreadable")
    wipe.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    wipe.add_argument("--keep-store", action="store_true",
                      help="destroy only the keys, leave the (unreadable) store file")
    wipe.set_defaults(handler=cmd_wipe)

    report = subparsers.add_parser("report", parents=[common],
                                   help="community profile for emergency planning")
    report.add_argument("--by", default="", help="grouping fields, e.g. nationality,site")
    report.add_argument("--out", default="", help="report.pdf, report.csv or report.json")
    report.add_argument("--k", type=int, default=None,
                        help="smallest group shown (only above the configured k)")
    report.set_defaults(handler=cmd_report)

    expiring = subparsers.add_parser("cards-expiring", parents=[common],
                                     help="cards expiring within N days, by site")
    expiring.add_argument("--days", type=int, default=60)
    expiring.set_defaults(handler=cmd_cards_expiring)


def cmd_withdraw(args: argparse.Namespace) -> int:
    from station.services.consent_service import withdraw_consent

    with logged_in(args) as (station, actor):
        result = withdraw_consent(station, actor, args.registration_number, args.purpose)
    if result.already_withdrawn:
        emit(args.json, result.to_dict(),
             f"consent for {result.purpose} was already withdrawn for "
             f"{result.registration_number}; nothing more to erase")
        return 0
    if result.waiting_for_supervisor:
        emit(args.json, result.to_dict(),
             f"consent for {result.purpose} withdrawn for {result.registration_number}; "
             f"waiting for a supervisor to confirm: {', '.join(result.pending)} (tell the "
             f"person it takes effect {result.takes_effect}; `station consent confirm "
             f"{result.registration_number}`)")
        return 0
    emit(args.json, result.to_dict(), _effects_text(
        f"consent for {result.purpose} withdrawn for {result.registration_number}", result))
    return 0


def _effects_text(head: str, result: Any) -> str:
    return (head + (f"; erased: {', '.join(result.erased)}" if result.erased else "")
            + (f"; cards revoked: {', '.join(result.revoked_cards)}"
               if result.revoked_cards else "")
            + "; the change goes to the registry with the next sync")


def cmd_withdrawals_pending(args: argparse.Namespace) -> int:
    from station.services.consent_service import pending_withdrawals

    with logged_in(args) as (station, actor):
        found = pending_withdrawals(station, actor)
    emit(args.json, [p.to_dict() for p in found], "\n".join(
        f"{p.registration_number}  withdrawn: {', '.join(p.purposes)}  waiting: "
        f"{', '.join(p.effects)}  since {p.recorded_at:%Y-%m-%d %H:%M}" for p in found)
        or "no withdrawal waits for a supervisor")
    return 0


def cmd_withdrawal_confirm(args: argparse.Namespace) -> int:
    from station.services.consent_service import confirm_withdrawal

    with logged_in(args) as (station, actor):
        result = confirm_withdrawal(station, actor, args.registration_number)
    emit(args.json, result.to_dict(), _effects_text(
        f"withdrawal confirmed for {result.registration_number}", result))
    return 0


def cmd_texts(args: argparse.Namespace) -> int:
    from station.services.consent_service import available_texts

    found = [{"version": v, "language": lang} for v, lang in available_texts()]
    emit(args.json, found, "\n".join(f"{f['version']} {f['language']}" for f in found))
    return 0


def cmd_text_show(args: argparse.Namespace) -> int:
    from station.services.consent_service import load_text
    from station.services.home import StationHome

    version = args.text_version
    if not version:
        home = StationHome(args.home)
        version = home.load_config().consent_text_version
    text = load_text(version, args.language)
    emit(args.json, text.to_dict(), lambda: "\n\n".join(
        [text.title, text.intro, *[f"[{p}] {t}" for p, t in text.purposes.items()],
         "Agencies: " + ", ".join(text.agencies), text.withdrawal]))
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from station.services.retention import purge

    with logged_in(args) as (station, actor):
        report = purge(station, actor, dry_run=args.dry_run)
    verb = "would be" if report.dry_run else "were"
    emit(args.json, report.to_dict(),
         f"{report.deleted_from_station} acknowledged records {verb} deleted from the station\n"
         f"{report.erased_everywhere} records {verb} erased everywhere (cards expired)\n"
         f"{report.drafts_deleted} drafts {verb} deleted\n"
         f"{report.kept_unacknowledged} records kept: not yet acknowledged by the registry")
    return 0


def cmd_subject_export(args: argparse.Namespace) -> int:
    from station.services.subject_access import subject_export

    with logged_in(args) as (station, actor):
        result = subject_export(station, actor, args.registration_number, args.out)
    emit(args.json, result.to_dict(),
         f"wrote {result.json_path} and {result.pdf_path}"
         + (f" and {result.photo_path}" if result.photo_path else ""))
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    from station.services.subject_access import correct_record

    changes = {name: getattr(args, name) for name in CORRECTION_FLAGS
               if getattr(args, name) is not None}
    if not changes:
        raise ValidationError("give at least one field to correct, e.g. --phone",
                              field="fields")
    with logged_in(args) as (station, actor):
        fields = correct_record(station, actor, args.registration_number, changes)
    emit(args.json, {"registration_number": args.registration_number, "corrected": fields},
         f"corrected {', '.join(fields)}; the earlier version is kept in the history")
    return 0


def _confirm_wipe() -> None:
    if not sys.stdin.isatty():
        raise StationError("wipe needs confirmation: run in a terminal or pass --yes")
    print("This destroys the station's keys: every record on this station becomes unreadable "
          "for ever. Restore is only possible from the central registry.", file=sys.stderr)
    if input("Type WIPE to continue: ").strip() != "WIPE":
        raise StationError("wipe cancelled: nothing was changed")


def cmd_wipe(args: argparse.Namespace) -> int:
    from station.domain.roles import Permission
    from station.services.wipe import login_for_wipe, wipe_station

    station = unlock(args)
    try:
        actor = login_for_wipe(station, username(), secret("STATION_PASSWORD", "Password: "))
        actor.require(Permission.WIPE)
        if not args.yes:
            _confirm_wipe()
    except BaseException:
        station.close()
        raise
    result = wipe_station(station, actor, shred_store=not args.keep_store)
    emit(args.json, result.to_dict(),
         f"station {result.station_id} WIPED: the key file is destroyed and the store can no "
         "longer be read" + (f" (overwritten: {', '.join(result.files_shredded)})"
                             if result.files_shredded else "")
         + (". Warning: the security chip (TPM) did not answer, so its copy of the key "
            "secret could not be destroyed" if result.chip_secret_destroyed is False else "")
         + ". To work again: `station init` a new station and restore from the registry "
         "(docs/data-protection.md).")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from station.services.reports import community_profile, write_report

    if not args.out and not args.json:
        raise ValidationError("give --out report.pdf|.csv|.json or --json", field="out")
    by = [part for part in args.by.split(",") if part.strip()]
    with logged_in(args) as (station, actor):
        profile = community_profile(station, actor, by, k=args.k)
    if args.out:
        write_report(profile, args.out)
    data = profile.to_dict()
    emit(args.json, data,
         f"{len(profile.main.cells)} groups, {profile.main.suppressed} withheld "
         f"(fewer than {profile.policy.k} people)" + (f"; wrote {args.out}" if args.out else ""))
    return 0


def cmd_cards_expiring(args: argparse.Namespace) -> int:
    from station.services.reports import cards_expiring

    with logged_in(args) as (station, actor):
        sites = cards_expiring(station, actor, args.days)
    data = [s.to_dict() for s in sites]
    emit(args.json, {"days": args.days, "sites": data}, lambda: "\n".join(
        f"{s['site']}: {s['count']} cards expiring within {args.days} days" for s in data)
        or f"no cards expire within {args.days} days")
    return 0
