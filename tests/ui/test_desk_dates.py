"""Date and time fields: the event's length kept, typed dates in each language, typed times, zones by city."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from eventplanner.services import events
from eventplanner.ui.common.date_fields import DateField, TimeField, computer_zone, time_zones
from eventplanner.ui.event.new_event import NewEventDialog
from eventplanner.ui.window.main_window import MainWindow


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying any text (QTest.keyClicks takes ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_moving_the_first_day_keeps_the_length(qtbot: Any) -> None:
    dialog = NewEventDialog()
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2027, 3, 10))
    dialog.end.setDate(QDate(2027, 3, 11))  # two days
    dialog.start.setDate(QDate(2027, 11, 10))
    assert dialog.end.date() == QDate(2027, 11, 11)
    dialog.start.setDate(QDate(2027, 3, 10))  # and back: never left at November
    assert dialog.end.date() == QDate(2027, 3, 11)
    assert dialog.end.minimumDate() == QDate(2027, 3, 10)


def test_a_new_event_takes_the_computers_time_zone(qtbot: Any) -> None:
    dialog = NewEventDialog()
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Forum")
    assert dialog.values()["timezone"] == computer_zone()
    assert computer_zone() in time_zones()


@pytest.mark.parametrize(("lang", "text"), [("en", "10 March 2027"), ("ru", "10 марта 2027"),
                                            ("az", "10 mart 2027"), ("ru", "10.03.2027"), ("en", "2027-03-10")])
def _select_all(qtbot: Any, edit: QWidget) -> None:
    """As a user does it: click into the field, then Ctrl+A."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize(("lang", "text"), [("en", "10 March 2027"), ("ru", "10 марта 2027"),
                                            ("az", "10 mart 2027"), ("ru", "10.03.2027"), ("en", "2027-03-10"),
                                            ("en", "Mar 10, 2027"), ("ru", "ср, 10 мар. 2027")])
def test_typed_dates_in_each_language(qtbot: Any, lang: str, text: str) -> None:
    field = DateField(QDate(2027, 1, 5))
    field.setLocale(QLocale(lang))
    qtbot.addWidget(field)
    field.show()
    changed: list[QDate] = []
    field.dateChanged.connect(changed.append)
    _select_all(qtbot, field.lineEdit())
    type_text(field.lineEdit(), text)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert field.date() == QDate(2027, 3, 10) and changed == [QDate(2027, 3, 10)]
    assert field.text() == field.display_text(QDate(2027, 3, 10))


def test_a_date_that_is_not_one_puts_the_last_back(qtbot: Any) -> None:
    field = DateField(QDate(2027, 1, 5))
    qtbot.addWidget(field)
    field.show()
    _select_all(qtbot, field.lineEdit())
    qtbot.keyClicks(field.lineEdit(), "31 February")
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert field.date() == QDate(2027, 1, 5) and "5 January 2027" in field.text()
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Up)
    assert field.date() == QDate(2027, 1, 6)


def test_russian_dates_show_the_genitive(qtbot: Any) -> None:
    field = DateField(QDate(2027, 3, 10))
    field.setLocale(QLocale("ru"))
    qtbot.addWidget(field)
    assert "10 марта 2027" in field.text()


@pytest.mark.parametrize(("typed", "value"), [("1030", QTime(10, 30)), ("14:45", QTime(14, 45)),
                                              ("9", QTime(9, 0)), ("25:00", QTime(9, 0))])
def test_select_all_and_type_replaces_a_time(qtbot: Any, typed: str, value: QTime) -> None:
    field = TimeField(QTime(9, 0))
    qtbot.addWidget(field)
    field.show()
    _select_all(qtbot, field)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    field.editingFinished.emit()  # offscreen, Tab may not take the focus away
    assert field.time() == value and field.text() == value.toString("HH:mm")


def test_time_zone_by_city(qtbot: Any, sample_window: MainWindow) -> None:
    win = sample_window
    win.tabs.setCurrentWidget(win.details)
    details = win.details
    details.timezone.setCurrentText("Baku")
    details._save_zone()
    assert win.current_event is not None
    assert events.get_event(win.ops.db, win.current_event.id).timezone == "Asia/Baku"
    assert details.timezone.currentText() == "Asia/Baku"


def test_details_dates_keep_the_length(qtbot: Any, sample_window: MainWindow) -> None:
    win = sample_window
    details = win.details
    win.tabs.setCurrentWidget(details)
    assert win.current_event is not None
    first, last = win.current_event.start_date, win.current_event.end_date
    details.start.setDate(QDate(2022, 1, 10))
    details._save_dates()
    event = events.get_event(win.ops.db, win.current_event.id)
    assert event.start_date == date(2022, 1, 10)
    assert (event.end_date - event.start_date) == (last - first)


def test_tab_leaves_a_date_field_and_takes_the_typed_date(qtbot: Any) -> None:
    dialog = NewEventDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.start.lineEdit().setFocus()
    qtbot.waitUntil(dialog.start.lineEdit().hasFocus)
    dialog.start.lineEdit().selectAll()
    qtbot.keyClicks(dialog.start.lineEdit(), "12.03.2027")
    qtbot.keyClick(dialog.start.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not dialog.start.lineEdit().hasFocus())
    assert dialog.start.date() == QDate(2027, 3, 12)
    assert dialog.end.lineEdit().hasFocus()
