"""Wires the team features into the main window with two hook lines there (create; `database_changed`)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QLineEdit, QMenu, QPlainTextEdit

from eventplanner.store.database import Database
from eventplanner.ui.common.icons import icon
from eventplanner.ui.team.activity import ActivityPanel
from eventplanner.ui.team.read_only import ReadOnlyGuard
from eventplanner.ui.team.stale import handle_stale
from eventplanner.ui.team.watcher import ChangeWatcher

if TYPE_CHECKING:
    from eventplanner.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)
RETRY_MS = 700


class TeamFeatures(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ops = window.ops
        self._started_backup = False
        self.backup_worker: object | None = None
        self.last_backup: Path | None = None
        self._pending = False
        self.ops.stale_handler = lambda command, exc: handle_stale(self.ops, command, exc)

        self.activity = ActivityPanel(self.ops)
        self.activity_dock = QDockWidget(self.tr("Activity"), window)
        self.activity_dock.setObjectName("activityDock")
        self.activity_dock.setWidget(self.activity)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.activity_dock)
        window.tabifyDockWidget(window.problems_dock, self.activity_dock)
        self.activity_dock.hide()
        window.restoreDockWidget(self.activity_dock)
        self.activity_dock.visibilityChanged.connect(self._activity_shown)
        window.event_list.current_changed.connect(self._event_changed)
        self.ops.changed.connect(self._event_changed)

        self.watcher = ChangeWatcher(self.ops, parent=self)
        self.watcher.changed_elsewhere.connect(self.external_change)
        self.guard = ReadOnlyGuard(window)
        self._add_menu_items()

    # Menus ----------------------------------------------------------------------------------------------------

    def _menu_with(self, action: QAction) -> QMenu | None:
        """The menu bar's menu holding `action` (menus are found by content, not by their translated titles)."""
        for entry in self.window.menuBar().actions():
            menu = entry.menu()
            if isinstance(menu, QMenu) and action in menu.actions():
                return menu
        return None

    def _add_menu_items(self) -> None:
        w = self.window
        self.backup_settings_action = QAction(icon("settings"), self.tr("Backup &settings…"), w)
        self.backup_settings_action.triggered.connect(self.backup_settings)
        self.restore_action = QAction(icon("open-database"), self.tr("&Restore…"), w)
        self.restore_action.setToolTip(self.tr("Replace the database's content with a backup"))
        self.restore_action.triggered.connect(self.restore_backup)
        file_menu = self._menu_with(w.new_event_action)
        if file_menu is not None:
            actions = file_menu.actions()
            backup = getattr(getattr(w, "menus", None), "backup", None)
            after = backup if backup in actions else next((a for a in actions if a.text() == "&Backup…"), None)
            i = actions.index(after) + 1 if after is not None else len(actions)
            before = actions[i] if i < len(actions) else None
            file_menu.insertActions(before, [self.backup_settings_action, self.restore_action])  # type: ignore[arg-type]
        view_menu = self._menu_with(w.problems_dock.toggleViewAction())
        if view_menu is not None:
            toggle = self.activity_dock.toggleViewAction()
            toggle.setIcon(icon("speakers"))
            view_menu.addAction(toggle)

    # Database ---------------------------------------------------------------------------------------------------

    def database_changed(self, db: Database) -> None:
        self.watcher.set_database(db)
        self.guard.apply(db.read_only)
        self.restore_action.setEnabled(not db.read_only)
        self._event_changed()
        if not self._started_backup and self.window.events:  # an empty database (a first start) has nothing
            self._started_backup = True                          # to keep, so no backup and no announcement
            # after the window's first paint: the backup's modules and worker do not delay it
            QTimer.singleShot(0, self, lambda: self._deferred_backup(db))

    def _activity_shown(self, visible: bool) -> None:
        if visible:
            self.activity.reload()

    def _event_changed(self) -> None:
        event = self.window.current_event
        self.activity.set_event(event.id if event is not None else None)

    # Changes made elsewhere -------------------------------------------------------------------------------

    def _busy(self) -> bool:
        """Refreshing now would disturb the user: a dialog is open, or they are typing in a cell or a field."""
        if QApplication.activeModalWidget() is not None:
            return True
        if self.window.agenda.table.state() == QAbstractItemView.State.EditingState:
            return True
        focus = QApplication.focusWidget()
        details = self.window.built("details")
        if focus is not None and details is not None and details.isAncestorOf(focus):
            if isinstance(focus, QLineEdit) and focus.isModified():
                return True
            if isinstance(focus, QPlainTextEdit) and focus.document().isModified():
                return True
        return False

    def external_change(self) -> None:
        """Someone else saved: reload what the window shows, keeping selection and scroll positions."""
        if self._busy():
            if not self._pending:
                self._pending = True
                QTimer.singleShot(RETRY_MS, self._retry)
            return
        self._pending = False
        w = self.window
        tables = [w.agenda.table] + [page.table for page in (w.built("people"), w.built("orgs")) if page is not None]
        scroll = [(t.verticalScrollBar().value(), t.horizontalScrollBar().value()) for t in tables]
        w.refresh()
        for t, (v, h) in zip(tables, scroll, strict=True):
            t.verticalScrollBar().setValue(v)
            t.horizontalScrollBar().setValue(h)
        self.activity.reload()
        w.statusBar().showMessage(self.tr("Updated with changes saved by someone else."), 5000)

    def _retry(self) -> None:
        if self._pending:
            self._pending = False
            self.external_change()

    # Backups and restore ------------------------------------------------------------------------------------

    def _deferred_backup(self, db: Database) -> None:
        if self.ops.db is db:  # not if the user switched databases in between
            self.start_auto_backup(db)

    def start_auto_backup(self, db: Database) -> None:
        from eventplanner.ui.team import backups

        options = backups.load_options(self.window.settings)
        self.backup_worker = backups.start_auto_backup(db, options, self._backup_done, self._backup_failed)

    def _backup_done(self, path: Path | None) -> None:
        self.last_backup = path
        if path is not None:
            self.window.statusBar().showMessage(self.tr("Today's backup was written to {0}").format(path), 8000)

    def _backup_failed(self, exc: BaseException) -> None:
        log.warning("The automatic backup failed: %s", exc)
        message = getattr(exc, "message", None) or str(exc)
        self.window.statusBar().showMessage(self.tr("The automatic backup failed: {0}").format(message), 15000)

    def backup_settings(self) -> None:
        from eventplanner.ui.team import backups

        dialog = backups.BackupDialog(self.window, backups.load_options(self.window.settings))
        if dialog.exec():
            backups.save_options(self.window.settings, dialog.options())

    def restore_backup(self) -> None:
        from eventplanner.ui.team import backups

        db = self.ops.db
        src = backups.ask_restore_file(self.window)
        if src is None or not backups.confirm_restore(self.window, db, src):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = backups.run_restore(self.window, db, src)
        finally:
            QApplication.restoreOverrideCursor()
        if report is not None:
            self.window.set_database(db)  # reloads everything; the undo history no longer applies
            self.window.statusBar().showMessage(self.tr("Restored {0}").format(src.name), 8000)
