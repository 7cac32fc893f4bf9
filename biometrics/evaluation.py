"""Accuracy on labelled pairs of photos: FMR, FNMR, accuracy, EER and a threshold sweep.

Operators run this on their own pairs to calibrate a deployment. Each image is encoded once
(templates are cached per path), with the same pipeline as enrolment.
"""

from __future__ import annotations

import csv
import math
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from biometrics.detect import detect_faces
from biometrics.errors import PhotoError
from biometrics.imageio import load_image
from biometrics.matching import MatchThresholds
from biometrics.templates import extract_template

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

    @property
    def accuracy_counting_skipped(self) -> float:
        total = self.pairs + self.skipped_pairs
        correct = self.pairs - self.false_matches - self.false_non_matches
        return correct / total if total else 0.0

    def sweep(self, thresholds: Any = None) -> list[tuple[float, float, float]]:
        """(threshold, fmr, fnmr) rows from 0.30 to 0.80 (or the given thresholds)."""
        values = np.round(np.arange(0.30, 0.8001, 0.02), 2) if thresholds is None else thresholds
        return [(float(t), *_rates(self.distances, self.labels, float(t))) for t in values]

    def to_dict(self, *, sweep: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
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


def encode_images(
    images_dir: Path, names: list[str], progress: Progress | None = None
) -> tuple[dict[str, np.ndarray], list[str], list[str]]:
    """Template vector per image name, the names where no face was found, and the names that
    could not be read at all (missing, damaged or unsupported files)."""
    cache: dict[str, np.ndarray] = {}
    missing: list[str] = []
    unreadable: list[str] = []
    for done, name in enumerate(names, start=1):
        try:
            image = load_image(images_dir / name)
            faces = detect_faces(image)
            if faces:
                cache[name] = extract_template(image, faces[0]).vector
            else:
                missing.append(name)
        except PhotoError as exc:
            (missing if exc.code in ("no_face", "too_small") else unreadable).append(name)
        if progress:
            progress(done, len(names))
    return cache, missing, unreadable


def evaluate_pairs(
    pairs_csv: str | os.PathLike[str],
    images_dir: str | os.PathLike[str],
    thresholds: MatchThresholds | None = None,
    *,
    show_progress: bool = True,
) -> EvaluationResult:
    """Score every pair at the `match` threshold. Pairs with an image lacking a face are skipped
    and the images listed in `no_face`."""
    thresholds = thresholds or MatchThresholds()
    pairs = read_pairs(pairs_csv)
    root = Path(images_dir)
    if not root.is_dir():
        raise PairsFileError("the images folder does not exist")
    names = sorted({p.left for p in pairs} | {p.right for p in pairs})
    update, stop = _stderr_progress(len(names)) if show_progress else (None, lambda: None)
    try:
        vectors, no_face, unreadable = encode_images(root, names, update)
    finally:
        stop()
    scored = [p for p in pairs if p.left in vectors and p.right in vectors]
    if not scored:
        raise PairsFileError(f"no pair could be scored: no face in {len(no_face)} image(s), "
                             f"{len(unreadable)} image(s) unreadable or missing")
    distances = np.array(
        [float(np.linalg.norm(vectors[p.left] - vectors[p.right])) for p in scored],
        dtype=np.float64,
    )
    labels = np.array([p.same for p in scored], dtype=bool)
    fmr, fnmr = _rates(distances, labels, thresholds.match)
    predicted = distances <= thresholds.match
    errors_fm = int(np.sum(predicted & ~labels))
    errors_fnm = int(np.sum(~predicted & labels))
    eer, eer_threshold = equal_error_rate(distances, labels)
    accuracy = 1.0 - (errors_fm + errors_fnm) / len(scored) if scored else 0.0
    return EvaluationResult(
        pairs=len(scored),
        fmr=fmr,
        fnmr=fnmr,
        accuracy=accuracy,
        eer=eer,
        eer_threshold=eer_threshold,
        threshold=thresholds.match,
        no_face=no_face,
        unreadable=unreadable,
        false_matches=errors_fm,
        false_non_matches=errors_fnm,
        same_pairs=int(labels.sum()),
        different_pairs=int((~labels).sum()),
        skipped_pairs=len(pairs) - len(scored),
        distances=distances,
        labels=labels,
    )
