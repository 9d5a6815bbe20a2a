"""Small symmetric undo commands: `forward` and `backward` each call services, nothing else.

Every command keeps what it needs to put the data back exactly: old field values, the starts of slots a
ripple moved, or a full snapshot of what was deleted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from eventplanner.domain.data import EventData, ProgrammeData, SlotData
from eventplanner.domain.enums import ParticipantRole
from eventplanner.services import agenda, events, programme, protocol
from eventplanner.services.agenda import SlotInput, describe
from eventplanner.ui.common.l10n_catalog import FIELD_LABELS
from eventplanner.ui.common.operations import Operations


def tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class Command(QUndoCommand):
    """Base: the first redo (done by `Operations.push`) is skipped; later ones replay `forward`."""

    def __init__(self, ops: Operations, text: str) -> None:
        super().__init__(text)
        self.ops = ops
        self.db = ops.db
        self.done_once = False
        self.focus: int | None = None

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.done_once:
            self.done_once = False
            return
        if self.ops.guard(self.forward, self.text()):
            self._after()
        else:
            self.setObsolete(True)

    def undo(self) -> None:
        if self.ops.guard(self.backward, tr("Undo") + " " + self.text()):
            self._after()
        else:
            self.setObsolete(True)

    def _after(self) -> None:
        self.ops.changed.emit()
        if self.focus is not None:
            self.ops.focus_slot.emit(self.focus)


def _name(slot: SlotData | SlotInput) -> str:
    return describe(slot)


# Agenda ------------------------------------------------------------------------------------------------


class AddSlotCommand(Command):
    """Add a slot (also used for duplicate and insert-break); redo brings it back under the same id."""

    def __init__(self, ops: Operations, event_id: int, draft: SlotInput, text: str, ripple: bool = True) -> None:
        super().__init__(ops, text)
        self.event_id, self.draft, self.ripple = event_id, draft, ripple
        self.slot_id: int | None = None
        self.undo_starts: dict[int, datetime] = {}

    def forward(self) -> None:
        change = agenda.add_slot(self.db, self.event_id, self.draft, ripple=self.ripple, restore_id=self.slot_id)
        assert change.slot is not None
        self.slot_id = self.focus = change.slot.id
        self.undo_starts = change.undo_starts

    def backward(self) -> None:
        assert self.slot_id is not None
        agenda.delete_slot(self.db, self.slot_id, ripple=False)
        agenda.set_starts(self.db, self.event_id, self.undo_starts)


class EditSlotCommand(Command):
    def __init__(
        self, ops: Operations, slot: SlotData, changes: Mapping[str, Any], text: str | None = None, ripple: bool = True
    ) -> None:
        super().__init__(ops, text or tr("Edit “{0}”").format(_name(slot)))
        before = SlotInput.from_slot(slot)
        self.slot_id = self.focus = slot.id
        self.event_id = slot.event_id
        self.changes = dict(changes)
        self.old = {k: getattr(before, k) for k in self.changes}
        self.ripple = ripple
        self.undo_starts: dict[int, datetime] = {}
        self.expected_version: int | None = slot.version
        """The version the user saw; checked on the first save only (ui/team/stale.py may move it on)."""

    def forward(self) -> None:
        change = agenda.update_slot(
            self.db, self.slot_id, expected_version=self.expected_version, ripple=self.ripple, **self.changes
        )
        self.expected_version = None
        self.undo_starts = change.undo_starts

    def backward(self) -> None:
        agenda.set_starts(self.db, self.event_id, self.undo_starts)
        agenda.update_slot(self.db, self.slot_id, ripple=False, **self.old)


class DeleteSlotCommand(Command):
    def __init__(self, ops: Operations, slot: SlotData, ripple: bool = True) -> None:
        super().__init__(ops, tr("Delete “{0}”").format(_name(slot)))
        self.slot, self.ripple = slot, ripple
        self.undo_starts: dict[int, datetime] = {}

    def forward(self) -> None:
        change = agenda.delete_slot(self.db, self.slot.id, ripple=self.ripple)
        if change.slot is not None:
            self.slot = change.slot
        self.undo_starts = change.undo_starts
        self.focus = None

    def backward(self) -> None:
        agenda.restore_slot(self.db, self.slot, self.undo_starts)
        self.focus = self.slot.id


class ReorderSlotCommand(Command):
    def __init__(self, ops: Operations, slot: SlotData, new_index: int) -> None:
        super().__init__(ops, tr("Move “{0}”").format(_name(slot)))
        self.slot, self.new_index = slot, new_index
        self.focus = slot.id
        self.undo_starts: dict[int, datetime] = {}

    def forward(self) -> None:
        change = agenda.reorder_slot(self.db, self.slot.id, self.new_index)
        self.undo_starts = change.undo_starts
        if change.slot is not None:
            self.setText(tr("Move “{0}” to {1}").format(_name(self.slot), f"{change.slot.start:%H:%M}"))

    def backward(self) -> None:
        agenda.set_starts(self.db, self.slot.event_id, self.undo_starts)


class ProtocolOrderCommand(Command):
    def __init__(self, ops: Operations, event_id: int, slot_ids: Sequence[int]) -> None:
        super().__init__(ops, tr("Order {0} slot(s) by protocol").format(len(slot_ids)))
        self.event_id, self.slot_ids = event_id, list(slot_ids)
        self.before: dict[int, tuple[tuple[int, ParticipantRole], ...]] = {}
        self.undo_starts: dict[int, datetime] = {}

    def forward(self) -> None:
        change = protocol.order_by_protocol(self.db, self.slot_ids)
        self.before = dict(change.participants_before)
        self.undo_starts = {sid: old for sid, (old, _new) in change.shifted.items()}

    def backward(self) -> None:
        agenda.set_starts(self.db, self.event_id, self.undo_starts)
        for slot_id, parts in self.before.items():
            agenda.update_slot(self.db, slot_id, participants=parts)


# Events and rooms ---------------------------------------------------------------------------------------


class CreateEventCommand(Command):
    def __init__(self, ops: Operations, values: Mapping[str, Any]) -> None:
        super().__init__(ops, tr("Create event “{0}”").format(values.get("title", "")))
        self.values = dict(values)
        self.event: EventData | None = None

    def forward(self) -> None:
        v = dict(self.values)
        self.event = events.create_event(self.db, v.pop("title"), v.pop("start_date"), v.pop("end_date", None), **v)

    def backward(self) -> None:
        assert self.event is not None
        events.delete_event(self.db, self.event.id)


class DeleteEventCommand(Command):
    """Undo re-creates the event with its rooms, agenda, participants and organizations' roles, same ids."""

    def __init__(self, ops: Operations, event: EventData) -> None:
        super().__init__(ops, tr("Delete event “{0}”").format(event.title))
        self.event_id = event.id
        self.snapshot: ProgrammeData | None = None

    def forward(self) -> None:
        self.snapshot = programme.programme_data(self.db, self.event_id, with_images=False)
        events.delete_event(self.db, self.event_id)

    def backward(self) -> None:
        assert self.snapshot is not None
        events.restore_event(self.db, self.snapshot)


