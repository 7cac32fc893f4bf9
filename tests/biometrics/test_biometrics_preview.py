"""Live preview: YuNet on 640x480 frames, hints for the person, the outline drawn."""

from __future__ import annotations

import numpy as np

from biometrics import draw_preview, preview_frame
from biometrics.bench import _letterbox


def test_frontal_preview_frame_is_ready(load_faces) -> None:  # type: ignore[no-untyped-def]
    """A frontal face letterboxed into 640x480 is found once and every hint is ok."""
    image, _ = load_faces("alex_lacamoire_3.jpg")
    frame = _letterbox(image, 640, 480)
    faces, hints = preview_frame(frame)
    assert len(faces) == 1 and all(hint.ok for hint in hints), hints
    drawn = draw_preview(frame, faces, hints)
    assert drawn.shape == frame.shape and not np.array_equal(drawn, frame)
    left, top, _right, _bottom = faces[0].box
    assert tuple(drawn[top, left + 5]) == (40, 200, 60)  # the green outline


def test_turned_head_and_empty_frame_get_advice(load_faces) -> None:  # type: ignore[no-untyped-def]
    """A turned head is told to look straight; an empty frame to look at the camera."""
    image, _ = load_faces("kit_harington_2.jpeg")
    faces, hints = preview_frame(_letterbox(image, 640, 480))
    failed = {hint.name: hint.text for hint in hints if not hint.ok}
    assert len(faces) == 1 and "head_yaw" in failed and "straight" in failed["head_yaw"]
    empty = np.full((480, 640, 3), 90, dtype=np.uint8)
    faces, hints = preview_frame(empty)
    assert faces == [] and hints[0].name == "one_face" and not hints[0].ok
