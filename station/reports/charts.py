"""Charts for the PDF report, drawn with matplotlib (object API, no global pyplot state).

Every chart is drawn from published (disclosure-controlled) figures only.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from station.reports.profile import INDICATORS, Table

BAR = "#2b6f8f"
ACCENT = "#d9822b"


def _png(figure: Figure) -> bytes:
    FigureCanvasAgg(figure)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=130, bbox_inches="tight")
    return out.getvalue()


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height))
    figure.set_layout_engine("constrained")
    return figure


def bars(labels: Sequence[str], values: Sequence[float], title: str, *, unit: str = "",
         horizontal: bool = True, colour: str = BAR) -> bytes:
    figure = _figure(3.6, 2.6)
    axes = figure.add_subplot()
    if not labels:
        axes.text(0.5, 0.5, "no group large enough to show", ha="center", va="center")
        axes.set_axis_off()
    elif horizontal:
        positions = range(len(labels))[::-1]
        axes.barh(list(positions), values, color=colour)
        axes.set_yticks(list(positions), labels, fontsize=7)
        for y, value in zip(positions, values, strict=True):
            axes.text(value, y, f" {value:g}{unit}", va="center", fontsize=6)
        axes.margins(x=0.18)
    else:
        axes.bar(range(len(labels)), values, color=colour)
        axes.set_xticks(range(len(labels)), labels, fontsize=7)
    axes.set_title(title, fontsize=9)
    axes.tick_params(axis="x", labelsize=7)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return _png(figure)


def table_bars(table: Table, title: str, *, top: int = 12) -> bytes:
    dimension = table.by[0]
    cells = sorted(table.cells, key=lambda c: -c["count"])[:top]
    return bars([str(c[dimension]) for c in cells], [c["count"] for c in cells], title)


def ordered_bars(table: Table, title: str, order: Sequence[str] = ()) -> bytes:
    """Vertical bars in a natural order (age bands), unknown values last."""
    dimension = table.by[0]
    rank = {value: index for index, value in enumerate(order)}
    cells = sorted(table.cells, key=lambda c: (rank.get(str(c[dimension]), len(rank)),
                                               str(c[dimension])))
    return bars([str(c[dimension]) for c in cells], [c["count"] for c in cells], title,
                horizontal=False)


def indicator_bars(overall: dict[str, object] | None, title: str) -> bytes:
    labels, values = [], []
    for name, label in INDICATORS:
        value = overall.get(f"{name}_percent") if overall else None
        if isinstance(value, int | float):
            labels.append(label)
            values.append(float(value))
    return bars(labels, values, title, unit="%", colour=ACCENT)


def trend(table: Table, title: str) -> bytes:
    figure = _figure(7.2, 2.3)
    axes = figure.add_subplot()
    months = [c["month"] for c in table.cells]
    counts = [c["count"] for c in table.cells]
    if months:
        axes.plot(range(len(months)), counts, marker="o", color=BAR, linewidth=1.5,
                  markersize=3)
        axes.fill_between(range(len(months)), counts, color=BAR, alpha=0.15)
        step = max(1, len(months) // 12)
        axes.set_xticks(range(0, len(months), step), months[::step], fontsize=7, rotation=45)
        axes.set_ylim(bottom=0)
    else:
        axes.text(0.5, 0.5, "no month large enough to show", ha="center", va="center")
    axes.set_title(title, fontsize=9)
    axes.tick_params(axis="y", labelsize=7)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return _png(figure)
