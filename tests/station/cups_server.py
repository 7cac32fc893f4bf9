"""A private CUPS scheduler for the printing tests: its own config, port and folders.

It runs Debian's cupsd (packages cups, printer-driver-cups-pdf, cups-client) in the foreground,
listening on a free port of 127.0.0.1 only, with every state, spool and log folder in a temporary
folder; it needs no system print service and leaves none behind. Its queues print with the real
cups-pdf backend, which writes each job as a PDF into a folder of the test: cups-pdf reads its
settings only from /etc/cups, so each queue gets its own /etc/cups/cups-pdf-<instance>.conf for the
run (removed afterwards). cups-pdf must run as root, so the fixture skips, saying why, otherwise.

Queues: "cardpdf" (the cups-pdf PPD: custom sizes, A4, no two-sided), "cr80" (that PPD plus a
named CR80 size and a Duplex option, as card printers' PPDs have), "slips" (that PPD plus a named
A6 size, as receipt printers have) and "labels" (CUPS's DYMO label PPD: neither A4 nor cards).
"""

from __future__ import annotations

import grp
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CARD_W_PT, CARD_H_PT = 85.6 / 25.4 * 72, 53.98 / 25.4 * 72
_CR80 = f"[{CARD_W_PT:.2f} {CARD_H_PT:.2f}]/ImagingBBox null>>setpagedevice\""
CR80_ENTRIES = {  # added after the PPD's default of each keyword
    "*DefaultPageSize:": f'*PageSize CR80/CR80 card: "<</PageSize{_CR80}',
    "*DefaultPageRegion:": f'*PageRegion CR80/CR80 card: "<</PageSize{_CR80}',
    "*DefaultImageableArea:": f'*ImageableArea CR80/CR80 card: "0 0 {CARD_W_PT:.2f} '
                              f'{CARD_H_PT:.2f}"',
    "*DefaultPaperDimension:": f'*PaperDimension CR80/CR80 card: "{CARD_W_PT:.2f} '
                               f'{CARD_H_PT:.2f}"',
}
DUPLEX = """*cupsManualCopies: True
*OpenUI *Duplex/2-Sided Printing: PickOne
*OrderDependency: 10 AnySetup *Duplex
*DefaultDuplex: None
*Duplex None/Off: "<</Duplex false>>setpagedevice"
*Duplex DuplexNoTumble/Long edge: "<</Duplex true/Tumble false>>setpagedevice"
*Duplex DuplexTumble/Short edge: "<</Duplex true/Tumble true>>setpagedevice"
*CloseUI: *Duplex
"""


A6_W_PT, A6_H_PT = 105 / 25.4 * 72, 148 / 25.4 * 72  # 105 x 148 mm exactly
_A6 = f"[{A6_W_PT:.2f} {A6_H_PT:.2f}]/ImagingBBox null>>setpagedevice\""
A6_ENTRIES = {
    "*DefaultPageSize:": f'*PageSize A6/A6: "<</PageSize{_A6}',
    "*DefaultPageRegion:": f'*PageRegion A6/A6: "<</PageSize{_A6}',
    "*DefaultImageableArea:": f'*ImageableArea A6/A6: "0 0 {A6_W_PT:.2f} {A6_H_PT:.2f}"',
    "*DefaultPaperDimension:": f'*PaperDimension A6/A6: "{A6_W_PT:.2f} {A6_H_PT:.2f}"',
}


def slip_printer_ppd(base: str) -> str:
    """The cups-pdf PPD with a named A6 size (cups-pdf's own has none)."""
    lines = []
    for line in base.splitlines():
        lines.append(line)
        for key, entry in A6_ENTRIES.items():
            if line.startswith(key):
                lines.append(entry)
    return "\n".join(lines) + "\n"


def card_printer_ppd(base: str) -> str:
    """The cups-pdf PPD with a named CR80 size and a Duplex option, as card printers have;
    copies are made by the print service (cups-pdf itself writes one file per job)."""
    lines = []
    for line in base.splitlines():
        if line.startswith("*OpenUI *PageSize"):
            lines.extend(DUPLEX.splitlines())
        lines.append(line)
        for key, entry in CR80_ENTRIES.items():
            if line.startswith(key):
                lines.append(entry)
    return "\n".join(lines) + "\n"

@dataclass
class CupsServer:
    server: str  # what CUPS_SERVER takes: 127.0.0.1:<port>
    root: Path
    outputs: dict[str, Path]  # queue -> folder cups-pdf writes its jobs' PDFs into

    def env(self) -> dict[str, str]:
        return dict(os.environ, CUPS_SERVER=self.server, LC_ALL="C")

    def run(self, *args: str) -> str:
        return subprocess.run(args, env=self.env(), capture_output=True, text=True,
                              check=True, timeout=60).stdout

    def wait_for_pdf(self, queue: str, job_id: str, timeout: float = 180.0) -> Path:
        """The PDF cups-pdf wrote for the job, once it is whole (generous for a slow machine)."""
        number = job_id.rsplit("-", 1)[1]
        deadline = time.monotonic() + timeout
        last = -1
        while time.monotonic() < deadline:
            found = [p for p in self.outputs[queue].glob("*.pdf")
                     if p.stem.endswith(f"job_{number}")]
            if found:
                size = found[0].stat().st_size
                if size == last and size > 0 and _pdf_complete(found[0]):
                    return found[0]
                last = size
            time.sleep(0.5)
        log = (self.root / "log" / "error_log")
        tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
        raise AssertionError(f"no PDF for job {job_id} after {timeout} s; log tail:\n{tail}")


