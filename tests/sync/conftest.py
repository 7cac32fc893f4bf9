"""Real registries on fresh PostgreSQL databases, real stations on SQLite, a real uvicorn server."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

PASSPHRASE = "correct horse battery"
REGISTRY_PASSPHRASE = "registry passphrase 1"
REGISTRY_USER = "admin"  # the first admin of every test registry (REGISTRY_USER)
REGISTRY_PASSWORD = "registrypass1"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRY_PASSPHRASE", REGISTRY_PASSPHRASE)
    monkeypatch.setenv("REGISTRY_USER", REGISTRY_USER)
    monkeypatch.setenv("REGISTRY_PASSWORD", REGISTRY_PASSWORD)
    monkeypatch.setenv("REGISTRY_SCRYPT_N", "1024")
    monkeypatch.setenv("STATION_SCRYPT_N", "1024")


@pytest.fixture
def pg_url(postgres_url: str) -> str:
    """A fresh PostgreSQL database for a registry (the root conftest makes and drops it)."""
    return postgres_url


@pytest.fixture
def registry(tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """An initialised registry on PostgreSQL, its first admin REGISTRY_USER."""
    from sync.registry.home import RegistryHome
    from sync.registry.service import Registry

    monkeypatch.setenv("REGISTRY_PASSPHRASE", REGISTRY_PASSPHRASE)
    made = Registry.init(RegistryHome(tmp_path / "registry"), pg_url, REGISTRY_PASSPHRASE,
                         admin=(REGISTRY_USER, REGISTRY_PASSWORD))
    yield made
    made.close()


@dataclass
class StationUnderTest:
    station: Any
    actor: Any
    bundle: Path

    def enrol(self, given: str, family: str, birth: str = "1990-05-01", sex: str = "F",
              photo: bytes | None = None) -> str:
        from station.services.enrolment import PhotoInput, enrol
        from station.services.forms import EnrolmentForm

        form = EnrolmentForm(given_name=given, family_name=family, sex=sex, birth_date=birth,
                             nationality="COD", consent_purposes="all")
        picture = PhotoInput(photo, quality_override="test photo") if photo else None
        return enrol(self.station, self.actor, form, picture).registration_number


@pytest.fixture
def make_station(tmp_path: Path, registry: Any) -> Iterator[Callable[..., StationUnderTest]]:
    """Stations joined to `registry` with its bundle; closed at the end."""
    from station.services.context import init_station, login
    from station.services.home import StationHome
    from station.services.trust import install_trust

    made: list[Any] = []

    def factory(site: str = "DAR", code: str = "01") -> StationUnderTest:
        import json

        bundle = tmp_path / f"bundle-{site}-{code}.json"
        bundle.write_text(json.dumps(registry.add_station(site, code)))
        station = init_station(StationHome(tmp_path / f"station-{site}-{code}"), site, code,
                               PASSPHRASE, "admin", "adminpass1", scrypt_n=1024)
        made.append(station)
        install_trust(station, bundle)
        return StationUnderTest(station, login(station, "admin", "adminpass1"), bundle)

    yield factory
    for station in made:
        station.close()


def wait_healthy(url: str, process: Any, timeout: float = 60.0) -> None:
    """Until `registry serve` (a subprocess) answers /v1/health; fails if it exits first."""
    import subprocess

    import httpx

    assert isinstance(process, subprocess.Popen)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"registry serve exited with code {process.returncode}")
        try:
            if httpx.get(f"{url}/v1/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError("registry serve did not answer /v1/health in time")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerThread:
    """`registry serve` in a thread: a real uvicorn on 127.0.0.1, stoppable and restartable."""

    def __init__(self, registry: Any, port: int | None = None) -> None:
        self.registry = registry
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def start(self) -> ServerThread:
        import uvicorn

        from sync.registry.server import asgi_app

        config = uvicorn.Config(asgi_app(self.registry), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 60  # generous: a busy machine is slow, a bug never arrives
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the registry server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)


@pytest.fixture
def server(registry: Any) -> Iterator[ServerThread]:
    running = ServerThread(registry).start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def env_for_cli() -> dict[str, str]:
    return {**os.environ, "STATION_PASSPHRASE": PASSPHRASE, "STATION_USER": "admin",
            "STATION_PASSWORD": "adminpass1", "STATION_SCRYPT_N": "1024",
            "REGISTRY_PASSPHRASE": REGISTRY_PASSPHRASE, "REGISTRY_SCRYPT_N": "1024",
            "REGISTRY_USER": REGISTRY_USER, "REGISTRY_PASSWORD": REGISTRY_PASSWORD}
