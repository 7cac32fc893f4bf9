"""File dialogs open on the USB stick or in Documents, never in the program's folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from ui import file_dialogs
from ui.file_dialogs import start_folder


def test_start_folder_prefers_the_stick_then_documents_then_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    media, run_media = tmp_path / "media", tmp_path / "run-media"
    roots = (media, run_media)
    assert start_folder(home=home, user="amina", media_roots=roots) == home
    (home / "Documents").mkdir()
    assert start_folder(home=home, user="amina", media_roots=roots) == home / "Documents"
    (run_media / "amina").mkdir(parents=True)
    assert start_folder(home=home, user="amina", media_roots=roots) == run_media / "amina"
    stick = run_media / "amina" / "KINGSTON"
    stick.mkdir()
    assert start_folder(home=home, user="amina", media_roots=roots) == stick  # the one stick
    (run_media / "amina" / "SANDISK").mkdir()
    assert start_folder(home=home, user="amina", media_roots=roots) == run_media / "amina"
    (media / "amina").mkdir(parents=True)  # /media/$USER comes first
    assert start_folder(home=home, user="amina", media_roots=roots) == media / "amina"
    (media / "baraka").mkdir()
    assert start_folder(home=home, user="baraka", media_roots=roots) == media / "baraka"


def _fake_user(monkeypatch, tmp_path: Path, *, stick: bool) -> Path:  # type: ignore[no-untyped-def]
    """HOME, user name and removable-media roots of a pretend laptop; the folder expected."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "amina")
    media = tmp_path / "media"
    monkeypatch.setattr(file_dialogs, "MEDIA_ROOTS", (media,))
    if not stick:
        return home / "Documents"
    folder = media / "amina" / "USB-STICK"
    folder.mkdir(parents=True)
    return folder


def test_sync_page_dialogs_open_on_the_stick(qtbot, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                             window_factory):
    stick = _fake_user(monkeypatch, tmp_path, stick=True)
    window = window_factory()
    page = window.workspace.open("sync")
    for button in (page.export_button, page.ack_button, page.join_button,
                   page.request_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        assert isinstance(dialog, QFileDialog)
        qtbot.waitUntil(dialog.isVisible, timeout=10000)
        shown = Path(dialog.directory().absolutePath())
        assert shown == stick, (button.text(), shown)
        assert shown != Path.cwd()
        dialog.reject()
    assert page.banner.text() == ""  # cancelling a dialog does nothing


def test_dialogs_of_other_pages_start_in_documents(qtbot, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                                   window_factory):
    """The blocking dialogs elsewhere (central import here) take the same start folder."""
    documents = _fake_user(monkeypatch, tmp_path, stick=False)
    window = window_factory()
    page = window.workspace.open("central")
    seen: list[Path] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(100, look)
            return
        seen.append(Path(dialog.directory().absolutePath()))
        dialog.reject()

    QTimer.singleShot(100, look)
    page._choose()  # opens the dialog and waits for it, as a click does
    assert seen == [documents]
    assert documents != Path.cwd()
