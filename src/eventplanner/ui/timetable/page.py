"""The Timetable tab of the main window, sharing the agenda's selection and day.

The timetable loads its own rooms, slots and conflicts through the services (`TimetableController.refresh`),
never from another view's cache. A change that touches the event's slots, rooms or speakers (or a reload of
the agenda) marks it stale; it reloads only while it is the visible tab, and catches up when it is shown.
Its requests go through `TimetableController` to the same actions and runner as the table, with the window's
Ripple toggle; a double-click edits through the agenda's slot dialog, or on empty space
opens that dialog prefilled with the start time and room under the mouse.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from eventplanner.domain.change import Change, EntityKind
from eventplanner.domain.conflicts import Conflict
from eventplanner.ui.timetable import TimetableWidget
from eventplanner.ui.timetable.controller import TimetableController

_SHOWN = (EntityKind.SLOT, EntityKind.PARTICIPANT, EntityKind.ROOM, EntityKind.PERSON, EntityKind.EVENT)

if TYPE_CHECKING:
    from eventplanner.ui.agenda.view import AgendaView
    from eventplanner.ui.window.main_window import MainWindow


class TimetableTab(QObject):
    def __init__(self, window: MainWindow, ripple: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.agenda: AgendaView = window.agenda
        self.widget = TimetableWidget()
        self.widget.setObjectName("timetable")
        self.controller = TimetableController(
            self.widget, window.ops, ripple=ripple, refresh_on_change=False,
            edit_slot=self.edit_slot, create_slot=self.create_slot,
        )
        self._stale = True
        self.agenda.problems_changed.connect(self._agenda_loaded)
        window.ops.changed.connect(self._changed)
        self.agenda.table.selectionModel().selectionChanged.connect(lambda *_: self._agenda_selected())
        self.agenda.day_tabs.currentChanged.connect(lambda _i: self._agenda_day())
        self.widget.slotSelected.connect(lambda slot_id: self.agenda.select_slot(slot_id, focus=False))
        self.widget.dayChanged.connect(self._timetable_day)

    def showing(self) -> bool:
        return self.window.tabs.currentWidget() is self.widget

    # Agenda -> timetable ---------------------------------------------------------------------------------

    def _agenda_loaded(self, _found: Sequence[Conflict]) -> None:
        """The agenda (re)loaded an event: the timetable follows, reading for itself."""
        self._stale = True
        if self.showing():
            self.catch_up()

    def _changed(self, change: Change | None) -> None:
        if change is None or any(change.touches(kind) for kind in _SHOWN):
            self._stale = True
            if self.showing():
                self.catch_up()


    def catch_up(self) -> None:
        """Show what the agenda loaded (if it changed since) and the agenda's selection or day."""
        if self._stale:
            self._stale = False
            event = self.agenda.current_event
            self.controller.set_event(event.id if event is not None else None)
        selected = self.agenda.selected_slots()
        if selected:
            self.widget.select_slot(selected[0].id)
        else:
            day = self.agenda.current_day()
            if day is not None:
                self.widget.set_day(day)

    def _agenda_selected(self) -> None:
        selected = self.agenda.selected_slots()
        if selected and self.showing() and not self._stale:
            self.widget.select_slot(selected[0].id)

    def _agenda_day(self) -> None:
        day = self.agenda.current_day()
        if day is not None and self.showing() and not self._stale:
            self.widget.set_day(day)

    # Timetable -> agenda ---------------------------------------------------------------------------------

    def _timetable_day(self, day: date | None) -> None:
        a = self.agenda
        if day in a.days and day != a.current_day():
            a.day_tabs.setCurrentIndex(a.days.index(day))

    def select_slot(self, slot_id: int) -> None:
        """Select a slot in both views (the Problems panel, a change's focus)."""
        self.agenda.select_slot(slot_id, focus=not self.showing())
        if self.showing():
            self.catch_up()
            self.widget.select_slot(slot_id)

    def edit_slot(self, slot_id: int) -> None:
        self.agenda.select_slot(slot_id, focus=False)
        self.agenda.edit_slot()

    def create_slot(self, start: datetime, room_id: int | None) -> None:
        self.agenda.add_slot_at(start, room_id)

    def delete_selected(self) -> None:
        slot_id = self.widget.selected_slot()
        if slot_id is not None:
            self.controller.delete(slot_id)
