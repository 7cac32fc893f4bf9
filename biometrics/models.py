"""Lazy, shared loading of the dlib models shipped by face_recognition_models.

Loading the ResNet and the 68-point predictor takes about a second, so each model is loaded
once per process, on first use, and reused. dlib objects are not thread-safe: the station runs
biometrics on one worker thread.
"""

from __future__ import annotations

import functools
import warnings
from types import ModuleType
from typing import Any

RECOGNITION_MODEL = "dlib_face_recognition_resnet_model_v1"


@functools.cache
def _models_package() -> ModuleType:
    with warnings.catch_warnings():
        # face_recognition_models imports pkg_resources, which warns about its own deprecation.
        warnings.simplefilter("ignore")
        import face_recognition_models

    return face_recognition_models


@functools.cache
def dlib_module() -> ModuleType:
    import dlib

    return dlib


@functools.cache
def hog_detector() -> Any:
    return dlib_module().get_frontal_face_detector()


@functools.cache
def cnn_detector() -> Any:
    path = _models_package().cnn_face_detector_model_location()
    return dlib_module().cnn_face_detection_model_v1(path)


@functools.cache
def landmark_predictor() -> Any:
    """The 68-point iBUG predictor: eyes, brows, nose, mouth and jaw line."""
    path = _models_package().pose_predictor_model_location()
    return dlib_module().shape_predictor(path)


@functools.cache
def recognition_model() -> Any:
    path = _models_package().face_recognition_model_location()
    return dlib_module().face_recognition_model_v1(path)
