"""Benchmark: start-up to the first paint of the agenda, and peak memory with a 10,000-slot event open.

Every run is a fresh process timed by this parent from spawn to exit (wall time), so interpreter start,
imports, database opening and the first paint all count. The app runs with EVENTPLANNER_BENCH_QUIT_AFTER_PAINT=1,
which quits once the agenda table has painted. The floor imports PySide6 and SQLAlchemy's ORM, runs one query
on the same database and shows a bare QMainWindow with a QTableView, quitting after its first paint.
Prints `RATIO startup_vs_floor`, `RSS_MB <app>` (the 10,000-slot event open), the floor's RSS and
`RATIO rss_large_vs_floor`; also checks that ReportLab, openpyxl and lxml do not load at start-up.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchdata import fill_large, fill_sample, isolated_env, median, run_child

REPEAT = 7

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
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'openpyxl', 'lxml'})))"


def measure(db: Path, home: Path, repeat: int) -> tuple[float, float, float, float]:
    """(app seconds, floor seconds, app peak RSS MB, floor peak RSS MB), medians of interleaved runs."""
    app_env = isolated_env(home, EVENTPLANNER_DB=str(db), EVENTPLANNER_BENCH_QUIT_AFTER_PAINT="1")
    floor_env = isolated_env(home)
    app_t, floor_t, app_m, floor_m = [], [], [], []
    run_child([sys.executable, "-c", APP], app_env)  # warm the file cache (not counted)
    run_child([sys.executable, "-c", FLOOR, str(db)], floor_env)
    for _ in range(repeat):
        t, m = run_child([sys.executable, "-c", APP], app_env)
        app_t.append(t)
        app_m.append(m)
        t, m = run_child([sys.executable, "-c", FLOOR, str(db)], floor_env)
        floor_t.append(t)
        floor_m.append(m)
    return median(app_t), median(floor_t), median(app_m), median(floor_m)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sample, large = root / "sample.sqlite3", root / "large.sqlite3"
        fill_sample(sample)
        fill_large(large)
        heavy = subprocess.run([sys.executable, "-c", HEAVY], env=isolated_env(root / "home"),
                               capture_output=True, text=True, check=True).stdout.strip()
        print(f"heavy libraries loaded at start-up: {heavy or 'none'}")
        app_t, floor_t, _am, _fm = measure(sample, root / "home", REPEAT)
        print(f"startup (sample event): app {app_t * 1000:.0f} ms, floor {floor_t * 1000:.0f} ms")
        print(f"RATIO startup_vs_floor {app_t / floor_t:.2f}", flush=True)
        app_t, floor_t, app_m, floor_m = measure(large, root / "home-large", 3)
        print(f"startup (10,000-slot event): app {app_t * 1000:.0f} ms, floor {floor_t * 1000:.0f} ms")
        print(f"peak memory, 10,000-slot event open: app {app_m:.0f} MB, start-up floor {floor_m:.0f} MB")
        print(f"RSS_MB {app_m:.0f}")
        print(f"RSS_MB_floor {floor_m:.0f}")
        print(f"RATIO rss_large_vs_floor {app_m / floor_m:.2f}", flush=True)


if __name__ == "__main__":
    main()
