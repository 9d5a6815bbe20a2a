"""The day as a QGraphicsScene: one BlockItem per slot, hour lines behind, the "now" line in front.

`set_layout` updates incrementally: unchanged blocks keep their item (and its cached pixmap), changed ones
are moved and repainted, gone ones removed. Zoom (`set_scale`) and column width only re-place items.
Requests leave as signals in layout terms (minutes of the day, column index); the widget turns them into
datetimes and room ids.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent, QWidget

from eventplanner.domain.timetable_layout import Block, DayLayout, Grid, minute_of_day, snap
from eventplanner.ui.timetable.block_text import forget_fonts
from eventplanner.ui.timetable.items import BlockItem

HOUR_LINE = "#c5cad0"
HALF_HOUR_LINE = "#e4e7ea"
STRIPE = "#f6f7f9"
NOW_LINE = "#e53935"
TOP_PAD = 10.0


class TimetableScene(QGraphicsScene):
    slotSelected = Signal(int)
    slotActivated = Signal(int)
    moveRequested = Signal(int, int, int)  # slot id, new start minute, column
    resizeRequested = Signal(int, int)  # slot id, new duration in minutes
    createRequested = Signal(int, int)  # start minute, column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout: DayLayout | None = None
        self.grid = Grid(columns=1, first_minute=9 * 60, left=0.0, top=TOP_PAD)
        self.items_by_id: dict[int, BlockItem] = {}
        self.clock: Callable[[], datetime] = datetime.now
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.selectionChanged.connect(self._selection_changed)
        self._quiet = False

    # Content ---------------------------------------------------------------------------------------

    def rect_for(self, block: Block) -> QRectF:
        return QRectF(*self.grid.block_rect(block))

    def set_layout(self, layout: DayLayout) -> None:
        """Show `layout`, reusing the items of blocks that are still there."""
        selected = self.selected_slot()
        self.layout = layout
        self.grid = Grid(
            columns=max(1, len(layout.columns)),
            first_minute=layout.first_minute,
            px_per_minute=self.grid.px_per_minute,
            column_width=self.grid.column_width,
            left=0.0,
            top=TOP_PAD,
        )
        wanted = {b.slot_id: b for b in layout.blocks}
        self._quiet = True
        try:
            for sid in [s for s in self.items_by_id if s not in wanted]:
                self.removeItem(self.items_by_id.pop(sid))
            for sid, block in wanted.items():
                item = self.items_by_id.get(sid)
                if item is None:
                    item = BlockItem(block, self.rect_for(block))
                    self.items_by_id[sid] = item
                    self.addItem(item)
                elif item.block != block or item.home_rect() != self.rect_for(block):
                    item.set_block(block, self.rect_for(block))
            if selected in self.items_by_id:
                self.items_by_id[selected].setSelected(True)
        finally:
            self._quiet = False
        self._grid_changed()

    def set_geometry(self, px_per_minute: float | None = None, column_width: float | None = None) -> None:
        """Zoom (pixels per minute) and column width: every block is re-placed, none rebuilt."""
        g = self.grid
        ppm = g.px_per_minute if px_per_minute is None else px_per_minute
        cw = g.column_width if column_width is None else column_width
        if (ppm, cw) == (g.px_per_minute, g.column_width):
            return
        self.grid = Grid(g.columns, g.first_minute, ppm, cw, g.left, g.top, g.gap)
        self._place_all(self.grid)
        self._grid_changed()

    def _place_all(self, g: Grid) -> None:
        """Grid.block_rect for every block in one loop (a zoom step places every block of the day; the calls
        it saves are a fifth of the step). test_timetable checks the two agree."""
        left, top, first, ppm, cw, gap = g.left, g.top + g.gap / 2, g.first_minute, g.px_per_minute, \
            g.column_width, g.gap
        for item in self.items_by_id.values():
            b = item.block
            lane_w = cw / max(1, b.lanes)
            item.place(left + b.column * cw + b.lane * lane_w + gap, top + (b.start_minute - first) * ppm,
                       max(1.0, lane_w - 2 * gap), max(1.0, (b.end_minute - b.start_minute) * ppm - gap))

    def _grid_changed(self) -> None:
        """New layout or geometry: resize the scene and draw the background again (the view caches it)."""
        last = self.layout.last_minute if self.layout else self.grid.first_minute + 60
        self.setSceneRect(QRectF(0, 0, self.grid.width, self.grid.y_of(last) + TOP_PAD))
        self.invalidate(QRectF(), QGraphicsScene.SceneLayer.BackgroundLayer)
        self.update()

    def fonts_changed(self) -> None:
        """The application font changed (the view tells): derive the blocks' fonts again and re-lay them out."""
        forget_fonts()
        for item in self.items_by_id.values():
            item.forget_text()

    # Selection -------------------------------------------------------------------------------------

    def selected_slot(self) -> int | None:
        for item in self.selectedItems():
            if isinstance(item, BlockItem):
                return item.slot_id
        return None

    def select_slot(self, slot_id: int | None, quiet: bool = False) -> BlockItem | None:
        """Select the block of `slot_id` (None clears). `quiet` does not emit slotSelected."""
        item = self.items_by_id.get(slot_id) if slot_id is not None else None
        was, self._quiet = self._quiet, quiet
        try:
            self.clearSelection()
            if item is not None:
                item.setSelected(True)
                item.setFocus()
        finally:
            self._quiet = was
        return item

    def _selection_changed(self) -> None:
        sid = self.selected_slot()
        if sid is not None and not self._quiet:
            self.slotSelected.emit(sid)

    # Requests from items and the mouse -------------------------------------------------------------

    def request_move(self, slot_id: int, start_minute: int, column: int) -> None:
        self.moveRequested.emit(slot_id, start_minute, column)

    def request_resize(self, slot_id: int, duration: int) -> None:
        self.resizeRequested.emit(slot_id, duration)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if isinstance(self.itemAt(pos, QTransform()), BlockItem):
            super().mouseDoubleClickEvent(event)
            return
        self.request_create_at(pos)
        event.accept()

    def request_create_at(self, pos: QPointF) -> None:
        """A new slot at the 5-minute mark and column under `pos` (a double-click on empty space)."""
        if self.layout is None or pos.x() < 0 or pos.x() > self.grid.width:
            return
        minute = snap(self.grid.minute_at(pos.y()) - 2.5)  # the mark at or just above the click
        minute = max(0, min(24 * 60 - 5, minute))
        self.createRequested.emit(minute, self.grid.column_at(pos.x()))

    # Background and foreground ------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, QColor("white"))
        g = self.grid
        if self.layout is None:
            return
        bottom = g.y_of(self.layout.last_minute)
        for col in range(1, g.columns, 2):
            painter.fillRect(QRectF(g.x_of(col), g.top, g.column_width, bottom - g.top), QColor(STRIPE))
        painter.setPen(QPen(QColor(HALF_HOUR_LINE), 0, Qt.PenStyle.DashLine))
        step = 15 if g.px_per_minute >= 3 else 30
        # Only the lines in (or a pixel around) the exposed rectangle: a scroll step draws a strip, and dashed
        # lines cost by their length even where clipped away.
        shown = QRectF(rect).adjusted(0, -2, 0, 2)
        low, high = math.floor(g.minute_at(shown.top())), math.ceil(g.minute_at(shown.bottom()))
        first = self.layout.first_minute + max(0, (low - self.layout.first_minute) // step) * step
        lines = []
        for m in range(first, min(self.layout.last_minute, high + 1), step):
            if m % 60:
                lines.append(QLineF(0, g.y_of(m), g.width, g.y_of(m)))
        painter.drawLines(lines)
        painter.setPen(QPen(QColor(HOUR_LINE), 1))
        painter.drawLines([QLineF(0, g.y_of(m), g.width, g.y_of(m)) for m in self.layout.hours
                           if low - 60 <= m <= high + 60])
        painter.setPen(QPen(QColor(HOUR_LINE), 1))
        painter.drawLines([QLineF(g.x_of(c), g.top, g.x_of(c), bottom) for c in range(1, g.columns)])

    def now_minute(self) -> int | None:
        """Minutes since midnight now, if the shown day is today and now is within the shown hours."""
        if self.layout is None:
            return None
        now = self.clock()
        if now.date() != self.layout.day:
            return None
        minute = minute_of_day(now, self.layout.day)
        return minute if self.layout.first_minute <= minute <= self.layout.last_minute else None

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        minute = self.now_minute()
        if minute is None:
            return
        y = self.grid.y_of(minute)
        painter.setPen(QPen(QColor(NOW_LINE), 2))
        painter.drawLine(QLineF(0, y, self.grid.width, y))
        painter.setBrush(QBrush(QColor(NOW_LINE)))
        painter.drawEllipse(QPointF(3, y), 3.5, 3.5)

    def flagged_items(self) -> list[BlockItem]:
        return [i for i in self.items_by_id.values() if i.block.flagged]

