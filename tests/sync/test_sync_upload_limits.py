"""Uploads cannot exhaust the registry: oversized bodies are refused before they are read, a
body is spooled to a bounded temporary file while it is hashed, uploads are capped per station
and in total, and a slow body times out. Real `registry serve` and real uvicorn servers."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station.services.sync_service import sync_now
from sync.registry.server import MAX_BATCH_BYTES, UploadLimits
from tests.sync.conftest import ServerThread, free_port, wait_healthy

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MiB = 1024 * 1024


def _open_upload(port: int, station: str, length: int, first: bytes = b"",
                 timestamp: int | None = None) -> socket.socket:
    """A POST of a batch whose body is sent (or not) by the caller; junk signature."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=60)
    when = int(time.time()) if timestamp is None else timestamp
    head = (f"POST /v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Station: {station}\r\n"
            f"X-Timestamp: {when}\r\nX-Signature: AAAA\r\n"
            f"Content-Type: application/octet-stream\r\nContent-Length: {length}\r\n\r\n")
    sock.sendall(head.encode() + first)
    return sock


def _status(sock: socket.socket, timeout: float = 60.0) -> int:
    sock.settimeout(timeout)
    data = b""
    while b"\r\n" not in data:
        piece = sock.recv(4096)
        if not piece:
            break
        data += piece
    return int(data.split()[1])


def _memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak) of a process, in KiB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0])
    return values


@pytest.fixture
def serve_process(registry: Any, tmp_path: Path,
                  env_for_cli: dict[str, str]) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    registry.add_station("DAR", "01")
    port = free_port()
    with (tmp_path / "serve.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "sync.registry", "--home", str(registry.home.path), "serve",
             "--host", "127.0.0.1", "--port", str(port)],
            env=env_for_cli, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_healthy(f"http://127.0.0.1:{port}", process)
            yield process, port
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def _stream(port: int, size: int, results: list[int]) -> None:
    sock = _open_upload(port, "DAR-01", size)
    piece = bytes(MiB)
    try:
        for _ in range(size // MiB):
            sock.sendall(piece)
        results.append(_status(sock))
    finally:
        sock.close()


def test_oversized_and_junk_uploads_keep_the_registry_small(
        serve_process: tuple[subprocess.Popen[bytes], int]) -> None:
    """The attack of the issue (two 400 MiB uploads, guessed station, junk signature) is
    refused at once with 413; two junk-signed bodies at the size limit are spooled to disk and
    refused with 401; the server's memory stays within a few MiB."""
    process, port = serve_process
    before = _memory(process.pid)

    started = time.monotonic()
    for _ in range(2):
        sock = _open_upload(port, "DAR-01", 400 * MiB, b"x" * 1000)
        assert _status(sock) == 413
        sock.close()
    assert time.monotonic() - started < 20  # refused before any of the 400 MiB was sent

    size = MAX_BATCH_BYTES - MiB
    results: list[int] = []
    senders = [threading.Thread(target=_stream, args=(port, size, results)) for _ in range(2)]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join(timeout=300)
    assert results == [401, 401]
    after = _memory(process.pid)
    grown = (after["VmHWM"] - before["VmHWM"]) / 1024
    print(f"registry serve RSS {before['VmRSS'] / 1024:.0f} -> {after['VmRSS'] / 1024:.0f} MiB, "
          f"peak {before['VmHWM'] / 1024:.0f} -> {after['VmHWM'] / 1024:.0f} MiB "
          f"after 2 x 400 MiB refused and 2 x {size // MiB} MiB junk-signed uploads")
    assert grown < 40, f"the server's peak memory grew by {grown:.0f} MiB"


class LimitedServer(ServerThread):
    """The conftest's in-process uvicorn, with chosen upload limits."""

    def __init__(self, registry: Any, upload_limits: UploadLimits) -> None:
        super().__init__(registry)
        self.upload_limits = upload_limits

    def start(self) -> LimitedServer:
        import uvicorn

        from sync.registry.server import asgi_app

        config = uvicorn.Config(asgi_app(self.registry, self.upload_limits), host="127.0.0.1",
                                port=self.port, log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the registry server did not start")
            time.sleep(0.02)
        return self


def test_uploads_beyond_the_caps_are_told_to_wait(registry: Any, make_station: Any) -> None:
    a = make_station("DAR", "01")
    registry.add_station("ARU", "02")
    registry.add_station("KIG", "03")
    server = LimitedServer(registry, UploadLimits(per_station=1, total=2)).start()
    try:
        slow_a = _open_upload(server.port, "DAR-01", 1000, b"x" * 10)
        time.sleep(1.0)  # the handler holds DAR-01's slot once it has the headers
        second_a = _open_upload(server.port, "DAR-01", 1000, b"x" * 10)
        assert _status(second_a, 30) == 429
        second_a.close()
        slow_b = _open_upload(server.port, "ARU-02", 1000, b"x" * 10)
        time.sleep(1.0)
        third = _open_upload(server.port, "KIG-03", 1000, b"x" * 10)
        assert _status(third, 30) == 503
        third.close()
        for sock in (slow_a, slow_b):  # giving up frees the slots
            sock.close()
        time.sleep(1.0)
        a.enrol("Asha", "Afterwards")
        assert sync_now(a.station, a.actor, server.url, attempts=3,
                        backoff=0.5)["batches_sent"] == 1
    finally:
        server.stop()


def test_slow_body_times_out(registry: Any) -> None:
    registry.add_station("DAR", "01")
    server = LimitedServer(registry, UploadLimits(idle_seconds=1.0, body_base_seconds=2.0)
                           ).start()
    try:
        # a stale timestamp is refused from the headers, before any body is awaited
        stale = _open_upload(server.port, "DAR-01", 100_000, timestamp=int(time.time()) - 3600)
        assert _status(stale, 30) == 401
        stale.close()
        sock = _open_upload(server.port, "DAR-01", 100_000, b"x" * 100)
        started = time.monotonic()
        assert _status(sock, 30) == 408
        assert time.monotonic() - started < 20
        sock.close()
    finally:
        server.stop()