def _pdf_complete(path: Path) -> bool:
    return b"%%EOF" in path.read_bytes()[-2048:]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _why_not() -> str:
    for command in ("cupsd", "lp", "lpstat", "lpadmin", "lpoptions", "pdfinfo", "gs"):
        if not (shutil.which(command) or Path("/usr/sbin", command).exists()):
            return f"{command} is not installed (make system-packages installs cups)"
    if not CUPS_PDF_BACKEND.exists() or not CUPS_PDF_PPD.exists():
        return "printer-driver-cups-pdf is not installed"
    if os.geteuid() != 0:
        return "the cups-pdf backend runs only under a scheduler started as root"
    if not os.access("/etc/cups", os.W_OK):
        return "/etc/cups is not writable, and cups-pdf reads its settings only there"
    return ""


def _write(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(0o644)


@pytest.fixture(scope="session")
def cups_server() -> Iterator[CupsServer]:
    reason = _why_not()
    if reason:
        pytest.skip(f"no private CUPS scheduler: {reason}")
    root = Path(tempfile.mkdtemp(prefix="station-cups-"))
    root.chmod(0o755)
    lp_group = grp.getgrnam("lp").gr_gid
    for name in ("spool", "cache", "state", "log", "ssl", "ppd", "tmp"):
        (root / name).mkdir()
    os.chown(root / "tmp", 0, lp_group)
    (root / "tmp").chmod(0o1770)
    port = _free_port()
    _write(root / "cups-files.conf", "\n".join([
        f"ServerRoot {root}", f"RequestRoot {root}/spool", f"TempDir {root}/tmp",
        f"CacheDir {root}/cache", f"StateDir {root}/state", f"ErrorLog {root}/log/error_log",
        f"AccessLog {root}/log/access_log", f"PageLog {root}/log/page_log",
        f"ServerKeychain {root}/ssl", "FileDevice No", ""]))
    _write(root / "cupsd.conf", "\n".join([
        f"Listen 127.0.0.1:{port}", "LogLevel info", "Browsing No", "DefaultAuthType None",
        "WebInterface No", "PreserveJobHistory Yes", "MaxJobs 0",
        "<Location />", "  Order allow,deny", "  Allow all", "</Location>",
        "<Policy default>", "  <Limit All>", "    Order allow,deny", "    Allow all",
        "  </Limit>", "</Policy>", ""]))
    instance = f"stationtest{os.getpid()}"
    configs: list[Path] = []
    outputs: dict[str, Path] = {}
    process = subprocess.Popen(["/usr/sbin/cupsd", "-f", "-c", str(root / "cupsd.conf"),
                                "-s", str(root / "cups-files.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cups = CupsServer(f"127.0.0.1:{port}", root, outputs)
    try:
        deadline = time.monotonic() + 60
        while True:
            status = subprocess.run(["lpstat", "-r"], env=cups.env(), capture_output=True,
                                    text=True, check=False)
            if "scheduler is running" in status.stdout and "not" not in status.stdout:
                break
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.skip("the private CUPS scheduler did not start")
            time.sleep(0.3)
        card_ppd = root / "cr80.ppd"
        _write(card_ppd, card_printer_ppd(CUPS_PDF_PPD.read_text(errors="replace")))
        slip_ppd = root / "slips.ppd"
        _write(slip_ppd, slip_printer_ppd(CUPS_PDF_PPD.read_text(errors="replace")))
        for queue, ppd, description in (
                ("cardpdf", ["-P", str(CUPS_PDF_PPD)], "Office PDF printer"),
                ("cr80", ["-P", str(card_ppd)], "Desk card printer"),
                ("slips", ["-P", str(slip_ppd)], "Slip printer")):
            out = root / f"out-{queue}"
            out.mkdir()
            outputs[queue] = out
            config = Path(f"/etc/cups/cups-pdf-{instance}{queue}.conf")
            _write(config, f"Out {out}\nAnonDirName {out}\nSpool {root}/cups-pdf-spool\n"
                           f"Log {root}/log\nLogType 1\nGrp root\nLabel 2\n")
            configs.append(config)
            cups.run("lpadmin", "-p", queue, "-E", "-v", f"cups-pdf:/{instance}{queue}", *ppd,
                     "-D", description, "-L", "Enrolment desk")
        cups.run("lpadmin", "-p", "labels", "-E", "-v", "cups-pdf:/nowhere",
                 "-m", "drv:///sample.drv/dymo.ppd", "-D", "Label printer")
        cups.run("lpadmin", "-d", "cardpdf")
        yield cups
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        for config in configs:
            config.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)
