"""What is typed goes in: an exact country or language name or code wins over a partial match,
a typed year is the year kept, and nothing typed is replaced by a default."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest


def _details(window):  # type: ignore[no-untyped-def]
    page = window.workspace.open("enrol")
    page.consent.agree_all()
    page.next()
    assert page.stack.currentWidget() is page.details
    return page, page.details


def test_country_picker_exact_name_or_code_wins(qtbot, window_factory):
    window = window_factory(synchronous=True)
    _page, details = _details(window)
    picker = details.nationality
    editor = picker.lineEdit()
    expected = {"Sudan": ("SDN", "Sudan (SDN)"), "South Sudan": ("SSD", "South Sudan (SSD)"),
                "sdn": ("SDN", "Sudan (SDN)"), "Congo": ("COG", "Congo (COG)"),
                "Niger": ("NER", "Niger (NER)"), "guinea": ("GIN", "Guinea (GIN)"),
                "Tanzan": ("TZA", "Tanzania, United Republic of (TZA)"),
                "CD": ("COD", "Congo, The Democratic Republic of the (COD)")}
    for typed, (code, shown) in expected.items():
        picker.set_code("")
        QTest.keyClicks(editor, typed)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        assert (picker.code(), picker.currentText()) == (code, shown), typed
        assert details.fields["nationality"].problem.text() == ""
    picker.set_code("")
    QTest.keyClicks(editor, "Atlantis")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert picker.currentText() == "Atlantis"  # left as typed, never a default country
    assert details.fields["nationality"].problem.isVisible()


def test_language_picker_and_typed_year(qtbot, window_factory):
    window = window_factory(synchronous=True)
    page, details = _details(window)
    search = details.languages.search
    for typed in ("Arabic", "tir", "Swahili (macrolanguage)", "din"):
        QTest.keyClicks(search, typed)
        QTest.keyClick(search, Qt.Key.Key_Return)
        assert search.text() == "", typed
    assert details.languages.codes() == ["ara", "tir", "swa", "din"]  # in the order chosen
    QTest.keyClicks(search, "Kurd")  # several languages: nothing is ticked for the officer
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert search.text() == "Kurd" and details.languages.codes() == ["ara", "tir", "swa", "din"]
    assert page.stack.currentWidget() is details  # Enter in the search did not go on

    estimated = details.estimated
    QTest.mouseClick(estimated, Qt.MouseButton.LeftButton,
                     pos=QPoint(9, estimated.height() // 2))
    assert estimated.isChecked() and window.focusWidget() is details.birth_year
    assert details.birth_year.text() == ""  # no default year waiting to be saved unseen
    QTest.keyClicks(details.birth_year, "1988")
    assert details.birth_year.text() == "1988"
    assert details.fields["birth_date"].problem.text() == ""
    details.store(page.form)
    assert (page.form.birth_year, page.form.birth_date) == (1988, "")
    QTest.keyClick(details.birth_year, Qt.Key.Key_Backspace)
    QTest.keyClicks(details.birth_year, "5")
    details.store(page.form)
    assert page.form.birth_year == 1985
