"""Names for screen readers: every input a page shows gets a label bound to it or a name.

`name_fields(root)` goes through the inputs under `root` that have neither a label bound to them
(QLabel.setBuddy) nor an accessible name, and
- binds the label just before the input in the same layout row ("Source [combo]"),
- else names it after the label bound to the widget holding it (a labelled field of several
  parts: the date box inside "Date of birth"),
- else after its placeholder ("Reason for the decision (required)") or tooltip,
- else, for a read-only document view, after the step or page it belongs to.
Names taken from text are taken again whenever the interface language changes.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
TAGS = re.compile(r"<[^>]+>")
_named: dict[int, tuple[QWidget, object]] = {}  # field id: (field, where its name comes from)


def plain(text: str) -> str:
    """A label's text as a screen reader should say it: no markup, no shortcut marks."""
    text = TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("*", "").split())


def is_field(widget: QWidget) -> bool:
    if not isinstance(widget, FIELDS):
        return False
    # the line edit inside a combo or spin box: the box carries the name
    return not (isinstance(widget, QLineEdit)
                and isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox))


def _buddies(root: QWidget) -> set[QWidget]:
    return {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}


def _label_before(field: QWidget) -> QLabel | None:
    parent = field.parentWidget()
    if parent is None:
        return None
    for layout in [parent.layout(), *parent.findChildren(QLayout)]:
        if layout is None:
            continue
        index = layout.indexOf(field)
        if index > 0:
            item = layout.itemAt(index - 1)
            before = item.widget() if item is not None else None
            if isinstance(before, QLabel) and before.buddy() is None and before.text():
                return before
            return None
    return None


def _source(field: QWidget, buddies: set[QWidget]) -> object:
    """Where the field's name comes from: a QLabel, "placeholder", "tooltip" or a titled step."""
    node = field.parentWidget()
    for _ in range(3):  # a labelled widget holding the field
        if node is None:
            break
        if node in buddies:
            holder = node.parentWidget()
            near = node.findChildren(QLabel) + (holder.findChildren(QLabel) if holder else [])
            for label in near:
                if label.buddy() is node:
                    return label
        node = node.parentWidget()
    if getattr(field, "placeholderText", lambda: "")():
        return "placeholder"
    if field.toolTip():
        return "tooltip"
    node = field.parentWidget()
    while node is not None:
        title = getattr(node, "title", None)
        if callable(title):
            try:
                if isinstance(title(), str) and title():
                    return node
            except TypeError:
                pass
        node = node.parentWidget()
    return None


def _name_from(field: QWidget, source: object) -> str:
    if isinstance(source, QLabel):
        return plain(source.text())
    if source == "placeholder":
        return plain(field.placeholderText())  # type: ignore[attr-defined]
    if source == "tooltip":
        return plain(field.toolTip())
    if isinstance(source, QWidget):
        return plain(source.title())  # type: ignore[attr-defined]
    return ""


def name_fields(root: QWidget) -> list[QWidget]:
    """Bind or name every unnamed input under `root`; returns those still unnamed."""
    buddies = _buddies(root)
    left = []
    for field in root.findChildren(QWidget):
        if not is_field(field) or field in buddies or field.accessibleName().strip():
            continue
        label = _label_before(field)
        if label is not None:
            label.setBuddy(field)
            buddies.add(field)
            continue
        source = _source(field, buddies)
        name = _name_from(field, source)
        if name:
            field.setAccessibleName(name)
            _named[id(field)] = (field, source)
        else:
            left.append(field)
    return left


def rename(_language: str = "") -> None:
    """The language changed: names taken from texts are taken again."""
    for key, (field, source) in list(_named.items()):
        if not shiboken6.isValid(field) or (isinstance(source, QWidget)
                                            and not shiboken6.isValid(source)):
            del _named[key]
            continue
        name = _name_from(field, source)
        if name:
            field.setAccessibleName(name)
