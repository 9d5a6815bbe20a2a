"""Benchmark: one drag step in the timetable of a 2,000-slot day, from the mouse move to the repaint, ripple on.

The app: the timetable page's widget and controller (ripple on) over a database holding one day of 2,000 slots
in 20 rooms. A block in the middle of a room is pressed, then the mouse moves down and back up in steps of five
minutes (every step snaps the block to a new time), each step delivered through QTest on the viewport and
followed by the event loop's repaint; the release lands where the press was, so nothing is written. The floor:
the same day as a bare QGraphicsScene (a QGraphicsRectItem with a QGraphicsSimpleTextItem title per slot, as in
bench_timetable.py) in a view of the same size, one rectangle made movable and dragged by the same mouse steps.
App and floor run in turns (benchmarks/interleave.py); prints the milliseconds per step (target: under 16 ms,
a frame at 60 Hz) with `ABS_MS timetable_drag_step`, and `RATIO timetable_drag_vs_floor`.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_timetable import SIZE, keep_none_alive
from benchdata import fill_large
from interleave import Interleaved, interleave, report

ROOMS = 20
SLOTS = 2000
STEPS = 40
"""Mouse moves per repetition: half down, half back up."""
REPS = 7

if TYPE_CHECKING:
    from eventplanner.store.database import Database


class PaintCounter(QObject):
    """Counts the viewport's paint events, to check that every step really repainted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def settle() -> None:
    """Let the view process its dirty items and paint (two rounds: the scene posts the repaint it asks for)."""
    QApplication.processEvents()
    QApplication.processEvents()


def drag(viewport: QWidget, start: QPoint, step_px: int, cpu: list[float]) -> float:
    """Press at `start`, move STEPS times by `step_px` (down, then back up), release; seconds per move."""
    counter = PaintCounter(viewport)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    settle()
    elapsed = 0.0
    cpu_used = 0.0
    y = start.y()
    for k in range(STEPS):
        y += step_px if k < STEPS // 2 else -step_px
        t0, c0 = time.perf_counter(), time.process_time()
        QTest.mouseMove(viewport, QPoint(start.x(), y))
        settle()
        elapsed += time.perf_counter() - t0
        cpu_used += time.process_time() - c0
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(start.x(), y))
    settle()
    if counter.paints < STEPS:
        raise RuntimeError(f"only {counter.paints} repaints for {STEPS} mouse moves")
    viewport.removeEventFilter(counter)
    cpu.append(cpu_used / STEPS)
    return elapsed / STEPS


def bare_day(scene_rect: QRectF, blocks: list[tuple[QRectF, str]], moving: int) -> QGraphicsView:
    """The floor: one plain rectangle and title per block; the `moving`-th rectangle can be dragged."""
    view = QGraphicsView()
    scene = QGraphicsScene(scene_rect, view)  # owned by the view: the Python name goes when this returns
    brush = QBrush(QColor("#dcebfa"))
    for i, (rect, title) in enumerate(blocks):
        item = scene.addRect(QRectF(0, 0, rect.width(), rect.height()))
        item.setPos(rect.topLeft())
        item.setBrush(brush)
        text = QGraphicsSimpleTextItem(title, item)
        text.setPos(4, 2)
        if i == moving:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
    view.setScene(scene)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return view


def main() -> None:
    keep_none_alive()
    app = QApplication.instance() or QApplication(sys.argv)
    from eventplanner.store.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "drag.sqlite3"
        event_id = fill_large(path, n_slots=SLOTS, n_people=500, days=1, rooms=ROOMS)
        db = open_database(path)
        try:
            run(db, event_id)
        finally:
            db.close()
    del app


def run(db: Database, event_id: int) -> None:
    from eventplanner.ui.common.operations import Operations
    from eventplanner.ui.timetable import TimetableWidget
    from eventplanner.ui.timetable.controller import TimetableController

    widget = TimetableWidget()
    widget.resize(*SIZE)
    ops = Operations(db, widget)
    t0 = time.perf_counter()
    TimetableController(widget, ops, ripple=lambda: True, event_id=event_id)
    widget.show()
    settle()
    scene = widget.scene
    print(f"timetable_drag: {len(scene.items_by_id)} blocks shown in {time.perf_counter() - t0:.2f} s", flush=True)
    view = widget.view
    # A block in the middle of the day, in the second room: 50 later blocks in its room.
    item = scene.items_by_id[ROOMS * 50 + 2]
    view.ensureVisible(item, 0, 200)
    settle()
    app_start = view.mapFromScene(item.sceneBoundingRect().center())
    step_px = round(5 * scene.grid.px_per_minute)

    ordered = list(scene.items_by_id.values())
    floor_view = bare_day(scene.sceneRect(), [(i.home_rect(), i.block.slot.title) for i in ordered],
                          ordered.index(item))
    floor_view.resize(view.viewport().size())
    floor_view.show()
    settle()
    floor_view.horizontalScrollBar().setValue(view.horizontalScrollBar().value())
    floor_view.verticalScrollBar().setValue(view.verticalScrollBar().value())
    settle()
    floor_start = floor_view.mapFromScene(item.home_rect().center())

    app_cpu: list[float] = []
    floor_cpu: list[float] = []

    def measure(fn: Callable[[], float]) -> float:
        gc.collect()
        return fn()

    drag(view.viewport(), app_start, step_px, [])  # warm up (not timed)
    drag(floor_view.viewport(), floor_start, step_px, [])
    result = interleave(lambda: measure(lambda: drag(view.viewport(), app_start, step_px, app_cpu)),
                        lambda: measure(lambda: drag(floor_view.viewport(), floor_start, step_px, floor_cpu)), REPS)
    if ops.stack.count():
        raise RuntimeError("a drag that ends where it started wrote a change")
    cpu = Interleaved(tuple(app_cpu), tuple(floor_cpu))
    print(f"timetable_drag: {result.app_median * 1000:.2f} ms per drag step (target < 16 ms; CPU "
          f"{statistics.median(app_cpu) * 1000:.2f} ms), floor {result.floor_median * 1000:.2f} ms "
          f"(CPU {statistics.median(floor_cpu) * 1000:.2f} ms); by CPU time {cpu.ratio:.2f}", flush=True)
    report("timetable_drag_vs_floor", result)
    print(f"ABS_MS timetable_drag_step {result.app_median * 1000:.2f}", flush=True)
    widget.close()
    floor_view.close()


if __name__ == "__main__":
    main()
