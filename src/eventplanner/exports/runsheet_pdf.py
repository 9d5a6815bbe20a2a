"""The run sheet as a landscape PDF: Time | Duration | Item | Who | Cues (by kind) | Responsible.

Every page carries the event, the audience, the scenario's version number and when it was printed; a
diagonal DRAFT mark stays until the event is final. Fonts and text handling are the programme's (Noto Sans,
DejaVu Sans for missing glyphs, markup escaping, Arabic shaping). A cue is never cut: a very long one continues
over several table rows.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from eventplanner.domain.scenario import Audience, CueKind, ScenarioData
from eventplanner.exports.fonts import FONTS, register_fonts
from eventplanner.exports.programme.text import clean, escape_markup, face_markup, shape, visual
from eventplanner.exports.runsheet_labels import audience_label, label
from eventplanner.exports.runsheet_rows import RunSheetLine, runsheet_lines

#: A table row cannot break across pages, so a longer text continues on the next row.
CHUNK = 900
#: Titles and names are printed in full up to this length (the XLSX keeps everything).
TITLE_LIMIT = 600

KIND_COLOURS: dict[CueKind, str] = {
    CueKind.MC: "#1f5fa8", CueKind.AUDIO: "#0f7b6c", CueKind.VIDEO: "#8a3ffc", CueKind.STAGE: "#b35c00",
    CueKind.PROTOCOL: "#a3172e", CueKind.INTERPRETATION: "#5b6b00",
}


def markup(text: str, limit: int | None = None) -> str:
    """User text as safe paragraph markup: control characters dropped, < & > literal, lines kept."""
    text = clean(text).replace("\t", " ").replace("\r", "")
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "<br/>".join(face_markup(visual(shape(line))) for line in text.split("\n"))


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """Split a long text at spaces (or hard, when there is none) into pieces of at most `size` characters."""
    pieces = []
    while len(text) > size:
        cut = text.rfind(" ", size // 2, size)
        cut = size if cut < 0 else cut
        pieces.append(text[:cut])
        text = text[cut:].lstrip(" ")
    pieces.append(text)
    return pieces


def runsheet_pdf(
    data: ScenarioData, audience: Audience = Audience.ALL, lang: str | None = None, now: datetime | None = None
) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    family = register_fonts()
    base = ParagraphStyle("cell", fontName=family, fontSize=8, leading=10)
    small = ParagraphStyle("small", parent=base, fontSize=7, leading=8.6, textColor=colors.HexColor("#4a5563"))
    bold = ParagraphStyle("bold", parent=base, fontName=FONTS.bold)
    head = ParagraphStyle("head", parent=base, fontName=FONTS.bold, textColor=colors.white)
    title_style = ParagraphStyle("title", parent=base, fontName=FONTS.bold, fontSize=15, leading=18)
    sub_style = ParagraphStyle("sub", parent=base, fontSize=9.5, leading=12, textColor=colors.HexColor("#4a5563"))
    day_style = ParagraphStyle("day", parent=base, fontName=FONTS.bold, fontSize=10, leading=13,
                               textColor=colors.HexColor("#1f3b5c"))

    event = data.event
    printed = (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
    audience_name = audience_label(audience, lang)
    stamp = " · ".join((label("version", lang, n=data.revision), label("printed", lang, when=printed)))
    columns = [("time", 22), ("duration", 18), ("item", 62), ("who", 52), ("cues", 0), ("responsible", 34)]
    page_w, page_h = landscape(A4)
    margin = 11 * mm
    fixed = sum(w for _, w in columns) * mm
    widths = [w * mm if w else page_w - 2 * margin - fixed for _, w in columns]

    header = [Paragraph(escape_markup(label(key, lang)), head) for key, _ in columns]
    rows: list[list[Any]] = [header]
    slot_starts: list[int] = []
    current_day = None
    day_rows: list[int] = []
    spans: list[tuple[Any, ...]] = []
    lines = runsheet_lines(data, audience, lang)
    multi_day = len({line.day for line in lines}) > 1
    for line in lines:
        if multi_day and line.day != current_day:
            current_day = line.day
            day_rows.append(len(rows))
            rows.append([Paragraph(escape_markup(f"{current_day:%d.%m.%Y}"), day_style)] + [""] * 5)
        slot_starts.append(len(rows))
        block = _slot_rows(line, lang, base, small, bold, Paragraph)
        rows.extend(block)
        # The slot's own cells run down beside all its cues, unless the slot is too tall to stay on one page
        # (a spanned block cannot split across pages).
        if len(block) > 1 and _height(block, widths) < (page_h - 40 * mm) * 0.8:
            spans.extend(("SPAN", (col, slot_starts[-1]), (col, len(rows) - 1)) for col in range(4))
    if not lines:
        rows.append(["", "", Paragraph(escape_markup(label("no_items", lang)), base), "", "", ""])

    table = LongTable(rows, colWidths=widths, repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONTS.regular, 8),  # not the Table's default Helvetica (never embedded)
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b5c")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for n, start in enumerate(slot_starts):
        style.append(("LINEABOVE", (0, start), (-1, start), 0.6, colors.HexColor("#9aa7b6")))
        if n % 2:
            end = (slot_starts[n + 1] - 1) if n + 1 < len(slot_starts) else len(rows) - 1
            style.append(("BACKGROUND", (0, start), (-1, end), colors.HexColor("#f3f6f9")))
    style.extend(spans)
    for r in day_rows:
        style.append(("SPAN", (0, r), (-1, r)))
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#e3e9f0")))
    table.setStyle(TableStyle(style))

    draft = not data.is_final
    mark = label("draft", lang)

    def furniture(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        if draft:
            canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.10))
            canvas.setFont(FONTS.bold, 110)
            canvas.translate(page_w / 2, page_h / 2)
            canvas.rotate(30)
            canvas.drawCentredString(0, -40, mark)
            canvas.rotate(-30)
            canvas.translate(-page_w / 2, -page_h / 2)
        canvas.setFont(family, 7.5)
        canvas.setFillColor(colors.HexColor("#4a5563"))
        running = visual(shape(clean(f"{event.tr('short_title', lang) or event.tr('title', lang)} · "
                                     f"{label('run_sheet', lang)} · {audience_name}")))
        if draft:
            running = f"{mark} · {running}"
        canvas.drawString(margin, page_h - 7 * mm, running[:150])
        canvas.drawRightString(page_w - margin, page_h - 7 * mm, stamp)
        canvas.drawString(margin, 6 * mm, stamp)
        canvas.drawRightString(page_w - margin, 6 * mm, label("page", lang, n=doc.page))
        canvas.restoreState()

    title = event.tr("title", lang)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=(page_w, page_h), leftMargin=margin, rightMargin=margin, topMargin=12 * mm,
        bottomMargin=12 * mm, title=clean(f"{label('run_sheet', lang)} – {title} – {audience_name}"),
        author="Event Planner", subject=stamp, initialFontName=FONTS.regular,  # no unembedded Helvetica
    )
    days = sorted({line.day for line in lines}) or [event.start_date]
    when = f"{days[0]:%d.%m.%Y}" + (f" – {days[-1]:%d.%m.%Y}" if days[-1] != days[0] else "")
    venue = event.tr("venue_name", lang)
    story = [
        Paragraph(markup(f"{label('run_sheet', lang)}: {title}", TITLE_LIMIT), title_style),
        Paragraph(markup(" · ".join(x for x in (audience_name, when, venue, stamp) if x), TITLE_LIMIT), sub_style),
        Spacer(1, 3 * mm),
        table,
    ]
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buf.getvalue()


def _height(block: list[list[Any]], widths: list[float]) -> float:
    """The height a block of table rows takes (cell paddings included)."""
    total = 0.0
    for row in block:
        total += max((cell.wrap(w - 6, 10_000)[1] for cell, w in zip(row, widths, strict=True) if cell != ""),
                     default=0.0) + 5
    return total


def _slot_rows(
    line: RunSheetLine, lang: str | None, base: Any, small: Any, bold: Any, paragraph: Any
) -> list[list[Any]]:
    """The table rows of one slot: its own cells on the first, then one row per cue (or piece of a long cue)."""
    slot = line.item.slot
    item = [f"<b>{markup(line.title, TITLE_LIMIT)}</b>"]
    if line.kind.casefold() != line.title.casefold():
        item.append(f"<font size=7 color='#4a5563'>{markup(line.kind)}</font>")
    if line.call:
        note = f" – {markup(line.call_note, TITLE_LIMIT)}" if line.call_note else ""
        item.append(f"<font size=7 color='#a3172e'>{markup(line.call)}{note}</font>")
    extra_rows: list[str] = []
    if line.technical_needs:
        pieces = chunks(clean(line.technical_needs))
        item.append(f"<font size=7 color='#0f7b6c'><b>{escape_markup(label('tech', lang))}:</b> "
                    f"{markup(pieces[0])}</font>")
        extra_rows = pieces[1:]
    who = "<br/>".join(
        f"{markup(name, TITLE_LIMIT)}" + (f"<br/><font size=7 color='#4a5563'>{markup(pos, TITLE_LIMIT)}</font>"
                                          if pos else "")
        for name, pos in line.who
    )
    first: list[Any] = [
        paragraph(f"{slot.start:%H:%M}–{slot.end:%H:%M}", bold),
        paragraph(escape_markup(f"{slot.duration_minutes}′"), base),
        paragraph("<br/>".join(item), base),
        paragraph(who, base),
        "",
        "",
    ]
    rows: list[list[Any]] = [first]
    for piece in extra_rows:
        rows.append(["", "", paragraph(f"<font size=7 color='#0f7b6c'>{markup(piece)}</font>", base), "", "", ""])
    cue_cells: list[tuple[str, str]] = []
    for (cue, time, kind, text), responsible in zip(line.cues, line.responsibles, strict=True):
        colour = KIND_COLOURS[cue.kind]
        pieces = chunks(clean(text))
        lead = f"<font color='{colour}'><b>{escape_markup(kind)}</b></font> <font size=7>{time}</font> "
        cue_cells.append((lead + markup(pieces[0]), markup(responsible, TITLE_LIMIT)))
        cue_cells.extend((markup(piece), "") for piece in pieces[1:])
    for i, (cue_text, responsible_text) in enumerate(cue_cells):
        cells = (paragraph(cue_text, base), paragraph(responsible_text, small))
        if i == 0:
            first[4], first[5] = cells
        else:
            rows.append(["", "", "", "", *cells])
    return rows
