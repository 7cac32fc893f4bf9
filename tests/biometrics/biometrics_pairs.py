"""Builds pairs CSVs (left,right,same) from the shared faces manifest: every same and different
pair of single-face photos, paths relative to the faces folder."""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
from pathlib import Path


def single_photos(manifest: Path, subset: str = "all") -> list[tuple[str, str]]:
    """(file, identity) of the single-face photos; subset: all, johns or top."""
    with open(manifest, newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["kind"] == "single" and r["identities"]]
    if subset == "johns":
        rows = [r for r in rows if r["file"].startswith("johns/")]
    elif subset == "top":
        rows = [r for r in rows if not r["file"].startswith("johns/")]
    return [(r["file"], r["identities"]) for r in rows]


def all_pairs(photos: list[tuple[str, str]]) -> list[tuple[str, str, int]]:
    return [(a, b, int(ia == ib)) for (a, ia), (b, ib) in itertools.combinations(photos, 2)]


def write_pairs(path: Path, pairs: list[tuple[str, str, int]]) -> Path:
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["left", "right", "same"])
        writer.writerows(pairs)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("faces_dir", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--subset", choices=["all", "johns", "top"], default="all")
    args = parser.parse_args(argv)
    pairs = all_pairs(single_photos(args.faces_dir / "manifest.csv", args.subset))
    write_pairs(args.output, pairs)
    print(f"{len(pairs)} pairs written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
