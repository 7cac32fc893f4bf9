"""The one-page web verifier: the built HTML page with a trust list put inside it.

The page itself is JavaScript built from `cards/verifier_web/` (npm packages pinned by its
package-lock.json, bundled by esbuild into one HTML file: `make verifier`, or `build_template()`
here). This module reads that built template, puts the trust list (root key, station
certificates, revocation lists) and the date of export into it, and writes `verify.html`: one
self-contained file that checks cards with no server and no network, from a phone, a USB stick
or the registry's `/verify`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cards.errors import CardError
from cards.trust import TrustBundle

SOURCE_DIR = Path(__file__).resolve().parent / "verifier_web"
TEMPLATE_PATH = SOURCE_DIR / "dist" / "verify.template.html"
TRUST_PLACEHOLDER = "__TRUST_LIST__"
EXPORT_FORMAT = "enrolment-station/verifier-trust/v1"
BUILD_TIMEOUT_S = 300


def _sources() -> list[Path]:
    files = [SOURCE_DIR / name for name in ("build.mjs", "package.json", "package-lock.json")]
    return files + sorted((SOURCE_DIR / "src").glob("*"))


def template_is_current() -> bool:
    """True when the built template exists and is newer than every source file."""
    if not TEMPLATE_PATH.is_file():
        return False
    built = TEMPLATE_PATH.stat().st_mtime
    return all(not path.is_file() or path.stat().st_mtime <= built for path in _sources())


def build_template(*, force: bool = False) -> Path:
    """Build the page template with npm and node (`npm ci`, then `node build.mjs`)."""
    if not force and template_is_current():
        return TEMPLATE_PATH
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        raise CardError("the web verifier page is not built and Node.js is not installed: "
                        "install nodejs and npm, then run `make verifier`", field="verifier")
    lock = SOURCE_DIR / "package-lock.json"
    installed = SOURCE_DIR / "node_modules" / ".package-lock.json"
    steps = [[node, "build.mjs"]]
    if not installed.is_file() or installed.stat().st_mtime < lock.stat().st_mtime:
        steps.insert(0, [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"])
    for step in steps:
        try:
            done = subprocess.run(step, cwd=SOURCE_DIR, capture_output=True, text=True,
                                  timeout=BUILD_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise CardError(f"building the web verifier failed ({type(exc).__name__})",
                            field="verifier") from None
        if done.returncode != 0:
            last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
            raise CardError(f"building the web verifier failed at `{Path(step[0]).name} "
                            f"{' '.join(step[1:2])}`: {last[0][:200]}", field="verifier")
    if not TEMPLATE_PATH.is_file():
        raise CardError("the web verifier build wrote no page", field="verifier")
    return TEMPLATE_PATH


def page_template(*, build: bool = True) -> str:
    """The built template; with `build`, built first when missing or older than its sources
    and Node.js is installed (an existing build is used as it is when Node.js is not)."""
    if build and not template_is_current() and (not TEMPLATE_PATH.is_file()
                                                or shutil.which("node")):
        build_template()
    if not TEMPLATE_PATH.is_file():
        raise CardError("the web verifier page is not built: run `make verifier` (needs "
                        "Node.js)", field="verifier")
    text = TEMPLATE_PATH.read_text(encoding="utf-8")
    if text.count(TRUST_PLACEHOLDER) != 1:
        raise CardError("the web verifier template has no place for the trust list",
                        field="verifier")
    return text


def trust_json(trust: TrustBundle, exported_at: datetime) -> dict[str, Any]:
    """What the page embeds: the trust bundle and when it was exported."""
    return {"format": EXPORT_FORMAT, "exported_at": exported_at.isoformat(timespec="seconds"),
            # Whole, station revocations included (v3): the page dates a revoked station's
            # cards by them (cards/FORMAT.md 3.4, section 4 step 6), as cards/verify.py does.
            "bundle": trust.to_dict()}


def _script_safe(data: dict[str, Any]) -> str:
    """JSON that cannot end the <script> element it sits in (no <, > or & left as is)."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def verifier_page(trust: TrustBundle, exported_at: datetime | None = None, *,
                  build: bool = True) -> str:
    """The page's HTML with `trust` embedded (dated `exported_at`, by default now)."""
    when = exported_at or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    embedded = _script_safe(trust_json(trust, when))
    return page_template(build=build).replace(TRUST_PLACEHOLDER, embedded)


def write_verifier_page(path: str | os.PathLike[str], trust: TrustBundle,
                        exported_at: datetime | None = None) -> int:
    """Write the page atomically (temporary file, then rename); returns its size in bytes."""
    target = Path(path)
    data = verifier_page(trust, exported_at).encode("utf-8")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".verify-", suffix=".html", dir=target.parent)
    except OSError as exc:
        raise CardError(f"cannot write the verifier page ({exc.strerror})",
                        field="out") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CardError(f"cannot write the verifier page ({exc.strerror})",
                        field="out") from None
    return len(data)
