"""Screenshots of every page and the main dialogs of the real station window, and the fit check.

`python -m ui.screenshots HOME OUT` opens the station exactly as `station gui` does, in
$STATION_LANGUAGE (en, fr or sw), unlocks it with STATION_PASSPHRASE, logs in STATION_USER /
STATION_PASSWORD, visits each page (each step of the enrolment wizard, the confirmation, print
and join dialogs) and saves a grab of the whole screen per view as OUT/<view>.png, and what
`fit_problems` found in each view as OUT/fit.json. With STATION_SHOT_FACES (a folder of photos)
the capture step shows them as a live source.

`fit_problems(window)` is the rule the fit test (tests/ui/test_ui_fit.py) holds every page to:
no visible control outside the window or cut off by its parent, no label whose text is wider
than the label (font metrics) or taller than it when wrapped, no button narrower than its text.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QWidget,
)

SLACK = 2  # pixels of rounding allowed
CHECKED_WAIT_S = 60  # the capture step: at most this long for the first full checks
RICH = re.compile(r"<[a-zA-Z/!][^>]*>|&[a-z]+;")  # what QLabel's AutoText shows as rich text


def _visible(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isVisible()


def _in_scroll_area(widget: QWidget, top: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose viewport holds `widget` (its content may be taller than shown)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return grand
        parent = grand
    return None


def _where(widget: QWidget) -> str:
    names: list[str] = []
    node: QWidget | None = widget
    while node is not None and len(names) < 4:
        names.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()[:50]
    return f"{' < '.join(names)} {text!r}"


def _text_width(widget: QLabel) -> int:
    text = widget.text()
    if widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and RICH.search(text)):
        document = QTextDocument()
        document.setDefaultFont(widget.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return int(document.idealWidth())
    if widget.buddy() is not None:  # "&Name": the ampersand marks the shortcut, not shown
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def label_problem(label: QLabel) -> str:
    """Why a label's text does not show in full ("" when it does)."""
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    room = label.contentsRect()
    room_width = room.width() - 2 * label.margin() - label.indent() if label.indent() > 0 \
        else room.width() - 2 * label.margin()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wrapped text needs {needed} px, has {label.height()}"
        return ""
    width = _text_width(label)
    if width > room_width + SLACK:
        return f"text needs {width} px, has {room_width}"
    return ""


def button_problem(button: QAbstractButton) -> str:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return ""
    needed = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        needed += 16  # the indicator
    if needed > button.width() + SLACK:
        return f"button text needs {needed} px, has {button.width()}"
    if isinstance(button, QPushButton) and button.width() + SLACK < button.sizeHint().width():
        return f"button squeezed to {button.width()} px of its {button.sizeHint().width()}"
    return ""


def item_problems(widget: QWidget) -> list[str]:
    """List rows cut short ("Synchronisation : 1 à …") and table cells elided without a
    tooltip saying them in full."""
    problems: list[str] = []
    if isinstance(widget, QListWidget):
        metrics = widget.fontMetrics()
        for row in range(widget.count()):
            item = widget.item(row)
            if item.isHidden() or not item.text():
                continue
            shown = widget.visualItemRect(item)
            room = shown.width() - 12 - (widget.iconSize().width() + 6
                                         if not item.icon().isNull() else 0)
            if widget.wordWrap():  # wrapped: the row must be as tall as the wrapped text
                needed = metrics.boundingRect(QRect(0, 0, max(room, 1), 10000),
                                              int(Qt.TextFlag.TextWordWrap),
                                              item.text()).height()
                if needed > shown.height() + SLACK:
                    problems.append(f"list row needs {needed} px high, has {shown.height()}: "
                                    f"{_where(widget)} {item.text()[:40]!r}")
            elif max(metrics.horizontalAdvance(line) for line in item.text().split("\n")) \
                    > room + SLACK and \
                    item.toolTip() != item.text():
                problems.append(f"list row cut short: {_where(widget)} {item.text()[:40]!r}")
    elif isinstance(widget, QTableWidget):
        metrics = widget.fontMetrics()
        for row in range(min(widget.rowCount(), 50)):
            for column in range(widget.columnCount()):
                cell = widget.item(row, column)
                if cell is None or not cell.text() or widget.isColumnHidden(column):
                    continue
                if metrics.horizontalAdvance(cell.text()) + 8 > widget.columnWidth(column) \
                        and cell.toolTip() != cell.text():
                    problems.append(f"table cell elided without a tooltip: "
                                    f"{_where(widget)} {cell.text()[:40]!r}")
    return problems


