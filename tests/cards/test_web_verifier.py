"""The one-page web verifier in a real headless Chromium (Debian's `chromium`, driven over the
DevTools protocol on a pipe): a rendered card shown to the fake camera, photos of cards given to
the file input, verdicts read back from the page. One browser for the whole module."""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import base45
import cbor2
import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest

from cards import (
    CardRecord,
    RevocationList,
    RootKey,
    ServiceCertificate,
    ServiceKey,
    StationKey,
    TrustBundle,
    render_card_pdf,
)
from cards.certificates import StationCertificate, StationRevocation
from cards.claim169 import decode_claim169, encode_claim169
from cards.payload import encode_payload_v1
from cards.qr import fits_card_qr
from cards.record import add_years
from cards.web_verifier import (
    TRUST_PLACEHOLDER,
    build_template,
    trust_json,
    verifier_page,
    write_verifier_page,
)
from station.domain.regno import check_letters

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None or shutil.which("node") is None,
                                reason="needs Debian's chromium and Node.js (make system-packages)")
TODAY = date.today()
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}


def _number(body: str) -> str:
    return f"{body}-{check_letters(body)}"


SEQUENCES = {"genuine": ("DAR-01", 123), "expired": ("DAR-01", 124), "revoked": ("DAR-01", 125),
             "unknown": ("OTH-09", 1), "foreign": ("OTH-09", 2),
             "before-closing": ("DAR-02", 1), "after-closing": ("DAR-02", 2)}
NUMBERS = {name: _number(f"C-{station}-{seq:06d}") for name, (station, seq) in SEQUENCES.items()}
REGISTRATIONS = {name: _number(f"{station}-{seq:06d}")
                 for name, (station, seq) in SEQUENCES.items()}


class DevTools:
    """Chromium over --remote-debugging-pipe: NUL-separated JSON on file descriptors 3 and 4."""

    def __init__(self, args: list[str]) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire() -> None:  # in the child: our pipe ends become its fds 3 and 4
            a = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.process = subprocess.Popen([*args, "--remote-debugging-pipe"], pass_fds=(3, 4),
                                        preexec_fn=wire, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._next = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self._ready = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        self.session = ""

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._from_browser, 1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                message = json.loads(raw)
                with self._ready:
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.events.append(message)
                    self._ready.notify_all()

    def send(self, method: str, params: dict[str, Any] | None = None, *,
             session: bool = True, timeout: float = 20) -> dict[str, Any]:
        self._next += 1
        ident = self._next
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        with self._ready:
            if not self._ready.wait_for(lambda: ident in self._replies, timeout):
                raise TimeoutError(method)
            reply = self._replies.pop(ident)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def attach(self) -> None:
        pages = [t for t in self.send("Target.getTargets", session=False)["targetInfos"]
                 if t["type"] == "page"]
        target = pages[0]["targetId"] if pages else self.send(
            "Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "DOM"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", PHONE)

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(json.dumps(result["exceptionDetails"])[:500])
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15) -> Any:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(expression)

    def open(self, url: str) -> None:
        self.send("Page.navigate", {"url": url})
        self.wait_for("document.readyState === 'complete' && document.body.dataset.ready === '1'")

    def set_file(self, selector: str, path: Path) -> None:
        root = self.send("DOM.getDocument")["root"]["nodeId"]
        node = self.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        self.send("DOM.setFileInputFiles", {"nodeId": node, "files": [str(path)]})

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.send("Browser.close", session=False, timeout=5)
            self.process.wait(timeout=10)
        except (TimeoutError, RuntimeError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)


# ---- cards, photos and camera frames ---------------------------------------------------------

def _card_image(record: CardRecord, key: StationKey, folder: Path, name: str) -> np.ndarray:
    """The back of the card (where the QR is), rendered by the station's code, at 300 dpi (BGR)."""
    pdf = folder / f"{name}.pdf"
    render_card_pdf(record, key, pdf, sides=("back",))
    document = pdfium.PdfDocument(str(pdf))
    try:
        image = document[0].render(scale=300 / 72).to_pil().convert("RGB")
    finally:
        document.close()
    return cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR)


def _on_desk(card: np.ndarray, width: int, height: int, angle: float) -> np.ndarray:
    """The card, slightly turned, on a grey desk with uneven light: what a camera sees."""
    scale = min(width * 0.9 / card.shape[1], height * 0.9 / card.shape[0])
    h, w = card.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    matrix[0, 2] += width / 2 - w / 2
    matrix[1, 2] += height / 2 - h / 2
    scene = cv2.warpAffine(card, matrix, (width, height), borderValue=(105, 110, 118))
    light = np.linspace(0.85, 1.05, width)[None, :, None]
    noise = np.random.default_rng(7).normal(0, 3, scene.shape)
    return np.clip(scene * light + noise, 0, 255).astype(np.uint8)


