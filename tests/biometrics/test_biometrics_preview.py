"""Live preview: YuNet on 640x480 frames, hints for the person, the outline and checklist
drawn."""

from __future__ import annotations

import cv2
import numpy as np

from biometrics import draw_preview, preview_frame
from biometrics.bench import _letterbox
from biometrics.preview import checklist_rows, head_outline


def test_frontal_preview_frame_is_ready(load_faces) -> None:  # type: ignore[no-untyped-def]
    """A frontal face letterboxed into 640x480 is found once and every hint is ok."""
    image, _ = load_faces("alex_lacamoire_3.jpg")
    frame = _letterbox(image, 640, 480)
    faces, hints = preview_frame(frame)
    assert len(faces) == 1 and all(hint.ok for hint in hints), hints
    drawn = draw_preview(frame, faces, hints)
    assert drawn.shape == frame.shape and not np.array_equal(drawn, frame)
    centre, axes, angle = head_outline(faces[0])
    outline = cv2.ellipse2Poly(centre, axes, round(angle), 0, 360, 10)
    green = [tuple(drawn[y, x]) == (40, 200, 60) for x, y in outline
             if 0 <= x < 640 and 0 <= y < 480]
    assert len(green) >= 30 and all(green)  # the green outline round the head
    # the head outline holds the whole face YuNet found
    left, top, right, bottom = faces[0].box
    assert centre[0] - axes[0] < left and right < centre[0] + axes[0]
    assert centre[1] - axes[1] < top and bottom < centre[1] + axes[1]
    for y in checklist_rows(drawn.shape, hints):  # one green dot per check
        assert tuple(drawn[y - 5, 18]) == (40, 200, 60)


def test_turned_head_and_empty_frame_get_advice(load_faces) -> None:  # type: ignore[no-untyped-def]
    """A turned head is told to look straight; an empty frame to look at the camera."""
    image, _ = load_faces("kit_harington_2.jpeg")
    faces, hints = preview_frame(_letterbox(image, 640, 480))
    failed = {hint.name: hint.text for hint in hints if not hint.ok}
    assert len(faces) == 1 and "head_yaw" in failed and "straight" in failed["head_yaw"]
    drawn = draw_preview(_letterbox(image, 640, 480), faces, hints)
    for hint, y in zip(hints, checklist_rows(drawn.shape, hints), strict=True):
        # the checklist: orange for the turn, green for what is right
        assert tuple(drawn[y - 5, 18]) == ((240, 150, 0) if hint.name in failed
                                           else (40, 200, 60))
    empty = np.full((480, 640, 3), 90, dtype=np.uint8)
    faces, hints = preview_frame(empty)
    assert faces == [] and hints[0].name == "one_face" and not hints[0].ok
