"""The at-a-glance sheet: one day's grid on one landscape page (rooms across, times down), PDF or PNG.

The wall chart venues pin by the door. It uses the timetable's own layout (domain.timetable_layout), so
columns, lanes and colours match the screen, and the programme's fonts (Noto Sans, DejaVu for missing glyphs,
embedded) and text handling (control characters dropped, Arabic shaped, bidi reordered; canvas strings are
never parsed as markup, so `<b>` and `&` print literally). Its time scale, with empty hours collapsed, is
wallchart_axis.TimeAxis.

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
from eventplanner.exports.fonts import FONTS, draw_text, register_fonts, text_width
from eventplanner.exports.programme.text import clean, format_day, shape, visual
from eventplanner.exports.programme_labels import kind_label, label
from eventplanner.exports.wallchart_axis import TimeAxis

PAPERS = ("a4", "a3")
MARGIN = 28.0
HEADER = 44.0
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
    return text_width(text, font, size)


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    if _width(text, font, size) <= width:
        return text
    while text and _width(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS if text else ""


def _prepare(text: str) -> str:
    return shape(clean(text).replace("\n", " ").replace("\t", " ")).strip()


#: Hours with nothing in them are collapsed into a band this high (points at A4).
COLLAPSED = 11.0
LEGEND = 16.0
TITLE_SIZES = (12.0, 11.0, 10.0, 9.0, 8.5, 8.0, 7.5)
MIN_SIZE = 7.5


def _clock(minute: int) -> str:
    return f"{(minute // 60) % 24:02d}:{minute % 60:02d}" if minute != 24 * 60 else "24:00"


class _Sheet:
    def __init__(self, data: ProgrammeData, day: date, paper: str, lang: str) -> None:
        from eventplanner.exports.programme.textlayout import Typesetter

        self.data, self.day, self.lang = data, day, lang
        self.width, self.height = _page_size(paper)
        self.scale = self.width / 842.0  # A3 prints everything a size larger
        self.ts = Typesetter()
        rooms = data.rooms
        unassigned = NO_ROOM.get(lang, NO_ROOM["en"]) if rooms else (
            data.event.tr("venue_name", lang) or label("programme", lang))
        self.layout: DayLayout = layout_day(day, data.slots, rooms, (), unassigned_label=unassigned,
                                            day_change_minutes=data.event.day_change_minutes)
        self.room_names = {r.id: r.tr("name", lang) for r in rooms}
        s = self.scale
        top = MARGIN + HEADER * s + ROOM_ROW * s
        columns = max(1, len(self.layout.columns))
        left = MARGIN + GUTTER * s
        self.grid = Grid(columns=columns, first_minute=self.layout.first_minute, px_per_minute=1.0,
                         column_width=(self.width - MARGIN - left) / columns, left=left, top=top, gap=1.5)
        self.kinds = list(dict.fromkeys(b.slot.kind for b in self.layout.blocks))
        bottom = self.height - MARGIN - (LEGEND * s if self.kinds else 0.0)
        self.axis = TimeAxis(self.layout.blocks, self.layout.first_minute, self.layout.last_minute, top,
                              bottom - top, COLLAPSED * s)
        self.logos = _organizer_logos(data)
        #: The smallest text: 7.5 pt (a hair more on A3), never the 7.499 pt a scale of 841.89/842 would give.
        self.small = max(MIN_SIZE, MIN_SIZE * self.scale)

    def y(self, top_down: float) -> float:
        return self.height - top_down

    def draw(self, c: Any) -> None:
        self._header(c)
        self._grid_lines(c)
        for block in self.layout.blocks:
            self._block(c, block)
        self._legend(c)

    def _text(self, c: Any, x: float, top_down: float, text: str, font: str, size: float, width: float,
              align: str = "left") -> None:
        """One line, ellipsized to `width`, its cap height under `top_down`."""
        text = visual(_ellipsize(text, font, size, width))
        w = text_width(text, font, size)
        dx = {"left": 0.0, "center": (width - w) / 2, "right": width - w}[align]
        draw_text(c, x + dx, self.y(top_down + size * 0.9), text, font, size)

    def _header(self, c: Any) -> None:
        s, ev = self.scale, self.data.event
        x = MARGIN
        logo_h = 26 * s
        for logo in self.logos:
            w, h = logo.fit(logo_h * 2.4, logo_h)
            c.drawImage(logo.reader, x, self.y(MARGIN + h), w, h, mask="auto")
            x += w + 8 * s
        title = _prepare(ev.tr("title", self.lang))
        day_text = _prepare(format_day(self.day, self.lang))
        day_w = text_width(day_text, FONTS.bold, 12 * s)
        c.setFillColor(TEXT_COLOUR)
        self._text(c, x, MARGIN, title, FONTS.bold, 15 * s, self.width - MARGIN - x - day_w - 20)
        self._text(c, self.width - MARGIN - day_w - 2, MARGIN + 1 * s, day_text, FONTS.bold, 12 * s, day_w + 2)
        parts = (_prepare(ev.tr("venue_name", self.lang)), _prepare(ev.tr("theme", self.lang)))
        sub = " · ".join(p for p in parts if p)
        if ev.status is EventStatus.DRAFT:
            sub = f"{label('draft', self.lang)}  {sub}".strip()
        c.setFillColor(MUTED_TEXT_COLOUR)
        self._text(c, x, MARGIN + 19 * s, sub, FONTS.regular, 9 * s, self.width - MARGIN - x)
        g = self.grid
        c.setFillColor(TEXT_COLOUR)
        for i, col in enumerate(self.layout.columns):
            name = _prepare(self.room_names.get(col.room_id, col.name) if col.room_id is not None else col.name)
            self._text(c, g.x_of(i) + 4, g.top - 14 * s, name, FONTS.bold, 10 * s, g.column_width - 8, "center")

    def _grid_lines(self, c: Any) -> None:
        g, axis, s = self.grid, self.axis, self.scale
        bottom = axis.bottom
        c.setFillColor("#f6f7f9")
        for col in range(1, g.columns, 2):
            c.rect(g.x_of(col), self.y(bottom), g.column_width, bottom - g.top, stroke=0, fill=1)
        for gap_top, first, last in axis.gaps():
            c.setFillColor("#eceff2")
            c.rect(g.left, self.y(gap_top + axis.collapsed), g.width - g.left, axis.collapsed, stroke=0, fill=1)
            c.setFillColor(MUTED_TEXT_COLOUR)
            note = f"{_clock(first * 60)}–{_clock(last * 60)} ···"
            self._text(c, g.left, gap_top + (axis.collapsed - self.small) / 2 - 1, note, FONTS.regular,
                       self.small, g.width - g.left, "center")
        c.setStrokeColor("#e1e4e8")
        c.setLineWidth(0.4)
        c.setDash(2, 2)
        for a, b in axis.bands:
            for h in range(a, b):
                y = axis.y(h * 60 + 30)
                c.line(g.left, self.y(y), g.width, self.y(y))
        c.setDash()
        c.setStrokeColor("#b9c0c7")
        c.setLineWidth(0.6)
        c.setFillColor("#455a64")
        for a, b in axis.bands:
            for h in range(a, b + 1):
                y = axis.y(h * 60) if h < b else axis.y(b * 60 - 1e-6) + axis.ppm * 1e-6
                c.line(g.left, self.y(y), g.width, self.y(y))
                self._text(c, MARGIN, y - self.small * 0.45, _clock(h * 60), FONTS.regular, self.small,
                           g.left - MARGIN - 4, "right")
        for col in range(g.columns + 1):
            x = g.x_of(col)
            c.line(x, self.y(g.top - ROOM_ROW * s), x, self.y(bottom))

    def _legend(self, c: Any) -> None:
        if not self.kinds:
            return
        s = self.scale
        size = self.small
        y = self.height - MARGIN - size
        x = self.grid.left
        seen: set[tuple[str, str]] = set()
        for kind in self.kinds:
            colours = KIND_COLOURS[kind]
            text = _prepare(kind_label(kind, self.lang))
            w = text_width(text, FONTS.regular, size) + 14 * s + 12 * s
            if colours in seen or x + w > self.width - MARGIN:
                continue
            seen.add(colours)
            fill, accent = colours
            c.setFillColor(fill)
            c.setStrokeColor(accent)
            c.setLineWidth(0.6)
            c.rect(x, self.y(y), 10 * s, size, stroke=1, fill=1)
            c.setFillColor(TEXT_COLOUR)
            self._text(c, x + 14 * s, y - size * 0.95, text, FONTS.regular, size, w)
            x += w

    def _rect(self, block: Block) -> tuple[float, float, float, float]:
        g, axis = self.grid, self.axis
        lane_w = g.column_width / max(1, block.lanes)
        x = g.x_of(block.column) + block.lane * lane_w + g.gap
        top = axis.y(block.start_minute) + g.gap / 2
        h = max(1.0, axis.y(block.end_minute) - axis.y(block.start_minute) - g.gap)
        return x, top, max(1.0, lane_w - 2 * g.gap), h

    def _block(self, c: Any, block: Block) -> None:
        x, top, w, h = self._rect(block)
        slot = block.slot
        fill, accent = KIND_COLOURS[slot.kind]
        c.setFillColor(fill)
        c.setStrokeColor(WARNING_COLOUR if block.flagged else accent)
        c.setLineWidth(1.2 if block.flagged else 0.4)
        c.roundRect(x, self.y(top + h), w, h, 1.5, stroke=1, fill=1)
        c.setFillColor(accent)
        c.rect(x, self.y(top + h), min(2.5, w / 4), h, stroke=0, fill=1)
        self._block_text(c, block, x + 4, top + 1.5, w - 6, h - 3)

    def _block_text(self, c: Any, block: Block, x: float, top: float, width: float, height: float) -> None:
        """Time, title (12 pt where the block allows) and every speaker; a cut title ends with '…'."""
        from eventplanner.exports.programme.styles import TextStyle
        from eventplanner.exports.programme.textlayout import Para, Segment

        slot = block.slot
        ink = MUTED_TEXT_COLOUR if slot.kind.is_pause else TEXT_COLOUR
        title = _prepare(slot.tr("title", self.lang) or kind_label(slot.kind, self.lang))
        names = ", ".join(" ".join(p.person.display_name.split()).replace(" ", "\u00a0") for p in slot.participants)
        names = _prepare(names)
        when = f"{_clock(block.start_minute)}–{_clock(block.end_minute)}"
        s = self.scale

        def style(face: str, size: float, colour: str) -> TextStyle:
            return TextStyle(face, size, size * 1.12, colour)  # type: ignore[arg-type]

        def lay(text: str, st: TextStyle, **kw: Any) -> list[Any]:
            return self.ts.lines(Para([Segment(text, st)], **kw), width) if text else []

        chosen: tuple[list[Any], list[Any], list[Any]] | None = None
        for size in (max(MIN_SIZE, t * s) for t in TITLE_SIZES):
            small = max(self.small, size * 0.75)
            time_l = lay(when, style("bold", small, MUTED_TEXT_COLOUR))
            title_l = lay(title, style("bold", size, ink), balance=True)
            name_l = lay(names, style("regular", small, MUTED_TEXT_COLOUR))
            if sum(ln.height for ln in (*time_l, *title_l, *name_l)) <= height:
                chosen = (time_l, title_l, name_l)
                break
        if chosen is None:  # the smallest size: every speaker stays, the title gets what is left, with '…'
            size = self.small
            for floor in (size, size * 0.85, size * 0.7, size * 0.55):
                name_l = lay(names, style("regular", floor, MUTED_TEXT_COLOUR))
                time_l = lay(when, style("bold", floor, MUTED_TEXT_COLOUR))
                title_st = style("bold", floor, ink)
                for with_time in (True, False):
                    rest = height - sum(ln.height for ln in name_l) - (sum(ln.height for ln in time_l)
                                                                        if with_time else 0.0)
                    n = int(rest // title_st.leading)
                    if n >= 1:
                        chosen = (time_l if with_time else [], lay(title, title_st, max_lines=n), name_l)
                        break
                if chosen is not None:
                    break
            if chosen is None:
                chosen = ([], lay(f"{when} {title}", style("bold", size * 0.55, ink), max_lines=1), [])
        c.saveState()
        path = c.beginPath()
        path.rect(x - 2, self.y(top + height + 1.5), width + 3, height + 3)
        c.clipPath(path, stroke=0, fill=0)
        y = self.y(top)
        for line in (ln for part in chosen for ln in part):
            line.draw(c, x, y, width)
            y -= line.height
        c.restoreState()


def _organizer_logos(data: ProgrammeData) -> list[Any]:
    from eventplanner.domain.enums import EventRole
    from eventplanner.exports.programme.images import load_image

    out = []
    for eo in sorted((o for o in data.organizations if o.role in (EventRole.HOST, EventRole.CO_ORGANIZER)),
                     key=lambda o: (o.role.rank, o.position)):
        image = load_image(eo.organization.logo, f"logo of {eo.organization.name}", [])
        if image is not None:
            out.append(image)
    return out[:4]


def wallchart_pdf(data: ProgrammeData, day: date, paper: str = "a4", lang: str = "en") -> bytes:
    """One landscape page (A4 or A3) with the day's grid, empty hours collapsed, a legend of the kinds."""
    from reportlab.pdfgen.canvas import Canvas

    from eventplanner import APP_NAME

    register_fonts()
    sheet = _Sheet(data, day, paper, lang)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(sheet.width, sheet.height), invariant=1, pageCompression=1,
                    initialFontName=FONTS.regular, lang=lang)
    title = clean(data.event.tr("title", lang))
    canvas.setTitle(f"{title} – {format_day(day, lang)}")
    hosts = "; ".join(o.organization.tr("name", lang) for o in data.hosts)
    canvas.setAuthor(clean(hosts) or clean(data.event.venue_name) or APP_NAME)
    canvas.setSubject(f"{label('programme', lang)}: {title}, {format_day(day, lang)}")
    canvas.setCreator(APP_NAME)
    sheet.draw(canvas)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def wallchart_png(data: ProgrammeData, day: date, paper: str = "a4", lang: str = "en", dpi: int = 150) -> bytes:
    """The same sheet as a PNG image (the PDF page rendered by PDFium, no Qt needed)."""
    import pypdfium2 as pdfium

    from eventplanner.exports.pdfium_lock import PDFIUM_LOCK

    sheet = wallchart_pdf(data, day, paper, lang)
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(sheet)
        try:
            image = pdf[0].render(scale=dpi / 72).to_pil()
        finally:
            pdf.close()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def write_wallchart(
    path: str | os.PathLike[str], data: ProgrammeData, day: date, paper: str = "a4", lang: str = "en"
) -> None:
    """Save the sheet atomically as PDF, or as PNG when `path` ends in .png."""
    render = wallchart_png if os.fspath(path).lower().endswith(".png") else wallchart_pdf
    atomic_write_bytes(path, render(data, day, paper, lang))


def chart_days(data: ProgrammeData) -> Sequence[date]:
    """The days a wall chart can be printed for (the event's conference days and any day with slots)."""
    return data.days