def _write_y4m(frame: np.ndarray, path: Path, frames: int = 3) -> None:
    """A few identical 4:2:0 frames for Chromium's fake camera (which plays them in a loop)."""
    h, w = frame.shape[:2]
    planes = cv2.cvtColor(frame, cv2.COLOR_BGR2YUV_I420).tobytes()
    with path.open("wb") as out:
        out.write(f"YUV4MPEG2 W{w} H{h} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(frames):
            out.write(b"FRAME\n" + planes)


def _forged_payload(record: CardRecord, key: StationKey) -> Callable[..., bytes]:
    """A genuine QR text whose name was changed afterwards (the signature kept)."""
    signed = decode_claim169(encode_claim169(record, key, fits_card_qr))
    claims = cbor2.loads(signed.payload)
    claims[169][4] = "Someone Else"
    cose = cbor2.dumps(cbor2.CBORTag(18, [signed.protected, {}, cbor2.dumps(claims),
                                          signed.signature]))
    text = base45.b45encode(zlib.compress(cose, 9))
    return lambda *_args, **_kw: bytes(text)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, make_record: Callable[..., CardRecord],
          monkeypatch_module: pytest.MonkeyPatch) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("web-verifier")
    root, station, stranger = RootKey.generate(), StationKey.generate(), StationKey.generate()
    trust = TrustBundle.self_issued(station, "DAR-01", "Dar es Salaam", root=root,
                                    valid_from=TODAY - timedelta(days=400), years=5)
    # A second station, revoked ten days ago: its older cards stay valid, newer ones do not.
    closed = StationKey.generate()
    trust.add_certificate(StationCertificate.issue(
        # A site name beyond ASCII: the page rebuilds the canonical JSON the root signed.
        root, station_id="DAR-02", site="Nyarugusu – Kigoma, Ngʼambo é 😀\x7f",
        public_key=closed.public_bytes,
        valid_from=TODAY - timedelta(days=400), valid_to=TODAY + timedelta(days=1400)))
    trust.add_station_revocation(StationRevocation.issue(
        root, station_id="DAR-02", key_id=closed.key_id, revoked_on=TODAY - timedelta(days=10)))
    revoked_on = TODAY - timedelta(days=3)
    trust.add_revocation_list(RevocationList({NUMBERS["revoked"]: revoked_on})
                              .sign(root, revoked_on))
    issued = TODAY - timedelta(days=30)
    genuine = make_record(card_number=NUMBERS["genuine"],
                          registration_number=REGISTRATIONS["genuine"], issue_date=issued,
                          expiry_date=add_years(issued, 2), birth_date="1985-07-14",
                          nationality="BDI", sex="F")
    old = TODAY - timedelta(days=3 * 365)

    def numbered(name: str, **changes: Any) -> CardRecord:
        return replace(genuine, card_number=NUMBERS[name],
                       registration_number=REGISTRATIONS[name], **changes)

    records = {
        "genuine": (genuine, station),
        "expired": (numbered("expired", issue_date=old, expiry_date=add_years(old, 2)),
                    station),
        "revoked": (numbered("revoked"), station),
        "unknown": (numbered("unknown"), stranger),
        # Another station's numbers signed by this one: a re-signed card.
        "foreign": (numbered("foreign"), station),
        "before-closing": (numbered("before-closing", issue_date=TODAY - timedelta(days=20),
                                    expiry_date=add_years(TODAY - timedelta(days=20), 2)),
                           closed),
        "after-closing": (numbered("after-closing", issue_date=TODAY - timedelta(days=5),
                                   expiry_date=add_years(TODAY - timedelta(days=5), 2)), closed),
    }
    images = {name: _card_image(record, key, folder, name)
              for name, (record, key) in records.items()}
    import cards.art

    monkeypatch_module.setattr(cards.art, "encode_payload", _forged_payload(genuine, station))
    images["forged"] = _card_image(genuine, station, folder, "forged")
    # A card issued before Claim 169: version 1 (binary CBOR in byte mode).
    monkeypatch_module.setattr(cards.art, "encode_payload", encode_payload_v1)
    images["version-1"] = _card_image(genuine, station, folder, "version-1")
    monkeypatch_module.undo()
    photos = {}
    for index, (name, image) in enumerate(images.items()):
        photos[name] = folder / f"{name}.jpg"
        cv2.imwrite(str(photos[name]), _on_desk(image, 2000, 1500, angle=4 - 2 * index),
                    [cv2.IMWRITE_JPEG_QUALITY, 88])
    # A 12-megapixel phone photo: the card seen at an angle, a little out of focus.
    phone = _on_desk(images["genuine"], 4032, 3024, angle=8)
    corners = np.float32([[0, 0], [4032, 0], [4032, 3024], [0, 3024]])
    tilted = np.float32([[350, 200], [3800, 0], [4032, 3024], [0, 2800]])
    phone = cv2.warpPerspective(phone, cv2.getPerspectiveTransform(corners, tilted),
                                (4032, 3024), borderValue=(90, 95, 100))
    photos["phone"] = folder / "phone.jpg"
    cv2.imwrite(str(photos["phone"]), cv2.GaussianBlur(phone, (7, 7), 0),
                [cv2.IMWRITE_JPEG_QUALITY, 85])
    camera = folder / "card.y4m"
    _write_y4m(_on_desk(images["genuine"], 1280, 720, angle=-3), camera)
    page = folder / "verify.html"
    exported = datetime.now(UTC) - timedelta(hours=2)
    size = write_verifier_page(page, trust, exported_at=exported)
    return {"folder": folder, "root": root, "station": station, "trust": trust,
            "photos": photos, "camera": camera, "page": page, "size": size,
            "exported": exported, "genuine": genuine}


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    patch = pytest.MonkeyPatch()
    yield patch
    patch.undo()


