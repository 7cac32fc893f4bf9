"""Several registry processes on one PostgreSQL: each process's face index follows what the
others import, and the same person uploaded to two processes at the same moment still opens a
cross-site case (the check is serialised by an advisory lock)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from station.services.sync_service import seal_pending, sync_now
from sync.registry import importer
from sync.registry.facefeed import FaceListener
from sync.registry.home import RegistryHome
from sync.registry.importer import import_bytes
from sync.registry.service import Registry
from tests.conftest import PROJECT_ROOT
from tests.sync.conftest import REGISTRY_PASSPHRASE, StationUnderTest, free_port, wait_healthy

ROUNDS = 6


# People with several single-face photos that pass the station's hard quality checks (an
# officer may override the rest), in the order the rounds use them.
PEOPLE = ("barack_obama", "kit_harington", "alex_lacamoire", "joe_biden", "john_savage",
          "john_simm")


@pytest.fixture(scope="module")
def same_person_photos(faces_manifest: list[dict[str, str]]) -> list[tuple[str, str]]:
    """Two photos of one person, for each of PEOPLE."""
    files: dict[str, list[str]] = {}
    for row in faces_manifest:
        if row["kind"] == "single" and row["identities"] in PEOPLE:
            files.setdefault(row["identities"], []).append(row["file"])
    return [(files[person][0], files[person][1]) for person in PEOPLE
            if len(files.get(person, [])) >= 2]


def _read(faces_dir: Path, name: str) -> bytes:
    return (faces_dir / name).read_bytes()


class ServeProcess:
    """`registry serve` as a separate operating-system process (its own face index)."""

    def __init__(self, home: Path, env: dict[str, str], log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sync.registry", "--home", str(home), "serve",
             "--host", "127.0.0.1", "--port", str(self.port)],
            env=env, cwd=PROJECT_ROOT, stdout=self._log, stderr=subprocess.STDOUT)
        self.log = log

    def wait_healthy(self, timeout: float = 60.0) -> None:
        try:
            wait_healthy(self.url, self.process, timeout)
        except AssertionError as exc:
            raise AssertionError(f"{exc}: {self.log.read_text()[-2000:]}") from None

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self._log.close()


@pytest.fixture
def two_processes(registry: Registry, tmp_path: Path,
                  env_for_cli: dict[str, str]) -> Iterator[tuple[ServeProcess, ServeProcess]]:
    """Two `registry serve` processes on the registry's home and database."""
    env = dict(env_for_cli)  # a registry login, when one is required, goes here too
    made = [ServeProcess(registry.home.path, env, tmp_path / f"serve-{n}.log") for n in "AB"]
    try:
        for process in made:
            process.wait_healthy()
        yield made[0], made[1]
    finally:
        for process in made:
            process.stop()


def _biometric_pair(registry: Registry, first: str, second: str) -> list[dict[str, Any]]:
    return [c for c in registry.duplicates() if c["kind"] == "biometric"
            and {c["registration_number"], c["candidate"]} == {first, second}]


def _enrol_pair(a: StationUnderTest, b: StationUnderTest, photos: tuple[str, str],
                faces_dir: Path, index: int) -> tuple[str, str]:
    """The same face at both stations, under different names and birth dates (so only the
    biometric check can connect them)."""
    first = a.enrol(f"Asha{chr(97 + index)}", "Mwamba", "1990-05-01",
                    photo=_read(faces_dir, photos[0]))
    second = b.enrol(f"Rehema{chr(97 + index)}", "Juma", "1985-02-03",
                     photo=_read(faces_dir, photos[1]))
    return first, second


