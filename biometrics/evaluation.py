"""Accuracy on labelled pairs of photos: FMR, FNMR, accuracy, EER, margin and a threshold sweep.

Operators run this on their own pairs to calibrate a deployment. Each image is encoded once
(templates are cached per path), with the same pipeline as enrolment.

Three scores can be compared, all as distances (smaller: more alike):

- `dlib`: Euclidean distance of the dlib templates (the station's matcher; threshold from
  `MatchThresholds`);
- `sface`: 1 - cosine of the SFace templates (threshold 0.53, chosen on our photos:
  `biometrics.fusion`);
- `fused`: the station's calibrated score (`biometrics.fusion.fused_distance`, on dlib's
  scale), judged at its `match` threshold 0.43.
"""

from __future__ import annotations

import csv
import math
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from biometrics.detect import detect_faces
from biometrics.errors import PhotoError
from biometrics.fusion import FUSED_THRESHOLDS, SFACE_DISTANCE_MATCH
from biometrics.fusion import fused_distance as _calibrated_fused
from biometrics.imageio import load_image
from biometrics.matching import MatchThresholds
from biometrics.sface import extract_sface_template
from biometrics.templates import extract_template

ScoreModel = Literal["dlib", "sface", "fused"]
SCORE_MODELS: tuple[ScoreModel, ...] = ("dlib", "sface", "fused")
SFACE_DISTANCE_THRESHOLD = SFACE_DISTANCE_MATCH
FUSED_THRESHOLD = FUSED_THRESHOLDS.match
_SWEEPS: dict[str, tuple[float, float, float]] = {
    "dlib": (0.30, 0.80, 0.02),
    "sface": (0.40, 0.90, 0.02),
    "fused": (0.30, 0.70, 0.02),
}

_TRUE = {"1", "yes", "true", "same", "y", "t"}
_FALSE = {"0", "no", "false", "different", "n", "f"}


class PairsFileError(ValueError):
    """The pairs CSV is missing, has the wrong columns or a bad row (message names the row)."""


@dataclass(frozen=True)
class Pair:
    left: str
    right: str
    same: bool


@dataclass
class EvaluationResult:
    pairs: int
    fmr: float
    fnmr: float
    accuracy: float
    eer: float
    eer_threshold: float
    threshold: float
    no_face: list[str]
    unreadable: list[str]
    false_matches: int
    false_non_matches: int
    same_pairs: int
    different_pairs: int
    skipped_pairs: int
    distances: np.ndarray = field(repr=False)
    labels: np.ndarray = field(repr=False)
    model: str = "dlib"

    @property
    def farthest_same(self) -> float | None:
        """Largest distance of a same-person pair (None without such pairs)."""
        same = self.distances[self.labels]
        return float(same.max()) if same.size else None

    @property
    def closest_different(self) -> float | None:
        """Smallest distance of a different-person pair (None without such pairs)."""
        different = self.distances[~self.labels]
        return float(different.min()) if different.size else None

    @property
    def margin(self) -> float | None:
        """Closest different-person pair minus farthest same-person pair: positive when one
        threshold separates every pair, negative by how much the two kinds overlap."""
        if self.farthest_same is None or self.closest_different is None:
            return None
        return self.closest_different - self.farthest_same

    @property
    def accuracy_counting_skipped(self) -> float:
        total = self.pairs + self.skipped_pairs
        correct = self.pairs - self.false_matches - self.false_non_matches
        return correct / total if total else 0.0

    def sweep(self, thresholds: Any = None) -> list[tuple[float, float, float]]:
        """(threshold, fmr, fnmr) rows over the model's usual range (dlib: 0.30 to 0.80), or
        over the given thresholds."""
        start, stop, step = _SWEEPS.get(self.model, _SWEEPS["dlib"])
        values = (
            np.round(np.arange(start, stop + 1e-4, step), 2) if thresholds is None else thresholds
        )
        return [(float(t), *_rates(self.distances, self.labels, float(t))) for t in values]

    def to_dict(self, *, sweep: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "model": self.model,
            "pairs": self.pairs,
            "fmr": self.fmr,
            "fnmr": self.fnmr,
            "accuracy": self.accuracy,
            # undefined (null) unless both same- and different-person pairs were scored
            "eer": None if math.isnan(self.eer_threshold) else self.eer,
            "eer_threshold": None if math.isnan(self.eer_threshold) else self.eer_threshold,
            "threshold": self.threshold,
            "false_matches": self.false_matches,
            "false_non_matches": self.false_non_matches,
            "same_pairs": self.same_pairs,
            "different_pairs": self.different_pairs,
            "skipped_pairs": self.skipped_pairs,
            "no_face": list(self.no_face),
            "unreadable": list(self.unreadable),
            # the same accuracy if every skipped pair (no face, unreadable) counted as an error
            "accuracy_counting_skipped": self.accuracy_counting_skipped,
            "farthest_same": self.farthest_same,
            "closest_different": self.closest_different,
            "margin": self.margin,
        }
        if sweep:
            data["sweep"] = [{"threshold": t, "fmr": a, "fnmr": b} for t, a, b in self.sweep()]
        return data


