"""Screenshots of the main pages of the real station window (used by the Xvfb test).

`python -m ui.screenshots HOME OUT` opens the station exactly as `station gui` does, unlocks
it with STATION_PASSPHRASE, logs in STATION_USER / STATION_PASSWORD, visits each page and
saves a grab of the whole screen per page as OUT/<page>.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from ui.app import application, build_window, install_translations


def main(home: str, out: str) -> int:
    app = application()
    install_translations(app, os.environ.get("STATION_LANGUAGE", "en"))
    window = build_window(home)
    window.show()
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    plan: list[str] = []

    def shoot(name: str) -> None:
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(target / f"{name}.png"))

    def step() -> None:
        if window.screens.currentWidget() is window.unlock_screen and "unlock" not in plan:
            plan.append("unlock")
            shoot("unlock")
            window.unlock_screen.passphrase.setText(os.environ["STATION_PASSPHRASE"])
            window.unlock_screen.button.click()
        elif window.screens.currentWidget() is window.login_screen and "login" not in plan:
            plan.append("login")
            window.login_screen.username.setText(os.environ.get("STATION_USER", "admin"))
            shoot("login")
            window.login_screen.password.setText(os.environ["STATION_PASSWORD"])
            window.login_screen.button.click()
        elif window.ready:
            QTimer.singleShot(0, visit_pages)
            return
        QTimer.singleShot(50, step)

    keys = ["enrol", "enrol-details", "review", "records", "sync", "admin"]

    def visit_pages() -> None:
        if not keys:
            window.close()
            app.quit()
            return
        key = keys.pop(0)
        if key == "enrol-details":
            page = window.workspace.page("enrol")
            page.consent.agree_all()  # type: ignore[union-attr]
            page.next()  # type: ignore[union-attr]
            page.details.names["given_name"].setText("محمد")  # type: ignore[union-attr]
            page.details.names["family_name"].setText("Kaboré3")  # type: ignore[union-attr]
        else:
            window.workspace.open(key)

        def shoot_and_go_on() -> None:
            shoot(key)
            visit_pages()

        QTimer.singleShot(700, shoot_and_go_on)

    QTimer.singleShot(300, step)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
