"""The speaker list as a landscape table in the programme's typeface (Noto Sans, DejaVu for missing glyphs).

Columns nobody filled in are left out and the others are as wide as their content needs; the header names
the event and its dates, every page says "page N of M", and every font is embedded.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.fonts import FONTS, draw_text, register_fonts, text_width
from eventplanner.exports.programme.text import clean, escape_markup, face_markup, format_date_range, shape, visual
from eventplanner.exports.speaker_rows import SpeakerRow

#: A table row cannot break across pages, so very long cells are cut (the CSV/XLSX keep everything):
#: at most this many characters and lines, so that no row can grow taller than a page (LayoutError).
PDF_CELL_LIMIT = 400
PDF_CELL_LINES = 16
CELL_SIZE = 7.5
PADDING = 3.0
#: No column takes more than this share of the table's width.
MAX_COLUMN_SHARE = 0.3


def cell_markup(
    text: str, limit: int = PDF_CELL_LIMIT, font: str = FONTS.regular, max_lines: int = PDF_CELL_LINES
) -> str:
    """User text as Paragraph markup: escaped, shaped, glyphs the face lacks set in its fallback face."""
    text = clean(text).replace("\t", " ").replace("\r", " ")
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    given = text.split("\n")
    if len(given) > max_lines:
        given = [*given[: max_lines - 1], given[max_lines - 1].rstrip() + " …"]
    return "<br/>".join(face_markup(visual(shape(line)), font) for line in given)


def _cells(r: SpeakerRow) -> list[str]:
    name = "\u00a0".join(" ".join(p for p in (r.honorific, r.given_name, r.family_name) if p).split())
    return [
        str(r.order), name, ", ".join(p for p in (r.position, r.rank) if p), r.organization, r.roles, r.slots,
        r.times.replace("; ", "\n"), r.room, "\n".join(p for p in (r.email, r.phone) if p),
    ]


HEADINGS = ("#", "Name", "Position, rank", "Organization", "Role", "Slot", "Date and time", "Room", "Email / phone")


def column_widths(table: Sequence[Sequence[str]], available: float) -> list[float]:
    """Widths that fit each column's content: the widest word at least, the rest shared by what text needs."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def lines(text: str) -> list[str]:
        return text.split("\n") if text else [""]

    def width(text: str) -> float:  # as the table's Paragraphs measure: no kerning, plus a hair of slack
        return float(stringWidth(text, FONTS.regular, CELL_SIZE)) + 2 * PADDING + 1.0

    longest = [max(width(ln) for cell in col for ln in lines(cell)) for col in zip(*table, strict=True)]
    # words break at spaces and line ends only: a name joined with no-break spaces is one word
    widest_word = [max((width(w) for cell in col for w in re.split(r"[ \n\t]+", cell) if w), default=0.0)
                   for col in zip(*table, strict=True)]
    cap = available * MAX_COLUMN_SHARE
    if sum(longest) <= available:
        extra = (available - sum(longest)) / len(longest)
        return [w + extra for w in longest]
    base = [min(w, cap) for w in widest_word]
    if sum(base) > available:  # long unbroken words in many columns: the wide ones shrink (Paragraphs split them)
        fair = available / len(base)
        narrow = sum(b for b in base if b <= fair)
        scale = (available - narrow) / sum(b for b in base if b > fair)
        base = [b if b <= fair else b * scale for b in base]
    want = [max(0.0, min(lw, cap) - b) for lw, b in zip(longest, base, strict=True)]
    rest = max(0.0, available - sum(base))
    total_want = sum(want) or 1.0
    return [b + rest * w / total_want for b, w in zip(base, want, strict=True)]


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

    from eventplanner import APP_NAME

    family = register_fonts()
    base = ParagraphStyle("cell", fontName=family, fontSize=CELL_SIZE, leading=9.4)
    head = ParagraphStyle("head", parent=base, fontName=FONTS.bold, textColor=colors.white)
    title_style = ParagraphStyle("title", parent=base, fontName=FONTS.bold, fontSize=15, leading=18)
    sub_style = ParagraphStyle("sub", parent=base, fontSize=9, leading=11.5, textColor=colors.HexColor("#4a5561"))
    num = ParagraphStyle("num", parent=base, alignment=TA_RIGHT)

    event = data.event
    title = event.tr("title", lang)
    stamp = (now or datetime.now()).strftime("%d %b %Y %H:%M")
    page_w, page_h = landscape(A4)
    margin = 12 * mm
    table_text = [_cells(r) for r in rows]
    keep = [i for i in range(len(HEADINGS)) if i < 2 or any(t[i].strip() for t in table_text)]
    headings = [HEADINGS[i] for i in keep]
    table_text = [[t[i] for i in keep] for t in table_text]
    widths = column_widths([headings, *table_text], page_w - 2 * margin)

    table_rows: list[list[Paragraph]] = [
        [Paragraph(escape_markup(h), head) for h in headings]
    ]
    for cells in table_text:
        table_rows.append([Paragraph(cell_markup(cells[0]), num),
                           *(Paragraph(cell_markup(v), base) for v in cells[1:])])
    if not rows:
        table_rows.append([Paragraph("", base), Paragraph("No speakers in the agenda yet.", base)] + [
            Paragraph("", base) for _ in headings[2:]
        ])
    table = LongTable(table_rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONTS.regular, CELL_SIZE),  # not the Table's default Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b5c")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f4f8")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0da")),
                ("TOPPADDING", (0, 0), (-1, -1), PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ]
        )
    )
    running = visual(shape(clean(f"{event.running_title} · Speakers · {stamp}")))

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Holds pages back so that each footer can say 'page N of M'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFillColor(colors.HexColor("#5f6b76"))
                right = f"page {number} of {total}"
                right_w = text_width(right, FONTS.regular, 7.5)
                text = running
                while len(text) > 1 and text_width(text, FONTS.regular, 7.5) > page_w - 2 * margin - right_w - 12:
                    text = text[:-2] + "…"
                draw_text(self, margin, 7 * mm, text, FONTS.regular, 7.5)
                draw_text(self, page_w - margin - right_w, 7 * mm, right, FONTS.regular, 7.5)
                super().showPage()
            super().save()

    buf = io.BytesIO()
    hosts = "; ".join(o.organization.tr("name", lang) for o in data.hosts)
    doc = SimpleDocTemplate(
        buf, pagesize=(page_w, page_h), leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=14 * mm, title=clean(f"Speakers – {title}"), author=clean(hosts) or APP_NAME,
        subject=clean(f"Speaker list of {title}"), creator=APP_NAME, lang=lang or event.language or "en",
        initialFontName=FONTS.regular, invariant=1,
    )
    count = len({r.order for r in rows})
    dates = format_date_range(event.start_date, event.end_date, "en")
    venue = event.tr("venue_name", lang).strip()
    sub = " · ".join(p for p in (f"Speakers: {count}", dates, venue) if p)
    story = [
        Paragraph(cell_markup(title, 300, FONTS.bold), title_style),
        Paragraph(cell_markup(sub), sub_style),
        Spacer(1, 4 * mm),
        table,
    ]
    doc.build(story, canvasmaker=NumberedCanvas)
    return buf.getvalue()
