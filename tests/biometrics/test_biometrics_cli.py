"""`station check-photo`, `station eval` and `station devices` from the command line."""

from __future__ import annotations

import glob
import json
from pathlib import Path

import pytest
from biometrics_pairs import all_pairs, single_photos, write_pairs

from station.cli.main import main


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_photo_rejects_group_photo_as_json(capsys, faces_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """check-photo --json on a group photo exits 1 and reports two faces and the failed check."""
    code, out, _ = _run(capsys, "check-photo", str(faces_dir / "group_3.jpg"), "--json")
    report = json.loads(out)
    assert code == 1 and report["face_count"] == 2 and report["passed"] is False
    failed = [c for c in report["checks"] if not c["passed"]]
    assert any(c["name"] == "one_face" and not c["overridable"] for c in failed)


def test_check_photo_text_lists_reasons(capsys, faces_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The text report has one line per check and says whether an override is possible."""
    code, out, _ = _run(capsys, "check-photo", str(faces_dir / "barack_obama_7.jpg"))
    assert code == 1 and "face_in_frame" in out and "cut off" in out
    assert "cannot be used as an ID photo" in out


def test_check_photo_on_corrupt_file_is_a_clear_error(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A truncated file gives exit 2 and a one-line reason, no traceback."""
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50)
    code, _out, err = _run(capsys, "check-photo", str(broken))
    assert code == 2 and "Traceback" not in err and err.startswith("error: cannot use")


def test_eval_json_without_station_home(capsys, faces_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """eval --json on real pairs prints the figures (no station home is needed)."""
    photos = [
        p
        for p in single_photos(faces_dir / "manifest.csv", "top")
        if p[1] in ("barack_obama", "joe_biden")
    ][:5]
    pairs = write_pairs(tmp_path / "pairs.csv", all_pairs(photos))
    code, out, _ = _run(
        capsys,
        "--home",
        str(tmp_path / "nohome"),
        "eval",
        "--pairs",
        str(pairs),
        "--images",
        str(faces_dir),
        "--json",
        "--threshold-sweep",
    )
    data = json.loads(out)
    assert code == 0 and data["pairs"] == 10 and data["fmr"] == 0.0 and data["no_face"] == []
    assert {"fnmr", "accuracy", "eer", "threshold", "sweep"} <= set(data)
    assert not (tmp_path / "nohome").exists()


def test_eval_with_missing_pairs_file_is_a_validation_error(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A missing pairs CSV exits 2 naming --pairs."""
    code, _, err = _run(
        capsys, "eval", "--pairs", str(tmp_path / "x.csv"), "--images", str(tmp_path)
    )
    assert code == 2 and "--pairs" in err


@pytest.mark.skipif(bool(glob.glob("/dev/video*")), reason="this machine has a camera")
def test_devices_without_camera_says_so(capsys) -> None:  # type: ignore[no-untyped-def]
    """devices exits 0 with a plain 'no camera found' message."""
    code, out, _ = _run(capsys, "devices")
    assert code == 0 and "no camera found" in out


def test_eval_all_models_writes_json_and_plots(capsys, faces_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """eval --model all reports dlib, SFace and the fusion and writes eval.json and two PNGs."""
    top = single_photos(faces_dir / "manifest.csv", "top")
    photos = [p for p in top if p[1] == "barack_obama"][:3]
    photos += [p for p in top if p[1] == "joe_biden"][:2]
    pairs = write_pairs(tmp_path / "pairs.csv", all_pairs(photos))
    out = tmp_path / "report"
    code, stdout, _ = _run(
        capsys, "eval", "--pairs", str(pairs), "--images", str(faces_dir), "--model", "all",
        "--out", str(out), "--json",
    )
    data = json.loads(stdout)
    assert code == 0 and set(data["models"]) == {"dlib", "sface", "fused"}
    assert all(m["pairs"] == 10 and m["margin"] > 0 for m in data["models"].values())
    assert json.loads((out / "eval.json").read_text()) == data
    assert {p.name for p in out.glob("*.png")} == {"eval-scores.png", "eval-det.png"}
