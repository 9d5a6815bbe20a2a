"""The seating editor: the chart drawn with numbered seats; drag a name onto another seat to swap them.

Every change (swap, fill by precedence, clear) is one undo command. Warnings (a declined guest still seated,
seats beyond the chart) are listed under the plan.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.data import EventData
from eventplanner.domain.seating import ChartData, ChartKind, ChartLayout, SeatPlace, seat_places, swap_seats
from eventplanner.services import seating
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.guests.actions import AddChart, SetSeats
from eventplanner.ui.guests.labels import CHART_KIND, label

UNIT = 78.0
RADIUS = 24.0
ACCENT = QColor("#1f3b5c")
TABLE = QColor("#e8edf3")


class SeatItem(QGraphicsEllipseItem):
    """One seat: its number inside, the occupant's name under it; occupied seats can be dragged."""

    def __init__(self, number: int, centre: QPointF, name: str, tooltip: str) -> None:
        super().__init__(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS)
        self.number, self.home = number, centre
        self.setPos(centre)
        occupied = bool(name)
        self.setBrush(QBrush(ACCENT if occupied else QColor("white")))
        self.setPen(QPen(ACCENT, 1.5))
        self.setToolTip(tooltip)
        self.setZValue(2)
        label_item = QGraphicsSimpleTextItem(str(number), self)
        font = QFont()
        font.setBold(True)
        label_item.setFont(font)
        label_item.setBrush(QBrush(QColor("white") if occupied else ACCENT))
        box = label_item.boundingRect()
        label_item.setPos(-box.width() / 2, -box.height() / 2)
        if occupied:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            text = QGraphicsSimpleTextItem(name if len(name) <= 18 else name[:17] + "…", self)
            small = QFont()
            small.setPointSizeF(8)
            text.setFont(small)
            rect = text.boundingRect()
            text.setPos(-rect.width() / 2, RADIUS + 2)


class SeatView(QGraphicsView):
    """Drop a dragged seat on another seat to swap them; anywhere else it goes back."""

    def __init__(self, editor: SeatingEditor) -> None:
        super().__init__()
        self.editor = editor
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setObjectName("seatView")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged = next((i for i in self.scene().selectedItems() if isinstance(i, SeatItem)), None)
        grabbed = self.scene().mouseGrabberItem()
        super().mouseReleaseEvent(event)
        item = grabbed if isinstance(grabbed, SeatItem) else dragged
        if not isinstance(item, SeatItem) or item.pos() == item.home:
            return
        target = next((i for i in self.scene().items(item.scenePos()) if isinstance(i, SeatItem) and i is not item),
                      None)
        item.setPos(item.home)
        if target is not None:
            self.editor.swap(item.number, target.number)


class ChartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New seating chart"))
        self.name = QLineEdit(self.tr("Presidium"))
        self.room = QLineEdit()
        self.kind = QComboBox()
        for k in ChartKind:
            self.kind.addItem(label(CHART_KIND[k]), k)
        self.seats = QSpinBox(minimum=1, maximum=60, value=7)
        self.rows = QSpinBox(minimum=0, maximum=40, value=1)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Seats per table, row or base"), self.seats)
        form.addRow(self.tr("Rows, tables, or seats per arm"), self.rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def layout_chosen(self) -> ChartLayout:
        return ChartLayout(ChartKind(self.kind.currentData()), self.seats.value(), self.rows.value())


class SeatingEditor(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current_event: EventData | None = None
        self.charts: list[ChartData] = []
        self.chart_box = QComboBox()
        self.chart_box.currentIndexChanged.connect(lambda _i: self._draw())
        new = QPushButton(self.tr("New chart…"))
        new.clicked.connect(self.new_chart)
        fill = QPushButton(self.tr("Fill by precedence"))
        fill.setToolTip(self.tr("Seat accepted guests and speakers: the host's principal in the centre, then right "
                                "and left alternately"))
        fill.clicked.connect(self.fill)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Chart:")))
        top.addWidget(self.chart_box, 1)
        for b in (new, fill, clear):
            top.addWidget(b)
        self.scene = QGraphicsScene(self)
        self.view = SeatView(self)
        self.view.setScene(self.scene)
        self.warnings = QListWidget()
        self.warnings.setObjectName("seatWarnings")
        self.key = QListWidget()
        self.key.setObjectName("seatKey")
        lists = QSplitter(Qt.Orientation.Horizontal)
        lists.addWidget(self.key)
        lists.addWidget(self.warnings)
        lists.setSizes([600, 400])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(lists)
        split.setSizes([420, 180])
        hint = QLabel(self.tr("Drag a name onto another seat to swap the two (Ctrl+Z undoes). Seat 1 is the seat "
                              "of honour; even numbers are on its right, odd numbers on its left."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(hint)

    def set_event(self, event: EventData | None) -> None:
        self.current_event = event
        self.reload()

    def current(self) -> ChartData | None:
        i = self.chart_box.currentIndex()
        return self.charts[i] if 0 <= i < len(self.charts) else None

    def reload(self) -> None:
        shown = self.current()
        keep = shown.id if shown else None
        event = self.current_event
        self.charts = (self.ops.call(seating.charts, self.ops.db, event.id) or []) if event else []
        self.chart_box.blockSignals(True)
        self.chart_box.clear()
        for c in self.charts:
            self.chart_box.addItem(" — ".join(x for x in (c.name, c.room_name) if x))
        ids = [c.id for c in self.charts]
        self.chart_box.setCurrentIndex(ids.index(keep) if keep in ids else (0 if ids else -1))
        self.chart_box.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        self.scene.clear()
        self.key.clear()
        self.warnings.clear()
        chart = self.current()
        if chart is None:
            self.scene.addText(self.tr("No seating chart yet: add one with “New chart…”."))
            return
        places = seat_places(chart.layout)
        seats = chart.by_number
        min_x, min_y = min(p.x for p in places), min(p.y for p in places)

        def centre(x: float, y: float) -> QPointF:
            return QPointF((x - min_x) * UNIT, (y - min_y) * UNIT)

        self._draw_tables(chart, places, centre)
        for p in places:
            seat = seats.get(p.number)
            name = (seat.person.family_name or seat.name) if seat else ""
            if seat is None:
                tip = self.tr("Seat {0} (empty)").format(p.number)
            elif seat.on_behalf_of:
                tip = self.tr("{0} (on behalf of {1})").format(seat.name, seat.on_behalf_of)
            else:
                tip = seat.name
            self.scene.addItem(SeatItem(p.number, centre(p.x, p.y), name, tip))
        for seat in chart.seats:
            who = self.tr("{0} (on behalf of {1})").format(seat.name, seat.on_behalf_of) if seat.on_behalf_of \
                else seat.name
            self.key.addItem(f"{seat.number}. {who}")
        for w in chart.warnings:
            self.warnings.addItem(f"⚠ {w}")
            self.warnings.item(self.warnings.count() - 1).setForeground(QColor("#a4262c"))
        if not chart.warnings:
            self.warnings.addItem(self.tr("No warnings."))
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-30, -30, 30, 30))

    def _draw_tables(self, chart: ChartData, places: list[SeatPlace], at: Callable[[float, float], QPointF]) -> None:
        layout = chart.layout
        pen, brush = QPen(QColor("#9aa5b1")), QBrush(TABLE)
        if layout.kind in (ChartKind.HEAD_TABLE, ChartKind.U_SHAPE):
            a, b = at(-0.5, 0.62), at(layout.seats - 0.5, 0.95)  # below the names
            self.scene.addRect(QRectF(a, b), pen, brush)
            if layout.kind is ChartKind.U_SHAPE and layout.rows:
                for left in (-0.6, layout.seats - 0.4):
                    arm = QRectF(at(left, 0.62), at(left + 0.35, layout.rows + 0.5))
                    self.scene.addRect(arm, pen, brush)
            note = self.scene.addSimpleText(self.tr("Audience"))
            note.setPos(at((layout.seats - 1) / 2, 1.3 + (layout.rows if layout.kind is ChartKind.U_SHAPE else 0)))
        elif layout.kind is ChartKind.THEATRE:
            self.scene.addRect(QRectF(at(0, -1.2), at(layout.seats - 1, -0.8)), pen, brush)
            note = self.scene.addSimpleText(self.tr("Stage"))
            note.setPos(at((layout.seats - 1) / 2, -1.15))
        else:
            tables: dict[int, list[QPointF]] = {}
            for p in places:
                tables.setdefault(p.table, []).append(at(p.x, p.y))
            for table, points in tables.items():
                cx = sum(q.x() for q in points) / len(points)
                cy = sum(q.y() for q in points) / len(points)
                r = max(math.hypot(q.x() - cx, q.y() - cy) for q in points) - RADIUS - 6
                r = max(r, 14.0)
                self.scene.addEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r), pen, brush)
                text = self.scene.addSimpleText(self.tr("Table {0}").format(table))
                text.setPos(cx - text.boundingRect().width() / 2, cy - 8)

    # Changes --------------------------------------------------------------------------------------------------

    def swap(self, a: int, b: int) -> None:
        chart = self.current()
        if chart is None or a == b:
            return
        after = swap_seats(chart.occupants, a, b)
        self.ops.run(SetSeats(self.ops, chart, self.tr("Swap seats {0} and {1}").format(a, b), after))

    def fill(self) -> None:
        chart = self.current()
        if chart is not None:
            self.ops.run(SetSeats(self.ops, chart, self.tr("Fill “{0}” by precedence").format(chart.name),
                                          fill=True))

    def clear(self) -> None:
        chart = self.current()
        if chart is not None and chart.seats:
            self.ops.run(SetSeats(self.ops, chart, self.tr("Clear “{0}”").format(chart.name), {}))

    def new_chart(self) -> None:
        if self.current_event is None:
            return
        dialog = ChartDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ops.run(AddChart(self.ops, self.current_event.id, dialog.name.text(), dialog.layout_chosen(),
                                          dialog.room.text()))
            self.reload()
            self.chart_box.setCurrentIndex(self.chart_box.count() - 1)
