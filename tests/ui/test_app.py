"""Start-up: light imports, and a database that cannot be opened explained instead of a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox


def test_startup_does_not_load_heavy_libraries() -> None:
    code = (
        "import sys; import eventplanner.app, eventplanner.ui.window.main_window; "
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('reportlab', 'openpyxl', 'lxml', 'pypdfium2')]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_startup_leaves_dialogs_and_exports_until_first_use() -> None:
    """Preferences, help, backups, the new-event and person dialogs and the Word/wall-chart exports load when
    first used."""
    later = ("eventplanner.ui.window.preferences", "eventplanner.ui.window.help", "eventplanner.ui.team.backups",
             "eventplanner.ui.event.new_event", "eventplanner.ui.preview.word_export",
             "eventplanner.ui.preview.wallchart_export", "eventplanner.store.restore",
             "eventplanner.ui.directory.person_dialog", "eventplanner.ui.directory.image_picker")
    code = (
        "import sys; import eventplanner.app, eventplanner.ui.window.main_window; "
        f"print(','.join(m for m in {later!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_unopenable_database_offers_another(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventplanner import app

    bad = tmp_path / "notes.sqlite3"
    bad.write_text("this is not a database")
    shown: dict[str, str] = {}

    def quit_box(box: QMessageBox) -> int:
        shown["text"], shown["info"] = box.text(), box.informativeText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", quit_box)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: None)
    assert app.open_or_choose(str(bad)) is None
    assert "cannot be opened" in shown["text"] and str(bad) in shown["info"]


def test_argv_db() -> None:
    from eventplanner.app import _argv_db

    assert _argv_db(["--db", "x.sqlite3"]) == "x.sqlite3"
    assert _argv_db([]) is None


def test_menu_entries_loaded_on_first_use_open_their_dialogs(sample_window: Any,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Preferences, the guide, the shortcuts and backup settings: their modules load when the entry is chosen."""
    from PySide6.QtWidgets import QDialog

    opened: list[str] = []

    def record(self: QDialog) -> int:
        opened.append(type(self).__name__)
        return 0

    monkeypatch.setattr(QDialog, "exec", record)
    win = sample_window
    for action in (win.menus.preferences, win.menus.guide, win.menus.shortcuts, win.team.backup_settings_action):
        action.trigger()
    assert len(opened) == 4
    assert "PreferencesDialog" in opened


def test_cycle_collector_waits_for_the_first_paint(monkeypatch: pytest.MonkeyPatch) -> None:
    """main() runs the start-up with the cycle collector off, and switches it back on when it returns."""
    import gc

    from eventplanner import app

    seen: dict[str, bool] = {}

    def run(db_url: str | None, resume_gc: bool) -> int:
        seen["enabled_during_start"], seen["resume"] = gc.isenabled(), resume_gc
        return 0

    monkeypatch.setattr(app, "_run", run)
    assert gc.isenabled()
    assert app.main("unused.sqlite3") == 0
    assert seen == {"enabled_during_start": False, "resume": True}
    assert gc.isenabled()


def test_resuming_the_cycle_collector_freezes_start_up_objects() -> None:
    import gc

    from eventplanner import app

    gc.disable()
    try:
        app._resume_cycle_collector()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
