"""One slot as a block: painted by kind, hover cursor for the resize edge, drag to move or resize with 5-minute snap.

The drag is a small API (`begin_drag`, `drag_to`, `end_drag`) that the mouse handlers call; the block only
previews the change and then asks its scene (`TimetableScene.request_move/request_resize`), which emits the
request for the controller. Until the database answers, the block goes back where its data says it is.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from eventplanner.domain.enums import PARTICIPANT_ROLE_LABELS, SLOT_KIND_LABELS, ParticipantRole, SlotKind
from eventplanner.domain.timetable_layout import (
    DAY_MINUTES,
    KIND_COLOURS,
    MUTED_TEXT_COLOUR,
    SNAP_MINUTES,
    TEXT_COLOUR,
    WARNING_COLOUR,
    Block,
    clock_text,
    snap,
)
from eventplanner.ui.timetable.block_text import (
    Elided,
    Line,
    Paragraph,
    TextLines,
    Wrapped,
    block_fonts,
    hh_mm,
    line_heights,
    metrics,
    time_range,
)
from eventplanner.ui.timetable.painting import SELECTED_COLOUR, FrameLook, draw_block

if TYPE_CHECKING:
    from eventplanner.ui.timetable.scene import TimetableScene

RESIZE_EDGE = 6.0
"""Pixels above the lower edge where a press resizes instead of moving."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Timetable", text)


_KIND_COLOURS: dict[SlotKind, tuple[QColor, QColor]] = {}


_LOOKS: dict[tuple[SlotKind, bool, bool, Qt.PenStyle | None], FrameLook] = {}
_INKS: dict[str, QColor] = {}


def _ink(name: str) -> QColor:
    """A text colour as a QColor made once (parsing a colour name costs more than drawing a line)."""
    found = _INKS.get(name)
    if found is None:
        found = _INKS[name] = QColor(name)
    return found


def _kind_colours(kind: SlotKind) -> tuple[QColor, QColor]:
    """Fill and accent of a kind, as QColors made once."""
    found = _KIND_COLOURS.get(kind)
    if found is None:
        fill, accent = KIND_COLOURS[kind]
        found = _KIND_COLOURS[kind] = (QColor(fill), QColor(accent))
    return found