class DuplicateEventCommand(Command):
    def __init__(self, ops: Operations, event: EventData) -> None:
        super().__init__(ops, tr("Duplicate “{0}” as next year's event").format(event.title))
        self.source = event
        self.event: EventData | None = None

    def forward(self) -> None:
        self.event = events.duplicate_event(self.db, self.source.id)

    def backward(self) -> None:
        assert self.event is not None
        events.delete_event(self.db, self.event.id)


class EditEventCommand(Command):
    def __init__(self, ops: Operations, event: EventData, changes: Mapping[str, Any]) -> None:
        label = ", ".join(tr(FIELD_LABELS[k]).lower() if k in FIELD_LABELS else k for k in changes)
        super().__init__(ops, tr("Change {0} of “{1}”").format(label, event.title))
        self.event_id = event.id
        self.changes = dict(changes)
        self.old = {k: getattr(event, k) for k in changes}
        self.expected_version: int | None = event.version

    def forward(self) -> None:
        events.update_event(self.db, self.event_id, expected_version=self.expected_version, **self.changes)
        self.expected_version = None

    def backward(self) -> None:
        events.update_event(self.db, self.event_id, **self.old)


class AddRoomCommand(Command):
    def __init__(self, ops: Operations, event_id: int, name: str) -> None:
        super().__init__(ops, tr("Add room “{0}”").format(name))
        self.event_id, self.name = event_id, name
        self.room_id: int | None = None

    def forward(self) -> None:
        self.room_id = events.add_room(self.db, self.event_id, self.name).id

    def backward(self) -> None:
        assert self.room_id is not None
        events.delete_room(self.db, self.room_id)


class RenameRoomCommand(Command):
    def __init__(self, ops: Operations, room_id: int, old: str, new: str) -> None:
        super().__init__(ops, tr("Rename room “{0}” to “{1}”").format(old, new))
        self.room_id, self.old, self.new = room_id, old, new

    def forward(self) -> None:
        events.rename_room(self.db, self.room_id, self.new)

    def backward(self) -> None:
        events.rename_room(self.db, self.room_id, self.old)


class ReorderRoomsCommand(Command):
    def __init__(self, ops: Operations, event_id: int, old: Sequence[int], new: Sequence[int]) -> None:
        super().__init__(ops, tr("Reorder rooms"))
        self.event_id, self.old, self.new = event_id, list(old), list(new)

    def forward(self) -> None:
        events.reorder_rooms(self.db, self.event_id, self.new)

    def backward(self) -> None:
        events.reorder_rooms(self.db, self.event_id, self.old)


class DeleteRoomCommand(Command):
    """Undo re-creates the room in its place and puts its slots back into it."""

    def __init__(self, ops: Operations, event_id: int, room_id: int, name: str) -> None:
        super().__init__(ops, tr("Delete room “{0}”").format(name))
        self.event_id, self.room_id, self.name = event_id, room_id, name
        self.order: list[int] = []
        self.slot_ids: list[int] = []

    def forward(self) -> None:
        self.order = [r.id for r in events.list_rooms(self.db, self.event_id)]
        self.slot_ids = [s.id for s in agenda.list_slots(self.db, self.event_id) if s.room_id == self.room_id]
        events.delete_room(self.db, self.room_id)

    def backward(self) -> None:
        new_id = events.add_room(self.db, self.event_id, self.name).id
        self.order = [new_id if r == self.room_id else r for r in self.order]
        self.room_id = new_id
        events.reorder_rooms(self.db, self.event_id, self.order)
        for slot_id in self.slot_ids:
            agenda.update_slot(self.db, slot_id, room_id=new_id)
