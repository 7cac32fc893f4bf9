"""Every page and the main dialogs fit a 1366x768 or 1280x720 laptop, in English, French and
Swahili: no control off the window or cut off by its parent, no label or button text wider than
its widget (font metrics), no list row cut short, no table cell elided without a tooltip
(`ui.screenshots.fit_problems`); every field has a name for screen readers; the colours keep
their contrast. One window per language, resized and walked through."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from station.services.context import login
from station.services.enrolment import enrol
from station.services.forms import EnrolmentForm
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE, open_for_checks
from ui.access import is_field
from ui.screenshots import fit_problems
from ui.style import CONTRAST_PAIRS, contrast

# The laptops' screens, and what is left of the smaller one to a maximised window under a
# desktop panel and a title bar.
SIZES = (QSize(1366, 768), QSize(1280, 720), QSize(1280, 660))
LANGUAGES = ("en", "fr", "sw")


def _settle(window: QWidget, size: QSize) -> None:
    window.resize(size)
    for _ in range(3):
        QApplication.processEvents()


def _check(window: QWidget, where: str, found: list[str]) -> None:
    for size in SIZES:
        _settle(window, size)
        found += [f"{where} at {size.width()}x{size.height()}: {problem}"
                  for problem in fit_problems(window, size)]


def _unnamed_fields(root: QWidget) -> list[str]:
    """Inputs a screen reader could not name: no accessible name and no label bound to them."""
    named = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    return [f"{type(field).__name__} {field.objectName()!r} "
            f"{getattr(field, 'placeholderText', lambda: '')()!r}"
            for field in root.findChildren(QWidget)
            if is_field(field) and field.isVisible() and field not in named
            and not field.accessibleName().strip()]


def _login(qtbot, window) -> None:
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.button.click()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen, timeout=15000)
    window.login_screen.username.setText(ADMIN)
    window.login_screen.password.setText(ADMIN_PASSWORD)
    window.login_screen.button.click()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)


@pytest.fixture
def enrolled_home(station_home):
    """The station with one person in it (no photo: fast), so Records shows a full record."""
    station = open_for_checks(station_home)
    try:
        admin = login(station, ADMIN, ADMIN_PASSWORD)
        enrol(station, admin, EnrolmentForm(
            given_name="Amina", family_name="Mwakyembe-Kabwe", sex="F", birth_year=1990,
            nationality="COD", consent_purposes="registration,card,emergency-contact"))
    finally:
        station.close()
    return station_home


@pytest.fixture
def back_to_english():
    """The language is the application's: the next test starts in English again."""
    yield
    from ui.language import Languages

    Languages.of().switch("en")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.usefixtures("back_to_english")
def test_every_page_and_dialog_fits_the_laptop_screens(qtbot, enrolled_home, tmp_path: Path,
                                                       language: str) -> None:
    from ui.app import build_window
    from ui.confirm import ConfirmDialog
    from ui.print_dialog import PrintDialog

    found: list[str] = []
    unnamed: list[str] = []
    setup = build_window(tmp_path / "new-home", synchronous=True, language=language)
    qtbot.addWidget(setup)
    setup.show()
    _check(setup, "set-up assistant", found)
    window = build_window(enrolled_home.path, synchronous=True, language=language)
    qtbot.addWidget(window)
    window.show()
    _check(window, "unlock", found)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.button.click()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen, timeout=15000)
    _check(window, "login", found)
    window.login_screen.username.setText(ADMIN)
    window.login_screen.password.setText(ADMIN_PASSWORD)
    window.login_screen.button.click()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)

    workspace = window.workspace
    for row in range(workspace.nav.count()):
        key = str(workspace.nav.item(row).data(256))
        page = workspace.open(key)
        assert page is not None
        if key == "enrol":
            for index in range(len(page.steps)):  # type: ignore[attr-defined]
                page.go_to(index)  # type: ignore[attr-defined]
                _check(window, f"enrol step {index + 1}", found)
                unnamed += [f"enrol step {index + 1}: {f}" for f in _unnamed_fields(window)]
            page.capture.stop()  # type: ignore[attr-defined]
            page.go_to(0)  # type: ignore[attr-defined]
            continue
        if key == "records":
            page.query.setText("DAR")  # type: ignore[attr-defined]
            page.search()  # type: ignore[attr-defined]
            qtbot.waitUntil(lambda page=page: bool(page.record), timeout=10000)
        if key == "admin":
            for tab in range(page.tabs.count()):  # type: ignore[attr-defined]
                page.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
                _check(window, f"admin tab {tab + 1}", found)
                unnamed += [f"admin tab {tab + 1}: {f}" for f in _unnamed_fields(window)]
            page.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
            continue
        _check(window, key, found)
        unnamed += [f"{key}: {f}" for f in _unnamed_fields(window)]

    # the main dialogs, over the window at the smallest size
    _settle(window, SIZES[-1])
    confirm = ConfirmDialog(window.tr("Revoke card DAR-01-000001-XT?"),
                            "x " * 200, window.tr("Revoke"), reason_label="Reason",
                            parent=window)
    printing = PrintDialog(window.session.runner, window, count=10)
    for name, dialog in (("confirmation", confirm), ("print", printing)):
        dialog.show()
        QApplication.processEvents()
        least = dialog.minimumSizeHint()
        if least.width() > SIZES[-1].width() or least.height() > SIZES[-1].height():
            found.append(f"{name} dialog needs {least.width()}x{least.height()}")
        found += [f"{name} dialog: {p}" for p in fit_problems(dialog)]
        dialog.close()
    assert not found, "\n".join(found)
    assert not unnamed, "fields without a name for screen readers:\n" + "\n".join(unnamed)


def test_colours_keep_their_contrast() -> None:
    """WCAG AA: at least 4.5:1 for every text colour on its background."""
    low = {name: round(contrast(fg, bg), 2) for name, (fg, bg) in CONTRAST_PAIRS.items()
           if contrast(fg, bg) < 4.5}
    assert not low, low


def test_the_keyboard_reaches_every_control_of_the_enrolment_page(qtbot, window_factory):
    """Tab from the page list goes through the page's controls to Next, then to the header's
    Lock and Sign out and back to the page list: never onto a hidden control."""
    window = window_factory()
    window.activateWindow()
    page = window.workspace.open("enrol")
    window.workspace.nav.setFocus()
    reached: list[QWidget] = []
    for _ in range(150):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        reached.append(focused)
        assert focused.isVisible(), f"focus on a hidden {type(focused).__name__}"
        focused.focusNextChild()
        QApplication.processEvents()
        if QApplication.focusWidget() is window.workspace.nav:
            break
    for wanted in (page.next_button, page.consent.all_button,
                   window.workspace.lock_button, window.workspace.sign_out_button):
        assert wanted in reached, f"{wanted.text()} is not reached with Tab"
    order = [w for w in reached if w in (page.next_button, window.workspace.lock_button)]
    assert order[0] is page.next_button  # the page's work comes before the header
