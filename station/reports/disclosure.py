"""Statistical disclosure control for published counts.

Two rules together:
1. threshold: a cell counting fewer than `k` people is withheld (not listed at all, only
   counted in `suppressed`), so a report never shows a group of one or two people;
2. rounding: every published count (cells, totals, indicator counts) is rounded to a multiple
   of `rounding` (default: k). Exact totals would let a reader subtract the published cells
   from a total, or one report from another (by nationality vs. by nationality and site),
   and recover a withheld cell; with every figure known only to within +/- rounding/2, such
   differences are consistent with several values of the withheld cell.
Percentages are computed from the published (rounded) figures only.
"""

from __future__ import annotations

from dataclasses import dataclass

from station.errors import ValidationError


@dataclass(frozen=True)
class DisclosurePolicy:
    k: int = 5
    rounding: int | None = None  # None: round to multiples of k

    def __post_init__(self) -> None:
        if self.k < 1:
            raise ValidationError("k (smallest group published) must be 1 or more", field="k")
        if self.rounding is not None and self.rounding < 1:
            raise ValidationError("rounding base must be 1 or more", field="rounding")

    @property
    def base(self) -> int:
        return self.rounding if self.rounding is not None else self.k

    def publish(self, count: int) -> int | None:
        """The figure to print for a true count, or None when the cell is withheld."""
        if count < self.k:
            return None
        base = self.base
        rounded = base * ((2 * count + base) // (2 * base))  # nearest multiple, halves up
        return max(rounded, base)

    def percent(self, part: int | None, whole: int | None) -> float | None:
        if part is None or not whole:
            return None
        return round(100.0 * part / whole, 1)

    def to_dict(self) -> dict[str, int]:
        return {"k": self.k, "rounding": self.base}
