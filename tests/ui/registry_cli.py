"""A real central registry for the window tests: `registry init`, `registry station add` and
`registry serve` as the registry's staff run them (subprocesses on a fresh PostgreSQL), and
choosing a file in the window's own file dialog by typing its path."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit

from tests.sync.conftest import free_port, wait_healthy

REGISTRY_ENV = {"REGISTRY_PASSPHRASE": "registry passphrase 1", "REGISTRY_USER": "admin",
                "REGISTRY_PASSWORD": "registrypass1", "REGISTRY_SCRYPT_N": "1024",
                "STATION_SCRYPT_N": "1024"}


def registry_env() -> dict[str, str]:
    return {**os.environ, **REGISTRY_ENV}


def registry_cli(home: Path, *args: str | Path) -> Any:
    """Run `registry --home HOME ARGS --json`; its answer."""
    done = subprocess.run([sys.executable, "-m", "sync.registry", "--home", str(home),
                           *map(str, args), "--json"], env=registry_env(),
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout)


class RegistryServe:
    """`registry serve` as its own process, on a fixed port: started and stopped at will."""

    def __init__(self, home: Path, port: int | None = None) -> None:
        self.home = home
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> RegistryServe:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sync.registry", "--home", str(self.home), "serve",
             "--port", str(self.port)], env=registry_env(), stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True)
        wait_healthy(self.url, self.process, timeout=90)
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            _, errors = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, errors = self.process.communicate()
        self.process = None
        assert "Traceback" not in (errors or ""), errors


def make_registry(tmp_path: Path, pg_url: str, url: str) -> Path:
    """`registry init` on the fresh database; stations reach it at `url`. Its home."""
    home = tmp_path / "registry"
    registry_cli(home, "init", "--db", pg_url, "--url", url)
    return home


def choose_in_dialog(qtbot: Any, dialog: QFileDialog | None, path: Path) -> None:
    """Type `path` into the window's open file dialog and press Enter, as a person does."""
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10000)
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None, "the file dialog has no file name field"
    # The whole path at once: typed key by key, the dialog's completion rewrites it midway.
    edit.setText(str(path))

    def closed() -> bool:
        return not shiboken6.isValid(dialog) or not dialog.isVisible()

    completer = edit.completer()
    if completer is not None and completer.popup() is not None:
        completer.popup().hide()  # a completion list open would take the Enter key
    QTest.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(closed, timeout=10000)
