"""Driving the enrolment wizard like an officer does (shared by the UI tests)."""

from __future__ import annotations

from pathlib import Path

from station.domain.vocab import ConsentPurpose


def photo_folder(tmp: Path, faces_dir: Path, *names: str) -> Path:
    """A folder of links to shared photos (the photos are never copied)."""
    folder = tmp / "camera"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).symlink_to(faces_dir / name)
    return folder


def fill_person(page, given: str, family: str, nationality: str = "COD") -> None:  # type: ignore[no-untyped-def]
    page.consent.agree_all()
    page.next()
    details = page.details
    details.names["given_name"].setText(given)
    details.names["family_name"].setText(family)
    details.sex.setCurrentIndex(details.sex.findData("F"))
    details.estimated.setChecked(True)
    details.birth_year.setValue(1990)
    details.nationality.set_code(nationality)
    details.languages.set_codes(["swa", "fra"])
    page.next()
    page.contacts.phone.setText("+255 712 345 678")
    page.contacts.emergency.add_row(("Amina Juma", "sister", "+255 700 000 001"))
    page.next()
    page.needs.vulnerabilities["undocumented"].setChecked(True)
    page.needs.needs["shelter"].setChecked(True)
    page.next()


def capture_from_folder(qtbot, page, folder: Path, override: str = "") -> None:  # type: ignore[no-untyped-def]
    capture = page.capture
    assert page.stack.currentWidget() is capture
    capture.start("folder", folder)
    qtbot.waitUntil(lambda: capture.latest is not None and capture.latest.analysis is not None,
                    timeout=30000)
    if override:
        capture.override.setText(override)
    capture.capture_now()
    qtbot.waitUntil(lambda: capture.stack.currentIndex() == 1, timeout=10000)
    capture.approve()
    assert capture.approved is not None
    assert page.consent.purposes[ConsentPurpose.BIOMETRICS].isChecked()
