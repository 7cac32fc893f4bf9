"""The station's security chip (TPM 2.0): a wrapping secret sealed in it, for the key file.

At `init`, where the machine has a TPM 2.0, 32 random bytes are sealed in the chip as a data
object under the owner hierarchy's primary key and made persistent at a handle of the range
below; the key file records the handle and the object's name (the hash of its public area,
unique to this object). The key that opens the key file is then HKDF(scrypt(passphrase) ||
secret) (station/security/vault.py), so a copy of the disk does not open without this chip,
whatever passphrase is known. The wipe evicts the object (`TPM2_EvictControl`): the chip then
holds no copy of the secret and no file anywhere ever held one, so a carve of the disk, even
with the passphrase and this very chip, unseals nothing.

Why a persistent object and not a saved context or key blob beside the key file: a blob is
encrypted under the primary key, which the chip derives from its owner seed for as long as
the chip is not cleared; a blob carved from the disk after a wipe would load and unseal again
on the same machine. Only an object that lives in the chip alone can be destroyed.

Why Debian's tpm2-tools and not tpm2-pytss: the tools are the reference command line of the
same tpm2-software project, a Debian package beside swtpm, with a stable interface; tpm2-pytss
has to be compiled against libtss2 at `uv sync` (Debian's python3-tpm2-pytss is built for the
system Python, not the project's), which would make every install need the C headers for a
feature most stations without a chip never use. The secret goes through pipes only (standard
input of `tpm2_create`, standard output of `tpm2_unseal`), never a command line or a file; the
transient contexts the tools need are written to a private folder in /dev/shm (memory) and
deleted.

The chip is found from STATION_TPM_TCTI (a TCTI such as `swtpm:host=127.0.0.1,port=2321`, or
`none` for no chip) or else the kernel's resource manager /dev/tpmrm0. Without a resource
manager (swtpm, a simulator) transient objects stay loaded, so every step flushes them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from station.errors import LockedError, ValidationError

ENV_TCTI = "STATION_TPM_TCTI"
DEVICE = Path("/dev/tpmrm0")
HANDLE_FIRST = 0x81005300  # owner persistent range (0x81000000-0x817FFFFF), "S" for station
HANDLE_COUNT = 0x100
SECRET_BYTES = 32
TIMEOUT_SECONDS = 30.0
_TOOLS = ("tpm2_getcap", "tpm2_createprimary", "tpm2_create", "tpm2_evictcontrol",
          "tpm2_readpublic", "tpm2_unseal", "tpm2_flushcontext")


class ChipError(LockedError):
    """The security chip is missing, silent, full, or no longer holds the secret."""


# Each message written once, in one call, so that ui/i18n/update.py finds it for translation.
def no_answer() -> ChipError:
    return ChipError("this station's security chip (TPM) does not answer: the key file is "
                     "bound to it and opens only on the machine the station was set up on, "
                     "with its chip working")


def secret_gone() -> ChipError:
    return ChipError("this station's security chip (TPM) no longer holds the station's secret "
                     "(the station was wiped, or this is another machine): the key file cannot "
                     "be opened; restore from the registry")


def no_tools() -> ChipError:
    return ChipError("the station's key file is bound to the machine's security chip (TPM), or "
                     "is to be, but the tpm2-tools package is not installed: install it "
                     "(apt-get install tpm2-tools)")


def no_room() -> ChipError:
    return ChipError("the machine's security chip (TPM) has no room for the station's secret: "
                     "free a persistent object in it, or set the station up without the chip")


def no_chip_found() -> ChipError:
    return ChipError("no security chip (TPM 2.0) was found on this machine: set the station up "
                     "without it, or on a machine that has one")


@dataclass(frozen=True)
class SealedRef:
    """Where the secret lies in the chip, as the key file records it."""

    handle: int
    name: str  # hex of the object's name: a later object at the same handle is not ours

    def to_dict(self) -> dict[str, object]:
        return {"handle": f"0x{self.handle:08x}", "name": self.name}

    @classmethod
    def from_dict(cls, data: object) -> SealedRef:
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return cls(int(str(data["handle"]), 16), str(data["name"]))


def chip_tcti(environ: Mapping[str, str] | None = None, device: Path = DEVICE) -> str | None:
    """The TCTI of this machine's chip: STATION_TPM_TCTI, else the resource manager device;
    None when there is none (or the variable says `none`)."""
    value = (os.environ if environ is None else environ).get(ENV_TCTI, "").strip()
    if value.lower() in ("none", "off"):
        return None
    if value:
        return value
    return f"device:{device}" if device.exists() else None


def tools_installed() -> bool:
    return all(shutil.which(tool) for tool in _TOOLS)


def _scratch_parent() -> str | None:
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


class Chip:
    """One TPM 2.0, reached through `tcti` with Debian's tpm2-tools."""

    def __init__(self, tcti: str) -> None:
        self.tcti = tcti

    @classmethod
    def of_machine(cls) -> Chip | None:
        tcti = chip_tcti()
        return cls(tcti) if tcti else None

    # -- the tools ---------------------------------------------------------------------------
    def _run(self, *args: str, stdin: bytes | None = None, cwd: str | None = None) -> bytes:
        """A tool's standard output; ChipError when it fails (its own words are not shown:
        they are codes, and may name handles)."""
        if not tools_installed():
            raise no_tools()
        env = dict(os.environ, TPM2TOOLS_TCTI=self.tcti, TSS2_LOG="all+NONE")
        try:
            done = subprocess.run(list(args), input=stdin, capture_output=True, env=env,
                                  cwd=cwd, timeout=TIMEOUT_SECONDS, check=False)
        except (OSError, subprocess.TimeoutExpired):
            raise no_answer() from None
        if done.returncode != 0:
            raise no_answer()
        return done.stdout

    def _flush(self) -> None:
        self._run("tpm2_flushcontext", "-t")

    def persistent_handles(self) -> set[int]:
        """The persistent objects in the chip (this also tells that the chip answers)."""
        listed = self._run("tpm2_getcap", "handles-persistent").decode("ascii", "replace")
        return {int(line.strip(" -"), 16) for line in listed.splitlines()
                if line.strip(" -").startswith("0x")}

    def _name(self, handle: int) -> str:
        shown = self._run("tpm2_readpublic", "-c", f"0x{handle:08x}").decode("ascii", "replace")
        for line in shown.splitlines():
            if line.startswith("name:"):
                return line.partition(":")[2].strip()
        raise no_answer()

    def _ours(self, ref: SealedRef) -> bool:
        return ref.handle in self.persistent_handles() and self._name(ref.handle) == ref.name

    # -- what the key file needs -------------------------------------------------------------
    def seal_new(self) -> tuple[SealedRef, bytes]:
        """A fresh random secret sealed in the chip at a free persistent handle."""
        secret = os.urandom(SECRET_BYTES)
        with tempfile.TemporaryDirectory(prefix="station-tpm-", dir=_scratch_parent()) as work:
            self._flush()
            self._run("tpm2_createprimary", "-Q", "-C", "o", "-g", "sha256", "-G", "ecc256",
                      "-c", "primary.ctx", cwd=work)
            self._flush()
            self._run("tpm2_create", "-Q", "-C", "primary.ctx", "-g", "sha256",
                      "-a", "fixedtpm|fixedparent|userwithauth", "-i", "-",
                      "-c", "sealed.ctx", stdin=secret, cwd=work)
            self._flush()
            handle = self._persist(work)
        return SealedRef(handle, self._name(handle)), secret

    def _persist(self, work: str) -> int:
        """Make the loaded-then-saved object persistent at the first free handle (another
        station on this machine may take one at the same moment: then the next)."""
        for _attempt in range(3):
            taken = self.persistent_handles()
            free = [h for h in range(HANDLE_FIRST, HANDLE_FIRST + HANDLE_COUNT) if h not in taken]
            if not free:
                raise no_room()
            try:
                self._run("tpm2_evictcontrol", "-Q", "-C", "o", "-c", "sealed.ctx",
                          f"0x{free[0]:08x}", cwd=work)
            except ChipError:
                if free[0] in self.persistent_handles():
                    continue  # taken meanwhile
                raise no_room() from None
            finally:
                self._flush()
            return free[0]
        raise no_room()

    def unseal(self, ref: SealedRef) -> bytes:
        if not self._ours(ref):
            raise secret_gone()
        secret = self._run("tpm2_unseal", "-c", f"0x{ref.handle:08x}")
        if len(secret) != SECRET_BYTES:
            raise secret_gone()
        return secret

    def destroy(self, ref: SealedRef) -> None:
        """Evict the object: the chip forgets the secret. Nothing to do when it is gone
        already, or another object took its handle (never evicted: not ours)."""
        if self._ours(ref):
            self._run("tpm2_evictcontrol", "-Q", "-C", "o", "-c", f"0x{ref.handle:08x}")
            if ref.handle in self.persistent_handles():
                raise no_answer()


CHOICES = ("auto", "require", "off")
TOOLS_MISSING = ("this machine has a security chip (TPM) but the tpm2-tools package is not "
                 "installed: the station's key file is protected by the passphrase alone")


def chip_for_init(choice: str) -> tuple[Chip | None, bool, str | None]:
    """For `station init --tpm auto|require|off`: (the chip to seal in, whether a failing chip
    may be passed over, a warning for the operator).

    `auto` uses the chip where there is one: one named by STATION_TPM_TCTI must work; the
    device found by itself is passed over with a warning when it fails (a machine whose chip
    is disabled or broken can still be set up). `require` refuses a station without one."""
    if choice not in CHOICES:
        raise ValidationError("the security chip choice must be auto, require or off",
                              field="tpm")
    if choice == "off":
        return None, False, None
    tcti = chip_tcti()
    if tcti is None:
        if choice == "require":
            raise no_chip_found()
        return None, False, None
    if not tools_installed():
        if choice == "require" or os.environ.get(ENV_TCTI, "").strip():
            raise no_tools()
        return None, False, TOOLS_MISSING
    named = bool(os.environ.get(ENV_TCTI, "").strip())
    return Chip(tcti), choice == "auto" and not named, None
