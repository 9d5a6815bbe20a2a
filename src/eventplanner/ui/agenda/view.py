"""The agenda editor: one table per day, the day tabs, loading and selection; its edits are in agenda_edits.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.change import Change, EntityKind
from eventplanner.domain.conflicts import Conflict, conflicts_by_slot
from eventplanner.domain.data import EventData, RoomData, SlotData
from eventplanner.services import agenda, events
from eventplanner.ui.agenda.edits import AgendaEdits
from eventplanner.ui.agenda.model import DURATION, PARTICIPANTS, ROOM, TIME, TITLE, AgendaModel
from eventplanner.ui.agenda.refresh import merge, patched
from eventplanner.ui.common import errors, workers
from eventplanner.ui.common.dates import day_label
from eventplanner.ui.common.deferred import after_first_paint
from eventplanner.ui.common.icons import icon
from eventplanner.ui.common.operations import Operations

LOAD_AT_ONCE = 1000
"""Events with more slots load in the background, their day's first rows shown at once."""


class AgendaView(AgendaEdits):
    problems_changed = Signal(list)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current_event: EventData | None = None
        self.all_slots: list[SlotData] = []
        self.rooms: list[RoomData] = []
        self.days: list[date] = []
        self.conflicts: list[Conflict] = []
        self.problems: dict[int, list[Conflict]] = {}
        self._generation = 0
        """Counts reloads, so a background load finishing after a newer reload is dropped."""
        self.ripple: Callable[[], bool] = lambda: True
        #: Whether ripple moves the other rooms' later slots too (the window's Agenda menu toggle).
        self.parallel: Callable[[], bool] = lambda: False
        """Whether edits re-time the following slots; the window points this at its Ripple toggle."""

        self.day_tabs = QTabBar()
        self.day_tabs.setExpanding(False)
        self.day_tabs.setDocumentMode(True)
        self.day_tabs.currentChanged.connect(lambda _i: self._show_day())
        self.model = AgendaModel(self)
        self.model.edit_requested = self._inline_edit
        self.model.reorder_requested = self._reorder
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableView#agendaTable::item { padding: 4px 6px; }")
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        # Rows fit their wrapped text, measured row by row as rows come and change: with ResizeToContents an
        # edit of one row would measure every fetched row again before the table repaints.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.model.rowsInserted.connect(lambda _p, first, last: self._fit_rows(first, last))
        self.model.modelReset.connect(self._fit_all_rows)
        self.model.dataChanged.connect(lambda top, bottom, _roles=(): self._fit_rows(top.row(), bottom.row()))
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self._fit_all_rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.sectionResized.connect(lambda *_: self._refit.start(0))  # wider or narrower columns re-wrap
        for col, width in ((TIME, 120), (DURATION, 50), (2, 150), (PARTICIPANTS, 300), (ROOM, 110)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self._make_actions()
        self.empty = self._empty_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        bar = QHBoxLayout()
        bar.addWidget(self.day_tabs, 1)
        for action in (self.add_action, self.edit_action, self.break_action, self.duplicate_action,
                       self.up_action, self.down_action, self.protocol_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if action is self.add_action
                                      else Qt.ToolButtonStyle.ToolButtonIconOnly)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def _fit_rows(self, first: int, last: int) -> None:
        for row in range(max(0, first), min(last, self.model.rowCount() - 1) + 1):
            self.table.resizeRowToContents(row)

    def _fit_all_rows(self) -> None:
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On narrow windows the fixed columns give way, so the title never shrinks to a sliver."""
        super().resizeEvent(event)
        width = self.table.viewport().width()
        self.table.setColumnWidth(TIME, max(96, min(120, int(width * 0.13))))
        self.table.setColumnWidth(2, max(100, min(150, int(width * 0.14))))
        self.table.setColumnWidth(PARTICIPANTS, max(140, min(300, int(width * 0.26))))

    # Actions -----------------------------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: str | QKeySequence | None = None, tip: str = "",
                name: str = "") -> QAction:
        action = QAction(icon(name), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_action = self._action(self.tr("&Add slot…"), self.add_slot, "Ctrl+Shift+N",
                                       self.tr("Add a slot after the selected one (Ctrl+Shift+N)"), "add")
        self.edit_action = self._action(self.tr("&Edit slot…"), self.edit_slot, "Ctrl+E",
                                        self.tr("Edit every field of the selected slot (Ctrl+E)"), "edit")
        self.break_action = self._action(self.tr("Insert &break"), self.insert_break, "Ctrl+B",
                                         self.tr("Insert a 15-minute coffee break after the selected slot (Ctrl+B)"),
                                         "insert-break")
        self.duplicate_action = self._action(self.tr("D&uplicate"), self.duplicate, "Ctrl+D",
                                             self.tr("Duplicate the selected slot (Ctrl+D)"), "duplicate")
        self.up_action = self._action(self.tr("Move &up"), lambda: self.move_selected(-1), "Ctrl+Up",
                                      self.tr("Move the slot earlier and re-time the day (Ctrl+Up)"), "move-up")
        self.down_action = self._action(self.tr("Move do&wn"), lambda: self.move_selected(1), "Ctrl+Down",
                                        self.tr("Move the slot later and re-time the day (Ctrl+Down)"), "move-down")
        self.protocol_action = self._action(self.tr("Order by &protocol"), self.order_by_protocol, "Ctrl+Shift+P",
                                            self.tr("Sort speakers, or the selected speeches, by precedence"),
                                            "protocol-order")

    def _update_actions(self) -> None:
        selected = self.selected_slots()
        one = len(selected) == 1
        wanted = [(a, one) for a in (self.edit_action, self.break_action, self.duplicate_action, self.up_action,
                                     self.down_action)]
        wanted += [(self.protocol_action, bool(selected)), (self.add_action, self.current_event is not None)]
        for action, enabled in wanted:
            if action.isEnabled() != enabled:  # each change updates the toolbar buttons: only when it differs
                action.setEnabled(enabled)

    def _empty_page(self) -> QWidget:
        page = QWidget()
        text = QLabel(self.tr("<h3>No slots on this day yet</h3>"
                              "<p>Add the first item of the agenda: a welcome speech, a panel, a break…</p>"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(self.tr("Add the first slot…"))
        button.clicked.connect(self.add_slot)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    # Loading ---------------------------------------------------------------------------------------------

    def set_event(self, event: EventData | None) -> None:
        changed = event is None or self.current_event is None or event.id != self.current_event.id
        self.current_event = event
        self.model.day_change_minutes = event.day_change_minutes if event is not None else 0
        if changed:
            self.day_tabs.blockSignals(True)
            while self.day_tabs.count():
                self.day_tabs.removeTab(0)
            self.day_tabs.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        if self.current_event is None:
            self.all_slots, self.rooms = [], []
            self.model.set_slots([])
            self.problems_changed.emit([])
            return
        keep = [s.id for s in self.selected_slots()]
        db, event_id = self.ops.db, self.current_event.id
        rooms = self.ops.call(events.list_rooms, db, event_id)
        count = self.ops.call(agenda.count_slots, db, event_id) if rooms is not None else None
        if rooms is None or count is None:  # shown as an error; the agenda keeps what it showed
            return
        self.rooms = rooms
        self._generation += 1
        generation = self._generation
        if count <= LOAD_AT_ONCE:
            loaded = self.ops.call(agenda.load_agenda, db, event_id)
            if loaded is not None:
                self._loaded(generation, *loaded, keep=keep)
            return
        # A large event: the day's first rows now (paged from the database), every slot and the conflicts
        # in a worker; `problems_changed` follows when they are in.
        self.all_slots, self.problems, self.conflicts = [], {}, []
        self._fill_days()
        self._show_day(keep)
        after_first_paint(self.table.viewport(), lambda: workers.start(
            lambda _report: agenda.load_agenda(db, event_id),
            lambda result: self._loaded(generation, *result), lambda exc: errors.show_error(self, exc)))

    def apply_change(self, change: Change) -> None:
        """Reload only the slots the change touched (or whose speakers it touched), keep selection and scroll.

        Rows of the day stay in place when their order did not move; otherwise the day is re-listed from the
        slots in memory. Conflicts are recomputed in memory (domain rules, no query)."""
        event = self.current_event
        if event is None or not self.all_slots:  # nothing loaded yet, or a large event still loading
            self.reload()
            return
        ids = set(change.slot_ids)
        persons, orgs = change.ids(EntityKind.PERSON), change.ids(EntityKind.ORGANIZATION)
        if persons or orgs:
            ids |= {s.id for s in self.all_slots
                    if any(p.person.id in persons or p.person.organization_id in orgs for p in s.participants)}
        if not ids:
            return
        fresh = None
        if not (persons or orgs):
            shown = {s.id: s for s in self.all_slots if s.id in ids}
            fresh = patched(shown, change, {r.id: r.name for r in self.rooms})
        if fresh is None:
            found = self.ops.call(agenda.slots_by_ids, self.ops.db, ids)
            if found is None:  # could not read: the rows keep what they showed
                return
            fresh = {s.id: s for s in found if s.event_id == event.id}
        merged = merge(event, self.all_slots, fresh, ids, self.conflicts, self.problems)
        self.all_slots, self.conflicts, self.problems = merged.slots, merged.conflicts, merged.problems
        if not merged.reordered and self.model.day_ids() is not None:
            self.model.update_slots(fresh, dict(self.problems), merged.marks)
        else:
            self._fill_days()
            keep = [s.id for s in self.selected_slots()]
            scroll = self.table.verticalScrollBar().value()
            day = self.current_day()
            self.model.set_slots([s for s in merged.slots if self._day_of(s) == day], dict(self.problems))
            self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
            self._select_ids(keep, scroll=False)
            self.table.verticalScrollBar().setValue(scroll)
            self._update_actions()
        if merged.conflicts_changed:
            self.problems_changed.emit(merged.conflicts)

    def _loaded(self, generation: int, slots: list[SlotData], found: list[Conflict],
                keep: list[int] | None = None) -> None:
        if generation != self._generation:
            return
        self.all_slots, self.conflicts, self.problems = slots, found, conflicts_by_slot(found)
        self._fill_days()
        if keep is None:  # after a background load the rows shown stay; only their marks change
            self.model.set_problems(dict(self.problems))
        else:
            self._show_day(keep)
        self.problems_changed.emit(found)

    def _fill_days(self) -> None:
        assert self.current_event is not None
        days = sorted(set(self.current_event.days) | {self._day_of(s) for s in self.all_slots})
        current = self.current_day()
        self.day_tabs.blockSignals(True)
        if days != self.days or self.day_tabs.count() != len(days):
            while self.day_tabs.count():
                self.day_tabs.removeTab(0)
            for i, d in enumerate(days):
                self.day_tabs.addTab(self.tr("Day {0} · {1}").format(i + 1, day_label(d)))
            self.days = days
        if current in days:
            self.day_tabs.setCurrentIndex(days.index(current))
        self.day_tabs.blockSignals(False)

    def current_day(self) -> date | None:
        i = self.day_tabs.currentIndex()
        return self.days[i] if 0 <= i < len(self.days) and self.day_tabs.count() == len(self.days) else None

    def _show_day(self, keep: list[int] | None = None) -> None:
        day = self.current_day()
        problems = dict(self.problems) if self.current_event else {}
        if self.all_slots or self.current_event is None or day is None:
            self.model.set_slots([s for s in self.all_slots if self._day_of(s) == day], problems)
        else:  # still loading in the background: page through the day in the database
            db, event_id = self.ops.db, self.current_event.id
            self.model.set_source(lambda after, limit: agenda.day_slots(db, event_id, day, after, limit), problems)
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        self.table.setColumnHidden(ROOM, not self.rooms and not any(s.room_id for s in self.model.slots))
        if keep:
            self._select_ids(keep)
        self._update_actions()

    def _select_ids(self, ids: list[int], scroll: bool = True) -> None:
        sel = self.table.selectionModel()
        if ids and [s.id for s in self.selected_slots()] == list(ids):  # already so (an inline edit's row)
            if scroll:
                self.table.scrollTo(self.model.index(self.model.row_of(ids[-1]), 0))
            return
        # One selection change, not a clear and then one per row: the actions (and the toolbars showing them)
        # would be disabled and enabled again in between, each time relaying out and repainting the toolbars.
        rows = [r for r in (self.model.row_of(slot_id) for slot_id in ids) if r >= 0]
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        sel.select(selection, flags)
        if rows:
            sel.setCurrentIndex(self.model.index(rows[-1], TITLE), QItemSelectionModel.SelectionFlag.NoUpdate)
        if scroll:
            for row in rows:
                self.table.scrollTo(self.model.index(row, 0))

    def select_slot(self, slot_id: int, focus: bool = True) -> None:
        slot = next((s for s in self.all_slots if s.id == slot_id), None)
        if slot is None:
            return
        day = self._day_of(slot)
        if day in self.days and day != self.current_day():
            self.day_tabs.setCurrentIndex(self.days.index(day))
        self._select_ids([slot_id])
        if focus:
            self.table.setFocus()

    def selected_slots(self) -> list[SlotData]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [s for s in (self.model.slot_at(r) for r in rows) if s is not None]
