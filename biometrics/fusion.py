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

Calibration (`docs/biometrics-models.md` has the evidence), all on the 660 photos of
`faces/lfw/` (200 people): its `pairs.csv` (1000 same-person, 2500 different-person pairs) and
every other pair of those photos (216,470 different-person pairs in all, so the rare close
look-alikes that decide a threshold are counted, not guessed from 2500), nothing on the
held-out sets:

- SFACE_SCALE = 0.704: the ratio of the gaps between the medians of same- and different-person
  pairs of `pairs.csv` (dlib 0.413 / 0.819; SFace, with its mirror pass, 0.329 / 0.905).
- W = 0.7: the same-person pairs missed at a false-match rate of 1 in 100,000 were 45, 35, 32,
  29, 25, 27, 30 and 45 for W = 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8 and 1 (SFace alone); 0.7
  is the middle of the flat bottom (0.6 to 0.8).
- `match` 0.43: the highest score at which at most 1 in 100,000 different-person pairs of the
  calibration photos score closer (0.4316: 2 of 216,470 pairs), rounded down. The closest
  different-person pair of `pairs.csv` (0.447) lies 0.017 beyond it.
- `possible` 0.51: 99.5 % of the same-person pairs lie within it (6 of 1000 beyond).
- SFace alone (for evaluation only), the same rule: 0.53 (cosine 0.47).
- The shortlist: every pair of the calibration photos within the `possible` band had a dlib
  distance of at most 0.740; the shortlist's 0.80 keeps all of them with room to spare.
- Identity-disjoint halves (people split by CRC32 of the name, threshold chosen on one half by
  the same rule, judged on the other): 1 false match in 62,280 different-person pairs and 8
  of 555 same-person pairs missed; 0 in 45,915 and 16 of 445.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from biometrics.matching import Band, MatchThresholds

SFACE_SCALE = 0.704
SFACE_WEIGHT = 0.7
FUSED_THRESHOLDS = MatchThresholds(match=0.43, possible=0.51)
DLIB_THRESHOLDS = MatchThresholds()  # dlib alone: the station's long-standing 0.55 / 0.60
SFACE_DISTANCE_MATCH = 0.53  # 1 - cosine; SFace alone (evaluation only)
SHORTLIST = 50
SHORTLIST_DISTANCE = 0.80


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
