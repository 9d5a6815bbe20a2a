"""The agenda's edits: the slot dialog, inline edits, moves, deletes, breaks, protocol order, context menu.

`AgendaEdits` is the base of `AgendaView` (agenda_view.py), which owns the table, the day tabs and loading;
every edit here is an action (ui/agenda/actions.py) run through `Operations`, with the window's Ripple toggles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from eventplanner.domain.data import EventData, PersonData, RoomData, SlotData
from eventplanner.services import agenda, organizations, people
from eventplanner.services.agenda import SlotInput
from eventplanner.ui.agenda.actions import AddSlot, DeleteSlot, EditSlot, ProtocolOrder, ReorderSlot, RippleOptions
from eventplanner.ui.agenda.model import AgendaModel
from eventplanner.ui.common.dates import day_label, long_day
from eventplanner.ui.common.operations import Operations

if TYPE_CHECKING:
    from eventplanner.ui.agenda.slot_dialog import SlotDialog


class AgendaEdits(QWidget):
    """The edit half of the agenda view; the attributes below are set up by `AgendaView`."""

    ops: Operations
    current_event: EventData | None
    rooms: list[RoomData]
    days: list[date]
    model: AgendaModel
    table: QTableView
    ripple: Callable[[], bool]
    parallel: Callable[[], bool]
    add_action: QAction
    edit_action: QAction
    duplicate_action: QAction
    break_action: QAction
    up_action: QAction
    down_action: QAction
    protocol_action: QAction

    def ripple_options(self) -> RippleOptions:
        """The window's Ripple toggles: later slots move, and (parallel) those of the other rooms too."""
        return RippleOptions(ripple=self.ripple(), parallel=self.ripple() and self.parallel())

    def selected_slots(self) -> list[SlotData]:
        raise NotImplementedError

    def current_day(self) -> date | None:
        raise NotImplementedError

    # Edits ------------------------------------------------------------------------------------------------------

    def _inline_edit(self, slot: SlotData, changes: dict[str, Any]) -> bool:
        name = agenda.describe(slot)
        if "start" in changes:
            text = self.tr("Move “{0}” to {1}").format(name, f"{changes['start']:%H:%M}")
        elif "duration_minutes" in changes:
            text = self.tr("Make “{0}” {1} min").format(name, changes["duration_minutes"])
        else:
            text = self.tr("Rename “{0}” to “{1}”").format(name, changes.get("title", ""))
        echoed = self._echo(slot, changes)
        if self.ops.run(EditSlot(self.ops, slot, changes, text, **self.ripple_options())):
            return True
        if echoed:  # refused or failed: the row shows what is saved again
            self.model.take_back_echo(slot)
        return False

    def _echo(self, slot: SlotData, changes: dict[str, Any]) -> bool:
        """Put the typed value on screen now, before the save and the refresh after it (several milliseconds
        in a large event): the edited row repaints at once, as the user lets go of the editor."""
        row = self.model.echo(slot, changes)
        if row < 0:
            return False
        viewport, top, height = self.table.viewport(), self.table.rowViewportPosition(row), self.table.rowHeight(row)
        if top + height > 0 and top < viewport.height():
            viewport.repaint(0, top, viewport.width(), height)
        return True

    def _reorder(self, slot: SlotData, new_index: int) -> bool:
        return self.ops.run(ReorderSlot(self.ops, slot, new_index))

    def move_selected(self, delta: int) -> None:
        selected = self.selected_slots()
        if len(selected) != 1:
            return
        slot = selected[0]
        lane = [s for s in self.model.slots if s.room_id == slot.room_id]
        while lane.index(slot) + delta >= len(lane) and self.model.canFetchMore():
            self.model.fetchMore()
            lane = [s for s in self.model.slots if s.room_id == slot.room_id]
        index = lane.index(slot) + delta
        if 0 <= index < len(lane):
            self._reorder(slot, index)

    def _new_person(self, hint: str) -> PersonData | None:
        # Loaded with the first new person, not at start-up (the person dialog brings its picture picker).
        from eventplanner.ui.directory.actions import CreatePerson
        from eventplanner.ui.directory.person_dialog import PersonDialog

        orgs = self.ops.call(organizations.list_organizations, self.ops.db)
        if orgs is None:  # the error was shown; no dialog over a list that could not be read
            return None
        dialog = PersonDialog(self, orgs, name_hint=hint)
        if not dialog.exec():
            return None
        command = CreatePerson(self.ops, dialog.values())
        return command.person if self.ops.run(command) else None

    def _dialog(self, slot: SlotData | None, start: datetime | None = None, room_id: int | None = None
                ) -> SlotDialog | None:
        from eventplanner.ui.agenda.slot_dialog import SlotDialog  # loads with the first dialog, not at start-up

        assert self.current_event is not None
        speakers = self.ops.call(people.list_people, self.ops.db)
        if speakers is None:
            return None
        others = self.ops.call(agenda.list_slots, self.ops.db, self.current_event.id)
        if others is None:
            return None
        dialog = SlotDialog(self, self.current_event, self.rooms, speakers, slot, start, self._new_person,
                            room_id=room_id, others=others)
        return dialog if dialog.exec() else None

    def add_slot(self) -> None:
        if self.current_event is None:
            return
        selected = self.selected_slots()
        day = self.current_day() or self.current_event.start_date
        if selected:
            start = selected[-1].end
        elif self.model.slots:
            start = (self.model.last_slot() or self.model.slots[-1]).end
        else:
            start = datetime.combine(day, time(10, 0))
        self.add_slot_at(start, selected[-1].room_id if selected else None)

    def add_slot_at(self, start: datetime, room_id: int | None = None) -> None:
        """The slot dialog prefilled with a start and a room (the timetable's double-click on empty space)."""
        if self.current_event is None:
            return
        dialog = self._dialog(None, start, room_id)
        if dialog is not None:
            draft = dialog.slot_input()
            text = self.tr("Add “{0}” at {1}").format(agenda.describe(draft), f"{draft.start:%H:%M}")
            self.ops.run(AddSlot(self.ops, self.current_event.id, draft, text, **self.ripple_options()))

    def edit_slot(self) -> None:
        selected = self.selected_slots()
        if len(selected) != 1:
            return
        dialog = self._dialog(selected[0])
        if dialog is not None:
            changes = dialog.changes()
            if changes:
                self.ops.run(EditSlot(self.ops, selected[0], changes, **self.ripple_options()))

    def delete_selected(self) -> None:
        for slot in reversed(self.selected_slots()):
            if not self.ops.run(DeleteSlot(self.ops, slot, **self.ripple_options())):
                break

    def duplicate(self) -> None:
        selected = self.selected_slots()
        if len(selected) == 1 and self.current_event is not None:
            draft = replace(SlotInput.from_slot(selected[0]), start=selected[0].end)
            text = self.tr("Duplicate “{0}”").format(agenda.describe(selected[0]))
            self.ops.run(AddSlot(self.ops, self.current_event.id, draft, text, **self.ripple_options()))

    def insert_break(self) -> None:
        selected = self.selected_slots()
        if len(selected) == 1 and self.current_event is not None:
            slot = selected[0]
            # Titled in every content language the event offers (resources/languages), not the interface's.
            draft = self.ops.call(agenda.break_draft, self.ops.db, slot.id)
            if draft is None:
                return
            text = self.tr("Insert a break after “{0}”").format(agenda.describe(slot))
            self.ops.run(AddSlot(self.ops, self.current_event.id, draft, text, **self.ripple_options()))

    def order_by_protocol(self) -> None:
        selected = self.selected_slots()
        if selected and self.current_event is not None:
            self.ops.run(ProtocolOrder(self.ops, self.current_event.id, [s.id for s in selected]))

    def _day_of(self, slot: SlotData) -> date:
        """The conference day tab `slot` is listed under (a show at 00:15 stays with the evening before)."""
        return self.current_event.day_of(slot.start) if self.current_event is not None else slot.day

    def move_to(self, slot: SlotData, day: date | None = None, room_id: int | str | None = "keep") -> None:
        changes: dict[str, Any] = {}
        if day is not None and day != self._day_of(slot):
            changes["start"] = slot.start + timedelta(days=(day - self._day_of(slot)).days)
            where = day_label(day)
        if room_id != "keep" and room_id != slot.room_id:
            changes["room_id"] = room_id
            where = next((r.name for r in self.rooms if r.id == room_id), self.tr("no room"))
        if changes:
            text = self.tr("Move “{0}” to {1}").format(agenda.describe(slot), where)
            self.ops.run(EditSlot(self.ops, slot, changes, text, **self.ripple_options()))

    def _double_clicked(self, index: QModelIndex) -> None:
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.edit_slot()

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in (self.add_action, self.edit_action, self.duplicate_action, self.break_action):
            menu.addAction(action)
        selected = self.selected_slots()
        if len(selected) == 1:
            slot = selected[0]
            days = menu.addMenu(self.tr("Move to &day"))
            for d in self.days:
                act = days.addAction(long_day(d))
                act.setEnabled(d != self._day_of(slot))
                act.triggered.connect(lambda _=False, d=d: self.move_to(slot, day=d))
            rooms = menu.addMenu(self.tr("Move to &room"))
            for room_id, name in [(None, self.tr("No room")), *((r.id, r.name) for r in self.rooms)]:
                act = rooms.addAction(name)
                act.setEnabled(room_id != slot.room_id)
                act.triggered.connect(lambda _=False, r=room_id: self.move_to(slot, room_id=r))
        menu.addSeparator()
        for action in (self.up_action, self.down_action, self.protocol_action):
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
