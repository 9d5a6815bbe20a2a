"""Parallel ripple in the window: lengthening the coffee break moves the panel and the side session beside it,
unless Agenda > Move parallel sessions too is off; undo puts both back."""

from __future__ import annotations

from datetime import date, datetime

from eventplanner.domain.enums import SlotKind
from eventplanner.services import agenda, events
from eventplanner.services.agenda import SlotInput
from eventplanner.ui.agenda.model import DURATION
from eventplanner.ui.window.main_window import MainWindow


def _two_rooms(win: MainWindow) -> dict[str, int]:
    db = win.ops.db
    event = events.create_event(db, "Forum", date(2027, 3, 10), date(2027, 3, 10))
    hall = events.add_room(db, event.id, "Plenary hall").id
    side = events.add_room(db, event.id, "Side room").id
    ids = {}
    for title, hour, minute, length, kind, room in (
        ("Coffee break", 10, 0, 30, SlotKind.BREAK, hall),
        ("Panel", 10, 30, 60, SlotKind.PANEL, hall),
        ("Side session", 10, 30, 60, SlotKind.DISCUSSION, side),
    ):
        draft = SlotInput(start=datetime(2027, 3, 10, hour, minute), duration_minutes=length, kind=kind,
                          title=title, room_id=room)
        change = agenda.add_slot(db, event.id, draft)
        assert change.slot is not None
        ids[title] = change.slot.id
    win.select_event(event.id)
    win.tabs.setCurrentWidget(win.agenda)
    return ids


def _starts(win: MainWindow) -> dict[str, str]:
    assert win.current_event is not None
    return {s.title: f"{s.start:%H:%M}" for s in agenda.list_slots(win.ops.db, win.current_event.id)}


def _lengthen_break(win: MainWindow, slot_id: int) -> None:
    model = win.agenda.model
    row = next(i for i, s in enumerate(model.slots) if s.id == slot_id)
    assert model.setData(model.index(row, DURATION), "45")


def test_parallel_sessions_move_together(window: MainWindow) -> None:
    ids = _two_rooms(window)
    assert window.menus.ripple.isChecked() and window.menus.parallel.isChecked()
    _lengthen_break(window, ids["Coffee break"])
    assert _starts(window) == {"Coffee break": "10:00", "Panel": "10:45", "Side session": "10:45"}
    window.ops.stack.undo()
    assert _starts(window) == {"Coffee break": "10:00", "Panel": "10:30", "Side session": "10:30"}
    window.ops.stack.redo()
    assert _starts(window)["Side session"] == "10:45"


def test_turning_parallel_off_moves_only_the_room(window: MainWindow) -> None:
    ids = _two_rooms(window)
    window.menus.parallel.setChecked(False)
    assert window.settings.parallel_ripple() is False
    _lengthen_break(window, ids["Coffee break"])
    assert _starts(window) == {"Coffee break": "10:00", "Panel": "10:45", "Side session": "10:30"}
