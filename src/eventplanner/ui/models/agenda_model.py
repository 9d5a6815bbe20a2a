"""The agenda of one day as a table: time, length, kind, title, participants, room.

The model never writes to the database. Edits and moves are handed to callbacks, which the agenda view
turns into undo commands; the model is then reloaded with the new slots.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.data import SlotData
from eventplanner.domain.enums import PARTICIPANT_ROLE_LABELS, SLOT_KIND_LABELS, ParticipantRole

MIME = "application/x-eventplanner-slot-id"
SLOT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

TIME, DURATION, KIND, TITLE, PARTICIPANTS, ROOM = range(6)


def tr(text: str) -> str:
    return QCoreApplication.translate("AgendaModel", text)


def participants_text(slot: SlotData) -> str:
    parts = []
    for p in slot.participants:
        name = p.person.display_name
        if p.role is not ParticipantRole.SPEAKER:
            name += f" ({tr(PARTICIPANT_ROLE_LABELS[p.role]).lower()})"
        parts.append(name)
    return "; ".join(parts)


def parse_time(text: str) -> time | None:
    text = text.strip().replace(".", ":").replace("h", ":")
    if text.isdigit() and len(text) in (3, 4):
        text = f"{text[:-2]}:{text[-2:]}"
    try:
        hours, minutes = (int(x) for x in text.split(":"))
        return time(hours, minutes)
    except ValueError:
        return None


class AgendaModel(QAbstractTableModel):
    HEADERS = ("Time", "Min", "Kind", "Title", "Participants", "Room")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.slots: list[SlotData] = []
        self.problems: dict[int, list[Conflict]] = {}
        #: (slot, changes) -> accepted? Set by the view; returns False when the change was refused.
        self.edit_requested: Callable[[SlotData, dict[str, Any]], bool] = lambda _s, _c: False
        #: (slot, new index among the slots of its day and room) -> accepted?
        self.reorder_requested: Callable[[SlotData, int], bool] = lambda _s, _i: False

    # Loading -----------------------------------------------------------------------------------------

    def set_slots(self, slots: Sequence[SlotData], problems: dict[int, list[Conflict]] | None = None) -> None:
        self.beginResetModel()
        self.slots = sorted(slots, key=lambda s: (s.start, s.id))
        self.problems = problems or {}
        self.endResetModel()

    def slot_at(self, row: int) -> SlotData | None:
        return self.slots[row] if 0 <= row < len(self.slots) else None

    def row_of(self, slot_id: int) -> int:
        return next((i for i, s in enumerate(self.slots) if s.id == slot_id), -1)

    # Table ---------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == DURATION:
            return tr("Length in minutes")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        slot = self.slot_at(index.row())
        if slot is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(slot, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == TIME:
                return f"{slot.start:%H:%M}"
            if col == DURATION:
                return slot.duration_minutes
            if col == TITLE:
                return slot.title
            return self._display(slot, col)
        if role == SLOT_ID_ROLE:
            return slot.id
        problems = self.problems.get(slot.id)
        if role == Qt.ItemDataRole.DecorationRole and col == TIME and problems:
            return _warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(c.message for c in problems)
            if col == TITLE and slot.description:
                return slot.description
            if col == PARTICIPANTS and slot.participants:
                return "\n".join(_participant_line(p.person.display_name, p.person.title_line()) for p in
                                 slot.participants)
        if role == Qt.ItemDataRole.ForegroundRole and slot.kind.is_pause:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(QColor(255, 200, 0, 40))
        if role == Qt.ItemDataRole.FontRole and col == TITLE and not slot.kind.is_pause:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, slot: SlotData, col: int) -> Any:
        if col == TIME:
            return slot.time_range
        if col == DURATION:
            return str(slot.duration_minutes)
        if col == KIND:
            return tr(SLOT_KIND_LABELS[slot.kind])
        if col == TITLE:
            return slot.title or tr(SLOT_KIND_LABELS[slot.kind])
        if col == PARTICIPANTS:
            return participants_text(slot)
        if col == ROOM:
            return slot.room_name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (TIME, DURATION, TITLE):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        slot = self.slot_at(index.row())
        if slot is None or role != Qt.ItemDataRole.EditRole:
            return False
        col = index.column()
        changes: dict[str, Any] = {}
        if col == TITLE:
            text = str(value).strip()
            if text == slot.title:
                return False
            changes["title"] = text
        elif col == TIME:
            parsed = parse_time(str(value))
            if parsed is None:
                return False
            new = datetime.combine(slot.day, parsed)
            if new == slot.start:
                return False
            changes["start"] = new
        elif col == DURATION:
            try:
                minutes = int(str(value).strip())
            except ValueError:
                return False
            if minutes == slot.duration_minutes:
                return False
            changes["duration_minutes"] = minutes
        else:
            return False
        return self.edit_requested(slot, changes)

    # Moves (drag and drop, Ctrl+Up/Down) ---------------------------------------------------------------

    def lane_index(self, slot: SlotData, dest_row: int) -> int:
        """Where a slot dropped before table row `dest_row` lands among the slots of its room."""
        return sum(1 for s in self.slots[:dest_row] if s.room_id == slot.room_id and s.id != slot.id)

    def moveRows(
        self, source_parent: Index, source_row: int, count: int, destination_parent: Index, destination_child: int
    ) -> bool:
        slot = self.slot_at(source_row)
        if slot is None or count != 1 or destination_child in (source_row, source_row + 1):
            return False
        return self.reorder_requested(slot, self.lane_index(slot, destination_child))

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME, QByteArray(str(self.slots[rows[0]].id).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(MIME):
            return False
        try:
            slot_id = int(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return False
        source = self.row_of(slot_id)
        dest = row if row >= 0 else (parent.row() if parent.isValid() else len(self.slots))
        if source < 0:
            return False
        self.moveRows(QModelIndex(), source, 1, QModelIndex(), dest)
        return False  # the reload after the command shows the result; nothing for the view to remove


def _participant_line(name: str, title: str) -> str:
    return f"{name} — {title}" if title else name


_icon: QIcon | None = None


def _warning_icon() -> QIcon:
    global _icon
    if _icon is None:
        _icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _icon
