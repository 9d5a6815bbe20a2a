"""The Show menu: start (or resume) the show, edit a slot's cues, write the run sheet and the timings report."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QMenu,
    QMessageBox,
)

from eventplanner.domain.enums import LANGUAGES
from eventplanner.ui.common.icons import icon

# The show's windows, services and writers load when an action of the menu is first used, not with the main
# window: start-up only builds the menu (issue 20).
if TYPE_CHECKING:
    from eventplanner.ui.show.follow import ShowFollower
    from eventplanner.ui.show.operator import OperatorWindow
    from eventplanner.ui.window.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("show", text)


def install_show_menu(window: MainWindow) -> QMenu:
    """Add the Show menu to `window`'s menu bar (before Help when there is one) and return it."""
    menu = QMenu(tr("&Show"), window)
    start = QAction(tr("&Start show…"), window)
    start.setShortcut("Ctrl+F5")
    start.setStatusTip(tr("Open the operator window and the stage timer; a show in progress resumes"))
    start.triggered.connect(lambda: start_show(window))
    cues = QAction(tr("&Cues of the selected slot…"), window)
    cues.setShortcut("Ctrl+K")
    cues.triggered.connect(lambda: edit_cues(window))
    runsheet = QAction(tr("&Run sheet (PDF, Excel)…"), window)
    runsheet.triggered.connect(lambda: export_runsheet(window))
    follow = QAction(tr("&Follow the show (stage timer)…"), window)
    follow.setStatusTip(tr("Show the stage timer of a show another workstation runs; read-only"))
    follow.triggered.connect(lambda: follow_show(window))
    timings = QAction(tr("&Timings: planned vs actual (CSV, Excel)…"), window)
    timings.triggered.connect(lambda: export_timings(window))
    for action, name in ((start, "start-show"), (follow, "stage-timer"), (cues, "cues"), (runsheet, "pdf"),
                         (timings, "export")):
        action.setIcon(icon(name))
    for entry in (start, follow, cues, None, runsheet, timings):
        if entry is None:
            menu.addSeparator()
        else:
            menu.addAction(entry)
    bar = window.menuBar()
    help_menu = next((a for a in bar.actions() if a.menu() is getattr(getattr(window, "menus", None), "help_menu",
                                                                      object())), None)
    if help_menu is not None:
        bar.insertMenu(help_menu, menu)
    else:
        bar.addMenu(menu)
    window.show_menu = menu  # type: ignore[attr-defined]
    return menu


def _event_id(window: MainWindow) -> int | None:
    event = window.current_event
    if event is None:
        QMessageBox.information(window, tr("Show"), tr("Select an event first."))
        return None
    return event.id


def start_show(window: MainWindow, clock: Any = datetime.now) -> OperatorWindow | None:
    """Open (or resume) the show of the selected event; asks for the day and room when there are several."""
    from eventplanner.domain.show import ShowStatus
    from eventplanner.services import show as show_service
    from eventplanner.services.agenda import list_slots
    from eventplanner.ui.show.operator import OperatorWindow

    event_id = _event_id(window)
    if event_id is None:
        return None
    ops = window.ops
    existing = getattr(window, "show_operator", None)
    if isinstance(existing, OperatorWindow) and existing.isVisible() and existing.view.event.id == event_id:
        existing.raise_()
        existing.activateWindow()
        return existing
    running = ops.call(show_service.load_show, ops.db, event_id, context="opening the show")
    day = room_id = None
    if running is None or running.state.status is ShowStatus.FINISHED:  # a new run: which day and room?
        slots = ops.call(list_slots, ops.db, event_id, context="opening the show") or []
        event = window.current_event
        day_of = event.day_of if event is not None else (lambda moment: moment.date())
        # One run per conference day and room: the 00:15 show after an evening runs with that evening.
        lanes = sorted({(day_of(s.start), s.room_id, s.room_name) for s in slots}, key=lambda x: (x[0], x[2]))
        if len(lanes) > 1:
            names = [f"{d:%d.%m.%Y}" + (f" · {r}" if r else "") for d, _rid, r in lanes]
            choice, ok = QInputDialog.getItem(window, tr("Start show"), tr("Which day and room?"), names, 0, False)
            if not ok:
                return None
            day, room_id, _name = lanes[names.index(choice)]
        elif lanes:
            day, room_id, _name = lanes[0]
    view = ops.call(show_service.open_show, ops.db, event_id, clock(), day, room_id, context="opening the show")
    if view is None:
        return None
    operator = OperatorWindow(ops, view, clock, parent=window)
    team = getattr(window, "team", None)
    if team is not None and hasattr(team, "watcher"):
        operator.acted.connect(team.watcher.own_write)  # the show's writes are this workstation's own
        team.watcher.changed_elsewhere.connect(operator.reload)
    window.show_operator = operator  # type: ignore[attr-defined]
    operator.show()
    operator.show_stage_timer()
    operator.raise_()
    return operator


