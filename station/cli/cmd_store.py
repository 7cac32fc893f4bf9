"""Station set-up, operators, enrolment, records and the audit chain."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from station.cli.output import emit
from station.cli.session import home_of, logged_in, secret, username
from station.errors import ValidationError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    init = subparsers.add_parser("init", parents=[common], help="set up a new station")
    init.add_argument("--site", required=True, help="site code (2-5 letters/digits)")
    init.add_argument("--station", required=True, help="station code (1-3 letters/digits)")
    init.add_argument("--db", default="", help="database URL (default: embedded SQLite)")
    init.add_argument("--trust", default="", help="trust bundle from `registry station add`")
    init.add_argument("--tpm", choices=("auto", "require", "off"), default="auto",
                      help="bind the key file to this machine's TPM 2.0 security chip "
                           "(auto: where there is one)")
    init.set_defaults(handler=cmd_init)

    user = subparsers.add_parser("user", parents=[common], help="manage operators")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", parents=[common], help="add an operator")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["officer", "supervisor", "central",
                                                       "admin"])
    add.set_defaults(handler=cmd_user_add)
    listing = user_sub.add_parser("list", parents=[common], help="list operators")
    listing.set_defaults(handler=cmd_user_list)

    enrol = subparsers.add_parser("enrol", parents=[common], help="register a person")
    add_enrol_arguments(enrol)
    enrol.set_defaults(handler=cmd_enrol)

    show = subparsers.add_parser("show", parents=[common], help="show one record (audited)")
    show.add_argument("registration_number")
    show.set_defaults(handler=cmd_show)

    records = subparsers.add_parser("list", parents=[common], help="list records")
    records.add_argument("--limit", type=int, default=100)
    records.add_argument("--offset", type=int, default=0)
    records.set_defaults(handler=cmd_list)

    audit = subparsers.add_parser("audit", parents=[common], help="the audit chain")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser("verify", parents=[common], help="check the chain is intact")
    verify.set_defaults(handler=cmd_audit_verify)

    passphrase = subparsers.add_parser("passphrase", parents=[common],
                                       help="change the station passphrase")
    passphrase.set_defaults(handler=cmd_passphrase)


def add_enrol_arguments(parser: argparse.ArgumentParser) -> None:
    a = parser.add_argument
    a("--given-name", default="")
    a("--family-name", default="")
    a("--other-names", default="")
    a("--given-name-latin", default="", help="transliteration for the card's MRZ")
    a("--family-name-latin", default="")
    a("--sex", default="", help="F, M or X")
    a("--birth-date", default="", help="YYYY-MM-DD")
    a("--birth-year", type=int, default=None, help="when only the year is known (estimated)")
    a("--nationality", default="", help="ISO 3166 alpha-3, XXA stateless, XXX unknown")
    a("--languages", default="", help="comma list of ISO 639 codes")
    a("--local-language", default="none", help="none, basic, good, fluent")
    a("--region", default="")
    a("--district", default="")
    a("--place", default="")
    a("--arrival-date", default="")
    a("--phone", default="")
    a("--email", default="")
    a("--preferred-channel", default="none",
      help="sms, voice, whatsapp, email, radio, in-person, none")
    a("--emergency-contact", action="append", default=[], metavar="NAME;RELATION;PHONE")
    a("--family-contact", action="append", default=[],
      metavar="NAME;RELATION;PHONE;REGNO")
    a("--dependant", action="append", default=[], metavar="NAME;RELATION;BIRTHYEAR")
    a("--document", action="append", default=[], metavar="KIND;NUMBER;COUNTRY;EXPIRY")
    a("--vulnerability", action="append", default=[], help="repeat or comma list")
    a("--need", action="append", default=[], help="repeat or comma list")
    a("--notes", default="")
    a("--consent", default="",
      help="purposes agreed: registration,biometrics,card,emergency-contact,sharing or all")
    a("--form", default="", metavar="FILE|-",
      help="the details as a JSON object (field names of the enrolment form) from a file or "
           "standard input, instead of the flags above: keeps names and phone numbers out of "
           "shell history and the process list")
    a("--consent-language", default="en")
    a("--consent-version", default="")
    a("--photo", default="", help="face photo file (needs biometrics consent)")
    a("--quality-override", default="", metavar="REASON",
      help="accept a photo failing an overridable quality check, with the reason")


def _split(items: list[str], width: int) -> list[tuple[str, ...]]:
    return [tuple((item.split(";") + [""] * width)[:width]) for item in items]


PERSONAL_FLAGS = ("given_name", "family_name", "other_names", "given_name_latin",
                  "family_name_latin", "sex", "birth_date", "birth_year", "nationality",
                  "languages", "region", "district", "place", "arrival_date", "phone", "email",
                  "emergency_contact", "family_contact", "dependant", "document",
                  "vulnerability", "need", "notes", "consent")


FLAGS_WARNING = ("warning: details given as flags can be read by every user of this computer "
                 "while the command runs (ps, /proc) and stay in the shell history; give them "
                 "with --form FILE, or --form - to read them from standard input")


def _form_from_json(source: str) -> Any:
    from station.services.forms import form_from_dict
    from station.services.json_files import read_json_object

    return form_from_dict(read_json_object(source, "form", "form"))


def form_from_args(args: argparse.Namespace) -> Any:
    from station.services.forms import EnrolmentForm

    if args.form:
        given = [name for name in PERSONAL_FLAGS if getattr(args, name, None)]
        if given:
            raise ValidationError("give the details either with --form or as flags, not both",
                                  field=given[0])
        return _form_from_json(args.form)
    if any(getattr(args, name, None) for name in PERSONAL_FLAGS):
        print(FLAGS_WARNING, file=sys.stderr)
    return EnrolmentForm(
        given_name=args.given_name, family_name=args.family_name, other_names=args.other_names,
        given_name_latin=args.given_name_latin, family_name_latin=args.family_name_latin,
        sex=args.sex, birth_date=args.birth_date, birth_year=args.birth_year,
        nationality=args.nationality, languages=[args.languages] if args.languages else [],
        local_language=args.local_language, region=args.region, district=args.district,
        place=args.place, arrival_date=args.arrival_date, phone=args.phone, email=args.email,
        preferred_channel=args.preferred_channel,
        emergency_contacts=_split(args.emergency_contact, 3),  # type: ignore[arg-type]
        family_contacts=_split(args.family_contact, 4),  # type: ignore[arg-type]
        dependants=_split(args.dependant, 3),  # type: ignore[arg-type]
        documents=_split(args.document, 4),  # type: ignore[arg-type]
        vulnerabilities=args.vulnerability, needs=args.need, notes=args.notes,
        consent_purposes=args.consent, consent_language=args.consent_language,
        consent_text_version=args.consent_version,
    )


def read_photo(path_text: str) -> bytes:
    path = Path(path_text)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError("photo: file not found", field="photo") from None
    except OSError as exc:
        raise ValidationError(f"photo: cannot read the file ({exc.strerror})",
                              field="photo") from None


def cmd_init(args: argparse.Namespace) -> int:
    from station.services.context import scrypt_cost_from_env
    from station.services.trust import set_up_station

    home = home_of(args)
    passphrase = secret("STATION_PASSPHRASE", "New station passphrase: ")
    admin = username()
    password = secret("STATION_PASSWORD", "Password for the first admin: ")
    # One service with the window's set-up assistant: a bad bundle leaves no station behind.
    station, joined = set_up_station(home, args.site, args.station, passphrase, admin,
                                     password, args.trust or None, db_url=args.db,
                                     scrypt_n=scrypt_cost_from_env(), tpm=args.tpm)
    station.close()
    chip = home.vault.chip_bound()
    data: dict[str, Any] = {"home": str(home.path), "station_id": station.code.station_id,
                            "admin": admin, "tpm": chip, "warnings": station.warnings}
    text = f"station {station.code.station_id} set up in {home.path}"
    text += " (key file bound to this machine's security chip)" if chip else ""
    text += "".join(f"\nwarning: {warning}" for warning in station.warnings)
    if joined is not None:
        from station.cli.cmd_sync import joined_text

        data["joined"] = joined
        text += "\n" + joined_text(joined)
    emit(args.json, data, text)
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from station.domain.vocab import Role
    from station.services.context import add_operator

    with logged_in(args) as (station, actor):
        password = secret("STATION_NEW_PASSWORD", "Password for the new operator: ")
        add_operator(station, actor, args.name, Role(args.role), password)
    emit(args.json, {"username": args.name, "role": args.role},
         f"operator {args.name} added as {args.role}")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from station.domain.roles import Permission

    with logged_in(args) as (station, actor):
        actor.require(Permission.MANAGE_USERS)
        with station.store.reading() as repo:  # a write unit would lock every account row
            operators = repo.list_operators()
    rows = [{"username": o.username, "role": o.role.value, "active": o.active,
             "locked": o.locked_until is not None} for o in operators]
    emit(args.json, rows, "\n".join(f"{r['username']:20} {r['role']}" for r in rows))
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    from station.services.enrolment import PhotoInput, enrol

    form = form_from_args(args)
    photo = None
    if args.photo:
        photo = PhotoInput(read_photo(args.photo), quality_override=args.quality_override)
    with logged_in(args) as (station, actor):
        result = enrol(station, actor, form, photo)
    data = result.to_dict()

    def text() -> str:
        lines = [f"enrolled {result.registration_number} ({result.status.value})"]
        if result.duplicate_case:
            lines.append(f"suspected duplicate: case {result.duplicate_case} awaits a "
                         "supervisor; no card until decided")
        lines += [f"  candidate {c.registration_number} distance {c.distance:.3f} ({c.band})"
                  for c in result.candidates]
        return "\n".join(lines)

    emit(args.json, data, text)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from station.services.records import show_record

    with logged_in(args) as (station, actor):
        record = show_record(station, actor, args.registration_number)
    emit(args.json, record, lambda: _record_text(record))
    return 0


def _record_text(record: dict[str, Any]) -> str:
    name = record["name"]
    lines = [
        f"{record['registration_number']}  [{record['status']}]",
        f"  name: {name['given']} {name['family']} {name['other']}".rstrip(),
        f"  sex: {record['sex']}  born: {record['birth_date']}"
        f"{' (estimated)' if record['birth_date_estimated'] else ''}"
        f"  nationality: {record['nationality']}",
        f"  consent: {', '.join(record['consent']['active_purposes'])}",
    ]
    if record["photo"]:
        lines.append(f"  photo: {record['photo']['source']}")
    lines += [f"  card {c['card_number']} {c['status']} until {c['expiry_date']}"
              for c in record["cards"]]
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace) -> int:
    from station.services.records import list_records

    with logged_in(args) as (station, actor):
        rows = list_records(station, actor, args.limit, args.offset)
    emit(args.json, rows, lambda: "\n".join(
        f"{r['registration_number']:18} {r['status']:15} {r['sex']} {r['nationality']} "
        f"{r['age_band']:6} {'synced' if r['synced'] else 'pending'}" for r in rows)
        or "no records")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from station.services.records import verify_audit

    with logged_in(args) as (station, actor):
        report = verify_audit(station, actor)
    emit(args.json, report.to_dict(),
         f"audit chain intact ({report.events_checked} events)" if report.intact
         else f"audit chain BROKEN at event {report.broken_at}: {report.problem}")
    return 0 if report.intact else 1


def cmd_passphrase(args: argparse.Namespace) -> int:
    from station.services.context import change_passphrase

    with logged_in(args) as (station, actor):
        new = secret("STATION_NEW_PASSPHRASE", "New passphrase: ")
        change_passphrase(station, actor, secret("STATION_PASSPHRASE", "Passphrase: "), new)
    emit(args.json, {"changed": True}, "passphrase changed; records were not rewritten")
    return 0
