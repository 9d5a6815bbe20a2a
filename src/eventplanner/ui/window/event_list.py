"""The events sidebar: every event of the database in two lines (title, dates), a list model over EventData.

The window hands it the events to show (and which one to keep chosen), patches an edited event's row in place,
and hears from it when the user picks another event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QListView, QWidget

from eventplanner.domain.data import EventData
from eventplanner.ui.common.dates import date_range

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class EventListModel(QAbstractListModel):
    """One row per event: its title and dates, the venue in the tooltip, its id under EVENT_ROLE."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[EventData] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.events):
            return None
        event = self.events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{event.title}\n{date_range(event.start_date, event.end_date)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{event.title}\n{event.venue_name}"
        if role == EVENT_ROLE:
            return event.id
        return None

    def set_events(self, events: Sequence[EventData]) -> None:
        self.beginResetModel()
        self.events = list(events)
        self.endResetModel()

    def update_event(self, fresh: EventData) -> None:
        """An edited event: its row changes in place, the others and the selection stay."""
        row = self.row_of(fresh.id)
        if row >= 0:
            self.events[row] = fresh
            self.dataChanged.emit(self.index(row), self.index(row))

    def row_of(self, event_id: int | None) -> int:
        return next((i for i, e in enumerate(self.events) if e.id == event_id), -1)


class EventList(QListView):
    """The sidebar's list. `current_changed` fires when the user (or `setCurrentIndex`) picks another event,
    not while `show_events` refills the list: the window reads the choice once the list is whole."""

    current_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self.setStyleSheet("QListView#eventList::item { padding: 6px 4px; }")
        self.setWordWrap(True)  # long titles wrap in a narrow sidebar instead of scrolling sideways
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.events = EventListModel(self)
        self.setModel(self.events)
        self._refilling = False
        self.selectionModel().currentChanged.connect(self._current_moved)

    def _current_moved(self, *_args: object) -> None:
        if not self._refilling:
            self.current_changed.emit()

    def show_events(self, events: Sequence[EventData], chosen: int | None) -> None:
        """List these events with `chosen` (an id) selected, else the first; no `current_changed` meanwhile."""
        self._refilling = True
        try:
            self.events.set_events(events)
            row = self.events.row_of(chosen)
            self.setCurrentIndex(self.events.index(row if row >= 0 else 0))
        finally:
            self._refilling = False

    def count(self) -> int:
        return self.events.rowCount()

    def text(self, row: int) -> str:
        """What row `row` says (title and dates)."""
        return str(self.events.index(row).data() or "")

    def current_event(self) -> EventData | None:
        row = self.currentIndex().row()
        return self.events.events[row] if 0 <= row < self.count() else None

    def event_at(self, pos: QPoint) -> EventData | None:
        """The event under a point of the viewport (a right click), made the current one; None off the rows."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        self.setCurrentIndex(index)
        return self.events.events[index.row()]
