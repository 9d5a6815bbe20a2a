"""Screenshots of the real application on the sample event: `python tools/screenshots.py OUTDIR`.

Runs under Xvfb (started here on :99 when DISPLAY is unset) with a temporary database, settings and user
folders, so nothing touches the real ones. Saves welcome, agenda, speakers, organizations, details, preview,
the slot dialog and the timetable as PNGs via QScreen.grabWindow.

    python tools/screenshots.py OUTDIR --lang az   # the interface in Azerbaijani (or ru): lang-az-agenda.png,
                                                   # lang-az-timetable.png, lang-az-preferences.png
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

SIZE = (1440, 900)


def ensure_display() -> subprocess.Popen[bytes] | None:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    if os.environ.get("DISPLAY"):
        return None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        sys.exit("Xvfb is not installed (apt-get install xvfb).")
    proc = subprocess.Popen([xvfb, ":99", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = ":99"
    time.sleep(1.0)
    return proc


def main(outdir: str, lang: str = "") -> int:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="eventplanner-shots-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(tmp / var.lower())
    os.environ.pop("EVENTPLANNER_DB", None)
    xvfb = ensure_display()
    try:
        return shoot_language(out, tmp, lang) if lang else shoot(out, tmp)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)
        shutil.rmtree(tmp, ignore_errors=True)


def shoot(out: Path, tmp: Path) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from eventplanner.services import agenda
    from eventplanner.services.sample import ensure_sample_event
    from eventplanner.store.database import open_database
    from eventplanner.ui.agenda.slot_dialog import SlotDialog
    from eventplanner.ui.common import errors
    from eventplanner.ui.common.settings import Settings
    from eventplanner.ui.window.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Event Planner")
    errors.install_excepthook()
    db = open_database(tmp / "events.sqlite3")
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings)
    window.resize(*SIZE)
    window.move(40, 40)
    window.show()

    def settle(ms: int = 400) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def grab(widget: QWidget, name: str) -> None:
        window.statusBar().clearMessage()  # no temporary paths or background notices in the pictures
        settle()
        screen = widget.screen()
        pixmap = screen.grabWindow(widget.winId())
        path = out / f"{name}.png"
        pixmap.save(str(path))
        print(f"saved {path} ({pixmap.width()}x{pixmap.height()})")

    from PySide6.QtGui import QCursor

    QCursor.setPos(window.screen().geometry().bottomRight())  # no hover highlight in the pictures
    settle(800)
    grab(window, "01-welcome")
    event, _ = ensure_sample_event(db)
    window.select_event(event.id)
    window.tabs.setCurrentWidget(window.agenda)
    slots = agenda.list_slots(db, event.id)
    if slots:
        window.agenda.select_slot(slots[1].id)
    grab(window, "02-agenda")
    window.tabs.setCurrentWidget(window.timetable)
    if slots:
        window.timetable_tab.select_slot(slots[1].id)
    grab(window, "08-timetable")
    window.tabs.setCurrentWidget(window.people)
    window.people.table.selectRow(0)
    grab(window, "03-speakers")
    window.tabs.setCurrentWidget(window.orgs)
    window.orgs.table.selectRow(0)
    grab(window, "04-organizations")
    window.tabs.setCurrentWidget(window.details)
    grab(window, "05-event-details")
    window.tabs.setCurrentWidget(window.preview)
    deadline = time.monotonic() + 60
    while window.preview.busy and time.monotonic() < deadline:
        settle(200)
    grab(window, "06-preview")

    window.tabs.setCurrentWidget(window.agenda)
    dialog = SlotDialog(window, event, window.agenda.rooms, window.agenda._people(), slots[1] if slots else None)
    dialog.show()
    grab(dialog, "07-slot-dialog")
    dialog.reject()
    assert isinstance(dialog, QDialog)
    QTimer.singleShot(0, window.close)
    settle(200)
    window.close()
    db.close()
    return 0


def shoot_language(out: Path, tmp: Path, lang: str) -> int:
    """The agenda, the timetable and Preferences with the interface in `lang` (translators as the app installs)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication, QWidget

    from eventplanner.services import agenda
    from eventplanner.services.sample import ensure_sample_event
    from eventplanner.store.database import open_database
    from eventplanner.ui.common import errors, i18n
    from eventplanner.ui.common.settings import Settings
    from eventplanner.ui.window.main_window import MainWindow
    from eventplanner.ui.window.preferences import PreferencesDialog

    app = QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Event Planner")
    i18n.install(app, lang)
    errors.install_excepthook()
    db = open_database(tmp / "events.sqlite3")
    event, _ = ensure_sample_event(db)
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.set_language(lang)
    window = MainWindow(db, settings)
    window.resize(*SIZE)
    window.move(40, 40)
    window.show()
    QCursor.setPos(window.screen().geometry().bottomRight())

    def settle(ms: int = 400) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def grab(widget: QWidget, name: str) -> None:
        window.statusBar().clearMessage()
        settle()
        pixmap = widget.screen().grabWindow(widget.winId())
        path = out / f"lang-{lang}-{name}.png"
        pixmap.save(str(path))
        print(f"saved {path} ({pixmap.width()}x{pixmap.height()})")

    window.select_event(event.id)
    window.tabs.setCurrentWidget(window.agenda)
    slots = agenda.list_slots(db, event.id)
    if slots:
        window.agenda.select_slot(slots[1].id)
    settle(800)
    grab(window, "agenda")
    window.tabs.setCurrentWidget(window.timetable)
    grab(window, "timetable")
    window.tabs.setCurrentWidget(window.agenda)
    dialog = PreferencesDialog(window, settings, db.display_name, change_database=lambda: db.display_name)
    dialog.show()
    dialog.adjustSize()
    grab(dialog, "preferences")
    dialog.reject()
    window.close()
    settle(200)
    db.close()
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Screenshots of Event Planner on the sample event.")
    parser.add_argument("outdir", nargs="?", default="docs/screenshots")
    parser.add_argument("--lang", choices=("az", "ru"), help="only the language pictures, in this language")
    args = parser.parse_args()
    sys.exit(main(args.outdir, args.lang or ""))
