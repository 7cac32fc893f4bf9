"""`registry serve`: FastAPI over uvicorn. Stations sign every request with their key.

Handlers are plain functions, so FastAPI runs them in its thread pool; imports are serialised
by the registry's lock. The face index is built before the first request (at start-up) and then
follows the other registry processes' imports (sync/registry/facefeed.py), so several processes
can serve behind a proxy.
"""

from __future__ import annotations

import asyncio
import hashlib
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from cards import CardError
from station.domain import limits
from sync.auth import check_request, timestamp_problem
from sync.client import BATCHES_PATH, TRUST_PATH
from sync.refusal import SUPERSEDABLE, Refusal
from sync.registry.importer import ImportResult, import_bytes
from sync.registry.service import Registry

# The largest batch a station seals (station/domain/limits.py: the 40 MiB record budget, one
# record past it, the card and case caps, the container): 64 MiB. Was 512 MiB.
MAX_BATCH_BYTES = limits.BATCH_BYTES
VERIFY_PATH = "/verify"  # the one-page card verifier (cards/web_verifier.py)


@dataclass(frozen=True)
class UploadLimits:
    """How much of the registry one upload, one station and everyone together may hold.

    Bodies go to a temporary file (in memory up to `spool_bytes`, then on disk) while they are
    hashed, so an upload costs at most `spool_bytes` of memory until its signature verifies."""

    max_bytes: int = MAX_BATCH_BYTES
    per_station: int = 2  # a station sends its batches one after another; 2 allows a retry
    total: int = 8  # uploads being received or imported at once, all stations together
    idle_seconds: float = 30.0  # longest wait for the next piece of a body
    # The whole body must arrive within base + size / min_rate: 64 MiB at 128 KiB/s is 9 min.
    body_base_seconds: float = 60.0
    min_rate: int = 128 * 1024  # bytes per second
    spool_bytes: int = 1024 * 1024
    in_memory: int = 2  # authenticated bodies read into memory for import at once


class _Slots:
    """Upload counters (touched only by the event loop's thread: no lock needed)."""

    def __init__(self, limits: UploadLimits) -> None:
        self.limits = limits
        self.total = 0
        self.by_station: dict[str, int] = {}

    def take(self, station_id: str) -> JSONResponse | None:
        if self.by_station.get(station_id, 0) >= self.limits.per_station:
            return JSONResponse({"detail": "this station is already sending "
                                 f"{self.limits.per_station} uploads; wait for them to end"},
                                status_code=429, headers={"Retry-After": "10"})
        if self.total >= self.limits.total:
            return JSONResponse({"detail": "the registry is receiving as many uploads as it "
                                 "takes at once; try again shortly"},
                                status_code=503, headers={"Retry-After": "10"})
        self.total += 1
        self.by_station[station_id] = self.by_station.get(station_id, 0) + 1
        return None

    def give_back(self, station_id: str) -> None:
        self.total -= 1
        left = self.by_station[station_id] - 1
        if left:
            self.by_station[station_id] = left
        else:
            del self.by_station[station_id]


@contextmanager
def _spool(limits: UploadLimits, home: Path) -> Iterator[IO[bytes]]:
    folder = home / "tmp"
    folder.mkdir(mode=0o700, exist_ok=True)
    with tempfile.SpooledTemporaryFile(max_size=limits.spool_bytes, mode="w+b",
                                     dir=str(folder)) as spooled:
        yield spooled


UNEXPECTED = "the registry met an unexpected problem with this request (noted in its error log)"


class OneLineErrors:
    """ASGI wrapper: an error no handler planned for answers 500 with a plain message, is
    written to the registry's error log as a sanitised report (type and stack, never the
    message or any value: they can quote a record), and prints one line, never a traceback."""

    def __init__(self, app: FastAPI, home: Path) -> None:
        self.app, self.home = app, home
        # Starlette answers an unhandled error itself (then re-raises it to us): make that
        # answer the plain JSON one.
        app.add_exception_handler(Exception, _unexpected_answer)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:  # ASGI
        started = False

        async def tracked_send(message: Any) -> None:
            nonlocal started
            started = started or message.get("type") == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked_send)
        except Exception as exc:
            from sync.crash_log import plain_line, record_unexpected

            print(f"registry: {plain_line(exc, record_unexpected(exc, self.home), 'a request')}",
                  file=sys.stderr, flush=True)
            if scope.get("type") != "http" or started:
                return
            answer = await _unexpected_answer(None, exc)
            await answer(scope, receive, send)


