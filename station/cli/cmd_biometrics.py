"""`station check-photo`, `station eval` and `station devices`: biometrics without a store."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from station.cli.output import emit
from station.errors import ValidationError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    check = subparsers.add_parser(
        "check-photo", parents=[common], help="print the ID-photo quality report of a photo"
    )
    check.add_argument("file", help="photo file (JPEG, PNG, ...)")
    check.add_argument("--cnn", action="store_true", help="use the CNN face detector (slow)")
    check.set_defaults(handler=run_check_photo)

    evaluate = subparsers.add_parser(
        "eval", parents=[common], help="measure matching accuracy on labelled pairs of photos"
    )
    evaluate.add_argument("--pairs", required=True, help="CSV with columns left,right,same")
    evaluate.add_argument("--images", required=True, help="folder the CSV paths are relative to")
    evaluate.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="match threshold to evaluate (default: the station's)",
    )
    evaluate.add_argument(
        "--threshold-sweep",
        action="store_true",
        help="also tabulate FMR and FNMR over a range of thresholds",
    )
    evaluate.add_argument(
        "--model",
        choices=["dlib", "sface", "fused", "all"],
        default="dlib",
        help="score to evaluate: dlib alone, sface alone, the station's fused score, or all three",
    )
    evaluate.add_argument(
        "--out",
        default=None,
        help="folder for eval.json, a score-distribution and a DET plot (PNG)",
    )
    evaluate.set_defaults(handler=run_eval)

    group = subparsers.add_parser(
        "biometrics", parents=[common], help="face templates of the store",
        description="station biometrics reindex: give every stored photo the templates of "
                    "the current face models (resumable; run it again after an interruption)")
    group.add_argument("action", choices=["reindex", "status"])
    group.set_defaults(handler=run_biometrics)

    devices = subparsers.add_parser("devices", parents=[common], help="list the cameras found")
    devices.add_argument("--max-index", type=int, default=5, help="camera indexes to probe")
    devices.set_defaults(handler=run_devices)


def _photo_error(exc: Exception, what: str) -> ValidationError:
    code = getattr(exc, "code", "photo")
    error = ValidationError(f"{what}: {exc}", field="photo")
    error.code = code  # type: ignore[attr-defined]
    return error


def _report_text(path: str, report: Any) -> str:
    lines = [
        f"{path}: {'PASSED' if report.passed else 'FAILED'} "
        f"({report.face_count} face{'s' if report.face_count != 1 else ''} found)"
    ]
    for check in report.checks:
        mark = "ok  " if check.passed else ("FAIL" if not check.overridable else "warn")
        lines.append(f"  {mark} {check.name:<20} {check.score:9.2f}  {check.reason}")
    lines += [f"  note: {warning}" for warning in report.warnings]
    if not report.passed:
        lines.append(
            "  An officer may accept this photo with a reason (--quality-override)."
            if report.overridable
            else "  This photo cannot be used as an ID photo."
        )
    return "\n".join(lines)


def run_check_photo(args: argparse.Namespace) -> int:
    from biometrics import PhotoError, assess_quality, load_image

    try:
        image = load_image(args.file)
    except PhotoError as exc:
        raise _photo_error(exc, f"cannot use {args.file}") from None
    report = assess_quality(image, model="cnn" if args.cnn else "hog")
    data = {"file": args.file, **report.to_dict()}
    emit(getattr(args, "json", False), data, lambda: _report_text(args.file, report))
    return 0 if report.passed else 1


def _eval_text(result: Any, sweep: bool) -> str:
    lines = [
        f"pairs evaluated: {result.pairs} ({result.same_pairs} same, {result.different_pairs} "
        f"different, {result.skipped_pairs} skipped)",
        f"threshold:       {result.threshold:.3f}",
        f"false match rate:     {result.fmr:.4%} ({result.false_matches})",
        f"false non-match rate: {result.fnmr:.4%} ({result.false_non_matches})",
        f"accuracy:             {result.accuracy:.4%}",
        "margin:               "
        + ("undefined" if result.margin is None else
           f"{result.margin:+.3f} (closest different {result.closest_different:.3f}, "
           f"farthest same {result.farthest_same:.3f})"),
        f"equal error rate:     {result.eer:.4%} at {result.eer_threshold:.3f}"
        if result.eer_threshold == result.eer_threshold  # NaN when only one kind of pair
        else "equal error rate:     undefined (needs same- and different-person pairs)",
    ]
    if result.no_face:
        lines.append(f"no face found in {len(result.no_face)} image(s):")
        lines += [f"  {name}" for name in result.no_face]
    if result.unreadable:
        lines.append(f"unreadable or missing: {len(result.unreadable)} image(s):")
        lines += [f"  {name}" for name in result.unreadable]
    if sweep:
        lines.append("threshold      FMR     FNMR")
        lines += [f"    {t:.2f}  {a:7.4f}  {b:7.4f}" for t, a, b in result.sweep()]
    return "\n".join(lines)


def run_eval(args: argparse.Namespace) -> int:
    import json

    from biometrics import MatchThresholds, PairsFileError
    from biometrics.evaluation import evaluate_models, evaluate_pairs, write_plots

    thresholds = MatchThresholds()
    if args.threshold is not None:
        if not 0.0 < args.threshold < 2.0:
            raise ValidationError("--threshold must be between 0 and 2", field="threshold")
        if args.model == "all":
            raise ValidationError("--threshold needs one --model", field="threshold")
        thresholds = MatchThresholds(args.threshold, max(args.threshold, thresholds.possible))
    if not Path(args.images).is_dir():
        raise ValidationError(f"--images {args.images} is not a folder", field="images")
    try:
        if args.model == "all":
            results = evaluate_models(args.pairs, args.images, thresholds)
        else:
            results = {
                args.model: evaluate_pairs(
                    args.pairs, args.images, thresholds, model=args.model,
                    threshold=args.threshold,
                )
            }
    except PairsFileError as exc:
        raise ValidationError(f"--pairs {args.pairs}: {exc}", field="pairs") from None
    data = {name: r.to_dict(sweep=args.threshold_sweep) for name, r in results.items()}
    payload = data[args.model] if args.model != "all" else {"models": data}
    if args.out:
        folder = Path(args.out)
        write_plots(results, folder)
        (folder / "eval.json").write_text(json.dumps(payload, indent=2) + "\n")
    emit(
        getattr(args, "json", False),
        payload,
        lambda: "\n\n".join(
            (f"[{name}]\n" if len(results) > 1 else "") + _eval_text(r, args.threshold_sweep)
            for name, r in results.items()
        ),
    )
    return 0


def run_devices(args: argparse.Namespace) -> int:
    from biometrics import list_devices

    devices = list_devices(max_index=args.max_index)
    text = "no camera found (connect a camera, or import photos from a folder)"
    if devices:
        text = "\n".join(f"{d.index}: {d.description} ({d.width}x{d.height})" for d in devices)
    emit(getattr(args, "json", False), {"devices": [d.to_dict() for d in devices]}, text)
    return 0


def run_biometrics(args: argparse.Namespace) -> int:
    import sys

    from station.cli.session import logged_in
    from station.domain.roles import Permission
    from station.services import reindex

    with logged_in(args) as (station, actor):
        if args.action == "status":
            actor.require(Permission.MANAGE_KEYS)
            with station.store.reading() as repo:
                versions = {f"{m} {v}": n for (m, v), n in
                            sorted(repo.template_versions().items())}
            left = len(reindex.pending(station))
            emit(getattr(args, "json", False), {"versions": versions, "pending": left},
                 lambda: "\n".join([f"{n:8d}  {name}" for name, n in versions.items()]
                                   + [f"{left} record(s) need `station biometrics reindex`"]))
            return 0

        def progress(done: int, total: int) -> None:
            if done == total or done % max(1, total // 100) == 0:  # 100 lines at most
                print(f"reindex: {done}/{total}", file=sys.stderr, flush=True)

        result = reindex.reindex(station, actor, progress)
    data = result.to_dict()
    emit(getattr(args, "json", False), data, lambda: "\n".join(
        [f"records re-indexed: {result.reindexed} of {result.records} "
         f"({result.templates} templates)"]
        + [f"no usable face in the portrait of {n}" for n in result.failed]
        + [f"{n:8d}  {name}" for name, n in result.versions.items()]))
    return 1 if result.failed else 0
