"""The "New day starts at" field of the event details: saves the day-change time as one undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QTimeEdit

from eventplanner.services import events
from eventplanner.ui.event.details import DayChangeEdit
from eventplanner.ui.window.main_window import MainWindow


def test_day_change_saves_and_undoes(qtbot: Any, sample_window: MainWindow) -> None:
    win = sample_window
    details = win.details
    win.tabs.setCurrentWidget(details)
    assert win.current_event is not None
    event_id = win.current_event.id
    assert details.day_change.minutes() == 0
    assert "00:15" in details.day_change.toolTip()
    details.day_change.setTime(QTime(4, 0))
    details.day_change.editingFinished.emit()
    assert events.get_event(win.ops.db, event_id).day_change_minutes == 240
    assert "day change" in win.ops.stack.undoText().lower()
    win.ops.stack.undo()
    assert events.get_event(win.ops.db, event_id).day_change_minutes == 0
    qtbot.waitUntil(lambda: details.day_change.minutes() == 0)
    win.ops.stack.redo()
    assert events.get_event(win.ops.db, event_id).day_change_minutes == 240
    qtbot.waitUntil(lambda: details.day_change.minutes() == 240)


def test_leaving_the_field_unchanged_records_nothing(sample_window: MainWindow) -> None:
    win = sample_window
    win.tabs.setCurrentWidget(win.details)
    count = win.ops.stack.count()
    win.details.day_change.editingFinished.emit()
    assert win.ops.stack.count() == count


def test_the_field_steps_in_quarter_hours_between_midnight_and_noon(qtbot: Any) -> None:
    edit = DayChangeEdit()
    qtbot.addWidget(edit)
    assert (edit.minimumTime(), edit.maximumTime()) == (QTime(0, 0), QTime(12, 0))
    edit.setCurrentSection(QTimeEdit.Section.MinuteSection)
    edit.stepBy(1)
    assert edit.minutes() == 15
    edit.stepBy(3)
    assert edit.minutes() == 60
    edit.set_minutes(3 * 60 + 7)  # typed off the quarter: the arrows go to the next quarter either way
    edit.setCurrentSection(QTimeEdit.Section.MinuteSection)
    edit.stepBy(1)
    assert edit.minutes() == 3 * 60 + 15
    edit.set_minutes(3 * 60 + 7)
    edit.setCurrentSection(QTimeEdit.Section.MinuteSection)
    edit.stepBy(-1)
    assert edit.minutes() == 3 * 60
    edit.set_minutes(11 * 60 + 50)
    edit.setCurrentSection(QTimeEdit.Section.MinuteSection)
    edit.stepBy(1)
    assert edit.minutes() == 12 * 60  # never past noon
    edit.set_minutes(0)
    edit.setCurrentSection(QTimeEdit.Section.MinuteSection)
    edit.stepBy(-1)
    assert edit.minutes() == 0
