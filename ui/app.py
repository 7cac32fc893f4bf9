"""Starting the desktop station: the QApplication, translations, the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from station.services.home import StationHome
from ui.main_window import MainWindow
from ui.session import Session
from ui.tasks import TaskRunner

I18N = Path(__file__).with_name("i18n")


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Enrolment station")
    app.setOrganizationName("enrolment-station")
    return app


def install_translations(app: QApplication, language: str = "") -> str:
    """Load our catalogue and Qt's own for `language` (default: the system's). Returns it."""
    language = language or os.environ.get("STATION_LANGUAGE", "") or QLocale.system().name()
    code = language.split("_")[0].split("-")[0]
    if code == "en":
        return "en"
    ours = QTranslator(app)
    if ours.load(str(I18N / f"station_{code}.qm")):
        app.installTranslator(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
    return code


def build_window(home: str | Path, *, synchronous: bool = False) -> MainWindow:
    runner = TaskRunner(synchronous=synchronous)
    session = Session(StationHome(home), runner)
    window = MainWindow(session)
    runner.setParent(window)
    session.setParent(window)
    return window


def run(home: str | Path, language: str = "") -> int:
    app = application()
    install_translations(app, language)
    window = build_window(home)
    window.show()
    return app.exec()
