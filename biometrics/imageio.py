"""Reading photos from any common file into one array format, and writing JPEG.

Everything downstream works on RGB uint8 arrays of shape (H, W, 3). Phone photos carry their
rotation in EXIF, PNGs may have alpha, scanners give 16-bit or greyscale files: all are normalised
here, and huge images are shrunk early so that one 48-megapixel photo cannot exhaust memory.
"""

from __future__ import annotations

import io
import os
import warnings

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from biometrics.errors import PhotoError

# Longest side kept after loading. ICAO asks for 90+ px between the eyes; 2000 px leaves ample
# resolution for any portrait while bounding the work of every later step.
WORKING_MAX_SIDE = 2000
# Refuse decompression bombs before decoding (Pillow checks the header size first).
MAX_PIXELS = 120_000_000
MAX_FILE_BYTES = 60 * 1024 * 1024
SUPPORTED_FORMATS = frozenset({"JPEG", "PNG", "BMP", "TIFF", "WEBP", "PPM", "GIF", "MPO"})

ImageSource = bytes | str | os.PathLike[str]


def _read_bytes(source: ImageSource) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        path = os.fspath(source)
        if not os.path.isfile(path):
            raise PhotoError("not_found", "The photo file does not exist or is not a file.")
        if os.path.getsize(path) > MAX_FILE_BYTES:
            raise PhotoError(
                "too_large", "The photo file is larger than 60 MB: export a smaller copy."
            )
        with open(path, "rb") as handle:
            data = handle.read()
    if not data:
        raise PhotoError("empty", "The photo file is empty: take or export the photo again.")
    if len(data) > MAX_FILE_BYTES:
        raise PhotoError("too_large", "The photo file is larger than 60 MB: export a smaller copy.")
    return data


def _open(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (
        UnidentifiedImageError,
        Image.DecompressionBombWarning,
        Image.DecompressionBombError,
    ) as exc:
        if isinstance(exc, UnidentifiedImageError):
            raise PhotoError(
                "unsupported_format",
                "The file is not a photo in a supported format (JPEG, PNG, BMP, TIFF, WebP).",
            ) from None
        raise PhotoError(
            "too_large", "The photo has too many pixels: export a smaller copy."
        ) from None
    except (OSError, ValueError, SyntaxError):
        # Pillow reports a header cut short or garbled as OSError ("Truncated File Read").
        raise PhotoError(
            "corrupt", "The photo file is damaged or incomplete: copy it again."
        ) from None
    if image.format not in SUPPORTED_FORMATS:
        raise PhotoError(
            "unsupported_format",
            f"Photos in {image.format} format are not supported: use JPEG or PNG.",
        )
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise PhotoError("too_large", "The photo has too many pixels: export a smaller copy.")
    if width < 32 or height < 32:
        raise PhotoError("too_small", "The photo is too small to show a face: use a larger photo.")
    return image


def _shrink_while_decoding(image: Image.Image) -> None:
    """Let the JPEG decoder scale down by 1/2, 1/4 or 1/8 (much cheaper than a full decode)."""
    if image.format in ("JPEG", "MPO") and max(image.size) > 2 * WORKING_MAX_SIDE:
        scale = WORKING_MAX_SIDE / max(image.size)
        image.draft("RGB", (int(image.size[0] * scale) + 1, int(image.size[1] * scale) + 1))


def _to_rgb(image: Image.Image) -> Image.Image:
    mode = image.mode
    if mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
        mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        values = np.asarray(image, dtype=np.float64)
        top = 65535.0 if mode.startswith("I;16") or values.max() > 255 else 255.0
        if mode == "F":
            top = max(float(values.max()), 1.0)
        grey = np.clip(values / top * 255.0 + 0.5, 0, 255).astype(np.uint8)
        return Image.fromarray(grey, "L").convert("RGB")
    if mode in ("RGBA", "LA", "PA") or (mode == "RGB" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if mode != "RGB":
        return image.convert("RGB")
    return image


def load_image(source: ImageSource, *, max_side: int = WORKING_MAX_SIDE) -> np.ndarray:
    """Decode a photo (bytes or path) into an upright RGB uint8 array of at most `max_side` px.

    Applies the EXIF orientation, composites transparency on white, maps 16-bit and greyscale to
    8-bit RGB. Raises PhotoError for empty, corrupt, truncated, unsupported or oversized files.
    """
    data = _read_bytes(source)
    image = _open(data)
    try:
        if getattr(image, "n_frames", 1) > 1:
            image.seek(0)
        _shrink_while_decoding(image)
        image.load()
        image = ImageOps.exif_transpose(image) or image
        image = _to_rgb(image)
        if max(image.size) > max_side:
            scale = max_side / max(image.size)
            size = (max(1, round(image.size[0] * scale)), max(1, round(image.size[1] * scale)))
            image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        array = np.asarray(image, dtype=np.uint8)
    except PhotoError:
        raise
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        message = str(exc).lower()
        if "truncated" in message or "broken" in message or "premature" in message:
            raise PhotoError(
                "corrupt", "The photo file is incomplete (truncated): copy or take it again."
            ) from None
        raise PhotoError(
            "corrupt", "The photo file is damaged and cannot be decoded: copy or take it again."
        ) from None
    return np.ascontiguousarray(array)


def encode_jpeg(image: np.ndarray, quality: int = 90) -> bytes:
    """Encode an RGB uint8 array as a baseline JPEG without metadata (no EXIF, no location)."""
    if image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        raise ValueError("encode_jpeg expects an RGB uint8 array of shape (H, W, 3)")
    if not 1 <= quality <= 100:
        raise ValueError("JPEG quality must be between 1 and 100")
    buffer = io.BytesIO()
    Image.fromarray(image, "RGB").save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()
