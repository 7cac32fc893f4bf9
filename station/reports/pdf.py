"""The community profile as a PDF a planner can read at a glance (reportlab + charts)."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from station.reports import charts
from station.reports.fonts import register_fonts
from station.reports.profile import AGE_ORDER, INDICATORS, Profile
from station.reports.profile import Table as CountTable

WIDTH = A4[0] - 30 * mm
HEAT = colors.HexColor("#d9822b")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=18, leading=22, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=12, leading=15, spaceBefore=8,
                             spaceAfter=4),
        "body": ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=11),
        "small": ParagraphStyle("small", fontName=regular, fontSize=7, leading=9,
                                textColor=colors.HexColor("#555555")),
    }


def _image(png: bytes, width: float) -> Image:
    image = Image(io.BytesIO(png))
    scale = width / image.imageWidth
    image.drawWidth, image.drawHeight = width, image.imageHeight * scale
    return image


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:g}%" if isinstance(value, float) else str(value)


def _grid(rows: list[list[Any]], widths: list[float] | None = None) -> Table:
    regular, bold = register_fonts()
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), regular), ("FONTNAME", (0, 0), (-1, 0), bold),
        ("FONTSIZE", (0, 0), (-1, -1), 7), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef2")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def _key_figures(profile: Profile) -> Table:
    overall = profile.overall.cells[0] if profile.overall.cells else {}
    rows = [["", "people", "% of all"], ["registered", _fmt(profile.overall.total), ""]]
    rows += [[label, _fmt(overall.get(name)), _fmt(overall.get(f"{name}_percent"))]
             for name, label in INDICATORS]
    return _grid(rows, [46 * mm, 17 * mm, 17 * mm])


def _location_heatmap(table: CountTable) -> Table:
    """Region and district by indicator, cells shaded by their share: a map in table form."""
    short = ["women", "minors", "elderly", "newcom.", "not prof.", "undoc.", "no cover",
             "risky"]
    rows: list[list[Any]] = [["region", "district", "people", *short]]
    styles: list[tuple[Any, ...]] = []
    for r, cell in enumerate(table.cells, start=1):
        line = [cell["region"], cell["district"], _fmt(cell["count"])]
        for c, (name, _) in enumerate(INDICATORS, start=3):
            share = cell.get(f"{name}_percent")
            line.append(_fmt(share))
            if isinstance(share, float):
                tint = colors.Color(1 - (1 - HEAT.red) * share / 100,
                                    1 - (1 - HEAT.green) * share / 100,
                                    1 - (1 - HEAT.blue) * share / 100)
                styles.append(("BACKGROUND", (c, r), (c, r), tint))
        rows.append(line)
    grid = _grid(rows, [24 * mm, 26 * mm, 13 * mm] + [14.5 * mm] * len(short))
    grid.setStyle(TableStyle([*styles, ("ALIGN", (0, 0), (1, -1), "LEFT")]))
    return grid


def _group_table(table: CountTable) -> Table:
    head = [*table.by, "people", "%", *[label for _, label in INDICATORS[:4]]]
    rows: list[list[Any]] = [head]
    for cell in table.cells:
        rows.append([*[cell[d] for d in table.by], _fmt(cell["count"]), _fmt(cell["percent"]),
                     *[_fmt(cell.get(name)) for name, _ in INDICATORS[:4]]])
    return _grid(rows)


def render_profile_pdf(profile: Profile) -> bytes:
    s = _styles()
    policy = profile.policy
    half = WIDTH / 2 - 2 * mm
    story: list[Any] = [
        Paragraph("Community profile for emergency planning", s["title"]),
        Paragraph(f"{profile.scope} · {profile.generated_on.isoformat()} · "
                  f"groups of fewer than {policy.k} people are withheld; all figures are "
                  f"rounded to multiples of {policy.base}", s["small"]),
        Spacer(1, 4 * mm),
        Table([[_key_figures(profile),
                _image(charts.indicator_bars(
                    profile.overall.cells[0] if profile.overall.cells else None,
                    "Vulnerability (% of registered people)"), half)]],
              colWidths=[WIDTH - half, half]),
        Paragraph("Registrations over time", s["h2"]),
        _image(charts.trend(profile.trend, "People registered per month"), WIDTH),
        Paragraph("Who is here", s["h2"]),
    ]
    d = profile.distributions
    pairs = [(charts.table_bars(d["nationality"], "By nationality"),
              charts.ordered_bars(d["age_band"], "By age band", AGE_ORDER)),
             (charts.table_bars(profile.languages, "Languages spoken"),
              charts.table_bars(d["preferred_channel"], "Preferred emergency channel"))]
    for left, right in pairs:
        story.append(Table([[_image(left, half), _image(right, half)]],
                           colWidths=[WIDTH / 2, WIDTH / 2]))
    story += [Paragraph("By location (share of each group, %)", s["h2"]),
              _location_heatmap(profile.locations),
              Paragraph(f"{profile.locations.suppressed} locations withheld (too few people).",
                        s["small"]),
              Paragraph(f"By {', '.join(profile.main.by) or 'all'}", s["h2"]),
              _group_table(profile.main),
              Paragraph(f"{profile.main.suppressed} groups withheld (fewer than {policy.k} "
                        "people).", s["small"])]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm,
                            title="Community profile", author="enrolment station")
    doc.build(story)
    return out.getvalue()
