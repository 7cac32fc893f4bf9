"""SFace face templates through OpenCV (`cv2.FaceRecognizerSF`), beside dlib's.

YuNet finds the face and its five points, `alignCrop` warps it to the 112x112 crop SFace was
trained on, and the network reads that crop and its mirror image; the two outputs, each
L2-normalised, are averaged and normalised again, so that the cosine score is a dot product and
the Euclidean distance of two templates is sqrt(2 - 2 cos). The mirror pass (one more network
run, about 10 ms) was chosen on `faces/lfw/`: with it, SFace alone misses 24 instead of 27 of the
1000 same-person pairs at the highest threshold with no false match among the 2500 different
ones, and the fused score (`biometrics.fusion`) misses fewer at the same false-match rate.
Scores are on the cosine scale: 1 is identical, OpenCV's suggested same-person threshold is
0.363.

An SFace template is an ordinary `Template` (same byte form) whose `model` says SFace, so it is
never compared with a dlib template by mistake. The station stores it beside the dlib template
and `biometrics.fusion` combines the two scores (its own threshold there, chosen on our photos:
OpenCV's suggestion below is kept for reference only).
"""

from __future__ import annotations

import threading

import cv2
import numpy as np

from biometrics.detect import Face
from biometrics.errors import PhotoError
from biometrics.model_files import SFACE, verified_path
from biometrics.templates import TEMPLATE_DIM, Template
from biometrics.yunet import YuNetFace, box_overlap, detect_yunet, quiet_opencv

SFACE_MODEL = "opencv_sface_2021dec"
# Changes whenever anything that shapes the vector changes (detector, points, crop).
SFACE_VERSION = "2:yunet2023mar-aligncrop112-mirror-l2"
COSINE_THRESHOLD = 0.363  # OpenCV's suggested threshold for SFace (cosine, same person above)

_local = threading.local()
# The bytes every current SFace template starts with (`Template.to_bytes` before the numbers).
_CURRENT_HEADER = Template(np.zeros(TEMPLATE_DIM, np.float32), SFACE_MODEL,
                           SFACE_VERSION).to_bytes()[:-4 * TEMPLATE_DIM]


def _recogniser() -> cv2.FaceRecognizerSF:
    recogniser = getattr(_local, "recogniser", None)
    if recogniser is None:
        path = verified_path(SFACE)
        with quiet_opencv():
            recogniser = cv2.FaceRecognizerSF.create(path, "")
        _local.recogniser = recogniser
    return recogniser


def yunet_face_for(image: np.ndarray, face: Face | None = None) -> YuNetFace:
    """The YuNet face in `image` (RGB) that is `face` (dlib's), or the largest one.

    Raises PhotoError "no_face" when YuNet finds no face (or none where dlib found one).
    """
    found = detect_yunet(image)
    if face is not None:
        found = [f for f in found if box_overlap(f.box, face.box) > 0.2]
        found.sort(key=lambda f: box_overlap(f.box, face.box), reverse=True)
    if not found:
        raise PhotoError("no_face", "No face was found: the face must be visible and lit.")
    return found[0]


def sface_chip(image: np.ndarray, face: YuNetFace) -> np.ndarray:
    """The 112x112 BGR crop SFace reads, aligned on YuNet's five points."""
    bgr = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
    return np.asarray(_recogniser().alignCrop(bgr, face.row))


def extract_sface_template(
    image: np.ndarray, face: Face | YuNetFace | None = None
) -> Template:
    """SFace template of `face` in an RGB uint8 image.

    `face` may be a YuNet face, a dlib face (its YuNet twin is found by overlap) or None (the
    largest face YuNet finds).
    """
    yunet = face if isinstance(face, YuNetFace) else yunet_face_for(image, face)
    chip = sface_chip(image, yunet)
    vector = np.zeros(TEMPLATE_DIM, dtype=np.float32)
    for crop in (chip, np.ascontiguousarray(chip[:, ::-1])):
        feature = np.asarray(_recogniser().feature(crop), dtype=np.float32).reshape(-1)
        norm = float(np.linalg.norm(feature))
        if not (norm > 0 and np.isfinite(norm)):
            raise PhotoError("no_face", "No usable face was found: retake the photo.")
        vector += feature / np.float32(norm)
    return Template(vector / np.float32(np.linalg.norm(vector)), SFACE_MODEL, SFACE_VERSION)


def is_current_sface(blob: bytes) -> bool:
    """Whether stored template bytes are an SFace template of this version (`SFACE_VERSION`):
    templates of an older version are not comparable with new ones and wait for
    `station biometrics reindex`."""
    return blob.startswith(_CURRENT_HEADER)


def cosine_score(a: Template | np.ndarray, b: Template | np.ndarray) -> float:
    """Cosine similarity of two SFace templates (1: the same picture; above 0.363: same)."""
    va = a.vector if isinstance(a, Template) else np.asarray(a, dtype=np.float32)
    vb = b.vector if isinstance(b, Template) else np.asarray(b, dtype=np.float32)
    denominator = float(np.linalg.norm(va) * np.linalg.norm(vb))
    return float(np.dot(va, vb)) / denominator if denominator > 0 else 0.0
