"""A readable PDF of everything held about one person (subject access), with the photo."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from station.reports.fonts import register_fonts
from station.reports.pdf import WIDTH, _styles

SECTIONS = (
    ("record", "Your record"),
    ("consent_text_shown", "The consent text you were shown"),
    ("photo", "Your photo (as stored)"),
    ("template", "Face template"),
    ("correction_history", "Earlier versions (corrections)"),
    ("audit_events", "Who did what with your record"),
    ("stored_in_clear", "Columns stored unencrypted (for statistics)"),
)


def _flatten(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        rows: list[tuple[str, str]] = []
        for key, item in value.items():
            rows += _flatten(item, f"{prefix}.{key}" if prefix else str(key))
        return rows
    if isinstance(value, list):
        if not value:
            return [(prefix, "none")]
        rows = []
        for index, item in enumerate(value, start=1):
            rows += _flatten(item, f"{prefix}[{index}]")
        return rows
    return [(prefix, "" if value is None else str(value))]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_subject_pdf(data: dict[str, Any], jpeg: bytes | None) -> bytes:
    s = _styles()
    regular, _ = register_fonts()
    story: list[Any] = [
        Paragraph(f"Everything held about registration {data['registration_number']}",
                  s["title"]),
        Paragraph(f"Exported {data['exported_at']} by {data['exported_by']}. Keep this "
                  "document safe: it contains personal data.", s["small"]),
        Spacer(1, 3 * mm),
    ]
    if jpeg:
        photo = Image(io.BytesIO(jpeg))
        ratio = photo.imageHeight / photo.imageWidth
        photo.drawWidth, photo.drawHeight = 35 * mm, 35 * mm * ratio
        story.append(photo)
    for key, title in SECTIONS:
        value = data.get(key)
        if key == "template" and value:
            value = {"model": value["model"], "model_version": value["model_version"],
                     "size": f"{len(value['data'])} characters (base64, in the JSON file)"}
        story.append(Paragraph(title, s["h2"]))
        rows = _flatten(value) if value not in (None, [], {}) else [("", "nothing held")]
        cells = [[Paragraph(_escape(k), s["small"]), Paragraph(_escape(v), s["body"])]
                 for k, v in rows]
        table = Table(cells, colWidths=[WIDTH * 0.35, WIDTH * 0.65])
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), regular),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                      topMargin=12 * mm, bottomMargin=12 * mm,
                      title="Subject access export").build(story)
    return out.getvalue()