def fit_problems(window: QWidget, screen: QSize | None = None) -> list[str]:
    """Everything visible in `window` that is off-screen, cut off or too narrow for its text
    (and, given the screen's size, a window larger than the screen or unable to shrink to it)."""
    problems: list[str] = []
    frame = window.rect()
    if screen is not None:
        least = window.minimumSizeHint().expandedTo(window.minimumSize())
        if least.width() > screen.width() or least.height() > screen.height():
            problems.append(f"the window cannot shrink below {least.width()}x{least.height()} "
                            f"(screen {screen.width()}x{screen.height()})")
        if window.width() > screen.width() or window.height() > screen.height():
            problems.append(f"the window is {window.width()}x{window.height()} on a "
                            f"{screen.width()}x{screen.height()} screen")
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not _visible(widget, window):
            continue
        area = _in_scroll_area(widget, window)
        corner = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(corner, widget.size())
        parent = widget.parentWidget()
        if area is None:
            if not frame.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
                problems.append(f"outside the window {rect.getRect()}: {_where(widget)}")
                continue
            if parent is not None and not isinstance(parent, QAbstractScrollArea):
                inside = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
                if not inside.contains(widget.geometry()) and parent.isVisible():
                    problems.append(f"cut off by its parent {widget.geometry().getRect()} in "
                                    f"{parent.rect().getRect()}: {_where(widget)}")
                    continue
        else:
            # in a scroll area: may be below the fold, never wider than the area
            view = area.viewport()
            left = widget.mapTo(view, QPoint(0, 0)).x()
            if left + widget.width() > view.width() + SLACK and \
                    area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAsNeeded:
                problems.append(f"wider than its scroll area: {_where(widget)}")
        if isinstance(widget, QLabel):
            why = label_problem(widget)
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            why = button_problem(widget)
        else:
            why = ""
        if why:
            problems.append(f"{why}: {_where(widget)}")
        problems += item_problems(widget)
    return problems


