"""Screenshots of the timetable: the sample event and a generated three-room day with conflicts.

    .venv/bin/python tools/timetable_screenshots.py [--out docs/screenshots]

Runs under X (starts `Xvfb :98` when DISPLAY is unset, QT_QPA_PLATFORM=xcb) so fonts and rendering are those
of a real desktop session; writes timetable-sample.png and timetable-three-rooms.png.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def keep_none_alive() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void call; give None plenty (see the
    note in benchmarks/bench_timetable.py). None is immortal from Python 3.12 on."""
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def ensure_display() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
        return None
    if shutil.which("Xvfb") is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    proc = subprocess.Popen(["Xvfb", ":98", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    os.environ["DISPLAY"] = ":98"
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return proc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    keep_none_alive()
    xvfb = ensure_display()
    try:
        shoot(args.out)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)


def shoot(out: Path) -> None:
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from eventplanner.domain.conflicts import find_conflicts
    from eventplanner.services import agenda, events
    from eventplanner.services.sample import ensure_sample_event
    from eventplanner.store.database import open_database
    from eventplanner.ui.timetable import TimetableWidget
    from eventplanner.ui.timetable.sample_day import create_three_room_day

    app = QApplication.instance() or QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shots.sqlite3")
        try:
            sample, _ = ensure_sample_event(db)
            forum = create_three_room_day(db)
            shots = [(sample, "timetable-sample.png", (900, 620), None),
                     (forum, "timetable-three-rooms.png", (1200, 860), 7)]
            for event, name, (w, h, ), select in shots:
                slots = agenda.list_slots(db, event.id)
                widget = TimetableWidget()
                widget.set_clock(lambda e=event: datetime.combine(e.start_date, datetime.min.time()).replace(hour=10,
                                                                                                           minute=52))
                widget.resize(w, h)
                widget.set_event(event, events.list_rooms(db, event.id), slots, find_conflicts(event, slots))
                widget.show()
                if select is not None:
                    widget.select_slot(slots[select].id)
                widget.view.verticalScrollBar().setValue(0)
                for _ in range(10):
                    app.processEvents()
                    time.sleep(0.05)
                widget.grab().save(str(out / name))
                print(out / name)
                widget.close()
        finally:
            db.close()


if __name__ == "__main__":
    main()
