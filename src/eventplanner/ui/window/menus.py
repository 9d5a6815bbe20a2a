"""The main window's menus and toolbar, built in one place from shared actions, each with its icon."""

from __future__ import annotations

import sys
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from eventplanner import APP_NAME
from eventplanner.ui.common.i18n import ui_language
from eventplanner.ui.common.icons import icon
from eventplanner.ui.guests.documents import documents_menu
from eventplanner.ui.window import file_ops
from eventplanner.ui.window.actions import make_action, unique_keys

if TYPE_CHECKING:
    from eventplanner.ui.window.main_window import MainWindow

Key = QKeySequence.StandardKey
Entry = QAction | QMenu | None


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _fill(menu: QMenu, entries: list[Entry]) -> QMenu:
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        elif isinstance(entry, QMenu):
            menu.addMenu(entry)
        else:
            menu.addAction(entry)
    return menu


def _act(window: MainWindow, text: str, slot: object, name: str, shortcut: object = None, tip: str = "") -> QAction:
    action = make_action(window, text, slot, shortcut, tip)  # type: ignore[arg-type]
    action.setIcon(icon(name))
    return action


# The dialogs and exports below are imported when first used: the first paint does not wait for them.


def _show_guide(window: MainWindow) -> None:
    from eventplanner.ui.window import help as help_windows

    help_windows.guide_dialog(window, ui_language(window.settings.language())).exec()


def _show_shortcuts(window: MainWindow) -> None:
    from eventplanner.ui.window import help as help_windows

    help_windows.shortcuts_dialog(window).exec()


def _show_preferences(window: MainWindow) -> None:
    from eventplanner.ui.window import preferences

    preferences.show_preferences(window)


def _export_word(window: MainWindow) -> None:
    from eventplanner.ui.preview import word_export

    word_export.export_from_window(window)


def _export_wallchart(window: MainWindow) -> None:
    from eventplanner.ui.preview import wallchart_export

    wallchart_export.export_wallchart(window)


