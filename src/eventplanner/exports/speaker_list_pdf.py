"""The speaker list as a clean landscape table in the programme's fonts (DejaVu Sans)."""

from __future__ import annotations

import io
from datetime import datetime
from typing import TYPE_CHECKING

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.fonts import FONTS, register_fonts
from eventplanner.exports.programme.text import clean, escape_markup, shape, visual

if TYPE_CHECKING:  # speaker_list imports this module to write PDFs
    from eventplanner.exports.speaker_list import SpeakerRow

#: A table row cannot break across pages, so very long cells are cut (the CSV/XLSX keep everything):
#: at most this many characters and lines, so that no row can grow taller than a page (LayoutError).
PDF_CELL_LIMIT = 400
PDF_CELL_LINES = 16


def cell_markup(text: str, limit: int = PDF_CELL_LIMIT, max_lines: int = PDF_CELL_LINES) -> str:
    text = clean(text).replace("\t", " ").replace("\r", " ")
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    lines = text.split("\n")
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1].rstrip() + " …"]
    return "<br/>".join(escape_markup(visual(shape(line))) for line in lines)


def speaker_list_pdf(
    data: ProgrammeData, rows: list[SpeakerRow], lang: str | None = None, now: datetime | None = None
) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    family = register_fonts()
    base = ParagraphStyle("cell", fontName=family, fontSize=7.5, leading=9.2)
    head = ParagraphStyle("head", parent=base, fontName=FONTS.bold, textColor=colors.white)
    title_style = ParagraphStyle("title", parent=base, fontName=FONTS.bold, fontSize=14, leading=17)
    sub_style = ParagraphStyle("sub", parent=base, fontSize=9, leading=11, textColor=colors.HexColor("#555555"))
    num = ParagraphStyle("num", parent=base, alignment=TA_RIGHT)

    event = data.event
    title = event.tr("title", lang)
    stamp = (now or datetime.now()).strftime("%d %b %Y %H:%M")
    columns = [
        ("#", 7), ("Name", 36), ("Position, rank", 44), ("Organization", 38), ("Role", 18), ("Slot", 44),
        ("Date and time", 25), ("Room", 28), ("Email / phone", 0),
    ]
    page_w, page_h = landscape(A4)
    margin = 12 * mm
    fixed = sum(w for _, w in columns) * mm
    widths = [w * mm for _, w in columns[:-1]] + [page_w - 2 * margin - fixed]

    table_rows: list[list[Paragraph]] = [[Paragraph(escape_markup(h), head) for h, _ in columns]]
    for r in rows:
        name = " ".join(p for p in (r.honorific, r.given_name, r.family_name) if p)
        values = [
            name, ", ".join(p for p in (r.position, r.rank) if p), r.organization, r.roles, r.slots,
            r.times.replace("; ", "\n"), r.room, "\n".join(p for p in (r.email, r.phone) if p),
        ]
        table_rows.append([Paragraph(str(r.order), num), *(Paragraph(cell_markup(v), base) for v in values)])
    if not rows:
        table_rows.append([Paragraph("", base), Paragraph("No speakers in the agenda yet.", base)] + [
            Paragraph("", base) for _ in columns[2:]
        ])
    table = LongTable(table_rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b5c")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f4f8")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0da")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(family, 7)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(margin, 7 * mm, visual(shape(clean(f"{event.running_title} · Speakers · {stamp}")))[:160])
        canvas.drawRightString(page_w - margin, 7 * mm, f"Page {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=(page_w, page_h), leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=14 * mm, title=clean(f"Speakers – {title}"), author="Event Planner",
    )
    count = len({r.order for r in rows})
    story = [
        Paragraph(cell_markup(title, 300), title_style),
        Paragraph(escape_markup(f"Speakers: {count} · {event.start_date:%d %b %Y}"), sub_style),
        Spacer(1, 4 * mm),
        table,
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
