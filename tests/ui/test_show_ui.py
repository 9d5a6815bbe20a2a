"""The Show menu, the operator window and the stage timer, driven by an injected clock (never by waiting)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from eventplanner.domain.scenario import CueKind
from eventplanner.services import scenario
from eventplanner.services import show as show_service
from eventplanner.store.database import open_database
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.show import menu as show_menu
from eventplanner.ui.show.cue_editor import CueDialog, CueEditor
from eventplanner.ui.show.follow import ShowFollower
from eventplanner.ui.show.operator import OperatorWindow
from eventplanner.ui.show.stage_timer import COLOURS, StageTimerWindow, countdown_text
from eventplanner.ui.window.main_window import MainWindow


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2021, 12, 18, 9, 58))


@pytest.fixture
def operator(sample_window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> OperatorWindow:
    monkeypatch.setattr(StageTimerWindow, "place_on", lambda self, screen, full: self.show())
    found = show_menu.start_show(sample_window, clock)
    assert found is not None
    found.timer.stop()  # the test moves time itself
    return found


def test_show_menu_is_installed_before_help(sample_window: MainWindow) -> None:
    titles = [a.text() for a in sample_window.menuBar().actions()]
    assert "&Show" in titles and titles.index("&Show") < titles.index("&Help")


def test_countdown_text() -> None:
    assert countdown_text(348.2) == "05:49" and countdown_text(-67) == "+01:07" and countdown_text(3725) == "1:02:05"


def test_operator_runs_the_show_and_the_stage_timer_follows(operator: OperatorWindow, clock: FakeClock) -> None:
    stage = operator.stage
    assert stage.isVisible() and stage.countdown.text() == "10:00"  # ready: the first item's length
    assert stage.title.text() == "Next: Welcome and opening of the event"
    clock.advance(2)
    assert operator.act("start")
    operator.tick()
    assert stage.countdown.text() == "10:00" and stage.phase == "normal"
    assert "Vusal Huseynov" in stage.speaker.text() and "Chief of the State Migration Service" in stage.position.text()
    assert any("National Anthem" in operator.cues.item(i).text() for i in range(operator.cues.count()))
    clock.advance(8.5)
    operator.tick()
    assert stage.phase == "warning" and stage.countdown.text() == "01:30"
    clock.advance(3)
    operator.tick()
    assert stage.phase in ("overtime", "overtime_blink") and stage.countdown.text() == "+01:30"
    assert "behind schedule" in operator.status.text()
    clock.advance(0.5)
    operator.tick()
    assert stage.phase in ("overtime", "overtime_blink")
    operator.message.setText("Please conclude")
    operator.send_message()
    assert stage.message.text() == "Please conclude" and not stage.message.isHidden()
    assert operator.act("next")
    operator.tick()
    assert stage.message.isHidden() and "Aliyeva" in stage.speaker.text()
    assert operator.order.model().index(2, 1).data() == "10:37"  # the welcome ran 2 minutes over: the video follows


def test_pause_resume_keeps_its_shortcut(operator: OperatorWindow, clock: FakeClock) -> None:
    operator.act("start")
    operator.act("pause")
    assert operator.buttons["pause"].text() == "Resume"
    assert operator.buttons["pause"].shortcut().toString() == "Ctrl+P"
    clock.advance(5)
    operator.act("pause")
    assert operator.buttons["pause"].text() == "Pause" and operator.buttons["pause"].shortcut().toString() == "Ctrl+P"


def test_a_refused_action_shows_its_message(operator: OperatorWindow, shown_errors: list[str]) -> None:
    assert not operator.act("pause")
    assert shown_errors and "running" in shown_errors[-1]


def test_reopening_resumes_the_show(sample_window: MainWindow, operator: OperatorWindow, clock: FakeClock) -> None:
    operator.act("start")
    clock.advance(3)
    operator.close()
    again = show_menu.start_show(sample_window, clock)
    assert again is not None and again is not operator
    again.timer.stop()
    assert again.view.state.current == 0 and again.remaining.text().endswith("07:00")


def test_cue_editor_adds_edits_and_undoes(sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                          qtbot: Any) -> None:
    ops = sample_window.ops
    slot = sample_window.agenda.selected_slots()[0] if sample_window.agenda.selected_slots() else None
    event_id = sample_window.current_event.id  # type: ignore[union-attr]
    slot = slot or scenario.scenario(ops.db, event_id).items[0].slot
    editor = CueEditor(ops)
    qtbot.addWidget(editor)
    editor.set_slot(slot)
    before = editor.model.rowCount()

    def fill(dialog: CueDialog) -> QDialog.DialogCode:
        dialog.draft_introduction()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CueDialog, "exec", fill)
    editor.add_cue()
    assert editor.model.rowCount() == before + 1
    added = [c for c in editor.model.cues if c.kind is CueKind.MC and "Vusal Huseynov" in c.text]
    assert added and "Dövlət Miqrasiya Xidmətinin rəisi" in added[-1].tr("text", "az")
    ops.stack.undo()
    assert editor.model.rowCount() == before
    ops.stack.redo()
    assert editor.model.rowCount() == before + 1
    editor.call_minutes.setValue(20)
    assert editor.needs_by_lang["az"].text().startswith("Mikrofonlu kürsü")
    editor.needs.setText("Two lectern microphones")
    editor.needs_by_lang["ru"].setText("Две трибуны с микрофонами")
    editor.save_production()
    saved = scenario.production(ops.db, slot.id)
    assert saved.technical_needs == "Two lectern microphones"
    assert saved.tr("technical_needs", "ru") == "Две трибуны с микрофонами"
    assert saved.tr("technical_needs", "az").startswith("Mikrofonlu kürsü")
    ops.stack.undo()
    assert scenario.production(ops.db, slot.id).call_minutes == 15


def test_stage_timer_colours_are_distinct() -> None:
    backgrounds = {COLOURS[p][0] for p in ("normal", "warning", "overtime")}
    assert len(backgrounds) == 3


def test_timings_after_the_show(operator: OperatorWindow, clock: FakeClock) -> None:
    operator.act("start")
    clock.advance(12)
    operator.act("next")
    _event, records = show_service.timing_records(operator.ops.db, operator.view.event.id)
    assert records[0].actual_minutes == 12 and records[0].overrun_minutes == 2


def test_a_second_workstation_follows_read_only(sample_window: MainWindow, db_path: Any,
                                                clock: FakeClock, qtbot: Any) -> None:
    event_id = sample_window.current_event.id  # type: ignore[union-attr]
    other = open_database(db_path)  # the other workstation's own connection to the shared database
    try:
        follower = ShowFollower(Operations(other), event_id, clock, start=False)
        follower.watcher.set_database(other)
        follower.timer.stop()
        assert follower.view is None and follower.stage.countdown.text() == "—"
        ops = sample_window.ops
        show_service.open_show(ops.db, event_id, clock())
        clock.advance(2)
        show_service.show_action(ops.db, event_id, "start", clock())
        assert follower.watcher.poll()  # the change notice arrives
        clock.advance(1)
        follower.tick()
        assert follower.stage.countdown.text() == "09:00" and "Vusal Huseynov" in follower.stage.speaker.text()
        follower.stop()
    finally:
        other.close()


def test_preview_offers_planned_vs_actual(sample_window: MainWindow, clock: FakeClock) -> None:
    from eventplanner.ui.preview.page import PreviewView, build_timings

    ops, event_id = sample_window.ops, sample_window.current_event.id  # type: ignore[union-attr]
    show_service.open_show(ops.db, event_id, clock())
    show_service.show_action(ops.db, event_id, "start", datetime(2021, 12, 18, 10, 0))
    show_service.show_action(ops.db, event_id, "next", datetime(2021, 12, 18, 10, 12))
    pdf = build_timings(ops.db, event_id, "en")(lambda _pct, _text: None)
    assert pdf.startswith(b"%PDF")
    preview = sample_window.preview
    assert isinstance(preview, PreviewView)
    preview.form.document.setCurrentIndex(preview.form.document.findData("timings"))
    assert preview.form.is_timings and not preview.form.paper.isEnabled() and preview.form.lang.isEnabled()


def test_undoing_a_slot_or_event_delete_brings_the_cues_back(sample_window: MainWindow) -> None:
    from eventplanner.ui.agenda.actions import DeleteSlot
    from eventplanner.ui.event.actions import DeleteEvent

    ops = sample_window.ops
    event = sample_window.current_event
    assert event is not None
    item = scenario.scenario(ops.db, event.id).items[0]
    assert ops.run(DeleteSlot(ops, item.slot))
    ops.stack.undo()
    assert scenario.list_cues(ops.db, item.slot.id) == list(item.cues)
    count = sum(len(i.cues) for i in scenario.scenario(ops.db, event.id).items)
    assert ops.run(DeleteEvent(ops, event))
    ops.stack.undo()
    assert sum(len(i.cues) for i in scenario.scenario(ops.db, event.id).items) == count


def test_shorten_the_coffee_break_from_the_operator(operator: OperatorWindow, clock: FakeClock,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    asked: list[int] = []

    def answer(*args: Any) -> tuple[int, bool]:
        asked.append(args[3])  # the proposed minutes: the current delay
        return args[3], True

    monkeypatch.setattr(QInputDialog, "getInt", answer)
    clock.advance(2)
    operator.act("start")
    clock.advance(16)  # the welcome runs 6 minutes over
    operator.shorten_break()
    coffee = next(i for i in operator.view.state.items if i.is_break)
    assert asked == [6] and operator.view.state.timing(coffee.id).extra_minutes == -6


def test_following_on_each_backend(backend_url: str, clock: FakeClock, qtbot: Any) -> None:
    """On PostgreSQL the follower is fed by NOTIFY, on a shared SQLite file by its data version."""
    from eventplanner.services.sample import ensure_sample_event

    operator_db, follower_db = open_database(backend_url), open_database(backend_url)
    try:
        event, _ = ensure_sample_event(operator_db)
        follower = ShowFollower(Operations(follower_db), event.id, clock, start=False)
        follower.watcher.set_database(follower_db)
        follower.timer.stop()
        show_service.open_show(operator_db, event.id, clock())
        show_service.show_action(operator_db, event.id, "start", clock())
        qtbot.waitUntil(follower.watcher.poll, timeout=5000)
        clock.advance(4)
        follower.tick()
        assert follower.stage.countdown.text() == "06:00"
        follower.stop()
    finally:
        operator_db.close()
        follower_db.close()


def test_operator_sees_cues_edited_meanwhile(operator: OperatorWindow) -> None:
    first = operator.view.state.items[0].id
    scenario.add_cue(operator.ops.db, first, "video", "Extra slide: thank-you card")
    operator.ops.changed.emit(None)  # "anything may have changed"
    assert any(c.text == "Extra slide: thank-you card" for c in operator.view.cues[first])
    assert any("thank-you card" in operator.cues.item(i).text() for i in range(operator.cues.count()))


def test_running_order_marks_late_and_current_rows_and_repaints_only_changed_minutes(qtbot: Any) -> None:
    from datetime import datetime

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from eventplanner.ui.show.running_order import EXPECTED, OrderRow, RunningOrderModel

    model = RunningOrderModel(["Planned", "Expected", "Actual", "Item"])
    nine = datetime(2025, 12, 18, 9, 0)
    model.set_order([OrderRow(nine, "09:00:05", "Açılış <&>"), OrderRow(nine.replace(minute=30), "", "Panel")], 0)
    assert model.index(0, 3).data() == "Açılış <&>" and model.index(0, 2).data() == "09:00:05"
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, *_: changed.append(top.row()))
    model.set_expected([None, nine.replace(minute=34)])
    assert changed == [1] and model.index(1, EXPECTED).data() == "09:34"
    assert model.index(1, EXPECTED).data(Qt.ItemDataRole.ForegroundRole) == QColor(Qt.GlobalColor.red)
    model.set_expected([None, nine.replace(minute=34, second=40)])  # same minute: nothing repaints
    assert changed == [1]
    model.set_expected([None, nine.replace(minute=29)])
    assert model.index(1, EXPECTED).data(Qt.ItemDataRole.ForegroundRole) == QColor(Qt.GlobalColor.darkGreen)


def test_status_line_says_the_planned_day_on_another_day_and_hours_when_late(operator: OperatorWindow,
                                                                            clock: FakeClock) -> None:
    clock.now = datetime(2026, 11, 30, 23, 50)  # years after the sample event: a rehearsal, not a delay
    operator.tick()
    text = operator.status.text()
    assert "behind schedule" not in text and "planned for" in text and "2021" in text
    clock.now = datetime(2021, 12, 18, 11, 5)  # the event's day, 65 minutes after the first item's planned start
    operator.tick()
    assert operator.status.text().endswith("Ready to start · 1 h 05 min behind schedule")
    clock.now = datetime(2021, 12, 18, 10, 7)
    operator.tick()
    assert operator.status.text().endswith("7 min behind schedule")
