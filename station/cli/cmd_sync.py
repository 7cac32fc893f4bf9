"""`station sync`, `station export-batch`, `station import-ack` (acknowledgement or refusal
file), `station sync-status`, `station join-request` and `station join` (joining a registry
with the station's own key)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from station.cli.output import emit
from station.cli.session import logged_in
from station.errors import ValidationError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    sync = subparsers.add_parser("sync", parents=[common],
                                 help="send everything not yet acknowledged to the registry")
    sync.add_argument("--url", default="", help="registry URL (default: from configuration)")
    sync.add_argument("--ca", default="", help="CA certificate file of the registry's TLS")
    sync.add_argument("--attempts", type=int, default=6, help="tries per request")
    sync.set_defaults(handler=cmd_sync)

    export = subparsers.add_parser("export-batch", parents=[common],
                                   help="seal pending records into a batch file (removable media)")
    export.add_argument("--out", required=True, help="folder to write the batch file to")
    export.set_defaults(handler=cmd_export)

    ack = subparsers.add_parser(
        "import-ack", parents=[common],
        help="take the registry's acknowledgement or refusal file (removable media)",
        description="Take a file `registry import` wrote: an acknowledgement (*.ack.json) marks "
                    "its batch's records synced; a signed refusal (*.refusal.json) of a batch "
                    "refused for its contents replaces that batch: its records are pending "
                    "again, the message names what to correct, and the next export seals a "
                    "new batch of the same number (exit status 1, as a refusal during sync).")
    ack.add_argument("file")
    ack.set_defaults(handler=cmd_import_ack)

    status = subparsers.add_parser("sync-status", parents=[common],
                                   help="what is pending, sealed and acknowledged")
    status.set_defaults(handler=cmd_status)

    request = subparsers.add_parser(
        "join-request", parents=[common],
        help="write a request to join a registry (this station's public key only)",
        description="Write a join request for this station's own key (made at `station init`, "
                    "sealed in its store): carry it to the registry for `registry station add "
                    "--request FILE`, then install the bundle with `station join BUNDLE`.")
    request.add_argument("--out", required=True, help="join request file to write")
    request.set_defaults(handler=cmd_join_request)

    join = subparsers.add_parser("join", parents=[common],
                                 help="install the trust bundle from `registry station add`")
    join.add_argument("bundle")
    join.set_defaults(handler=cmd_join)


def cmd_sync(args: argparse.Namespace) -> int:
    from station.services.sync_service import sync_now

    def progress(stage: str, done: int, total: int) -> None:
        if not getattr(args, "json", False):
            print(f"{stage}: {done}/{total}", file=sys.stderr)

    if args.ca and not Path(args.ca).is_file():
        raise ValidationError("--ca: the certificate file does not exist", field="ca")
    with logged_in(args) as (station, actor):
        result = sync_now(station, actor, args.url or None, progress, attempts=args.attempts,
                          verify=args.ca or True)
    emit(args.json, result, f"sent {result['batches_sent']} batch(es), "
         f"{result['records_acknowledged']} record(s) acknowledged; "
         f"{result['pending']} pending")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from station.services.sync_service import export_batch

    with logged_in(args) as (station, actor):
        result = export_batch(station, actor, args.out)
    emit(args.json, result, f"wrote {result['batch']} ({result['records']} record(s), "
         f"{result['new_records']} new since the last export)"
         if result["batch"] else "nothing to export")
    return 0


def cmd_import_ack(args: argparse.Namespace) -> int:
    from station.services.sync_service import import_ack

    with logged_in(args) as (station, actor):
        result = import_ack(station, actor, args.file)
    emit(args.json, result, f"batch {result['sequence']} acknowledged: "
         f"{result['records_marked']} record(s) marked synced")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from station.services.sync_service import pending_summary

    with logged_in(args) as (station, _actor):
        result = pending_summary(station)
    emit(args.json, result)
    return 0


def cmd_join_request(args: argparse.Namespace) -> int:
    from station.services.trust import write_join_request

    with logged_in(args) as (station, actor):
        result = write_join_request(station, actor, args.out)
    emit(args.json, result, f"join request for station {result['station_id']} written to "
         f"{result['request']}; key {result['key_id']} (the registry shows the same key id)")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from station.services.trust import join_registry

    with logged_in(args) as (station, actor):
        result = join_registry(station, actor, args.bundle)
    emit(args.json, result, joined_text(result))
    return 0


def joined_text(result: dict[str, Any]) -> str:
    """What joining did, in plain words; says so when the bundle carried the private key."""
    text = (f"station {result['station_id']} joined the registry (root key "
            f"{result['root_key_id']}, station key {result['station_key_id']})")
    if result["held_private_key"]:
        text += ("\nthe bundle held this station's private key, now sealed in the store: "
                 "delete the bundle file")
    return text
