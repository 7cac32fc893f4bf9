"""A whole working day in the real window, driven with clicks and typing as people do it.

First start: the set-up assistant joins a registry (a real `registry init` + `station add`) from
the bundle file on the stick; the admin adds an officer, a supervisor and a central user in the
Admin page. The officer enrols a person with photos from a folder camera; the same person comes
again and raises the duplicate alert; "Open this record" keeps the draft; back on the wizard the
officer continues as a new registration (held for review) and prints the person's slip through
the private CUPS slip-printer queue (A6).
The supervisor signs in on the duplicate queue, decides "different people" with a reason
(confirmed), prints the card through the private CUPS card-printer queue and exports the batch
to the stick. Central staff sign in and import the batch in the Central page.

Every step checks what the person sees and what the store (or the registry) holds.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from station.domain.vocab import CaseStatus, Decision, EnrolmentStatus
from station.services.auto_sync import Backoff
from station.services.context import open_station
from station.services.home import StationHome
from station.store import draft_queries
from tests.station import cups_server as private_cups
from tests.station.cups_server import CupsServer
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import free_port
from tests.ui.helpers import photo_folder
from tests.ui.registry_cli import REGISTRY_ENV, choose_in_dialog, make_registry, registry_cli
from ui.app import build_window
from ui.confirm import ConfirmDialog

cups_server = private_cups.cups_server  # the session's private CUPS scheduler (a fixture)
# a registry in this process, a station joined to it, `registry serve` in a thread (fixtures)
pg_url, registry = sync_fixtures.pg_url, sync_fixtures.registry
make_station, server = sync_fixtures.make_station, sync_fixtures.server
WAIT = 60000  # generous: seven other test runs share this machine
PASSPHRASE = "a long enough passphrase"
ADMIN_PASSWORD = "adminpass1"
PEOPLE = {"officer": ("Registration officer", "officerpass1"),
          "super": ("Supervisor", "superpass1"), "hq": ("Central staff", "centralpass1")}
MM = 72 / 25.4


# -- what a person does ----------------------------------------------------------------------------
def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.clear()
    QTest.keyClicks(edit, text)


def choose_in_combo(combo, shown: str) -> None:  # type: ignore[no-untyped-def]
    """Pick the entry shown as `shown` with the keyboard (as a person does: focus, type)."""
    index = combo.findText(shown)
    assert index >= 0, (shown, [combo.itemText(i) for i in range(combo.count())])
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _step in range(index):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def go_to(qtbot, window, key: str):  # type: ignore[no-untyped-def]
    """Click the page in the page list; the page."""
    nav = window.workspace.nav
    for row in range(nav.count()):
        item = nav.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            nav.scrollToItem(item)
            rect = nav.visualItemRect(item)
            qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            page = window.workspace.page(key)
            assert window.workspace.pages.currentWidget() is page
            return page
    raise AssertionError(f"no page {key} in {nav_texts(window)}")


def nav_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    nav = window.workspace.nav
    return [nav.item(row).text() for row in range(nav.count())]


def answer_blocking_file_dialog(qtbot, path: Path) -> Callable[[], None]:  # type: ignore[no-untyped-def]
    """For a dialog that opens with its own event loop (QFileDialog.get...): once it shows,
    type `path` into it and press Enter. Returns a check that it was answered."""
    answered: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            QTimer.singleShot(100, look)
            return
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setText(str(path))
        completer = edit.completer()
        if completer is not None and completer.popup() is not None:
            completer.popup().hide()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        answered.append(not shiboken6.isValid(dialog) or not dialog.isVisible())

    QTimer.singleShot(100, look)
    return lambda: bool(answered) and answered[0]


def sign_in(qtbot, window, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    login = window.login_screen
    assert window.screens.currentWidget() is login
    type_into(login.username, user)
    type_into(login.password, password)
    QTest.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ready, timeout=WAIT)
    assert f"Signed in: {user}" in window.workspace.operator.text()


def sign_out(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.session.runner.wait_idle()
    click(qtbot, window.workspace.sign_out_button)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen,
                    timeout=WAIT)
    assert "You signed out" in window.login_screen.banner.text()
    assert window.workspace.nav.count() == 0  # nothing of the session stays


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(9, box.height() // 2))


def enrol_person(qtbot, page, given: str, family: str, folder: Path,  # type: ignore[no-untyped-def]
                 *, slips: bool = False) -> None:
    """Consent, details, contacts, needs typed and clicked; then the folder camera. With
    `slips`, the officer first makes the mistakes the checks catch, and reads them in words."""
    assert page.stack.currentWidget() is page.consent
    click(qtbot, page.consent.all_button)
    click(qtbot, page.next_button)
    details = page.details
    assert page.stack.currentWidget() is details
    if slips:
        click(qtbot, page.next_button)  # nothing typed yet
        assert page.stack.currentWidget() is details
        assert page.banner.text() == "Given name is required"  # words, not "given_name"
        assert details.fields["given_name"].problem.text() == "Given name is required"
        type_into(details.arrival, "2999-01-01")
        assert details.fields["arrival_date"].problem.text() == \
            "The arrival date is in the future"
        type_into(details.arrival, "")
        assert not details.fields["arrival_date"].has_problem
    type_into(details.names["given_name"], given)
    type_into(details.names["family_name"], family)
    details.sex.setFocus()
    QTest.keyClicks(details.sex, "F")
    tick(qtbot, details.estimated)
    type_into(details.birth_year, "1990")
    type_into(details.nationality.lineEdit(), "Congo, The Democratic")
    QTest.keyClick(details.nationality.lineEdit(), Qt.Key.Key_Return)
    assert details.nationality.code() == "COD", details.nationality.lineEdit().text()
    click(qtbot, page.next_button)
    assert page.stack.currentWidget() is page.contacts, page.banner.text()
    type_into(page.contacts.phone, "+255 712 345 678")
    click(qtbot, page.next_button)
    assert page.stack.currentWidget() is page.needs, page.banner.text()
    tick(qtbot, page.needs.vulnerabilities["undocumented"])
    click(qtbot, page.next_button)
    capture = page.capture
    assert page.stack.currentWidget() is capture, page.banner.text()
    qtbot.waitUntil(lambda: capture.source.findText("Folder of photos…") >= 0, timeout=WAIT)
    choose_in_combo(capture.source, "Folder of photos…")
    answered = answer_blocking_file_dialog(qtbot, folder)
    click(qtbot, capture.start_button)  # the folder dialog opens and is answered
    assert answered()
    qtbot.waitUntil(lambda: capture.latest is not None and capture.latest.analysis is not None,
                    timeout=WAIT)


def take_photo(qtbot, page, override: str = "") -> None:  # type: ignore[no-untyped-def]
    capture = page.capture
    if override:  # a photo failing a check: the officer gives the reason and captures
        qtbot.waitUntil(capture.override.isVisible, timeout=WAIT)
        type_into(capture.override, override)
        click(qtbot, capture.capture_button)
    else:  # every check passed: the portrait is taken by itself ("Capture now" otherwise)
        qtbot.waitUntil(lambda: capture.stack.currentIndex() == 1
                        or not capture.latest.passed, timeout=WAIT)
        if capture.stack.currentIndex() == 0:
            click(qtbot, capture.capture_button)
    qtbot.waitUntil(lambda: capture.stack.currentIndex() == 1, timeout=WAIT)
    click(qtbot, capture.approve_button)
    assert capture.approved is not None


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def pages_mm(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    return [(round(float(w) / MM, 1), round(float(h) / MM, 1))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def store_of(home: Path):  # type: ignore[no-untyped-def]
    return open_station(StationHome(home), PASSPHRASE)


def audit(home: Path) -> list[tuple[str, str, str, dict]]:
    station = store_of(home)
    try:
        with station.store.reading() as repo:
            return [(e.actor, e.action, e.subject, e.details) for e in repo.iter_audit()]
    finally:
        station.close()


# -- the day -------------------------------------------------------------------------------------
@pytest.mark.timeout(600)
def test_a_working_day_in_the_window(qtbot, tmp_path, postgres_url, faces_dir, monkeypatch,
                                     cups_server: CupsServer) -> None:
    for name, value in REGISTRY_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("CUPS_SERVER", cups_server.server)
    registry_home = make_registry(tmp_path, postgres_url, f"http://127.0.0.1:{free_port()}")
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = usb / "DAR-01.bundle.json"
    registry_cli(registry_home, "station", "add", "--site", "DAR", "--station", "01",
                 "--out", bundle)
    home = tmp_path / "station"

    # 1. First start: the set-up assistant joins the registry from the bundle file.
    window = build_window(home)
    qtbot.addWidget(window)
    window.show()
    setup = window.setup
    assert window.screens.currentWidget() is setup
    click(qtbot, setup.choose_button)
    choose_in_dialog(qtbot, setup.dialog, bundle)
    qtbot.waitUntil(lambda: setup.site.text() == "DAR", timeout=WAIT)
    assert setup.station_code.text() == "01"
    for edit in (setup.passphrase, setup.passphrase_again):
        type_into(edit, PASSPHRASE)
    for edit in (setup.password, setup.password_again):
        type_into(edit, ADMIN_PASSWORD)
    click(qtbot, setup.button)
    qtbot.waitUntil(lambda: setup.banner.kind in ("ok", "error"), timeout=WAIT)
    assert "DAR-01 is set up and has joined the registry" in setup.banner.text()
    click(qtbot, setup.delete_button)
    qtbot.waitUntil(lambda: not bundle.exists(), timeout=WAIT)
    click(qtbot, setup.button)  # "Continue to login"
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.login_screen,
                    timeout=WAIT)

    # 2. The admin adds the day's people in the Admin page.
    sign_in(qtbot, window, "admin", ADMIN_PASSWORD)
    window.auto_sync.set_backoff(Backoff(first=timedelta(minutes=30)))  # nobody serves
    admin_page = go_to(qtbot, window, "admin")
    for user, (role, password) in PEOPLE.items():
        type_into(admin_page.new_user, user)
        choose_in_combo(admin_page.new_role, role)
        type_into(admin_page.new_password, password)
        click(qtbot, admin_page.add_button)
        qtbot.waitUntil(lambda u=user: f"Operator {u} added" in admin_page.banner.text(),
                        timeout=WAIT)
        assert admin_page.banner.text() == f"Operator {user} added as {role.lower()}."
    qtbot.waitUntil(lambda: admin_page.operators.rowCount() == 4, timeout=WAIT)
    listed = {admin_page.operators.item(r, 0).text(): admin_page.operators.item(r, 1).text()
              for r in range(admin_page.operators.rowCount())}
    assert listed == {"admin": "Administrator", **{u: r for u, (r, _p) in PEOPLE.items()}}
    sign_out(qtbot, window)

    # 3. The officer enrols a person with a photo from the folder camera.
    sign_in(qtbot, window, "officer", "officerpass1")
    page = window.workspace.page("enrol")
    assert window.workspace.pages.currentWidget() is page  # officers land on the wizard
    (tmp_path / "a").mkdir()
    enrol_person(qtbot, page, "Neema", "Mwakyusa",
                 photo_folder(tmp_path / "a", faces_dir, "barack_obama_1.jpg"), slips=True)
    take_photo(qtbot, page)
    qtbot.waitUntil(lambda: "No earlier registration" in page.banner.text(), timeout=WAIT)
    click(qtbot, page.next_button)  # photo -> review
    assert "Neema Mwakyusa" in page.review.summary.toPlainText()
    click(qtbot, page.next_button)  # Save
    qtbot.waitUntil(lambda: page.result is not None, timeout=WAIT)
    first = page.result.registration_number
    assert f"Registered as {first}" in page.done_note.text()
    qtbot.waitUntil(lambda: page.card.pdf != b"", timeout=WAIT)  # the card is made at once
    # the page list counts what waits to be sent: the record and its card
    qtbot.waitUntil(lambda: "Sync: 2 to send" in nav_texts(window), timeout=WAIT)

    # 4. The same person again: the duplicate alert.
    click(qtbot, page.next_person_button)
    (tmp_path / "b").mkdir()
    enrol_person(qtbot, page, "Baraka", "Omari",
                 photo_folder(tmp_path / "b", faces_dir, "barack_obama_4.jpg"))
    take_photo(qtbot, page, override="head turned slightly")
    qtbot.waitUntil(lambda: page.alert is not None and page.alert.isVisible(), timeout=WAIT)
    said = page.alert.text()
    assert "Very likely the same person" in said and "Neema Mwakyusa" in said
    assert first in page.alert.open_buttons

    # 5. "Open this record" shows the earlier record and keeps the draft.
    click(qtbot, page.alert.open_buttons[first])
    records = window.workspace.page("records")
    qtbot.waitUntil(lambda: window.workspace.pages.currentWidget() is records
                    and "Mwakyusa" in records.details.toPlainText(), timeout=WAIT)
    qtbot.waitUntil(lambda: page.draft_id is not None, timeout=WAIT)
    window.session.runner.wait_idle()
    station = store_of(home)
    try:
        with station.store.reading() as repo:
            drafts = draft_queries.list_drafts(repo, "officer")
    finally:
        station.close()
    assert len(drafts) == 1  # the enrolment in progress is sealed in the store

    # 6. Back on the wizard: continue as a new registration, held for review; the slip.
    go_to(qtbot, window, "enrol")
    assert page.kept_bar.isVisible() and first in page.kept_note.text()
    assert page.details.names["given_name"].text() == "Baraka"
    click(qtbot, page.keep_going_button)
    assert not page.kept_bar.isVisible()
    click(qtbot, page.next_button)  # photo -> review
    assert "Baraka" in page.review.summary.toPlainText()
    click(qtbot, page.next_button)  # Save
    qtbot.waitUntil(lambda: page.result is not None, timeout=WAIT)
    held = page.result.registration_number
    case_id = page.result.duplicate_case
    assert case_id is not None
    assert "A supervisor will review the case" in page.done_note.text()
    assert not page.print_card_button.isEnabled()
    assert page.slip_button.text() == "Print slip"
    click(qtbot, page.slip_button)
    qtbot.waitUntil(lambda: page.card.print_button.isEnabled(), timeout=WAIT)
    assert page.card.page_size().id().name == "A6"
    click(qtbot, page.card.print_button)  # the slip, through the slip printer's CUPS queue
    slip_dialog = page.card.dialog
    qtbot.waitUntil(lambda: len(slip_dialog.printers) >= 4, timeout=WAIT)
    choose_in_combo(slip_dialog.printer_box, "Slip printer")
    assert slip_dialog.slip_option.isChecked() and not slip_dialog.fit_note.isVisible()
    click(qtbot, slip_dialog.print_button)
    qtbot.waitUntil(lambda: hasattr(slip_dialog, "run"), timeout=WAIT)
    qtbot.waitUntil(lambda: bool(slip_dialog.run.outcomes), timeout=240000)
    slip_job, = slip_dialog.run.outcomes
    assert slip_job.printed, slip_job.message
    assert page.card.banner.text() == "Slip printer printed 1 job(s)."
    slip = cups_server.wait_for_pdf("slips", slip_job.job.job_id)
    said = pdf_text(slip)
    assert held in said and "Baraka Omari" in said and "supervisor" in said
    assert pages_mm(slip) == [(105.0, 148.0)]
    window.session.runner.wait_idle()
    events = audit(home)
    assert ("officer", "slip-print", held, {"paper": "A6", "held": True}) in events
    assert ("officer", "slip-print-job", held,
            {"printer": "slips", "job": slip_job.job.job_id, "paper": "A6", "slip": "A6",
             "fit_to_page": False, "copies": 1}) in events
    station = store_of(home)
    try:
        with station.store.reading() as repo:
            assert repo.get_enrolment(held).status is EnrolmentStatus.PENDING_REVIEW
            assert draft_queries.list_drafts(repo, "officer") == []
    finally:
        station.close()
    sign_out(qtbot, window)

    # 7. The supervisor lands on the duplicate queue and decides "different people".
    sign_in(qtbot, window, "super", "superpass1")
    review = window.workspace.page("review")
    assert window.workspace.pages.currentWidget() is review
    qtbot.waitUntil(lambda: "Duplicate review (1)" in nav_texts(window), timeout=WAIT)
    qtbot.waitUntil(lambda: review.loaded is not None, timeout=WAIT)
    assert review.queue.count() == 1
    assert review.queue.item(0).text().startswith(f"Case {case_id}: {held}")
    type_into(review.reason, "different ears and birth place; sisters")
    click(qtbot, review.different_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConfirmDialog),
                    timeout=WAIT)
    dialog = review.confirmation
    assert dialog is QApplication.activeModalWidget()
    assert held in dialog.text() and "Reason: different ears and birth place" in dialog.text()
    click(qtbot, dialog.confirm_button)
    qtbot.waitUntil(lambda: "No open duplicate cases." in review.banner.text(), timeout=WAIT)
    assert review.banner.text().startswith(
        f"Case {case_id} decided: different people. {held} is now registered and can get "
        "a card.")
    qtbot.waitUntil(lambda: "Duplicate review (0)" in nav_texts(window), timeout=WAIT)
    window.session.runner.wait_idle()
    station = store_of(home)
    try:
        with station.store.reading() as repo:
            case = repo.get_case(case_id)
            assert repo.get_enrolment(held).status is EnrolmentStatus.ACTIVE
    finally:
        station.close()
    assert case.status is CaseStatus.DECIDED and case.decision is Decision.DIFFERENT
    assert case.reason == "different ears and birth place; sisters"

    # 8. The card, through the card printer's CUPS queue.
    records = go_to(qtbot, window, "records")
    type_into(records.query, held)
    QTest.keyClick(records.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: records.number == held
                    and "Omari" in records.details.toPlainText(), timeout=WAIT)
    qtbot.waitUntil(records.card_button.isEnabled, timeout=WAIT)
    click(qtbot, records.card_button)
    preview = records.preview
    qtbot.waitUntil(lambda: len(preview.pages) == 2 and preview.print_button.isEnabled(),
                    timeout=WAIT)
    card_number = preview.cards[0]
    assert f"Card {card_number} issued." == records.banner.text()
    click(qtbot, preview.print_button)
    printer = preview.dialog
    qtbot.waitUntil(lambda: len(printer.printers) >= 3, timeout=WAIT)
    choose_in_combo(printer.printer_box, "Desk card printer")
    assert printer.card_option.isChecked() and not printer.sheet_option.isEnabled()
    assert printer.print_button.text() == "Print 1 card(s)"
    click(qtbot, printer.print_button)
    qtbot.waitUntil(lambda: hasattr(printer, "run"), timeout=WAIT)
    run = printer.run
    qtbot.waitUntil(lambda: bool(run.outcomes), timeout=240000)
    outcome, = run.outcomes
    assert outcome.printed, outcome.message
    assert preview.banner.text() == "Desk card printer printed 1 job(s)."
    written = cups_server.wait_for_pdf("cr80", outcome.job.job_id)
    assert pages_mm(written) == [(85.6, 54.0), (85.6, 54.0)]  # CR80, front and back
    window.session.runner.wait_idle()
    printed = [(a, s, d) for a, act, s, d in audit(home) if act == "card-print"]
    assert printed == [("super", held, {"printer": "cr80", "job": outcome.job.job_id,
                                        "media": "card", "copies": 1,
                                        "cards": [card_number]})]

    # 9. The batch to the stick (Sync page).
    sync = go_to(qtbot, window, "sync")
    qtbot.waitUntil(lambda: sync.summary.get("pending") == 2, timeout=WAIT)
    click(qtbot, sync.export_button)
    choose_in_dialog(qtbot, sync.dialog, usb)
    qtbot.waitUntil(lambda: "batch file(s) written" in sync.banner.text()
                    or sync.banner.kind == "error", timeout=WAIT)
    batches = sorted(usb.glob("*.batch"))
    assert len(batches) == 1
    assert sync.banner.text() == f"1 batch file(s) written to {usb}: {batches[0].name}"
    qtbot.waitUntil(lambda: sync.summary.get("pending") == 0, timeout=WAIT)
    assert any(act == "batch-exported" and a == "super" for a, act, _s, _d in audit(home))
    sign_out(qtbot, window)

    # 10. Central staff import the batch in the Central page.
    sign_in(qtbot, window, "hq", "centralpass1")
    assert window.workspace.page("enrol") is None  # central staff do not enrol
    central = go_to(qtbot, window, "central")
    type_into(central.folder, str(registry_home))
    type_into(central.passphrase, REGISTRY_ENV["REGISTRY_PASSPHRASE"])
    type_into(central.account, REGISTRY_ENV["REGISTRY_USER"])
    type_into(central.account_password, REGISTRY_ENV["REGISTRY_PASSWORD"])
    click(qtbot, central.open_button)
    qtbot.waitUntil(lambda: central.banner.kind in ("ok", "error"), timeout=WAIT)
    assert central.banner.text() == "Registry open.", central.banner.text()
    answered = answer_blocking_file_dialog(qtbot, batches[0])
    click(qtbot, central.import_button)
    assert answered()
    qtbot.waitUntil(lambda: bool(central.outcomes) and central.progress_dialog is None,
                    timeout=WAIT)
    row = [central.results.item(0, c).text() for c in range(central.results.columnCount())]
    # two enrolments, their two cards and the supervisor's decision
    assert row[:5] == [batches[0].name, "DAR-01", "1", "imported", "5"]
    qtbot.waitUntil(lambda: central.status.get("enrolments") == 2, timeout=WAIT)
    assert central.state.text().startswith("Registry open as admin (admin): 2 records from "
                                           "1 station(s)")
    window.session.runner.wait_idle()
    assert [(a, d["status"]) for a, act, _s, d in audit(home) if act == "registry-import"] \
        == [("hq", "imported")]
    status = registry_cli(registry_home, "status")  # what the registry holds now
    assert status["enrolments"] == 2, status
    window.close()


# -- a send's store writes go through the one writer ---------------------------------------------


def test_sending_writes_through_the_one_writer_and_uploads_on_the_general_pool(
        qtbot, make_station, server) -> None:  # type: ignore[no-untyped-def]
    """What the window's "Send now" and background turns run: sealing, acknowledgements and
    the audit each on the write pool's one thread, the upload on the general pool."""
    import threading
    from functools import partial

    from station.services import auto_sync
    from ui.tasks import TaskRunner

    joined = make_station()
    number = joined.enrol("Asha", "Writer")
    runner = TaskRunner()
    ran: list[tuple[str, str]] = []

    def writer(fn):  # type: ignore[no-untyped-def]
        def recorded():  # type: ignore[no-untyped-def]
            target = fn.func if isinstance(fn, partial) else fn
            ran.append((getattr(target, "__name__", "?"), threading.current_thread().name))
            return fn()
        return runner.in_writer(recorded)

    outcomes: list[object] = []

    def work():  # type: ignore[no-untyped-def]
        ran.append(("work", threading.current_thread().name))
        return auto_sync.send(joined.station, joined.actor, server.url, writer=writer)

    runner.submit(work, done=outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=WAIT)
    runner.shutdown()
    outcome = outcomes[0]
    assert outcome.problem == "" and outcome.sent == 1, outcome  # type: ignore[attr-defined]
    names = [name for name, _thread in ran]
    assert names == ["work", "seal_pending", "accept_acknowledgement", "seal_pending", "audit"]
    assert ran[0][1].startswith("station-work")  # the upload's thread
    assert all(thread.startswith("station-write") for _name, thread in ran[1:])
    with joined.station.store.reading() as repo:
        assert repo.get_enrolment(number) is not None
        assert [b.acknowledged_at is not None for b in repo.list_batches()] == [True]
