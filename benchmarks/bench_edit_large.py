"""Benchmark: one inline title edit in the agenda of a 2,000-slot event, until the table shows it.

The window shows the large event with every slot loaded (not timed). Timed: `AgendaModel.setData` on a title
cell, which goes the whole way: the row shows the typed title at once (`AgendaModel.echo`, repainted before the
save), then runner -> services.agenda.save_slot_changes in one transaction -> recorded Change -> undo entry ->
the agenda reloads the touched rows only. The floor, in the same process: a bare QAbstractTableModel over the
same 2,000 rows in a QTableView of the same size, whose setData stores the text and emits dataChanged for the
row. Both edit the same rows, in turns (`interleave.py`).

Two figures, from the same edits:
- `RATIO edit_large_vs_floor` (target): from setData until the viewport has painted the edited row, the
  moment the user sees the new title (the paint event is timed to its end, on both sides alike).
- `RATIO edit_large_settled_vs_floor` (for the record): until setData has returned (saved, undo entry pushed,
  views refreshed) and the repaints it queued have run: when the next keystroke can be handled.
Each with its `SPREAD`.
"""
from __future__ import annotations

import gc
import itertools
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_open_large import QUERY
from benchdata import fill_large
from interleave import Interleaved, interleave, report
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

REPEAT = 15
ROWS = (3, 7, 12, 18, 24)
TITLE = 3


class FloorModel(QAbstractTableModel):
    """The least a table model can do for an edit: keep the value, tell the view the row changed."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = [list(r) for r in rows]

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(self.rows[index.row()][index.column()] or "")
        return None

    def flags(self, index: Any) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        self.rows[index.row()][index.column()] = value
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(5))
        return True


def settle() -> None:
    """Let the workers and timers an earlier edit started run out, so they do not land in the next timing
    (app and floor take turns, so either side would otherwise pay for the other's leftovers)."""
    from eventplanner.ui.common import workers

    workers.wait_all()
    deadline = time.perf_counter() + 0.05
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)


class PaintedAt(QObject):
    """Notes when `widget` has finished its first paint from now on (the paint is run inside the filter)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or self.at is not None:
            return False
        obj.removeEventFilter(self)
        QApplication.sendEvent(obj, event)
        self.at = time.perf_counter()
        return True


def timed_edit(table: QTableView, row: int, text: str, settled: list[float]) -> float:
    """Seconds until the edited row is on screen; appends the seconds until all the edit's work has run."""
    model = table.model()
    settle()
    gc.collect()
    painted = PaintedAt(table.viewport())
    t0 = time.perf_counter()
    if not model.setData(model.index(row, TITLE), text):
        raise RuntimeError("the edit was refused")
    QApplication.processEvents()
    settled.append(time.perf_counter() - t0)
    deadline = time.monotonic() + 60
    while painted.at is None and time.monotonic() < deadline:
        QApplication.processEvents()
    if painted.at is None:
        raise RuntimeError("the table never painted the edit")
    return painted.at - t0


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.sqlite3"
        event_id = fill_large(path, n_slots=2000, n_people=1000, days=4, rooms=10)
        con = sqlite3.connect(path)
        rows = con.execute(QUERY, (event_id,)).fetchall()
        con.close()

        from eventplanner.store.database import open_database
        from eventplanner.ui.common import workers
        from eventplanner.ui.common.settings import Settings
        from eventplanner.ui.window.main_window import MainWindow

        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        settings.set_last_event(str(path), event_id)
        db = open_database(path)
        window = MainWindow(db, settings)
        window.resize(1280, 800)
        window.show()
        deadline = time.monotonic() + 60  # every slot and the conflicts in (a large event loads them in a worker)
        while not window.agenda.all_slots and time.monotonic() < deadline:
            QApplication.processEvents()
            workers.wait_all(100)
        QApplication.processEvents()
        agenda_table = window.agenda.table
        assert len(window.agenda.all_slots) == 2000, len(window.agenda.all_slots)

        floor_window = QMainWindow()
        floor_table = QTableView()
        floor_table.setModel(FloorModel(rows))
        floor_window.setCentralWidget(floor_table)
        floor_window.resize(1280, 800)
        floor_window.show()
        QApplication.processEvents()

        app_settled: list[float] = []
        floor_settled: list[float] = []
        timed_edit(floor_table, ROWS[0], "warm-up", [])
        timed_edit(agenda_table, ROWS[0], "warm-up", [])
        edits = itertools.count()
        floor_edits = itertools.count()

        def edit(table: QTableView, counter: itertools.count[int], settled: list[float]) -> float:
            n = next(counter)
            return timed_edit(table, ROWS[n % len(ROWS)], f"Edited title {n}", settled)

        result = interleave(lambda: edit(agenda_table, edits, app_settled),
                            lambda: edit(floor_table, floor_edits, floor_settled), REPEAT)
        edited = window.agenda.model.slot_at(ROWS[(REPEAT - 1) % len(ROWS)])
        assert edited is not None and edited.title == f"Edited title {REPEAT - 1}", edited
        undo_entries = window.ops.stack.count()
        floor_window.close()
        window.close()
        db.close()
    print(f"edit_large: 2,000 slots, {undo_entries} undo entries")
    report("edit_large_vs_floor", result)
    report("edit_large_settled_vs_floor", Interleaved(tuple(app_settled), tuple(floor_settled)))
    del app


if __name__ == "__main__":
    main()
