"""One calibrated score from both face models, and the 1:N search that uses it.

The gallery searched is dlib's: every record has a dlib template (old stores, old batches,
stations that never re-indexed), so a dlib search misses nobody, while an SFace gallery would be
blind to every record made before SFace. The search takes a shortlist from the dlib gallery
(the `SHORTLIST` nearest, no farther than `SHORTLIST_DISTANCE`) and re-scores it with both
models. Where both templates exist the score is

    fused = (1 - W) * dlib_distance + W * SFACE_SCALE * (1 - sface_cosine)

a distance on dlib's scale (SFACE_SCALE maps SFace's spread onto dlib's), so it reads like a
dlib distance and the station's thresholds setting keeps its meaning. Where either side has no
SFace template, the dlib distance is the score and dlib's own bands apply.

Calibration (`docs/biometrics-models.md` has the evidence), all on `faces/lfw/pairs.csv`
(1000 same-person, 2500 different-person pairs), nothing on the held-out pairs:

- SFACE_SCALE = 0.714: the ratio of the gaps between the medians of same- and different-person
  pairs (dlib 0.413 / 0.819, SFace 0.340 / 0.909).
- W = 0.5: at the highest threshold with no false match, same-person pairs missed were 13, 15
  and 17 for W = 0.4, 0.5 and 0.3 (dlib alone 60, SFace alone 27); equal weight on a common
  scale, not fitted to the last pair.
- `match` 0.45: the closest different-person pair (0.480, a look-alike) less a stated margin of
  0.03. `possible` 0.53: 99.5 % of same-person pairs lie within it.
- SFace alone (for evaluation): closest different pair 0.568 less 0.03 = 0.538 (cosine 0.462);
  OpenCV's suggested 0.637 (cosine 0.363) gave false matches on our photos.
- The shortlist: on all 217,470 pairs of the LFW photos, every pair within the `possible` band
  had a dlib distance of at most 0.661, so the shortlist's 0.75 loses none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from biometrics.matching import Band, MatchThresholds

SFACE_SCALE = 0.714
SFACE_WEIGHT = 0.5
FUSED_THRESHOLDS = MatchThresholds(match=0.45, possible=0.53)
DLIB_THRESHOLDS = MatchThresholds()  # dlib alone: the station's long-standing 0.55 / 0.60
SFACE_DISTANCE_MATCH = 0.538  # 1 - cosine; SFace alone (evaluation only)
SHORTLIST = 50
SHORTLIST_DISTANCE = 0.75


def fused_distance(dlib_distance: Any, sface_cosine: Any) -> Any:
    """The calibrated score (a distance on dlib's scale) of one pair or arrays of pairs."""
    return (1.0 - SFACE_WEIGHT) * np.asarray(dlib_distance) + SFACE_WEIGHT * SFACE_SCALE * (
        1.0 - np.asarray(sface_cosine)
    )


@dataclass(frozen=True)
class Scored:
    """A candidate after re-scoring: `distance` is the fused score when both templates were
    compared (`fused`), the dlib distance otherwise."""

    key: int
    distance: float
    band: Band | None
    dlib_distance: float
    sface_cosine: float | None

    @property
    def fused(self) -> bool:
        return self.sface_cosine is not None


def score_pair(
    dlib_distance: float,
    query_sface: np.ndarray | None,
    candidate_sface: np.ndarray | None,
    *,
    fused_thresholds: MatchThresholds = FUSED_THRESHOLDS,
    dlib_thresholds: MatchThresholds = DLIB_THRESHOLDS,
) -> tuple[float, Band | None, float | None]:
    """(score, band, SFace cosine or None) of one comparison: fused when both SFace templates
    exist, dlib alone otherwise."""
    if query_sface is None or candidate_sface is None:
        return float(dlib_distance), dlib_thresholds.band(float(dlib_distance)), None
    cosine = float(np.dot(np.asarray(query_sface, np.float32),
                          np.asarray(candidate_sface, np.float32)))
    score = float(fused_distance(dlib_distance, cosine))
    return score, fused_thresholds.band(score), cosine


def rescore(
    shortlist: Iterable[tuple[int, float]],
    query_sface: np.ndarray | None,
    sface_of: Callable[[int], np.ndarray | None],
    *,
    k: int = 5,
    fused_thresholds: MatchThresholds = FUSED_THRESHOLDS,
    dlib_thresholds: MatchThresholds = DLIB_THRESHOLDS,
    keep_unbanded: bool = False,
) -> list[Scored]:
    """Re-score (key, dlib distance) pairs of a dlib shortlist with both models; the `k` best
    by score, only those in a band unless `keep_unbanded`. `sface_of(key)` gives the
    candidate's SFace template or None."""
    scored = []
    for key, distance in shortlist:
        if distance > SHORTLIST_DISTANCE and not keep_unbanded:
            continue
        score, band, cosine = score_pair(
            distance, query_sface, sface_of(int(key)) if query_sface is not None else None,
            fused_thresholds=fused_thresholds, dlib_thresholds=dlib_thresholds)
        if band is not None or keep_unbanded:
            scored.append(Scored(int(key), score, band, float(distance), cosine))
    scored.sort(key=lambda s: s.distance)
    return scored[:k]