async def _unexpected_answer(_request: Any, _exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": UNEXPECTED}, status_code=500)


def create_app(registry: Registry, upload_limits: UploadLimits | None = None) -> FastAPI:
    upload_limits = upload_limits or UploadLimits()
    app = FastAPI(title="Enrolment registry", docs_url=None, redoc_url=None, openapi_url=None)
    registry.faces  # noqa: B018  (build the index now, not during the first upload)
    # Several processes may serve one database: follow what the others import (idempotent;
    # stopped by Registry.close).
    registry.start_face_listener()

    def known_station(request: Request) -> tuple[bytes, JSONResponse | None]:
        """The caller's public key, or the refusal for an unknown or revoked station."""
        station_id = request.headers.get("X-Station", "")
        known = registry.station_key(station_id) if station_id else None
        if known is None:
            return b"", JSONResponse({"detail": "unknown station"}, status_code=401)
        public, revoked = known
        if revoked:
            return b"", JSONResponse({"detail": "this station is revoked"}, status_code=403)
        return public, None

    def authenticate(request: Request, body: bytes) -> JSONResponse | None:
        public, refused = known_station(request)
        if refused is not None:
            return refused
        station_id = request.headers.get("X-Station", "")
        problem = check_request(public, station_id, request.method, request.url.path, body,
                                request.headers.get("X-Timestamp", ""),
                                request.headers.get("X-Signature", ""))
        return None if problem is None else JSONResponse({"detail": problem}, status_code=401)

    @app.get("/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    slots = _Slots(upload_limits)
    memory = asyncio.Semaphore(upload_limits.in_memory)

    @app.post(BATCHES_PATH)
    async def upload(request: Request) -> JSONResponse:
        # Who is calling and how much they send are checked before the body is read, so that
        # strangers cannot make the registry hold large uploads (FORMAT.md section 5).
        public, refused = known_station(request)
        if refused is not None:
            return refused
        declared = request.headers.get("Content-Length", "")
        if not (declared.isascii() and declared.isdigit()) or len(declared) > 15:
            return JSONResponse({"detail": "Content-Length is required"}, status_code=411)
        size = int(declared)
        if size > upload_limits.max_bytes:
            return JSONResponse({"detail": f"batch too large: a batch is at most "
                                 f"{upload_limits.max_bytes} bytes"}, status_code=413)
        stale = timestamp_problem(request.headers.get("X-Timestamp", ""))
        if stale is not None:
            return JSONResponse({"detail": stale}, status_code=401)
        station_id = request.headers["X-Station"]
        busy = slots.take(station_id)
        if busy is not None:
            return busy
        try:
            with _spool(upload_limits, registry.home.path) as spooled:
                problem, digest = await _receive(request, spooled, size, upload_limits)
                if problem is not None:
                    return problem
                fail = check_request(public, station_id, request.method, request.url.path,
                                     b"", request.headers.get("X-Timestamp", ""),
                                     request.headers.get("X-Signature", ""), body_sha256=digest)
                if fail is not None:
                    return JSONResponse({"detail": fail}, status_code=401)
                async with memory:
                    result = await run_in_threadpool(_import_spooled, registry, spooled,
                                                     station_id)
        finally:
            slots.give_back(station_id)
        if result.status == "rejected":
            return JSONResponse(await run_in_threadpool(_refusal_answer, registry, result,
                                                        digest), status_code=422)
        answer: dict[str, Any] = {
            "status": result.status, "imported": result.imported, "gaps": result.gaps,
            "acknowledgement": result.acknowledgement,
            "trust": await run_in_threadpool(registry.trust_update)}
        return JSONResponse(answer)

    @app.get(VERIFY_PATH)
    async def verify_page() -> Response:
        # The offline card verifier with the current trust list (all of it public: keys,
        # certificates, revoked card numbers); the page itself makes no request.
        try:
            page = await run_in_threadpool(_verifier_page, registry)
        except CardError as exc:
            return PlainTextResponse(str(exc), status_code=503)
        return HTMLResponse(page, headers={"Cache-Control": "no-store",
                                           "X-Content-Type-Options": "nosniff"})

    @app.get(TRUST_PATH)
    async def trust(request: Request) -> JSONResponse:
        refused = authenticate(request, b"")
        if refused is not None:
            return refused
        return JSONResponse(await run_in_threadpool(registry.trust_update))

    return app


async def _receive(request: Request, spooled: IO[bytes], size: int,
                   upload_limits: UploadLimits) -> tuple[JSONResponse | None, str]:
    """Copy the body into `spooled` and hash it: (None, hex SHA-256), or the refusal when it is
    slow, too long or cut short."""
    deadline = time.monotonic() + upload_limits.body_base_seconds + size / upload_limits.min_rate
    received = 0
    digest = hashlib.sha256()
    pieces = request.stream().__aiter__()
    while True:
        left = deadline - time.monotonic()
        try:
            chunk = await asyncio.wait_for(pieces.__anext__(),
                                           min(upload_limits.idle_seconds, max(left, 0.001)))
        except StopAsyncIteration:
            break
        except TimeoutError:
            return JSONResponse({"detail": "the batch arrived too slowly: upload timed out"},
                                status_code=408, headers={"Connection": "close"}), ""
        except ClientDisconnect:
            return JSONResponse({"detail": "the upload was cut short"}, status_code=400), ""
        received += len(chunk)
        if received > size:
            return JSONResponse({"detail": "body longer than declared"}, status_code=400,
                                headers={"Connection": "close"}), ""
        spooled.write(chunk)
        digest.update(chunk)
    if received != size:
        return JSONResponse({"detail": "body shorter than declared"}, status_code=400), ""
    return None, digest.hexdigest()


def _import_spooled(registry: Registry, spooled: IO[bytes], station_id: str) -> ImportResult:
    spooled.seek(0)
    return import_bytes(registry, spooled.read(), uploaded_by=station_id)


def _verifier_page(registry: Registry) -> str:
    from cards.web_verifier import verifier_page

    return verifier_page(registry.trust_bundle(), build=False)


def _refusal_answer(registry: Registry, result: ImportResult, digest: str) -> dict[str, Any]:
    """The 422 answer; for a refusal of the contents of an authentic batch, a signed refusal
    and a trust update, so the station can supersede the batch (FORMAT.md section 1)."""
    answer: dict[str, Any] = {"status": "rejected", "reason": result.reason,
                              "message": result.message}
    if result.reason in SUPERSEDABLE and result.sequence is not None:
        answer["refusal"] = Refusal.sign(
            registry.keys.service, station_id=result.station_id, sequence=result.sequence,
            batch_sha256=digest, reason=str(result.reason), message=result.message,
            refused_at=datetime.now(UTC).isoformat()).to_dict()
        answer["trust"] = registry.trust_update()
    return answer


def asgi_app(registry: Registry, upload_limits: UploadLimits | None = None) -> Any:
    """What `registry serve` runs: the API behind the one-line error wrapper."""
    return OneLineErrors(create_app(registry, upload_limits), registry.home.path)


def serve(registry: Registry, host: str, port: int, *, cert: str | None = None,
          key: str | None = None) -> None:
    import uvicorn

    from sync.registry.compaction import start_compactions

    thread, stop = start_compactions(registry)
    try:
        uvicorn.run(asgi_app(registry), host=host, port=port, ssl_certfile=cert,
                    ssl_keyfile=key, log_level="warning")
    finally:
        stop.set()
        thread.join(timeout=30)
