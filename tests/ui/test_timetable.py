"""The timetable driven through its scene and viewport: moves, resizes, creation, undo, conflicts, keys."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from eventplanner.domain.data import EventData, SlotData
from eventplanner.domain.errors import ValidationError
from eventplanner.services import agenda, events
from eventplanner.store.database import Database
from eventplanner.ui.common import errors
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.timetable import TimetableWidget
from eventplanner.ui.timetable.controller import TimetableController
from eventplanner.ui.timetable.items import BlockItem
from eventplanner.ui.timetable.sample_day import DAY, create_three_room_day


def at(hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime.combine(DAY, time(h, m))


class Harness:
    def __init__(self, db: Database, event: EventData, ripple: bool = False) -> None:
        self.db, self.event, self.ripple = db, event, ripple
        self.widget = TimetableWidget()
        self.widget.resize(1000, 700)
        self.ops = Operations(db, self.widget)
        self.controller = TimetableController(self.widget, self.ops, lambda: self.ripple, event.id)
        self.widget.show()
        self.rooms = {r.name: r.id for r in events.list_rooms(db, event.id)}

    def slot(self, title: str) -> SlotData:
        return next(s for s in agenda.list_slots(self.db, self.event.id) if s.title == title)

    def item(self, title: str) -> BlockItem:
        return self.widget.scene.items_by_id[self.slot(title).id]

    def viewport_point(self, scene_pos: QPointF) -> QPoint:
        return self.widget.view.mapFromScene(scene_pos)

    @property
    def ppm(self) -> float:
        return self.widget.scene.grid.px_per_minute


@pytest.fixture
def forum(db: Database) -> EventData:
    return create_three_room_day(db)


@pytest.fixture
def h(qtbot, db: Database, forum: EventData) -> Iterator[Harness]:
    harness = Harness(db, forum)
    qtbot.addWidget(harness.widget)
    qtbot.waitExposed(harness.widget)
    yield harness


def test_blocks_for_every_slot_of_the_day_in_their_room_columns(h: Harness):
    scene = h.widget.scene
    assert [c.name for c in scene.layout.columns] == ["Plenary hall", "Room B", "Room C"]
    assert len(scene.items_by_id) == len(agenda.list_slots(h.db, h.event.id))
    visas, panel = h.item("Digital visas in the region"), h.item("Panel: diaspora investment and remittances")
    assert scene.grid.column_at(visas.sceneBoundingRect().center().x()) == 1
    assert scene.grid.column_at(panel.sceneBoundingRect().center().x()) == 2
    # sized by duration: the 60-minute panel is twice as tall as the 30-minute presentation
    assert panel.home_rect().height() == pytest.approx(2 * visas.home_rect().height() + scene.grid.gap, abs=0.01)


def test_drag_with_the_mouse_moves_the_slot_to_another_room_and_time(h: Harness, qtbot):
    item = h.item("Digital visas in the region")  # Room B, 09:30-10:00
    view = h.widget.view
    start = item.sceneBoundingRect().center()
    target = QPointF(start.x() - h.widget.scene.grid.column_width, start.y() - 61 * h.ppm)  # Plenary, an hour earlier
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     h.viewport_point(start))
    for i in range(1, 6):
        QTest.mouseMove(view.viewport(), h.viewport_point(start + (target - start) * (i / 5)))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       h.viewport_point(target))
    moved = h.slot("Digital visas in the region")
    assert (moved.start, moved.room_id) == (at("08:30"), h.rooms["Plenary hall"])
    assert h.ops.stack.count() == 1
    # the scene shows the new place
    assert h.widget.scene.grid.column_at(h.item("Digital visas in the region").sceneBoundingRect().center().x()) == 0
    h.ops.stack.undo()
    back = h.slot("Digital visas in the region")
    assert (back.start, back.room_id) == (at("09:30"), h.rooms["Room B"])


def test_drag_snaps_to_five_minutes(h: Harness):
    item = h.item("Digital visas in the region")
    origin = item.sceneBoundingRect().center()
    item.begin_drag(origin)
    item.drag_to(origin + QPointF(0, 12 * h.ppm))  # 12 minutes down -> 10
    item.end_drag()
    assert h.slot("Digital visas in the region").start == at("09:40")


def test_drag_with_ripple_retimes_the_room_as_the_table_does_and_undo_puts_it_back(h: Harness):
    h.ripple = True
    item = h.item("Integration courses that work")  # Room B 13:45-14:30, then "Statistics for policy" 14:30
    origin = item.sceneBoundingRect().center()
    item.begin_drag(origin)
    item.drag_to(origin + QPointF(0, 30 * h.ppm))
    item.end_drag()
    # ripple move = take it out (the next slot moves up into its place), put it in at 14:15
    assert h.slot("Integration courses that work").start == at("14:15")
    assert h.slot("Statistics for policy").start == at("13:45")
    h.ops.stack.undo()
    assert h.slot("Integration courses that work").start == at("13:45")
    assert h.slot("Statistics for policy").start == at("14:30")


def test_resize_the_lower_edge_changes_the_duration_undo_and_redo(h: Harness, qtbot):
    item = h.item("Digital visas in the region")  # 30 minutes
    rect = item.sceneBoundingRect()
    edge = QPointF(rect.center().x(), item.mapToScene(item.home_rect().bottomLeft() - item.pos()).y() - 2)
    view = h.widget.view
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     h.viewport_point(edge))
    QTest.mouseMove(view.viewport(), h.viewport_point(edge + QPointF(0, 8 * h.ppm)))
    QTest.mouseMove(view.viewport(), h.viewport_point(edge + QPointF(0, 16 * h.ppm)))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       h.viewport_point(edge + QPointF(0, 16 * h.ppm)))
    slot = h.slot("Digital visas in the region")
    assert (slot.start, slot.duration_minutes) == (at("09:30"), 45)
    assert h.item("Digital visas in the region").home_rect().height() == pytest.approx(45 * h.ppm - 2, abs=0.01)
    h.ops.stack.undo()
    assert h.slot("Digital visas in the region").duration_minutes == 30
    assert h.item("Digital visas in the region").home_rect().height() == pytest.approx(30 * h.ppm - 2, abs=0.01)
    h.ops.stack.redo()
    assert h.slot("Digital visas in the region").duration_minutes == 45


def test_double_click_on_empty_space_creates_a_slot_there(h: Harness):
    scene = h.widget.scene
    x = scene.grid.x_of(1) + scene.grid.column_width / 2  # Room B
    y = scene.grid.y_of(8 * 60 + 17)  # 08:17 -> the 08:15 mark
    before = len(agenda.list_slots(h.db, h.event.id))
    QTest.mouseDClick(h.widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      h.viewport_point(QPointF(x, y)))
    slots = agenda.list_slots(h.db, h.event.id)
    assert len(slots) == before + 1
    new = next(s for s in slots if s.start == at("08:15"))
    assert new.room_id == h.rooms["Room B"]
    assert new.id in scene.items_by_id
    h.ops.stack.undo()
    assert len(agenda.list_slots(h.db, h.event.id)) == before
    assert new.id not in scene.items_by_id


def test_double_click_on_a_block_activates_it(h: Harness, qtbot):
    item = h.item("Digital visas in the region")
    with qtbot.waitSignal(h.widget.slotActivated) as sig:
        QTest.mouseDClick(h.widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          h.viewport_point(item.sceneBoundingRect().center()))
    assert sig.args == [item.slot_id]
    assert h.ops.stack.count() == 0


def test_conflicts_are_marked_on_both_blocks_and_cleared_when_solved(h: Harness):
    flagged = {i.block.slot.title for i in h.widget.scene.flagged_items()}
    # a room clash in Room B and a speaker on two stages at 11:00
    assert flagged == {"Migration profile 2024", "Open discussion on data sharing",
                       "Panel: fair recruitment and the rights of migrant workers", "Climate and human mobility"}
    clash_a, clash_b = h.item("Migration profile 2024"), h.item("Open discussion on data sharing")
    assert clash_a.block.room_overlap and clash_b.block.room_overlap
    assert clash_a.block.lanes == 2 and {clash_a.block.lane, clash_b.block.lane} == {0, 1}  # side by side
    assert h.item("Climate and human mobility").block.double_booked
    assert "Sara Costa" in h.item("Climate and human mobility").toolTip()
    untouched = h.item("Digital visas in the region")
    # solve the clash: move the discussion to 11:30
    item = h.item("Open discussion on data sharing")
    origin = item.sceneBoundingRect().center()
    item.begin_drag(origin)
    item.drag_to(QPointF(origin.x(), origin.y() + 10 * h.ppm))
    item.end_drag()
    assert not h.item("Migration profile 2024").block.flagged
    assert h.item("Migration profile 2024").block.lanes == 1
    assert h.item("Digital visas in the region") is untouched  # incremental: unchanged blocks keep their item


def test_select_slot_from_outside_selects_the_block_quietly(h: Harness, qtbot):
    slot = h.slot("Climate and human mobility")
    with qtbot.assertNotEmitted(h.widget.slotSelected):
        h.widget.select_slot(slot.id)
    assert h.widget.selected_slot() == slot.id
    assert h.widget.scene.items_by_id[slot.id].isSelected()


def test_keyboard_arrows_enter_and_delete(h: Harness, qtbot):
    view = h.widget.view
    view.setFocus()
    h.widget.select_slot(h.slot("Welcome and opening of the forum").id)
    with qtbot.waitSignal(h.widget.slotSelected) as sig:
        QTest.keyClick(view, Qt.Key.Key_Down)
    assert sig.args == [h.slot("Labour mobility after the pandemic: what the data tell us").id]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert h.widget.selected_slot() == h.slot("Digital visas in the region").id
    with qtbot.waitSignal(h.widget.slotActivated) as activated:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [h.slot("Digital visas in the region").id]
    gone = h.slot("Digital visas in the region").id
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert gone not in {s.id for s in agenda.list_slots(h.db, h.event.id)}
    assert gone not in h.widget.scene.items_by_id
    h.ops.stack.undo()
    assert gone in h.widget.scene.items_by_id


def test_zoom_with_ctrl_wheel_and_ctrl_plus(h: Harness):
    view = h.widget.view
    item = h.item("Digital visas in the region")
    before_ppm, before_h = h.ppm, item.home_rect().height()
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert h.ppm > before_ppm
    assert item.home_rect().height() > before_h
    h.widget.zoom_out()
    assert h.ppm == before_ppm
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert h.ppm < before_ppm
    zoomed_out = h.ppm
    pos = QPointF(200, 200)
    wheel = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert h.ppm > zoomed_out


def test_now_line_only_on_the_day_of_the_event(h: Harness):
    h.widget.set_clock(lambda: at("10:52"))
    assert h.widget.scene.now_minute() == 10 * 60 + 52
    h.widget.set_clock(lambda: datetime(2030, 1, 1, 10, 52))
    assert h.widget.scene.now_minute() is None


def test_hour_lines_cover_the_day(h: Harness):
    layout = h.widget.scene.layout
    assert layout.hours[0] <= 9 * 60 and layout.hours[-1] >= 16 * 60 + 15
    assert all(m % 60 == 0 for m in layout.hours)


def test_a_refused_move_changes_nothing_and_the_block_returns(h: Harness, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_domain_error", lambda parent, exc, title=None: shown.append(exc.message))

    def refuse(*args, **kwargs):
        raise ValidationError("No.")

    monkeypatch.setattr(agenda, "save_slot_changes", refuse)  # what EditSlot calls
    item = h.item("Digital visas in the region")
    home = item.home_rect()
    origin = item.sceneBoundingRect().center()
    item.begin_drag(origin)
    item.drag_to(origin + QPointF(0, 30 * h.ppm))
    item.end_drag()
    assert shown == ["No."]
    assert h.ops.stack.count() == 0
    assert item.home_rect() == home and item.pos() == home.topLeft()


def test_sample_event_without_rooms_has_one_column(qtbot, db: Database, sample_event: EventData):
    harness = Harness(db, sample_event)
    qtbot.addWidget(harness.widget)
    layout = harness.widget.scene.layout
    assert len(layout.columns) == 1 and layout.columns[0].room_id is None
    assert len(harness.widget.scene.items_by_id) == len(agenda.list_slots(db, sample_event.id))


def test_controller_fed_by_the_window_creates_in_the_shown_event(qtbot, db: Database, forum: EventData):
    """The main window's way: it feeds the widget itself; the controller only turns requests into commands."""
    widget = TimetableWidget()
    qtbot.addWidget(widget)
    ops = Operations(db, widget)
    TimetableController(widget, ops, lambda: False, refresh_on_change=False)
    slots = agenda.list_slots(db, forum.id)
    widget.set_event(forum, events.list_rooms(db, forum.id), slots, agenda.conflicts(db, forum.id))
    widget.createRequested.emit(at("08:00"), None)
    assert len(agenda.list_slots(db, forum.id)) == len(slots) + 1
