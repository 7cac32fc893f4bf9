"""Starting the desktop station: the QApplication, translations, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from station.services.home import StationHome
from ui.language import LanguageMenu, Languages, Preferences, add_setup_choice, start_language
from ui.main_window import MainWindow
from ui.session import Session
from ui.style import apply_style
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
    """Load our catalogue and Qt's own for `language` (en, fr or sw; default: $STATION_LANGUAGE,
    else the system's) and show every open widget in it. Returns the code shown."""
    return Languages.of(app).switch(start_language(language))


def build_window(home: str | Path, *, synchronous: bool = False,
                 language: str = "") -> MainWindow:
    """The window for the station in `home`; `language` (if given) is shown until an operator
    with a language of their own logs in, else the station's default language."""
    runner = TaskRunner(synchronous=synchronous)
    session = Session(StationHome(home), runner)
    apply_style(application())  # ui/style.py: palette, font, stylesheet (once)
    languages = Languages.of(application())
    preferences = Preferences(session.home.path)
    if language or preferences.default():
        languages.switch(language or preferences.default())
    window = MainWindow(session)
    runner.setParent(window)
    session.setParent(window)
    window.language_menu = LanguageMenu(window, session, languages)  # type: ignore[attr-defined]
    add_setup_choice(window.setup, languages, preferences)
    return window


def run(home: str | Path, language: str = "") -> int:
    app = application()
    code = install_translations(app, language)
    window = build_window(home, language=code if language else "")
    window.show()
    return app.exec()
