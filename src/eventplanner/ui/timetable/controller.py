"""TimetableController: the timetable's requests become the same actions the agenda table runs.

    ops = Operations(db, window)                      # the window's (holds db and the QUndoStack)
    controller = TimetableController(widget, ops, ripple=lambda: ripple_action.isChecked(), event_id=event.id,
                                     edit_slot=window.edit_slot, create_slot=window.new_slot_at)

Moves and resizes are `EditSlot`s (with the ripple rule when it is on), deletes `DeleteSlot`s,
a double-click on empty space an `AddSlot` (or the window's slot dialog, if `create_slot` is given).
After every change, undo and redo (`ops.changed`) the widget is refreshed from the services.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from eventplanner.domain.conflicts import find_conflicts
from eventplanner.domain.data import SlotData
from eventplanner.domain.enums import SlotKind
from eventplanner.services import agenda, events
from eventplanner.services.agenda import SlotInput, describe
from eventplanner.ui.agenda.actions import AddSlot, DeleteSlot, EditSlot, RippleOptions
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.timetable.widget import TimetableWidget

NEW_SLOT_MINUTES = 15


def tr(text: str) -> str:
    return QCoreApplication.translate("Timetable", text)


class TimetableController(QObject):
    def __init__(
        self,
        widget: TimetableWidget,
        ops: Operations,
        ripple: Callable[[], bool],
        event_id: int | None = None,
        edit_slot: Callable[[int], None] | None = None,
        create_slot: Callable[[datetime, int | None], None] | None = None,
        refresh_on_change: bool = True,
    ) -> None:
        super().__init__(widget)
        self.widget, self.ops, self.ripple = widget, ops, ripple
        self.parallel: Callable[[], bool] = lambda: False  # the window's "parallel sessions" toggle
        self.event_id = event_id
        self.edit_slot, self.create_slot = edit_slot, create_slot
        widget.moveRequested.connect(self.move)
        widget.resizeRequested.connect(self.resize)
        widget.deleteRequested.connect(self.delete)
        widget.createRequested.connect(self.create)
        widget.slotActivated.connect(self.activate)
        ops.focus_slot.connect(widget.select_slot)
        if refresh_on_change:
            ops.changed.connect(self.refresh)
        if event_id is not None:
            self.refresh()

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.refresh()

    def ripple_options(self) -> RippleOptions:
        """The window's Ripple toggles: later slots move, and (parallel) those of the other rooms too."""
        return RippleOptions(ripple=self.ripple(), parallel=self.ripple() and self.parallel())

    def refresh(self) -> None:
        """Reload the event's rooms, slots and conflicts from the services and show them."""
        if self.event_id is None:
            self.widget.set_event(None)
            return
        db = self.ops.db
        loaded = self.ops.call(
            lambda: (events.get_event(db, self.event_id or 0), events.list_rooms(db, self.event_id or 0),
                     agenda.list_slots(db, self.event_id or 0)),
            context=tr("loading the timetable"),
        )
        if loaded is None:
            return
        event, rooms, slots = loaded
        self.widget.set_event(event, rooms, slots, find_conflicts(event, slots))

    def _slot(self, slot_id: int) -> SlotData | None:
        return next((s for s in self.widget.slots if s.id == slot_id), None)

    # Requests ------------------------------------------------------------------------------------------

    def move(self, slot_id: int, new_start: datetime, new_room_id: int | None) -> bool:
        slot = self._slot(slot_id)
        if slot is None:
            return False
        changes: dict[str, object] = {}
        if new_start != slot.start:
            changes["start"] = new_start
        if new_room_id != slot.room_id:
            changes["room_id"] = new_room_id
        if not changes:
            return False
        text = tr("Move “{0}” to {1}").format(describe(slot), f"{new_start:%H:%M}")
        if "room_id" in changes:
            room = next((r.name for r in self.widget.rooms if r.id == new_room_id), tr("no room"))
            text = tr("Move “{0}” to {1}, {2}").format(describe(slot), room, f"{new_start:%H:%M}")
        return self.ops.run(EditSlot(self.ops, slot, changes, text, **self.ripple_options()))

    def resize(self, slot_id: int, new_duration: int) -> bool:
        slot = self._slot(slot_id)
        if slot is None or new_duration == slot.duration_minutes:
            return False
        text = tr("Make “{0}” {1} min long").format(describe(slot), new_duration)
        return self.ops.run(
            EditSlot(self.ops, slot, {"duration_minutes": new_duration}, text, **self.ripple_options())
        )

    def delete(self, slot_id: int) -> bool:
        slot = self._slot(slot_id)
        if slot is None:
            return False
        return self.ops.run(DeleteSlot(self.ops, slot, **self.ripple_options()))

    def _event_id(self) -> int | None:
        """The event set on the controller, else the one the widget shows (when the window feeds the widget)."""
        if self.event_id is not None:
            return self.event_id
        return self.widget.current_event.id if self.widget.current_event is not None else None

    def create(self, start: datetime, room_id: int | None) -> bool:
        event_id = self._event_id()
        if event_id is None:
            return False
        if self.create_slot is not None:
            self.create_slot(start, room_id)
            return True
        draft = SlotInput(start=start, duration_minutes=NEW_SLOT_MINUTES, kind=SlotKind.OTHER,
                          title=tr("New item"), room_id=room_id)
        text = tr("Add a slot at {0}").format(f"{start:%H:%M}")
        return self.ops.run(AddSlot(self.ops, event_id, draft, text, **self.ripple_options()))

    def activate(self, slot_id: int) -> None:
        if self.edit_slot is not None:
            self.edit_slot(slot_id)
