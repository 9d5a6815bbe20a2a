"""The agenda of one day as a table: time, length, kind, title, participants, room.

The model never writes to the database. Edits and moves are handed to callbacks, which the agenda view
turns into undo commands; the model is then reloaded with the new slots.

Rows are exposed lazily (`canFetchMore`/`fetchMore`, PAGE rows at a time), from a list already in memory or
from a page source that reads the next rows after a (start, id) key. The view sizes and paints only the rows
fetched, so opening a day of thousands of slots costs one page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.data import SlotData
from eventplanner.domain.days import conference_day, moment_on
from eventplanner.domain.typed_dates import parse_time
from eventplanner.ui.agenda.cells import (
    DURATION,
    KIND,
    PARTICIPANTS,
    PAUSE_BRUSH,
    PROBLEM_BRUSH,
    RIGHT,
    ROOM,
    TIME,
    TITLE,
    bold_font,
    display_texts,
    tooltip,
    tr,
    warning_icon,
)

MIME = "application/x-eventplanner-slot-id"
SLOT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
__all__ = ["DURATION", "KIND", "PARTICIPANTS", "ROOM", "TIME", "TITLE", "AgendaModel"]  # the columns, for callers

PAGE = 50
#: The fields an inline edit shows before it is saved (`AgendaModel.echo`): a title never moves its row and is
#: hardly ever refused (a NUL or an over-long paste; then it is taken back). A new start or length may re-time
#: or move rows, or be out of range: those show once saved.
ECHOED = frozenset({"title"})
#: (after this (start, id) key or None for the first, at most this many) -> the next slots in (start, id) order.
PageSource = Callable[[tuple[datetime, int] | None, int], Sequence[SlotData]]


class AgendaModel(QAbstractTableModel):
    HEADERS = ("Time", "Min", "Kind", "Title", "Participants", "Room")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.slots: list[SlotData] = []
        """The rows exposed so far (all of them once `fetch_all` ran)."""
        self._rest: list[SlotData] = []
        self._source: PageSource | None = None
        self.problems: dict[int, list[Conflict]] = {}
        self._text_cache: dict[int, tuple[str, ...]] = {}
        #: The event's day-change time (set by the view): a time typed before it is after midnight, same day.
        self.day_change_minutes = 0
        #: (slot, changes) -> accepted? Set by the view; returns False when the change was refused.
        self.edit_requested: Callable[[SlotData, dict[str, Any]], bool] = lambda _s, _c: False
        #: (slot, new index among the slots of its day and room) -> accepted?
        self.reorder_requested: Callable[[SlotData, int], bool] = lambda _s, _i: False
        self._echoed: SlotData | None = None

    # Loading -----------------------------------------------------------------------------------------

    def set_slots(self, slots: Sequence[SlotData], problems: dict[int, list[Conflict]] | None = None) -> None:
        """Show these slots; the first PAGE rows at once, the rest as the view asks for them."""
        ordered = sorted(slots, key=lambda s: (s.start, s.id))
        self._reset(ordered[:PAGE], ordered[PAGE:], None, problems)

    def set_source(self, source: PageSource, problems: dict[int, list[Conflict]] | None = None) -> None:
        """Show the slots `source` pages through; the first page is read now, the next ones on demand."""
        first = list(source(None, PAGE))
        self._reset(first, [], source if len(first) == PAGE else None, problems)

    def _reset(self, shown: list[SlotData], rest: list[SlotData], source: PageSource | None,
               problems: dict[int, list[Conflict]] | None) -> None:
        self.beginResetModel()
        self.slots, self._rest, self._source = shown, rest, source
        self._text_cache = {}
        self.problems = problems or {}
        self.endResetModel()

    def set_problems(self, problems: dict[int, list[Conflict]]) -> None:
        """New conflict marks without a reset: only the shown rows repaint."""
        self.problems = problems
        if self.slots:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.slots) - 1, len(self.HEADERS) - 1))

    def day_ids(self) -> list[int] | None:
        """The ids of every slot of the day in row order, or None while rows are still paged from the database."""
        if self._source is not None:
            return None
        return [s.id for s in self.slots] + [s.id for s in self._rest]

    def update_slots(self, fresh: dict[int, SlotData], problems: dict[int, list[Conflict]],
                     marks: set[int] | frozenset[int] = frozenset()) -> list[int]:
        """New values for some slots in place (the rows stay where they are); only the rows of these slots and
        of the slots in `marks` (whose conflict marks changed) repaint. Returns those rows."""
        self.problems = problems
        rows = []
        for row, slot in enumerate(self.slots):
            new = fresh.get(slot.id)
            if new is not None:
                self.slots[row] = new
                self._text_cache.pop(slot.id, None)
            if new is not None or slot.id in marks:
                rows.append(row)
        self._rest = [fresh.get(s.id, s) for s in self._rest]
        last = len(self.HEADERS) - 1
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return rows

    def echo(self, slot: SlotData, changes: dict[str, Any]) -> int:
        """Show an inline edit's new values in the slot's row before they are saved; returns the row, or -1.

        Only for the fields in ECHOED. No dataChanged here, so the row's height is not fitted twice: the caller
        repaints the row, and the save that follows within the same call announces it, either from the Change
        (`update_slots`) or from `take_back_echo`."""
        if not changes or not set(changes) <= ECHOED:
            return -1
        row = self._shown_row(slot.id)
        if row >= 0:
            self._echoed = self.slots[row] = replace(self.slots[row], **changes)
            self._text_cache.pop(slot.id, None)
        return row

    def take_back_echo(self, slot: SlotData) -> None:
        """The echoed edit was not saved: show `slot` again, unless the row was reloaded meanwhile (a colleague's
        version after "Reload" stays)."""
        row = self._shown_row(slot.id)
        if row >= 0 and self.slots[row] is self._echoed:
            self.slots[row] = slot
            self._text_cache.pop(slot.id, None)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        self._echoed = None

    def _shown_row(self, slot_id: int) -> int:
        return next((i for i, s in enumerate(self.slots) if s.id == slot_id), -1)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and (bool(self._rest) or self._source is not None)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        if self._rest:
            more, self._rest = self._rest[:PAGE], self._rest[PAGE:]
        elif self._source is not None:
            last = self.slots[-1] if self.slots else None
            more = list(self._source((last.start, last.id) if last else None, PAGE))
            if len(more) < PAGE:
                self._source = None
        else:
            return
        if more:
            self.beginInsertRows(QModelIndex(), len(self.slots), len(self.slots) + len(more) - 1)
            self.slots.extend(more)
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Expose every row (before acting on the whole day: the last slot, a move down the lane)."""
        while self.canFetchMore():
            self.fetchMore()

    def last_slot(self) -> SlotData | None:
        """The day's last slot, whether or not its row is fetched yet."""
        if self._source is not None:
            self.fetch_all()
        return self._rest[-1] if self._rest else (self.slots[-1] if self.slots else None)

    def slot_at(self, row: int) -> SlotData | None:
        return self.slots[row] if 0 <= row < len(self.slots) else None

    def row_of(self, slot_id: int) -> int:
        """The row of a slot, fetching further rows until it is found or the day is exhausted."""
        found = next((i for i, s in enumerate(self.slots) if s.id == slot_id), -1)
        while found < 0 and self.canFetchMore():
            start = len(self.slots)
            self.fetchMore()
            found = next((i for i, s in enumerate(self.slots[start:], start) if s.id == slot_id), -1)
        return found

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
        # Called tens of times per cell whenever rows are measured or painted: plain ints, cached texts.
        row = index.row()
        if not 0 <= row < len(self.slots):
            return None
        slot = self.slots[row]
        col = index.column()
        if role == _DISPLAY:
            return self._texts(slot)[col]
        if role == _EDIT:
            if col == TIME:
                return f"{slot.start:%H:%M}"
            if col == DURATION:
                return slot.duration_minutes
            if col == TITLE:
                return slot.title
            return self._texts(slot)[col]
        if role == SLOT_ID_ROLE:
            return slot.id
        if role == _FONT:
            return bold_font() if col == TITLE and not slot.kind.is_pause else None
        if role == _ALIGNMENT:
            return RIGHT if col == DURATION else None
        if role not in (_DECORATION, _TOOLTIP, _BACKGROUND):
            return None
        problems = self.problems.get(slot.id)
        if role == _DECORATION:
            return warning_icon() if col == TIME and problems else None
        if role == _BACKGROUND:
            return PROBLEM_BRUSH if problems else (PAUSE_BRUSH if slot.kind.is_pause else None)
        return tooltip(slot, col, problems)

    def _texts(self, slot: SlotData) -> tuple[str, ...]:
        """The six display texts of a slot, made once per slot and reset (the slots are frozen data)."""
        texts = self._text_cache.get(slot.id)
        if texts is None:
            texts = self._text_cache[slot.id] = display_texts(slot)
        return texts

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _DROP_FLAGS
        return _EDITABLE_FLAGS if index.column() in (TIME, DURATION, TITLE) else _CELL_FLAGS

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
            new = moment_on(conference_day(slot.start, self.day_change_minutes), parsed, self.day_change_minutes)
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


_DISPLAY, _EDIT, _FONT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole), int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_DECORATION, _TOOLTIP = int(Qt.ItemDataRole.DecorationRole), int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
# flags() is asked for every cell painted: the three answers made once (Qt's flag enums are Python objects)
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DROP_FLAGS = _BASE_FLAGS | Qt.ItemFlag.ItemIsDropEnabled
_CELL_FLAGS = _BASE_FLAGS | Qt.ItemFlag.ItemIsDragEnabled
_EDITABLE_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsEditable
