"""Screenshots of the planner's-desk features in a real X11 window: `python tools/screenshots_desk.py OUTDIR`.

Saves desk-menu-file-export.png (File ▸ Export with badges, table cards and the wall chart), desk-menu-help.png,
desk-menu-agenda.png (the parallel-sessions toggle), desk-picker-busy.png (the participant picker saying who is
already busy at that time, and where) and desk-preview-fit-width.png. Runs like tools/screenshots.py: under Xvfb
(started on :98 when DISPLAY is unset), temporary database, settings and user folders; `--lang az|ru` for the
interface in that language (file names then start with lang-az-/lang-ru-).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

SIZE = (1280, 820)


def main(outdir: str, lang: str = "") -> int:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="eventplanner-desk-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(tmp / var.lower())
    os.environ.pop("EVENTPLANNER_DB", None)
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    xvfb = None
    if not os.environ.get("DISPLAY"):
        if shutil.which("Xvfb") is None:
            sys.exit("Xvfb is not installed (apt-get install xvfb).")
        xvfb = subprocess.Popen(["Xvfb", ":98", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.environ["DISPLAY"] = ":98"
        time.sleep(1.0)
    try:
        return shoot(out, tmp, lang)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)
        shutil.rmtree(tmp, ignore_errors=True)


def shoot(out: Path, tmp: Path, lang: str) -> int:
    from PySide6.QtCore import QPoint, QRect, QSettings
    from PySide6.QtGui import QCursor, QGuiApplication
    from PySide6.QtWidgets import QApplication, QMenu

    from eventplanner.services import agenda, people
    from eventplanner.services.sample import ensure_sample_event
    from eventplanner.store.database import open_database
    from eventplanner.ui.agenda.slot_dialog import SlotDialog
    from eventplanner.ui.common import errors, i18n
    from eventplanner.ui.common.settings import Settings
    from eventplanner.ui.window.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Event Planner")
    if lang:
        i18n.install(app, lang)
    errors.install_excepthook()
    db = open_database(tmp / "events.sqlite3")
    event, _ = ensure_sample_event(db)
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    if lang:
        settings.set_language(lang)
    window = MainWindow(db, settings)
    window.resize(*SIZE)
    window.move(20, 20)
    window.show()
    window.select_event(event.id)
    QCursor.setPos(window.screen().geometry().bottomRight())
    prefix = f"lang-{lang}-" if lang else ""

    def settle(ms: int = 500) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def grab(name: str, area: QRect | None = None) -> None:
        window.statusBar().clearMessage()
        settle()
        screen = QGuiApplication.primaryScreen()
        rect = area or window.frameGeometry()
        pixmap = screen.grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height())
        path = out / f"{prefix}{name}.png"
        pixmap.save(str(path))
        print(f"saved {path} ({pixmap.width()}x{pixmap.height()})")

    def open_menu(menu: QMenu) -> None:
        action = menu.menuAction()
        bar = window.menuBar()
        menu.popup(bar.mapToGlobal(bar.actionGeometry(action).bottomLeft()))
        settle()

    # File > Export, opened from the File menu.
    file_menu, export = window.menus.file_menu, window.export_menu
    open_menu(file_menu)
    export_geometry = file_menu.actionGeometry(export.menuAction())
    file_menu.setActiveAction(export.menuAction())
    export.popup(file_menu.mapToGlobal(QPoint(export_geometry.right(), export_geometry.top())))
    settle()
    grab("desk-menu-file-export")
    export.hide()
    file_menu.hide()
    for name, menu in (("desk-menu-help", window.menus.help_menu), ("desk-menu-agenda", window.menus.agenda_menu)):
        open_menu(menu)
        grab(name)
        menu.hide()

    # The picker: a new slot at the time of a speech, its speaker added, another busy name being typed.
    slots = agenda.list_slots(db, event.id)
    busy = next(s for s in slots if s.participants and s.kind.is_speech and s.duration_minutes <= 20)
    dialog = SlotDialog(window, event, [], people.list_people(db), None, busy.start, others=slots)
    dialog.title_edit.setText("Press conference")
    dialog.duration.setValue(30)
    dialog.move(window.frameGeometry().topLeft() + QPoint(200, 60))
    dialog.show()
    settle()
    label = next(text for text, pid in dialog._by_label.items() if pid == busy.participants[0].person.id)
    dialog._add_by_label(label)
    settle()
    later = next(s for s in slots if s.start >= busy.end and s.start < busy.start + timedelta(minutes=30)
                 and s.participants)
    dialog.search.setFocus()
    typed = later.participants[0].person.family_name[:4]
    dialog.search.setText(typed)
    dialog.search.completer().setCompletionPrefix(typed)
    dialog.search.completer().complete()
    settle(800)
    popup = dialog.search.completer().popup()
    area = dialog.frameGeometry().united(QRect(popup.mapToGlobal(QPoint(0, 0)), popup.size()))
    grab("desk-picker-busy", area.adjusted(-8, -8, 8, 8))
    popup.hide()
    dialog.reject()

    # The preview at fit width, on page 1.
    window.tabs.setCurrentWidget(window.preview)
    deadline = time.monotonic() + 60
    while (window.preview.busy or window.preview.pdf is None) and time.monotonic() < deadline:
        settle(200)
    settle(600)
    grab("desk-preview-fit-width")
    window.close()
    settle(200)
    db.close()
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Screenshots of the menus, the picker and the preview.")
    parser.add_argument("outdir")
    parser.add_argument("--lang", choices=("az", "ru"), default="")
    args = parser.parse_args()
    sys.exit(main(args.outdir, args.lang))
