"""The calibrated fused score on real photos: shipped thresholds on pairs never used to choose
them, the dlib shortlist and its re-scoring, and both templates from one photo."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from biometrics import Template, analyse_photo, extract_sface_template
from biometrics.fusion import (
    DLIB_THRESHOLDS,
    FUSED_THRESHOLDS,
    SHORTLIST_DISTANCE,
    fused_distance,
    rescore,
    score_pair,
)
from biometrics.models import RECOGNITION_MODEL
from biometrics.sface import SFACE_MODEL, SFACE_VERSION
from biometrics.templates import TEMPLATE_VERSION


@pytest.fixture(scope="session")
def sface_all(single_photos, load_faces) -> dict[str, Template]:  # type: ignore[no-untyped-def]
    """SFace template of every single-person photo (press photos and `johns/`)."""
    result = {}
    for name, _ in single_photos:
        image, faces = load_faces(name)
        result[name] = extract_sface_template(image, faces[0])
    return result


def test_shipped_fused_thresholds_on_photos_never_used_to_choose_them(
        single_photos, templates, sface_all) -> None:  # type: ignore[no-untyped-def]
    """Thresholds were chosen on lfw/pairs.csv only. On every pair of the press photos and
    the `johns/` set: no false match, at most one error in 500 pairs, and every pair above
    `possible` is a different person."""
    fused, same = [], []
    for (a, who_a), (b, who_b) in itertools.combinations(single_photos, 2):
        fused.append(float(fused_distance(templates[a].distance(templates[b]),
                                          float(np.dot(sface_all[a].vector,
                                                       sface_all[b].vector)))))
        same.append(who_a == who_b)
    scores, labels = np.array(fused), np.array(same)
    assert labels.sum() >= 250 and (~labels).sum() >= 1000  # the sets are all there
    false_matches = int(np.sum(scores[~labels] <= FUSED_THRESHOLDS.match))
    missed = int(np.sum(scores[labels] > FUSED_THRESHOLDS.match))
    assert false_matches == 0
    assert false_matches + missed <= len(scores) / 500
    assert np.all(scores[labels] <= FUSED_THRESHOLDS.possible)


@pytest.mark.parametrize(("left", "right", "same"), [
    # look-alikes dlib alone calls the same person (below its 0.55)
    ("Ken_Macha/Ken_Macha_0003.jpg", "Richard_Gere/Richard_Gere_0005.jpg", False),
    ("Lee_Hoi-chang/Lee_Hoi-chang_0003.jpg", "Li_Peng/Li_Peng_0005.jpg", False),
    # one man dlib alone does not even call possible (above its 0.60)
    ("John_Warner/John_Warner_0003.jpg", "John_Warner/John_Warner_0004.jpg", True),
])
def test_fusion_corrects_dlib_on_lfw_pairs(faces_dir: Path, left: str, right: str,
                                           same: bool) -> None:
    """Pairs of LFW photos where dlib alone is wrong at its bands and the fused score is
    right at its own (found among all pairs of the LFW photos, outside lfw/pairs.csv)."""
    from biometrics import detect_faces, extract_template, load_image

    made = []
    for name in (left, right):
        image = load_image(faces_dir / "lfw" / name)
        face = detect_faces(image)[0]
        made.append((extract_template(image, face), extract_sface_template(image, face)))
    (dlib_a, sface_a), (dlib_b, sface_b) = made
    distance = dlib_a.distance(dlib_b)
    score, band, cosine = score_pair(distance, sface_a.vector, sface_b.vector)
    assert cosine is not None
    if same:
        assert DLIB_THRESHOLDS.band(distance) is None and band == "match"
    else:
        assert DLIB_THRESHOLDS.band(distance) == "match" and band is None
        assert score > FUSED_THRESHOLDS.possible


def test_rescoring_fuses_where_both_have_sface_and_falls_back_to_dlib(
        templates, sface_all) -> None:  # type: ignore[no-untyped-def]
    """A shortlist re-scored: a candidate with an SFace template gets the fused score and its
    bands; one without keeps its dlib distance and dlib's bands; beyond the shortlist radius
    nothing is kept."""
    query, same, other = "barack_obama_1.jpg", "barack_obama_4.jpg", "joe_biden_1.jpg"
    d_same = templates[query].distance(templates[same])
    d_other = templates[query].distance(templates[other])
    sface = {1: sface_all[same].vector}  # key 2 (`other`) has no SFace template
    found = rescore([(1, d_same), (2, d_other), (3, SHORTLIST_DISTANCE + 0.01)],
                    sface_all[query].vector, sface.get, keep_unbanded=False)
    first = found[0]
    assert first.key == 1 and first.fused and first.band == "match"
    expected = fused_distance(d_same, float(np.dot(sface_all[query].vector, sface[1])))
    assert first.distance == pytest.approx(float(expected))
    assert all(hit.key != 3 for hit in found)
    score, band, cosine = score_pair(d_other, sface_all[query].vector, None)
    assert cosine is None and score == d_other and band == DLIB_THRESHOLDS.band(d_other)
    # without an SFace template of the query, every candidate is judged by dlib alone
    alone = rescore([(1, d_same)], None, sface.get)
    assert alone[0].distance == d_same and not alone[0].fused


def test_one_photo_gives_both_templates(faces_dir: Path) -> None:
    """The photo pipeline makes the dlib and the SFace template, each with its model and
    version, and reports both."""
    analysis = analyse_photo(faces_dir / "barack_obama_1.jpg")
    assert [(t.model, t.model_version) for t in analysis.templates] == [
        (RECOGNITION_MODEL, TEMPLATE_VERSION), (SFACE_MODEL, SFACE_VERSION)]
    assert analysis.sface_template is not None
    assert float(np.linalg.norm(analysis.sface_template.vector)) == pytest.approx(1.0, abs=1e-5)
    assert analysis.to_dict()["templates"][1] == {"model": SFACE_MODEL,
                                                  "model_version": SFACE_VERSION}
