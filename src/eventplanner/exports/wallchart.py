"""The at-a-glance sheet: one day's grid on one landscape page (rooms across, times down), PDF or PNG.

The wall chart venues pin by the door. It uses the timetable's own layout (domain.timetable_layout), so
columns, lanes and colours match the screen, and the programme's fonts (DejaVu, embedded) and text
handling (control characters dropped, Arabic shaped, bidi reordered; canvas strings are never parsed as
markup, so `<b>` and `&` print literally).

    pdf = wallchart_pdf(programme_data(db, event_id), date(2021, 12, 18), paper="a3", lang="az")
    png = wallchart_png(data, day, dpi=150)
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from datetime import date
from typing import Any

from eventplanner.domain.data import ProgrammeData
from eventplanner.domain.enums import EventStatus
from eventplanner.domain.timetable_layout import (
    KIND_COLOURS,
    MUTED_TEXT_COLOUR,
    TEXT_COLOUR,
    WARNING_COLOUR,
    Block,
    DayLayout,
    Grid,
    layout_day,
)
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.fonts import FONTS, register_fonts
from eventplanner.exports.programme.text import clean, format_day, shape, visual
from eventplanner.exports.programme_labels import kind_label, label

PAPERS = ("a4", "a3")
MARGIN = 28.0
HEADER = 40.0
ROOM_ROW = 18.0
GUTTER = 34.0
ELLIPSIS = "…"

NO_ROOM = {"en": "No room", "az": "Zal göstərilməyib", "ru": "Без зала"}


def _page_size(paper: str) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A3, A4, landscape

    if paper not in PAPERS:
        raise ValueError(f"Unknown paper size {paper!r}; use one of {', '.join(PAPERS)}.")
    w, h = landscape(A4 if paper == "a4" else A3)
    return float(w), float(h)


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    if _width(text, font, size) <= width:
        return text
    while text and _width(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS if text else ""


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Word-wrap `text` into at most `max_lines` lines of `width` points; the last one ends in … if cut.

    Words longer than a line are broken between characters.
    """
    if max_lines <= 0 or width <= size:
        return []
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if _width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while _width(word, font, size) > width:  # a word wider than the block: break it
            cut = len(word)
            while cut > 1 and _width(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], _ellipsize(" ".join(lines[max_lines - 1 :]) + " " + ELLIPSIS, font, size,
                                                     width)]
    return lines


def _prepare(text: str) -> str:
    return shape(clean(text).replace("\n", " ").replace("\t", " ")).strip()


