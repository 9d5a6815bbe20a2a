"""The scrolling view: a room header on top and an hour ruler on the left that stay put, zoom, keyboard.

Zoom changes pixels per minute (the text keeps its size); columns widen to fill the view. The header and
the ruler are plain widgets in the view's margins, repainted on scroll, so scrolling itself stays a blit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from eventplanner.domain.timetable_layout import clock_text, neighbour
from eventplanner.ui.timetable.items import tr
from eventplanner.ui.timetable.scene import HOUR_LINE, NOW_LINE, TimetableScene

HEADER_HEIGHT = 30
RULER_WIDTH = 52
MIN_COLUMN_WIDTH = 150.0
ZOOM_STEPS = (0.6, 0.8, 1.0, 1.3, 1.6, 2.0, 2.5, 3.2, 4.0, 5.0, 6.5, 8.0)
DEFAULT_ZOOM = 5  # 2 px per minute: an hour is 120 px


class _Header(QWidget):
    def __init__(self, view: TimetableView) -> None:
        super().__init__(view)
        self.view = view

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#eef1f4"))
        p.setPen(QPen(QColor(HOUR_LINE), 1))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        scene = self.view.timetable_scene
        if scene.layout is None:
            return
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        dx = -self.view.horizontalScrollBar().value() + RULER_WIDTH
        g = scene.grid
        for i, col in enumerate(scene.layout.columns):
            x = g.x_of(i) + dx
            r = QRectF(x + 6, 0, g.column_width - 12, self.height())
            p.setPen(QColor("#263238"))
            name = col.name or (tr("No room") if len(scene.layout.columns) > 1 else tr("Agenda"))
            p.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter,
                       QFontMetricsF(font).elidedText(name, Qt.TextElideMode.ElideRight, r.width()))
            if i:
                p.setPen(QPen(QColor(HOUR_LINE), 1))
                p.drawLine(int(x), 6, int(x), self.height() - 6)
        p.fillRect(QRectF(0, 0, RULER_WIDTH, self.height()), QColor("#eef1f4"))


class _Ruler(QWidget):
    def __init__(self, view: TimetableView) -> None:
        super().__init__(view)
        self.view = view

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#f7f8fa"))
        p.setPen(QPen(QColor(HOUR_LINE), 1))
        p.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        scene = self.view.timetable_scene
        if scene.layout is None:
            return
        dy = -self.view.verticalScrollBar().value()
        g = scene.grid
        fm = QFontMetricsF(self.font())
        p.setPen(QColor("#455a64"))
        for m in scene.layout.hours:
            y = g.y_of(m) + dy
            p.drawText(QRectF(0, y - fm.height() / 2, self.width() - 8, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, clock_text(m))
        if g.px_per_minute >= 2.5:
            small = QFont(self.font())
            small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
            p.setFont(small)
            p.setPen(QColor("#90a4ae"))
            for m in range(scene.layout.first_minute + 30, scene.layout.last_minute, 60):
                y = g.y_of(m) + dy
                p.drawText(QRectF(0, y - fm.height() / 2, self.width() - 8, fm.height()),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f":{m % 60:02d}")
        now = scene.now_minute()
        if now is not None:
            y = g.y_of(now) + dy
            p.setPen(QPen(QColor(NOW_LINE), 2))
            p.drawLine(QPointF(self.width() - 10, y), QPointF(self.width(), y))


class TimetableView(QGraphicsView):
    activated = Signal(int)
    deleteRequested = Signal(int)
    zoomChanged = Signal(float)

    def __init__(self, scene: TimetableScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.timetable_scene = scene
        self.zoom_index = DEFAULT_ZOOM
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Stripes and dashed hour lines cost more than the blocks over them: drawn once per layout or zoom
        # (the scene invalidates the background layer then) and copied on every other repaint.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        # Every paint sets the pen, brush and font it draws with (and restores a clip it sets): the view need
        # not save and restore the painter around each block.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setViewportMargins(RULER_WIDTH, HEADER_HEIGHT, 0, 0)
        self.header = _Header(self)
        self.ruler = _Ruler(self)
        self.horizontalScrollBar().valueChanged.connect(self.header.update)
        self.verticalScrollBar().valueChanged.connect(self.ruler.update)
        scene.sceneRectChanged.connect(self._decor_changed)
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(self._decor_changed)
        self._tick.start()
        scene.set_geometry(px_per_minute=ZOOM_STEPS[self.zoom_index])

    def changeEvent(self, event: QEvent) -> None:
        # Here rather than in the scene's event(), which would put Python in the path of every mouse move.
        if event.type() == QEvent.Type.FontChange:
            self.timetable_scene.fonts_changed()
        super().changeEvent(event)

    def _decor_changed(self) -> None:
        self.header.update()
        self.ruler.update()
        if self.timetable_scene.now_minute() is not None:
            self.viewport().update()

    # Geometry --------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        r = self.contentsRect()
        self.header.setGeometry(r.left(), r.top(), r.width(), HEADER_HEIGHT)
        self.ruler.setGeometry(r.left(), r.top() + HEADER_HEIGHT, RULER_WIDTH, r.height() - HEADER_HEIGHT)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns share the viewport's width, never narrower than MIN_COLUMN_WIDTH (then it scrolls)."""
        cols = max(1, self.timetable_scene.grid.columns)
        width = max(MIN_COLUMN_WIDTH, (self.viewport().width() - 1) / cols)
        self.timetable_scene.set_geometry(column_width=width)
        self.header.update()

    # Zoom --------------------------------------------------------------------------------------------

    @property
    def px_per_minute(self) -> float:
        return self.timetable_scene.grid.px_per_minute

    def set_zoom(self, index: int, anchor_y: float | None = None) -> None:
        """Zoom to ZOOM_STEPS[index], keeping the time under `anchor_y` (viewport y; default centre) in place."""
        index = max(0, min(len(ZOOM_STEPS) - 1, index))
        if index == self.zoom_index:
            return
        anchor = self.viewport().height() / 2 if anchor_y is None else anchor_y
        minute = self.timetable_scene.grid.minute_at(self.mapToScene(0, int(anchor)).y())
        self.zoom_index = index
        self.timetable_scene.set_geometry(px_per_minute=ZOOM_STEPS[index])
        y = self.timetable_scene.grid.y_of(minute)
        self.verticalScrollBar().setValue(int(y - anchor))
        self.ruler.update()
        self.zoomChanged.emit(ZOOM_STEPS[index])

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_index + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_index - 1)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = 1 if event.angleDelta().y() > 0 else -1 if event.angleDelta().y() < 0 else 0
            if steps:
                self.set_zoom(self.zoom_index + steps, event.position().y())
            event.accept()
            return
        super().wheelEvent(event)

    # Keyboard ----------------------------------------------------------------------------------------

    _ARROWS = {Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down", Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right"}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.timetable_scene
        key = Qt.Key(event.key())
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Minus
        ):
            self.zoom_out()
        elif key in self._ARROWS and scene.layout is not None:
            target = neighbour(scene.layout, scene.selected_slot(), self._ARROWS[key])
            if target is not None:
                item = scene.select_slot(target)
                if item is not None:
                    self.ensureVisible(item, 16, 24)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and scene.selected_slot() is not None:
            self.activated.emit(scene.selected_slot())
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and scene.selected_slot() is not None:
            self.deleteRequested.emit(scene.selected_slot())
        else:
            super().keyPressEvent(event)
            return
        event.accept()
