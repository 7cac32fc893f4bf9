"""Small widgets shared by the pages: message banner, image view, labelled field with error."""

from __future__ import annotations

import html
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "QLineEdit { border: 2px solid #a52a1f; }"


class Banner(QFrame):
    """A one-line message at the top of a page: info, success or error; never a traceback."""

    COLOURS: ClassVar[dict[str, str]] = {"info": "#eaf2fb", "ok": "#e8f6ec",
                                         "error": "#fbeaea", "warn": "#fff6e0"}
    EDGES: ClassVar[dict[str, str]] = {"info": "#1b5e91", "ok": "#1e6b34", "error": "#a52a1f",
                                       "warn": "#7a5200"}
    ICONS: ClassVar[dict[str, str]] = {"info": "info", "ok": "ok", "error": "fail",
                                       "warn": "warn"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mark = QLabel(self)  # an icon saying the kind too: colour is never the only sign
        self.mark.setFixedSize(20, 20)
        close = QPushButton("×", self)
        close.setFlat(True)
        close.setObjectName("bannerClose")  # ui/style.py: no padding (the cross shows whole)
        close.setFixedSize(24, 24)
        close.setAccessibleName(self.tr("Close the message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.label.setText(text)
        self.setStyleSheet(f"#banner {{ background: {self.COLOURS.get(kind, '#eee')}; "
                           f"border-radius: 4px; border-left: 4px solid "
                           f"{self.EDGES.get(kind, '#4f5b67')}; }}")
        from ui.style import icon

        self.mark.setPixmap(icon(self.ICONS.get(kind, "info")).pixmap(20, 20))
        self.show()

    def error(self, text: str) -> None:
        self.show_message(text, "error")

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


def pixmap_from_bytes(data: bytes) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    return pixmap


def pixmap_from_rgb(frame: object) -> QPixmap:
    """A numpy RGB (or grey) frame as a pixmap; the copy detaches it from the array."""
    import numpy as np

    array = np.ascontiguousarray(frame)
    if array.ndim == 2:
        image = QImage(array.data, array.shape[1], array.shape[0], array.strides[0],
                       QImage.Format.Format_Grayscale8)
    else:
        image = QImage(array.data, array.shape[1], array.shape[0], array.strides[0],
                       QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image.copy())


class ImageView(QLabel):
    """Shows an image scaled to fit, keeping its aspect ratio."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None,
                 minimum: tuple[int, int] = (160, 200)) -> None:
        super().__init__(placeholder, parent)
        self._pixmap: QPixmap | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(*minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet("QLabel { background: #2b2b2b; color: #ddd; }")

    def set_image(self, pixmap: QPixmap | None) -> None:
        self._pixmap = pixmap if pixmap is not None and not pixmap.isNull() else None
        self._rescale()

    def has_image(self) -> bool:
        return self._pixmap is not None

    def resizeEvent(self, event: object) -> None:
        self._rescale()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def _rescale(self) -> None:
        if self._pixmap is None:
            self.setPixmap(QPixmap())
            return
        self.setPixmap(self._pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))


class Field(QWidget):
    """A label, an input and an error line under it, for validation as typed."""

    def __init__(self, label: str, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.title = QLabel(label, self)
        self.title.setBuddy(editor)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a52a1f;")  # with the words: never colour alone
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(editor)
        layout.addWidget(self.problem)

    def set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if isinstance(self.editor, QLineEdit):
            self.editor.setStyleSheet(ERROR_STYLE if text else "")

    @property
    def has_problem(self) -> bool:
        return bool(self.problem.text())


def escaped(text: object) -> str:
    """HTML-escaped text wrapped so that right-to-left names keep their own direction."""
    return f'<span dir="auto">{html.escape(str(text))}</span>'


def bidi_isolate(text: str) -> str:
    """Plain text wrapped in Unicode first-strong isolates (for labels that mix directions)."""
    return "\u2068" + text + "\u2069"
