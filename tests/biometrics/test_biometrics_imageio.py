"""Loading photos of every awkward kind, and clean refusals of bad files."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from biometrics import PhotoError, detect_faces, encode_jpeg, extract_template, load_image


def _jpeg(image: Image.Image, **kwargs: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92, **kwargs)
    return buffer.getvalue()


def test_rgba_png_is_composited_and_shows_a_face(faces_dir: Path) -> None:
    """The RGBA PNG loads as RGB uint8 and its face is found."""
    image = load_image(faces_dir / "rgba_1.png")
    assert image.dtype == np.uint8 and image.ndim == 3 and image.shape[2] == 3
    assert len(detect_faces(image)) == 1


def test_transparent_pixels_become_white() -> None:
    """Fully transparent pixels are composited on white, not black."""
    rgba = Image.new("RGBA", (64, 64), (10, 20, 30, 0))
    buffer = io.BytesIO()
    rgba.save(buffer, "PNG")
    assert load_image(buffer.getvalue())[0, 0].tolist() == [255, 255, 255]


def test_exif_rotated_copy_is_turned_upright(faces_dir: Path) -> None:
    """A phone photo stored sideways with EXIF orientation 6 loads upright with the same face."""
    original = Image.open(faces_dir / "barack_obama_1.jpg").convert("RGB")
    sideways = original.transpose(Image.Transpose.ROTATE_90)  # stored turned left
    exif = Image.Exif()
    exif[0x0112] = 6  # display: rotate 90 degrees clockwise
    rotated = load_image(_jpeg(sideways, exif=exif.tobytes()))
    upright = load_image(_jpeg(original))
    assert rotated.shape == upright.shape
    faces = detect_faces(rotated)
    assert len(faces) == 1
    distance = extract_template(rotated, faces[0]).distance(extract_template(upright))
    assert distance < 0.1


def test_truncated_jpeg_is_refused_as_corrupt(faces_dir: Path) -> None:
    """A JPEG cut in half raises PhotoError 'corrupt' with an actionable message."""
    data = (faces_dir / "barack_obama_1.jpg").read_bytes()
    with pytest.raises(PhotoError) as caught:
        load_image(data[: len(data) // 2])
    assert caught.value.code == "corrupt"
    assert "again" in str(caught.value)


def test_garbage_and_empty_files_are_refused(tmp_path: Path) -> None:
    """Random bytes are an unsupported format; an empty file is 'empty'; no file is 'not_found'."""
    garbage = tmp_path / "garbage.jpg"
    garbage.write_bytes(np.random.default_rng(3).bytes(5000))
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    codes = []
    for source in (garbage, empty, tmp_path / "missing.jpg"):
        with pytest.raises(PhotoError) as caught:
            load_image(source)
        codes.append(caught.value.code)
    assert codes == ["unsupported_format", "empty", "not_found"]


def test_image_format_outside_the_allowed_list_is_unsupported() -> None:
    """A file Pillow can read but the station does not accept (ICO) is 'unsupported_format'."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (90, 90, 90)).save(buffer, "ICO")
    with pytest.raises(PhotoError) as caught:
        load_image(buffer.getvalue())
    assert caught.value.code == "unsupported_format"
    assert "ICO" in str(caught.value)


def test_sixteen_bit_greyscale_png_is_mapped_to_8_bit_rgb(faces_dir: Path) -> None:
    """A 16-bit greyscale scan keeps its face and becomes RGB uint8."""
    grey = np.asarray(Image.open(faces_dir / "barack_obama_1.jpg").convert("L"), dtype=np.uint16)
    buffer = io.BytesIO()
    Image.fromarray(grey * 257).save(buffer, "PNG")
    assert Image.open(io.BytesIO(buffer.getvalue())).mode.startswith("I")
    image = load_image(buffer.getvalue())
    assert image.dtype == np.uint8 and image.shape[2] == 3
    assert abs(int(image[..., 0].astype(int).mean()) - int(grey.mean())) <= 2
    assert len(detect_faces(image)) == 1


def test_greyscale_jpeg_is_loaded_as_rgb(faces_dir: Path) -> None:
    """An 8-bit greyscale JPEG becomes three equal channels and its face is found."""
    grey = Image.open(faces_dir / "joe_biden_2.jpg").convert("L")
    image = load_image(_jpeg(grey))
    assert image.shape[2] == 3 and np.array_equal(image[..., 0], image[..., 2])
    assert len(detect_faces(image)) == 1


def test_huge_photo_is_shrunk_to_working_size(faces_dir: Path, tmp_path: Path) -> None:
    """An 8000x6000 photo loads at most 2000 px on its long side, face intact."""
    big = Image.open(faces_dir / "alex_lacamoire_3.jpg").convert("RGB").resize((8000, 6000))
    path = tmp_path / "big.jpg"
    big.save(path, "JPEG", quality=80)
    image = load_image(path)
    assert max(image.shape[:2]) == 2000 and image.shape[1] > image.shape[0]
    assert len(detect_faces(image)) == 1


def test_encode_jpeg_round_trips_without_metadata(faces_dir: Path) -> None:
    """encode_jpeg writes a JPEG of the same size that carries no EXIF."""
    image = load_image(faces_dir / "rose_leslie_2.jpg")
    data = encode_jpeg(image, quality=85)
    decoded = Image.open(io.BytesIO(data))
    assert decoded.format == "JPEG" and decoded.size == (image.shape[1], image.shape[0])
    assert not decoded.getexif()
