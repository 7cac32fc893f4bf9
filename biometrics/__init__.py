"""Face biometrics for the enrolment station: cameras, detection, ICAO-style quality, liveness,
templates, 1:N matching and accuracy evaluation.

A library: arrays and bytes in, reports and templates out. It imports numpy, OpenCV, Pillow and
dlib (via face_recognition_models) and nothing else of the project.
"""

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
from biometrics.errors import PhotoError
from biometrics.evaluation import EvaluationResult, PairsFileError, evaluate_pairs, read_pairs
from biometrics.imageio import encode_jpeg, load_image
from biometrics.liveness import BlinkLivenessChallenge, HeadTurnChallenge, LivenessResult
from biometrics.matching import Candidate, MatchIndex, MatchThresholds
from biometrics.pipeline import PhotoAnalysis, analyse_image, analyse_photo
from biometrics.portrait import PORTRAIT_SIZE, crop_portrait
from biometrics.quality import (
    QualityCheck,
    QualityReport,
    QualityThresholds,
    assess_faces,
    assess_quality,
    eyes_aspect_ratio,
    head_pose,
)
from biometrics.templates import TEMPLATE_VERSION, Template, extract_template

__all__ = [
    "PORTRAIT_SIZE",
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
    "PairsFileError",
    "PhotoAnalysis",
    "PhotoError",
    "QualityCheck",
    "QualityReport",
    "QualityThresholds",
    "Template",
    "VideoFileCamera",
    "analyse_image",
    "analyse_photo",
    "assess_faces",
    "assess_quality",
    "crop_portrait",
    "detect_faces",
    "encode_jpeg",
    "evaluate_pairs",
    "extract_template",
    "eyes_aspect_ratio",
    "head_pose",
    "list_devices",
    "load_image",
    "read_pairs",
]