class WindowMenus:
    """Creates the window's actions, menus and main toolbar; the window keeps a reference to this."""

    def __init__(self, window: MainWindow) -> None:
        w = self.window = window
        a = window.agenda
        self.new_event = _act(w, tr("&New event…"), w.new_event, "new-event", Key.New, tr("Create a new event"))
        self.open_db = _act(w, tr("&Open database…"), lambda: file_ops.open_database_dialog(w), "open-database",
                            Key.Open, tr("Open another database file"))
        self.new_db = _act(w, tr("New &database…"), lambda: file_ops.new_database_dialog(w), "new-database")
        self.recent_menu = QMenu(tr("&Recent databases"), w)
        self.recent_menu.setIcon(icon("open-database"))
        self.recent_menu.aboutToShow.connect(lambda: file_ops.fill_recent_menu(w, self.recent_menu))
        self.backup = _act(w, tr("&Backup…"), lambda: file_ops.backup_dialog(w), "backup")
        self.import_schedule = _act(w, tr("&Import…"), lambda: file_ops.import_schedule(w), "import", "Ctrl+I",
                                    tr("Import a schedule (XML, JSON) as a new event"))
        self.import_speakers = _act(w, tr("Import &speakers…"), lambda: file_ops.import_speakers(w), "import")
        self.export_menu = file_ops.export_menu(w)
        self.export_menu.setIcon(icon("export"))
        for action in self.export_menu.actions():
            if action.icon().isNull():
                action.setIcon(icon("pdf" if "PDF" in action.text() else "export"))
        self.word_programme = _act(w, tr("Programme (&Word document)…"), lambda: _export_word(w),
                                   "export", tip=tr("The programme as an editable Word document, in your letterhead"))
        self.export_menu.insertAction(self.export_menu.actions()[0], self.word_programme)
        self.export_menu.addSeparator()
        self.wallchart = _act(w, tr("&Wall chart (PDF/PNG)…"), lambda: _export_wallchart(w), "pdf",
                              tip=tr("The day's timetable on one A4 or A3 landscape page, to pin by the door"))
        self.export_menu.addAction(self.wallchart)
        self.guest_documents = documents_menu(w.ops, w, lambda: w.current_event)
        self.guest_documents.setTitle(tr("&Guest documents"))
        self.guest_documents.setIcon(icon("pdf"))
        self.export_menu.addMenu(self.guest_documents)
        self.print = _act(w, tr("&Print…"), w.print_programme, "print", Key.Print, tr("Print the programme"))
        self.quit = _act(w, tr("&Quit"), w.close, "quit")
        self.quit.setShortcuts(unique_keys(Key.Quit, "Ctrl+Q"))  # Windows has no standard Quit key
        self.file_menu = _fill(w.menuBar().addMenu(tr("&File")), [
            self.new_event, None, self.open_db, self.new_db, self.recent_menu, self.backup, None,
            self.import_schedule, self.import_speakers, self.export_menu, self.print, None, self.quit])

        self.undo = w.ops.undo_action(w, tr("&Undo"))
        self.undo.setShortcuts(unique_keys(Key.Undo))
        self.undo.setIcon(icon("undo"))
        self.redo = w.ops.undo_action(w, tr("&Redo"), redo=True)
        # Ctrl+Shift+Z everywhere, and Ctrl+Y too on Windows and Linux (on macOS Cmd+Y is not redo).
        extra = ("Ctrl+Shift+Z",) if sys.platform == "darwin" else ("Ctrl+Shift+Z", "Ctrl+Y")
        self.redo.setShortcuts(unique_keys(Key.Redo, *extra))
        self.redo.setIcon(icon("redo"))
        self.delete = _act(w, tr("&Delete"), w.delete_selected, "delete", Key.Delete,
                           tr("Delete the selected slots or speakers"))
        self.delete_event = _act(w, tr("Delete &event…"), w.delete_event, "delete", None,
                                 tr("Delete the selected event with its agenda (can be undone)"))
        self.find = _act(w, tr("&Find speaker…"), w.find_speaker, "find", Key.Find)
        self.preferences = _act(w, tr("Pre&ferences…"), lambda: _show_preferences(w), "settings",
                                "Ctrl+,", tr("Language, programme defaults, ripple, backups and the database"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: in the application menu
        self.edit_menu = _fill(w.menuBar().addMenu(tr("&Edit")), [
            self.undo, self.redo, None, self.delete, self.find, None, self.delete_event, None, self.preferences])

        self.ripple = _act(w, tr("&Ripple later slots"), lambda: None, "ripple", None,
                           tr("Changing a slot's length or start moves the slots after it in the same room"))
        self.ripple.setCheckable(True)
        self.ripple.setChecked(w.settings.ripple())
        self.ripple.toggled.connect(w.settings.set_ripple)
        self.parallel = _act(w, tr("Move &parallel sessions too"), lambda: None, "ripple", None,
                             tr("Ripple also moves the later slots in the day's other rooms, so parallel sessions "
                                "stay side by side"))
        self.parallel.setCheckable(True)
        self.parallel.setChecked(w.settings.parallel_ripple())
        self.parallel.toggled.connect(w.settings.set_parallel_ripple)
        self.parallel.setEnabled(self.ripple.isChecked())
        self.ripple.toggled.connect(self.parallel.setEnabled)
        self.agenda_menu = _fill(w.menuBar().addMenu(tr("&Agenda")), [
            a.add_action, a.edit_action, a.duplicate_action, a.break_action, None,
            a.up_action, a.down_action, a.protocol_action, None, self.ripple, self.parallel])

        self.view_menu = w.menuBar().addMenu(tr("&View"))
        self.tab_actions: list[QAction] = []
        for i in range(w.tabs.count()):
            label = w.tabs.tabText(i).replace("&", "")
            act = make_action(w, label, partial(w.show_tab, i), f"Ctrl+{i + 1}")
            act.setIcon(w.tabs.tabIcon(i))
            self.view_menu.addAction(act)
            self.tab_actions.append(act)
        self.view_menu.addSeparator()
        problems = w.problems_dock.toggleViewAction()
        problems.setIcon(icon("problems"))
        self.view_menu.addAction(problems)

        self.guide = _act(w, tr("&User guide"), lambda: _show_guide(w), "about", Key.HelpContents,
                          tr("Planning an agenda, translations, printing, working as a team"))
        self.shortcuts = _act(w, tr("&Keyboard shortcuts"), lambda: _show_shortcuts(w), "about")
        self.sample = _act(w, tr("Open the &sample event"), lambda: file_ops.open_sample(w), "new-event",
                           tip=tr("International Migrants Day 2021, to look around or try things out"))
        self.about = _act(w, tr("&About {0}").format(APP_NAME), lambda: file_ops.about(w), "about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu = _fill(w.menuBar().addMenu(tr("&Help")), [
            self.guide, self.shortcuts, None, self.sample, None, self.about])

        # The toolbar shows short labels; undo and redo (whose text names the change) show only their icon.
        for action, short in ((self.new_event, tr("New event")), (a.add_action, tr("Add slot")),
                              (a.break_action, tr("Break")), (a.protocol_action, tr("Protocol order")),
                              (self.print, tr("Print"))):
            action.setIconText(short)
        for action in (self.undo, self.redo):
            action.setPriority(QAction.Priority.LowPriority)
        self.toolbar = bar = QToolBar(tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for entry in (self.new_event, None, self.undo, self.redo, None, a.add_action, a.break_action,
                      a.protocol_action, None, self.print):
            if entry is None:
                bar.addSeparator()
            else:
                bar.addAction(entry)
        w.addToolBar(bar)

    def event_actions(self) -> list[QAction]:
        """Actions that need a selected event."""
        return [self.print, self.delete, self.delete_event, self.wallchart, self.guest_documents.menuAction()]
