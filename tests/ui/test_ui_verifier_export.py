"""The Admin page writes the phone verifier page with the station's current trust list."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from station.services.cards_service import trust_bundle
from tests.ui.conftest import open_for_checks

WAIT = 60_000


def test_admin_saves_the_card_verifier_page(qtbot, window_factory, station_home,  # type: ignore[no-untyped-def]
                                            tmp_path: Path) -> None:
    window = window_factory()
    page = window.workspace.open("admin")
    qtbot.mouseClick(page.verifier_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, QFileDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert dialog.selectedFiles()[0].endswith("verify.html")
    target = tmp_path / "stick" / "verify.html"
    target.parent.mkdir()
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.setText(str(target))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "verifier page was written" in page.banner.text(), timeout=WAIT)
    assert str(target) in page.banner.text()

    html = target.read_text(encoding="utf-8")
    embedded = re.search(r'<script id="trust-list" type="application/json">(.*?)</script>',
                         html, re.S)
    assert embedded is not None
    trust = json.loads(embedded.group(1))
    station = open_for_checks(station_home)
    try:
        bundle = trust_bundle(station)
        station_id = station.code.station_id
        with station.store.reading() as repo:
            events = [e for e in repo.iter_audit() if e.action == "verifier-exported"]
    finally:
        station.close()
    assert trust["exported_at"]
    assert [c["station_id"] for c in trust["bundle"]["certificates"]] == [station_id]
    assert trust["bundle"]["certificates"] == bundle.to_dict()["certificates"]
    assert [e.actor for e in events] == ["admin"]
    assert events[0].details["bytes"] == target.stat().st_size
