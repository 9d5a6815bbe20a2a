"""Actions on events and their rooms. Each is one service call; the runner records what it changed, so a
deleted event comes back with its rooms, agenda and organizations' roles on undo (ui/common/undo.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.data import EventData
from eventplanner.services import events
from eventplanner.ui.common.l10n_catalog import FIELD_LABELS
from eventplanner.ui.common.operations import Action, Operations


def tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class CreateEvent(Action):
    def __init__(self, ops: Operations, values: Mapping[str, Any]) -> None:
        super().__init__(ops, tr("Create event “{0}”").format(values.get("title", "")))
        self.values = dict(values)
        self.event: EventData | None = None

    def forward(self) -> None:
        v = dict(self.values)
        self.event = events.create_event(self.db, v.pop("title"), v.pop("start_date"), v.pop("end_date", None), **v)


class DeleteEvent(Action):
    def __init__(self, ops: Operations, event: EventData) -> None:
        super().__init__(ops, tr("Delete event “{0}”").format(event.title))
        self.event_id = event.id

    def forward(self) -> None:
        events.delete_event(self.db, self.event_id)


class DuplicateEvent(Action):
    def __init__(self, ops: Operations, event: EventData) -> None:
        super().__init__(ops, tr("Duplicate “{0}” as next year's event").format(event.title))
        self.source = event
        self.event: EventData | None = None

    def forward(self) -> None:
        self.event = events.duplicate_event(self.db, self.source.id)


class EditEvent(Action):
    def __init__(self, ops: Operations, event: EventData, changes: Mapping[str, Any]) -> None:
        label = ", ".join(tr(FIELD_LABELS[k]).lower() if k in FIELD_LABELS else k for k in changes)
        super().__init__(ops, tr("Change {0} of “{1}”").format(label, event.title))
        self.event_id = event.id
        self.changes = dict(changes)
        self.old = {k: getattr(event, k) for k in changes}
        self.expected_version: int | None = event.version

    def forward(self) -> None:
        events.update_event(self.db, self.event_id, expected_version=self.expected_version, **self.changes)


class AddRoom(Action):
    def __init__(self, ops: Operations, event_id: int, name: str) -> None:
        super().__init__(ops, tr("Add room “{0}”").format(name))
        self.event_id, self.name = event_id, name

    def forward(self) -> None:
        self.result = events.add_room(self.db, self.event_id, self.name)


class RenameRoom(Action):
    def __init__(self, ops: Operations, room_id: int, old: str, new: str) -> None:
        super().__init__(ops, tr("Rename room “{0}” to “{1}”").format(old, new))
        self.room_id, self.old, self.new = room_id, old, new

    def forward(self) -> None:
        events.rename_room(self.db, self.room_id, self.new)


class ReorderRooms(Action):
    def __init__(self, ops: Operations, event_id: int, old: Sequence[int], new: Sequence[int]) -> None:
        super().__init__(ops, tr("Reorder rooms"))
        self.event_id, self.old, self.new = event_id, list(old), list(new)

    def forward(self) -> None:
        events.reorder_rooms(self.db, self.event_id, self.new)


class DeleteRoom(Action):
    """The room's slots stay, without a room; undo puts the room back and its slots into it."""

    def __init__(self, ops: Operations, event_id: int, room_id: int, name: str) -> None:
        super().__init__(ops, tr("Delete room “{0}”").format(name))
        self.event_id, self.room_id, self.name = event_id, room_id, name

    def forward(self) -> None:
        events.delete_room(self.db, self.room_id)
