"""The event's rooms on the Event details tab: the list and its Add…, Rename…, Up, Down and Delete buttons.

It lives apart from the event's fields because rooms are rows of their own (each edit is a room action with its
own undo step, and a change to the rooms reloads only this list), while the fields save the event itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.data import RoomData
from eventplanner.services import events
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.event.actions import AddRoom, DeleteRoom, RenameRoom, ReorderRooms


class RoomsBox(QGroupBox):
    """The "Rooms" group: one event's rooms in their order; every edit goes through the runner."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rooms"), parent)
        self.ops = ops
        self.event_id: int | None = None
        self.rooms: list[RoomData] = []
        self.room_list = QListWidget()
        self.room_list.setMaximumHeight(160)
        self.room_list.itemDoubleClicked.connect(lambda _i: self.rename_room())
        room_buttons = QVBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add_room), (self.tr("Rename…"), self.rename_room),
                           (self.tr("Up"), lambda: self.move_room(-1)), (self.tr("Down"), lambda: self.move_room(1)),
                           (self.tr("Delete"), self.delete_room)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            room_buttons.addWidget(button)
        room_buttons.addStretch(1)
        rooms_row = QHBoxLayout()
        rooms_row.addWidget(self.room_list, 1)
        rooms_row.addLayout(room_buttons)
        rooms_layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Without rooms, every slot takes place in the main hall."))
        hint.setEnabled(False)
        rooms_layout.addWidget(hint)
        rooms_layout.addLayout(rooms_row)

    def set_event(self, event_id: int | None) -> None:
        """The event whose rooms are edited (the page's current event); `reload` shows them."""
        self.event_id = event_id

    def reload(self) -> None:
        """The event's rooms again; the selected row stays where it was (or on the last room)."""
        if self.event_id is None:
            return
        rooms = self.ops.call(events.list_rooms, self.ops.db, self.event_id)
        if rooms is None:  # could not read: the list keeps what it showed
            return
        self.rooms = rooms
        row = self.room_list.currentRow()
        self.room_list.clear()
        for room in self.rooms:
            item = QListWidgetItem(room.name)
            item.setData(Qt.ItemDataRole.UserRole, room.id)
            self.room_list.addItem(item)
        self.room_list.setCurrentRow(min(row, self.room_list.count() - 1))

    def _current_room(self) -> RoomData | None:
        row = self.room_list.currentRow()
        return self.rooms[row] if 0 <= row < len(self.rooms) else None

    def add_room(self) -> None:
        if self.event_id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add room"), self.tr("Name of the room:"))
        if ok and name.strip():
            self.ops.run(AddRoom(self.ops, self.event_id, name.strip()))

    def rename_room(self) -> None:
        room = self._current_room()
        if room is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename room"), self.tr("New name:"), text=room.name)
        if ok and name.strip() and name.strip() != room.name:
            self.ops.run(RenameRoom(self.ops, room.id, room.name, name.strip()))

    def move_room(self, delta: int) -> None:
        room = self._current_room()
        if room is None or self.event_id is None:
            return
        ids = [r.id for r in self.rooms]
        i = ids.index(room.id)
        j = i + delta
        if 0 <= j < len(ids):
            new = list(ids)
            new[i], new[j] = new[j], new[i]
            if self.ops.run(ReorderRooms(self.ops, self.event_id, ids, new)):
                self.room_list.setCurrentRow(j)

    def delete_room(self) -> None:
        room = self._current_room()
        if room is not None and self.event_id is not None:
            self.ops.run(DeleteRoom(self.ops, self.event_id, room.id, room.name))
