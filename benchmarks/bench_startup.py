"""Benchmark: start-up to the first paint of the agenda, and peak memory with a 10,000-slot event open.

Every run is a fresh process timed by this parent from spawn to exit (wall time), so interpreter start,
imports, database opening and the first paint all count. The app runs with EVENTPLANNER_BENCH_QUIT_AFTER_PAINT=1,
which quits once the agenda table has painted. The floor imports PySide6 and SQLAlchemy's ORM, runs one query
on the same database and shows a bare QMainWindow with a QTableView, quitting after its first paint.
App and floor processes run in turns (`interleave.py`); each ratio is the median of the per-pair ratios.
Prints `RATIO startup_vs_floor`, `RSS_MB <app>` (the 10,000-slot event open), the floor's RSS and
`RATIO rss_large_vs_floor`, each with its `SPREAD`; also checks that ReportLab, openpyxl, lxml and Alembic do
not load at start-up.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchdata import fill_large, fill_sample, isolated_env, run_child
from interleave import Interleaved, interleave, report

REPEAT = 7
REPEAT_LARGE = 5

APP = "import sys; from eventplanner.app import main; sys.exit(main())"

FLOOR = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

app = QApplication(sys.argv[:1])
with Session(create_engine("sqlite:///" + sys.argv[1])) as s:
    rows = s.execute(text("SELECT start, title FROM slots ORDER BY start LIMIT 200")).all()
model = QStandardItemModel(len(rows), 2)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        model.setItem(r, c, QStandardItem(str(value)))
window = QMainWindow()
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1280, 800)

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

watch = Watch()
table.viewport().installEventFilter(watch)
window.show()
sys.exit(app.exec())
"""

HEAVY = "import sys; import eventplanner.app, eventplanner.ui.window.main_window; " \
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'openpyxl', 'lxml', 'alembic'})))"


def measure(db: Path, home: Path, repeat: int) -> tuple[Interleaved, Interleaved, Interleaved]:
    """(start-up seconds, peak RSS in MB, CPU seconds) of app and floor processes run in turns."""
    app_env = isolated_env(home, EVENTPLANNER_DB=str(db), EVENTPLANNER_BENCH_QUIT_AFTER_PAINT="1")
    floor_env = isolated_env(home)
    app_args, floor_args = [sys.executable, "-c", APP], [sys.executable, "-c", FLOOR, str(db)]
    run_child(app_args, app_env)  # warm the file cache (not counted)
    run_child(floor_args, floor_env)
    app_m: list[float] = []
    floor_m: list[float] = []
    app_cpu: list[float] = []
    floor_cpu: list[float] = []

    def run(args: list[str], env: dict[str, str], memory: list[float], cpu: list[float]) -> float:
        seconds, peak, cpu_seconds = run_child(args, env)
        memory.append(peak)
        cpu.append(cpu_seconds)
        return seconds

    times = interleave(lambda: run(app_args, app_env, app_m, app_cpu),
                       lambda: run(floor_args, floor_env, floor_m, floor_cpu), repeat)
    return times, Interleaved(tuple(app_m), tuple(floor_m)), Interleaved(tuple(app_cpu), tuple(floor_cpu))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sample, large = root / "sample.sqlite3", root / "large.sqlite3"
        fill_sample(sample)
        fill_large(large)
        heavy = subprocess.run([sys.executable, "-c", HEAVY], env=isolated_env(root / "home"),
                               capture_output=True, text=True, check=True).stdout.strip()
        print(f"heavy libraries loaded at start-up: {heavy or 'none'}")
        times, _memory, cpu = measure(sample, root / "home", REPEAT)
        print(f"startup CPU time (not a target): app {cpu.app_median * 1000:.0f} ms, floor "
              f"{cpu.floor_median * 1000:.0f} ms, ratio {cpu.ratio:.2f}")
        report("startup_vs_floor", times)
        times, memory, _cpu = measure(large, root / "home-large", REPEAT_LARGE)
        print(f"startup (10,000-slot event): app {times.app_median * 1000:.0f} ms, "
              f"floor {times.floor_median * 1000:.0f} ms")
        print(f"RSS_MB {memory.app_median:.0f}")
        print(f"RSS_MB_floor {memory.floor_median:.0f}")
        report("rss_large_vs_floor", memory, unit="MB", scale=1.0)


if __name__ == "__main__":
    main()
