"""Screenshots of content translations in the real application: `python tools/screenshots_translations.py OUTDIR`.

Needs an X display (run under Xvfb: `Xvfb :95 -screen 0 1600x1000x24 & DISPLAY=:95 python ...`). Uses a temporary
database with the sample event, one slot added without translations and one description cleared, so the page shows
missing cells. Saves translations-page.png (missing only), translations-page-all.png, translations-slot-dialog.png
(switched to Russian), translations-person-dialog.png (Azerbaijani), translations-event-details.png and
translations-preview-notice.png.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

SIZE = (1440, 900)


def main(outdir: str) -> int:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    if not os.environ.get("DISPLAY"):
        sys.exit("Run under X (for example Xvfb :95 and DISPLAY=:95).")
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="eventplanner-shots-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(tmp / var.lower())
    os.environ.pop("EVENTPLANNER_DB", None)
    try:
        return shoot(out, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def shoot(out: Path, tmp: Path) -> int:
    from datetime import datetime

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication, QWidget

    from eventplanner.domain.enums import ParticipantRole, SlotKind
    from eventplanner.services import agenda, organizations, people
    from eventplanner.services import translations as service
    from eventplanner.services.sample import ensure_sample_event
    from eventplanner.store.database import open_database
    from eventplanner.ui.agenda.slot_dialog import SlotDialog
    from eventplanner.ui.common.settings import Settings
    from eventplanner.ui.directory.person_dialog import PersonDialog
    from eventplanner.ui.window.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Event Planner")
    db = open_database(tmp / "events.sqlite3")
    event, _ = ensure_sample_event(db)
    slots = agenda.list_slots(db, event.id)
    huseynov = next(p.person for s in slots for p in s.participants if p.person.family_name == "Huseynov")
    agenda.add_slot(db, event.id, agenda.SlotInput(
        start=datetime(2021, 12, 18, 12, 0), duration_minutes=15, kind=SlotKind.CLOSING,
        title="Closing remarks and thanks to the partners",
        participants=((huseynov.id, ParticipantRole.SPEAKER),),
    ))
    table = service.text_table(db, event.id)
    description = next(e for e in table.entries if e.key.field == "description")
    service.set_texts(db, event.id, [service.TextEdit(description.key, "ru", "")])

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
        window.statusBar().clearMessage()
        settle()
        pixmap = widget.screen().grabWindow(widget.winId())
        path = out / f"{name}.png"
        pixmap.save(str(path))
        print(f"saved {path} ({pixmap.width()}x{pixmap.height()})")

    QCursor.setPos(window.screen().geometry().bottomRight())
    window.select_event(event.id)
    settle(600)
    page = window.translations
    window.tabs.setCurrentWidget(page)
    page.view.setCurrentIndex(page.proxy.index(6, 3))
    grab(window, "translations-page-all")
    page.show_missing(None)
    grab(window, "translations-page")

    details = window.details
    window.tabs.setCurrentWidget(details)
    settle(300)
    if details.switch is not None:
        details.switch.show_language("az")
    grab(window, "translations-event-details")

    window.tabs.setCurrentWidget(window.preview)
    preview = window.preview
    preview.lang.setCurrentIndex(preview.lang.findData("ru"))
    preview.refresh_preview()
    deadline = time.monotonic() + 60
    while preview.busy and time.monotonic() < deadline:
        settle(200)
    grab(window, "translations-preview-notice")

    window.tabs.setCurrentWidget(window.agenda)
    current = next(s for s in agenda.list_slots(db, event.id) if s.title == "Welcome and opening of the event")
    dialog = SlotDialog(window, window.current_event or event, window.agenda.rooms, window.agenda._people(), current)
    dialog.show()
    dialog.switch.show_language("ru")
    dialog.title_edit.setFocus()
    grab(dialog, "translations-slot-dialog")
    dialog.reject()

    fresh = people.get_person(db, huseynov.id)
    person_dialog = PersonDialog(window, organizations.list_organizations(db), fresh)
    person_dialog.show()
    person_dialog.switch.show_language("az")
    person_dialog.given.setFocus()
    grab(person_dialog, "translations-person-dialog")
    person_dialog.reject()
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
