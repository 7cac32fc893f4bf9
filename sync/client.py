"""The station's HTTP client for the registry: signed requests, retry with back-off."""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable
from typing import Any

import httpx

from sync.auth import sign_request
from sync.errors import BatchRejected, SyncError, TransportError

BATCHES_PATH = "/v1/batches"
TRUST_PATH = "/v1/trust"
HEALTH_PATH = "/v1/health"


class RegistryClient:
    """Talks to `registry serve`. Network faults and 5xx answers are retried with growing
    pauses; a 4xx answer (rejected batch, refused station) is final and raised at once."""

    def __init__(self, url: str, station_id: str, signing_key: bytes, *, attempts: int = 6,
                 backoff: float = 0.5, max_pause: float = 10.0, timeout: float = 60.0,
                 verify: bool | str = True,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not url.startswith(("http://", "https://")):
            raise SyncError("the registry URL must start with http:// or https://",
                            reason="bad-url")
        self.url = url.rstrip("/")
        self.station_id = station_id
        self._key = signing_key
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_pause = max_pause
        self._sleep = sleep
        # A CA file (the registry's own certificate, or the deployment's CA) becomes a context.
        context = ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify
        self._http = httpx.Client(timeout=timeout, verify=context)

    def close(self) -> None:
        self._http.close()

    def upload_batch(self, data: bytes) -> dict[str, Any]:
        return self._call("POST", BATCHES_PATH, data)

    def trust_update(self) -> dict[str, Any]:
        return self._call("GET", TRUST_PATH, b"")

    def _call(self, method: str, path: str, body: bytes) -> dict[str, Any]:
        last = "no answer"
        for attempt in range(self.attempts):
            if attempt:
                pause = min(self.max_pause, self.backoff * 2 ** (attempt - 1))
                self._sleep(pause * random.uniform(0.8, 1.2))
            headers = sign_request(self._key, self.station_id, method, path, body)
            headers["Content-Type"] = "application/octet-stream"
            try:
                response = self._http.request(method, self.url + path, content=body,
                                              headers=headers)
            except httpx.TransportError as exc:
                last = f"cannot reach the registry ({type(exc).__name__})"
                continue
            if response.status_code >= 500 or response.status_code == 429:  # busy: later
                last = f"the registry failed (HTTP {response.status_code})"
                continue
            return self._answer(response)
        raise TransportError(f"{last}; gave up after {self.attempts} attempts; nothing was "
                             "lost, sync again later", reason="unreachable")

    @staticmethod
    def _answer(response: httpx.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        if response.status_code == 422:
            rejected = BatchRejected(str(data.get("message", "the registry rejected the batch")),
                                     reason=str(data.get("reason", "rejected")))
            rejected.answer = data
            raise rejected
        if response.status_code >= 400:
            raise SyncError(str(data.get("detail") or data.get("message")
                                or f"the registry refused the request (HTTP "
                                   f"{response.status_code})"), reason="refused")
        return data


def registry_reachable(url: str, *, timeout: float = 5.0, verify: bool | str = True) -> bool:
    """True when `registry serve` at `url` answers its health check (one short try)."""
    if not url.startswith(("http://", "https://")):
        return False
    context = ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify
    try:
        response = httpx.get(url.rstrip("/") + HEALTH_PATH, timeout=timeout, verify=context)
    except httpx.HTTPError:
        return False
    return response.status_code == 200
