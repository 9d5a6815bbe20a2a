"""TimetableWidget: the day grid with a day selector and zoom buttons, speaking in slots, datetimes and rooms.

    widget = TimetableWidget()
    widget.set_event(event, rooms, slots, conflicts)
    widget.moveRequested.connect(...)      # (slot_id, new_start: datetime, new_room_id: int | None)

The widget never writes: it shows data and emits requests. A controller (see controller.py, or the main
window) turns requests into undo commands and calls `set_event` again with fresh data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.data import EventData, RoomData, SlotData
from eventplanner.domain.timetable_layout import DayLayout, at_minute, layout_day
from eventplanner.ui.common.dates import medium_day
from eventplanner.ui.common.icons import icon
from eventplanner.ui.timetable.scene import TimetableScene
from eventplanner.ui.timetable.view import TimetableView


def tr(text: str) -> str:
    return QCoreApplication.translate("Timetable", text)


class TimetableWidget(QWidget):
    slotSelected = Signal(int)
    slotActivated = Signal(int)
    createRequested = Signal(object, object)  # start: datetime, room_id: int | None
    moveRequested = Signal(int, object, object)  # slot_id, new_start: datetime, new_room_id: int | None
    resizeRequested = Signal(int, int)  # slot_id, new duration in minutes
    deleteRequested = Signal(int)
    dayChanged = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_event: EventData | None = None
        self.rooms: tuple[RoomData, ...] = ()
        self.slots: tuple[SlotData, ...] = ()
        self.conflicts: tuple[Conflict, ...] = ()
        self._days: list[date] = []

        self.scene = TimetableScene(self)
        self.view = TimetableView(self.scene, self)
        self.day_box = QComboBox(self)
        self.day_box.setToolTip(tr("Day shown in the timetable"))
        self.prev_day = self._button("", tr("Previous day"), lambda: self._step_day(-1))
        self.prev_day.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_day = self._button("", tr("Next day"), lambda: self._step_day(1))
        self.next_day.setArrowType(Qt.ArrowType.RightArrow)
        self.zoom_out_button = self._button("zoom-out", tr("Zoom out (Ctrl+-)"), self.view.zoom_out)
        self.zoom_in_button = self._button("zoom-in", tr("Zoom in (Ctrl++)"), self.view.zoom_in)
        self.hint = QLabel(tr("Drag a block to move it, its lower edge to change its length; double-click to edit "
                              "or, on empty space, to add."), self)
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.setWordWrap(True)  # wraps instead of widening the window on small screens
        self.hint.setMinimumWidth(120)
        # Ctrl+plus/minus and Ctrl+wheel are handled by the view while it has focus (no window-wide shortcuts,
        # so the main window stays free to bind them elsewhere).

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 4)
        bar.addWidget(self.prev_day)
        bar.addWidget(self.day_box)
        bar.addWidget(self.next_day)
        bar.addSpacing(12)
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(bar)
        box.addWidget(self.view, 1)

        self.day_box.currentIndexChanged.connect(self._day_picked)
        self.scene.slotSelected.connect(self.slotSelected)
        self.scene.slotActivated.connect(self.slotActivated)
        self.view.activated.connect(self.slotActivated)
        self.view.deleteRequested.connect(self.deleteRequested)
        self.scene.moveRequested.connect(self._move)
        self.scene.resizeRequested.connect(self.resizeRequested)
        self.scene.createRequested.connect(self._create)
        self._update_buttons()

    def _button(self, name: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        if name:
            button.setIcon(icon(name))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # Public API ----------------------------------------------------------------------------------------

    def set_event(
        self,
        event: EventData | None,
        rooms: Sequence[RoomData] = (),
        slots: Sequence[SlotData] = (),
        conflicts: Sequence[Conflict] = (),
    ) -> None:
        """Show an event (None: nothing). Keeps the day shown, the selection and the scroll position."""
        keep = self.current_day()
        self.current_event, self.rooms, self.slots, self.conflicts = event, tuple(rooms), tuple(slots), tuple(conflicts)
        days = sorted(set(event.days) | {event.day_of(s.start) for s in slots}) if event else []
        if days != self._days:
            self._days = days
            with QSignalBlocker(self.day_box):
                self.day_box.clear()
                for d in days:
                    self.day_box.addItem(self._day_text(d), d)
        day = keep if keep in days else (days[0] if days else None)
        self._show(day)

    def current_day(self) -> date | None:
        data = self.day_box.currentData()
        return data if isinstance(data, date) else None

    def set_day(self, day: date) -> None:
        if day in self._days:
            self.day_box.setCurrentIndex(self._days.index(day))

    def select_slot(self, slot_id: int | None) -> None:
        """Select a slot's block (switching day if needed) and scroll it into view; emits nothing."""
        slot = next((s for s in self.slots if s.id == slot_id), None)
        if slot is None:
            self.scene.select_slot(None, quiet=True)
            return
        day = self.day_of(slot)
        if day != self.current_day():
            with QSignalBlocker(self.day_box):
                self.set_day(day)
            self._show(day)
        item = self.scene.select_slot(slot.id, quiet=True)
        if item is not None:
            self.view.ensureVisible(item, 16, 24)

    def day_of(self, slot: SlotData) -> date:
        """The conference day whose grid shows `slot`: a show at 00:15 stays in the evening before when the
        event's days change later (domain/days.py)."""
        return self.current_event.day_of(slot.start) if self.current_event is not None else slot.day

    def selected_slot(self) -> int | None:
        return self.scene.selected_slot()

    def layout_for_day(self, day: date) -> DayLayout:
        if self.rooms:
            label = tr("No room")
        else:
            label = (self.current_event.venue_name if self.current_event else "") or tr("Agenda")
        change = self.current_event.day_change_minutes if self.current_event is not None else 0
        return layout_day(day, self.slots, self.rooms, self.conflicts, unassigned_label=label, margin_minutes=60,
                          day_change_minutes=change)

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        """Where "now" comes from (tests pin it)."""
        self.scene.clock = clock
        self.scene.update()

    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    # Internals ---------------------------------------------------------------------------------------

    def _day_text(self, day: date) -> str:
        ev = self.current_event
        if ev is None or not ev.start_date <= day <= ev.end_date:
            return medium_day(day)
        n = (day - ev.start_date).days + 1
        return tr("Day %1 · %2").replace("%1", str(n)).replace("%2", medium_day(day))

    def _show(self, day: date | None) -> None:
        if day is None:
            self.scene.set_layout(layout_day(date.today(), (), ()))
        else:
            self.scene.set_layout(self.layout_for_day(day))
        self.view.fit_columns()
        self._update_buttons()

    def _day_picked(self, _index: int) -> None:
        self._show(self.current_day())
        self.dayChanged.emit(self.current_day())

    def _step_day(self, step: int) -> None:
        i = self.day_box.currentIndex() + step
        if 0 <= i < self.day_box.count():
            self.day_box.setCurrentIndex(i)

    def _update_buttons(self) -> None:
        i, n = self.day_box.currentIndex(), self.day_box.count()
        self.prev_day.setEnabled(i > 0)
        self.next_day.setEnabled(0 <= i < n - 1)
        self.prev_day.setVisible(n > 1)
        self.next_day.setVisible(n > 1)
        self.day_box.setEnabled(n > 1)

    def _room_of(self, column: int) -> int | None:
        layout = self.scene.layout
        if layout is None or not layout.columns:
            return None
        return layout.columns[max(0, min(column, len(layout.columns) - 1))].room_id

    def _move(self, slot_id: int, minute: int, column: int) -> None:
        day = self.current_day()
        if day is not None:
            self.moveRequested.emit(slot_id, at_minute(day, minute), self._room_of(column))

    def _create(self, minute: int, column: int) -> None:
        day = self.current_day()
        if day is not None and self.current_event is not None:
            self.createRequested.emit(at_minute(day, minute), self._room_of(column))