def _parse_same(value: str, line: int) -> bool:
    text = value.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise PairsFileError(f"row {line}: column 'same' must be 1/0, yes/no or true/false")


def read_pairs(pairs_csv: str | os.PathLike[str]) -> list[Pair]:
    path = Path(pairs_csv)
    if not path.is_file():
        raise PairsFileError("the pairs file does not exist")
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        columns = {name.strip().lower() for name in reader.fieldnames or []}
        if not {"left", "right", "same"} <= columns:
            raise PairsFileError("the pairs file needs the columns left,right,same")
        pairs = []
        for line, row in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "") for k, v in row.items()}
            if not row["left"].strip() or not row["right"].strip():
                raise PairsFileError(f"row {line}: columns 'left' and 'right' need image paths")
            pairs.append(
                Pair(row["left"].strip(), row["right"].strip(), _parse_same(row["same"], line))
            )
    if not pairs:
        raise PairsFileError("the pairs file has no rows")
    return pairs


def _rates(distances: np.ndarray, labels: np.ndarray, threshold: float) -> tuple[float, float]:
    same, different = labels, ~labels
    fmr = float(np.mean(distances[different] <= threshold)) if different.any() else 0.0
    fnmr = float(np.mean(distances[same] > threshold)) if same.any() else 0.0
    return fmr, fnmr


