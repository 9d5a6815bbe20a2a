"""The finished main window: timetable tab, ripple toggle, wall chart export, delete event, icons, locale, size."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPointF, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from eventplanner.domain.data import EventData
from eventplanner.services import agenda, events
from eventplanner.store.database import Database
from eventplanner.ui.agenda.model import DURATION
from eventplanner.ui.agenda.slot_dialog import SlotDialog
from eventplanner.ui.common.saved import SavedNotice
from eventplanner.ui.common.settings import Settings
from eventplanner.ui.preview.wallchart_export import filters
from eventplanner.ui.timetable.sample_day import DAY, create_three_room_day
from eventplanner.ui.window.main_window import MIN_WIDTH, MainWindow


@pytest.fixture
def forum_window(window: MainWindow) -> MainWindow:
    event = create_three_room_day(window.ops.db)
    window.select_event(event.id)
    window.tabs.setCurrentWidget(window.timetable)
    return window


def slot_id(win: MainWindow, title: str) -> int:
    return next(s.id for s in win.agenda.all_slots if s.title == title)


def starts(db: Database, event_id: int) -> dict[str, datetime]:
    return {s.title: s.start for s in agenda.list_slots(db, event_id)}


# Timetable tab ---------------------------------------------------------------------------------------------


def test_timetable_tab_shows_the_agenda_and_shares_the_selection(forum_window: MainWindow) -> None:
    win = forum_window
    tt = win.timetable
    assert win.tabs.indexOf(tt) == 1 and win.tabs.tabText(1) == "&Timetable"
    assert {s.id for s in tt.slots} == {s.id for s in win.agenda.all_slots}
    assert len(tt.scene.items_by_id) == len(win.agenda.all_slots)
    assert [c.name for c in tt.scene.layout.columns] == ["Plenary hall", "Room B", "Room C"]

    # agenda -> timetable
    visas = slot_id(win, "Digital visas in the region")
    win.agenda.select_slot(visas)
    assert tt.selected_slot() == visas
    # timetable -> agenda: a click on a block
    panel = slot_id(win, "Panel: diaspora investment and remittances")
    centre = tt.scene.items_by_id[panel].sceneBoundingRect().center()
    QTest.mouseClick(tt.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tt.view.mapFromScene(centre))
    assert [s.id for s in win.agenda.selected_slots()] == [panel]
    assert win.tabs.currentWidget() is tt


def test_timetable_follows_changes_and_undo(forum_window: MainWindow) -> None:
    win = forum_window
    visas = slot_id(win, "Digital visas in the region")
    win.timetable.resizeRequested.emit(visas, 45)
    assert next(s for s in win.timetable.slots if s.id == visas).duration_minutes == 45
    win.ops.stack.undo()
    assert next(s for s in win.timetable.slots if s.id == visas).duration_minutes == 30


def test_timetable_catches_up_when_shown(forum_window: MainWindow) -> None:
    win = forum_window
    win.tabs.setCurrentWidget(win.agenda)
    visas = slot_id(win, "Digital visas in the region")
    win.agenda.select_slot(visas)
    win.agenda.delete_selected()
    assert visas in {s.id for s in win.timetable.slots}  # not refreshed while hidden
    win.tabs.setCurrentWidget(win.timetable)
    assert visas not in {s.id for s in win.timetable.slots}


def test_problems_double_click_selects_the_block_in_the_timetable(forum_window: MainWindow) -> None:
    win = forum_window
    assert win.problems.problem_count() > 0
    item = next(win.problems.item(i) for i in range(win.problems.count()) if win.problems.item(i).data(257))
    win.problems.itemDoubleClicked.emit(item)
    wanted = int(item.data(257))
    assert win.tabs.currentWidget() is win.timetable
    assert win.timetable.selected_slot() == wanted
    assert [s.id for s in win.agenda.selected_slots()] == [wanted]


def test_double_click_on_empty_timetable_space_opens_the_dialog_at_that_time_and_room(
    forum_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = forum_window
    assert win.current_event is not None
    room_b = next(r.id for r in win.agenda.rooms if r.name == "Room B")
    seen: dict[str, Any] = {}

    def fill(self: SlotDialog) -> int:
        seen["start"], seen["room"] = self.start.time().toString("HH:mm"), self.room.currentData()
        self.title_edit.setText("Side meeting")
        return 1

    monkeypatch.setattr(SlotDialog, "exec", fill)
    scene = win.timetable.scene
    x = scene.grid.x_of(1) + scene.grid.column_width / 2
    y = scene.grid.y_of(8 * 60 + 17)  # 08:17 snaps to 08:15
    QTest.mouseDClick(win.timetable.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      win.timetable.view.mapFromScene(QPointF(x, y)))
    assert seen == {"start": "08:15", "room": room_b}
    new = next(s for s in agenda.list_slots(win.ops.db, win.current_event.id) if s.title == "Side meeting")
    assert (new.start, new.room_id) == (datetime.combine(DAY, time(8, 15)), room_b)
    assert new.id in win.timetable.scene.items_by_id
    assert win.ops.stack.undoText().startswith("Add “Side meeting”")
    win.ops.stack.undo()
    assert new.id not in win.timetable.scene.items_by_id


# Ripple ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("ripple", [True, False])
def test_ripple_toggle_decides_whether_the_next_slot_moves(sample_window: MainWindow, ripple: bool) -> None:
    win = sample_window
    assert win.ripple_action.isChecked()  # on by default
    win.ripple_action.setChecked(ripple)
    model = win.agenda.model
    first, second = model.slots[0], model.slots[1]
    assert first.end == second.start
    assert model.setData(model.index(0, DURATION), str(first.duration_minutes + 10))
    moved = agenda.get_slot(win.ops.db, second.id).start
    assert (moved != second.start) is ripple
    win.ops.stack.undo()
    assert agenda.get_slot(win.ops.db, second.id).start == second.start


@pytest.mark.parametrize("ripple", [True, False])
def test_timetable_honours_the_ripple_toggle(forum_window: MainWindow, ripple: bool) -> None:
    win = forum_window
    assert win.current_event is not None
    win.ripple_action.setChecked(ripple)
    before = starts(win.ops.db, win.current_event.id)
    win.timetable.resizeRequested.emit(slot_id(win, "Welcome and opening of the forum"), 30)
    after = starts(win.ops.db, win.current_event.id)
    keynote = "Labour mobility after the pandemic: what the data tell us"
    assert (after[keynote] != before[keynote]) is ripple


def test_ripple_setting_is_remembered(qtbot: Any, db: Database, tmp_path: Path, shown_errors: list[str]) -> None:
    ini = str(tmp_path / "ripple.ini")
    first = MainWindow(db, Settings(QSettings(ini, QSettings.Format.IniFormat)))
    qtbot.addWidget(first)
    first.ripple_action.setChecked(False)
    first.close()
    second = MainWindow(db, Settings(QSettings(ini, QSettings.Format.IniFormat)))
    qtbot.addWidget(second)
    assert not second.ripple_action.isChecked()
    assert not second.agenda.ripple()


# Wall chart -------------------------------------------------------------------------------------------------


def test_wall_chart_export_writes_a_pdf_of_the_day(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chart"
    a3 = filters()[1][0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), a3)))
    win = sample_window
    assert win.menus.wallchart in win.export_menu.actions() and win.menus.wallchart.isEnabled()
    win.menus.wallchart.trigger()
    pdf = tmp_path / "chart.pdf"
    qtbot.waitUntil(pdf.exists, timeout=60_000)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"1190.55" in data  # A3 landscape width in points
    def announced() -> bool:
        notice = win.findChild(SavedNotice, "savedNotice")
        return notice is not None and not notice.isHidden() and "chart.pdf" in notice.label.text()

    qtbot.waitUntil(announced, timeout=10_000)


# Delete event ----------------------------------------------------------------------------------------------


def test_delete_event_asks_then_undo_restores_slots_and_participants(
    sample_window: MainWindow, sample_event: EventData, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = sample_window
    db = win.ops.db
    before = agenda.list_slots(db, sample_event.id)
    assert any(s.participants for s in before)
    asked: list[str] = []

    def confirm(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    win.delete_event_action.trigger()
    assert asked and sample_event.title in asked[0] and f"{len(before)} agenda slot" in asked[0]
    assert events.list_events(db) == []
    assert win.pages.currentWidget() is win.welcome
    assert win.ops.stack.undoText() == f"Delete event “{sample_event.title}”"

    win.ops.stack.undo()
    assert [e.id for e in events.list_events(db)] == [sample_event.id]
    assert agenda.list_slots(db, sample_event.id) == before
    assert win.current_event is not None and win.current_event.id == sample_event.id
    assert len(win.agenda.all_slots) == len(before)
    win.ops.stack.redo()
    assert events.list_events(db) == []


def test_delete_event_cancelled_changes_nothing(sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda self: int(QMessageBox.StandardButton.Cancel))
    sample_window.delete_event()
    assert len(events.list_events(sample_window.ops.db)) == 1
    assert sample_window.ops.stack.count() == 0


# Icons, locale, size -------------------------------------------------------------------------------------------


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            found += _menu_actions(action.menu())  # type: ignore[arg-type]
    return found


def test_every_action_has_an_icon(sample_window: MainWindow) -> None:
    win = sample_window
    actions: list[QAction] = []
    for top in win.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        actions += _menu_actions(menu)
    toolbar = win.menus.toolbar
    actions += [a for a in toolbar.actions() if not a.isSeparator()]
    actions += [a for a in win.agenda.actions()]
    assert len(actions) > 30
    missing = [a.text() for a in actions if a.icon().isNull()]
    assert missing == []
    assert all(not win.tabs.tabIcon(i).isNull() for i in range(win.tabs.count()))
    assert not win.windowIcon().isNull()
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_dates_follow_the_locale(qtbot: Any, db: Database, sample_event: EventData, settings: Settings,
                                 shown_errors: list[str]) -> None:
    old = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        win = MainWindow(db, settings)
        qtbot.addWidget(win)
        item = win.event_list.text(0)
        assert "дек" in item and "Dec" not in item
        assert "дек" in win.agenda.day_tabs.tabText(0)
    finally:
        QLocale.setDefault(old)


def test_desktop_file_name_matches_the_packaging() -> None:
    from eventplanner.app import DESKTOP_ID

    linux = Path(__file__).resolve().parents[2] / "packaging" / "linux"
    assert (linux / f"{DESKTOP_ID}.desktop").is_file()


def test_fits_an_800_pixel_screen_and_sizes_itself_on_first_start(sample_window: MainWindow) -> None:
    win = sample_window
    assert win.minimumWidth() <= 780
    area = win.screen().availableGeometry()
    assert win.width() == max(MIN_WIDTH, min(area.width(), int(area.width() * 0.8)))
    for page in range(win.tabs.count()):
        win.tabs.setCurrentIndex(page)
        assert win.minimumSizeHint().width() <= 780, win.tabs.tabText(page)
    win.resize(780, 560)
    assert win.width() == 780