def _sync_at_once(uploads: list[tuple[StationUnderTest, str]]) -> list[dict[str, Any]]:
    """`sync_now` of each station to its URL, all released at the same moment by a barrier."""
    start = threading.Barrier(len(uploads))
    results: list[Any] = [None] * len(uploads)

    def upload(slot: int, station: StationUnderTest, url: str) -> None:
        start.wait()
        try:
            results[slot] = sync_now(station.station, station.actor, url)
        except BaseException as exc:  # reported in the test's thread
            results[slot] = exc

    threads = [threading.Thread(target=upload, args=(slot, station, url))
               for slot, (station, url) in enumerate(uploads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for result in results:
        assert isinstance(result, dict), repr(result)
    return results


def test_sync_same_person_to_two_processes_at_once_opens_a_case_every_time(
        registry: Registry, make_station: Any, two_processes: tuple[ServeProcess, ServeProcess],
        same_person_photos: list[tuple[str, str]], faces_dir: Path) -> None:
    """Round after round, two stations upload the same person to two registry processes at the
    same moment; each round opens a biometric cross-site case for that pair."""
    one, two = two_processes
    a, b = make_station("DAR", "01"), make_station("ARU", "02")
    assert len(same_person_photos) >= ROUNDS
    for index, photos in enumerate(same_person_photos[:ROUNDS]):
        first, second = _enrol_pair(a, b, photos, faces_dir, index)
        results = _sync_at_once([(a, one.url), (b, two.url)])
        assert [r["records_acknowledged"] for r in results] == [1, 1]
        assert len(_biometric_pair(registry, first, second)) == 1, f"round {index + 1}"


def test_sync_a_process_sees_what_another_imported(
        registry: Registry, make_station: Any, two_processes: tuple[ServeProcess, ServeProcess],
        same_person_photos: list[tuple[str, str]], faces_dir: Path) -> None:
    """A person imported through process A, then (not concurrently) through process B: B's
    index has caught up, so the biometric case is opened."""
    one, two = two_processes
    a, b = make_station("DAR", "01"), make_station("ARU", "02")
    first, second = _enrol_pair(a, b, same_person_photos[0], faces_dir, 0)
    assert sync_now(a.station, a.actor, one.url)["records_acknowledged"] == 1
    assert sync_now(b.station, b.actor, two.url)["records_acknowledged"] == 1
    assert len(_biometric_pair(registry, first, second)) == 1


@pytest.fixture
def second_registry(registry: Registry) -> Iterator[Registry]:
    """Another unlocked registry on the same home and database: a second process, in-process."""
    other = Registry.open(RegistryHome(registry.home.path), REGISTRY_PASSPHRASE)
    yield other
    other.close()


def test_sync_listener_follows_other_process_imports(
        registry: Registry, second_registry: Registry, make_station: Any,
        same_person_photos: list[tuple[str, str]], faces_dir: Path) -> None:
    """With polling out of the way, a NOTIFY alone brings another process's import into the
    index, without any import of its own."""
    a = make_station("DAR", "01")
    assert len(second_registry.faces.keys) == 0
    listener = FaceListener(second_registry, poll_seconds=3600)
    listener.start()
    try:
        assert listener.ready.wait(60)
        number = a.enrol("Asha", "Mwamba", photo=_read(faces_dir, same_person_photos[0][0]))
        assert import_bytes(registry, seal_pending(a.station, a.actor).path.read_bytes()
                            ).status == "imported"
        deadline = time.monotonic() + 60  # generous: a busy machine is slow, a bug never arrives
        while number not in second_registry.faces.keys and time.monotonic() < deadline:
            time.sleep(0.05)
        assert number in second_registry.faces.keys
        assert second_registry.faces_seq == registry.faces_seq > 0
    finally:
        listener.stop()


def test_sync_cross_site_check_is_serialised_between_processes(
        registry: Registry, second_registry: Registry, make_station: Any,
        same_person_photos: list[tuple[str, str]], faces_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two imports of the same person in two registries (no listener), the check held open for a
    while before commit: the second waits for the first's commit and finds it."""
    a, b = make_station("DAR", "01"), make_station("ARU", "02")
    first, second = _enrol_pair(a, b, same_person_photos[1], faces_dir, 0)
    batches = [seal_pending(s.station, s.actor).path.read_bytes() for s in (a, b)]
    registry.faces  # noqa: B018  (both indexes built before either import)
    second_registry.faces  # noqa: B018
    checked = importer._flag_duplicates

    def slow_check(*args: Any, **kwargs: Any) -> int:
        flagged = checked(*args, **kwargs)
        time.sleep(0.5)  # between the check and the commit: the window a race would use
        return flagged

    monkeypatch.setattr(importer, "_flag_duplicates", slow_check)
    start = threading.Barrier(2)
    results: list[Any] = []

    def run(target: Registry, data: bytes) -> None:
        start.wait()
        results.append(import_bytes(target, data))

    threads = [threading.Thread(target=run, args=(registry, batches[0])),
               threading.Thread(target=run, args=(second_registry, batches[1]))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(r.status for r in results) == ["imported", "imported"]
    assert sorted(r.duplicates for r in results) == [0, 1]
    assert len(_biometric_pair(registry, first, second)) == 1


def test_sync_listener_catches_up_a_missed_notice_after_reconnecting(
        registry: Registry, second_registry: Registry, make_station: Any,
        same_person_photos: list[tuple[str, str]], faces_dir: Path) -> None:
    """The listener's connection is cut; an import commits while nobody listens (its notice is
    lost); once reconnected, the listener catches up by the import sequence."""
    a = make_station("DAR", "01")
    number = a.enrol("Asha", "Mwamba", photo=_read(faces_dir, same_person_photos[0][0]))
    data = seal_pending(a.station, a.actor).path.read_bytes()
    second_registry.faces  # noqa: B018
    listener = FaceListener(second_registry, poll_seconds=3600, retry_seconds=3)
    listener.start()
    try:
        assert listener.ready.wait(60)
        with registry.engine.begin() as conn:
            cut = conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query LIKE 'LISTEN %'")).scalars().all()
        assert cut == [True]
        deadline = time.monotonic() + 60  # generous: a busy machine is slow, a bug never arrives
        while listener.ready.is_set() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not listener.ready.is_set()
        assert import_bytes(registry, data).status == "imported"
        assert listener.ready.wait(60)  # reconnected (after the commit, unless very slow)
        deadline = time.monotonic() + 60  # generous: a busy machine is slow, a bug never arrives
        while number not in second_registry.faces.keys and time.monotonic() < deadline:
            time.sleep(0.05)
        assert number in second_registry.faces.keys
    finally:
        listener.stop()
