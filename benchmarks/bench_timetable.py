"""Benchmark: the timetable scene with 500 blocks against a bare QGraphicsScene floor, built and repainted offscreen.

The floor is a plain QGraphicsScene with 500 QGraphicsRectItems and 500 QGraphicsSimpleTextItems (one title
each) at the same places, in a plain QGraphicsView. Both are built, then repainted while scrolling through the
day and zooming in and out (the view grabbed into an image at each step). Both run in this process, so the
ratio compares like with like. App and floor run in turns (benchmarks/interleave.py); prints
`RATIO timetable_500_repaint_vs_floor` (repaints only) and `RATIO timetable_500_vs_floor` (build and repaints),
each the median of the pair ratios with its `SPREAD`, plus wall and CPU times.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

from eventplanner.domain.data import EventData, ParticipantData, PersonData, RoomData, SlotData
from eventplanner.domain.enums import SlotKind
from eventplanner.domain.timetable_layout import Grid, layout_day

sys.path.insert(0, str(Path(__file__).resolve().parent))
from interleave import Interleaved, interleave, report

DAY = date(2025, 5, 14)
KINDS = [SlotKind.KEYNOTE, SlotKind.PRESENTATION, SlotKind.PANEL, SlotKind.SPEECH, SlotKind.BREAK]
SIZE = (1280, 800)
SCROLL_STEPS = 12
ZOOM_STEPS = (1, 1, -1, -1, -1, 1)


def keep_none_alive() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void call (QPainter.setPen...), and
    the process aborts with "deallocating None" after a few thousand. None is immortal from 3.12 on; before,
    give it references enough for any run."""
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40



def generate(n: int = 500, rooms: int = 10) -> tuple[EventData, tuple[RoomData, ...], list[SlotData]]:
    """n slots over `rooms` rooms in one day, 15-30 minutes each, some overlapping, one to three speakers."""
    room_data = tuple(RoomData(r + 1, 1, f"Room {chr(65 + r)}", r) for r in range(rooms))
    people = [PersonData(i, f"Given{i}", f"Family{i}", honorific="Dr.") for i in range(1, 120)]
    slots: list[SlotData] = []
    starts = [datetime.combine(DAY, datetime.min.time()) + timedelta(hours=7)] * rooms
    for i in range(n):
        r = i % rooms
        kind = KINDS[i % len(KINDS)]
        minutes = 15 if kind.is_pause else 20 + (i % 3) * 5
        overlap = timedelta(minutes=10) if i % 17 == 0 else timedelta(0)
        parts = () if kind.is_pause else tuple(
            ParticipantData(people[(i * 3 + j) % len(people)]) for j in range(1 + i % 3)
        )
        title = "Coffee break" if kind.is_pause else f"Session {i + 1}: cooperation on item {i % 31}"
        slots.append(SlotData(i + 1, 1, starts[r] - overlap, minutes, kind, title=title,
                              room_id=room_data[r].id, room_name=room_data[r].name, participants=parts))
        starts[r] += timedelta(minutes=minutes) - overlap
    return EventData(1, "bench", "Benchmark", DAY, DAY), room_data, slots


