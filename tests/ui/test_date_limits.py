"""Every date picker keeps to the years the services accept (domain.limits): it cannot offer a date the save
would refuse, whether the user types it, steps to it or picks it in the calendar."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QTimeEdit

from eventplanner.domain.limits import MAX_DATE, MIN_DATE
from eventplanner.ui.common.date_fields import DateField, DateRange
from eventplanner.ui.event.new_event import NewEventDialog
from eventplanner.ui.guests.guest_dialogs import GuestDialog
from eventplanner.ui.window.main_window import MainWindow

FIRST = QDate(MIN_DATE.year, MIN_DATE.month, MIN_DATE.day)
LAST = QDate(MAX_DATE.year, MAX_DATE.month, MAX_DATE.day)


def _assert_bounded(edit: QDateTimeEdit | DateField) -> None:
    if isinstance(edit, DateField):
        assert edit.minimumDate() >= FIRST and edit.maximumDate() == LAST
        assert edit.calendar.maximumDate() == LAST
    else:
        assert edit.minimumDate() == FIRST and edit.maximumDate() == LAST, edit.objectName()


def test_a_date_field_cannot_go_past_the_limits(qtbot: Any) -> None:
    field = DateField(QDate(2199, 12, 30))
    qtbot.addWidget(field)
    field.setDate(date(2500, 1, 1))
    assert field.date() == LAST
    field.setDate(QDate(1066, 10, 14))
    assert field.date() == FIRST
    field.setDate(LAST)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Up)  # one day on from the last allowed day
    assert field.date() == LAST
    field.lineEdit().setText("1 January 2500")
    field.lineEdit().editingFinished.emit()
    assert field.date() == LAST and "2199" in field.text()
    assert DateField(QDate(9999, 1, 1)).date() == LAST  # even given one at construction


def test_moving_the_first_day_to_the_end_of_the_range_keeps_the_last_day_inside(qtbot: Any) -> None:
    dialog = NewEventDialog()
    qtbot.addWidget(dialog)
    _assert_bounded(dialog.start)
    _assert_bounded(dialog.end)
    dialog.end.setDate(dialog.start.date().addDays(4))
    dialog.start.setDate(LAST.addDays(-1))
    assert dialog.start.date() == LAST.addDays(-1) and dialog.end.date() == LAST
    assert isinstance(dialog.dates, DateRange)


def test_every_picker_of_the_window_keeps_to_the_limits(sample_window: MainWindow, qtbot: Any) -> None:
    sample_window.lazy.build_all()  # the event details, the guests' letter editor...
    # A QTimeEdit (the "New day starts at" field) is a QDateTimeEdit that offers no date: nothing to bound.
    pickers = [*(edit for edit in sample_window.findChildren(QDateTimeEdit) if not isinstance(edit, QTimeEdit)),
               *sample_window.findChildren(DateField)]
    assert len(pickers) >= 3  # the event's first and last day, the letters' answer-by date
    for picker in pickers:
        _assert_bounded(picker)


def test_a_guests_travel_dates_cannot_go_past_the_limits(sample_window: MainWindow, qtbot: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[QDateTimeEdit] = []

    def fill(dialog: GuestDialog) -> int:
        for edit in (dialog.arrival, dialog.departure):
            _assert_bounded(edit)
            edit.setEnabled(True)
            edit.setDateTime(QDateTime(QDate(9999, 12, 31), QTime(23, 0)))
            assert edit.date() == LAST
            edit.stepUp()
            assert edit.date() == LAST
            seen.append(edit)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(GuestDialog, "exec", fill)
    page = sample_window.guests
    sample_window.tabs.setCurrentWidget(page)
    page.list.table.selectRow(0)
    page.list.edit_selected()
    assert len(seen) == 2