class BlockItem(QGraphicsRectItem):
    """A slot block. `block` is its layout (slot data, lane, conflict flags); `rect` its size at the scene's zoom.

    A QGraphicsRectItem so that the scene's many boundingRect() calls stay in C++; the invisible 4-pixel pen
    only widens the bounds by 2 pixels around the block (room for antialiased edges).
    """

    def __init__(self, block: Block, rect: QRectF) -> None:
        super().__init__(0, 0, rect.width(), rect.height())
        self.setPen(QPen(Qt.GlobalColor.transparent, 4))
        self.block = block
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self._size = (rect.width(), rect.height())
        """The block's width and height as floats (paint and zoom read them without calling into Qt)"""
        self._home = (rect.x(), rect.y())
        self._wrapped: Wrapped | None = None
        self._text: tuple[tuple[object, ...], tuple[object, ...], TextLines] | None = None
        """(size and preview, chosen line counts, the lines) of the last paint"""
        self._hover = False
        self._drag: tuple[str, QPointF] | None = None
        self._preview: tuple[int, int, int] | None = None  # (start minute, duration, column) while dragging
        self.setPos(*self._home)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        # Repaints that leave the block as it was (scrolling, other blocks moving) copy its picture from the
        # device cache without calling paint(); paint() itself assembles the block from shared pictures.
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
        """New data or a new zoom: move, resize and repaint. A block that only moves keeps its pictures."""
        if block is not self.block and block != self.block:
            self._wrapped = self._text = None
            self.block = block
            self.setToolTip(self._tooltip())
            self.update()
        self._place(rect)

    def _resize(self, width: float, height: float) -> None:
        """A new size repaints the frame; a block that only moves is blitted from its cached picture."""
        if (width, height) != self._size:
            self._size = (width, height)
            self._rect = QRectF(0, 0, width, height)
            self.setRect(self._rect)  # prepares the geometry change and repaints

    def _place(self, rect: QRectF) -> None:
        self.place(rect.x(), rect.y(), rect.width(), rect.height())

    def place(self, x: float, y: float, width: float, height: float) -> None:
        """Move and size the block where its data puts it (a zoom calls this for every block)."""
        if (width, height) != self._size:
            self._resize(width, height)
        self._home = (x, y)
        self.setPos(x, y)

    def home_rect(self) -> QRectF:
        """Where the block's data puts it in the scene (its position while not dragged)."""
        return QRectF(*self._home, *self._size)

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

    def _wrap(self) -> Wrapped:
        """The texts wrapped to the block's width, kept until the width or the data changes."""
        width = self._size[0] - 12 - (14 if self.block.flagged else 0)
        if self._wrapped is not None and self._wrapped.width == width:
            return self._wrapped
        s = self.block.slot
        _time_font, title_font, people_font = block_fonts()
        title = s.title or tr(SLOT_KIND_LABELS[s.kind])
        names = ", ".join(p.person.display_name for p in s.participants)
        start = hh_mm(s.start)
        self._wrapped = Wrapped(width, time_range(s, start), Paragraph(title, title_font, width),
                                 Paragraph(names, people_font, width), title, start)
        return self._wrapped

    def _line_counts(self, w: Wrapped) -> tuple[bool, int, int]:
        """(one line, title lines, participant lines) that fit the block's height: time, title and participants
        as space allows. Cheap: a zoom asks it of every block, and lays out only those whose answer changes."""
        time_h, title_h, people_h = line_heights()
        height = self._size[1] - 4
        if height < time_h + title_h:  # a short block: time and title on one line
            return True, 0, 0
        height -= time_h
        # The title's first line comes first (there is room for it here): without room for a speaker line too,
        # none shows, and the speakers are not laid out.
        names = w.names.lay_out() if height >= title_h + people_h else 0
        room_for_people = 1 if names else 0
        titles = min(w.title.lay_out(), max(0, int((height - room_for_people * people_h) // title_h)))
        height -= titles * title_h
        people = min(names, int(height // people_h)) if names and height >= people_h else 0
        return False, titles, people

    def text_lines(self) -> TextLines:
        """The lines that fit the block now, laid out again only when they change (a zoom mostly keeps them)."""
        size = (self._size, self._preview)
        if self._text is not None and self._text[0] == size:
            return self._text[2]
        preview = self._preview_text()
        w = self._wrap()
        choice = self._line_counts(w)
        counts = (preview, *choice)
        if self._text is not None and self._text[1] == counts:
            lines = self._text[2]
        elif preview is None:  # while dragging, every step shows other times: those are not kept
            found = w.chosen.get(choice)
            if found is None:
                found = w.chosen[choice] = TextLines.make(self._lines(w, None, *choice), w.statics, w.width)
            lines = found
        else:
            lines = TextLines.make(self._lines(w, preview, *choice), w.statics, w.width)
        self._text = (size, counts, lines)
        return lines

    def _lines(self, w: Wrapped, preview: str | None, one: bool, titles: int, people: int) -> list[Line]:
        time_font, title_font, people_font = block_fonts()
        s = self.block.slot
        grey = _ink(MUTED_TEXT_COLOUR)
        ink = grey if s.kind.is_pause else _ink(TEXT_COLOUR)
        lines: list[Line] = []
        if preview is not None:
            lines.append((time_font, _ink(SELECTED_COLOUR), preview))
        elif one:  # start and title on one line, for blocks too short for two
            line = f"{w.start} {w.title_text}"
            lines.append((title_font, ink, Elided(metrics(title_font)[0].elidedText(
                line, Qt.TextElideMode.ElideRight, w.width))))
        else:
            lines.append((time_font, grey, w.time))
        if not one:
            lines += [(title_font, ink, t) for t in w.fit("title", titles)]
            lines += [(people_font, grey, t) for t in w.fit("names", people)]
        return lines

    def forget_text(self) -> None:
        """Lay the text out again (the fonts changed)."""
        self._wrapped = self._text = None
        self.update()

    def look(self) -> FrameLook:
        """What the frame shows: kind colours, hover or selection, conflict outline."""
        selected = self.isSelected()
        flag = None
        if self.block.flagged:
            flag = Qt.PenStyle.SolidLine if self.block.room_overlap else Qt.PenStyle.DashLine
        key = (self.block.slot.kind, selected, self._hover and not selected, flag)
        found = _LOOKS.get(key)
        if found is None:
            fill, accent = _kind_colours(self.block.slot.kind)
            if selected:
                fill = fill.darker(106)
            elif self._hover:
                fill = fill.darker(104)
            found = _LOOKS[key] = FrameLook(fill, accent, flag, selected)
        return found

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        draw_block(painter, *self._size, self.look(), self.text_lines())

    def _preview_text(self) -> str | None:
        """While dragging: the previewed times, shown in place of the block's own."""
        if self._preview is None:
            return None
        start, duration, _col = self._preview
        end = start + duration
        # Minutes past 24:00 belong to the same conference day but read as a clock: 00:15, not 24:15 (an end
        # exactly at midnight stays 24:00, as printed programmes write it).
        return f"{clock_text(start % DAY_MINUTES)}–{clock_text(end)}"

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
            new_duration = min(new_duration, max(SNAP_MINUTES, self._day_end() - b.start_minute))
            self._preview = (b.start_minute, new_duration, b.column)
            self._resize(self._rect.width(), max(1.0, new_duration * grid.px_per_minute - grid.gap))
        else:
            latest = max(b.start_minute, self._day_end() - max(duration, 1))
            start = max(0, min(latest, b.start_minute + snap(delta.y() / grid.px_per_minute)))
            column = grid.column_at(scene_pos.x())
            self._preview = (start, duration, column)
            self._resize(grid.column_width - 2 * grid.gap, self._rect.height())
            self.setPos(grid.x_of(column) + grid.gap, grid.y_of(start) + grid.gap / 2)
            self.setZValue(10)
        self.update()

    def _day_end(self) -> int:
        """How far down a drag may go: 24:00, or the end of the day's hours past midnight shown (a show at 00:15
        on a day that changes at 04:00 stays movable in its own hours instead of jumping before midnight)."""
        layout = self._scene().layout
        return max(DAY_MINUTES, layout.last_minute) if layout is not None else DAY_MINUTES

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
