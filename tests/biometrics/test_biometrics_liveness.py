"""Blink and head-turn liveness from real landmarks, with controlled eye closure."""

from __future__ import annotations

import numpy as np

from biometrics import BlinkLivenessChallenge, Face, HeadTurnChallenge, eyes_aspect_ratio


def _close_eyes(landmarks: np.ndarray, amount: float) -> np.ndarray:
    """Move the upper-lid points towards the lower lid by `amount` (1.0: shut)."""
    moved = landmarks.copy()
    for upper, lower in ((37, 41), (38, 40), (43, 47), (44, 46)):
        moved[upper] = landmarks[upper] + amount * (landmarks[lower] - landmarks[upper])
    return moved


def _real_landmarks(load_faces, name: str = "rose_leslie_2.jpg") -> np.ndarray:  # type: ignore[no-untyped-def]
    _, faces = load_faces(name)
    return faces[0].landmarks


def test_blink_passes_the_challenge(load_faces) -> None:  # type: ignore[no-untyped-def]
    """Open, closing, closed, opening, open frames of real landmarks pass the blink challenge."""
    open_eyes = _real_landmarks(load_faces)
    challenge = BlinkLivenessChallenge()
    sequence = [0.0, 0.0, 0.05, 0.0, 0.4, 0.85, 0.95, 0.5, 0.1, 0.0]
    states = [challenge.update(_close_eyes(open_eyes, a)).state for a in sequence]
    assert states[-1] == "passed" and states[4] == "waiting" and challenge.passed
    assert eyes_aspect_ratio(_close_eyes(open_eyes, 0.95)) < 0.5 * eyes_aspect_ratio(open_eyes)


def test_photo_that_never_blinks_fails(load_faces) -> None:  # type: ignore[no-untyped-def]
    """A held-up photo (the same open eyes every frame, small jitter) fails after max_frames."""
    open_eyes = _real_landmarks(load_faces, "kate_siegel_1.jpg")
    rng = np.random.default_rng(1)
    challenge = BlinkLivenessChallenge(max_frames=40)
    results = [challenge.update(open_eyes + rng.normal(0, 0.3, open_eyes.shape)) for _ in range(40)]
    assert results[-1].state == "failed" and "No blink" in results[-1].message
    assert all(r.state == "waiting" for r in results[:-1])


def test_missing_faces_and_held_shut_eyes_are_not_a_blink(load_faces) -> None:  # type: ignore[no-untyped-def]
    """Frames without a face are skipped; eyes held shut longer than a blink do not pass."""
    open_eyes = _real_landmarks(load_faces)
    challenge = BlinkLivenessChallenge(max_closed_frames=5)
    for landmarks in [open_eyes] * 3 + [None] * 3 + [_close_eyes(open_eyes, 1.0)] * 12:
        challenge.update(landmarks)
    assert not challenge.passed
    challenge.update(open_eyes)
    assert not challenge.passed


def test_blink_challenge_accepts_frames(load_faces) -> None:  # type: ignore[no-untyped-def]
    """update_frame detects the face in a real frame and records its eye aspect ratio."""
    image, _ = load_faces("rose_leslie_2.jpg")
    challenge = BlinkLivenessChallenge()
    result = challenge.update_frame(image)
    assert result.state == "waiting" and result.frames == 1 and challenge.history[0] > 0.2


def test_head_turn_challenge_from_mirrored_landmarks(load_faces) -> None:  # type: ignore[no-untyped-def]
    """A turned real face then a frontal one pass the head-turn challenge."""
    image, turned_faces = load_faces("kit_harington_2.jpeg")  # head turned about 40 degrees
    frontal_image, frontal_faces = load_faces("alex_lacamoire_3.jpg")
    challenge = HeadTurnChallenge(min_turn_deg=20)
    assert challenge.update(frontal_faces[0], frontal_image.shape).state == "waiting"
    assert challenge.update(turned_faces[0], image.shape).state == "waiting"
    assert challenge.update(None, image.shape).state == "waiting"
    assert challenge.update(frontal_faces[0], frontal_image.shape).passed
    assert isinstance(frontal_faces[0], Face)


def test_still_picture_is_not_checked_instead_of_waiting(load_faces) -> None:  # type: ignore[no-untyped-def]
    """The same landmarks frame after frame (a photo file shown again and again, a video of a
    photo) end the wait at once: liveness cannot be checked; a live face's jitter keeps it."""
    open_eyes = _real_landmarks(load_faces, "kate_siegel_1.jpg")
    still = BlinkLivenessChallenge()
    states = [still.update(open_eyes.copy()).state for _ in range(8)]
    assert states[:5] == ["waiting"] * 5 and states[5:] == ["not-checked"] * 3
    assert not still.passed and "still pictures" in still.result.message
    still.reset()
    assert still.result.state == "waiting"
    rng = np.random.default_rng(2)
    live = BlinkLivenessChallenge()
    jittered = [live.update(open_eyes + rng.normal(0, 0.3, open_eyes.shape)).state
                for _ in range(30)]
    assert set(jittered) == {"waiting"}
