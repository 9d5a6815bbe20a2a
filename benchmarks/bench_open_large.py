"""Benchmark: open an event of 10,000 slots and 5,000 speakers in the main window and paint its agenda.

The window is built first on a database holding the large event and a small one, showing the small one (not
timed). Timed: selecting the large event until the agenda table has painted (work the app leaves to
background threads finishes between runs, outside the timing). The floor, in the same process on
the same database: one plain `sqlite3` query fetching the event's rows (time, length, kind, title, room,
participants), a minimal QAbstractTableModel over them, and a QTableView in a QMainWindow of the same size,
until it has painted. App and floor run in turns (`interleave.py`). Prints raw times, `RATIO open_large_vs_floor`
(median of the per-pair ratios) and `SPREAD open_large_vs_floor`.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchdata import fill_large
from interleave import interleave, report
from PySide6.QtCore import QAbstractTableModel, QEvent, QEventLoop, QModelIndex, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

REPEAT = 7
QUERY = """
SELECT s.start, s.duration_minutes, s.kind, s.title, r.name,
       (SELECT group_concat(name, '; ') FROM (
            SELECT trim(p.honorific || ' ' || p.given_name || ' ' || p.family_name) AS name
            FROM slot_participants sp JOIN people p ON p.id = sp.person_id
            WHERE sp.slot_id = s.id ORDER BY sp.position))
FROM slots s LEFT JOIN rooms r ON r.id = s.room_id
WHERE s.event_id = ? ORDER BY s.start, s.id
"""


class FloorModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()] or "")
        return None


class PaintWait(QObject):
    """Spins an event loop until `widget` has painted (or 60 s pass)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.loop = QEventLoop()
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.loop.quit)
        return False

    def wait(self) -> None:
        QTimer.singleShot(60_000, self.loop.quit)
        self.loop.exec()
        self.widget.removeEventFilter(self)


def run_floor(path: Path, event_id: int) -> float:
    gc.collect()
    t0 = time.perf_counter()
    con = sqlite3.connect(path)
    rows = con.execute(QUERY, (event_id,)).fetchall()
    con.close()
    window = QMainWindow()
    table = QTableView()
    table.setModel(FloorModel(rows))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    waiter = PaintWait(table.viewport())
    window.show()
    waiter.wait()
    elapsed = time.perf_counter() - t0
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return elapsed


def run_app(window: Any, small_id: int, large_id: int) -> float:
    window.select_event(small_id)
    QApplication.processEvents()
    gc.collect()
    table = window.agenda.table
    t0 = time.perf_counter()
    waiter = PaintWait(table.viewport())
    window.select_event(large_id)
    waiter.wait()
    elapsed = time.perf_counter() - t0
    from eventplanner.ui.common import workers

    workers.wait_all()  # background loads the opening started finish outside the timing
    QApplication.processEvents()
    return elapsed


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.sqlite3"
        large_id = fill_large(path)
        con = sqlite3.connect(path)
        with con:
            small_id = int(con.execute(
                "INSERT INTO events (slug, title, short_title, theme, start_date, end_date, timezone, venue_name, "
                "venue_address, status, language, notes, translations, version) VALUES ('small', 'Small', '', '', "
                "'2025-01-10', '2025-01-10', 'UTC', '', '', 'draft', 'en', '', '{}', 1)").lastrowid or 0)
        con.close()

        from eventplanner.store.database import open_database
        from eventplanner.ui.common.settings import Settings
        from eventplanner.ui.window.main_window import MainWindow

        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        settings.set_last_event(str(path), small_id)
        db = open_database(path)
        window = MainWindow(db, settings)
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        run_floor(path, large_id)  # warm up both (not counted)
        run_app(window, small_id, large_id)
        result = interleave(lambda: run_app(window, small_id, large_id), lambda: run_floor(path, large_id), REPEAT)
        shown = window.agenda.model.rowCount()
        window.close()
        db.close()
    print(f"open_large: agenda rows loaded {shown} (floor: 10,000 rows)")
    report("open_large_vs_floor", result)
    del app


if __name__ == "__main__":
    main()
