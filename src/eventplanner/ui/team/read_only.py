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
    from eventplanner.ui.window.main_window import MainWindow

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
        self._watch_views()
        window.lazy.page_built.connect(lambda _name, _page: self._page_built())

    def _watch_views(self) -> None:
        for view in self._item_views():
            view.viewport().installEventFilter(self.eater)

    def _page_built(self) -> None:
        """A tab built after the guard (ui/lazy_tabs.py) takes the current state (a new page starts writable)."""
        self._watch_views()
        if self.read_only:
            self.apply(True)

    def _item_views(self) -> list[QAbstractItemView]:
        """The views built so far (tabs are built when first shown)."""
        w = self.window
        people, orgs, details = w.built("people"), w.built("orgs"), w.built("details")
        return [w.agenda.table] + [page.table for page in (people, orgs) if page is not None] + (
            [details.room_list] if details is not None else [])

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
        pages: list[QWidget | None] = [w.built("people"), w.built("orgs"), w.built("details"), w.agenda.empty,
                                       w.welcome, w.sidebar]
        return [b for page in pages if page is not None for b in page.findChildren(QPushButton)]

    def apply(self, read_only: bool) -> None:
        self.read_only = read_only
        self.bar.setVisible(read_only)
        for action in self.edit_actions():
            if action.actionGroup() is None:
                self.group.addAction(action)
        self.group.setEnabled(not read_only)
        for button in self._edit_buttons():
            button.setEnabled(not read_only)
        d = self.window.built("details")
        for edit in d.findChildren(QLineEdit) if d is not None else []:
            edit.setReadOnly(read_only)
        for spin in d.findChildren(QAbstractSpinBox) if d is not None else []:
            spin.setReadOnly(read_only)
        for combo in d.findChildren(QComboBox) if d is not None else []:
            combo.setEnabled(not read_only)
        for text in d.findChildren(QPlainTextEdit) if d is not None else []:
            text.setReadOnly(read_only)
        table = self.window.agenda.table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else self.agenda_triggers)
        table.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if read_only else self.agenda_dnd)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu if read_only else self.agenda_menu)
        self.eater.active = read_only
        timetable = self.window.built("timetable")
        if timetable is not None and hasattr(timetable, "set_read_only"):
            timetable.set_read_only(read_only)