class _Sheet:
    def __init__(self, data: ProgrammeData, day: date, paper: str, lang: str) -> None:
        self.data, self.day, self.lang = data, day, lang
        self.width, self.height = _page_size(paper)
        self.scale = self.width / 842.0  # A3 prints everything a size larger
        rooms = data.rooms
        unassigned = NO_ROOM.get(lang, NO_ROOM["en"]) if rooms else (
            data.event.tr("venue_name", lang) or label("programme", lang))
        self.layout: DayLayout = layout_day(day, data.slots, rooms, (), unassigned_label=unassigned)
        self.room_names = {r.id: r.tr("name", lang) for r in rooms}
        top = MARGIN + HEADER * self.scale + ROOM_ROW * self.scale
        minutes = max(60, self.layout.last_minute - self.layout.first_minute)
        columns = max(1, len(self.layout.columns))
        left = MARGIN + GUTTER * self.scale
        self.grid = Grid(
            columns=columns,
            first_minute=self.layout.first_minute,
            px_per_minute=(self.height - MARGIN - top) / minutes,
            column_width=(self.width - MARGIN - left) / columns,
            left=left,
            top=top,
            gap=1.5,
        )

    def y(self, top_down: float) -> float:
        return self.height - top_down

    def draw(self, c: Any) -> None:
        self._header(c)
        self._grid_lines(c)
        for block in self.layout.blocks:
            self._block(c, block)

    def _header(self, c: Any) -> None:
        s, ev = self.scale, self.data.event
        title = _prepare(ev.tr("title", self.lang))
        day_text = _prepare(format_day(self.day, self.lang))
        c.setFillColor(TEXT_COLOUR)
        c.setFont(FONTS.bold, 15 * s)
        day_w = _width(day_text, FONTS.bold, 12 * s)
        c.drawString(MARGIN, self.y(MARGIN + 16 * s),
                     visual(_ellipsize(title, FONTS.bold, 15 * s, self.width - 2 * MARGIN - day_w - 20)))
        c.setFont(FONTS.bold, 12 * s)
        c.drawRightString(self.width - MARGIN, self.y(MARGIN + 15 * s), visual(day_text))
        parts = (_prepare(ev.tr("venue_name", self.lang)), _prepare(ev.tr("theme", self.lang)))
        sub = " · ".join(p for p in parts if p)
        if ev.status is EventStatus.DRAFT:
            sub = f"{label('draft', self.lang)}  {sub}".strip()
        c.setFont(FONTS.regular, 8.5 * s)
        c.setFillColor(MUTED_TEXT_COLOUR)
        c.drawString(MARGIN, self.y(MARGIN + 30 * s), visual(_ellipsize(sub, FONTS.regular, 8.5 * s,
                                                                        self.width - 2 * MARGIN)))
        g = self.grid
        c.setFont(FONTS.bold, 9 * s)
        c.setFillColor(TEXT_COLOUR)
        for i, col in enumerate(self.layout.columns):
            name = _prepare(self.room_names.get(col.room_id, col.name) if col.room_id is not None else col.name)
            name = _ellipsize(name, FONTS.bold, 9 * s, g.column_width - 8)
            c.drawCentredString(g.x_of(i) + g.column_width / 2, self.y(g.top - 6 * s), visual(name))

    def _grid_lines(self, c: Any) -> None:
        g, layout = self.grid, self.layout
        bottom = g.y_of(layout.last_minute)
        c.setFillColor("#f6f7f9")
        for col in range(1, g.columns, 2):
            c.rect(g.x_of(col), self.y(bottom), g.column_width, bottom - g.top, stroke=0, fill=1)
        c.setStrokeColor("#e1e4e8")
        c.setLineWidth(0.4)
        c.setDash(2, 2)
        for m in range(layout.first_minute + 30, layout.last_minute, 60):
            c.line(g.left, self.y(g.y_of(m)), g.width, self.y(g.y_of(m)))
        c.setDash()
        c.setStrokeColor("#b9c0c7")
        c.setLineWidth(0.6)
        c.setFont(FONTS.regular, 7.5 * self.scale)
        c.setFillColor("#455a64")
        for m in layout.hours:
            y = self.y(g.y_of(m))
            c.line(g.left, y, g.width, y)
            c.drawRightString(g.left - 4, y - 2.5 * self.scale, f"{m // 60:02d}:00")
        for col in range(g.columns + 1):
            x = g.x_of(col)
            c.line(x, self.y(g.top - ROOM_ROW * self.scale), x, self.y(bottom))

    def _block(self, c: Any, block: Block) -> None:
        x, top, w, h = self.grid.block_rect(block)
        slot = block.slot
        fill, accent = KIND_COLOURS[slot.kind]
        c.setFillColor(fill)
        c.setStrokeColor(WARNING_COLOUR if block.flagged else accent)
        c.setLineWidth(1.2 if block.flagged else 0.4)
        c.roundRect(x, self.y(top + h), w, h, 1.5, stroke=1, fill=1)
        c.setFillColor(accent)
        c.rect(x, self.y(top + h), min(2.5, w / 4), h, stroke=0, fill=1)
        self._block_text(c, block, x + 4, top, w - 6, h)

    def _block_text(self, c: Any, block: Block, x: float, top: float, width: float, height: float) -> None:
        slot = block.slot
        ink = MUTED_TEXT_COLOUR if slot.kind.is_pause else TEXT_COLOUR
        size = min(8.0 * self.scale, max(3.0, height - 2))
        small = size * 0.85
        title = _prepare(slot.tr("title", self.lang) or kind_label(slot.kind, self.lang))
        c.saveState()
        path = c.beginPath()
        path.rect(x - 2, self.y(top + height), width + 3, height)
        c.clipPath(path, stroke=0, fill=0)
        y = top + 1
        if height < size * 2.4:  # one line: start time and title
            c.setFont(FONTS.bold, size)
            c.setFillColor(ink)
            c.drawString(x, self.y(y + size * 0.9),
                         visual(_ellipsize(f"{slot.start:%H:%M} {title}", FONTS.bold, size, width)))
            c.restoreState()
            return
        c.setFont(FONTS.bold, small)
        c.setFillColor(MUTED_TEXT_COLOUR)
        c.drawString(x, self.y(y + small * 0.9), slot.time_range)
        y += small * 1.15
        names = _prepare(", ".join(p.person.display_name for p in slot.participants))
        room_left = height - (y - top)
        people_lines = 1 if names and room_left >= size * 1.2 * 2 + small else 0
        lines = fit_lines(title, FONTS.bold, size, width, max(1, int((room_left - people_lines * small * 1.2)
                                                                     // (size * 1.2))))
        c.setFillColor(ink)
        c.setFont(FONTS.bold, size)
        for line in lines:
            c.drawString(x, self.y(y + size * 0.95), visual(line))
            y += size * 1.2
        room_left = height - (y - top)
        if names and room_left >= small * 1.2:
            c.setFont(FONTS.regular, small)
            c.setFillColor(MUTED_TEXT_COLOUR)
            for line in fit_lines(names, FONTS.regular, small, width, int(room_left // (small * 1.2))):
                c.drawString(x, self.y(y + small * 0.95), visual(line))
                y += small * 1.2
        c.restoreState()


def wallchart_pdf(data: ProgrammeData, day: date, paper: str = "a4", lang: str = "en") -> bytes:
    """One landscape page (A4 or A3) with the day's grid, scaled to fit however many slots it has."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    sheet = _Sheet(data, day, paper, lang)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(sheet.width, sheet.height), invariant=1, pageCompression=1)
    title = data.event.tr("title", lang)
    canvas.setTitle(f"{title} – {format_day(day, lang)}")
    canvas.setAuthor(data.event.venue_name or title)
    canvas.setSubject(label("programme", lang))
    sheet.draw(canvas)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def wallchart_png(data: ProgrammeData, day: date, paper: str = "a4", lang: str = "en", dpi: int = 150) -> bytes:
    """The same sheet as a PNG image (the PDF page rendered by PDFium, no Qt needed)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(wallchart_pdf(data, day, paper, lang))
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil()
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)
        return out.getvalue()
    finally:
        pdf.close()


def write_wallchart(
    path: str | os.PathLike[str], data: ProgrammeData, day: date, paper: str = "a4", lang: str = "en"
) -> None:
    """Save the sheet atomically as PDF, or as PNG when `path` ends in .png."""
    render = wallchart_png if os.fspath(path).lower().endswith(".png") else wallchart_pdf
    atomic_write_bytes(path, render(data, day, paper, lang))


def chart_days(data: ProgrammeData) -> Sequence[date]:
    """The days a wall chart can be printed for (the event's days and any day with slots)."""
    return data.days
