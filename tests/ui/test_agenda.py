"""Agenda editing through the GUI: dialog, inline edits, moves, undo and redo of each kind of change."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from eventplanner.domain.enums import SlotKind
from eventplanner.services import agenda
from eventplanner.services.people import list_people
from eventplanner.ui.agenda.model import DURATION, TIME, TITLE
from eventplanner.ui.agenda.slot_dialog import SlotDialog
from eventplanner.ui.event.new_event import NewEventDialog
from eventplanner.ui.window.main_window import MainWindow


def starts(win: MainWindow) -> list[tuple[str, str]]:
    assert win.current_event is not None
    return [(s.title, f"{s.start:%H:%M}") for s in agenda.list_slots(win.ops.db, win.current_event.id)]


def test_welcome_then_create_event(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.pages.currentWidget() is window.welcome

    def fill(self: NewEventDialog) -> int:
        self.title_edit.setText("Refugee Forum 2026")
        return 1

    monkeypatch.setattr(NewEventDialog, "exec", fill)
    window.new_event()
    assert window.current_event is not None and window.current_event.title == "Refugee Forum 2026"
    assert window.pages.currentWidget() is window.tabs
    assert window.event_list.count() == 1
    window.ops.stack.undo()
    assert window.event_list.count() == 0
    assert window.pages.currentWidget() is window.welcome
    window.ops.stack.redo()
    assert window.event_list.count() == 1


def test_add_and_edit_slot_through_dialog(sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    win = sample_window
    view = win.agenda
    before = len(view.model.slots)
    view.select_slot(view.model.slots[-1].id)

    def add(self: SlotDialog) -> int:
        self.title_edit.setText("Closing words")
        self.kind.setCurrentIndex(self.kind.findData(SlotKind.CLOSING))
        self.duration.setValue(20)
        self._add_by_label(next(label for label in self._by_label if "Huseynov" in label))
        return 1

    monkeypatch.setattr(SlotDialog, "exec", add)
    view.add_slot()
    assert len(view.model.slots) == before + 1
    added = view.model.slots[-1]
    assert added.title == "Closing words" and f"{added.start:%H:%M}" == "12:00"
    assert [p.person.family_name for p in added.participants] == ["Huseynov"]
    assert win.ops.stack.undoText().startswith("Add “Closing words”")

    def edit(self: SlotDialog) -> int:
        self.title_edit.setText("Closing remarks")
        self.duration.setValue(10)
        return 1

    monkeypatch.setattr(SlotDialog, "exec", edit)
    view.select_slot(added.id)
    view.edit_slot()
    assert view.model.slots[-1].title == "Closing remarks"
    assert view.model.slots[-1].duration_minutes == 10
    win.ops.stack.undo()
    assert view.model.slots[-1].title == "Closing words"
    win.ops.stack.undo()
    assert len(view.model.slots) == before
    win.ops.stack.redo()
    win.ops.stack.redo()
    assert view.model.slots[-1].title == "Closing remarks"
    assert view.model.slots[-1].id == added.id


def test_new_speaker_from_slot_dialog(sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventplanner.ui.directory.person_dialog import PersonDialog

    def person(self: PersonDialog) -> int:
        self.position.setText("Moderator of the day")
        return 1

    monkeypatch.setattr(PersonDialog, "exec", person)
    view = sample_window.agenda
    view.select_slot(view.model.slots[0].id)
    dialog = SlotDialog(view, sample_window.current_event, [], list_people(sample_window.ops.db), view.model.slots[0],  # type: ignore[arg-type]
                        new_person=view._new_person)
    dialog.search.setText("Leyla Mammadova")
    dialog._new_speaker()
    names = [dialog.people[pid].full_name for pid, _role in dialog.participant_list()]
    assert names[-1] == "Leyla Mammadova"


def test_inline_edits_ripple_and_undo(sample_window: MainWindow) -> None:
    win = sample_window
    model = win.agenda.model
    original = starts(win)
    assert model.setData(model.index(0, TITLE), "Welcome")
    assert model.slots[0].title == "Welcome"
    assert win.ops.stack.undoText() == "Rename “Welcome and opening of the event” to “Welcome”"
    assert model.setData(model.index(0, DURATION), "20")
    assert [t for _n, t in starts(win)][:3] == ["10:00", "10:20", "10:45"]
    win.ops.stack.undo()
    win.ops.stack.undo()
    assert starts(win) == original
    win.ops.stack.redo()
    win.ops.stack.redo()
    assert [t for _n, t in starts(win)][1] == "10:20"


def test_inline_start_edit_has_readable_label(sample_window: MainWindow) -> None:
    model = sample_window.agenda.model
    assert model.setData(model.index(1, TIME), "10:20")
    assert sample_window.ops.stack.undoText() == "Move “Opening speeches” to 10:20"


def test_reorder_by_model_moves(sample_window: MainWindow) -> None:
    win = sample_window
    model = win.agenda.model
    original = starts(win)
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    now = starts(win)
    assert now[0][0] == "Opening speeches" and now[0][1] == "10:00"
    assert now[2][0] == "Welcome and opening of the event" and now[2][1] == "10:35"
    assert win.ops.stack.undoText() == "Move “Welcome and opening of the event” to 10:35"
    win.ops.stack.undo()
    assert starts(win) == original
    win.ops.stack.redo()
    assert starts(win) == now


def test_move_up_down_keyboard_actions(sample_window: MainWindow) -> None:
    view = sample_window.agenda
    second = view.model.slots[1]
    view.select_slot(second.id)
    view.down_action.trigger()
    assert view.model.slots[2].id == second.id
    view.up_action.trigger()
    assert view.model.slots[1].id == second.id


def test_delete_duplicate_break_undo(sample_window: MainWindow) -> None:
    win = sample_window
    view = win.agenda
    original = starts(win)
    view.select_slot(view.model.slots[0].id)
    view.duplicate()
    assert len(starts(win)) == len(original) + 1
    assert starts(win)[1] == ("Welcome and opening of the event", "10:10")
    win.ops.stack.undo()
    assert starts(win) == original

    view.select_slot(view.model.slots[1].id)
    view.insert_break()
    assert view.model.slots[2].kind is SlotKind.BREAK
    assert starts(win)[3][1] == "10:50"
    win.ops.stack.undo()
    assert starts(win) == original

    view.select_slot(view.model.slots[0].id)
    win.delete_selected()
    assert starts(win)[0] == ("Opening speeches", "10:00")
    win.ops.stack.undo()
    assert starts(win) == original
    assert view.model.slots[0].participants, "participants come back with the slot"
    win.ops.stack.redo()
    assert len(starts(win)) == len(original) - 1


def test_move_slot_to_other_day(sample_window: MainWindow) -> None:
    from datetime import date

    from eventplanner.services import events

    win = sample_window
    assert win.current_event is not None
    win.ops.call(events.update_event, win.ops.db, win.current_event.id, end_date=date(2021, 12, 19))
    win.refresh()
    view = win.agenda
    slot = view.model.slots[0]
    view.move_to(slot, day=date(2021, 12, 19))
    moved = agenda.get_slot(win.ops.db, slot.id)
    assert moved.start == datetime.combine(date(2021, 12, 19), time(10, 0))
    win.ops.stack.undo()
    assert agenda.get_slot(win.ops.db, slot.id).start == slot.start


def test_protocol_order_and_undo(sample_window: MainWindow) -> None:
    win = sample_window
    view = win.agenda
    opening = view.model.slots[1]
    before = [p.person.family_name for p in opening.participants]
    view.select_slot(opening.id)
    view.order_by_protocol()
    after = [p.person.family_name for p in agenda.get_slot(win.ops.db, opening.id).participants]
    win.ops.stack.undo()
    assert [p.person.family_name for p in agenda.get_slot(win.ops.db, opening.id).participants] == before
    assert sorted(after) == sorted(before)


def test_conflicts_appear_and_disappear(sample_window: MainWindow) -> None:
    win = sample_window
    model = win.agenda.model
    assert win.problems.problem_count() == 0
    second = model.slots[1]
    win.ops.run(_no_ripple_move(win, second))
    assert win.problems.problem_count() > 0
    row = model.row_of(second.id)
    tip = model.data(model.index(row, TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "overlap" in tip
    assert model.data(model.index(row, TIME), Qt.ItemDataRole.DecorationRole) is not None
    item = win.problems.item(0)
    win.problems.itemDoubleClicked.emit(item)
    assert win.agenda.selected_slots()[0].id in (model.slots[0].id, second.id)
    win.ops.stack.undo()
    assert win.problems.problem_count() == 0


def _no_ripple_move(win: MainWindow, slot: Any) -> Any:
    from eventplanner.ui.agenda.actions import EditSlot

    return EditSlot(win.ops, slot, {"start": slot.start.replace(minute=5)}, ripple=False)


def test_refused_change_shows_message_and_keeps_stack(sample_window: MainWindow, shown_errors: list[str]) -> None:
    model = sample_window.agenda.model
    count = sample_window.ops.stack.count()
    assert not model.setData(model.index(0, DURATION), "0")
    assert shown_errors and "1 minute" in shown_errors[-1]
    assert sample_window.ops.stack.count() == count


def test_time_cell_takes_times_as_staff_type_them(sample_window: MainWindow) -> None:
    """The Time cell reads typed times with the same rule as every other time field (domain.typed_dates)."""
    model = sample_window.agenda.model
    last = model.rowCount() - 1
    slot = model.slot_at(last)
    assert slot is not None
    for typed, shown in (("1615", "16:15"), ("17h05", "17:05"), ("18", "18:00")):
        assert model.setData(model.index(last, TIME), typed)
        moved = next(s for s in model.slots if s.id == slot.id)
        assert f"{moved.start:%H:%M}" == shown
    assert not model.setData(model.index(last, TIME), "25:00")
    assert not model.setData(model.index(last, TIME), "soon")
