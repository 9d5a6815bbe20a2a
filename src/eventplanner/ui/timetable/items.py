"""One slot as a block: painted by kind, hover cursor for the resize edge, drag to move or resize with 5-minute snap.

The drag is a small API (`begin_drag`, `drag_to`, `end_drag`) that the mouse handlers call; the block only
previews the change and then asks its scene (`TimetableScene.request_move/request_resize`), which emits the
request for the controller. Until the database answers, the block goes back where its data says it is.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF, QTextLayout
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from eventplanner.domain.enums import PARTICIPANT_ROLE_LABELS, SLOT_KIND_LABELS, ParticipantRole
from eventplanner.domain.timetable_layout import (
    DAY_MINUTES,
    KIND_COLOURS,
    MUTED_TEXT_COLOUR,
    SNAP_MINUTES,
    TEXT_COLOUR,
    WARNING_COLOUR,
    Block,
    snap,
)

if TYPE_CHECKING:
    from eventplanner.ui.timetable.scene import TimetableScene

RESIZE_EDGE = 6.0
"""Pixels above the lower edge where a press resizes instead of moving."""
SELECTED_COLOUR = "#1565c0"


def tr(text: str) -> str:
    return QCoreApplication.translate("Timetable", text)


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """`text` wrapped at word boundaries into at most `max_lines` lines, the last one elided if cut."""
    if max_lines <= 0 or width <= 4 or not text:
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
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        last = QFontMetricsF(font).elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)
        lines = [*lines[: max_lines - 1], last]
    return lines


def _fonts() -> tuple[QFont, QFont, QFont]:
    """Time, title and participant fonts, derived from the application font (rebuilt when it changes)."""
    base = QApplication.font()
    key = base.key()
    if _FONT_CACHE and _FONT_CACHE[0] == key:
        return _FONT_CACHE[1]
    fonts = _make_fonts(base)
    _FONT_CACHE[:] = [key, fonts]
    return fonts


_FONT_CACHE: list = []


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


class BlockItem(QGraphicsItem):
    """A slot block. `block` is its layout (slot data, lane, conflict flags); `rect` its size at the scene's zoom."""

    def __init__(self, block: Block, rect: QRectF) -> None:
        super().__init__()
        self.block = block
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self._home = QPointF(rect.x(), rect.y())
        self._lines: tuple[tuple[float, float], list[tuple[QFont, QColor, str]]] | None = None
        self._hover = False
        self._drag: tuple[str, QPointF] | None = None
        self._preview: tuple[int, int, int] | None = None  # (start minute, duration, column) while dragging
        self.setPos(self._home)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setToolTip(self._tooltip())

    @property
    def slot_id(self) -> int:
        return self.block.slot_id

    def _scene(self) -> TimetableScene:
        # The scene imports this module; a cast instead of an isinstance check keeps the import one-way.
        return cast("TimetableScene", self.scene())

    # Data and geometry ---------------------------------------------------------------------------

    def set_block(self, block: Block, rect: QRectF) -> None:
        """New data or a new zoom: move, resize and repaint (the text is laid out again lazily)."""
        if block != self.block:
            self.block = block
            self.setToolTip(self._tooltip())
        self._place(rect)
        self._lines = None
        self.update()

    def _place(self, rect: QRectF) -> None:
        if rect.size() != self._rect.size():
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, rect.width(), rect.height())
            self._lines = None
        self._home = QPointF(rect.x(), rect.y())
        self.setPos(self._home)

    def home_rect(self) -> QRectF:
        """Where the block's data puts it in the scene (its position while not dragged)."""
        return QRectF(self._home, self._rect.size())

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def _tooltip(self) -> str:
        s = self.block.slot
        head = f"<b>{escape(s.time_range)}</b> · {escape(tr(SLOT_KIND_LABELS[s.kind]))}"
        parts = [head, f"<b>{escape(s.title)}</b>" if s.title else ""]
        if s.room_name:
            parts.append(escape(s.room_name))
        for p in s.participants:
            role = "" if p.role is ParticipantRole.SPEAKER else f"{tr(PARTICIPANT_ROLE_LABELS[p.role])}: "
            org = f", {p.person.organization_name}" if p.person.organization_name else ""
            parts.append(f"{escape(role + p.person.display_name)}<i>{escape(org)}</i>")
        if s.description:
            parts.append(f"<i>{escape(s.description[:400])}</i>")
        for problem in self.block.problems:
            parts.append(f"<span style='color:{WARNING_COLOUR}'>⚠ {escape(problem)}</span>")
        return "<br>".join(p for p in parts if p)

    # Painting -----------------------------------------------------------------------------------

    def _text_lines(self) -> list[tuple[QFont, QColor, str]]:
        """Time, title and participants as space allows, cached until the size or data changes."""
        key = (self._rect.width(), self._rect.height())
        if self._lines is not None and self._lines[0] == key:
            return self._lines[1]
        s = self.block.slot
        time_font, title_font, people_font = _fonts()
        muted = s.kind.is_pause
        ink = QColor(MUTED_TEXT_COLOUR if muted else TEXT_COLOUR)
        grey = QColor(MUTED_TEXT_COLOUR)
        width = self._rect.width() - 12 - (14 if self.block.flagged else 0)
        height = self._rect.height() - 4
        out: list[tuple[QFont, QColor, str]] = []
        time_h = QFontMetricsF(time_font).height()
        title = s.title or tr(SLOT_KIND_LABELS[s.kind])
        title_h = QFontMetricsF(title_font).height()
        if height < time_h + title_h:  # a short block: time and title on one line
            line = f"{s.start:%H:%M} {title}"
            fm = QFontMetricsF(title_font)
            out.append((title_font, ink, fm.elidedText(line, Qt.TextElideMode.ElideRight, width)))
        else:
            out.append((time_font, grey, s.time_range))
            height -= time_h
            names = ", ".join(p.person.display_name for p in s.participants)
            people_h = QFontMetricsF(people_font).height()
            room_for_people = 1 if names and height >= title_h + people_h else 0
            title_lines = wrap_lines(title, title_font, width, int((height - room_for_people * people_h) // title_h))
            out += [(title_font, ink, t) for t in title_lines]
            height -= len(title_lines) * title_h
            if names and height >= people_h:
                out += [(people_font, grey, t) for t in wrap_lines(names, people_font, width, int(height // people_h))]
        self._lines = (key, out)
        return out

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._rect
        fill, accent = (QColor(c) for c in KIND_COLOURS[self.block.slot.kind])
        if self.isSelected():
            fill = fill.darker(106)
        elif self._hover:
            fill = fill.darker(104)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(accent.lighter(150), 1))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.fillRect(QRectF(r.x(), r.y(), 4, r.height()), accent)
        if self.block.flagged:
            painter.setPen(QPen(QColor(WARNING_COLOUR), 2.5, Qt.PenStyle.DashLine if not self.block.room_overlap
                                else Qt.PenStyle.SolidLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.adjusted(1.25, 1.25, -1.25, -1.25), 3, 3)
            self._paint_warning(painter, QPointF(r.right() - 13, r.top() + 3))
        if self.isSelected():
            painter.setPen(QPen(QColor(SELECTED_COLOUR), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = 3.0 if self.block.flagged else 1.25
            painter.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.save()
        painter.setClipRect(r.adjusted(6, 1, -2, -1))
        y = r.top() + 2
        for font, colour, text in self._preview_lines() or self._text_lines():
            painter.setFont(font)
            painter.setPen(colour)
            fm = QFontMetricsF(font)
            painter.drawText(QPointF(r.left() + 8, y + fm.ascent()), text)
            y += fm.height()
        painter.restore()

    def _preview_lines(self) -> list[tuple[QFont, QColor, str]]:
        if self._preview is None:
            return []
        start, duration, _col = self._preview
        end = start + duration
        text = f"{start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}"
        font = _fonts()[0]
        return [(font, QColor(SELECTED_COLOUR), text), *self._text_lines()[1:]]

    @staticmethod
    def _paint_warning(painter: QPainter, at: QPointF) -> None:
        tri = QPolygonF([at + QPointF(5, 0), at + QPointF(10, 9), at + QPointF(0, 9)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(WARNING_COLOUR))
        painter.drawPolygon(tri)
        painter.setPen(QPen(QColor("white"), 1.2))
        painter.drawLine(at + QPointF(5, 2.5), at + QPointF(5, 6))
        painter.drawPoint(at + QPointF(5, 7.6))

    # Hover and mouse ---------------------------------------------------------------------------

    def _on_edge(self, local: QPointF) -> bool:
        return local.y() >= self._rect.bottom() - min(RESIZE_EDGE, self._rect.height() / 3)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        edge = self._on_edge(event.pos())
        self.setCursor(Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.OpenHandCursor)
        if not self._hover:
            self._hover = True
            self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.unsetCursor()
        self.update()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)  # selection
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_drag(event.scenePos(), resize=self._on_edge(event.pos()))
            event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is not None:
            self.drag_to(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is not None:
            self.end_drag()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._drag = None
        self._scene().slotActivated.emit(self.slot_id)
        event.accept()

    # The drag API (called by the mouse handlers, and by tests) -----------------------------------

    def begin_drag(self, scene_pos: QPointF, resize: bool = False) -> None:
        self._drag = ("resize" if resize else "move", QPointF(scene_pos))
        self._preview = None

    def drag_to(self, scene_pos: QPointF) -> None:
        """Preview the block at the snapped place (or length) under `scene_pos`."""
        if self._drag is None:
            return
        mode, origin = self._drag
        delta = scene_pos - origin
        if self._preview is None and delta.manhattanLength() < QApplication.startDragDistance():
            return
        grid = self._scene().grid
        b = self.block
        duration = b.slot.duration_minutes
        if mode == "resize":
            new_duration = max(SNAP_MINUTES, snap(duration + delta.y() / grid.px_per_minute))
            new_duration = min(new_duration, DAY_MINUTES - b.start_minute)
            self._preview = (b.start_minute, new_duration, b.column)
            self.prepareGeometryChange()
            self._rect.setHeight(max(1.0, new_duration * grid.px_per_minute - grid.gap))
        else:
            start = max(0, min(DAY_MINUTES - max(duration, 1), b.start_minute + snap(delta.y() / grid.px_per_minute)))
            column = grid.column_at(scene_pos.x())
            self._preview = (start, duration, column)
            self.prepareGeometryChange()
            self._rect.setWidth(grid.column_width - 2 * grid.gap)
            self.setPos(grid.x_of(column) + grid.gap, grid.y_of(start) + grid.gap / 2)
            self.setZValue(10)
        self.update()

    def end_drag(self) -> None:
        """Ask for the previewed change (if any), then go back home until the data says otherwise."""
        mode = self._drag[0] if self._drag else "move"
        preview, self._drag, self._preview = self._preview, None, None
        self.setZValue(0)
        scene = self._scene()
        self.set_block(self.block, scene.rect_for(self.block))
        if preview is None:
            return
        start, duration, column = preview
        b = self.block
        if mode == "resize" and duration != b.slot.duration_minutes:
            scene.request_resize(self.slot_id, duration)
        elif mode == "move" and (start != b.start_minute or column != b.column):
            scene.request_move(self.slot_id, start, column)
