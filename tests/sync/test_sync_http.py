"""Sync over HTTP against a real uvicorn server: acknowledgement, retry, refusal."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

from station.errors import StationError
from station.services.sync_service import pending_summary, seal_pending, sync_now
from sync.client import BATCHES_PATH
from tests.sync.conftest import ServerThread


def test_sync_over_http_marks_records_acknowledged(registry: Any, make_station: Any,
                                                  server: ServerThread) -> None:
    """`sync_now` sends pending records, verifies the signed ack and marks them synced."""
    a = make_station()
    for name in ("Asha", "Baraka", "Chausiku"):
        a.enrol(name, "Http")
    steps: list[tuple[str, int, int]] = []
    result = sync_now(a.station, a.actor, server.url, lambda *step: steps.append(step))
    assert result["batches_sent"] == 1 and result["records_acknowledged"] == 3
    assert result["pending"] == 0 and result["awaiting_ack"] == 0 and result["acknowledged"] == 3
    assert ("upload", 1, 1) in steps
    assert registry.status()["enrolments"] == 3
    assert result["trust"]["certificates"] >= 1


def test_sync_registry_down_then_retry(registry: Any, make_station: Any) -> None:
    """With the registry down, sync retries with back-off and succeeds once it is back."""
    a = make_station()
    a.enrol("Asha", "Retry")
    server = ServerThread(registry)
    restart = threading.Timer(1.0, server.start)
    restart.start()
    try:
        result = sync_now(a.station, a.actor, server.url, attempts=8, backoff=0.3)
    finally:
        restart.join()
        server.stop()
    assert result["acknowledged"] == 1 and registry.status()["enrolments"] == 1


def test_sync_gives_up_and_resends_same_batch(registry: Any, make_station: Any) -> None:
    """When the registry stays down the sealed batch waits; the next sync re-sends it unchanged."""
    a = make_station()
    a.enrol("Asha", "Resend")
    server = ServerThread(registry)
    with pytest.raises(StationError, match="cannot reach the registry"):
        sync_now(a.station, a.actor, server.url, attempts=2, backoff=0.05)
    waiting = pending_summary(a.station)
    assert waiting["batches_awaiting_ack"] == [1] and waiting["awaiting_ack"] == 1
    a.enrol("Baraka", "Resend")
    server.start()
    try:
        result = sync_now(a.station, a.actor, server.url)
    finally:
        server.stop()
    assert result["batches_sent"] == 2 and result["acknowledged"] == 2
    assert registry.status()["stations"][0]["last_sequence"] == 2


def test_sync_server_stopped_mid_upload_then_retry(registry: Any, make_station: Any) -> None:
    """The server stops between two batches of one sync; the retry completes, nothing doubled."""
    a = make_station()
    server = ServerThread(registry).start()
    for i in range(3):
        a.enrol("Person" + chr(97 + i), "Cut")
        seal_pending(a.station, a.actor)

    restarts: list[threading.Timer] = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "upload" and done == 1 and total == 3 and not restarts:
            server.stop()
            restarts.append(threading.Timer(0.8, server.start))
            restarts[0].start()

    try:
        result = sync_now(a.station, a.actor, server.url, progress, attempts=8, backoff=0.3)
    finally:
        for restart in restarts:
            restart.join()  # the server is up again before it is stopped for good
        server.stop()
    assert len(restarts) == 1  # the connection was cut once, mid-sync
    assert result["batches_sent"] == 3 and result["acknowledged"] == 3
    assert registry.status()["enrolments"] == 3 and registry.status()["batches"] == 3


def test_sync_unsigned_request_refused(server: ServerThread) -> None:
    """An upload without a station signature is refused with 401 and imports nothing."""
    response = httpx.post(server.url + BATCHES_PATH, content=b"not a batch",
                          headers={"X-Station": "DAR-01"})
    assert response.status_code == 401
    assert server.registry.status()["batches"] == 0


def test_sync_station_cannot_upload_another_stations_batch(registry: Any, make_station: Any,
                                                          server: ServerThread) -> None:
    """An authenticated station delivering a batch sealed by another station is refused, so
    it never receives that station's acknowledgement."""
    from sync.client import RegistryClient
    from sync.errors import BatchRejected

    a, b = make_station("DAR", "01"), make_station("ARU", "02")
    a.enrol("Asha", "Courier")
    data = seal_pending(a.station, a.actor).path.read_bytes()
    from station.services.trust import signing_key

    client = RegistryClient(server.url, "ARU-02", signing_key(b.station), attempts=1)
    try:
        with pytest.raises(BatchRejected, match="own batches"):
            client.upload_batch(data)
    finally:
        client.close()
    assert registry.status()["enrolments"] == 0


