"""The key file bound to a TPM 2.0 (station/security/tpm.py): a private software TPM (Debian's
swtpm) per test, reached with Debian's tpm2-tools, as a station reaches /dev/tpmrm0.

Each swtpm listens on loopback ports the kernel picked as free, keeps its state in the test's
own folder and is stopped at teardown, so the tests run side by side under pytest-xdist.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from station.errors import LockedError, ValidationError
from station.security import tpm
from station.security.tpm import Chip, ChipError, SealedRef, chip_tcti
from station.security.vault import KeyVault
from station.services.context import change_passphrase, init_station, login, open_station
from station.services.enrolment import enrol
from station.services.home import StationHome
from station.services.records import show_record
from station.services.trust import set_up_station
from station.services.wipe import wipe_station
from tests.station.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE
from tests.station.helpers import full_form

NEW_PASSPHRASE = "river lamp orange seventeen"


def _two_free_ports() -> int:
    """A port P with P+1 free too (the swtpm TCTI finds the control channel at P+1)."""
    while True:
        with socket.socket() as first, socket.socket() as second:
            first.bind(("127.0.0.1", 0))
            port = first.getsockname()[1]
            try:
                second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
            return port


class Swtpm:
    def __init__(self, state: Path) -> None:
        state.mkdir(parents=True)
        for _attempt in range(5):  # a port taken between the check and swtpm's bind: again
            self.port = _two_free_ports()
            self.process = subprocess.Popen(
                ["swtpm", "socket", "--tpm2", "--server", f"type=tcp,port={self.port}",
                 "--ctrl", f"type=tcp,port={self.port + 1}", "--tpmstate", f"dir={state}",
                 "--flags", "startup-clear"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if self._ready():
                return
            self.stop()
        raise RuntimeError("swtpm did not start")

    @property
    def tcti(self) -> str:
        return f"swtpm:host=127.0.0.1,port={self.port}"

    def _ready(self) -> bool:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                Chip(self.tcti).persistent_handles()
                return True
            except ChipError:
                time.sleep(0.05)
        return False

    def handles(self) -> set[int]:
        return Chip(self.tcti).persistent_handles()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def new_swtpm(tmp_path: Path) -> Iterator[Callable[[], Swtpm]]:
    if shutil.which("swtpm") is None or not tpm.tools_installed():
        message = "swtpm and tpm2-tools are not installed (make test installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    started: list[Swtpm] = []

    def start() -> Swtpm:
        started.append(Swtpm(tmp_path / f"tpm{len(started)}"))
        return started[-1]

    yield start
    for chip in started:
        chip.stop()


@pytest.fixture
def swtpm(new_swtpm: Callable[[], Swtpm], monkeypatch: pytest.MonkeyPatch) -> Swtpm:
    """A software TPM, and the station's environment naming it."""
    chip = new_swtpm()
    monkeypatch.setenv(tpm.ENV_TCTI, chip.tcti)
    return chip


def _init(home: Path, choice: str = "require") -> StationHome:
    station = init_station(StationHome(home), "DAR", "01", PASSPHRASE, ADMIN, ADMIN_PASSWORD,
                           scrypt_n=1024, tpm=choice)
    station.close()
    return station.home


def _header(home: StationHome) -> dict[str, object]:
    document = home.vault._current()[1]
    return document


