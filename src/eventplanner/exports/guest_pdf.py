"""List of participants and sign-in sheet as PDF, in the programme's fonts (DejaVu Sans), protocol order.

Both group people under their delegation or organization. The sign-in sheet adds signature columns and blank
rows for walk-ins.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from eventplanner.domain.guests import GUEST_CATEGORY_LABELS, SEX_LABELS, GuestList
from eventplanner.exports.fonts import FONTS, register_fonts
from eventplanner.exports.guest_list import ParticipantLine, participant_lines
from eventplanner.exports.programme.text import clean, escape_markup, face_markup, format_date_range, shape, visual
from eventplanner.exports.speaker_list_pdf import cell_markup

ACCENT = "#1f3b5c"
STRIPE = "#f1f4f8"
RULE = "#c8d0da"


def _styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    family = register_fonts()
    base = ParagraphStyle("cell", fontName=family, fontSize=8.5, leading=10.5)
    return {
        "cell": base,
        "head": ParagraphStyle("head", parent=base, fontName=FONTS.bold, textColor=colors.white),
        "group": ParagraphStyle("group", parent=base, fontName=FONTS.bold, fontSize=9.5, leading=12,
                                textColor=colors.HexColor(ACCENT)),
        "title": ParagraphStyle("title", parent=base, fontName=FONTS.bold, fontSize=15, leading=19),
        "sub": ParagraphStyle("sub", parent=base, fontSize=9.5, leading=12, textColor=colors.HexColor("#555555")),
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9, textColor=colors.HexColor("#555555")),
    }


def _line(text: str) -> str:
    return face_markup(visual(shape(clean(" ".join(text.split())))))


def _cut(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word with "…" (a sign-in row keeps its height for the signature)."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    return (head.rsplit(" ", 1)[0] if " " in head[limit // 2 :] else head).rstrip(" ,") + "…"


def _document(buf: io.BytesIO, title: str, subject: str, pagesize: tuple[float, float], footer: str) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    margin = 14 * mm
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=16 * mm, title=clean(title), subject=clean(subject), author="Event Planner")

    def decorate(canvas: Any, d: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONTS.regular, 7)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(margin, 8 * mm, visual(shape(clean(footer)))[:150])
        canvas.drawRightString(pagesize[0] - margin, 8 * mm, f"Page {d.page}")
        canvas.restoreState()

    return doc, decorate


def _grouped_table(lines: Sequence[ParticipantLine], columns: list[tuple[str, float]], cells: Any,
                   styles: dict[str, Any], blank_rows: int = 0, row_height: float | None = None) -> Any:
    """A table whose rows are grouped under a spanning heading per delegation or organization."""
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, Paragraph, TableStyle

    data: list[list[Any]] = [[Paragraph(escape_markup(h), styles["head"]) for h, _ in columns]]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ACCENT)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE" if row_height else "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    heights: list[float | None] = [None]
    group = None
    for line in lines:
        if line.group != group:
            group = line.group
            data.append([Paragraph(cell_markup(group or "—", 300), styles["group"])] + [""] * (len(columns) - 1))
            row = len(data) - 1
            commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), colors.HexColor(STRIPE)),
                         ("TOPPADDING", (0, row), (-1, row), 5),
                         ("NOSPLIT", (0, row), (-1, row + 1))]  # a heading never ends a page alone
            heights.append(None)
        data.append([Paragraph(cell_markup(v), styles["cell"]) for v in cells(line)])
        heights.append(None)
        if row_height:  # room to sign: at least row_height, taller when the text needs it
            pad = max(3.0, (row_height - styles["cell"].leading) / 2)
            commands += [("TOPPADDING", (0, len(data) - 1), (-1, len(data) - 1), pad),
                         ("BOTTOMPADDING", (0, len(data) - 1), (-1, len(data) - 1), pad)]
    if blank_rows:
        data.append([Paragraph("Walk-ins", styles["group"])] + [""] * (len(columns) - 1))
        row = len(data) - 1
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), colors.HexColor(STRIPE))]
        heights.append(None)
        start = len(lines)
        for i in range(blank_rows):
            data.append([Paragraph(str(start + i + 1), styles["cell"])] + [""] * (len(columns) - 1))
            heights.append(row_height)
    if not lines and not blank_rows:
        data.append([Paragraph("Nobody has accepted yet.", styles["cell"])] + [""] * (len(columns) - 1))
        heights.append(None)
    if row_height:
        commands.append(("GRID", (1, 1), (-1, -1), 0.25, colors.HexColor(RULE)))
    table = LongTable(data, colWidths=[w for _, w in columns], rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _header(gl: GuestList, what: str, lang: str | None, styles: dict[str, Any]) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    event = gl.event
    when = format_date_range(event.start_date, event.end_date, lang or event.language or "en")
    venue = ", ".join(x for x in (event.tr("venue_name", lang), event.tr("venue_address", lang)) if x)
    return [
        Paragraph(_line(what), styles["title"]),
        Paragraph(_line(event.tr("title", lang)), styles["sub"]),
        Paragraph(_line(" · ".join(x for x in (when, venue) if x)), styles["sub"]),
        Spacer(1, 4 * mm),
    ]


def participants_pdf(gl: GuestList, lang: str | None = None, now: datetime | None = None) -> bytes:
    """The list of participants: who comes, grouped and in protocol order, then the counts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    styles = _styles()
    lines = participant_lines(gl, lang)
    buf = io.BytesIO()
    stamp = (now or datetime.now()).strftime("%d %b %Y %H:%M")
    doc, decorate = _document(buf, f"List of participants – {gl.event.title}", gl.event.title, A4,
                              f"{gl.event.running_title} · List of participants · {stamp}")
    width = A4[0] - 28 * mm
    columns = [("No.", 10 * mm), ("Name", 55 * mm), ("Position, organization", width - 65 * mm)]

    def cells(p: ParticipantLine) -> list[str]:
        position = ", ".join(x for x in (p.position, p.organization) if x and x != p.group)
        if p.on_behalf_of:
            position += f"\n(on behalf of {p.on_behalf_of})"
        return [str(p.number), p.name, position]

    story = _header(gl, "List of participants", lang, styles)
    story.append(_grouped_table(lines, columns, cells, styles))
    c = gl.counts
    summary = [f"Participants: {c.attending}"]
    summary.append("By category: " + ", ".join(f"{GUEST_CATEGORY_LABELS[k]} {n}" for k, n in c.by_category.items()))
    summary.append("By sex: " + ", ".join(f"{SEX_LABELS[k]} {n}" for k, n in c.by_sex.items() if n))
    story += [Spacer(1, 5 * mm)] + [Paragraph(_line(s), styles["small"]) for s in summary]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()


def signin_pdf(gl: GuestList, lang: str | None = None, blank_rows: int = 12, now: datetime | None = None) -> bytes:
    """A sign-in sheet for the door: expected participants with a signature column, then blank rows."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm

    styles = _styles()
    lines = participant_lines(gl, lang)
    buf = io.BytesIO()
    page = landscape(A4)
    stamp = (now or datetime.now()).strftime("%d %b %Y")
    doc, decorate = _document(buf, f"Sign-in sheet – {gl.event.title}", gl.event.title, page,
                              f"{gl.event.running_title} · Sign-in sheet · printed {stamp}")
    width = page[0] - 28 * mm
    columns = [("No.", 10 * mm), ("Name", 62 * mm), ("Position, organization", width - 167 * mm),
               ("Email / phone", 45 * mm), ("Signature", 50 * mm)]
    story = _header(gl, "Sign-in sheet", lang, styles)
    story.append(_grouped_table(lines, columns, lambda p: [str(p.number), _cut(p.name, 80), _cut(", ".join(
        x for x in (p.position, p.organization) if x), 150), "", ""], styles, blank_rows=max(0, min(blank_rows, 500)),
        row_height=11 * mm))
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()
