"""The main window: events in a sidebar, the selected event's pages in tabs, menus, toolbar, undo."""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from eventplanner import APP_NAME
from eventplanner.domain.data import EventData
from eventplanner.services import events
from eventplanner.store.database import Database
from eventplanner.ui import file_ops
from eventplanner.ui.actions import make_action
from eventplanner.ui.agenda_view import AgendaView
from eventplanner.ui.event_details import EventDetails
from eventplanner.ui.new_event import NewEventDialog
from eventplanner.ui.operations import Operations
from eventplanner.ui.org_view import OrgView
from eventplanner.ui.people_view import PeopleView
from eventplanner.ui.preview import PreviewView
from eventplanner.ui.problems import ProblemsPanel
from eventplanner.ui.settings import Settings
from eventplanner.ui.undo import CreateEventCommand
from eventplanner.ui.welcome import WelcomePage

log = logging.getLogger(__name__)
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.ops = Operations(db, self)
        self.events: list[EventData] = []
        self.current_event: EventData | None = None

        self.event_list = QListWidget()
        self.event_list.setObjectName("eventList")
        self.event_list.setStyleSheet("QListWidget#eventList::item { padding: 6px 4px; }")
        self.event_list.currentItemChanged.connect(lambda *_: self._event_selected())
        new_button = QPushButton(self.tr("New event…"))
        new_button.clicked.connect(self.new_event)
        self.sidebar = sidebar = QWidget()
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(6, 6, 0, 6)
        side_layout.addWidget(self.event_list, 1)
        side_layout.addWidget(new_button)

        self.agenda = AgendaView(self.ops)
        self.people = PeopleView(self.ops)
        self.orgs = OrgView(self.ops)
        self.details = EventDetails(self.ops)
        self.preview = PreviewView(self.ops)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.tabs.addTab(self.people, self.tr("&Speakers"))
        self.tabs.addTab(self.orgs, self.tr("&Organizations"))
        self.tabs.addTab(self.details, self.tr("Event &details"))
        self.tabs.addTab(self.preview, self.tr("&Preview"))
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
        self.splitter.setSizes([250, 1000])
        self.setCentralWidget(self.splitter)

        self.problems = ProblemsPanel()
        self.problems.slot_activated.connect(self.show_slot)
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.resizeDocks([self.problems_dock], [110], Qt.Orientation.Vertical)
        self.agenda.problems_changed.connect(self.problems.set_conflicts)
        self.problems.count_changed.connect(self._problem_count)

        self.details.duplicated.connect(lambda event_id: self.select_event(event_id))
        self.ops.changed.connect(self.refresh)
        self.ops.focus_slot.connect(self._focus_slot)
        self._build_menus()
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        self.statusBar().showMessage(self.tr("Every change is saved at once."), 5000)
        self._restore()
        self.set_database(db, first=True)

    # Menus -------------------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        Key = QKeySequence.StandardKey
        self.new_event_action = make_action(self, self.tr("&New event…"), self.new_event, Key.New,
                                            self.tr("Create a new event"), theme="document-new", icon="SP_FileIcon")
        open_db = make_action(self, self.tr("&Open database…"), lambda: file_ops.open_database_dialog(self),
                              Key.Open, icon="SP_DialogOpenButton", theme="document-open")
        new_db = make_action(self, self.tr("New &database…"), lambda: file_ops.new_database_dialog(self))
        self.recent_menu = QMenu(self.tr("&Recent databases"), self)
        self.recent_menu.aboutToShow.connect(lambda: file_ops.fill_recent_menu(self, self.recent_menu))
        backup = make_action(self, self.tr("&Backup…"), lambda: file_ops.backup_dialog(self))
        import_action = make_action(self, self.tr("&Import…"), lambda: file_ops.import_schedule(self),
                                    "Ctrl+I", self.tr("Import a schedule (XML, JSON) as a new event"))
        import_speakers = make_action(self, self.tr("Import &speakers…"), lambda: file_ops.import_speakers(self))
        self.export_menu = file_ops.export_menu(self)
        self.print_action = make_action(self, self.tr("&Print…"), self.print_programme, Key.Print,
                                        icon="SP_FileDialogDetailedView", theme="document-print")
        quit_action = make_action(self, self.tr("&Quit"), self.close, Key.Quit)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for item in (self.new_event_action, None, open_db, new_db, self.recent_menu, backup, None,
                     import_action, import_speakers, self.export_menu, self.print_action, None, quit_action):
            if item is None:
                file_menu.addSeparator()
            elif isinstance(item, QMenu):
                file_menu.addMenu(item)
            else:
                file_menu.addAction(item)

        self.undo_action = self.ops.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(Key.Undo)])
        self.redo_action = self.ops.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(Key.Redo)])
        style = self.style()
        self.undo_action.setIcon(style.standardIcon(style.StandardPixmap.SP_ArrowBack))
        self.redo_action.setIcon(style.standardIcon(style.StandardPixmap.SP_ArrowForward))
        self.delete_action = make_action(self, self.tr("&Delete"), self.delete_selected, Key.Delete,
                                         self.tr("Delete the selected slots or speakers"))
        find = make_action(self, self.tr("&Find speaker…"), self.find_speaker, Key.Find)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(find)

        agenda_menu = self.menuBar().addMenu(self.tr("&Agenda"))
        a = self.agenda
        agenda_items: list[QAction | None] = [a.add_action, a.edit_action, a.duplicate_action, a.break_action,
                                              None, a.up_action, a.down_action, a.protocol_action]
        for entry in agenda_items:
            if entry is None:
                agenda_menu.addSeparator()
            else:
                agenda_menu.addAction(entry)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i in range(self.tabs.count()):
            label = self.tabs.tabText(i).replace("&", "")
            act = make_action(self, label, partial(self.show_tab, i), f"Ctrl+{i + 1}")
            view_menu.addAction(act)
        view_menu.addSeparator()
        view_menu.addAction(self.problems_dock.toggleViewAction())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(make_action(self, self.tr("&About {0}").format(APP_NAME), lambda: file_ops.about(self)))

        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar_items: list[QAction | None] = [self.new_event_action, None, self.undo_action, self.redo_action, None,
                                           a.add_action, a.break_action, a.protocol_action, None, self.print_action]
        for entry in bar_items:
            if entry is None:
                bar.addSeparator()
            else:
                bar.addAction(entry)
        self.addToolBar(bar)

    # Database and events ------------------------------------------------------------------------------------

    def set_database(self, db: Database, first: bool = False) -> None:
        if not first and db is not self.ops.db:
            self.ops.db.close()
        self.ops.db = db
        self.ops.stack.clear()
        self.settings.add_recent_database(db.display_name)
        self.welcome.set_location(db.display_name)
        title = f"{APP_NAME} — {db.display_name}" + (self.tr(" (read-only)") if db.read_only else "")
        self.setWindowTitle(title)
        self.current_event = None
        self.refresh_events(select=self.settings.last_event(db.display_name))

    def refresh_events(self, select: int | None = None) -> None:
        self.events = self.ops.call(events.list_events, self.ops.db) or []
        wanted = select if select is not None else (self.current_event.id if self.current_event else None)
        self.event_list.blockSignals(True)
        self.event_list.clear()
        for event in self.events:
            item = QListWidgetItem(f"{event.title}\n{_dates(event)}")
            item.setData(EVENT_ROLE, event.id)
            item.setToolTip(f"{event.title}\n{event.venue_name}")
            self.event_list.addItem(item)
        ids = [e.id for e in self.events]
        row = ids.index(wanted) if wanted in ids else (0 if ids else -1)
        self.event_list.setCurrentRow(row)
        self.event_list.blockSignals(False)
        self._event_selected()

    def select_event(self, event_id: int) -> None:
        self.refresh_events(select=event_id)

    def _event_selected(self) -> None:
        item = self.event_list.currentItem()
        event_id = item.data(EVENT_ROLE) if item is not None else None
        event = next((e for e in self.events if e.id == event_id), None)
        changed = (event.id if event else None) != (self.current_event.id if self.current_event else None)
        self.current_event = event
        self.pages.setCurrentWidget(self.tabs if event else self.welcome)
        self.sidebar.setVisible(bool(self.events))
        if event is None:
            self.problems_dock.hide()
        elif changed and self.settings.value("problems_visible", "1") == "1":
            self.problems_dock.show()
        for action in (self.print_action, self.delete_action):
            action.setEnabled(event is not None)
        self.settings.set_last_event(self.ops.db.display_name, event.id if event else None)
        if changed:
            self.agenda.set_event(event)
            self.details.set_event(event)
            self.orgs.set_event(event)
            self.preview.set_event(event)
            self._reload_current_tab()
        elif event is not None:
            self.agenda.current_event = event

    def refresh(self) -> None:
        """After any change, undo or redo: reload the events and what the visible page shows."""
        self.refresh_events()
        if self.current_event is not None:
            self.agenda.current_event = self.current_event
            self.agenda.reload()
            self.details.current_event = self.current_event
            self.preview.invalidate()
            self._reload_current_tab()

    def _reload_current_tab(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.people:
            self.people.reload()
        elif page is self.orgs:
            self.orgs.reload()
        elif page is self.details:
            self.details.reload()

    def _focus_slot(self, slot_id: int) -> None:
        if self.tabs.currentWidget() is self.agenda:
            self.agenda.select_slot(slot_id)

    def _problem_count(self, n: int) -> None:
        self.problems_dock.setWindowTitle(self.tr("Problems ({0})").format(n) if n else self.tr("Problems"))

    def show_tab(self, index: int) -> None:
        if self.current_event is not None:
            self.tabs.setCurrentIndex(index)

    def show_slot(self, slot_id: int) -> None:
        self.tabs.setCurrentWidget(self.agenda)
        self.agenda.select_slot(slot_id)

    # Commands --------------------------------------------------------------------------------------------------

    def new_event(self) -> None:
        dialog = NewEventDialog(self)
        if dialog.exec():
            command = CreateEventCommand(self.ops, dialog.values())
            if self.ops.push(command) and command.event is not None:
                self.select_event(command.event.id)
                self.tabs.setCurrentWidget(self.details)

    def delete_selected(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.agenda:
            self.agenda.delete_selected()
        elif page is self.people:
            self.people.delete_selected()
        elif page is self.orgs:
            self.orgs.delete_selected()

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
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.state("window")
        if state is not None:
            self.restoreState(state)
        for splitter in (self.splitter, self.people.splitter):
            saved = self.settings.state(splitter.objectName())
            if saved is not None:
                splitter.restoreState(saved)

    def save_state(self) -> None:
        if self.current_event is not None:
            self.settings.set_value("problems_visible", "1" if self.problems_dock.isVisible() else "0")
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("window", self.saveState())
        for splitter in (self.splitter, self.people.splitter):
            self.settings.set_state(splitter.objectName(), splitter.saveState())
        self.settings.set_last_event(self.ops.db.display_name, self.current_event.id if self.current_event else None)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)


def _dates(event: EventData) -> str:
    if event.start_date == event.end_date:
        return f"{event.start_date:%a %d %b %Y}"
    if event.start_date.year == event.end_date.year:
        return f"{event.start_date:%d %b} – {event.end_date:%d %b %Y}"
    return f"{event.start_date:%d %b %Y} – {event.end_date:%d %b %Y}"

