"""Planned vs actual as a one-table PDF page (the preview shows it; Save PDF and Print use the same bytes)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from eventplanner.domain.data import EventData
from eventplanner.domain.show import TimingRecord
from eventplanner.exports.fonts import FONTS, register_fonts
from eventplanner.exports.programme.text import clean, face_markup, shape, visual

HEADERS = ("Date", "Item", "Planned", "Min", "Actual", "Min", "Overrun")


def _minutes(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def timings_pdf(event: EventData, records: Sequence[TimingRecord], lang: str | None = None,
                now: datetime | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    family = register_fonts()
    base = ParagraphStyle("cell", fontName=family, fontSize=8.5, leading=10.5)
    right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)
    head = ParagraphStyle("head", parent=base, fontName=FONTS.bold, textColor=colors.white)
    title = ParagraphStyle("title", parent=base, fontName=FONTS.bold, fontSize=14, leading=18)
    sub = ParagraphStyle("sub", parent=base, textColor=colors.HexColor("#4a5563"))

    def text(value: str, limit: int = 300) -> str:
        value = clean(value).replace("\n", " ")
        value = value if len(value) <= limit else value[: limit - 1] + "…"
        return face_markup(visual(shape(value)))

    rows: list[list[object]] = [[Paragraph(h, head) for h in HEADERS]]
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONTS.regular, 8),  # not the Table's default Helvetica (never embedded)
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b5c")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0da")),
    ]
    total_over = 0.0
    for n, r in enumerate(records, start=1):
        actual = ""
        if r.actual_start is not None:
            actual = f"{r.actual_start:%H:%M:%S}–" + (f"{r.actual_end:%H:%M:%S}" if r.actual_end else "…")
        over = r.overrun_minutes
        total_over += over or 0.0
        rows.append([
            Paragraph(f"{r.planned_start:%d.%m}", base), Paragraph(text(r.title), base),
            Paragraph(f"{r.planned_start:%H:%M}–{r.planned_end:%H:%M}", base),
            Paragraph(str(r.planned_minutes), right), Paragraph(actual, base),
            Paragraph(_minutes(r.actual_minutes), right),
            Paragraph("" if over is None else f"{over:+g}", right),
        ])
        if over is not None and over > 0:
            style.append(("TEXTCOLOR", (6, n), (6, n), colors.HexColor("#c00000")))
            style.append(("BACKGROUND", (6, n), (6, n), colors.HexColor("#fde8e8")))
    if not records:
        rows.append(["", Paragraph("No agenda items yet.", base), "", "", "", "", ""])
    table = LongTable(rows, colWidths=[13 * mm, 68 * mm, 22 * mm, 10 * mm, 34 * mm, 11 * mm, 16 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    ran = sum(1 for r in records if r.actual_start is not None)
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=clean(f"Planned vs actual – {event.title}"),
                            author="Event Planner", initialFontName=FONTS.regular)
    doc.build([
        Paragraph(text(f"Planned vs actual: {event.tr('title', lang)}"), title),
        Paragraph(text(f"{ran} of {len(records)} items ran · overrun in total {total_over:+g} min · {stamp}"), sub),
        Spacer(1, 4 * mm),
        table,
    ])
    return buf.getvalue()