def equal_error_rate(distances: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """(EER, threshold): where FMR and FNMR cross, over every observed distance."""
    if not labels.any() or labels.all():
        return 0.0, float("nan")
    candidates = np.unique(distances)
    same = np.sort(distances[labels])
    different = np.sort(distances[~labels])
    fmr = np.searchsorted(different, candidates, side="right") / different.size
    fnmr = 1.0 - np.searchsorted(same, candidates, side="right") / same.size
    best = int(np.argmin(np.abs(fmr - fnmr)))
    return float((fmr[best] + fnmr[best]) / 2.0), float(candidates[best])


Progress = Callable[[int, int], None]


def _stderr_progress(total: int) -> tuple[Progress, Callable[[], None]]:
    if total < 20 or not sys.stderr.isatty():
        return (lambda done, total: None), (lambda: None)
    from rich.progress import Progress as RichProgress

    bar = RichProgress(transient=True, console=None)
    bar.start()
    task = bar.add_task("encoding photos", total=total)
    return (lambda done, total: bar.update(task, completed=done)), bar.stop


@dataclass
class EncodedImages:
    """Template vectors per image name and model, and the images that gave none."""

    dlib: dict[str, np.ndarray]
    sface: dict[str, np.ndarray]
    no_face: list[str]
    unreadable: list[str]


def encode_images_for(
    images_dir: Path,
    names: list[str],
    progress: Progress | None = None,
    *,
    sface: bool = False,
) -> EncodedImages:
    """dlib templates (and SFace ones with `sface`) of every image. SFace reads the face dlib
    found (YuNet's box that overlaps it), so both models judge the same face."""
    encoded = EncodedImages({}, {}, [], [])
    for done, name in enumerate(names, start=1):
        try:
            image = load_image(images_dir / name)
            faces = detect_faces(image)
            if faces:
                encoded.dlib[name] = extract_template(image, faces[0]).vector
                if sface:
                    encoded.sface[name] = extract_sface_template(image, faces[0]).vector
            else:
                encoded.no_face.append(name)
        except PhotoError as exc:
            if exc.code in ("no_face", "too_small"):
                encoded.no_face.append(name)
            else:
                encoded.unreadable.append(name)
        if progress:
            progress(done, len(names))
    return encoded


def encode_images(
    images_dir: Path, names: list[str], progress: Progress | None = None
) -> tuple[dict[str, np.ndarray], list[str], list[str]]:
    """Template vector per image name, the names where no face was found, and the names that
    could not be read at all (missing, damaged or unsupported files)."""
    encoded = encode_images_for(images_dir, names, progress)
    return encoded.dlib, encoded.no_face, encoded.unreadable


def fused_distance(dlib_distance: np.ndarray, sface_cosine: np.ndarray) -> np.ndarray:
    """The station's calibrated fused score (`biometrics.fusion.fused_distance`)."""
    return np.asarray(_calibrated_fused(dlib_distance, sface_cosine))


def _distances(model: ScoreModel, encoded: EncodedImages, pairs: list[Pair]) -> np.ndarray:
    def dlib() -> np.ndarray:
        return np.array(
            [float(np.linalg.norm(encoded.dlib[p.left] - encoded.dlib[p.right])) for p in pairs],
            dtype=np.float64,
        )

    def cosine() -> np.ndarray:
        return np.array(
            [float(np.dot(encoded.sface[p.left], encoded.sface[p.right])) for p in pairs],
            dtype=np.float64,
        )

    if model == "dlib":
        return dlib()
    if model == "sface":
        return 1.0 - cosine()
    return fused_distance(dlib(), cosine())


def _result(
    model: ScoreModel,
    threshold: float,
    pairs: list[Pair],
    encoded: EncodedImages,
) -> EvaluationResult:
    vectors = encoded.dlib if model == "dlib" else encoded.sface
    scored = [
        p for p in pairs
        if p.left in vectors and p.right in vectors and p.left in encoded.dlib
        and p.right in encoded.dlib
    ]
    if not scored:
        raise PairsFileError(
            f"no pair could be scored: no face in {len(encoded.no_face)} image(s), "
            f"{len(encoded.unreadable)} image(s) unreadable or missing"
        )
    distances = _distances(model, encoded, scored)
    labels = np.array([p.same for p in scored], dtype=bool)
    fmr, fnmr = _rates(distances, labels, threshold)
    predicted = distances <= threshold
    errors_fm = int(np.sum(predicted & ~labels))
    errors_fnm = int(np.sum(~predicted & labels))
    eer, eer_threshold = equal_error_rate(distances, labels)
    no_face = list(encoded.no_face)
    if model != "dlib":
        no_face += sorted(name for name in encoded.dlib if name not in encoded.sface)
    return EvaluationResult(
        pairs=len(scored),
        fmr=fmr,
        fnmr=fnmr,
        accuracy=1.0 - (errors_fm + errors_fnm) / len(scored),
        eer=eer,
        eer_threshold=eer_threshold,
        threshold=threshold,
        no_face=no_face,
        unreadable=list(encoded.unreadable),
        false_matches=errors_fm,
        false_non_matches=errors_fnm,
        same_pairs=int(labels.sum()),
        different_pairs=int((~labels).sum()),
        skipped_pairs=len(pairs) - len(scored),
        distances=distances,
        labels=labels,
        model=model,
    )


def _encode_for_pairs(
    pairs_csv: str | os.PathLike[str],
    images_dir: str | os.PathLike[str],
    *,
    sface: bool,
    show_progress: bool,
) -> tuple[list[Pair], EncodedImages]:
    pairs = read_pairs(pairs_csv)
    root = Path(images_dir)
    if not root.is_dir():
        raise PairsFileError("the images folder does not exist")
    names = sorted({p.left for p in pairs} | {p.right for p in pairs})
    update, stop = _stderr_progress(len(names)) if show_progress else (None, lambda: None)
    try:
        encoded = encode_images_for(root, names, update, sface=sface)
    finally:
        stop()
    return pairs, encoded


def default_threshold(model: ScoreModel, thresholds: MatchThresholds | None = None) -> float:
    """The threshold each score is judged at: the station's for dlib, the calibrated ones
    (`biometrics.fusion`) for SFace alone and the fused score."""
    if model == "dlib":
        return (thresholds or MatchThresholds()).match
    return SFACE_DISTANCE_THRESHOLD if model == "sface" else FUSED_THRESHOLD


def evaluate_pairs(
    pairs_csv: str | os.PathLike[str],
    images_dir: str | os.PathLike[str],
    thresholds: MatchThresholds | None = None,
    *,
    show_progress: bool = True,
    model: ScoreModel = "dlib",
    threshold: float | None = None,
) -> EvaluationResult:
    """Score every pair with `model` at the `match` threshold (dlib) or the model's default
    (`threshold` overrides it). Pairs with an image lacking a face are skipped and the images
    listed in `no_face`."""
    pairs, encoded = _encode_for_pairs(
        pairs_csv, images_dir, sface=model != "dlib", show_progress=show_progress
    )
    limit = default_threshold(model, thresholds) if threshold is None else threshold
    return _result(model, limit, pairs, encoded)


def evaluate_models(
    pairs_csv: str | os.PathLike[str],
    images_dir: str | os.PathLike[str],
    thresholds: MatchThresholds | None = None,
    *,
    show_progress: bool = True,
) -> dict[str, EvaluationResult]:
    """dlib alone, SFace alone and the fused score on the same pairs (each image encoded
    once by both models), each at its default threshold."""
    pairs, encoded = _encode_for_pairs(
        pairs_csv, images_dir, sface=True, show_progress=show_progress
    )
    common = [p for p in pairs if p.left in encoded.sface and p.right in encoded.sface]
    skipped = len(pairs) - len(common)
    results: dict[str, EvaluationResult] = {}
    for model in SCORE_MODELS:
        result = _result(model, default_threshold(model, thresholds), common, encoded)
        result.skipped_pairs += skipped
        results[model] = result
    return results


def write_plots(results: dict[str, EvaluationResult], folder: str | os.PathLike[str]) -> list[Path]:
    """Score distributions (same against different people, threshold marked) and a DET curve
    (FNMR against FMR, log scales) as PNG files in `folder`; their paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    figure, axes = plt.subplots(1, len(results), figsize=(5 * len(results), 3.6), squeeze=False)
    for axis, (name, result) in zip(axes[0], results.items(), strict=True):
        same = result.distances[result.labels]
        different = result.distances[~result.labels]
        bins = np.linspace(float(result.distances.min()), float(result.distances.max()), 60)
        axis.hist(different, bins=bins, alpha=0.6, label=f"different ({different.size})")
        axis.hist(same, bins=bins, alpha=0.6, label=f"same ({same.size})")
        axis.axvline(result.threshold, color="black", linestyle="--", label="threshold")
        axis.set_yscale("log")
        axis.set_title(f"{name}: FMR {result.fmr:.2%}, FNMR {result.fnmr:.2%}")
        axis.set_xlabel("distance (smaller: more alike)")
        axis.legend(fontsize=8)
    figure.tight_layout()
    scores = out / "eval-scores.png"
    figure.savefig(scores, dpi=110)
    plt.close(figure)
    figure, axis = plt.subplots(figsize=(5, 4.5))
    for name, result in results.items():
        candidates = np.unique(result.distances)
        same = np.sort(result.distances[result.labels])
        different = np.sort(result.distances[~result.labels])
        if not same.size or not different.size:
            continue
        fmr = np.searchsorted(different, candidates, side="right") / different.size
        fnmr = 1.0 - np.searchsorted(same, candidates, side="right") / same.size
        floor = 0.5 / max(same.size, different.size)
        axis.plot(np.maximum(fmr, floor), np.maximum(fnmr, floor), label=name)
    axis.set_xscale("log")
    axis.set_yscale("log")
    axis.set_xlabel("false match rate")
    axis.set_ylabel("false non-match rate")
    axis.set_title("DET")
    axis.grid(True, which="both", alpha=0.3)
    axis.legend()
    figure.tight_layout()
    det = out / "eval-det.png"
    figure.savefig(det, dpi=110)
    plt.close(figure)
    return [scores, det]
