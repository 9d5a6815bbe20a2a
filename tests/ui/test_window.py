"""Event details, preview, settings restore, and the error paths of the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from eventplanner.domain.data import EventData
from eventplanner.services import events
from eventplanner.store.database import Database
from eventplanner.ui.common.settings import Settings
from eventplanner.ui.window.main_window import MainWindow


def test_event_details_save_at_once_and_undo(sample_window: MainWindow) -> None:
    win = sample_window
    details = win.details
    win.tabs.setCurrentWidget(details)
    assert details.title_edit.text() == "International Migrants Day 2021"
    details.theme.setText("Mobility for all")
    details.theme.editingFinished.emit()
    assert win.current_event is not None
    assert events.get_event(win.ops.db, win.current_event.id).theme == "Mobility for all"
    assert "theme" in win.ops.stack.undoText()
    win.ops.stack.undo()
    assert events.get_event(win.ops.db, win.current_event.id).theme == "Harnessing the potential of human mobility"
    assert details.theme.text() == "Harnessing the potential of human mobility"


def test_invalid_dates_are_refused(sample_window: MainWindow, shown_errors: list[str]) -> None:
    win = sample_window
    details = win.details
    win.tabs.setCurrentWidget(details)
    details.end.setDate(date(2021, 12, 1))  # the field keeps the last day on or after the first
    details.end.editingFinished.emit()
    assert details.end.date().toPython() == date(2021, 12, 18)
    assert win.current_event is not None and win.current_event.end_date >= win.current_event.start_date
    from eventplanner.services import events

    with pytest.raises(Exception, match="before it starts"):  # and the service still refuses it
        events.update_event(win.ops.db, win.current_event.id, end_date=date(2021, 12, 1))


def test_rooms_add_rename_reorder_delete_undo(sample_window: MainWindow, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QInputDialog

    win = sample_window
    details = win.details
    win.tabs.setCurrentWidget(details)
    assert win.current_event is not None
    event_id = win.current_event.id
    names = iter(["Main hall", "Room B", "Room C"])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (next(names), True)))
    rooms = details.rooms_box
    rooms.add_room()
    rooms.add_room()
    assert [r.name for r in events.list_rooms(win.ops.db, event_id)] == ["Main hall", "Room B"]
    rooms.room_list.setCurrentRow(1)
    rooms.rename_room()
    rooms.move_room(-1)
    assert [r.name for r in events.list_rooms(win.ops.db, event_id)] == ["Room C", "Main hall"]
    rooms.room_list.setCurrentRow(0)
    rooms.delete_room()
    assert [r.name for r in events.list_rooms(win.ops.db, event_id)] == ["Main hall"]
    for _ in range(3):
        win.ops.stack.undo()
    assert [r.name for r in events.list_rooms(win.ops.db, event_id)] == ["Main hall", "Room B"]


def test_duplicate_as_next_year(sample_window: MainWindow) -> None:
    win = sample_window
    win.details.duplicate()
    assert win.current_event is not None and win.current_event.title == "International Migrants Day 2022"
    assert win.event_list.count() == 2
    win.ops.stack.undo()
    assert win.event_list.count() == 1


def test_the_sidebar_lists_events_and_a_click_opens_one(qtbot: Any, sample_window: MainWindow) -> None:
    win = sample_window
    sample = win.current_event
    assert sample is not None
    other = events.create_event(win.ops.db, "Şəki forum <&> Форум", date(2031, 5, 2))
    win.refresh_events()
    assert win.current_event is not None and win.current_event.id == sample.id  # the chosen event stays chosen
    row = win.event_list.events.row_of(other.id)
    assert win.event_list.text(row).startswith("Şəki forum <&> Форум\n")
    rect = win.event_list.visualRect(win.event_list.events.index(row))
    qtbot.mouseClick(win.event_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.current_event is not None and win.current_event.id == other.id
    assert win.windowTitle().startswith("Şəki forum <&> Форум")
    first = win.event_list.visualRect(win.event_list.events.index(1 - row)).center()
    assert win.event_list.event_at(first) == sample  # a right click's event, made the current one
    assert win.current_event is not None and win.current_event.id == sample.id
    assert win.event_list.event_at(QPoint(5, win.event_list.viewport().height() - 2)) is None  # below the rows


def test_preview_renders_pages(qtbot: Any, sample_window: MainWindow) -> None:
    win = sample_window
    win.tabs.setCurrentWidget(win.preview)
    with qtbot.waitSignal(win.preview.rendered, timeout=60_000) as blocker:
        pass
    assert blocker.args and blocker.args[0] >= 1
    assert win.preview.pdf is not None and win.preview.pdf.startswith(b"%PDF")
    assert win.preview.page_layout.count() == len(win.preview.pages)
    assert win.preview.save_button.isEnabled()


def test_preview_save_pdf(qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    win = sample_window
    win.tabs.setCurrentWidget(win.preview)
    qtbot.waitUntil(lambda: win.preview.pdf is not None, timeout=60_000)
    target = tmp_path / "programme.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    win.preview.save_pdf()
    assert target.read_bytes().startswith(b"%PDF")


def test_settings_restore(qtbot: Any, db: Database, sample_event: EventData, tmp_path: Path,
                          shown_errors: list[str]) -> None:
    ini = str(tmp_path / "restore.ini")
    other = events.create_event(db, "Other event", date(2030, 1, 1))
    first = MainWindow(db, Settings(QSettings(ini, QSettings.Format.IniFormat)))
    qtbot.addWidget(first)
    first.show()
    first.select_event(sample_event.id)
    first.resize(770, 540)
    expected = (first.width(), first.height())
    first.splitter.setSizes([200, 600])
    expected_split = first.splitter.sizes()[0]
    first.close()
    assert first.settings.last_event(db.display_name) == sample_event.id
    assert db.display_name in first.settings.recent_databases()

    second = MainWindow(db, Settings(QSettings(ini, QSettings.Format.IniFormat)))
    qtbot.addWidget(second)
    second.show()
    assert second.current_event is not None and second.current_event.id == sample_event.id
    # the offscreen screen is 800 px wide: Qt may nudge the width to fit it, never the height
    assert second.height() == expected[1] and abs(second.width() - expected[0]) <= 30
    assert abs(second.splitter.sizes()[0] - expected_split) <= 30
    second.select_event(other.id)
    second.close()
    third = MainWindow(db, Settings(QSettings(ini, QSettings.Format.IniFormat)))
    qtbot.addWidget(third)
    assert third.current_event is not None and third.current_event.id == other.id
    third.close()


def test_open_sample_from_welcome(window: MainWindow) -> None:
    window.welcome.sample_button.click()
    assert window.current_event is not None and window.current_event.slug == "migrants-day-2021"
    window.ops.stack.undo()
    assert window.current_event is None


def test_unexpected_error_dialog_mentions_log(qtbot: Any, monkeypatch: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from eventplanner.ui.common import errors

    seen: dict[str, str] = {}

    def capture(box: QMessageBox) -> int:
        seen["info"], seen["details"] = box.informativeText(), box.detailedText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    errors.set_log_file(str(tmp_path / "eventplanner.log"))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        errors.show_unexpected_error(None, exc)
    assert "eventplanner.log" in seen["info"] and "RuntimeError: boom" in seen["details"]
