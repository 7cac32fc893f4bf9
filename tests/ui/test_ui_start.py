"""First run, idle lock, title and languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station.security.vault import DEFAULT_SCRYPT_N
from station.services.home import StationHome
from ui.app import build_window, install_translations


def test_first_run_setup_assistant_creates_a_station(qtbot, tmp_path, monkeypatch):
    """An empty home opens the setup assistant; it creates a working station and admin, with
    the passphrase KDF at its shipped cost (the other window tests lower it)."""
    monkeypatch.delenv("STATION_SCRYPT_N", raising=False)
    window = build_window(tmp_path / "fresh")
    qtbot.addWidget(window)
    assert window.screens.currentWidget() is window.setup
    setup = window.setup
    setup.site.setText("KGM")
    setup.station_code.setText("02")
    setup.passphrase.setText("short")
    setup.create_station()
    assert setup.banner.kind == "error"  # a weak passphrase is refused before any work
    for edit in (setup.passphrase, setup.passphrase_again):
        edit.setText("a long enough passphrase")
    for edit in (setup.password, setup.password_again):
        edit.setText("adminpass1")
    setup.create_station()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen, timeout=20000)
    window.login_screen.username.setText("admin")
    window.login_screen.password.setText("adminpass1")
    window.login_screen.button.click()
    qtbot.waitUntil(lambda: window.ready, timeout=10000)
    assert StationHome(tmp_path / "fresh").is_initialised()
    assert StationHome(tmp_path / "fresh").vault.kdf_params().n == DEFAULT_SCRYPT_N == 2**17
    title = window.windowTitle()
    assert "KGM-02" in title and "admin" in title and "sync:" in title
    window.session.runner.wait_idle()


def test_idle_lock_returns_to_login_and_keeps_typed_values(qtbot, window_factory):
    """After the idle time the operator is logged out; typed values survive re-login."""
    window = window_factory()
    page = window.workspace.open("enrol")
    page.consent.agree_all()
    page.next()
    page.details.names["given_name"].setText("Zawadi")
    window.session.idle_timer.start(50)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen, timeout=5000)
    assert window.session.actor is None and "locked" in window.windowTitle()
    window.login_screen.username.setText("admin")
    window.login_screen.password.setText("adminpass1")
    window.login_screen.button.click()
    qtbot.waitUntil(lambda: window.ready, timeout=10000)
    assert window.workspace.page("enrol").details.names["given_name"].text() == "Zawadi"


def test_french_catalogue_translates_the_window(qtbot, qapp, station_home):
    """With French chosen, navigation and buttons read in French."""
    installed = install_translations(qapp, "fr")
    try:
        assert installed == "fr"
        assert QCoreApplication.translate("Navigation", "Enrol a person") == \
            "Enregistrer une personne"
        window = build_window(station_home.path)
        qtbot.addWidget(window)
        assert window.unlock_screen.button.text() == "Déverrouiller"
    finally:
        from PySide6.QtCore import QTranslator

        from ui.language import Languages

        Languages.of(qapp).switch("en")  # the next tests read English
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
