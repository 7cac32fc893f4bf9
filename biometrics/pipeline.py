"""One call for the station: photo in, quality report, ID portrait and template out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from biometrics.detect import DetectorModel, Face, detect_faces
from biometrics.errors import PhotoError
from biometrics.imageio import ImageSource, encode_jpeg, load_image
from biometrics.portrait import crop_portrait
from biometrics.quality import QualityReport, QualityThresholds, assess_faces
from biometrics.sface import extract_sface_template
from biometrics.templates import Template, extract_template

Source = Literal["live", "imported"]


@dataclass
class PhotoAnalysis:
    """What the station stores or shows for one photo. `template` (dlib's, the 1:N gallery's)
    is None only when asked; `sface_template` also when YuNet finds no face where dlib did
    (the record then has the dlib template only and is matched by dlib alone)."""

    report: QualityReport
    portrait_jpeg: bytes = field(repr=False)
    template: Template | None
    source: Source
    sface_template: Template | None = None

    @property
    def templates(self) -> list[Template]:
        """Every template made, dlib's first."""
        return [t for t in (self.template, self.sface_template) if t is not None]

    @property
    def face(self) -> Face | None:
        return self.report.face

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "quality": self.report.to_dict(),
            "portrait_jpeg_bytes": len(self.portrait_jpeg),
            "template": None
            if self.template is None
            else {
                "model": self.template.model,
                "model_version": self.template.model_version,
            },
            "templates": [
                {"model": t.model, "model_version": t.model_version} for t in self.templates
            ],
        }


def analyse_image(
    image: np.ndarray,
    *,
    thresholds: QualityThresholds | None = None,
    live: bool = False,
    model: DetectorModel = "hog",
    with_template: bool = True,
) -> PhotoAnalysis:
    """`analyse_photo` for an already decoded RGB frame (camera capture)."""
    faces = detect_faces(image, model=model)
    if not faces:
        raise PhotoError(
            "no_face",
            "No face was found: the face must be visible, lit from the front and not too small.",
        )
    report = assess_faces(image, faces, thresholds)
    face = faces[0]
    # the portrait made by the quality checks (plain background when it was busy), or the crop
    portrait = encode_jpeg(
        report.portrait.image if report.portrait is not None else crop_portrait(image, face)
    )
    template = extract_template(image, face) if with_template else None
    sface = None
    if with_template:
        try:
            sface = extract_sface_template(image, face)
        except PhotoError:  # YuNet saw no face where dlib did: dlib alone matches this photo
            sface = None
    return PhotoAnalysis(report, portrait, template, "live" if live else "imported", sface)


def analyse_photo(
    source: ImageSource | np.ndarray,
    *,
    thresholds: QualityThresholds | None = None,
    live: bool = False,
    model: DetectorModel = "hog",
    with_template: bool = True,
) -> PhotoAnalysis:
    """Load, detect (largest face, with a warning when several), check quality, crop the ICAO
    portrait and make the template.

    Raises PhotoError only when the photo cannot be read or shows no face at all; every other
    problem is a failed check in `report`, for the station (or an officer's override) to decide.
    """
    image = source if isinstance(source, np.ndarray) else load_image(source)
    return analyse_image(
        image, thresholds=thresholds, live=live, model=model, with_template=with_template
    )