@pytest.fixture(scope="module")
def browser(world: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[DevTools]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    assert CHROMIUM is not None
    tools = DevTools([
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--no-default-browser-check", "--disable-dev-shm-usage", "--mute-audio",
        "--disable-background-networking", "--disable-extensions", f"--user-data-dir={profile}",
        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
        f"--use-file-for-fake-video-capture={world['camera']}", "--window-size=390,844",
        "about:blank"])
    try:
        tools.attach()
        yield tools
    finally:
        tools.close()


def _screens() -> Path | None:
    folder = os.environ.get("VERIFIER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder)
    return None


def _verdict(browser: DevTools, before: int) -> dict[str, Any]:
    browser.wait_for(f"Number(document.body.dataset.checks) > {before}", timeout=20)
    return browser.evaluate("""(() => {
      const d = document.body.dataset;
      const fields = {};
      for (const dd of document.querySelectorAll('#fields dd')) {
        fields[dd.dataset.field] = dd.textContent;
      }
      return {status: d.verdict, reason: d.reason, engine: d.engine,
              word: document.getElementById('word').textContent,
              why: document.getElementById('why').textContent, fields};
    })()""")


def _checks(browser: DevTools) -> int:
    return int(browser.evaluate("Number(document.body.dataset.checks)"))


def _photo(browser: DevTools, path: Path) -> dict[str, Any]:
    before = _checks(browser)
    browser.set_file("#photo", path)
    return _verdict(browser, before)


def _open(browser: DevTools, world: dict[str, Any], query: str = "?lang=en") -> None:
    browser.open(world["page"].as_uri() + query)


# ---- tests ------------------------------------------------------------------------------

def test_camera_frames_of_a_genuine_card_read_valid(browser: DevTools,
                                                    world: dict[str, Any]) -> None:
    """The fake camera shows the rendered card; the page reads its QR and says valid, with the
    holder's details to compare."""
    _open(browser, world)
    browser.evaluate("localStorage.clear()")
    before = _checks(browser)
    browser.evaluate("document.getElementById('scan').click()")
    verdict = _verdict(browser, before)
    assert verdict["status"] == "valid", verdict
    assert verdict["word"] == "VALID CARD"
    assert verdict["engine"] == "webcrypto"
    fields = verdict["fields"]
    assert fields["name"] == "Aïcha Ngʼendo Wanjirũ Mwangi-Ouédraogo"
    assert fields["birthDate"] == "14 July 1985"
    assert fields["sex"] == "Female"
    assert fields["nationality"] == "Burundi (BDI)"
    assert fields["expiryDate"] == world["genuine"].expiry_date.strftime("%-d %B %Y")
    assert fields["cardNumber"] == NUMBERS["genuine"]
    assert fields["station"] == "DAR-01 · Dar es Salaam"
    assert browser.evaluate("document.body.dataset.camera") == "off"  # stopped once read
    if screens := _screens():
        browser.screenshot(screens / "camera-valid.png")


@pytest.mark.parametrize(("card", "status", "reason", "word"), [
    ("genuine", "valid", "valid", "VALID CARD"),
    ("phone", "valid", "valid", "VALID CARD"),
    ("version-1", "valid", "valid", "VALID CARD"),
    ("forged", "invalid", "altered", "NOT VALID"),
    ("expired", "expired", "expired", "EXPIRED"),
    ("revoked", "revoked", "revoked", "REVOKED"),
    ("unknown", "unknown", "unknownIssuer", "UNKNOWN ISSUER"),
    ("foreign", "invalid", "numberStation", "NOT VALID"),
    ("before-closing", "valid", "valid", "VALID CARD"),
    ("after-closing", "invalid", "stationRevoked", "NOT VALID"),
])
def test_photo_of_a_card_gets_its_verdict(browser: DevTools, world: dict[str, Any], card: str,
                                          status: str, reason: str, word: str) -> None:
    _open(browser, world)
    verdict = _photo(browser, world["photos"][card])
    assert (verdict["status"], verdict["reason"], verdict["word"]) == (status, reason, word)
    if card == "revoked":
        day = (TODAY - timedelta(days=3)).strftime("%-d %B %Y")
        assert verdict["why"] == f"This card was cancelled on {day}. Do not accept it."
    if card == "expired":
        assert "This card expired on" in verdict["why"]
    if card in ("unknown", "forged", "foreign", "after-closing"):
        assert verdict["fields"] == {}  # nothing shown from a card nobody vouches for
    if screens := _screens():
        browser.screenshot(screens / f"photo-{card}.png")


def test_without_webcrypto_ed25519_the_library_verifies(browser: DevTools,
                                                        world: dict[str, Any]) -> None:
    """@noble/curves gives the same verdicts where the browser's WebCrypto has no Ed25519."""
    _open(browser, world, "?lang=en&crypto=noble")
    genuine = _photo(browser, world["photos"]["genuine"])
    assert (genuine["status"], genuine["engine"]) == ("valid", "noble")
    forged = _photo(browser, world["photos"]["forged"])
    assert (forged["status"], forged["reason"], forged["engine"]) == ("invalid", "altered",
                                                                      "noble")


def test_french_and_swahili(browser: DevTools, world: dict[str, Any]) -> None:
    _open(browser, world)
    _photo(browser, world["photos"]["genuine"])
    browser.evaluate("document.querySelector('[data-lang=fr]').click()")
    assert browser.evaluate("document.getElementById('word').textContent") == "CARTE VALIDE"
    assert browser.evaluate("document.documentElement.lang") == "fr"
    assert browser.evaluate(
        "document.querySelector('[data-field=sex]').textContent") == "Féminin"
    if screens := _screens():
        browser.screenshot(screens / "photo-valid-fr.png")
    browser.evaluate("document.querySelector('[data-lang=sw]').click()")
    assert browser.evaluate("document.getElementById('word').textContent") == "KADI HALALI"
    assert browser.evaluate(
        "document.querySelector('[data-field=sex]').textContent") == "Mwanamke"
    if screens := _screens():
        browser.screenshot(screens / "photo-valid-sw.png")
    expired = _photo(browser, world["photos"]["expired"])
    assert expired["word"] == "MUDA WAKE UMEKWISHA"
    assert expired["why"].startswith("Muda wa kadi hii ulikwisha tarehe")
    # The choice is remembered on the device.
    _open(browser, world, "")
    assert browser.evaluate("document.documentElement.lang") == "sw"
    browser.evaluate("document.querySelector('[data-lang=en]').click()")


def test_trust_list_date_and_a_newer_trust_file(browser: DevTools,
                                                world: dict[str, Any]) -> None:
    """The embedded list's date shows; a newer file under the same root (a service-signed
    revocation) is taken and remembered; a file from another root or an older one is not."""
    _open(browser, world)
    browser.evaluate("localStorage.removeItem('card-check-trust')")
    _open(browser, world)
    summary = browser.evaluate("document.getElementById('trust-summary').textContent")
    assert summary == (f"Trust list of {world['exported'].strftime('%-d %B %Y')}. Stations: 2. "
                       "Revoked cards: 1.")
    fingerprint = world["root"].key_id.hex()
    assert browser.evaluate("document.getElementById('trust-root').textContent") == (
        "Root key fingerprint: " + " ".join(fingerprint[i:i + 4] for i in range(0, 16, 4)))
    folder: Path = world["folder"]
    trust: TrustBundle = world["trust"]
    service = ServiceKey.generate()
    newer = TrustBundle(trust.root_public_key, list(trust.certificates),
                        list(trust.revocation_lists),
                        service_certificates=[ServiceCertificate.issue(
                            world["root"], public_key=service.public_bytes,
                            valid_from=TODAY - timedelta(days=10),
                            valid_to=TODAY + timedelta(days=300))])
    newer.add_revocation_list(RevocationList({NUMBERS["genuine"]: TODAY}).sign(service, TODAY))
    other_root = TrustBundle.self_issued(world["station"], "DAR-01", "Dar es Salaam")
    files = {
        "older": trust_json(trust, world["exported"] - timedelta(days=1)),
        "other-root": trust_json(other_root, datetime.now(UTC)),
        "future": trust_json(newer, datetime.now(UTC) + timedelta(days=2)),
        "newer": trust_json(newer, datetime.now(UTC)),
    }
    notes = {}
    for name, data in files.items():
        path = folder / f"trust-{name}.json"
        path.write_text(json.dumps(data))
        browser.evaluate("delete document.body.dataset.trustNote")
        browser.set_file("#trust-file", path)
        notes[name] = browser.wait_for("document.body.dataset.trustNote")
    assert notes == {"older": "trust.trustOlder", "other-root": "trust.trustOtherRoot",
                     "future": "trust.trustFuture", "newer": "trustLoaded"}
    assert _photo(browser, world["photos"]["genuine"])["status"] == "revoked"
    # The newer file lacks the station revocation: revocations in use are never dropped.
    assert _photo(browser, world["photos"]["after-closing"])["reason"] == "stationRevoked"
    _open(browser, world)  # reopened: the newer list loaded on this device stays in force
    assert "Revoked cards: 2." in browser.evaluate(
        "document.getElementById('trust-summary').textContent")
    assert _photo(browser, world["photos"]["genuine"])["status"] == "revoked"
    if screens := _screens():
        browser.screenshot(screens / "photo-revoked-after-update.png")
    # A page exported later, without that revocation, keeps it too (same root, same device).
    later = folder / "verify-later.html"
    write_verifier_page(later, trust, exported_at=datetime.now(UTC) + timedelta(minutes=1))
    browser.open(later.as_uri() + "?lang=en")
    assert _photo(browser, world["photos"]["genuine"])["status"] == "revoked"
    browser.evaluate("localStorage.removeItem('card-check-trust')")
    browser.open(later.as_uri() + "?lang=en")
    assert _photo(browser, world["photos"]["genuine"])["status"] == "valid"
    # The registry revokes station DAR-01 from the day its cards were issued (a service-signed
    # station revocation): from then on its cards are refused.
    newest = TrustBundle(trust.root_public_key, list(trust.certificates),
                         service_certificates=list(newer.service_certificates))
    newest.add_station_revocation(StationRevocation.issue(
        service, station_id="DAR-01", key_id=world["station"].key_id,
        revoked_on=world["genuine"].issue_date))
    path = folder / "trust-newest.json"
    path.write_text(json.dumps(trust_json(newest, datetime.now(UTC) + timedelta(minutes=2))))
    browser.set_file("#trust-file", path)
    assert browser.wait_for("document.body.dataset.trustNote") == "trustLoaded"
    assert _photo(browser, world["photos"]["genuine"])["reason"] == "stationRevoked"
    browser.evaluate("localStorage.removeItem('card-check-trust')")


def test_the_page_is_one_file_that_needs_no_network(browser: DevTools,
                                                    world: dict[str, Any]) -> None:
    del browser.events[:]
    _open(browser, world)
    _photo(browser, world["photos"]["genuine"])
    urls = {e["params"]["request"]["url"].split("?")[0] for e in browser.events
            if e.get("method") == "Network.requestWillBeSent"}
    assert urls == {world["page"].as_uri()}
    html = world["page"].read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html and TRUST_PLACEHOLDER not in html
    assert world["size"] < 400_000


def test_embedded_trust_list_cannot_end_its_script_element(world: dict[str, Any]) -> None:
    trust: TrustBundle = world["trust"]
    station = StationKey.generate()
    tricky = TrustBundle.self_issued(station, "X-1", "</script><script>alert(1)</script>")
    tricky.root_public_key = trust.root_public_key
    page = verifier_page(tricky)
    embedded = page.split('<script id="trust-list" type="application/json">')[1]
    data_text = embedded.split("</script>")[0]
    assert json.loads(data_text)["bundle"]["certificates"][0]["site"].startswith("</script>")
    assert build_template() == build_template()  # built once, then current


@pytest.mark.postgres
def test_registry_exports_the_page_and_serves_it_at_verify(
        browser: DevTools, world: dict[str, Any], tmp_path: Path, postgres_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`registry verifier export --out verify.html` writes the page with the registry's trust
    list (its root, the stations it certified); `registry serve` answers /verify with it."""
    import httpx

    from sync.registry.api import unlock
    from sync.registry.server import VERIFY_PATH
    from tests.cli_runner import run_in_process
    from tests.sync.conftest import ServerThread

    env = {**os.environ, "REGISTRY_PASSPHRASE": "registry passphrase for tests",
           "REGISTRY_ROOT_PASSPHRASE": "root passphrase for tests", "REGISTRY_SCRYPT_N": "1024",
           "REGISTRY_USER": "admin", "REGISTRY_PASSWORD": "registrypass1"}
    home = str(tmp_path / "central")
    station = StationKey.generate()

    def registry(*args: str) -> subprocess.CompletedProcess[str]:
        done = run_in_process("registry", ["--home", home, *args], env)
        assert done.returncode == 0, done.stderr
        return done

    registry("init", "--db", postgres_url)
    registry("station", "add", "--site", "DAR", "--station", "01", "--out",
             str(tmp_path / "bundle.json"), "--public-key",
             base64.urlsafe_b64encode(station.public_bytes).rstrip(b"=").decode())
    page = tmp_path / "verify.html"
    out = json.loads(registry("verifier", "export", "--out", str(page), "--json").stdout)
    assert out["stations"] == 1 and out["bytes"] == page.stat().st_size
    refused = run_in_process("registry", ["--home", home, "verifier", "export", "--out",
                                          str(tmp_path / "missing" / "verify.html")], env)
    assert refused.returncode == 2 and refused.stderr.startswith("error: --out: the folder")

    genuine: CardRecord = world["genuine"]
    card = _on_desk(_card_image(genuine, station, tmp_path, "registry-card"), 2000, 1500, 2)
    photo = tmp_path / "registry-card.jpg"
    cv2.imwrite(str(photo), card)
    browser.open(page.as_uri() + "?lang=en")
    verdict = _photo(browser, photo)
    assert (verdict["status"], verdict["fields"]["station"]) == ("valid", "DAR-01 · DAR")
    assert _photo(browser, world["photos"]["genuine"])["status"] == "unknown"  # other root

    monkeypatch.setattr(os, "environ", env)
    central = unlock(home, env["REGISTRY_PASSPHRASE"])
    server = ServerThread(central).start()
    try:
        answer = httpx.get(server.url + VERIFY_PATH, timeout=30)
        # 127.0.0.1 counts as a secure origin, so the served page may use the camera too.
        browser.open(server.url + VERIFY_PATH + "?lang=en")
        served_verdict = _photo(browser, photo)
        update = central.trust_update()  # what stations fetch from /v1/trust
    finally:
        server.stop()
        central.close()
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    assert answer.headers["cache-control"] == "no-store"
    served = answer.text.split('<script id="trust-list" type="application/json">')[1]
    embedded = json.loads(served.split("</script>")[0])
    assert embedded["bundle"]["root_public_key"] == json.loads(
        (tmp_path / "bundle.json").read_text())["root_public_key"]
    assert [c["station_id"] for c in embedded["bundle"]["certificates"]] == ["DAR-01"]
    assert served_verdict["status"] == "valid"
    # The registry's signed trust update loads into the exported page as a newer trust file;
    # one byte changed in it and it is refused.
    updates = {"signed": update, "altered": {**update, "issued_at": update["issued_at"][:-1]
                                             + ("1" if update["issued_at"][-1] != "1" else "2")}}
    notes = {}
    for name, data in updates.items():
        browser.open(page.as_uri() + "?lang=en")
        browser.evaluate("localStorage.removeItem('card-check-trust')")
        path = tmp_path / f"update-{name}.json"
        path.write_text(json.dumps(data))
        browser.set_file("#trust-file", path)
        notes[name] = browser.wait_for("document.body.dataset.trustNote")
    browser.evaluate("localStorage.removeItem('card-check-trust')")
    assert notes == {"signed": "trustLoaded", "altered": "trust.trustBadSig"}
