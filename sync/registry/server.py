"""`registry serve`: FastAPI over uvicorn. Stations sign every request with their key.

Handlers are plain functions, so FastAPI runs them in its thread pool; imports are serialised
by the registry's lock. The face index is built before the first request (at start-up) and then
follows the other registry processes' imports (sync/registry/facefeed.py), so several processes
can serve behind a proxy.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from sync.auth import check_request
from sync.client import BATCHES_PATH, TRUST_PATH
from sync.registry.importer import import_bytes
from sync.registry.service import Registry

MAX_BATCH_BYTES = 512 * 1024 * 1024
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


def create_app(registry: Registry) -> FastAPI:
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

    @app.post(BATCHES_PATH)
    async def upload(request: Request) -> JSONResponse:
        # Who is calling and how much they send are checked before the body is read, so that
        # strangers cannot make the registry hold large uploads in memory.
        _public, refused = known_station(request)
        if refused is not None:
            return refused
        declared = request.headers.get("Content-Length", "")
        if not declared.isdigit():
            return JSONResponse({"detail": "Content-Length is required"}, status_code=411)
        if int(declared) > MAX_BATCH_BYTES:
            return JSONResponse({"detail": "batch too large"}, status_code=413)
        chunks, received = [], 0
        async for chunk in request.stream():
            received += len(chunk)
            if received > int(declared):
                return JSONResponse({"detail": "body longer than declared"}, status_code=400)
            chunks.append(chunk)
        body = b"".join(chunks)
        refused = authenticate(request, body)
        if refused is not None:
            return refused
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(
            lambda: import_bytes(registry, body, uploaded_by=request.headers["X-Station"]))
        if result.status == "rejected":
            return JSONResponse({"status": "rejected", "reason": result.reason,
                                 "message": result.message}, status_code=422)
        answer: dict[str, Any] = {
            "status": result.status, "imported": result.imported, "gaps": result.gaps,
            "acknowledgement": result.acknowledgement,
            "trust": await run_in_threadpool(registry.trust_update)}
        return JSONResponse(answer)

    @app.get(TRUST_PATH)
    async def trust(request: Request) -> JSONResponse:
        refused = authenticate(request, b"")
        if refused is not None:
            return refused
        from starlette.concurrency import run_in_threadpool

        return JSONResponse(await run_in_threadpool(registry.trust_update))

    return app


def asgi_app(registry: Registry) -> Any:
    """What `registry serve` runs: the API behind the one-line error wrapper."""
    return OneLineErrors(create_app(registry), registry.home.path)


def serve(registry: Registry, host: str, port: int, *, cert: str | None = None,
          key: str | None = None) -> None:
    import uvicorn

    uvicorn.run(asgi_app(registry), host=host, port=port, ssl_certfile=cert,
                ssl_keyfile=key, log_level="warning")
