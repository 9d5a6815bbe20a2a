"""A block's texts: the fonts, the times, and the title and speakers wrapped to its width, cut to its height.

Wrapping is done once per width (`Wrapped`); a height only picks how many lines show. A text that fits is drawn
as one multi-line QStaticText (`Paragraph`); one that is cut is split into lines, the last elided with '…'.
`TextLines` is what a block draws: each line laid out once (QStaticText) and measured once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText, QTextLayout, QTransform
from PySide6.QtWidgets import QApplication

from eventplanner.domain.data import SlotData


def block_fonts() -> tuple[QFont, QFont, QFont]:
    """Time, title and participant fonts, derived from the application font (see `forget_fonts`)."""
    if not _FONT_CACHE:
        fonts = _make_fonts(QApplication.font())
        _FONT_CACHE[:] = [fonts, tuple(QFontMetricsF(f).height() for f in fonts)]
    return cast("tuple[QFont, QFont, QFont]", _FONT_CACHE[0])


def line_heights() -> tuple[float, float, float]:
    """Line heights of the time, title and participant fonts."""
    block_fonts()
    return cast("tuple[float, float, float]", _FONT_CACHE[1])


def forget_fonts() -> None:
    """The application font changed: derive the blocks' fonts again (the scene then re-lays out its blocks)."""
    _FONT_CACHE.clear()
    _METRICS.clear()


_FONT_CACHE: list = []
_METRICS: dict[int, tuple[QFontMetricsF, float]] = {}
"""Metrics and line height of the blocks' fonts, by id (the fonts live in _FONT_CACHE until forget_fonts)."""


def metrics(font: QFont) -> tuple[QFontMetricsF, float]:
    """`font`'s metrics and line height, made once per font rather than once per line laid out."""
    found = _METRICS.get(id(font))
    if found is None:
        fm = QFontMetricsF(font)
        found = _METRICS[id(font)] = (fm, fm.height())
    return found

def _make_fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    time_font = QFont(base)
    time_font.setPointSizeF(size * 0.85)
    time_font.setBold(True)
    title = QFont(base)
    title.setPointSizeF(size * 0.95)
    title.setWeight(QFont.Weight.DemiBold)
    people = QFont(base)
    people.setPointSizeF(size * 0.85)
    return time_font, title, people



def hh_mm(moment: datetime) -> str:
    # Not strftime: it costs ten times more, and every block that first shows formats two times.
    return f"{moment.hour:02d}:{moment.minute:02d}"


def time_range(slot: SlotData) -> str:
    """SlotData.time_range ('10:00–10:30', a slot ending at midnight ends at '24:00'), formatted faster."""
    end = slot.end
    end_text = "24:00" if end.hour == end.minute == 0 and end.date() > slot.start.date() else hh_mm(end)
    return f"{hh_mm(slot.start)}–{end_text}"


def wrap_all(text: str, font: QFont, width: float) -> list[str]:
    """`text` wrapped at word boundaries to `width`, every line."""
    if width <= 4 or not text:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines


def fit_lines(lines: list[str], font: QFont, width: float, max_lines: int) -> list[str]:
    """The first `max_lines` of wrapped `lines`, the last one elided if the text goes on."""
    if max_lines <= 0 or width <= 4:
        return []
    if len(lines) <= max_lines:
        return lines
    # The cut line and the next one already overflow `width`: eliding more of the rest gives the same text.
    rest = " ".join(lines[max_lines - 1 : max_lines + 1])
    last = QFontMetricsF(font).elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)
    return [*lines[: max_lines - 1], last]


