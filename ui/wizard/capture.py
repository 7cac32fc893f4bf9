"""Photo capture: live preview, face box, quality checklist with reasons, liveness prompt,
automatic and manual capture, and the cropped portrait shown for approval.

Liveness: every frame of a camera or video source feeds a blink challenge in the preview's
worker, with the 68 points dlib finds from YuNet's face in about 3 ms (a printed photo held up
does not blink; a blink lasts a tenth to a third of a second, so the full checks, which see
one frame in several, would mostly miss it). Automatic capture waits for the blink; a
manual capture records that liveness did not pass. Still pictures cannot blink: a folder of
photos (stepped through one picture every few seconds, or with "Next picture"), a source
whose frames do not move, or one that ends before a blink, is said after a few seconds to be
"not checked", recorded so, and capture goes on. An imported photo has no liveness either.

Frames are read, looked at by YuNet and drawn in workers (ui/wizard/live_preview.py: the
head's outline on the picture, the framing checks beside it in the operator's language); the
UI thread only shows them. A frame is read only when the previous one is shown, so a busy
computer drops frames rather than queue them (and reads the next at once when it fell behind
the timer). The full photo checks (most of a second) run in a worker process of their own
(`TaskRunner.photo_checks()`, started when this page is first shown, so that dlib, which holds
Python's lock for hundreds of milliseconds, cannot stall the preview), one frame at a time:
the newest frame shown when the previous check ends. Frames shown meanwhile are not queued, so
a slow computer shows a slower checklist, never a frozen window.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station.services.analysis_worker import PhotoChecks
from station.services.enrolment import PhotoInput
from station.services.forms import EnrolmentForm
from ui.camera_feed import (
    Assessment,
    BlinkCheck,
    Feed,
    assess_bytes,
    assess_frame,
    list_devices,
)
from ui.file_dialogs import start_path
from ui.style import ICON_SIZE, icon
from ui.tasks import TaskRunner
from ui.widgets import Banner, ImageView, pixmap_from_bytes
from ui.wizard.live_preview import FrameRate, FramingChecks, PreviewFrame, read_and_render
from ui.wizard.steps import Step

FRAME_INTERVAL_MS = 33  # up to 30 frames a second for the preview (a camera paces its reads)
FOLDER_INTERVAL_MS = 2500  # a folder of photos: one picture every 2.5 s, a pace to follow
STILL_NOTICE_MS = 3000  # still pictures: after this, liveness is "not checked" and capture goes on


class CaptureStep(Step):
    photo_ready = Signal(object)  # PhotoInput, after the officer approves the portrait

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.feed: Feed | None = None
        self.latest_frame: Any = None
        self.latest: Assessment | None = None
        self.approved: PhotoInput | None = None
        self.candidate: Assessment | None = None
        self.blink: BlinkCheck | None = None
        self.liveness_result: Any = None  # biometrics.LivenessResult of the current feed
        self._landmarks: deque[Any] = deque()  # waiting for `observe`, oldest first
        self._observing = False
        self._reading = False
        self._behind = False  # a timer tick came while a frame was read: read on at once
        self._analysing = False
        self.checks: PhotoChecks | None = None  # the full checks' process (first shown)
        self._frames_seen = 0
        self.not_checked = False  # still pictures: liveness cannot be checked
        self.last_source: tuple[str, Any] | None = None  # reopened for the next person
        self.still_timer = QTimer(self)
        self.still_timer.setSingleShot(True)
        self.still_timer.setInterval(STILL_NOTICE_MS)
        self.still_timer.timeout.connect(self._still_pictures)
        self.banner = Banner(self)
        self.source = QComboBox(self)
        self.source.setObjectName("camera-source")
        self.start_button = QPushButton(self.tr("Start"), self)
        self.import_button = QPushButton(self.tr("Import photo…"), self)
        self.auto = QCheckBox(self.tr("Capture automatically when all checks pass"), self)
        self.auto.setChecked(True)
        self.capture_button = QPushButton(self.tr("Capture now"), self)
        self.next_picture = QPushButton(self.tr("Next picture"), self)
        self.next_picture.setToolTip(self.tr("Show the next photo of the folder now"))
        self.next_picture.hide()
        self.preview = ImageView(self.tr("No picture yet"), self, (320, 240))
        self.preview.setAccessibleName(self.tr("Live picture"))
        self.framing = FramingChecks(self)
        self.frame_rate = FrameRate()
        self.latest_preview: PreviewFrame | None = None
        self.checklist = QListWidget(self)
        self.checklist.setMinimumWidth(280)
        self.checklist.setObjectName("checklist")  # ui/style.py: large rows, read at a glance
        self.checklist.setWordWrap(True)
        self.checklist.setIconSize(ICON_SIZE)
        self.checklist.setAccessibleName(self.tr("Photo checks"))
        self.liveness = QLabel(self)
        self.liveness.setWordWrap(True)
        self.liveness.setObjectName("liveness")
        self.blink_again = QPushButton(self.tr("Check the blink again"), self)
        self.blink_again.hide()
        self.override = QLineEdit(self)
        self.override.setPlaceholderText(self.tr("Reason to accept a photo failing a check"))
        self.override.hide()
        # approval view
        self.portrait = ImageView("", self, (180, 230))
        # as large as the page's height allows, on the page's own colour (no dark bands
        # above and below: the portrait is not a video)
        self.portrait.setStyleSheet("QLabel { background: transparent; }")
        self.approve_button = QPushButton(self.tr("Use this photo"), self)
        self.retake_button = QPushButton(self.tr("Retake"), self)
        self.approval_note = QLabel(self)
        self.approval_note.setWordWrap(True)
        self.stack = QStackedWidget(self)
        live_page = QWidget(self)
        live = QHBoxLayout(live_page)
        live.addWidget(self.preview, 3)  # the live picture large, the checklist beside it
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("<b>Framing</b>"), self))
        side.addWidget(self.framing)
        side.addWidget(QLabel(self.tr("<b>Photo checks</b>"), self))
        side.addWidget(self.checklist, 1)
        side.addWidget(self.liveness)
        side.addWidget(self.blink_again)
        side.addWidget(self.override)
        side.addWidget(self.next_picture)
        side.addWidget(self.capture_button)
        live.addLayout(side, 1)
        approve_page = QWidget(self)
        approve = QVBoxLayout(approve_page)
        approve.addWidget(QLabel(self.tr("<b>ID portrait: check it and approve</b>"), self))
        approve.addWidget(self.portrait, 1)
        approve.addWidget(self.approval_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retake_button)
        row.addWidget(self.approve_button)
        approve.addLayout(row)
        self.stack.addWidget(live_page)
        self.stack.addWidget(approve_page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Source"), self))
        top.addWidget(self.source, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.import_button)
        top.addWidget(self.auto)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.start_button.clicked.connect(self._start_chosen)
        self.import_button.clicked.connect(self._import_dialog)
        self.capture_button.clicked.connect(self.capture_now)
        self.approve_button.clicked.connect(self.approve)
        self.retake_button.clicked.connect(self.retake)
        self.blink_again.clicked.connect(self.restart_liveness)
        self.next_picture.clicked.connect(self.show_next_picture)
        self._sources_loaded = False

    def title(self) -> str:
        return self.tr("Photo")

    # -- sources -------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.checks is None:  # the worker process starts loading its models now
            self.checks = self.runner.photo_checks()
        if self.feed is not None and self.stack.currentIndex() == 0:
            self.timer.start()  # back on the step: the preview goes on
        elif self.feed is None and self.approved is None and self.candidate is None \
                and self.last_source is not None and self.last_source[0] == "device":
            # the next person: the same camera again (never the same folder or video, which
            # would show the previous person's pictures)
            self.start(*self.last_source)
        if not self._sources_loaded:
            self._sources_loaded = True
            self.runner.submit(list_devices, done=self._devices_found, owner=self,
                               failed=lambda _m: self._devices_found([]))

    def _devices_found(self, devices: list[tuple[str, Any]]) -> None:
        self.source.clear()
        for label, index in devices:
            self.source.addItem(label, ("device", index))
        self.source.addItem(self.tr("Folder of photos…"), ("folder", None))
        self.source.addItem(self.tr("Video file…"), ("video", None))
        if not devices:
            self.banner.show_message(self.tr("No camera was found on this computer. Import a "
                                             "photo, or choose a folder of photos or a video "
                                             "file."), "warn")

    def _start_chosen(self) -> None:
        data = self.source.currentData()
        if not data:
            return
        kind, target = data
        if kind == "folder":
            target = QFileDialog.getExistingDirectory(self, self.tr("Folder of photos"),
                                                      start_path())
        elif kind == "video":
            target, _filter = QFileDialog.getOpenFileName(self, self.tr("Video file"), start_path())
        if target is None or target == "":
            return
        self.start(kind, target)

    def start(self, kind: str, target: Any) -> None:
        """Open a camera source in a worker and start the preview."""
        self.stop()
        self.last_source = (kind, target)
        self.latest = None  # the previous source's photo (maybe another person) is never offered
        self.latest_preview = None  # nor checked
        self.not_checked = False
        self.still_timer.stop()
        self.banner.show_message(self.tr("Opening the camera…"), "info")
        self.runner.submit(lambda: (Feed(kind, target), BlinkCheck()), done=self._opened,
                           owner=self, failed=self.banner.error)

    def _opened(self, opened: tuple[Feed, BlinkCheck]) -> None:
        self.feed, self.blink = opened
        self.frame_rate.clear()
        self.banner.hide()
        self.stack.setCurrentIndex(0)
        self._show_liveness(self.blink.result)
        still = self.feed.kind == "folder"
        self.timer.setInterval(FOLDER_INTERVAL_MS if still else FRAME_INTERVAL_MS)
        self.next_picture.setVisible(still)
        if still:
            self.still_timer.start()
        self.timer.start()
        self._tick()  # the first picture now, not after one interval

    def show_next_picture(self) -> None:
        """A folder source: the next photo now (the officer need not wait for the pace)."""
        if self.feed is not None and self.stack.currentIndex() == 0:
            self.timer.start()
            self._tick()

    def _still_pictures(self) -> None:
        """Still pictures cannot blink: say so, record "not checked", let capture go on."""
        if self.liveness_passed or self.approved is not None:
            return
        self.not_checked = True
        self._show_liveness(self.liveness_result)
        self._maybe_auto_capture()

    # -- liveness ------------------------------------------------------------------------------
    def observe(self, landmarks: Any) -> None:
        """Feed one frame's 68 face landmarks to the blink challenge, in a worker and in order
        (the frame path does the same inside its analysis; a landmark stream calls this)."""
        if self.blink is None:
            return
        self._landmarks.append(landmarks)
        if not self._observing:
            self._observe_next()

    def _observe_next(self) -> None:
        blink = self.blink
        if blink is None or not self._landmarks:
            self._observing = False
            self._landmarks.clear()
            return
        self._observing = True
        landmarks = self._landmarks.popleft()
        self.runner.submit(lambda: blink.update(landmarks), done=self._liveness_seen,
                           owner=self, failed=self._observe_failed)

    def _observe_failed(self, message: str) -> None:
        self._observing = False
        self._landmarks.clear()
        self.banner.error(message)

    def _liveness_seen(self, result: Any) -> None:
        self._show_liveness(result)
        self._maybe_auto_capture()
        self._observe_next()

    def restart_liveness(self) -> None:
        """Start the blink challenge again (after it timed out)."""
        if self.blink is not None:
            self.blink.reset()
            self._show_liveness(self.blink.result)
            if self.feed is not None and self.stack.currentIndex() == 0:
                self.timer.start()

    @property
    def liveness_passed(self) -> bool:
        return self.liveness_result is not None and bool(self.liveness_result.passed)

    @property
    def liveness_state(self) -> str:
        """passed, not-checked (still pictures), waiting, failed, or "" (no live source)."""
        if self.liveness_passed:
            return "passed"
        if self.not_checked:
            return "not-checked"
        if self.feed is not None and self.feed.kind == "folder" and self.stack.currentIndex():
            return "not-checked"  # captured from a folder before the notice: still pictures
        return str(getattr(self.liveness_result, "state", ""))

    def _show_liveness(self, result: Any) -> None:
        self.liveness_result = result
        if getattr(result, "state", "") == "not-checked":
            self.not_checked = True  # the challenge saw frames that never move
        state = self.liveness_state if result is not None or self.not_checked else ""
        texts = {
            "waiting": (self.tr("Please blink: ask the person to look at the camera and "
                                "blink once."), "#7a5200"),
            "passed": (self.tr("Blink seen: a live person is in front of the camera."),
                       "#1e6b34"),
            "failed": (self.tr("No blink seen in time. Ask the person to blink, then press "
                               "“Check the blink again”."), "#a52a1f"),
            "not-checked": (self.tr("Liveness cannot be checked from still pictures: it is "
                                    "recorded as not checked. You can go on with the photo."),
                            "#4f5b67"),
        }
        text, colour = texts.get(state, (self.tr("Imported photo: no liveness check."),
                                         "#4f5b67"))
        self.liveness.setText(text)
        self.liveness.setStyleSheet(f"QLabel#liveness {{ color: {colour}; font-weight: bold; }}")
        self.blink_again.setVisible(state == "failed")

    def stop(self) -> None:
        self.timer.stop()
        if self.feed is not None:
            feed, self.feed = self.feed, None
            self.runner.submit(feed.close, failed=lambda _m: None)

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)

    # -- frames --------------------------------------------------------------------------------
    def _tick(self) -> None:
        if self.feed is None:
            return
        if self._reading:
            self._behind = True
            return
        self._reading = True
        self._behind = False
        feed = self.feed
        size = (self.preview.width(), self.preview.height())
        blink = self._streamed_blink()
        self.runner.submit(lambda: read_and_render(feed, size, blink),
                           done=lambda shown: self._frame(shown, feed),
                           failed=lambda message: self._feed_failed(message, feed), owner=self)

    def _from_old_feed(self, feed: Feed | None) -> bool:
        """A frame read from a source since closed or replaced: dropped (its picture, its blink
        result and its checks belong to that source, maybe to another person), and the current
        source read on if it waited for it."""
        if feed is None or feed is self.feed:
            return False
        if self._behind and self.timer.isActive():
            self._tick()
        return True

    def _streamed_blink(self) -> BlinkCheck | None:
        """The blink challenge the preview's frames feed: a camera or video only (photos of a
        folder are not a video: a blink between two of them proves nothing), and only while
        it waits (no 68 points to find once it passed or gave up)."""
        feed, blink = self.feed, self.blink
        if feed is None or blink is None or not feed.live or feed.kind == "folder":
            return None
        if self.liveness_result is not None and self.liveness_result.state != "waiting":
            return None
        return blink

    def _feed_failed(self, message: str, feed: Feed | None = None) -> None:
        self._reading = False
        if self._from_old_feed(feed):
            return
        self.timer.stop()
        self.banner.error(message)

    def _frame(self, shown: PreviewFrame | None, feed: Feed | None = None) -> None:
        self._reading = False
        if self._from_old_feed(feed):
            return
        if shown is None:
            self.timer.stop()
            if self.stack.currentIndex() == 0 and self.candidate is None:
                self.banner.show_message(self.tr("The source has no more pictures. Capture "
                                                 "the best one, or choose another source."),
                                         "warn")
            if self.liveness_state == "waiting":
                self._still_pictures()  # it ended before a blink could be seen
            return
        if self.feed is None or self.stack.currentIndex() != 0:
            return  # stopped, or a portrait offered, while the frame was read
        if self._behind and self.timer.isActive():
            self._tick()  # slower than the timer: the next frame now, not at the next tick
        self._frames_seen += 1
        self.latest_frame = shown.frame
        self.latest_preview = shown
        self.frame_rate.tick()
        self.preview.set_image(QPixmap.fromImage(shown.image))
        self.framing.show_preview(shown.preview)
        if shown.liveness is not None and self.liveness_state == "waiting":
            self._show_liveness(shown.liveness)
            self._maybe_auto_capture()
        self._check_newest()

    def _check_newest(self) -> None:
        """The full checks of the newest frame shown, unless a check is running (its end
        takes the next one)."""
        shown, feed = self.latest_preview, self.feed
        if self._analysing or shown is None or feed is None:
            return
        if not shown.preview.faces and feed.kind != "folder":
            # nobody in the picture: the framing checks say so; the full checks (dlib holds
            # Python's lock for a few hundred milliseconds) would only slow the preview
            return
        self._analysing = True
        frame, live = shown.frame, bool(feed.live)
        checks = self.checks or self.runner.photo_checks()
        self.runner.submit(lambda: assess_frame(frame, live=live, checks=checks),
                           done=lambda assessment: self._checked(assessment, feed),
                           failed=self._analysis_failed, owner=self)

    def _analysis_failed(self, message: str) -> None:
        self._analysing = False
        self.banner.error(message)

    def _checked(self, assessment: Assessment, feed: Feed | None) -> None:
        """The full checks of a frame of `feed`: dropped when that source was closed or
        replaced since (its photo may be of the previous person)."""
        if feed is self.feed:
            self._assessed(assessment)
            return
        self._analysing = False
        if self.latest_preview is not None and self.stack.currentIndex() == 0:
            self._check_newest()  # the current source's newest frame (it may have ended)

    def _assessed(self, assessment: Assessment) -> None:
        self._analysing = False
        self.latest = assessment
        self._show_checks(assessment)
        self._maybe_auto_capture()

    def _maybe_auto_capture(self) -> None:
        """All checks passed and, for a live source, the person has blinked."""
        latest = self.latest
        if latest is None or not latest.passed or not self.auto.isChecked() \
                or self.stack.currentIndex() != 0:
            return
        if self.feed is not None and self.feed.live and not self.liveness_passed \
                and not self.not_checked:
            return
        self._offer(latest)

    def _show_checks(self, assessment: Assessment) -> None:
        self.checklist.clear()
        # each check: a tick or a cross (shape, not only colour), its name, and why it failed
        if assessment.error:
            QListWidgetItem(icon("fail"), assessment.error, self.checklist).setForeground(
                QColor("#a52a1f"))
        for check in assessment.checks:
            text = check.name.replace('_', ' ')
            if not check.passed:
                text += f": {check.reason}"
            item = QListWidgetItem(icon("ok" if check.passed else "fail"), text, self.checklist)
            item.setForeground(QColor("#1e6b34" if check.passed else "#a52a1f"))
        self.override.setVisible(not assessment.passed and assessment.overridable)

    # -- capture and approval -------------------------------------------------------------------
    def capture_now(self) -> None:
        """Manual capture: the newest analysed frame, if a face was found in it."""
        if self.latest is None or self.latest.analysis is None:
            self.banner.error(self.tr("No face found yet: wait for the checklist, or import "
                                      "a photo."))
            return
        if not self.latest.passed and not self.latest.overridable:
            self.banner.error(self.tr("This photo cannot be used: %s")
                              % "; ".join(c.reason for c in self.latest.checks if not c.passed))
            return
        if not self.latest.passed and not self.override.text().strip():
            self.banner.error(self.tr("The photo fails a check: retake it, or type a reason "
                                      "to accept it."))
            self.override.setFocus()
            return
        self._offer(self.latest)

    def _offer(self, assessment: Assessment) -> None:
        self.timer.stop()
        self.candidate = assessment
        self.portrait.set_image(pixmap_from_bytes(assessment.portrait))
        failed = [c.reason for c in assessment.checks if not c.passed]
        note = self.tr("All checks passed.") if not failed else \
            self.tr("Accepted with a reason despite: %s") % "; ".join(failed)
        self.approval_note.setText(" ".join(filter(None, (note, self._liveness_note()))))
        self.stack.setCurrentIndex(1)
        self.banner.hide()
        self.approve_button.setFocus()  # Enter approves

    def offers_photo(self) -> bool:
        """A portrait waits for the officer's approval."""
        return self.stack.currentIndex() == 1 and self.candidate is not None \
            and self.approved is None

    def _liveness_note(self) -> str:
        if self.feed is None or not self.feed.live:
            return ""
        if self.liveness_passed:
            return self.tr("Liveness: blink seen.")
        if self.liveness_state == "not-checked":
            return self.tr("Liveness: not checked (still pictures).")
        return self.tr("Liveness: no blink seen (recorded as not passed).")

    def approve(self) -> None:
        if self.candidate is None:
            return
        live = bool(self.feed and self.feed.live)
        liveness = None if not live or self.liveness_state == "not-checked" \
            else self.liveness_passed
        self.approved = PhotoInput(
            self.candidate.jpeg, live=live, liveness_passed=liveness,
            quality_override="" if self.candidate.passed else self.override.text().strip(),
            analysis=self.candidate.analysis)
        note = " ".join(filter(None, (self.tr("Photo approved."), self._liveness_note())))
        self.stop()
        self.approval_note.setText(note)
        self.approve_button.setEnabled(False)
        self.photo_ready.emit(self.approved)
        self.edited.emit()

    def retake(self) -> None:
        self.candidate = None
        self.approved = None
        self.approve_button.setEnabled(True)
        self.stack.setCurrentIndex(0)
        if self.feed is not None:
            self.timer.start()

    # -- import ---------------------------------------------------------------------------------
    def _import_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import photo"), start_path(),
            self.tr("Images (*.jpg *.jpeg *.png *.webp)"))
        if path:
            self.import_photo(path)

    def import_photo(self, path: str) -> None:
        self.stop()
        self.still_timer.stop()
        self.not_checked = False
        self.next_picture.hide()
        self.blink = None
        self._show_liveness(None)
        self.banner.show_message(self.tr("Checking the photo…"), "info")

        checks = self.checks or self.runner.photo_checks()

        def work() -> Assessment:
            with open(path, "rb") as handle:
                return assess_bytes(handle.read(), live=False, checks=checks)

        self.runner.submit(work, done=self._imported, failed=self.banner.error, owner=self)

    def _imported(self, assessment: Assessment) -> None:
        self.banner.hide()
        self.latest = assessment
        self.preview.set_image(pixmap_from_bytes(assessment.jpeg))
        self._show_checks(assessment)
        if assessment.passed:
            self._offer(assessment)
        elif assessment.analysis is None:
            self.banner.error(assessment.error or self.tr("No usable face in this photo."))

    # -- step -----------------------------------------------------------------------------------
    def store(self, form: EnrolmentForm) -> None:
        """The photo is kept in memory only (drafts hold no biometrics)."""

    def problem(self) -> str:
        if self.approved is None:
            return self.tr("Capture and approve a photo first (or import one).")
        return ""

    def reset(self) -> None:
        self.stop()
        self.still_timer.stop()
        self.blink = None
        self.liveness_result = None
        self.not_checked = False
        self.liveness.clear()
        self.blink_again.hide()
        self.next_picture.hide()
        self.override.clear()
        self.override.hide()
        self.approval_note.clear()
        self.portrait.set_image(None)
        self.banner.hide()
        self.latest = None
        self.retake()
        self.checklist.clear()
        self.framing.show_preview(None)
        self.frame_rate.clear()
        self.latest_preview = None
        self.preview.set_image(QPixmap())
