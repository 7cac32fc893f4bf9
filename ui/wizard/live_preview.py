"""The capture page's live preview: every frame shown is looked at by YuNet and drawn in a worker.

A worker reads the frame, asks the station's camera service for the faces and framing checks
(`station.services.camera.preview`, about 15 ms on one core), sizes the frame for the picture
on screen (`camera.display_frame`) and paints on a `QImage` (safe off the GUI thread, unlike a
`QPixmap`) the oval where the head should be and the outline round each head found, green when
every framing check passes. The GUI thread only turns the image into a pixmap of the size
shown (no scaling left to do there) and updates `FramingChecks`, the checklist beside the
picture, whose words come from the catalogues (the operator's language), never from pixels
drawn by OpenCV; the checklist is restyled only when a check changes, not at every frame.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from station.services import camera
from ui.style import icon

READY_COLOUR = "#2ecc71"
NOT_YET_COLOUR = "#f39c12"
RATE_WINDOW = 30  # frames the shown rate is measured over

# check name: (label in the checklist, what to do when it is not passed)
CHECK_TEXTS = {
    "one_face": (QT_TRANSLATE_NOOP("LivePreview", "One face"),
                 QT_TRANSLATE_NOOP("LivePreview", "Only the person being registered may be "
                                                  "seen.")),
    "face_size": (QT_TRANSLATE_NOOP("LivePreview", "Close enough"),
                  QT_TRANSLATE_NOOP("LivePreview", "Come closer to the camera.")),
    "centring": (QT_TRANSLATE_NOOP("LivePreview", "Centred"),
                 QT_TRANSLATE_NOOP("LivePreview", "Move to the centre of the picture.")),
    "head_roll": (QT_TRANSLATE_NOOP("LivePreview", "Head upright"),
                  QT_TRANSLATE_NOOP("LivePreview", "Hold the head straight.")),
    "head_yaw": (QT_TRANSLATE_NOOP("LivePreview", "Facing the camera"),
                 QT_TRANSLATE_NOOP("LivePreview", "Look straight into the camera.")),
}
NO_FACE = QT_TRANSLATE_NOOP("LivePreview", "No face in the picture: ask the person to look at "
                                           "the camera.")
READY = QT_TRANSLATE_NOOP("LivePreview", "Well framed: hold still.")


def _tr(text: object) -> str:
    return QCoreApplication.translate("LivePreview", str(text))


@dataclass
class PreviewFrame:
    """One frame as read, the same with its outline drawn, and what YuNet found."""

    frame: Any  # the RGB array as read (the full photo checks take it)
    image: QImage  # the frame sized for the screen, with the outline drawn
    scale: float  # image pixels per frame pixel
    preview: camera.Preview
    started: float  # time.monotonic() when the worker began detecting, and when it was drawn
    ended: float
    thread: int  # the worker thread's ident (never the GUI thread's)
    cpu: float = 0.0  # the worker thread's processor seconds for it (what a busy core costs)
    liveness: Any = None  # the blink challenge after this frame (a live source only)

    @property
    def seconds(self) -> float:
        return self.ended - self.started


def to_image(frame: Any) -> QImage:
    """A numpy RGB frame as a QImage that owns its pixels (usable in any thread)."""
    import numpy as np

    array = np.ascontiguousarray(frame)
    if array.ndim == 2:
        return QImage(array.data, array.shape[1], array.shape[0], array.strides[0],
                      QImage.Format.Format_Grayscale8).convertToFormat(
                          QImage.Format.Format_RGB888)
    return QImage(array.data, array.shape[1], array.shape[0], array.strides[0],
                  QImage.Format.Format_RGB888).copy()


def fitted(frame: Any, size: tuple[int, int] | None) -> tuple[int, int]:
    """The frame's size fitted into `size` (the picture on screen) keeping its shape, as
    `ImageView` scales it (so that the GUI thread finds nothing to scale); the frame's own
    size when none is given."""
    height, width = frame.shape[:2]
    if size is None or size[0] < 16 or size[1] < 16:
        return width, height
    shown = QSize(width, height).scaled(QSize(*size), Qt.AspectRatioMode.KeepAspectRatio)
    return shown.width(), shown.height()


def draw(image: QImage, preview: camera.Preview, scale: float = 1.0) -> None:
    """The guide oval (where the head should be) and each face's outline and points; the
    faces are in frame pixels, `scale` image pixels each."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    width, height = image.width() / scale, image.height() / scale
    # lines and dots as thick on screen whatever the camera's resolution
    shown = image.width()
    painter.setPen(QPen(QColor(255, 255, 255, 200), max(2.0, shown / 250) / scale,
                        Qt.PenStyle.DashLine))
    oval_h = height * 0.62
    oval_w = oval_h * 0.75
    painter.drawEllipse(QRectF((width - oval_w) / 2, height * 0.12, oval_w, oval_h))
    colour = QColor(READY_COLOUR if preview.ready else NOT_YET_COLOUR)
    pen = QPen(colour, max(3.0, shown / 160) / scale)
    for face in preview.faces:
        painter.save()
        painter.setPen(pen)
        painter.translate(*face.centre)
        painter.rotate(face.angle)
        painter.drawEllipse(QPointF(0, 0), face.axes[0], face.axes[1])
        painter.restore()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        dot = max(2.5, shown / 256) / scale
        for x, y in face.points:
            painter.drawEllipse(QPointF(x, y), dot, dot)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.end()