def test_sync_upload_from_unknown_station_is_refused_before_reading(server: ServerThread
                                                                    ) -> None:
    """A stranger's upload is refused from its headers, whatever it declares to send."""
    response = httpx.post(server.url + BATCHES_PATH, content=b"x" * 1000,
                          headers={"X-Station": "ZZZ-9", "X-Timestamp": "0",
                                   "X-Signature": "AA"})
    assert response.status_code == 401


def _self_signed(folder: Any) -> tuple[str, str]:
    """A certificate for 127.0.0.1 and its key, as PEM files."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "registry.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


def test_sync_over_tls_with_the_registry_certificate(registry: Any, make_station: Any,
                                                     tmp_path: Any) -> None:
    """With TLS the station syncs when it trusts the registry's certificate, and refuses an
    unknown one (nothing marked synced)."""
    import uvicorn

    from sync.registry.server import create_app
    from tests.sync.conftest import free_port

    cert, key = _self_signed(tmp_path)
    port = free_port()
    config = uvicorn.Config(create_app(registry), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="off", ssl_certfile=cert,
                            ssl_keyfile=key)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60  # generous: a busy machine is slow, a bug never arrives
    while not server.started:
        assert time.monotonic() < deadline, "the TLS registry did not start"
        time.sleep(0.02)
    try:
        a = make_station()
        a.enrol("Asha", "Tls")
        url = f"https://127.0.0.1:{port}"
        with pytest.raises(StationError):
            sync_now(a.station, a.actor, url, attempts=1)  # certificate not trusted
        assert pending_summary(a.station)["acknowledged"] == 0
        result = sync_now(a.station, a.actor, url, attempts=1, verify=cert)
        assert result["acknowledged"] == 1
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_sync_absurd_timestamp_is_refused_not_a_crash(make_station: Any,
                                                       server: ServerThread) -> None:
    """A 400-digit X-Timestamp from a known station: 401 'bad timestamp', not a 500."""
    a = make_station()
    response = httpx.get(server.url + "/v1/trust",
                         headers={"X-Station": a.station.code.station_id,
                                  "X-Timestamp": "9" * 400, "X-Signature": "AAAA"})
    assert response.status_code == 401
    assert response.json()["detail"] == "bad timestamp"


def test_unplanned_server_error_is_one_line_and_a_clean_report(
        tmp_path: Any, capfd: pytest.CaptureFixture[str]) -> None:
    """Whatever a handler did not plan for: 500 with a plain message, one line on stderr, a
    report in the home's error log with the type and place, never the quoted value."""
    import uvicorn
    from fastapi import FastAPI

    from sync.registry.server import OneLineErrors
    from tests.sync.conftest import free_port

    app = FastAPI()

    @app.get("/boom")
    def boom() -> None:
        int("Amani Kabila")  # a third-party error that quotes the data it choked on

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(OneLineErrors(app, tmp_path), host="127.0.0.1",
                                           port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60  # generous: a busy machine is slow, a bug never arrives
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        response = httpx.get(f"http://127.0.0.1:{port}/boom")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert response.status_code == 500
    assert "unexpected problem" in response.json()["detail"]
    assert "Amani" not in response.text
    errors = capfd.readouterr().err
    assert "Traceback" not in errors and "Amani" not in errors
    assert [line for line in errors.splitlines() if line.startswith("registry:")] == [
        line for line in errors.splitlines() if line.strip()]
    report = (tmp_path / "logs" / "errors.log").read_text()
    assert "ValueError" in report and "in boom" in report and "Amani" not in report
