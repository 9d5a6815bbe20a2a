"""The timetable groups slots by conference day: a show at 00:15 after a day that began at 11:00 is in that
day's grid when the event's days change at 04:00."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QPointF

from eventplanner.domain.data import EventData, SlotData
from eventplanner.domain.enums import SlotKind
from eventplanner.ui.timetable import TimetableWidget

FIRST = date(2026, 5, 4)


def slots() -> list[SlotData]:
    return [SlotData(1, 1, datetime(2026, 5, 4, 11, 0), 60, SlotKind.OPENING, "Opening"),
            SlotData(2, 1, datetime(2026, 5, 5, 0, 15), 45, SlotKind.OTHER, "Night show"),
            SlotData(3, 1, datetime(2026, 5, 5, 10, 0), 30, SlotKind.OTHER, "Day two")]


def event(change: int) -> EventData:
    return EventData(1, "night", "Night Forum", FIRST, date(2026, 5, 5), day_change_minutes=change)


@pytest.fixture
def widget(qtbot: Any) -> TimetableWidget:
    w = TimetableWidget()
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    return w


def test_the_night_show_is_in_the_first_days_grid(widget: TimetableWidget) -> None:
    widget.set_event(event(240), (), slots())
    assert [widget.day_box.itemData(i) for i in range(widget.day_box.count())] == [FIRST, date(2026, 5, 5)]
    assert widget.current_day() == FIRST
    assert set(widget.scene.items_by_id) == {1, 2}
    block = widget.scene.layout.block(2)
    assert block is not None and block.start_minute == 24 * 60 + 15  # below the day's 24:00 line
    assert widget.scene.layout.last_minute >= 24 * 60 + 60
    widget.set_day(date(2026, 5, 5))
    assert set(widget.scene.items_by_id) == {3}
    widget.select_slot(2)  # selected from the agenda: the timetable goes to the day that holds it
    assert widget.current_day() == FIRST and widget.selected_slot() == 2


def test_moving_in_the_late_hours_keeps_the_real_date(widget: TimetableWidget, qtbot: Any) -> None:
    widget.set_event(event(240), (), slots())
    with qtbot.waitSignal(widget.moveRequested) as moved:
        widget._move(2, 24 * 60 + 30, 0)
    assert moved.args[:2] == [2, datetime(2026, 5, 5, 0, 30)]


def test_calendar_days_without_a_day_change(widget: TimetableWidget) -> None:
    widget.set_event(event(0), (), slots())
    assert set(widget.scene.items_by_id) == {1}
    widget.set_day(date(2026, 5, 5))
    assert set(widget.scene.items_by_id) == {2, 3}


def test_dragging_the_night_show_reads_clock_times_and_stays_after_midnight(widget: TimetableWidget,
                                                                           qtbot: Any) -> None:
    widget.set_event(event(240), (), slots())
    item = widget.scene.items_by_id[2]  # 00:15-01:00, below the 24:00 line
    ppm = widget.scene.grid.px_per_minute
    origin = item.sceneBoundingRect().center()
    item.begin_drag(origin)
    item.drag_to(origin + QPointF(0, 15 * ppm))
    assert item._preview_text() == "00:30–01:15"  # a clock reading, not 24:30–25:15
    with qtbot.waitSignal(widget.moveRequested) as moved:
        item.end_drag()
    assert moved.args[:2] == [2, datetime(2026, 5, 5, 0, 30)]  # not pulled back before midnight


def test_a_drag_label_ending_at_midnight_reads_24_00(widget: TimetableWidget) -> None:
    widget.set_event(event(240), (), slots())
    item = widget.scene.items_by_id[1]  # 11:00-12:00
    ppm = widget.scene.grid.px_per_minute
    origin = item.sceneBoundingRect().center()
    item.begin_drag(origin)
    item.drag_to(origin + QPointF(0, 12 * 60 * ppm))
    assert item._preview_text() == "23:00–24:00"
    item.drag_to(origin + QPointF(0, 13 * 60 * ppm))
    assert item._preview_text() == "00:00–01:00"
