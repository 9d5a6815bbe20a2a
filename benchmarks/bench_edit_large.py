"""Benchmark: one inline title edit in the agenda of a 2,000-slot event, until the table has repainted.

The window shows the large event with every slot loaded (not timed). Timed: `AgendaModel.setData` on a title
cell, which goes the whole way (runner -> services.agenda.update_slot in one transaction -> recorded Change
-> undo entry -> the agenda reloads the touched rows only) until the table's viewport has painted. The
floor, in the same process: a bare QAbstractTableModel over the same 2,000 rows in a QTableView of the same
size, whose setData stores the text and emits dataChanged for the row, until the viewport has painted.
Both edit the same rows, in turns (`interleave.py`). Prints raw times, `RATIO edit_large_vs_floor` (median of
the per-pair ratios) and `SPREAD edit_large_vs_floor`.
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

from bench_open_large import QUERY, PaintWait
from benchdata import fill_large
from interleave import interleave, report
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

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


def timed_edit(table: QTableView, row: int, text: str) -> float:
    model = table.model()
    settle()
    gc.collect()
    waiter = PaintWait(table.viewport())
    t0 = time.perf_counter()
    if not model.setData(model.index(row, TITLE), text):
        raise RuntimeError("the edit was refused")
    waiter.wait()
    return time.perf_counter() - t0


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

        timed_edit(floor_table, ROWS[0], "warm-up")
        timed_edit(agenda_table, ROWS[0], "warm-up")
        edits = itertools.count()
        floor_edits = itertools.count()

        def edit(table: QTableView, counter: itertools.count[int]) -> float:
            n = next(counter)
            return timed_edit(table, ROWS[n % len(ROWS)], f"Edited title {n}")

        result = interleave(lambda: edit(agenda_table, edits), lambda: edit(floor_table, floor_edits), REPEAT)
        edited = window.agenda.model.slot_at(ROWS[(REPEAT - 1) % len(ROWS)])
        assert edited is not None and edited.title == f"Edited title {REPEAT - 1}", edited
        undo_entries = window.ops.stack.count()
        floor_window.close()
        window.close()
        db.close()
    print(f"edit_large: 2,000 slots, {undo_entries} undo entries")
    report("edit_large_vs_floor", result)
    del app


if __name__ == "__main__":
    main()
