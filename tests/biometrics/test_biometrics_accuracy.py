"""Same people match and different people do not, at the default thresholds, on real photos."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import numpy as np
import pytest
from biometrics_pairs import all_pairs, write_pairs

from biometrics import MatchThresholds, Template, evaluate_pairs
from biometrics.fusion import FUSED_THRESHOLDS


def test_same_person_pairs_match_and_different_people_do_not(single_photos, templates) -> None:  # type: ignore[no-untyped-def]
    """Every same-person pair is in the 'match' band; no different-person pair is."""
    thresholds = MatchThresholds()
    same, different = [], []
    for (a, ia), (b, ib) in itertools.combinations(single_photos, 2):
        distance = templates[a].distance(templates[b])
        (same if ia == ib else different).append(distance)
    assert len(same) > 250 and len(different) > 2000
    assert all(thresholds.band(d) == "match" for d in same), max(same)
    assert not any(thresholds.band(d) == "match" for d in different), min(different)
    # a safety margin on the different-person side
    assert min(different) - thresholds.match >= 0.05


def test_template_bytes_round_trip(templates) -> None:  # type: ignore[no-untyped-def]
    """to_bytes/from_bytes keeps vector, model and version; damaged bytes raise ValueError."""
    template = next(iter(templates.values()))
    data = template.to_bytes()
    assert len(data) < 600
    again = Template.from_bytes(data)
    assert again == template and again.model == "dlib_face_recognition_resnet_model_v1"
    assert again.model_version == template.model_version and again.vector.dtype == np.float32
    for broken in (data[:-3], b"XX" + data[2:], data[:5]):
        with pytest.raises(ValueError):
            Template.from_bytes(broken)


def test_many_stored_templates_stack_into_one_matrix(templates, sface_templates) -> None:  # type: ignore[no-untyped-def]
    """The registry's start-up path gives the same vectors as one from_bytes per template,
    also when another model's template is among them; a damaged one raises ValueError."""
    stored = [t.to_bytes() for t in templates.values()]
    stored.insert(3, next(iter(sface_templates.values())).to_bytes())
    matrix = Template.stack_vectors(stored)
    assert matrix.shape == (len(stored), 128) and matrix.dtype == np.float32
    for row, blob in zip(matrix, stored, strict=True):
        assert np.array_equal(row, Template.from_bytes(blob).vector)
    assert Template.stack_vectors([]).shape == (0, 128)
    with pytest.raises(ValueError):
        Template.stack_vectors([stored[0], stored[1][:-3]])
    not_finite = stored[0][:-4] + np.array([np.nan], dtype="<f4").tobytes()
    with pytest.raises(ValueError):
        Template.stack_vectors([stored[0], not_finite])


def _small_set(faces_dir: Path, tmp_path: Path, single_photos) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    """Links to 3 photos each of two Johns and one Obama photo, plus a picture of no face."""
    picked = [p for p in single_photos if p[1] == "john_simm"][:3]
    picked += [p for p in single_photos if p[1] == "john_savage"][:3]
    picked += [("barack_obama_1.jpg", "barack_obama")]
    images = tmp_path / "images"
    for name, _ in picked:
        (images / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(faces_dir / name, images / name)
    import cv2

    cv2.imwrite(str(images / "wall.png"), np.full((200, 200, 3), 180, dtype=np.uint8))
    (images / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 cut short")
    pairs = [*all_pairs(picked), ("wall.png", picked[0][0], 0),
             ("broken.jpg", picked[0][0], 1), ("gone.jpg", picked[1][0], 0)]
    return write_pairs(tmp_path / "pairs.csv", pairs), images


def test_evaluate_pairs_on_a_small_real_set(faces_dir, tmp_path, single_photos) -> None:  # type: ignore[no-untyped-def]
    """evaluate_pairs scores 21 real pairs and lists the no-face and the unreadable images."""
    pairs_csv, images = _small_set(faces_dir, tmp_path, single_photos)
    result = evaluate_pairs(pairs_csv, images, show_progress=False)
    assert result.pairs == 21 and result.skipped_pairs == 3
    assert result.same_pairs == 6 and result.different_pairs == 15
    assert result.fmr == 0.0 and result.fnmr == 0.0 and result.accuracy == 1.0
    assert result.threshold == MatchThresholds().match and result.no_face == ["wall.png"]
    assert result.unreadable == ["broken.jpg", "gone.jpg"]
    assert result.to_dict()["accuracy_counting_skipped"] == 21 / 24
    sweep = result.sweep()
    assert sweep[0][2] >= sweep[-1][2] and sweep[0][1] <= sweep[-1][1]
    assert set(result.to_dict(sweep=True)) >= {
        "pairs",
        "fmr",
        "fnmr",
        "accuracy",
        "eer",
        "threshold",
        "no_face",
        "sweep",
    }


def test_evaluate_pairs_counts_errors_at_a_loose_threshold(
    faces_dir, tmp_path, single_photos
) -> None:  # type: ignore[no-untyped-def]
    """At an absurd threshold of 1.5 every different pair is a false match (FMR 1)."""
    pairs_csv, images = _small_set(faces_dir, tmp_path, single_photos)
    result = evaluate_pairs(pairs_csv, images, MatchThresholds(1.5, 1.5), show_progress=False)
    assert result.fmr == 1.0 and result.false_matches == 15 and result.accuracy == 6 / 21


def test_pairs_file_with_bad_rows_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A 'same' value that is not yes/no/1/0/true/false names the row."""
    from biometrics import PairsFileError

    bad = tmp_path / "pairs.csv"
    bad.write_text("left,right,same\na.jpg,b.jpg,maybe\n")
    with pytest.raises(PairsFileError, match="row 2"):
        evaluate_pairs(bad, tmp_path, show_progress=False)
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(PairsFileError, match="left,right,same"):
        evaluate_pairs(bad, tmp_path, show_progress=False)


def test_evaluate_models_compares_dlib_sface_and_fusion(faces_dir, tmp_path, single_photos) -> None:  # type: ignore[no-untyped-def]
    """dlib, SFace and the fused score are judged on the same 21 pairs, each with its margin,
    and the score and DET plots are written as PNG files."""
    from biometrics import evaluate_models
    from biometrics.evaluation import write_plots

    pairs_csv, images = _small_set(faces_dir, tmp_path, single_photos)
    results = evaluate_models(pairs_csv, images, show_progress=False)
    assert list(results) == ["dlib", "sface", "fused"]
    for name, result in results.items():
        assert result.pairs == 21 and result.skipped_pairs == 3 and result.model == name
        assert result.false_matches == 0 and result.false_non_matches == 0
        assert result.margin is not None and result.margin > 0
        assert result.to_dict()["margin"] == result.margin
    assert results["fused"].threshold == FUSED_THRESHOLDS.match
    for path in write_plots(results, tmp_path / "plots"):
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
