"""A folder of real photos as the camera: pictures at a pace a person can follow, "Next
picture", and liveness said to be "not checked" after a few seconds instead of waiting for a
blink that cannot come; the enrolment records it."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt

from tests.ui.conftest import open_for_checks
from tests.ui.helpers import fill_person, photo_folder

PHOTOS = ("kit_harington_1.jpeg", "rose_leslie_1.jpg", "barack_obama_1.jpg",
          "joe_biden_1.jpg")


def test_folder_of_photos_is_paced_and_liveness_not_checked(qtbot, window_factory,
                                                            station_home, faces_dir, tmp_path):
    window = window_factory()
    page = window.workspace.open("enrol")
    fill_person(page, "Neema", "Mwakyusa")
    capture = page.capture
    qtbot.mouseClick(capture.auto, Qt.MouseButton.LeftButton,
                     pos=QPoint(9, capture.auto.height() // 2))
    assert not capture.auto.isChecked()  # the officer picks the picture
    seen: list[tuple[int, float]] = []

    def frame_count() -> int:
        if not seen or seen[-1][0] != capture._frames_seen:
            seen.append((capture._frames_seen, time.monotonic()))
        return capture._frames_seen

    capture.start("folder", photo_folder(tmp_path, faces_dir, *PHOTOS))
    qtbot.waitUntil(lambda: frame_count() >= 1, timeout=20000)
    assert capture.next_picture.isVisible()
    # liveness: not a wait without end, a plain sentence after a few seconds
    qtbot.waitUntil(lambda: (frame_count(), capture.liveness_state)[1] == "not-checked",
                    timeout=20000)
    assert "cannot be checked from still pictures" in capture.liveness.text()
    assert "blink" not in capture.liveness.text().lower()
    qtbot.waitUntil(lambda: frame_count() >= 2, timeout=20000)
    first, second = next(t for n, t in seen if n == 1), next(t for n, t in seen if n == 2)
    assert second - first >= 2.0  # not 15 photos a second: a person can follow them

    # "Next picture" shows the next photo when the officer asks (the pace stopped here, so
    # only the button can bring it)
    capture.timer.stop()
    qtbot.waitUntil(lambda: not capture._reading, timeout=20000)
    before = capture._frames_seen
    qtbot.mouseClick(capture.next_picture, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: capture._frames_seen == before + 1, timeout=20000)

    qtbot.waitUntil(lambda: capture.latest is not None and capture.latest.analysis is not None
                    and not capture._analysing, timeout=30000)
    capture.timer.stop()  # keep the picture the officer is looking at
    capture.override.setText("plain wall not available")
    qtbot.mouseClick(capture.capture_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: capture.stack.currentIndex() == 1, timeout=10000)
    assert "not checked" in capture.approval_note.text()
    qtbot.mouseClick(capture.approve_button, Qt.MouseButton.LeftButton)
    assert capture.approved is not None and capture.approved.liveness_passed is None
    qtbot.waitUntil(lambda: "No earlier registration" in page.banner.text()
                    or (page.alert is not None and page.alert.isVisible()), timeout=30000)
    if page.alert is not None and page.alert.isVisible():
        page.alert.continue_button.click()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # photo -> review
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # save
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    number = page.result.registration_number
    window.session.runner.wait_idle()

    station = open_for_checks(station_home)
    try:
        with station.store.reading() as repo:
            photo = repo.get_photo(number)
            enrolled = [e.details for e in repo.iter_audit()
                        if e.action == "enrol" and e.subject == number]
    finally:
        station.close()
    assert photo is not None and photo.source == "live"
    assert photo.liveness_passed is None  # not checked: neither passed nor failed
    assert enrolled and enrolled[0]["liveness"] == "not-checked"
