"""The station's photo checks: the biometrics pipeline, its failures as field errors, and
the rule for accepting a photo that fails quality (an officer's reason, never for hard
failures)."""

from __future__ import annotations

from typing import Any

from station.errors import ValidationError


def analyse_photo(data: Any, *, live: bool = False) -> Any:
    """Run the photo pipeline on image bytes (or an RGB frame); unreadable images and faceless
    photos become field errors."""
    import biometrics

    try:
        return biometrics.analyse_photo(data, live=live)
    except biometrics.PhotoError as exc:
        raise ValidationError(f"photo: {exc}", field="photo") from None


def load_models() -> None:
    """Load the dlib models of the checks now rather than at the first photo (about two
    seconds): the worker process of the capture page does at its start."""
    from biometrics import models

    models.landmark_predictor()
    models.recognition_model()


def failed_checks(analysis: Any) -> list[Any]:
    return [check for check in analysis.report.checks if not check.passed]


def require_acceptable(analysis: Any, override_reason: str) -> None:
    """A photo failing quality needs an officer's reason; some failures allow no override."""
    failed = failed_checks(analysis)
    if not failed:
        return
    reasons = "; ".join(check.reason.rstrip(". ") for check in failed)
    hard = [check for check in failed if not check.overridable]
    if hard:
        raise ValidationError(f"photo rejected: {reasons}", field="photo")
    if not override_reason.strip():
        raise ValidationError(
            f"photo fails quality: {reasons}. Retake it, or accept it with a reason "
            "(--quality-override REASON)", field="photo")
