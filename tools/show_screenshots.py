"""Screenshots of the live show (operator window, stage timer normal / warning / overtime) and the sample's run sheet.

    .venv/bin/python tools/show_screenshots.py [--out docs/screenshots] [--display :93]

Runs the real windows under X (starts Xvfb when DISPLAY is unset, QT_QPA_PLATFORM=xcb) on a throwaway copy of the
sample event, moving an injected clock through the morning; writes show-operator.png, show-cue-editor.png,
stage-timer-normal.png, stage-timer-warning.png, stage-timer-overtime.png and runsheet-sample-<n>.png (every page of
the full run sheet).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def keep_none_alive() -> None:
    """PySide6 on Python 3.11 drops a reference to None on every void call (see tools/timetable_screenshots.py)."""
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def ensure_display(display: str) -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
        return None
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return proc


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def runsheet_pages(db_path: Path, out: Path) -> list[Path]:
    import pypdfium2 as pdfium

    from eventplanner.exports.runsheet_pdf import runsheet_pdf
    from eventplanner.services.events import resolve_event
    from eventplanner.services.scenario import scenario
    from eventplanner.store.database import open_database

    db = open_database(db_path)
    try:
        data = scenario(db, resolve_event(db, "migrants-day-2021").id)
        blob = runsheet_pdf(data, now=datetime(2021, 12, 17, 18, 5))
    finally:
        db.close()
    written = []
    pdf = pdfium.PdfDocument(blob)
    for n in range(len(pdf)):
        target = out / f"runsheet-sample-{n + 1}.png"
        pdf[n].render(scale=1.4).to_pil().save(target)
        written.append(target)
    return written


def shoot(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from eventplanner.services.sample import ensure_sample_event
    from eventplanner.store.database import open_database
    from eventplanner.ui.common.settings import Settings
    from eventplanner.ui.show import menu
    from eventplanner.ui.show.stage_timer import StageTimerWindow
    from eventplanner.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "show.sqlite3"
        db = open_database(db_path)
        event, _ = ensure_sample_event(db)
        window = MainWindow(db, Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)))
        window.show()
        window.select_event(event.id)
        clock = Clock(datetime(2021, 12, 18, 9, 59, 40))
        StageTimerWindow.place_on = lambda self, screen, full: (self.resize(1280, 720), self.show())  # type: ignore
        operator = menu.start_show(window, clock)
        assert operator is not None
        operator.timer.stop()

        def settle(seconds: float = 0.3) -> None:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.02)

        def at(hh: int, mm: int, ss: int = 0) -> None:
            clock.now = datetime(2021, 12, 18, hh, mm, ss)

        at(10, 0, 40)
        operator.act("start")
        at(10, 12, 10)
        operator.act("next")  # the welcome ran 1.5 minutes over
        at(10, 21, 25)
        operator.tick()
        settle()
        operator.stage.grab().save(str(out / "stage-timer-normal.png"))
        operator.grab().save(str(out / "show-operator.png"))
        at(10, 35, 40)
        operator.tick()
        settle()
        operator.stage.grab().save(str(out / "stage-timer-warning.png"))
        clock.now = datetime(2021, 12, 18, 10, 38, 52) + timedelta(milliseconds=100)
        operator.message.setText("Please conclude")
        operator.send_message()
        operator.tick()
        settle()
        operator.stage.grab().save(str(out / "stage-timer-overtime.png"))
        operator.close()
        from eventplanner.services.scenario import scenario
        from eventplanner.ui.show.cue_editor import CueEditorDialog

        first = scenario(db, event.id).items[0].slot
        editor = CueEditorDialog(window.ops, first, window)
        editor.resize(980, 560)
        editor.show()
        editor.editor.table.resizeRowsToContents()
        settle()
        editor.grab().save(str(out / "show-cue-editor.png"))
        editor.close()
        window.close()
        db.close()
        for page in runsheet_pages(db_path, out):
            print(page)
    for name in ("show-operator", "show-cue-editor", "stage-timer-normal", "stage-timer-warning",
                 "stage-timer-overtime"):
        print(out / f"{name}.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--display", default=":93")
    args = parser.parse_args()
    keep_none_alive()
    xvfb = ensure_display(args.display) if shutil.which("Xvfb") else None
    try:
        shoot(args.out)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)


if __name__ == "__main__":
    main()
