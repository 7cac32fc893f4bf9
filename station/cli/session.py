"""Unlocking the station and identifying the operator for one command.

Secrets never come from the command line (they would land in shell history and `ps`):
the passphrase from STATION_PASSPHRASE or a prompt, the operator from STATION_USER /
STATION_PASSWORD or a prompt.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator

from station.errors import AuthError, LockedError
from station.services.context import Actor, Station, login, open_station
from station.services.home import StationHome


def secret(env_name: str, prompt: str) -> str:
    value = os.environ.get(env_name)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise AuthError(f"{prompt.rstrip(': ').lower()} needed: set {env_name} or run in a "
                        "terminal")
    return getpass.getpass(prompt)


def username(env_name: str = "STATION_USER") -> str:
    value = os.environ.get(env_name)
    if value:
        return value
    if not sys.stdin.isatty():
        raise AuthError(f"operator user name needed: set {env_name}")
    return input("User name: ").strip()


def home_of(args: argparse.Namespace) -> StationHome:
    return StationHome(args.home)


def unlock(args: argparse.Namespace) -> Station:
    home = home_of(args)
    if not home.is_initialised():
        raise LockedError(f"no station is set up in {home.path}: run `station init`")
    station = open_station(home, secret("STATION_PASSPHRASE", "Station passphrase: "))
    for warning in station.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return station


def unlock_and_login(args: argparse.Namespace) -> tuple[Station, Actor]:
    station = unlock(args)
    try:
        actor = login(station, username(), secret("STATION_PASSWORD", "Password: "))
    except BaseException:
        station.close()
        raise
    return station, actor


@contextlib.contextmanager
def logged_in(args: argparse.Namespace) -> Iterator[tuple[Station, Actor]]:
    """Unlock, log the operator in, and close the store whatever happens."""
    station, actor = unlock_and_login(args)
    try:
        yield station, actor
    finally:
        station.close()
