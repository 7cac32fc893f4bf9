"""The `registry` command: set-up, stations, imports from removable media, status, review queue,
HTTP service, accounts, audit and the import benchmark.

Secrets never come from the command line: the passphrase from REGISTRY_PASSPHRASE, the account
from REGISTRY_USER / REGISTRY_PASSWORD (a new password from REGISTRY_NEW_PASSWORD), else
prompts in a terminal. Every command but `init` and `bench` logs in and checks the role."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from station.domain.limits import BATCH_ENROLMENTS
from sync.errors import SyncError
from sync.registry.db import database_problem


def _plain(value: Any) -> Any:
    """JSON form of dates (ISO 8601) and anything else printable."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _emit(as_json: bool, data: Any, text: str) -> None:
    if as_json:
        sys.stdout.write(json.dumps(data, indent=2, default=_plain, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print machine-readable JSON")
    common.add_argument("--home", default=argparse.SUPPRESS,
                        help="registry home folder (default: $REGISTRY_HOME)")
    parser = argparse.ArgumentParser(prog="registry", description="Central registry.")
    parser.add_argument("--home", default=os.environ.get("REGISTRY_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "share", "enrolment-registry"),
                        help="registry home folder (default: $REGISTRY_HOME)")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", parents=[common], help="create keys and the database schema")
    init.add_argument("--db", required=True, help="postgresql://... (or sqlite:///... demo)")
    init.add_argument("--url", default="", help="URL stations use to reach `registry serve`")
    init.set_defaults(handler=cmd_init)

    station = sub.add_parser("station", parents=[common], help="stations and certificates")
    station_sub = station.add_subparsers(dest="station_command", required=True)
    add = station_sub.add_parser(
        "add", parents=[common], help="certify a station, write its trust bundle",
        description="Certify a station with the root key and write its trust bundle. Best: "
                    "--request FILE from `station join-request` (the station made its key; no "
                    "private key travels). Without --request or --public-key the registry "
                    "makes the station's key and the bundle holds it.")
    add.add_argument("--site", default="", help="site code (taken from --request if given)")
    add.add_argument("--station", default="",
                     help="station code (taken from --request if given)")
    add.add_argument("--out", required=True, help="trust bundle file to write")
    add.add_argument("--request", default="",
                     help="join request file written by `station join-request`")
    add.add_argument("--public-key", default="",
                     help="station's Ed25519 public key (base64url) to certify instead of "
                          "making a key for it")
    _root_key_argument(add)
    add.set_defaults(handler=cmd_station_add)
    revoke = station_sub.add_parser("revoke", parents=[common], help="revoke a station")
    revoke.add_argument("station_id")
    revoke.add_argument("--reason", default="revoked")
    revoke.set_defaults(handler=cmd_station_revoke)

    root = sub.add_parser(
        "root", parents=[common], help="the offline root key and the service key it certifies",
        description="The root key signs certificates only and belongs on offline media; the "
                    "service key in the home signs acknowledgements, trust updates and "
                    "revocation lists.")
    root_sub = root.add_subparsers(dest="root_command", required=True)
    root_status = root_sub.add_parser("status", parents=[common],
                                      help="key ids and how long the service certificate runs")
    root_status.set_defaults(handler=cmd_root_status)
    certify = root_sub.add_parser("certify-service", parents=[common],
                                  help="renew the service key's certificate (needs the root)")
    _root_key_argument(certify)
    certify.set_defaults(handler=cmd_root_service, rotate=False, retire_previous=False)
    rotate = root_sub.add_parser("rotate-service", parents=[common],
                                 help="make a new service key and certify it (needs the root)")
    rotate.add_argument("--retire-previous", action="store_true",
                        help="retire every earlier service key (it was exposed): the new "
                             "certificate carries a root-signed floor, and a station that has "
                             "it refuses anything signed by an earlier key")
    _root_key_argument(rotate)
    rotate.set_defaults(handler=cmd_root_service, rotate=True)

    imp = sub.add_parser(
        "import", parents=[common], help="import batch files",
        description="Import batch files (from removable media). A rejected file is moved into "
                    "the registry's quarantine folder, so that it cannot be imported by mistake "
                    "later; the reason is printed and recorded. A file refused for its "
                    "contents (say, a field longer than the registry takes) also gets a signed "
                    "refusal file, STATION-SEQUENCE.refusal.json next to the acknowledgements: "
                    "the station imports it like an acknowledgement, corrects the record and "
                    "exports a new batch in its place.")
    imp.add_argument("files", nargs="+")
    imp.add_argument("--ack-dir", default="",
                     help="where to write acknowledgements and refusal files (default: the "
                          "acks folder of the registry home)")
    imp.set_defaults(handler=cmd_import)

    status = sub.add_parser("status", parents=[common], help="counts, stations, gaps")
    status.set_defaults(handler=cmd_status)

    dups = sub.add_parser(
        "duplicates", parents=[common], help="open cross-site cases, and decisions on them",
        description="registry duplicates | registry duplicates decide CASE "
                    "same|different|more-info --reason TEXT (the decision records the "
                    "logged-in account)")
    dups.add_argument("words", nargs="*", metavar="decide CASE DECISION")
    dups.add_argument("--reason", default="", help="why (kept encrypted)")
    # Deprecated: a decision records the logged-in account; a name given here is ignored.
    dups.add_argument("--by", default=None, help=argparse.SUPPRESS)
    dups.set_defaults(handler=cmd_duplicates)

    user = sub.add_parser("user", parents=[common], help="central staff accounts (admin)")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    user_add = user_sub.add_parser(
        "add", parents=[common], help="add an account",
        description="Add an account; its password comes from REGISTRY_NEW_PASSWORD or is "
                    "typed twice at a prompt.")
    user_add.add_argument("name")
    user_add.add_argument("--role", required=True,
                          choices=["importer", "adjudicator", "auditor", "admin"])
    user_add.set_defaults(handler=cmd_user_add)
    user_sub.add_parser("list", parents=[common], help="list accounts"
                        ).set_defaults(handler=cmd_user_list)
    for verb, text in (("unlock", "unlock an account locked after failed log-ins"),
                       ("deactivate", "switch an account off (kept in the audit)")):
        command = user_sub.add_parser(verb, parents=[common], help=text)
        command.add_argument("name")
        command.set_defaults(handler=cmd_user_change, verb=verb)
    password = user_sub.add_parser(
        "password", parents=[common], help="change a password (yours, or any as admin)",
        description="The new password comes from REGISTRY_NEW_PASSWORD or is typed twice.")
    password.add_argument("name", nargs="?", default="")
    password.set_defaults(handler=cmd_user_password)

    audit = sub.add_parser("audit", parents=[common], help="the registry's audit (auditor)")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    audit_verify = audit_sub.add_parser(
        "verify", parents=[common], help="check the hash chain: intact, or where it breaks",
        description="Check the hash chain. When intact it prints a checkpoint (the newest "
                    "event's SEQUENCE:HASH): write it in the paper log; a later `verify "
                    "--expect CHECKPOINT` fails if the audit no longer holds that event.")
    audit_verify.add_argument("--expect", default="", metavar="CHECKPOINT",
                              help="a checkpoint printed by an earlier verify")
    audit_verify.set_defaults(handler=cmd_audit_verify)
    audit_list = audit_sub.add_parser("list", parents=[common], help="the newest events")
    audit_list.add_argument("--limit", type=int, default=50)
    audit_list.set_defaults(handler=cmd_audit_list)

    verifier = sub.add_parser(
        "verifier", parents=[common], help="the one-page offline card verifier",
        description="Write the web verifier: one HTML file that checks cards offline on any "
                    "phone (camera or photo), with the registry's current trust list inside "
                    "(root key, station certificates, revocation list). `registry serve` "
                    "also serves it at /verify.")
    verifier_sub = verifier.add_subparsers(dest="verifier_command", required=True)
    verifier_export = verifier_sub.add_parser(
        "export", parents=[common], help="write verify.html with the current trust list")
    verifier_export.add_argument("--out", required=True, help="HTML file to write")
    verifier_export.set_defaults(handler=cmd_verifier_export)

    keys = sub.add_parser(
        "keys", parents=[common], help="record keys: crypto-shredding of erased records",
        description="Each person's data at the registry is sealed under keys of their own, "
                    "which an erasure destroys. `keys upgrade` (admin) re-encrypts what was "
                    "sealed before, record by record; it can be stopped and run again, and "
                    "`registry status` says how much remains.")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    keys_sub.add_parser("upgrade", parents=[common],
                        help="re-encrypt older values under their records' keys"
                        ).set_defaults(handler=cmd_keys_upgrade)
    keys_sub.add_parser("compact", parents=[common],
                        help="rewrite the key table so that destroyed keys leave its file "
                             "(locks it while it runs: schedule it, e.g. nightly)"
                        ).set_defaults(handler=cmd_keys_compact)

    serve = sub.add_parser("serve", parents=[common], help="run the HTTP service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--cert", default="", help="TLS certificate (PEM)")
    serve.add_argument("--key", default="", help="TLS private key (PEM)")
    serve.set_defaults(handler=cmd_serve)

    bench = sub.add_parser("bench", parents=[common], help="benchmarks")
    bench.add_argument("what", choices=["import"])
    bench.add_argument("--db", default="", help="PostgreSQL server URL (a scratch database "
                                                "is made and dropped)")
    bench.add_argument("--records", type=int, default=BATCH_ENROLMENTS,
                       help="records per batch (at most a batch's limit)")
    bench.add_argument("--batches", type=int, default=2)
    bench.add_argument("--photos", action="store_true", help="add a real portrait per record")
    bench.add_argument("--stored", type=int, default=0,
                       help="first store this many synthetic enrolments with templates, then "
                            "measure start-up, memory and one --records batch against them")
    bench.set_defaults(handler=cmd_bench)
    return parser


def _account_name() -> str:
    value = os.environ.get("REGISTRY_USER", "").strip()
    if not value and sys.stdin.isatty():
        sys.stderr.write("Registry account: ")
        sys.stderr.flush()
        value = sys.stdin.readline().strip()
    if not value:
        raise SyncError("set REGISTRY_USER (or run in a terminal) to log in to the registry",
                        reason="login")
    return value


def _secret(variable: str, prompt: str, *, twice: bool = False) -> str:
    value = os.environ.get(variable, "")
    if value:
        return value
    if not sys.stdin.isatty():
        raise SyncError(f"set {variable} (or run in a terminal): a password is needed",
                        reason="login")
    value = getpass.getpass(prompt)
    if twice and getpass.getpass("Type it again: ") != value:
        raise SyncError("the two passwords typed differ; nothing was changed",
                        reason="bad-input")
    return value


def _login(args: argparse.Namespace, permission: str, registry: Any = None) -> Any:
    """Unlock the registry (unless given), log the account in and check its role: a
    `RegistrySession`. The registry is closed if anything fails."""
    from sync.registry.api import has_accounts, login, unlock
    from sync.registry.keys import passphrase_from_env

    if registry is None:
        registry = unlock(args.home, passphrase_from_env())
    try:
        if not has_accounts(registry):
            raise SyncError("this registry has no accounts yet: run `registry user add NAME "
                            "--role admin` to create the first admin", reason="no-accounts")
        session = login(registry, _account_name(),
                        _secret("REGISTRY_PASSWORD", "Registry password: "))
        session.require(permission)
    except BaseException:
        registry.close()
        raise
    return session


def _root_key_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root-key", default="",
                        help="the root key file (default: root-key.json in the home, where "
                             "`registry init` leaves it); passphrase from "
                             "REGISTRY_ROOT_PASSPHRASE, else the registry's")


def _root_key_path(args: argparse.Namespace) -> Path:
    """--root-key, or the home's root-key.json; one clear line if the file is not there."""
    from sync.registry.keys import default_root_key_path

    path = Path(args.root_key) if args.root_key else default_root_key_path(Path(args.home))
    if not path.is_file():
        raise SyncError(f"no root key file at {path}: plug in the offline copy and give "
                        "--root-key FILE", reason="no-root-key")
    return path


def _unlock_root(registry: Any, path: Path) -> None:
    from sync.registry.keys import root_passphrase_from_env

    registry.unlock_root(path, root_passphrase_from_env())


def _open(args: argparse.Namespace, permission: str = "stations") -> Any:
    """The unlocked `Registry` for an account allowed `permission` (stations: admin)."""
    return _login(args, permission).registry


def cmd_init(args: argparse.Namespace) -> int:
    from sync.registry.api import init_registry
    from sync.registry.keys import passphrase_from_env

    passphrase = passphrase_from_env()
    admin = _account_name()
    password = _secret("REGISTRY_PASSWORD", "Password for the first admin: ", twice=True)
    session = init_registry(args.home, args.db, passphrase, admin, password, args.url)
    registry = session.registry
    session.close()
    if not os.environ.get("REGISTRY_ROOT_PASSPHRASE"):
        print("warning: REGISTRY_ROOT_PASSPHRASE is not set: the root key file is sealed with "
              "the registry passphrase that every operator holds", file=sys.stderr)
    from sync.registry.keys import default_root_key_path

    root_file = default_root_key_path(registry.home.path)
    data = {"home": str(registry.home.path), "root_key_id": registry.root_key_id,
            "service_key_id": registry.service.key_id.hex(), "root_key_file": str(root_file),
            "recipient": registry.recipient_id, "admin": admin}
    _emit(args.json, data, f"registry set up in {registry.home.path}; first admin {admin}\n"
          f"the root key is in {root_file}: move it to offline media (two copies, kept "
          "apart); `station add` and the `root` commands take it with --root-key FILE")
    return 0


def cmd_station_add(args: argparse.Namespace) -> int:
    from sync.atomic import write_atomically

    out = Path(args.out)
    if not out.parent.is_dir() or not os.access(out.parent, os.W_OK):
        raise SyncError("--out: the folder does not exist or cannot be written; nothing was "
                        "registered", reason="bad-output")
    site, code, public = _station_to_add(args)
    station_id = f"{site.upper()}-{code.upper()}"
    root_key = _root_key_path(args)
    session = _login(args, "stations")
    registry = session.registry
    try:
        _unlock_root(registry, root_key)
        # Audited in the same transaction as the station's row (and its undo below).
        bundle = registry.add_station(site, code, public_key=public, actor=session.user)
        try:
            write_atomically(out, json.dumps(bundle, indent=2).encode())
        except OSError as exc:
            # The bundle may be the only copy of the station's key: without it, undo.
            registry.forget_station(station_id, actor=session.user)
            raise SyncError(f"cannot write the trust bundle ({exc.strerror}); nothing was "
                            "registered", reason="bad-output") from None
        holds = bool(bundle.get("holds_private_key"))
    finally:
        session.close()
    _emit(args.json, {"station_id": station_id, "bundle": args.out, "holds_private_key": holds,
                      "station_key_id": _bundle_key_id(bundle, station_id)},
          f"station {station_id} (key {_bundle_key_id(bundle, station_id)}) certified; trust "
          f"bundle written to {args.out}"
          + ("\nthis bundle holds the station's private key: carry it like a smart card and "
             "delete it once the station has joined" if holds else ""))
    return 0


def _station_to_add(args: argparse.Namespace) -> tuple[str, str, bytes | None]:
    """(site, station, public key or None) from --request, or --site/--station/--public-key."""
    from sync.encoding import b64d
    from sync.join_request import read_join_request

    if args.request and args.public_key:
        raise SyncError("give --request or --public-key, not both", reason="bad-input")
    if not args.request:
        if not args.site or not args.station:
            raise SyncError("give --site and --station (or --request FILE)", reason="bad-input")
        try:
            public = b64d(args.public_key) if args.public_key else None
        except ValueError:
            raise SyncError("--public-key is not base64url", reason="bad-input") from None
        if public is not None and len(public) != 32:
            raise SyncError("--public-key is not an Ed25519 public key (32 bytes)",
                            reason="bad-input")
        return args.site, args.station, public
    try:
        document = json.loads(Path(args.request).read_text(encoding="utf-8"))
    except OSError as exc:
        raise SyncError(f"--request: cannot read the file ({exc.strerror})",
                        reason="bad-request") from None
    except ValueError:
        raise SyncError("--request: not a JSON file", reason="bad-request") from None
    request = read_join_request(document)
    for given, asked, what in ((args.site, request.site, "site"),
                               (args.station, request.station, "station")):
        if given and given.upper() != asked.upper():
            raise SyncError(f"--{what} differs from the join request's", reason="bad-input")
    return request.site, request.station, request.public_key


def _bundle_key_id(bundle: dict[str, Any], station_id: str) -> str:
    """Key id of the station's certificate in `bundle`: staff compare it with the station's."""
    for cert in bundle.get("certificates", []):
        if cert.get("station_id") == station_id:
            return str(cert.get("key_id", ""))
    return ""


def cmd_root_status(args: argparse.Namespace) -> int:
    registry = _open(args, "status")
    try:
        status = registry.service_status()
    finally:
        registry.close()
    _emit(args.json, status, _service_line(status)
          + ("\nthe root key file is still in the home: move it to offline media"
             if status["root_key_here"] else ""))
    return 0


def _service_line(status: dict[str, Any]) -> str:
    return (f"root key {status['root_key_id']}; service key {status['service_key_id']} "
            f"certified until {status['service_valid_to']} ({status['service_days_left']} "
            f"days left); certificate serial {status['service_serial']}"
            + (f", serials below {status['service_retired_below']} retired"
               if status["service_retired_below"] else ""))


def cmd_root_service(args: argparse.Namespace) -> int:
    """`root certify-service` (renew) and `root rotate-service` (new key): both need the root."""
    root_key = _root_key_path(args)
    session = _login(args, "stations")
    registry = session.registry
    try:
        _unlock_root(registry, root_key)
        # The key file changes inside the audit's transaction, the chain locked first: a
        # failed change appends nothing, and the event commits right after the file is saved.
        with registry.engine.begin() as conn:
            registry.audit.lock(conn)
            cert = (registry.rotate_service(retire_previous=args.retire_previous)
                    if args.rotate else registry.certify_service())
            registry.audit.append(conn, session.user, "service-key-rotated" if args.rotate
                                  else "service-key-certified", cert.key_id.hex(),
                                  {"valid_to": cert.valid_to.isoformat(),
                                   "retired_previous": bool(args.retire_previous)})
        status = registry.service_status()
    finally:
        session.close()
    _emit(args.json, status, f"{'new ' if args.rotate else ''}service key "
          f"{cert.key_id.hex()} certified until {cert.valid_to}; restart running "
          "`registry serve` processes to use it")
    return 0


def cmd_station_revoke(args: argparse.Namespace) -> int:
    session = _login(args, "stations")
    try:
        session.registry.revoke_station(args.station_id, args.reason, actor=session.user)
    finally:
        session.close()
    _emit(args.json, {"station_id": args.station_id, "revoked": True},
          f"station {args.station_id} revoked")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    session = _login(args, "import")
    results = []
    try:
        for name in args.files:
            results.append(session.import_file(Path(name), args.ack_dir or None).to_dict())
    finally:
        session.close()
    for result in results:
        result.pop("acknowledgement", None)
    rejected = any(r["status"] == "rejected" for r in results)
    lines = [f"{name}: {r['status']}" + (f" ({r['imported']} new records)"
                                         if r["status"] == "imported" else "")
             + (f": {r['message']}" if r["status"] == "rejected" or r.get("old_templates")
                else "")
             + (f"; missing batches {r['gaps']}" if r["gaps"] else "")
             + (_refusal_words(r) if r["status"] == "rejected" else "")
             for name, r in zip(args.files, results, strict=True)]
    _emit(args.json, results[0] if len(results) == 1 else results, "\n".join(lines))
    return 3 if rejected else 0


def _refusal_words(result: dict[str, Any]) -> str:
    """What the operator carries back to the station for a refused file (FORMAT.md 1)."""
    if result.get("refusal_file"):
        return (f"\n  refusal written to {result['refusal_file']}: take it to station "
                f"{result['station_id']} and import it there like an acknowledgement "
                "(`station import-ack FILE`); the station then corrects the record and exports "
                f"a new batch {result['sequence']}")
    return ("\n  no refusal file for the station: the batch was not refused for its contents, "
            "so nothing changes at the station")


def cmd_status(args: argparse.Namespace) -> int:
    session = _login(args, "status")
    try:
        status = session.status()
    finally:
        session.close()
    text = [f"enrolments {status['enrolments']}, batches {status['batches']}, "
            f"rejected {status['rejected']}, open duplicates {status['open_duplicates']}"]
    keys = status.get("record_keys", {})
    if keys and not keys.get("converted"):
        text.append(f"values sealed before record keys: {keys['unconverted_values']} (run "
                    "`registry keys upgrade`)")
    text += [f"  {s['station_id']}: {s['enrolments']} records, last batch {s['last_sequence']}"
             + (f", missing {s['gaps']}" if s["gaps"] else "")
             + (" [revoked]" if s["revoked"] else "") for s in status["stations"]]
    _emit(args.json, status, "\n".join(text))
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    if args.words:
        return _decide(args)
    session = _login(args, "review")
    try:
        cases = session.duplicates()
    finally:
        session.close()
    _emit(args.json, cases, "\n".join(
        f"case {c['case']}: {c['registration_number']} ~ {c['candidate']} ({c['kind']}"
        + (f", distance {c['distance']:.3f}" if c["distance"] is not None else "") + ")"
        for c in cases) or "no open cross-site cases")
    return 0


def _decide(args: argparse.Namespace) -> int:
    words = args.words
    if len(words) != 3 or words[0] != "decide" or not words[1].isdigit():
        raise SyncError("usage: registry duplicates decide CASE same|different|more-info "
                        "--reason TEXT", reason="bad-input")
    if args.by is not None:
        print("note: --by is ignored: a decision records the logged-in account",
              file=sys.stderr)
    session = _login(args, "decide")
    try:
        decided = session.decide(int(words[1]), words[2], args.reason)
        who = session.user
    finally:
        session.close()
    _emit(args.json, decided, f"case {decided['case']}: {decided['decision']} recorded "
                              f"for {who}")
    return 0


def _new_password() -> str:
    return _secret("REGISTRY_NEW_PASSWORD", "New password: ", twice=True)


def cmd_user_add(args: argparse.Namespace) -> int:
    from sync.registry.accounts import check_name, parse_role
    from sync.registry.api import add_first_admin, has_accounts, unlock
    from sync.registry.keys import passphrase_from_env

    check_name(args.name)
    parse_role(args.role)
    registry = unlock(args.home, passphrase_from_env())
    if not has_accounts(registry):
        # A registry set up before accounts existed: its first admin needs the passphrase only.
        try:
            if args.role != "admin":
                raise SyncError("this registry has no accounts yet: add an admin first",
                                reason="no-accounts")
            add_first_admin(registry, args.name, _new_password())
        finally:
            registry.close()
        _emit(args.json, {"name": args.name, "role": "admin", "first": True},
              f"first admin {args.name} added")
        return 0
    session = _login(args, "users", registry)
    try:
        session.add_user(args.name, args.role, _new_password())
    finally:
        session.close()
    _emit(args.json, {"name": args.name, "role": args.role},
          f"account {args.name} added ({args.role})")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    session = _login(args, "users")
    try:
        users = session.users()
    finally:
        session.close()
    _emit(args.json, users, "\n".join(
        f"{u['name']}: {u['role']}" + ("" if u["active"] else " [deactivated]")
        + (" [locked]" if u["locked"] else "") for u in users))
    return 0


def cmd_user_change(args: argparse.Namespace) -> int:
    session = _login(args, "users")
    try:
        if args.verb == "unlock":
            session.unlock_user(args.name)
        else:
            session.deactivate_user(args.name)
    finally:
        session.close()
    done = "unlocked" if args.verb == "unlock" else "deactivated"
    _emit(args.json, {"name": args.name, done: True}, f"account {args.name} {done}")
    return 0


def cmd_user_password(args: argparse.Namespace) -> int:
    session = _login(args, "status")  # every role may change its own password
    try:
        target = args.name or session.user
        if target != session.user:
            session.require("users")
        session.set_password(_new_password(), target)
    finally:
        session.close()
    _emit(args.json, {"name": target, "changed": True}, f"password of {target} changed")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    session = _login(args, "audit")
    try:
        report = session.audit_verify(args.expect)
    finally:
        session.close()
    _emit(args.json, report,
          f"audit chain intact ({report['events_checked']} events); checkpoint "
          f"{report['checkpoint']} (write it in the log: `audit verify --expect` checks it)"
          if report["intact"]
          else f"audit chain BROKEN at event {report['broken_at']}: {report['problem']}")
    return 0 if report["intact"] else 1


def cmd_audit_list(args: argparse.Namespace) -> int:
    session = _login(args, "audit")
    try:
        events = session.audit_events(args.limit)
    finally:
        session.close()
    _emit(args.json, events, "\n".join(
        f"{e['sequence']:>6} {e['at']:%Y-%m-%d %H:%M:%S} {e['actor']} {e['action']}"
        + (f" {e['subject']}" if e["subject"] else "")
        + (f" {json.dumps(e['details'], sort_keys=True)}" if e["details"] else "")
        for e in events) or "no events")
    return 0


def cmd_verifier_export(args: argparse.Namespace) -> int:
    from cards import CardError
    from cards.web_verifier import write_verifier_page

    out = Path(args.out)
    if not out.parent.is_dir() or not os.access(out.parent, os.W_OK):
        raise SyncError("--out: the folder does not exist or cannot be written",
                        reason="bad-output")
    session = _login(args, "status")
    try:
        trust = session.registry.trust_bundle()
    finally:
        session.close()
    try:
        size = write_verifier_page(out, trust)
    except CardError as exc:
        raise SyncError(str(exc), reason="verifier") from None
    revoked = len({n for rl in trust.revocation_lists for n in rl.entries})
    _emit(args.json, {"out": str(out), "bytes": size, "stations": len(trust.certificates),
                      "revoked_cards": revoked},
          f"web verifier written to {out} ({size // 1024} KiB): {len(trust.certificates)} "
          f"stations, {revoked} revoked cards")
    return 0


def cmd_keys_upgrade(args: argparse.Namespace) -> int:
    import time

    shown = [0.0]

    def progress(done: int, total: int) -> None:  # stderr, about once a second
        now = time.monotonic()
        if now - shown[0] >= 1.0 or done == total:
            shown[0] = now
            print(f"records converted: {done} of {total}", file=sys.stderr, flush=True)

    session = _login(args, "stations")
    try:
        report = session.upgrade_record_keys(progress)
    finally:
        session.close()
    _emit(args.json, report,
          f"{report['records']} records converted ({report['values']} values, "
          f"{report['keys_made']} keys made); "
          + ("every value is under its record's keys" if report["complete"]
             else f"{report['remaining']} values still sealed the old way"
             + (f", {report['damaged']} of them do not decrypt" if report["damaged"] else "")
             + ": run it again"))
    return 0 if report["complete"] else 1


def cmd_keys_compact(args: argparse.Namespace) -> int:
    session = _login(args, "stations")
    try:
        done = session.compact_record_keys()
    finally:
        session.close()
    _emit(args.json, done, "record key table rewritten" + (f"; {done['note']}"
                                                           if done.get("note") else ""))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from sync.registry.server import serve
    from sync.registry.service import SERVICE_RENEW_WARNING_DAYS

    session = _login(args, "serve")
    try:
        status = session.registry.service_status()
        if status["service_days_left"] < SERVICE_RENEW_WARNING_DAYS:
            print(f"warning: {_service_line(status)}; stations refuse its signatures after "
                  "that: renew it with `registry root certify-service`", file=sys.stderr)
        serve(session.registry, args.host, args.port, cert=args.cert or None,
              key=args.key or None)
    finally:
        session.close()
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from sync.registry.bench import run_gallery_bench, run_import_bench

    server = args.db or os.environ.get("REGISTRY_BENCH_DB",
                                       "postgresql://postgres@127.0.0.1:5432/postgres")
    if args.stored > 0:
        figures = run_gallery_bench(server, stored=args.stored, records=args.records)
    else:
        if not 0 < args.records <= BATCH_ENROLMENTS:
            print(f"registry: --records must be between 1 and {BATCH_ENROLMENTS} (a batch "
                  "holds at most that many records; use --batches for more)", file=sys.stderr)
            return 2
        figures = run_import_bench(server, records=args.records, batches=args.batches,
                                   photos=args.photos)
    _emit(args.json, figures, "\n".join(f"{k}: {v}" for k, v in figures.items()))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except SyncError as exc:
        if args.json:
            _emit(True, exc.as_dict(), "")
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # the database or its driver: a clear line, never a traceback
        message = database_problem(exc)
        kind = "DatabaseError"
        if message is None:  # a bug or an outside failure: one line and a report, no traceback
            from sync.crash_log import plain_line, record_unexpected

            kind = "UnexpectedError"
            message = plain_line(exc, record_unexpected(exc, args.home))
        if args.json:
            _emit(True, {"error": kind, "message": message}, "")
        print(f"error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