def render(frame: Any, size: tuple[int, int] | None = None,
           blink: Any = None) -> PreviewFrame:
    """YuNet and drawing for one frame, sized to fit `size` (in a worker, never on the GUI
    thread). With `blink` (a `ui.camera_feed.BlinkCheck`), the face's 68 points of this frame
    feed the blink challenge too: every frame shown, in the order read (a blink lasts a tenth
    to a third of a second, which the full checks, one frame in several, would mostly miss)."""
    started, cpu = time.monotonic(), time.thread_time()
    found = camera.preview(frame, landmarks=blink is not None)
    liveness = None if blink is None else blink.update(found.landmarks)
    width, height = fitted(frame, size)
    image = to_image(camera.display_frame(frame, width, height))
    scale = width / frame.shape[1]
    draw(image, found, scale)
    return PreviewFrame(frame, image, scale, found, started, time.monotonic(),
                        threading.get_ident(), time.thread_time() - cpu, liveness)


def read_and_render(feed: Any, size: tuple[int, int] | None = None,
                    blink: Any = None) -> PreviewFrame | None:
    """The next frame of `feed`, drawn at `size` (and fed to `blink`); None at the end of the
    source."""
    frame = feed.read()
    return None if frame is None else render(frame, size, blink)


class FrameRate:
    """Frames shown per second over the last `RATE_WINDOW` frames."""

    def __init__(self) -> None:
        self.times: deque[float] = deque(maxlen=RATE_WINDOW)

    def tick(self) -> None:
        self.times.append(time.monotonic())

    def clear(self) -> None:
        self.times.clear()

    @property
    def per_second(self) -> float:
        if len(self.times) < 2 or self.times[-1] == self.times[0]:
            return 0.0
        return (len(self.times) - 1) / (self.times[-1] - self.times[0])


class FramingChecks(QWidget):
    """Beside the live picture: what to do now, and each framing check with a tick or a
    cross (shape as well as colour), in the operator's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("framing")
        self.preview: camera.Preview | None = None
        self.advice = QLabel(self)
        self.advice.setObjectName("framingAdvice")
        self.advice.setWordWrap(True)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for row, name in enumerate(camera.PREVIEW_CHECKS):
            mark, text = QLabel(self), QLabel(self)
            mark.setFixedSize(18, 18)
            text.setWordWrap(True)
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            self.rows[name] = (mark, text)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.advice)
        layout.addLayout(grid)
        self._shown: object = ()
        self.show_preview(None, again=True)

    @staticmethod
    def _said(preview: camera.Preview | None) -> object:
        """What the checklist shows of `preview` (equal for frames that look the same)."""
        if preview is None:
            return None
        return bool(preview.faces), preview.checks

    def show_preview(self, preview: camera.Preview | None, *, again: bool = False) -> None:
        """The checks of the newest frame shown (None: no picture yet). The labels are set
        again only when what they say changed (or `again`: the language changed): restyling
        six labels at every frame cost the GUI thread a few milliseconds."""
        said = self._said(preview)
        self.preview = preview
        if said == self._shown and not again:
            return
        self._shown = said
        passed = dict(preview.checks) if preview is not None else {}
        for name, (mark, text) in self.rows.items():
            text.setText(_tr(CHECK_TEXTS[name][0]))
            known = name in passed
            text.setEnabled(known)
            if known:
                mark.setPixmap(icon("ok" if passed[name] else "fail").pixmap(16, 16))
            else:
                mark.clear()
            colour = "#1e6b34" if passed.get(name) else "#a52a1f" if known else "#4f5b67"
            text.setStyleSheet(f"color: {colour};")
        self.advice.setText(self.advice_text())
        colour = "#1e6b34" if preview is not None and preview.ready else "#7a5200"
        self.advice.setStyleSheet(f"font-weight: bold; color: {colour};")
        self.advice.setVisible(preview is not None)

    def advice_text(self) -> str:
        preview = self.preview
        if preview is None:
            return ""
        if not preview.faces:
            return _tr(NO_FACE)
        if preview.ready:
            return _tr(READY)
        return _tr(CHECK_TEXTS[preview.first_problem][1])

    def check_text(self, name: str) -> str:
        """The checklist row of `name` as shown ("" when the check is not on the page)."""
        row = self.rows.get(name)
        return row[1].text() if row is not None else ""

    def passed(self) -> dict[str, bool]:
        """{check name: passed} of the newest frame shown."""
        return dict(self.preview.checks) if self.preview is not None else {}

    def retranslate(self) -> None:
        """The language changed (ui/language.py): the checklist is said again."""
        self.show_preview(self.preview, again=True)