def _run_cli(home: Path, tcti: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STATION_HOME": str(home), "STATION_PASSPHRASE": PASSPHRASE,
           "STATION_USER": ADMIN, "STATION_PASSWORD": ADMIN_PASSWORD,
           "STATION_SCRYPT_N": "1024", tpm.ENV_TCTI: tcti}
    return subprocess.run([sys.executable, "-m", "station", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_a_station_bound_to_the_chip_enrols_locks_and_unlocks(swtpm: Swtpm,
                                                              tmp_path: Path) -> None:
    """init seals a secret in the chip at a persistent handle the key file records; the
    station unlocks with the passphrase and the chip, and not with a wrong passphrase."""
    home = _init(tmp_path / "home")
    ref = SealedRef.from_dict(_header(home)["tpm"])
    assert swtpm.handles() == {ref.handle}
    assert home.vault.chip_bound()
    station = open_station(home, PASSPHRASE)
    admin = login(station, ADMIN, ADMIN_PASSWORD)
    number = enrol(station, admin, full_form()).registration_number
    station.close()
    station = open_station(home, PASSPHRASE)  # locked and unlocked again
    assert show_record(station, login(station, ADMIN, ADMIN_PASSWORD), number)
    station.close()
    with pytest.raises(LockedError, match="wrong passphrase"):
        open_station(home, "not the passphrase at all")


def test_the_key_file_does_not_open_without_its_chip(swtpm: Swtpm, tmp_path: Path,
                                                     new_swtpm: Callable[[], Swtpm],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of the home with the right passphrase: another chip, no chip, a silent chip and
    a key file whose chip entry was deleted by hand all fail, in plain words."""
    home = _init(tmp_path / "home")
    copy = StationHome(tmp_path / "copy")
    shutil.copytree(home.path, copy.path)
    other = new_swtpm()
    monkeypatch.setenv(tpm.ENV_TCTI, other.tcti)
    with pytest.raises(ChipError) as another:
        open_station(copy, PASSPHRASE)
    assert str(another.value) == str(tpm.secret_gone())
    monkeypatch.setenv(tpm.ENV_TCTI, "none")
    with pytest.raises(ChipError) as missing:
        open_station(copy, PASSPHRASE)
    assert str(missing.value) == str(tpm.no_answer())
    # the passphrase alone does not open it: drop the chip entry from the current slot
    document = dict(_header(copy))
    del document["tpm"]
    with pytest.raises(LockedError, match="wrong passphrase"):
        KeyVault(copy.vault.path)._open_document(document, PASSPHRASE, frozenset({"macs-v1"}))
    # the command line: plain words and exit code 3, no traceback
    result = _run_cli(copy.path, other.tcti, "list")
    assert result.returncode == 3, result.stderr
    assert str(tpm.secret_gone()) in result.stderr and "Traceback" not in result.stderr
    other.stop()  # a chip that stops answering
    monkeypatch.setenv(tpm.ENV_TCTI, other.tcti)
    with pytest.raises(ChipError) as silent:
        open_station(copy, PASSPHRASE)
    assert str(silent.value) == str(tpm.no_answer())
    monkeypatch.setenv(tpm.ENV_TCTI, swtpm.tcti)
    open_station(home, PASSPHRASE).close()  # on its own chip it still opens


def test_a_passphrase_change_keeps_the_chip_secret(swtpm: Swtpm, tmp_path: Path) -> None:
    home = _init(tmp_path / "home")
    before = _header(home)["tpm"]
    station = open_station(home, PASSPHRASE)
    change_passphrase(station, login(station, ADMIN, ADMIN_PASSWORD), PASSPHRASE,
                      NEW_PASSPHRASE)
    station.close()
    assert _header(home)["tpm"] == before
    assert swtpm.handles() == {SealedRef.from_dict(before).handle}
    open_station(home, NEW_PASSPHRASE).close()
    with pytest.raises(LockedError, match="wrong passphrase"):
        open_station(home, PASSPHRASE)
    raw = home.vault.path.read_bytes()
    assert raw[:4096] == raw[4096:]  # both slots hold the new sealing, as without a chip


def test_the_wipe_destroys_the_chip_secret(swtpm: Swtpm, tmp_path: Path) -> None:
    """After the wipe the key file's bytes, copied before it, with the passphrase and the
    same chip unseal nothing; nor once another station has taken the same handle."""
    home = _init(tmp_path / "home")
    ref = SealedRef.from_dict(_header(home)["tpm"])
    saved = home.vault.path.read_bytes()
    station = open_station(home, PASSPHRASE)
    result = wipe_station(station, login(station, ADMIN, ADMIN_PASSWORD))
    assert result.key_destroyed and result.chip_secret_destroyed is True
    assert result.to_dict()["tpm_secret_destroyed"] is True
    assert swtpm.handles() == set()
    carved = tmp_path / "carved" / "keys.slots"
    carved.parent.mkdir()
    carved.write_bytes(saved)
    with pytest.raises(ChipError) as gone:
        KeyVault(carved).unlock(PASSPHRASE)
    assert str(gone.value) == str(tpm.secret_gone())
    # a new station on the same machine gets the freed handle: still not the old secret
    newcomer = _init(tmp_path / "newcomer")
    assert SealedRef.from_dict(_header(newcomer)["tpm"]).handle == ref.handle
    with pytest.raises(ChipError, match="no longer holds"):
        KeyVault(carved).unlock(PASSPHRASE)
    assert KeyVault(carved).destroy() is True  # the old file's wipe spares the newcomer
    open_station(newcomer, PASSPHRASE).close()


def test_a_wipe_with_a_silent_chip_still_destroys_the_key_file(swtpm: Swtpm,
                                                                tmp_path: Path) -> None:
    home = _init(tmp_path / "home")
    station = open_station(home, PASSPHRASE)
    actor = login(station, ADMIN, ADMIN_PASSWORD)
    swtpm.stop()
    result = wipe_station(station, actor)
    assert result.key_destroyed and result.chip_secret_destroyed is False
    assert not home.vault.exists()


def test_a_station_made_without_a_chip_opens_where_one_is_found_later(
        tmp_path: Path, swtpm: Swtpm, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tpm.ENV_TCTI, "none")
    home = _init(tmp_path / "home", "auto")
    assert "tpm" not in _header(home) and not home.vault.chip_bound()
    monkeypatch.setenv(tpm.ENV_TCTI, swtpm.tcti)
    station = open_station(home, PASSPHRASE)
    change_passphrase(station, login(station, ADMIN, ADMIN_PASSWORD), PASSPHRASE,
                      NEW_PASSPHRASE)
    station.close()
    assert "tpm" not in _header(home) and swtpm.handles() == set()
    station = open_station(home, NEW_PASSPHRASE)
    result = wipe_station(station, login(station, ADMIN, ADMIN_PASSWORD))
    assert result.key_destroyed and result.chip_secret_destroyed is None


def test_init_choices_and_a_failed_init_leave_nothing_in_the_chip(
        swtpm: Swtpm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """off ignores the chip; auto uses it; require without a chip, and auto with a named chip
    that does not answer, refuse before anything is made; a set-up that fails later (a bad
    trust bundle) evicts the secret it sealed."""
    off = _init(tmp_path / "off", "off")
    assert not off.vault.chip_bound() and swtpm.handles() == set()
    auto = _init(tmp_path / "auto", "auto")
    assert auto.vault.chip_bound() and len(swtpm.handles()) == 1
    with pytest.raises(ValidationError):
        _init(tmp_path / "bad", "sometimes")
    bundle = tmp_path / "bundle.json"
    bundle.write_text(json.dumps({"not": "a bundle"}))
    with pytest.raises(ValidationError):
        set_up_station(StationHome(tmp_path / "joined"), "DAR", "02", PASSPHRASE, ADMIN,
                       ADMIN_PASSWORD, bundle, scrypt_n=1024)
    assert len(swtpm.handles()) == 1 and not StationHome(tmp_path / "joined").is_initialised()
    monkeypatch.setenv(tpm.ENV_TCTI, "none")
    with pytest.raises(ChipError) as none_found:
        _init(tmp_path / "required", "require")
    assert str(none_found.value) == str(tpm.no_chip_found())
    assert not StationHome(tmp_path / "required").is_initialised()
    monkeypatch.setenv(tpm.ENV_TCTI, f"swtpm:host=127.0.0.1,port={_two_free_ports()}")
    with pytest.raises(ChipError, match="does not answer"):
        _init(tmp_path / "silent", "auto")
    assert not StationHome(tmp_path / "silent").is_initialised()


def test_the_chip_is_found_from_the_variable_or_the_resource_manager(tmp_path: Path) -> None:
    device = tmp_path / "tpmrm0"
    assert chip_tcti({}, device) is None
    device.touch()
    assert chip_tcti({}, device) == f"device:{device}"
    assert chip_tcti({tpm.ENV_TCTI: "none"}, device) is None
    assert chip_tcti({tpm.ENV_TCTI: "swtpm:port=2321"}, device) == "swtpm:port=2321"


def test_the_command_line_sets_up_a_bound_station(swtpm: Swtpm, tmp_path: Path) -> None:
    """`station init --tpm require` says that the key file is bound to the chip."""
    made = _run_cli(tmp_path / "home", swtpm.tcti, "init", "--site", "DAR", "--station", "01",
                    "--tpm", "require", "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["tpm"] is True and len(swtpm.handles()) == 1
    assert StationHome(tmp_path / "home").vault.chip_bound()
