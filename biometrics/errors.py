"""The library's error: a photo that cannot be used, with a reason a person can act on."""

from __future__ import annotations


class PhotoError(ValueError):
    """A photo cannot be read or holds no usable face.

    `code` is a short machine-readable cause ("corrupt", "unsupported_format", "too_large", "empty",
    "no_face", "multiple_faces", "face_cut_off", "not_found"); the message says what to do. Messages
    never carry personal data; callers add a file path only where that is safe (the CLI).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": str(self)}


class ModelFileError(RuntimeError):
    """A model file shipped with the library is missing or is not the file it should be.

    Raised before OpenCV reads the file, so a damaged or swapped model never makes templates.
    The message names the file and says how to repair the installation.
    """
