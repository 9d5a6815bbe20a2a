"""How a block is drawn when its cached picture is missing: a shared frame picture, then its lines
(block_text.py makes the lines).

A block keeps its picture in a device-coordinate cache, so paint() runs only when a block first shows or its
size or look changes (a zoom repaints every visible block). Rasterizing an antialiased rounded rectangle costs
about 0.1 ms, more than the rest of the block; frames are therefore shared: blocks of one kind, state and size
(most blocks of a day) use one picture, rendered at the painter's device pixel ratio and drawn on whole device
pixels, so nothing is scaled (sharp at any zoom or ratio); at most MAX_FRAMES are kept. Painters that scale
or rotate (printing, `QGraphicsScene.render` into another size) get the vector drawing instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
)

from eventplanner.domain.timetable_layout import WARNING_COLOUR
from eventplanner.ui.timetable.block_text import TextLines

SELECTED_COLOUR = "#1565c0"
CORNER_RADIUS = 3.0
ACCENT_WIDTH = 4.0
MAX_FRAMES = 400
"""Frame pictures kept (a day at one zoom uses a few dozen; each is a block's size, some 30 kB)."""
_FRAMES: dict[tuple[tuple[int, int, int, bool], int, int, float], QPixmap] = {}


@dataclass(frozen=True)
class FrameLook:
    """Everything a block's frame shows besides its size."""

    fill: QColor
    accent: QColor
    flag: Qt.PenStyle | None = None
    """The warning outline's style (dashed: a double-booked person, solid: a room clash), None without."""
    selected: bool = False

    def __post_init__(self) -> None:
        # A plain attribute, not a property: every block repaint reads it.
        key = (self.fill.rgba(), self.accent.rgba(), -1 if self.flag is None else self.flag.value, self.selected)
        object.__setattr__(self, "key", key)

    key: tuple[int, int, int, bool] = field(init=False, compare=False)


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


def draw_block(painter: QPainter, width: float, height: float, look: FrameLook, text: TextLines) -> None:
    """Paint a block `width` x `height` at the painter's origin: its frame from the shared picture (vector
    drawing if the painter scales or rotates), then its lines over it, within the frame's inner edges.

    Every block repaint of a zoom comes here: it calls into Qt as little as it can (no rectangles made to
    be measured, the painter's state set only where it changes)."""
    t = painter.worldTransform()
    if not t.isScaling():  # it moves at most (isScaling is true for rotations too; type() costs an enum)
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        dx, dy = t.dx(), t.dy()
        left, top = round(dx * ratio), round(dy * ratio)
        pixmap = frame_pixmap(look, round((width + dx) * ratio) - left, round((height + dy) * ratio) - top, ratio)
        painter.drawPixmap(QPointF(left / ratio - dx, top / ratio - dy), pixmap)
    else:
        draw_frame_vector(painter, QRectF(0, 0, width, height), look)
    text.draw(painter, width, height)
