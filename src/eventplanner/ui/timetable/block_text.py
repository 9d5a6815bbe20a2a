"""A block's texts: the fonts, the times, and the title and speakers wrapped to its width, cut to its height.

Wrapping is done once per width (`Wrapped`); a height only picks how many lines show. A title or the speakers
are one QTextLayout (`Paragraph`) that counts the lines, gives their text and draws them: whole if the text
fits, else its first lines (`FirstLines`) and then the cut line elided with '…' (`Elided`, the only text laid
out again). Times are QStaticTexts shared by every block showing them. `TextLines` is what a block draws, with
where each line goes and how far the text reaches (clipped only if a long word reaches past the block).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText, QTextLayout
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
    _SHARED.clear()


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


def time_range(slot: SlotData, start: str | None = None) -> str:
    """SlotData.time_range ('10:00–10:30', a slot ending at midnight ends at '24:00'), formatted faster
    (`start`: the start already formatted by hh_mm)."""
    end = slot.end
    end_text = "24:00" if end.hour == end.minute == 0 and end.date() > slot.start.date() else hh_mm(end)
    return f"{start or hh_mm(slot.start)}–{end_text}"


_ELIDE_RIGHT = Qt.TextElideMode.ElideRight


def elided_line(lines: list[str], font: QFont, width: float) -> str:
    """The last line of a text cut short, from the `lines` it would take there and next: what fits, with '…'."""
    # The cut line and the next one already overflow `width`: eliding more of the rest gives the same text.
    return metrics(font)[0].elidedText(" ".join(lines) + " …", _ELIDE_RIGHT, width)


class Paragraph:
    """A text wrapped to `width` by Qt in one QTextLayout, which also draws it: the layout is the line count,
    the lines' text and widths, and the glyphs drawn (nothing is laid out again to draw the text whole or to
    draw its first lines; only the elided last line of a cut text is).

    The layout is made on first use (a block too short for the text, one line, never lays it out) and kept
    for drawing (its glyphs are cached). Plain attributes, no properties: a block's first paint reads them
    a dozen times."""

    __slots__ = ("_layout", "_widest", "count", "font", "text", "width")

    def __init__(self, text: str, font: QFont, width: float) -> None:
        self.text, self.font, self.width = text, font, width
        self._layout: QTextLayout | None = None
        self._widest = -1.0
        self.count = -1
        """How many lines the paragraph takes (-1 until laid out: see `lay_out`)."""

    def lay_out(self) -> int:
        """Wrap the text (once); how many lines it takes."""
        if self.count >= 0:
            return self.count
        layout = self._layout = QTextLayout(self.text, self.font)
        if not self.text or self.width <= 4:
            self.count = 0
            return 0
        layout.setCacheEnabled(True)
        width = self.width
        layout.beginLayout()
        y = 0.0
        line = layout.createLine()
        while line.isValid():
            line.setLineWidth(width)
            # Lines a whole line height apart (QTextLine.height, the font's height rounded up), as a
            # multi-line QStaticText or drawText place them.
            line.setPosition(QPointF(0, y))
            y += line.height()
            line = layout.createLine()
        layout.endLayout()
        self.count = layout.lineCount()
        return self.count

    @property
    def layout(self) -> QTextLayout:
        """The text laid out (what draws it whole)."""
        self.lay_out()
        return cast(QTextLayout, self._layout)

    def lines(self, first: int = 0, last: int | None = None) -> list[str]:
        """The text of wrapped lines `first` to `last` (all by default), for cutting the paragraph short."""
        layout, text = self.layout, self.text
        texts = []
        for i in range(first, min(layout.lineCount(), self.count if last is None else last)):
            line = layout.lineAt(i)
            start = line.textStart()
            texts.append(text[start : start + line.textLength()].rstrip())
        return texts

    def widest(self, count: int) -> float:
        """How wide the first `count` lines reach: at most `width`, unless a word longer than that reaches
        past it (then the widest of those lines). Measured once for the whole text in the usual case."""
        if self._widest < 0:
            layout = self.layout
            self._widest = max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())),
                               default=0.0)
        if self._widest <= self.width:
            return self.width
        layout = self.layout
        return max((layout.lineAt(i).naturalTextWidth() for i in range(min(count, layout.lineCount()))),
                   default=0.0)

    def __len__(self) -> int:
        return self.lay_out()

    def __bool__(self) -> bool:
        return self.lay_out() > 0


class FirstLines:
    """The first `count` lines of a paragraph, drawn from its layout (a cut text: the elided line follows),
    one line height apart like every other line of the block (not the paragraph's rounded-up spacing)."""

    def __init__(self, paragraph: Paragraph, count: int) -> None:
        self.paragraph, self.count = paragraph, count

    def text(self) -> str:
        return "\n".join(self.paragraph.lines(0, self.count))

    def draw(self, painter: QPainter, origin: QPointF) -> None:
        layout = self.paragraph.layout
        height = metrics(self.paragraph.font)[1]
        x, y = origin.x(), origin.y()
        for i in range(self.count):
            line = layout.lineAt(i)
            line.draw(painter, QPointF(x, y + i * height - line.y()))


Line = tuple[QFont, QColor, "str | Paragraph | FirstLines"]
"""What a line of a block shows: a line of text (Elided if cut to the width), a whole paragraph, or the first
lines of one."""

_SHARED: dict[tuple[int, str], tuple[QStaticText, float]] = {}
"""Short lines every block may show (times), laid out once for all blocks, by font and text."""
MAX_SHARED = 4000


def shared_line(font: QFont, text: str) -> tuple[QStaticText, float]:
    """`text` laid out for drawing in `font` and its advance, shared by every block that shows it."""
    key = (id(font), text)
    found = _SHARED.get(key)
    if found is None:
        if len(_SHARED) >= MAX_SHARED:
            _SHARED.clear()
        found = _SHARED[key] = (_static(text), metrics(font)[0].horizontalAdvance(text))
    return found


def _static(text: str) -> QStaticText:
    # Drawn at its top left, a QStaticText sits exactly where drawText puts a baseline at top + ascent; it
    # keeps its glyph positions, so drawing it again lays out nothing.
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    return static


TEXT_ORIGIN = (8.0, 2.0)
"""Where a block's text starts, from the block's top left corner."""


@dataclass(frozen=True)
class TextLines:
    """A block's lines with their tops and extent (from the text origin), measured once."""

    lines: tuple[tuple[QFont, QColor, QStaticText | QTextLayout | FirstLines, float], ...]
    """Font, colour, what is drawn (each has text()) and its top."""
    extent: QRectF

    @staticmethod
    def make(lines: list[Line], known: dict[str, QStaticText], width: float) -> TextLines:
        """`known` keeps the block's own lines (elided ones, by text) for the next set of lines: a zoom that
        adds or drops a line lays out only that one. `width` is the widest a line elided to fit may be."""
        placed: list[tuple[QFont, QColor, QStaticText | QTextLayout | FirstLines, float]] = []
        widest = y = bottom = 0.0
        for font, colour, text in lines:
            height = metrics(font)[1]
            if isinstance(text, Paragraph):
                placed.append((font, colour, text.layout, y))
                widest = max(widest, text.widest(text.count))
                # Its own lines are a rounded-up line height apart (see Paragraph.lay_out): a little lower.
                last = text.layout.lineAt(text.count - 1)
                bottom = max(bottom, y + last.y() + last.height())
                y += height * text.count
            elif isinstance(text, FirstLines):
                placed.append((font, colour, text, y))
                widest = max(widest, text.paragraph.widest(text.count))
                y += height * text.count
            elif isinstance(text, Elided):
                static = known.get(text)
                if static is None:
                    static = known[text] = _static(text)
                placed.append((font, colour, static, y))
                widest = max(widest, width)
                y += height
            else:
                static, advance = shared_line(font, text)
                placed.append((font, colour, static, y))
                widest = max(widest, advance)
                y += height
        # Glyphs may reach a little past their advance (italics, accents): a pixel or two around.
        return TextLines(tuple(placed), QRectF(-2, -1, min(widest, 1e6) + 4, max(y, bottom) + 2))

    def draw(self, painter: QPainter, width: float, height: float) -> None:
        """Draw in a block `width` x `height` (from TEXT_ORIGIN), clipped to the frame's inner edges only if
        some line reaches past them."""
        right, bottom = self.reach
        clip = right > width - 2 or bottom > height - 1
        if clip:
            painter.save()
            painter.setClipRect(QRectF(6, 1, width - 8, height - 2), Qt.ClipOperation.IntersectClip)
        font: QFont | None = None
        colour: QColor | None = None
        for line_font, line_colour, text, at in self.placed:
            if line_font is not font:
                font = line_font
                painter.setFont(font)
            if line_colour is not colour:
                colour = line_colour
                painter.setPen(colour)
            if isinstance(text, QStaticText):
                painter.drawStaticText(at, text)
            else:
                text.draw(painter, at)
        if clip:
            painter.restore()

    @cached_property
    def placed(self) -> tuple[tuple[QFont, QColor, QStaticText | QTextLayout | FirstLines, QPointF], ...]:
        """The lines with where they are drawn in the block."""
        x, y = TEXT_ORIGIN
        return tuple((font, colour, text, QPointF(x, y + top)) for font, colour, text, top in self.lines)

    @cached_property
    def reach(self) -> tuple[float, float]:
        """How far right and down the text reaches in the block."""
        x, y = TEXT_ORIGIN
        return x + self.extent.right(), y + self.extent.bottom()


class Elided(str):
    """A line cut to fit the block's width with '…' (never wider than that width: not measured again)."""


@dataclass(frozen=True)
class Wrapped:
    """A block's texts wrapped to one width: what any height of the block chooses its lines from."""

    width: float
    time: str
    title: Paragraph
    names: Paragraph
    title_text: str
    start: str
    fitted: dict[tuple[str, int], list[str | Paragraph | FirstLines]] = field(default_factory=dict)
    """What `count` lines show of a text (the paragraph, or its first lines and the next cut with '…'), by
    (which text, count): zooming back and forth elides nothing again."""
    statics: dict[str, QStaticText] = field(default_factory=dict)
    """The block's elided lines laid out for drawing (see TextLines.make), by text."""
    chosen: dict[tuple[bool, int, int], TextLines] = field(default_factory=dict)
    """The lines drawn for each choice of (one line, title lines, participant lines): a zoom back to a height
    seen before takes its lines from here."""

    def fit(self, which: str, count: int) -> list[str | Paragraph | FirstLines]:
        key = (which, count)
        found = self.fitted.get(key)
        if found is None:
            text = self.title if which == "title" else self.names
            found = []
            if count > 0 and text:
                if count >= len(text):
                    found = [text]
                else:
                    last = Elided(elided_line(text.lines(count - 1, count + 1), text.font, self.width))
                    found = [FirstLines(text, count - 1), last] if count > 1 else [last]
            self.fitted[key] = found
        return found