def exercise(view: QGraphicsView, zoom: Callable[[int], None]) -> None:
    """Scroll through the day top to bottom, then zoom in and out, grabbing the viewport at every step."""
    bar = view.verticalScrollBar()
    for k in range(SCROLL_STEPS + 1):
        bar.setValue(bar.maximum() * k // SCROLL_STEPS)
        view.viewport().grab()
    for step in ZOOM_STEPS:
        zoom(step)
        view.viewport().grab()


Timings = tuple[float, float, float]
"""Build seconds, repaint seconds (wall), repaint seconds (CPU of this process)."""


def run_timetable(data: tuple[EventData, tuple[RoomData, ...], list[SlotData]]) -> Timings:
    from eventplanner.ui.timetable import TimetableWidget

    t0 = time.perf_counter()
    widget = TimetableWidget()
    widget.resize(*SIZE)
    widget.set_event(data[0], data[1], data[2], ())
    widget.show()
    QApplication.processEvents()
    t1, c1 = time.perf_counter(), time.process_time()

    def zoom(step: int) -> None:
        widget.view.set_zoom(widget.view.zoom_index + step)

    exercise(widget.view, zoom)
    t2, c2 = time.perf_counter(), time.process_time()
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()
    return t1 - t0, t2 - t1, c2 - c1


def run_floor(data: tuple[EventData, tuple[RoomData, ...], list[SlotData]]) -> Timings:
    t0 = time.perf_counter()
    layout = layout_day(DAY, data[2], data[1])
    scene = QGraphicsScene()
    grid = Grid(len(layout.columns), layout.first_minute, 2.0, 120.0, 0, 10)
    pairs = []
    for block in layout.blocks:
        x, y, w, h = grid.block_rect(block)
        rect = scene.addRect(QRectF(x, y, w, h))
        rect.setBrush(QBrush(QColor("#dcebfa")))
        text = QGraphicsSimpleTextItem(block.slot.title, rect)
        text.setPos(x + 4, y + 2)
        pairs.append((block, rect, text))
    scene.setSceneRect(0, 0, grid.width, grid.y_of(layout.last_minute))
    view = QGraphicsView(scene)
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()
    t1, c1 = time.perf_counter(), time.process_time()
    ppm = [2.0]

    def zoom(step: int) -> None:  # the same work the timetable does: re-place every block
        ppm[0] *= 1.25 if step > 0 else 0.8
        g = Grid(grid.columns, grid.first_minute, ppm[0], grid.column_width, 0, 10)
        for block, rect, text in pairs:
            x, y, w, h = g.block_rect(block)
            rect.setRect(QRectF(x, y, w, h))
            text.setPos(x + 4, y + 2)
        scene.setSceneRect(0, 0, g.width, g.y_of(layout.last_minute))

    exercise(view, zoom)
    t2, c2 = time.perf_counter(), time.process_time()
    view.close()
    return t1 - t0, t2 - t1, c2 - c1


REPS = 7


def main() -> None:
    keep_none_alive()
    app = QApplication.instance() or QApplication(sys.argv)
    data = generate(500)
    run_timetable(generate(50))  # warm up: imports, fonts, icons (not timed)
    run_floor(generate(50))
    app_runs: list[Timings] = []
    floor_runs: list[Timings] = []

    def measure(runs: list[Timings], fn: Callable[[], Timings]) -> float:
        gc.collect()
        runs.append(fn())
        return runs[-1][1]

    repaint = interleave(lambda: measure(app_runs, lambda: run_timetable(data)),
                         lambda: measure(floor_runs, lambda: run_floor(data)), REPS)
    frames = SCROLL_STEPS + 1 + len(ZOOM_STEPS)
    for name, runs in (("timetable_500", app_runs), ("floor_500", floor_runs)):
        build = statistics.median(r[0] for r in runs)
        wall = statistics.median(r[1] for r in runs)
        cpu_ms = statistics.median(r[2] for r in runs) * 1000
        print(f"{name}: build {build * 1000:.1f} ms, {frames} repaints {wall * 1000:.1f} ms "
              f"({wall / frames * 1000:.1f} ms/frame; CPU {cpu_ms:.1f} ms)")
    cpu = Interleaved(tuple(r[2] for r in app_runs), tuple(r[2] for r in floor_runs))
    print(f"timetable_500_repaint_vs_floor by CPU time: {cpu.ratio:.2f} (spread {cpu.spread:.2f})")
    whole = Interleaved(tuple(r[0] + r[1] for r in app_runs), tuple(r[0] + r[1] for r in floor_runs))
    report("timetable_500_vs_floor", whole)
    report("timetable_500_repaint_vs_floor", repaint)
    del app


if __name__ == "__main__":
    main()
