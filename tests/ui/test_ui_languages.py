"""English, French and Swahili: catalogues complete, every page and dialog in the language,
switching in the window at once, each operator's choice remembered, errors and labels."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from station.domain import labels
from station.domain.vocab import Role, Sex
from station.errors import ValidationError
from station.services.home import StationHome
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, PASSPHRASE
from ui.i18n import update
from ui.language import LANGUAGES, Languages, Preferences, catalogue, error_text, photo_check_text

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "ui" / "i18n"

# Texts that stay as they are in every language: names of languages in their own words, codes
# a person needs (registration numbers, site codes), file patterns and product names.
ALLOWED = {*LANGUAGES.values(), "WhatsApp", "PDF", "SMS", "OK", "#", "Radio", "Distance",
           "Station", "Source", "Action", "Photo", "Type", "Images", "District", "Notes",
           "Documents", "Latin", "Email", "Interpreter", "Contact", "Central"}
CODE = re.compile(r"^[\W\d_A-Z]*$")  # codes, numbers, punctuation: DAR-01, 3, 85.6 × 54
ENGLISH_WORDS = {"the", "and", "of", "to", "is", "are", "with", "for", "your", "this", "not",
                 "be", "from", "or", "has", "have", "was", "will", "can", "cannot", "no", "yet"}


@pytest.fixture(autouse=True)
def english_after(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Every test leaves the application in English (other tests read English texts)."""
    yield
    Languages.of(qapp).switch("en")