# -- the screenshot run ------------------------------------------------------------------------
def main(home: str, out: str) -> int:
    from ui.app import application, build_window, install_translations
    from ui.style import apply_style

    app = application()
    apply_style(app)
    language = install_translations(app, os.environ.get("STATION_LANGUAGE", "en"))
    window = build_window(home, language=language)
    screen = QGuiApplication.primaryScreen()
    window.setGeometry(screen.availableGeometry())  # as maximised (Xvfb has no window manager)
    window.show()
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    plan: list[str] = []
    fit: dict[str, list[str]] = {}
    faces = os.environ.get("STATION_SHOT_FACES", "")

    def shoot(name: str) -> None:
        QApplication.processEvents()
        screen.grabWindow(0).save(str(target / f"{name}.png"))
        fit[name] = fit_problems(window, screen.availableGeometry().size())
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not window:
            fit[name] += [f"dialog: {p}" for p in fit_problems(modal)]
            geometry = modal.frameGeometry()
            if not screen.availableGeometry().contains(geometry):
                fit[name].append(f"dialog off-screen: {geometry.getRect()}")

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
            QTimer.singleShot(0, visit)
            return
        QTimer.singleShot(50, step)

    def wizard(index: int) -> Callable[[], None]:
        def go() -> None:
            page = window.workspace.open("enrol")
            page.go_to(index)  # type: ignore[union-attr]
        return go

    def details() -> None:
        page = window.workspace.open("enrol")
        page.consent.agree_all()  # type: ignore[union-attr]
        page.next()  # type: ignore[union-attr]
        page.details.names["given_name"].setText("محمد")  # type: ignore[union-attr]
        page.details.names["family_name"].setText("Kaboré")  # type: ignore[union-attr]

    def capture() -> None:
        page = window.workspace.open("enrol")
        page.go_to(page.steps.index(page.capture))  # type: ignore[union-attr]
        if faces:
            page.capture.auto.setChecked(False)  # type: ignore[union-attr]
            page.capture.start("folder", faces)  # type: ignore[union-attr]

    def checked() -> bool:
        """The capture step shows the full checks of a picture (their process has started,
        loaded its models and answered)."""
        capture = window.workspace.page("enrol").capture  # type: ignore[union-attr]
        return capture.latest is not None and capture.checklist.count() > 0

    def approve() -> None:
        page = window.workspace.page("enrol")
        page.capture.capture_now()  # type: ignore[union-attr]

    def leave_capture() -> None:
        page = window.workspace.page("enrol")
        page.capture.stop()  # type: ignore[union-attr]

    def records() -> None:
        page = window.workspace.open("records")
        page.query.setText("DAR")  # type: ignore[union-attr]
        page.search()  # type: ignore[union-attr]

    def confirm() -> None:
        page = window.workspace.open("admin")
        table = page.operators  # type: ignore[union-attr]
        for row in range(table.rowCount()):
            if table.item(row, 0) is not None and table.item(row, 0).text() == "officer":
                table.selectRow(row)
        page.deactivate()  # type: ignore[union-attr]

    def close_dialog() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not window:
            modal.close()

    def print_dialog() -> None:
        from ui import print_dialog as printing

        window.workspace.open("records")
        dialog = printing.PrintDialog(window.session.runner, window, count=1)
        dialog.open()
        window._shot_dialog = dialog  # type: ignore[attr-defined]

    def join() -> None:
        page = window.workspace.open("sync")
        page._join_dialog()  # type: ignore[union-attr]

    def page(key: str) -> Callable[[], None]:
        def go() -> None:
            window.workspace.open(key)
        return go

    def review_step() -> None:
        leave_capture()
        wizard(5)()

    def print_over_records() -> None:
        close_dialog()
        print_dialog()

    def join_over_sync() -> None:
        close_dialog()
        join()

    views: list[tuple[str, Callable[[], None], int]] = [
        ("enrol", wizard(0), 400),
        ("enrol-details", details, 400),
        ("enrol-contacts", wizard(2), 400),
        ("enrol-needs", wizard(3), 400),
        ("enrol-capture", capture, 1500),
        ("enrol-capture-approve", approve, 1500 if faces else 100),
        ("enrol-review", review_step, 400),
        ("review", page("review"), 1500),
        ("records", records, 900),
        ("sync", page("sync"), 600),
        ("central", page("central"), 500),
        ("admin", page("admin"), 600),
        ("dialog-confirm", confirm, 500),
        ("dialog-print", print_over_records, 900),
        ("dialog-join", join_over_sync, 700),
    ]

    def visit() -> None:
        if not views:
            close_dialog()
            (target / "fit.json").write_text(json.dumps(fit, indent=1, ensure_ascii=False))
            window.close()
            app.quit()
            return
        name, show, wait = views.pop(0)
        try:
            show()
        except Exception as error:  # a page that is not there for this role: said, not fatal
            fit[name] = [f"could not show: {error!r}"]
            QTimer.singleShot(0, visit)
            return

        deadline = time.monotonic() + CHECKED_WAIT_S

        def shoot_and_go_on() -> None:
            if name == "enrol-capture" and faces and not checked() \
                    and time.monotonic() < deadline:
                QTimer.singleShot(200, shoot_and_go_on)  # the full checks' first answer
                return
            try:
                shoot(name)
            except Exception as error:
                fit[name] = [f"could not shoot: {error!r}"]
            visit()

        QTimer.singleShot(wait, shoot_and_go_on)

    QTimer.singleShot(300, step)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
