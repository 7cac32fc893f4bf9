"""The `registry` command: set-up, stations, imports from removable media, status, review queue,
HTTP service and the import benchmark. The passphrase comes from REGISTRY_PASSPHRASE."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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
    add = station_sub.add_parser("add", parents=[common], help="certify a station, write bundle")
    add.add_argument("--site", required=True)
    add.add_argument("--station", required=True)
    add.add_argument("--out", required=True, help="trust bundle file to write")
    add.add_argument("--public-key", default="",
                     help="station's Ed25519 public key (base64url) to certify instead of "
                          "making a key for it")
    add.set_defaults(handler=cmd_station_add)
    revoke = station_sub.add_parser("revoke", parents=[common], help="revoke a station")
    revoke.add_argument("station_id")
    revoke.add_argument("--reason", default="revoked")
    revoke.set_defaults(handler=cmd_station_revoke)

    imp = sub.add_parser(
        "import", parents=[common], help="import batch files",
        description="Import batch files (from removable media). A rejected file is moved into "
                    "the registry's quarantine folder, so that it cannot be imported by mistake "
                    "later; the reason is printed and recorded.")
    imp.add_argument("files", nargs="+")
    imp.add_argument("--ack-dir", default="", help="where to write acknowledgements")
    imp.set_defaults(handler=cmd_import)

    status = sub.add_parser("status", parents=[common], help="counts, stations, gaps")
    status.set_defaults(handler=cmd_status)

    dups = sub.add_parser(
        "duplicates", parents=[common], help="open cross-site cases, and decisions on them",
        description="registry duplicates | registry duplicates decide CASE "
                    "same|different|more-info --reason TEXT [--by NAME]")
    dups.add_argument("words", nargs="*", metavar="decide CASE DECISION")
    dups.add_argument("--reason", default="", help="why (kept encrypted)")
    dups.add_argument("--by", default=os.environ.get("USER", ""), help="who decides")
    dups.set_defaults(handler=cmd_duplicates)

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
    bench.add_argument("--records", type=int, default=10_000)
    bench.add_argument("--batches", type=int, default=2)
    bench.add_argument("--photos", action="store_true", help="add a real portrait per record")
    bench.set_defaults(handler=cmd_bench)
    return parser


def _open(args: argparse.Namespace) -> Any:
    from sync.registry.home import RegistryHome
    from sync.registry.keys import passphrase_from_env
    from sync.registry.service import Registry

    return Registry.open(RegistryHome(args.home), passphrase_from_env())


def cmd_init(args: argparse.Namespace) -> int:
    from sync.registry.home import RegistryHome
    from sync.registry.keys import passphrase_from_env
    from sync.registry.service import Registry

    registry = Registry.init(RegistryHome(args.home), args.db, passphrase_from_env(), args.url)
    registry.close()
    data = {"home": str(registry.home.path), "root_key_id": registry.root.key_id.hex(),
            "recipient": registry.recipient_id}
    _emit(args.json, data, f"registry set up in {registry.home.path}")
    return 0


def cmd_station_add(args: argparse.Namespace) -> int:
    from sync.atomic import write_atomically
    from sync.encoding import b64d

    out = Path(args.out)
    if not out.parent.is_dir() or not os.access(out.parent, os.W_OK):
        raise SyncError("--out: the folder does not exist or cannot be written; nothing was "
                        "registered", reason="bad-output")
    station_id = f"{args.site.upper()}-{args.station.upper()}"
    registry = _open(args)
    try:
        public = b64d(args.public_key) if args.public_key else None
        bundle = registry.add_station(args.site, args.station, public_key=public)
        try:
            write_atomically(out, json.dumps(bundle, indent=2).encode())
        except OSError as exc:
            # The bundle may be the only copy of the station's key: without it, undo.
            registry.forget_station(station_id)
            raise SyncError(f"cannot write the trust bundle ({exc.strerror}); nothing was "
                            "registered", reason="bad-output") from None
    finally:
        registry.close()
    _emit(args.json, {"station_id": station_id, "bundle": args.out,
                      "holds_station_key": "station_key" in bundle},
          f"station {station_id} certified; trust bundle written to {args.out}"
          + (" (holds the station key: carry it like a smart card)"
             if "station_key" in bundle else ""))
    return 0


def cmd_station_revoke(args: argparse.Namespace) -> int:
    registry = _open(args)
    try:
        registry.revoke_station(args.station_id, args.reason)
    finally:
        registry.close()
    _emit(args.json, {"station_id": args.station_id, "revoked": True},
          f"station {args.station_id} revoked")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from sync.registry.importer import import_file

    registry = _open(args)
    results = []
    try:
        for name in args.files:
            results.append(import_file(registry, Path(name),
                                       Path(args.ack_dir) if args.ack_dir else None).to_dict())
    finally:
        registry.close()
    for result in results:
        result.pop("acknowledgement", None)
    rejected = any(r["status"] == "rejected" for r in results)
    lines = [f"{name}: {r['status']}" + (f" ({r['imported']} new records)"
                                         if r["status"] == "imported" else "")
             + (f": {r['message']}" if r["status"] == "rejected" else "")
             + (f"; missing batches {r['gaps']}" if r["gaps"] else "")
             for name, r in zip(args.files, results, strict=True)]
    _emit(args.json, results[0] if len(results) == 1 else results, "\n".join(lines))
    return 3 if rejected else 0


def cmd_status(args: argparse.Namespace) -> int:
    registry = _open(args)
    try:
        status = registry.status()
    finally:
        registry.close()
    text = [f"enrolments {status['enrolments']}, batches {status['batches']}, "
            f"rejected {status['rejected']}, open duplicates {status['open_duplicates']}"]
    text += [f"  {s['station_id']}: {s['enrolments']} records, last batch {s['last_sequence']}"
             + (f", missing {s['gaps']}" if s["gaps"] else "")
             + (" [revoked]" if s["revoked"] else "") for s in status["stations"]]
    _emit(args.json, status, "\n".join(text))
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    if args.words:
        return _decide(args)
    registry = _open(args)
    try:
        cases = registry.duplicates()
    finally:
        registry.close()
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
    registry = _open(args)
    try:
        decided = registry.decide_case(int(words[1]), words[2], args.reason, args.by)
    finally:
        registry.close()
    _emit(args.json, decided, f"case {decided['case']}: {decided['decision']} recorded")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from sync.registry.server import serve

    registry = _open(args)
    try:
        serve(registry, args.host, args.port, cert=args.cert or None, key=args.key or None)
    finally:
        registry.close()
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from sync.registry.bench import run_import_bench

    figures = run_import_bench(args.db or os.environ.get("REGISTRY_BENCH_DB",
                                                         "postgresql://postgres@127.0.0.1:5432/postgres"),
                               records=args.records, batches=args.batches, photos=args.photos)
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