# -- catalogues -----------------------------------------------------------------------------------
def test_catalogues_miss_no_source_string(tmp_path: Path) -> None:
    """lupdate over ui/ (with the texts extracted from labels, errors and photo checks) finds
    nothing new, and every message of station_fr.ts and station_sw.ts is translated."""
    assert (I18N / "extracted.py").read_text(encoding="utf-8") == update.extracted_source(), \
        "ui/i18n/extracted.py is out of date: run `uv run python -m ui.i18n.update`"
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate is not None
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py") if p.name != "update.py")
    for code in ("fr", "sw"):
        committed = I18N / f"station_{code}.ts"
        copy = tmp_path / committed.name
        shutil.copy(committed, copy)
        subprocess.run([lupdate, *sources, "-no-obsolete", "-silent", "-ts", str(copy)],
                       check=True, cwd=ROOT, capture_output=True)
        messages = list(ET.parse(copy).getroot().iter("message"))
        unfinished = [m.findtext("source") for m in messages
                      if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
        assert not unfinished, f"{code}: {len(unfinished)} untranslated, e.g. {unfinished[:5]}"
        assert len(messages) == len(list(ET.parse(committed).getroot().iter("message")))
        qm = I18N / f"station_{code}.qm"
        assert qm.stat().st_mtime >= committed.stat().st_mtime - 1, f"{qm.name} is older"


def test_translations_keep_their_placeholders() -> None:
    """A translation has the same %s/%d and {name} placeholders, in the same order."""
    marks = re.compile(r"%[sd]|%\.\d+f|\{[a-z_0-9]*\}")
    for code in ("fr", "sw"):
        for context, source, _comment, text in catalogue(code):
            assert marks.findall(text) == marks.findall(source), (code, context, source, text)


def test_swahili_names_the_registry_one_way() -> None:
    """The central registry is "daftari kuu" in every Swahili text (it was "sajili kuu" in
    some): an operator reading the alerts, the Sync page and the errors meets one word."""
    registry = re.compile(r"\bregistry\b", re.IGNORECASE)
    for _context, source, _comment, text in catalogue("sw"):
        if registry.search(source):
            assert "sajili kuu" not in text.lower(), (source, text)


# -- walking every page and dialog ----------------------------------------------------------------
def _english_sources(language: str) -> set[str]:
    """English texts whose translation in `language` is different (so showing them is a miss)."""
    translated = {(c, s, d): t for c, s, d, t in catalogue(language)}
    return {_clean(source) for (c, source, d), text in translated.items()
            if _clean(text) != _clean(source)} - {""}


def _clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    return re.sub(r"\s+", " ", text).strip(" :*…").strip()


def _texts(widget: QWidget) -> list[str]:
    found = [widget.toolTip()]
    if widget.isWindow():
        found.append(widget.windowTitle())
    if isinstance(widget, QLabel | QAbstractButton):
        found.append(widget.text())
    if isinstance(widget, QGroupBox):
        found.append(widget.title())
    if isinstance(widget, QLineEdit | QTextEdit):
        found.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        found += [widget.itemText(row) for row in range(widget.count())]
    if isinstance(widget, QTabWidget):
        found += [widget.tabText(row) for row in range(widget.count())]
    if isinstance(widget, QListWidget):
        found += [widget.item(row).text() for row in range(widget.count())]
    if isinstance(widget, QTableWidget):
        found += [widget.horizontalHeaderItem(c).text() for c in range(widget.columnCount())
                  if widget.horizontalHeaderItem(c) is not None]
    if isinstance(widget, QMenu):
        found.append(widget.title())
    found += [action.text() for action in widget.actions()]
    return [text for text in found if text and text.strip()]


def _still_english(root: QWidget, language: str) -> list[str]:
    sources = _english_sources(language)
    missed = []
    for widget in [root, *root.findChildren(QWidget)]:
        for text in _texts(widget):
            for line in _clean(text).split("\n"):
                line = line.strip()
                if not line or line in ALLOWED or CODE.match(line):
                    continue
                words = re.findall(r"[A-Za-z']+", line.lower())
                if line in sources or sum(word in ENGLISH_WORDS for word in words) >= 2:
                    missed.append(f"{type(widget).__name__}: {line}")
    return sorted(set(missed))


def _walk(qtbot, window: QMainWindow, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Every screen, page, wizard step and the dialogs the station opens, in `language`."""
    missed = _still_english(window, language)
    workspace = window.workspace  # type: ignore[attr-defined]
    for row in range(workspace.nav.count()):
        workspace.nav.setCurrentRow(row)
        qtbot.wait(20)
        missed += _still_english(workspace.pages.widget(row), language)
    enrol = workspace.page("enrol")
    if enrol is not None:
        for index in range(len(enrol.steps)):
            enrol.go_to(index)
            missed += _still_english(enrol, language)
    from ui import file_dialogs
    from ui.confirm import ConfirmDialog
    from ui.print_dialog import PrintDialog

    chooser = file_dialogs.open_file(window, "x", "", lambda _path: None)
    missed += [m for m in _still_english(chooser, language) if not m.endswith(": x")]
    chooser.close()
    confirm = ConfirmDialog("x", "y", "z", reason_label="r", parent=window)
    missed += [m for m in _still_english(confirm, language) if m[-2:] not in (" x", " y", " z")]
    confirm.close()
    printing = PrintDialog(window.session.runner, window)  # type: ignore[attr-defined]
    missed += _still_english(printing, language)
    printing.close()
    from ui.correct_dialog import CorrectDialog
    from ui.wizard.alert import DuplicateAlert

    correct = CorrectDialog(window.session, {"registration_number": "DAR01-000001",  # type: ignore[attr-defined]
                                             "name": {"given": "Zawadi", "family": "Juma"}},
                            window)
    missed += _still_english(correct, language)
    correct.close()
    alert = DuplicateAlert(b"", [], {}, window)
    missed += _still_english(alert, language)
    alert.close()
    return sorted(set(missed))


@pytest.mark.parametrize("language", ["fr", "sw"])
def test_every_page_and_dialog_reads_in_the_language(qtbot, qapp, station_home,  # type: ignore[no-untyped-def]
                                                      tmp_path, language):
    """The set-up assistant, unlock and login screens, every page an administrator has, each
    step of the wizard, the file dialog, a confirmation and the print dialog: no visible text
    is still the English source."""
    from ui.app import build_window

    fresh = build_window(tmp_path / "new-home", synchronous=True, language=language)
    qtbot.addWidget(fresh)
    missed = _still_english(fresh.setup, language)
    window: Any = build_window(station_home.path, synchronous=True, language=language)
    qtbot.addWidget(window)
    window.show()
    missed += _still_english(window.unlock_screen, language)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.button.click()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen)
    missed += _still_english(window.login_screen, language)
    window.login_screen.username.setText(ADMIN)
    window.login_screen.password.setText(ADMIN_PASSWORD)
    window.login_screen.button.click()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    missed += _walk(qtbot, window, language)
    assert not missed, f"{len(missed)} English texts in {language}:\n" + "\n".join(missed)


# -- switching in the window ----------------------------------------------------------------------
def _login(qtbot, window, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    if window.screens.currentWidget() is window.unlock_screen:
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.button.click()
        qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen)
    window.login_screen.username.setText(user)
    window.login_screen.password.setText(password)
    window.login_screen.button.click()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)


def _nav(window) -> list[str]:  # type: ignore[no-untyped-def]
    nav = window.workspace.nav
    return [nav.item(row).text().split(" (")[0].split(":")[0] for row in range(nav.count())]


def test_switching_changes_every_visible_text_at_once_and_keeps_what_was_typed(
        qtbot, qapp, station_home):  # type: ignore[no-untyped-def]
    """English -> Swahili -> French -> English from the Language menu, logged in, without
    restarting: navigation, buttons, the wizard's labels and vocabulary words follow at once,
    the name typed stays, and coming back to English gives the English texts again."""
    from ui.app import build_window

    window: Any = build_window(station_home.path, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    _login(qtbot, window, ADMIN, ADMIN_PASSWORD)
    enrol: Any = window.workspace.page("enrol")
    enrol.details.names["given_name"].setText("Zawadi")
    english_nav = _nav(window)
    english_texts = sorted(t for w in window.findChildren(QWidget) for t in _texts(w))
    assert "Enrol a person" in english_nav
    menu = window.language_menu
    menu.actions["sw"].trigger()
    assert _nav(window)[:2] == ["Sajili mtu", "Ukaguzi wa marudio"]
    assert window.workspace.sign_out_button.text() == "Toka"
    assert menu.menu.title() == "&Lugha"
    assert enrol.details.names["given_name"].text() == "Zawadi"
    assert not _still_english(window, "sw")
    sex = enrol.details.findChildren(QComboBox)
    assert any(box.findText("Mwanamke") >= 0 for box in sex)
    menu.actions["fr"].trigger()
    assert _nav(window)[0] == "Enregistrer une personne"
    assert not _still_english(window, "fr")
    menu.actions["en"].trigger()
    assert _nav(window) == english_nav
    again = sorted(t for w in window.findChildren(QWidget) for t in _texts(w))
    assert [t for t in again if t not in english_texts] == []  # every text English again
    assert [t for t in english_texts if t not in again] == []
    assert enrol.details.names["given_name"].text() == "Zawadi"


def test_each_operator_finds_their_language_and_the_station_default_between(
        qtbot, qapp, station_home):  # type: ignore[no-untyped-def]
    """The officer picks Swahili; after signing out the start screens show the station's
    default (French, chosen by the administrator); the officer logging in again gets Swahili,
    the supervisor (no choice of their own) the station's default. The preference file names
    nobody."""
    from ui.app import build_window

    window: Any = build_window(station_home.path, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    _login(qtbot, window, ADMIN, ADMIN_PASSWORD)
    window.language_menu.actions["fr"].trigger()
    assert window.language_menu.default_action.isVisible()
    window.language_menu.default_action.trigger()
    window.session.sign_out()
    _login(qtbot, window, "officer", "officerpass1")
    assert Languages.of(qapp).language == "fr"
    window.language_menu.actions["sw"].trigger()
    assert _nav(window)[0] == "Sajili mtu"
    window.session.sign_out()
    assert Languages.of(qapp).language == "fr"
    assert window.login_screen.button.text() == "Se connecter"
    _login(qtbot, window, "super", "superpass1")
    assert Languages.of(qapp).language == "fr"
    window.session.sign_out()
    _login(qtbot, window, "officer", "officerpass1")
    assert Languages.of(qapp).language == "sw"
    assert window.login_screen.button.text() == "Ingia"
    stored = (station_home.path / "ui-language.json").read_text(encoding="utf-8")
    assert "officer" not in stored and "admin" not in stored
    assert Preferences(station_home.path).of_operator("officer") == "sw"


def test_the_set_up_assistant_chooses_the_station_language(qtbot, qapp, tmp_path):  # type: ignore[no-untyped-def]
    """Choosing Kiswahili in the set-up assistant shows it at once and makes it the default."""
    from ui.app import build_window

    window: Any = build_window(tmp_path / "home", synchronous=True)
    qtbot.addWidget(window)
    choice: Any = window.setup.findChild(QComboBox, "station-language")
    choice.setCurrentIndex(choice.findData("sw"))
    assert window.setup.button.text() == "Unda kituo"
    assert Preferences(tmp_path / "home").default() == "sw"
    assert StationHome(tmp_path / "home").is_initialised() is False


def test_station_gui_language_opens_a_swahili_window(qtbot, qapp, station_home,  # type: ignore[no-untyped-def]
                                                     monkeypatch):  # type: ignore[no-untyped-def]
    """`station gui --language sw` passes the language to the window (and Qt's own buttons
    read in Swahili: our catalogue carries them, as PySide6 ships no qtbase_sw)."""
    import argparse

    import ui.app
    from station.cli import cmd_gui
    from ui.app import build_window

    asked: list[str] = []
    monkeypatch.setattr(ui.app, "run", lambda home, language="": asked.append(language))
    cmd_gui.run(argparse.Namespace(home=str(station_home.path), language="sw"))
    assert asked == ["sw"]
    window: Any = build_window(station_home.path, synchronous=True, language="sw")
    qtbot.addWidget(window)
    assert window.unlock_screen.button.text() == "Fungua"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Ghairi"
    dialog = QFileDialog(window, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
    assert "Ghairi" in buttons
    dialog.close()


# -- words from station/ ------------------------------------------------------------------------
def test_labels_countries_languages_and_dates_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    languages = Languages.of(qapp)
    languages.switch("sw")
    assert labels.label(Sex.FEMALE) == "Mwanamke"
    assert labels.label(Role.OFFICER) == "Afisa usajili"
    assert labels.country_name("BDI") == "Burundi"
    assert labels.country_name("COD") == "Jamhuri ya Kidemokrasia ya Kongo"
    assert labels.country_name("XXA") == "Hana uraia"
    assert labels.language_name("run") == "Kirundi"
    assert labels.language_name("fra") == "Kifaransa"
    assert labels.local_date(date(2026, 8, 1)) == "1 Ago 2026"
    languages.switch("fr")
    assert labels.country_name("TZA") == "Tanzanie"
    assert labels.language_name("swa").startswith("Swahili")
    assert labels.local_date(date(2026, 12, 1)) == "1 déc. 2026"
    languages.switch("en")
    assert labels.label(Sex.FEMALE) == "Female"  # the CLI's words
    assert labels.country_name("COD") == "Congo, The Democratic Republic of the"
    assert labels.local_date(date(2026, 12, 1)) == "1 Dec 2026"


def test_errors_carry_a_key_and_show_in_the_operator_language(qapp) -> None:  # type: ignore[no-untyped-def]
    keyed = ValidationError("{what} is required", field="sex", params={"what": "sex"})
    assert str(keyed) == "sex is required" and keyed.key == "{what} is required"
    languages = Languages.of(qapp)
    languages.switch("sw")
    assert error_text(keyed) == "jinsia inahitajika"
    assert error_text(ValidationError("Given name must not contain digits")) == \
        "Jina la kwanza isiwe na tarakimu"  # an f-string message matched to its key
    assert error_text(ValidationError("The arrival date is in the future")) == \
        "Tarehe ya kuwasili iko mbele ya leo"  # the field named in words, in Swahili words
    assert error_text(ValidationError("wrong passphrase")) == "kaulisiri si sahihi"
    assert photo_check_text("The head is turned to their left (23°): look straight into the "
                            "camera.") == "Kichwa kimegeuka kushoto kwake (23°): angalia " \
                                          "kamera moja kwa moja."
    languages.switch("fr")
    assert error_text(keyed) == "le sexe est obligatoire"
    assert error_text(ValidationError("The phone number must be digits, optionally starting "
                                      "with +")) == \
        "Le téléphone doit être fait de chiffres, avec un + au début si besoin"
    from ui.tasks import describe_error

    assert describe_error(MemoryError()).startswith("l'ordinateur manque de mémoire")
    languages.switch("en")
    assert error_text(keyed) == "sex is required"


def test_only_dialogs_of_this_window_are_checked(qapp) -> None:  # type: ignore[no-untyped-def]
    """The walking test's helper finds English where it is (a guard against a blind test)."""
    Languages.of(qapp).switch("sw")
    probe = QDialog()
    QLabel("Enrol a person", probe)
    QLabel("The station is locked and the file was not saved.", probe)
    QLabel("Sajili mtu", probe)
    assert len(_still_english(probe, "sw")) == 2
    probe.deleteLater()
    QApplication.processEvents()