class Paragraph:
    """A text wrapped to `width` by Qt in one layout that is also what gets drawn (a multi-line QStaticText,
    pixel for pixel the lines drawn one by one). Its lines are split out in Python only when a block cuts it."""

    def __init__(self, text: str, font: QFont, width: float) -> None:
        self.text, self.font, self.width = text, font, width
        self._lines: list[str] | None = None

    @cached_property
    def static(self) -> QStaticText:
        """The paragraph laid out, made on first use: a block too short for it (one line) never lays it out."""
        static = QStaticText(self.text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        if self.text and self.width > 4:
            static.setTextWidth(self.width)
            static.prepare(QTransform(), self.font)
        return static

    @cached_property
    def count(self) -> int:
        """How many lines the paragraph takes."""
        if not self.text or self.width <= 4:
            return 0
        return max(1, round(self.static.size().height() / metrics(self.font)[1]))

    def lines(self) -> list[str]:
        """Every wrapped line (the same breaks as the paragraph), for cutting it short."""
        if self._lines is None:
            self._lines = wrap_all(self.text, self.font, self.width)
        return self._lines

    def __len__(self) -> int:
        return self.count

    def __bool__(self) -> bool:
        return self.count > 0


Line = tuple[QFont, QColor, "str | Paragraph"]


@dataclass(frozen=True)
class TextLines:
    """A block's lines with their baselines and extent (from the text origin), measured once."""

    lines: tuple[tuple[QFont, QColor, QStaticText, float], ...]
    """Font, colour, text and the line's top."""
    extent: QRectF

    @staticmethod
    def make(lines: list[Line], known: dict[tuple[int, str], tuple[QStaticText, float]]) -> TextLines:
        """`known` keeps each line's QStaticText and advance by (font, text) for the next set of lines: a zoom
        that adds or drops a line lays out only that one."""
        placed: list[tuple[QFont, QColor, QStaticText, float]] = []
        width = y = 0.0
        for font, colour, text in lines:
            fm, height = metrics(font)
            if isinstance(text, Paragraph):
                # Wrapped to its width, but a word longer than that reaches past it: always clipped.
                placed.append((font, colour, text.static, y))
                width = float("inf")
                y += height * text.count
                continue
            found = known.get((id(font), text))
            if found is None:
                # Drawn at its top left, a QStaticText sits exactly where drawText puts a baseline at
                # top + ascent; it keeps its glyph positions, so drawing it again lays out nothing.
                static = QStaticText(text)
                static.setTextFormat(Qt.TextFormat.PlainText)
                found = known[(id(font), text)] = (static, fm.horizontalAdvance(text))
            width = max(width, found[1])
            placed.append((font, colour, found[0], y))
            y += height
        # Glyphs may reach a little past their advance (italics, accents): a pixel or two around.
        return TextLines(tuple(placed), QRectF(-2, -1, min(width, 1e6) + 4, y + 2))

    def draw(self, painter: QPainter, origin: QPointF, room: QRectF) -> None:
        """Draw from `origin`, clipped to `room` (painter coordinates) only if some line reaches past it."""
        clip = not room.contains(self.extent.translated(origin))
        if clip:
            painter.save()
            painter.setClipRect(room, Qt.ClipOperation.IntersectClip)
        x, y = origin.x(), origin.y()
        font: QFont | None = None
        colour: QColor | None = None
        for line_font, line_colour, text, top in self.lines:
            if line_font is not font:
                font = line_font
                painter.setFont(font)
            if line_colour is not colour:
                colour = line_colour
                painter.setPen(colour)
            painter.drawStaticText(QPointF(x, y + top), text)
        if clip:
            painter.restore()


@dataclass(frozen=True)
class Wrapped:
    """A block's texts wrapped to one width: what any height of the block chooses its lines from."""

    width: float
    time: str
    title: Paragraph
    names: Paragraph
    title_text: str
    start: str
    fitted: dict[tuple[str, int], list[str | Paragraph]] = field(default_factory=dict)
    """What `count` lines show of a text (the paragraph, or its lines cut with '…'), by (which text, count):
    zooming back and forth elides nothing again."""
    statics: dict[tuple[int, str], tuple[QStaticText, float]] = field(default_factory=dict)
    """The lines laid out for drawing (see TextLines.make), by font and text."""
    chosen: dict[tuple[bool, int, int], TextLines] = field(default_factory=dict)
    """The lines drawn for each choice of (one line, title lines, participant lines): a zoom back to a height
    seen before takes its lines from here."""

    def fit(self, which: str, count: int) -> list[str | Paragraph]:
        key = (which, count)
        found = self.fitted.get(key)
        if found is None:
            text = self.title if which == "title" else self.names
            if count <= 0 or not text:
                found = []
            elif count >= len(text):
                found = [text]
            else:
                found = list(fit_lines(text.lines(), text.font, self.width, count))
            self.fitted[key] = found
        return found
