"""The ONNX model files shipped in `biometrics/models/`, checked before OpenCV loads them.

Each file's SHA-256 is pinned here (see `biometrics/models/README.md` for where the files came
from and their licences). A file is hashed once per process and again only when its size or
modification time changes; hashing SFace's 39 MB takes about 0.1 s.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from biometrics.errors import ModelFileError

MODELS_DIR = Path(__file__).resolve().parent / "models"


@dataclass(frozen=True)
class ModelFile:
    name: str
    sha256: str
    size: int
    licence: str


YUNET = ModelFile(
    "face_detection_yunet_2023mar.onnx",
    "8f2383e4dd3cfbb4553ea8718107fc0423210dc964f9f4280604804ed2552fa4",
    232_589,
    "MIT (LICENSE-YuNet-MIT.txt)",
)
SFACE = ModelFile(
    "face_recognition_sface_2021dec.onnx",
    "0ba9fbfa01b5270c96627c4ef784da859931e02f04419c829e83484087c34e79",
    38_696_353,
    "Apache-2.0 (LICENSE-SFace-Apache-2.0.txt)",
)

_verified: dict[Path, tuple[int, int]] = {}
_lock = threading.Lock()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verified_path(model: ModelFile, folder: Path | None = None) -> str:
    """Path of `model` in `folder` (default: the shipped models), after checking its SHA-256.

    Raises ModelFileError when the file is missing, has the wrong size or the wrong digest.
    """
    path = (folder or MODELS_DIR) / model.name
    repair = "reinstall the station software (the file ships with it; see biometrics/models/)"
    try:
        stat = path.stat()
    except OSError:
        raise ModelFileError(f"the face model file {model.name} is missing: {repair}") from None
    key = (stat.st_size, stat.st_mtime_ns)
    with _lock:
        if _verified.get(path) == key:
            return str(path)
        if stat.st_size != model.size or _sha256(path) != model.sha256:
            raise ModelFileError(
                f"the face model file {model.name} has been altered or damaged (its SHA-256 "
                f"does not match): {repair}"
            )
        _verified[path] = key
    return str(path)
