"""The agenda's day tabs, typed times and the Show menu use conference days, as the timetable does: with days
changing at 04:00, a show at 00:15 after a day that began at 11:00 is listed, edited and run with that day."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QInputDialog

from eventplanner.domain.enums import SlotKind
from eventplanner.services import agenda, events
from eventplanner.services.agenda import SlotInput
from eventplanner.ui.agenda.model import TIME
from eventplanner.ui.agenda.slot_dialog import SlotDialog
from eventplanner.ui.show import menu as show_menu
from eventplanner.ui.show.stage_timer import StageTimerWindow
from eventplanner.ui.window.main_window import MainWindow

FIRST, SECOND = date(2026, 5, 4), date(2026, 5, 5)


@pytest.fixture
def night(window: MainWindow, qtbot: Any) -> MainWindow:
    db = window.ops.db
    event = events.create_event(db, "Night Forum", FIRST, SECOND, day_change_minutes=240)
    for start, title in ((datetime(2026, 5, 4, 11, 0), "Opening"), (datetime(2026, 5, 5, 0, 15), "Night show"),
                         (datetime(2026, 5, 5, 10, 0), "Day two")):
        agenda.add_slot(db, event.id, SlotInput(start=start, duration_minutes=45, kind=SlotKind.OTHER, title=title))
    window.team.watcher.own_write()
    window.refresh()
    window.select_event(event.id)
    window.tabs.setCurrentWidget(window.agenda)
    qtbot.waitUntil(lambda: len(window.agenda.all_slots) == 3)
    return window


def shown(win: MainWindow) -> list[str]:
    return [s.title for s in win.agenda.model.slots]


def night_show(win: MainWindow) -> int:
    return next(s.id for s in win.agenda.all_slots if s.title == "Night show")


def test_the_night_show_is_in_day_ones_tab(night: MainWindow) -> None:
    view = night.agenda
    assert view.days == [FIRST, SECOND] and view.day_tabs.count() == 2
    view.day_tabs.setCurrentIndex(0)
    assert shown(night) == ["Opening", "Night show"]
    view.day_tabs.setCurrentIndex(1)
    assert shown(night) == ["Day two"]
    view.select_slot(night_show(night))  # chosen elsewhere (the timetable): the agenda goes to its day
    assert view.current_day() == FIRST
    night.tabs.setCurrentWidget(night.timetable)
    assert night.timetable.day_of(agenda.get_slot(night.ops.db, night_show(night))) == FIRST


def test_typing_half_past_midnight_keeps_it_in_day_one(night: MainWindow, qtbot: Any) -> None:
    view, model = night.agenda, night.agenda.model
    view.day_tabs.setCurrentIndex(0)
    row = model.row_of(night_show(night))
    assert model.setData(model.index(row, TIME), "00:30")
    assert agenda.get_slot(night.ops.db, night_show(night)).start == datetime(2026, 5, 5, 0, 30)
    qtbot.waitUntil(lambda: shown(night) == ["Opening", "Night show"])
    assert view.current_day() == FIRST
    assert model.setData(model.index(model.row_of(night_show(night)), TIME), "23:30")  # back before midnight
    assert agenda.get_slot(night.ops.db, night_show(night)).start == datetime(2026, 5, 4, 23, 30)


def test_the_slot_dialog_offers_the_conference_day(night: MainWindow, qtbot: Any) -> None:
    assert night.current_event is not None
    slot = agenda.get_slot(night.ops.db, night_show(night))
    dialog = SlotDialog(night, night.current_event, [], [], slot=slot)
    qtbot.addWidget(dialog)
    assert dialog.day.currentData() == FIRST
    assert dialog.slot_input_start() == datetime(2026, 5, 5, 0, 15)
    dialog.start.setTime(QTime(10, 0))
    assert dialog.slot_input_start() == datetime.combine(FIRST, time(10, 0))


def test_moving_the_night_show_to_day_two_keeps_its_hour(night: MainWindow) -> None:
    view = night.agenda
    slot = agenda.get_slot(night.ops.db, night_show(night))
    view.move_to(slot, day=SECOND)
    assert agenda.get_slot(night.ops.db, slot.id).start == datetime(2026, 5, 6, 0, 15)


def test_the_show_menu_offers_one_run_per_conference_day(night: MainWindow,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[list[str]] = []

    def pick(_parent: Any, _title: str, _label: str, names: list[str], *_a: Any) -> tuple[str, bool]:
        offered.append(names)
        return names[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    monkeypatch.setattr(StageTimerWindow, "place_on", lambda self, screen, full: self.show())
    operator = show_menu.start_show(night, lambda: datetime(2026, 5, 4, 10, 0))
    assert offered == [["04.05.2026", "05.05.2026"]]
    assert operator is not None
    operator.timer.stop()
    assert [operator.view.slots[i.id].title for i in operator.view.state.items] == ["Opening", "Night show"]
    operator.close()
