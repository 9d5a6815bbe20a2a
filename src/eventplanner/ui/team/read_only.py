"""A read-only database: a yellow banner at the top, and every way of changing something switched off.

Actions go into a disabled QActionGroup, so the views' own `setEnabled(True)` (on a new selection, say)
cannot switch them back on. Buttons that edit are disabled, the event form becomes read-only, inline
editing, drag and drop and double-click editing are turned off. Everything comes back for a writable
database. The store refuses writes to a read-only file anyway; this only makes it visible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from eventplanner.ui.main_window import MainWindow

BANNER_STYLE = "QLabel { background: #ffe066; color: #3d3000; padding: 6px 10px; font-weight: bold; }"


class _EatDoubleClicks(QObject):
    """On item views whose double-click opens an editor: swallowed while read-only."""

    active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.active and event.type() == QEvent.Type.MouseButtonDblClick


class ReadOnlyGuard(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.read_only = False
        self.banner = QLabel(self.tr("This database is read-only: you can look and print, but not change anything."))
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.bar = QToolBar(self.tr("Read-only notice"))
        self.bar.setObjectName("readOnlyBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)
        self.bar.addWidget(self.banner)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()
        self.group = QActionGroup(self)
        self.group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self.eater = _EatDoubleClicks(self)
        self.agenda_triggers = window.agenda.table.editTriggers()
        self.agenda_dnd = window.agenda.table.dragDropMode()
        self.agenda_menu = window.agenda.table.contextMenuPolicy()
        for view in self._item_views():
            view.viewport().installEventFilter(self.eater)

    def _item_views(self) -> list[QAbstractItemView]:
        w = self.window
        return [w.agenda.table, w.people.table, w.orgs.table, w.details.room_list]

    def edit_actions(self) -> list[QAction]:
        """The window's actions that change data (found again each time: the window may have added some)."""
        w, a = self.window, self.window.agenda
        found = [w.new_event_action, w.undo_action, w.redo_action, w.delete_action, a.add_action, a.edit_action,
                 a.break_action, a.duplicate_action, a.up_action, a.down_action, a.protocol_action]
        menus = getattr(w, "menus", None)
        for name in ("import_schedule", "import_speakers", "delete_event"):
            act = getattr(menus, name, None)
            if isinstance(act, QAction):
                found.append(act)
        if menus is None:  # the menus built by the window itself: found by their text
            found += [act for act in w.findChildren(QAction) if act.text() in ("&Import…", "Import &speakers…")]
        return found

    def _edit_buttons(self) -> list[QPushButton]:
        w = self.window
        pages: list[QWidget] = [w.people, w.orgs, w.details, w.agenda.empty, w.welcome, w.sidebar]
        return [b for page in pages for b in page.findChildren(QPushButton)]

    def apply(self, read_only: bool) -> None:
        self.read_only = read_only
        self.bar.setVisible(read_only)
        for action in self.edit_actions():
            if action.actionGroup() is None:
                self.group.addAction(action)
        self.group.setEnabled(not read_only)
        for button in self._edit_buttons():
            button.setEnabled(not read_only)
        d = self.window.details
        for edit in d.findChildren(QLineEdit):
            edit.setReadOnly(read_only)
        for spin in d.findChildren(QAbstractSpinBox):
            spin.setReadOnly(read_only)
        for combo in d.findChildren(QComboBox):
            combo.setEnabled(not read_only)
        for text in d.findChildren(QPlainTextEdit):
            text.setReadOnly(read_only)
        table = self.window.agenda.table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else self.agenda_triggers)
        table.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if read_only else self.agenda_dnd)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu if read_only else self.agenda_menu)
        self.eater.active = read_only
        timetable = getattr(self.window, "timetable", None)
        if timetable is not None and hasattr(timetable, "set_read_only"):
            timetable.set_read_only(read_only)
