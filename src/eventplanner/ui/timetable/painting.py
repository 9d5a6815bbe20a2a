"""How a block is drawn when its cached picture is missing: a shared frame picture, then its lines.

A block keeps its picture in a device-coordinate cache, so paint() runs only when a block first shows or its
size or look changes (a zoom repaints every visible block). Rasterizing an antialiased rounded rectangle costs
about 0.1 ms, more than the rest of the block; frames are therefore shared: blocks of one kind, state and size
(most blocks of a day) use one picture, rendered at the painter's device pixel ratio and drawn on whole device
pixels, so nothing is scaled (sharp at any zoom or ratio); at most MAX_FRAMES are kept. Painters that scale
or rotate (printing, `QGraphicsScene.render` into another size) get the vector drawing instead. Text is wrapped
once per width; each line is laid out (QStaticText) and measured once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QStaticText,
    QTextLayout,
    QTransform,
)

from eventplanner.domain.timetable_layout import WARNING_COLOUR

SELECTED_COLOUR = "#1565c0"
CORNER_RADIUS = 3.0
ACCENT_WIDTH = 4.0
MAX_FRAMES = 400
"""Frame pictures kept (a day at one zoom uses a few dozen; each is a block's size, some 30 kB)."""
_FRAMES: dict[tuple[tuple[int, int, int, bool], int, int, float], QPixmap] = {}
TEXT_ORIGIN = QPointF(8, 2)
"""Where a block's text starts, from the block's top left corner."""


@dataclass(frozen=True)
class FrameLook:
    """Everything a block's frame shows besides its size."""

    fill: QColor
    accent: QColor
    flag: Qt.PenStyle | None = None
    """The warning outline's style (dashed: a double-booked person, solid: a room clash), None without."""
    selected: bool = False

    @cached_property
    def key(self) -> tuple[int, int, int, bool]:
        return self.fill.rgba(), self.accent.rgba(), -1 if self.flag is None else self.flag.value, self.selected


def draw_frame_vector(painter: QPainter, r: QRectF, look: FrameLook) -> None:
    """The block's frame: fill with a thin border, an accent bar on the left, warning and selection outlines."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(look.accent.lighter(150), 1))
    painter.setBrush(look.fill)
    painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), CORNER_RADIUS, CORNER_RADIUS)
    painter.fillRect(QRectF(r.x(), r.y(), ACCENT_WIDTH, r.height()), look.accent)
    if look.flag is not None:
        painter.setPen(QPen(QColor(WARNING_COLOUR), 2.5, look.flag))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(r.adjusted(1.25, 1.25, -1.25, -1.25), 3, 3)
        _draw_warning(painter, QPointF(r.right() - 13, r.top() + 3))
    if look.selected:
        painter.setPen(QPen(QColor(SELECTED_COLOUR), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = 3.0 if look.flag is not None else 1.25
        painter.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), 3, 3)


def _draw_warning(painter: QPainter, at: QPointF) -> None:
    tri = QPolygonF([at + QPointF(5, 0), at + QPointF(10, 9), at + QPointF(0, 9)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(WARNING_COLOUR))
    painter.drawPolygon(tri)
    painter.setPen(QPen(QColor("white"), 1.2))
    painter.drawLine(at + QPointF(5, 2.5), at + QPointF(5, 6))
    painter.drawPoint(at + QPointF(5, 7.6))


def _new_pixmap(width: int, height: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(max(1, width), max(1, height))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def frame_pixmap(look: FrameLook, width: int, height: int, ratio: float) -> QPixmap:
    """The frame `width` x `height` device pixels large, shared by every block that looks the same."""
    key = (look.key, width, height, ratio)
    found = _FRAMES.get(key)
    if found is not None:
        return found
    if len(_FRAMES) >= MAX_FRAMES:
        _FRAMES.clear()  # a new zoom or window size: the sizes in use are about to change anyway
    pixmap = _new_pixmap(width, height, ratio)
    p = QPainter(pixmap)
    draw_frame_vector(p, QRectF(0, 0, width / ratio, height / ratio), look)
    p.end()
    _FRAMES[key] = pixmap
    return pixmap


def snapped(painter: QPainter, r: QRectF) -> tuple[QRectF, float] | None:
    """`r` moved and sized to whole device pixels, and the device pixel ratio; None if the painter scales."""
    t = painter.worldTransform()
    if t.type() not in (QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate):
        return None
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    dx, dy = t.dx(), t.dy()
    left, top = round((r.left() + dx) * ratio), round((r.top() + dy) * ratio)
    right, bottom = round((r.right() + dx) * ratio), round((r.bottom() + dy) * ratio)
    return QRectF(left / ratio - dx, top / ratio - dy, (right - left) / ratio, (bottom - top) / ratio), ratio


# Text ------------------------------------------------------------------------------------------------------


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
        self.static = QStaticText(text)
        self.static.setTextFormat(Qt.TextFormat.PlainText)
        self.count = 0
        if text and width > 4:
            self.static.setTextWidth(width)
            self.static.prepare(QTransform(), font)
            self.count = max(1, round(self.static.size().height() / QFontMetricsF(font).height()))

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
            fm = QFontMetricsF(font)
            if isinstance(text, Paragraph):
                # Wrapped to its width, but a word longer than that reaches past it: always clipped.
                placed.append((font, colour, text.static, y))
                width = float("inf")
                y += fm.height() * text.count
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
            y += fm.height()
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


def draw_block(painter: QPainter, r: QRectF, look: FrameLook, text: TextLines) -> None:
    """Paint a block: its frame from the shared picture (vector drawing if the painter scales or rotates), then
    its lines over it, within the frame's inner edges."""
    placed = snapped(painter, r)
    if placed is None:
        draw_frame_vector(painter, r, look)
    else:
        frame, ratio = placed
        width, height = round(frame.width() * ratio), round(frame.height() * ratio)
        painter.drawPixmap(frame.topLeft(), frame_pixmap(look, width, height, ratio))
    text.draw(painter, r.topLeft() + TEXT_ORIGIN, r.adjusted(6, 1, -2, -1))
