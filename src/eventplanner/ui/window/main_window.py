"""The main window: events in a sidebar, the selected event's pages in tabs, menus, toolbar, undo."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eventplanner import APP_NAME
from eventplanner.domain.change import Change, EntityKind
from eventplanner.domain.data import EventData
from eventplanner.paths import default_database_path
from eventplanner.services import agenda, events
from eventplanner.store.database import Database
from eventplanner.ui.agenda.problems import ProblemsPanel
from eventplanner.ui.agenda.view import AgendaView
from eventplanner.ui.common.icons import app_icon, icon
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.common.settings import PROBLEMS_VISIBLE, Settings
from eventplanner.ui.event.actions import CreateEvent, DeleteEvent
from eventplanner.ui.show.menu import install_show_menu
from eventplanner.ui.team import TeamFeatures
from eventplanner.ui.window import file_ops
from eventplanner.ui.window.event_list import EventList
from eventplanner.ui.window.lazy_tabs import LazyTabs
from eventplanner.ui.window.menus import WindowMenus
from eventplanner.ui.window.pages import WindowPages
from eventplanner.ui.window.welcome import WelcomePage

log = logging.getLogger(__name__)
MIN_WIDTH, MIN_HEIGHT = 760, 520
"""Small enough for an 800 x 600 screen."""


def _is_default_database(db: Database) -> bool:
    if db.path is None:
        return False
    try:
        return db.path.resolve() == default_database_path().resolve()
    except OSError:
        return False


class MainWindow(WindowPages, QMainWindow):
    def __init__(self, db: Database, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        #: Set by Preferences when the language changed: app.main builds a new window after this one closes.
        self.restart_requested = False
        self.ops = Operations(db, self)
        self.events: list[EventData] = []
        self.current_event: EventData | None = None

        self.event_list = EventList()
        self.event_list.current_changed.connect(self._event_selected)
        self.event_list.customContextMenuRequested.connect(self._event_menu)
        new_button = QPushButton(icon("new-event"), self.tr("New event…"))
        new_button.clicked.connect(self.new_event)
        self.sidebar = sidebar = QWidget()
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(6, 6, 0, 6)
        side_layout.addWidget(self.event_list, 1)
        side_layout.addWidget(new_button)

        self.agenda = AgendaView(self.ops)
        self.agenda.problems_changed.connect(self._agenda_conflicts)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.agenda, icon("agenda"), self.tr("&Agenda"))
        self.lazy = LazyTabs(self.tabs)  # the other pages are built when first shown (ui/window_pages.py)
        self.lazy.add("timetable", self._build_timetable, icon("timetable"), self.tr("&Timetable"))
        self.lazy.add("people", self._build_people, icon("speakers"), self.tr("&Speakers"))
        self.lazy.add("orgs", self._build_orgs, icon("organizations"), self.tr("&Organizations"))
        self.lazy.add("details", self._build_details, icon("event-details"), self.tr("Event &details"))
        self.lazy.add("preview", self._build_preview, icon("preview"), self.tr("&Preview"))
        self.lazy.add("translations", self._build_translations, icon("edit"), self.tr("T&ranslations"))
        self.lazy.add("guests", self._build_guests, icon("speakers"), self.tr("&Guests"))
        self.tabs.currentChanged.connect(lambda _i: self._reload_current_tab())
        self.welcome = WelcomePage()
        self.welcome.new_event.connect(self.new_event)
        self.welcome.open_sample.connect(lambda: file_ops.open_sample(self))
        self.welcome.import_schedule.connect(lambda: file_ops.import_schedule(self))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.tabs)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 1000])
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self.problems = ProblemsPanel()
        self.problems.slot_activated.connect(self.show_slot)
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setWindowIcon(icon("problems"))
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.resizeDocks([self.problems_dock], [110], Qt.Orientation.Vertical)
        self.agenda.problems_changed.connect(self.problems.set_conflicts)
        self.problems.count_changed.connect(self._problem_count)

        self.ops.changed.connect(self._note_change)  # before refresh: the conflicts it finds follow a change
        self.ops.changed.connect(self.refresh)
        self.ops.focus_slot.connect(self._focus_slot)
        self._build_menus()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.statusBar().showMessage(self.tr("Every change is saved at once."), 5000)
        self._restore()
        self.team = TeamFeatures(self)
        self.set_database(db, first=True)

    # Menus -------------------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.menus = m = WindowMenus(self)
        self.new_event_action, self.print_action, self.delete_action = m.new_event, m.print, m.delete
        self.undo_action, self.redo_action, self.export_menu, self.recent_menu = m.undo, m.redo, m.export_menu, \
            m.recent_menu
        self.ripple_action, self.delete_event_action = m.ripple, m.delete_event
        self.agenda.ripple = self.ripple_action.isChecked
        install_show_menu(self)
        self.agenda.parallel = m.parallel.isChecked

    # Database and events ------------------------------------------------------------------------------------

    def set_database(self, db: Database, first: bool = False) -> None:
        if not first and db is not self.ops.db:
            self.ops.db.close()
        self.ops.db = db
        self.ops.stack.clear()
        self.settings.add_recent_database(db.display_name)
        self.welcome.set_location(db.display_name)
        self.current_event = None
        self.update_title()
        self.refresh_events(select=self.settings.last_event(db.display_name))
        self.team.database_changed(db)

    def update_title(self) -> None:
        """"Migrants Day 2021 — Event Planner": the event first; the database only when it is not the default."""
        db = self.ops.db
        parts = [self.current_event.title] if self.current_event is not None else []
        if not _is_default_database(db):
            parts.append(db.path.name if db.path is not None else db.display_name)
        title = " — ".join([*parts, APP_NAME])
        self.setWindowTitle(title + (self.tr(" (read-only)") if db.read_only else ""))
        self.setWindowFilePath(str(db.path) if db.path is not None else "")

    def refresh_events(self, select: int | None = None) -> None:
        found = self.ops.call(events.list_events, self.ops.db)
        if found is None:  # could not read: the list keeps what it showed
            return
        self.events = found
        wanted = select if select is not None else (self.current_event.id if self.current_event else None)
        self.event_list.show_events(self.events, wanted)
        self._event_selected()

    def _update_events(self, ids: frozenset[int]) -> None:
        """Edited events: their rows of the list change in place (title, dates), the rest stay."""
        for row, event in enumerate(self.events):
            if event.id not in ids:
                continue
            fresh = self.ops.call(events.get_event, self.ops.db, event.id)
            if fresh is None:
                return
            self.events[row] = fresh
            self.event_list.events.update_event(fresh)
            if self.current_event is not None and self.current_event.id == fresh.id:
                self.current_event = fresh

    def select_event(self, event_id: int) -> None:
        self.refresh_events(select=event_id)

    def _event_selected(self) -> None:
        event = self.event_list.current_event()
        changed = (event.id if event else None) != (self.current_event.id if self.current_event else None)
        self.current_event = event
        self.update_title()
        self.pages.setCurrentWidget(self.tabs if event else self.welcome)
        self.sidebar.setVisible(bool(self.events))
        if event is None:
            self.problems_dock.hide()
        elif changed and self.settings.get(PROBLEMS_VISIBLE):
            self.problems_dock.show()
        for action in self.menus.event_actions():
            action.setEnabled(event is not None)
        self.settings.set_last_event(self.ops.db.display_name, event.id if event else None)
        if changed:
            self.agenda.set_event(event)
            for name in ("details", "orgs", "preview", "translations", "guests"):  # unbuilt pages take it when built
                if (page := self.built(name)) is not None:
                    page.set_event(event)
            self._reload_current_tab()
        elif event is not None:
            self.agenda.current_event = event

    def refresh(self, change: Change | None = None) -> None:
        """After a change, undo or redo: each view reloads what it shows that the change touched.

        None (another workstation wrote, a stale edit was dropped) reloads everything shown."""
        if change is not None and not change:
            return
        if change is None or change.inserted_ids(EntityKind.EVENT) or change.deleted_ids(EntityKind.EVENT):
            self.refresh_events()
        elif change.touches(EntityKind.EVENT):
            self._update_events(change.ids(EntityKind.EVENT))
        if self.current_event is None:
            return
        event_id = self.current_event.id
        ours = change is None or event_id in change.event_ids
        self.agenda.current_event = self.current_event
        if change is None or (ours and (change.touches(EntityKind.ROOM) or change.touches(EntityKind.EVENT))):
            self.agenda.reload()
        elif ours or change.touches(EntityKind.PERSON) or change.touches(EntityKind.ORGANIZATION):
            self.agenda.apply_change(change)
        for name in ("details", "orgs"):  # the event as it is now (its title, its version)
            if (page := self.built(name)) is not None:
                page.current_event = self.current_event
        if (preview := self.built("preview")) is not None and (ours or _touches_directory(change)):
            preview.invalidate()
        self._reload_current_tab(change)

    def _reload_current_tab(self, change: Change | None = None) -> None:
        page = self.tabs.currentWidget()
        if page is self.built("people"):
            if change is None:
                self.people.reload()
            elif _touches_directory(change) or change.touches(EntityKind.SLOT):
                self.people.apply_change(change)
        elif page is self.built("orgs") or page is self.built("details"):
            if change is None:
                page.reload()
            else:
                page.apply_change(change)
        elif page is self.built("timetable"):
            self.timetable_tab.catch_up()
        elif page is self.built("translations"):
            self.translations.reload()

    def _focus_slot(self, slot_id: int) -> None:
        if self.tabs.currentWidget() is self.agenda:
            self.agenda.select_slot(slot_id)
        elif self.lazy.showing("timetable"):
            self.timetable_tab.select_slot(slot_id)

    def _problem_count(self, n: int) -> None:
        self.problems_dock.setWindowTitle(self.tr("Problems ({0})").format(n) if n else self.tr("Problems"))

    def show_tab(self, index: int) -> None:
        if self.current_event is not None:
            self.tabs.setCurrentIndex(index)

    def show_slot(self, slot_id: int) -> None:
        """Select a slot (the Problems panel): in the timetable when it is showing, else in the agenda."""
        if self.lazy.showing("timetable"):
            self.timetable_tab.select_slot(slot_id)
            return
        self.tabs.setCurrentWidget(self.agenda)
        self.agenda.select_slot(slot_id)

    # Commands --------------------------------------------------------------------------------------------------

    def new_event(self) -> None:
        from eventplanner.ui.event.new_event import NewEventDialog  # not needed for the first paint

        dialog = NewEventDialog(self)
        if dialog.exec():
            command = CreateEvent(self.ops, dialog.values())
            if self.ops.run(command) and command.event is not None:
                self.select_event(command.event.id)
                self.tabs.setCurrentWidget(self.details)

    def delete_selected(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.agenda:
            self.agenda.delete_selected()
        elif page is self.built("timetable"):
            self.timetable_tab.delete_selected()
        elif page is self.built("people"):
            self.people.delete_selected()
        elif page is self.built("orgs"):
            self.orgs.delete_selected()

    def delete_event(self, event: EventData | None = None) -> None:
        """Delete an event (the selected one) after naming it and its slot count; undo brings it all back."""
        event = event or self.current_event
        if event is None:
            return
        count = self.ops.call(agenda.count_slots, self.ops.db, event.id)
        if count is None:  # never "its 0 slot(s)" when they could not be counted
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete event"),
                          self.tr("Delete “{0}” and its {1} agenda slot(s)?").format(event.title, count),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Its rooms and organizations' roles go too. Edit ▸ Undo brings it back."))
        delete = box.addButton(self.tr("Delete event"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if box.clickedButton() is not delete and answer != QMessageBox.StandardButton.Yes:
            return
        self.ops.run(DeleteEvent(self.ops, event))

    def _event_menu(self, pos: QPoint) -> None:
        event = self.event_list.event_at(pos)
        menu = QMenu(self)
        menu.addAction(self.new_event_action)
        if event is not None:
            menu.addSeparator()
            menu.addAction(self.delete_event_action)
        menu.exec(self.event_list.viewport().mapToGlobal(pos))

    def find_speaker(self) -> None:
        if self.current_event is not None:
            self.tabs.setCurrentWidget(self.people)
        self.people.focus_filter()

    def print_programme(self) -> None:
        self.tabs.setCurrentWidget(self.preview)
        self.preview.print_programme()

    # Window state ----------------------------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_size()
        state = self.settings.state("window")
        if state is not None:
            self.restoreState(state)
        saved = self.settings.state(self.splitter.objectName())  # the speakers' splitter: when built
        if saved is not None:
            self.splitter.restoreState(saved)

    def _first_size(self) -> None:
        """First start: 80 % of the screen's free area, centred (at least the minimum size)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        area = screen.availableGeometry()
        w = max(MIN_WIDTH, min(area.width(), int(area.width() * 0.8)))
        h = max(MIN_HEIGHT, min(area.height(), int(area.height() * 0.8)))
        self.resize(w, h)
        self.move(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2)

    def save_state(self) -> None:
        if self.current_event is not None:
            self.settings.set(PROBLEMS_VISIBLE, self.problems_dock.isVisible())
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("window", self.saveState())
        people = self.built("people")
        for splitter in (self.splitter, people.splitter) if people is not None else (self.splitter,):
            self.settings.set_state(splitter.objectName(), splitter.saveState())
        self.settings.set_last_event(self.ops.db.display_name, self.current_event.id if self.current_event else None)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)


def _touches_directory(change: Change | None) -> bool:
    return change is None or change.touches(EntityKind.PERSON) or change.touches(EntityKind.ORGANIZATION)