def follow_show(window: MainWindow, clock: Any = datetime.now) -> ShowFollower | None:
    """Open a read-only stage timer that follows the show of the selected event run elsewhere."""
    from eventplanner.ui.show.follow import ShowFollower

    event_id = _event_id(window)
    if event_id is None:
        return None
    old = getattr(window, "show_follower", None)
    if isinstance(old, ShowFollower):
        old.stop()
    follower = ShowFollower(window.ops, event_id, clock, parent=window)
    window.show_follower = follower  # type: ignore[attr-defined]
    if follower.view is None:
        QMessageBox.information(window, tr("Show"), tr("No show of this event has been started yet; the timer "
                                                       "will follow as soon as one starts."))
    follower.stage.place_on(None, False)
    return follower


def edit_cues(window: MainWindow) -> None:
    from eventplanner.ui.show.cue_editor import CueEditorDialog

    selected = window.agenda.selected_slots()
    if not selected:
        QMessageBox.information(window, tr("Cues"), tr("Select a slot in the agenda first."))
        return
    CueEditorDialog(window.ops, selected[0], window).exec()


class RunSheetOptions(QDialog):
    def __init__(self, window: MainWindow, language: str) -> None:
        from eventplanner.domain.scenario import Audience

        super().__init__(window)
        self.setWindowTitle(tr("Run sheet"))
        self.audience = QComboBox()
        for audience, name in ((Audience.ALL, tr("Everyone (full version)")), (Audience.MC, tr("Master of ceremonies")),
                               (Audience.TECH, tr("Technical crew")), (Audience.PROTOCOL, tr("Protocol"))):
            self.audience.addItem(name, audience.value)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("For"), self.audience)
        form.addRow(tr("Language"), self.language)
        form.addRow(buttons)


def export_runsheet(window: MainWindow) -> None:
    from eventplanner.domain.scenario import Audience
    from eventplanner.exports.runsheet import write_runsheet
    from eventplanner.services import scenario
    from eventplanner.ui.window.file_ops import run_long

    event_id = _event_id(window)
    if event_id is None or window.current_event is None:
        return
    options = RunSheetOptions(window, window.current_event.language)
    if options.exec() != QDialog.DialogCode.Accepted:
        return
    audience, lang = Audience(options.audience.currentData()), str(options.language.currentData())
    suggested = Path.home() / f"{window.current_event.slug}-run-sheet-{audience.value}-{lang}.pdf"
    path, _ = QFileDialog.getSaveFileName(window, tr("Write the run sheet"), str(suggested),
                                          tr("PDF (*.pdf);;Excel (*.xlsx)"))
    if not path:
        return
    db = window.ops.db

    def work(_report: Any) -> Path:
        return write_runsheet(scenario.scenario(db, event_id), path, audience, lang)

    run_long(window, tr("Writing the run sheet…"), work,
             lambda written: window.statusBar().showMessage(tr("Wrote {0}").format(written), 8000))


def export_timings(window: MainWindow) -> None:
    from eventplanner.exports.timings import write_timings
    from eventplanner.services import show as show_service
    from eventplanner.ui.window.file_ops import run_long

    event_id = _event_id(window)
    if event_id is None or window.current_event is None:
        return
    suggested = Path.home() / f"{window.current_event.slug}-timings.xlsx"
    path, _ = QFileDialog.getSaveFileName(window, tr("Write the timings"), str(suggested),
                                          tr("Excel (*.xlsx);;CSV (*.csv)"))
    if not path:
        return
    db = window.ops.db

    def work(_report: Any) -> Path:
        event, records = show_service.timing_records(db, event_id)
        return write_timings(records, path, event.running_title)

    run_long(window, tr("Writing the timings…"), work,
             lambda written: window.statusBar().showMessage(tr("Wrote {0}").format(written), 8000))
