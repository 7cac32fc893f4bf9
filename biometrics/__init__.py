"""Face biometrics for the enrolment station: cameras, detection, ICAO-style quality, liveness,
templates, 1:N matching and accuracy evaluation.

A library: arrays and bytes in, reports and templates out. It imports numpy, OpenCV, Pillow and
dlib (via face_recognition_models) and nothing else of the project.
"""

from biometrics.background import PortraitResult, portrait_with_plain_background
from biometrics.cameras import (
    CameraError,
    CameraSource,
    DeviceCamera,
    DeviceInfo,
    FolderCamera,
    VideoFileCamera,
    list_devices,
)
from biometrics.detect import Face, detect_faces
from biometrics.errors import ModelFileError, PhotoError
from biometrics.evaluation import (
    EvaluationResult,
    PairsFileError,
    evaluate_models,
    evaluate_pairs,
    read_pairs,
)
from biometrics.imageio import encode_jpeg, load_image
from biometrics.liveness import BlinkLivenessChallenge, HeadTurnChallenge, LivenessResult
from biometrics.matching import Candidate, MatchIndex, MatchThresholds
from biometrics.pipeline import PhotoAnalysis, analyse_image, analyse_photo
from biometrics.portrait import PORTRAIT_SIZE, crop_portrait
from biometrics.preview import PreviewHint, draw_preview, preview_frame
from biometrics.quality import (
    QualityCheck,
    QualityReport,
    QualityThresholds,
    assess_faces,
    assess_quality,
    eyes_aspect_ratio,
    head_pose,
)
from biometrics.sface import SFACE_MODEL, cosine_score, extract_sface_template, is_current_sface
from biometrics.templates import TEMPLATE_VERSION, Template, extract_template
from biometrics.yunet import YuNetFace, detect_yunet

__all__ = [
    "PORTRAIT_SIZE",
    "SFACE_MODEL",
    "TEMPLATE_VERSION",
    "BlinkLivenessChallenge",
    "CameraError",
    "CameraSource",
    "Candidate",
    "DeviceCamera",
    "DeviceInfo",
    "EvaluationResult",
    "Face",
    "FolderCamera",
    "HeadTurnChallenge",
    "LivenessResult",
    "MatchIndex",
    "MatchThresholds",
    "ModelFileError",
    "PairsFileError",
    "PhotoAnalysis",
    "PhotoError",
    "PortraitResult",
    "PreviewHint",
    "QualityCheck",
    "QualityReport",
    "QualityThresholds",
    "Template",
    "VideoFileCamera",
    "YuNetFace",
    "analyse_image",
    "analyse_photo",
    "assess_faces",
    "assess_quality",
    "cosine_score",
    "crop_portrait",
    "detect_faces",
    "detect_yunet",
    "draw_preview",
    "encode_jpeg",
    "evaluate_models",
    "evaluate_pairs",
    "extract_sface_template",
    "extract_template",
    "eyes_aspect_ratio",
    "head_pose",
    "is_current_sface",
    "list_devices",
    "load_image",
    "portrait_with_plain_background",
    "preview_frame",
    "read_pairs",
]
