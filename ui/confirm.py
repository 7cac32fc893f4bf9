"""Asking before an action that cannot be undone (revoking a card, deciding a duplicate case,
withdrawing consent, unlocking or deactivating an account).

The dialog names the record and says what will happen; where the record keeps a reason it asks
for one and the confirm button stays disabled until one is typed. It is window-modal but opened
with `open()`, never `exec()`: the page's code goes on, the answer comes back through the
`confirmed` signal, and tests drive it with real clicks (the page keeps it in an attribute, and
`QApplication.activeModalWidget()` finds it too).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ConfirmDialog(QDialog):
    """"Are you sure?" naming the record, what will happen, and (when kept) the reason."""

    confirmed = Signal(str)  # the reason typed ("" when none is asked)

    def __init__(self, title: str, message: str, confirm_text: str, *,
                 reason_label: str = "", reason_hint: str = "", reason_length: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.heading = QLabel(f"<b>{title}</b>", self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(message, self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.reason_title = QLabel(reason_label, self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(reason_hint)
        if reason_length:
            self.reason.setMaxLength(reason_length)
        self.asks_reason = bool(reason_label)
        self.reason_title.setVisible(self.asks_reason)
        self.reason.setVisible(self.asks_reason)
        self.reason_title.setBuddy(self.reason)
        self.confirm_button = QPushButton(confirm_text, self)
        self.confirm_button.setProperty("danger", True)  # ui/style.py: cannot be undone
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        # Cancel is the default: Enter pressed by habit does not do the irreversible thing.
        self.cancel_button.setDefault(True)
        self.confirm_button.setAutoDefault(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.reason_title)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.textChanged.connect(lambda _text: self._update())
        self.setMinimumWidth(420)
        self._update()

    def _update(self) -> None:
        self.confirm_button.setEnabled(not self.asks_reason or bool(self.reason.text().strip()))

    def _confirm(self) -> None:
        reason = self.reason.text().strip()
        if self.asks_reason and not reason:
            return
        self.accept()
        self.confirmed.emit(reason)

    def text(self) -> str:
        """What the dialog says (title and message), as a person reads it."""
        return f"{self.windowTitle()}\n{self.message.text()}"


def ask(parent: QWidget, title: str, message: str, confirm_text: str, *,
        reason_label: str = "", reason_hint: str = "", reason_length: int = 0,
        previous: ConfirmDialog | None = None) -> ConfirmDialog:
    """Open a confirmation over `parent` (not blocking) and return it; connect `confirmed`.

    The page keeps the dialog it asked last and hands it in as `previous`, which goes away
    (one question at a time).
    """
    if previous is not None and shiboken6.isValid(previous):
        previous.close()
        previous.deleteLater()
    dialog = ConfirmDialog(title, message, confirm_text, reason_label=reason_label,
                           reason_hint=reason_hint, reason_length=reason_length, parent=parent)
    dialog.open()
    if dialog.asks_reason:
        dialog.reason.setFocus()
    return dialog
