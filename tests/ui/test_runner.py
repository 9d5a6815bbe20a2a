"""The one runner: every action is undone and redone through its recorded Change, refusals keep the history,
long actions can be cancelled, and views refresh only the rows the Change touched."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import text

from eventplanner.domain.change import Change, EntityKind
from eventplanner.domain.data import SlotData
from eventplanner.services import agenda, people
from eventplanner.store.database import Database, open_database
from eventplanner.ui.agenda.actions import DeleteSlot, EditSlot
from eventplanner.ui.agenda.model import TITLE
from eventplanner.ui.common import workers
from eventplanner.ui.common.operations import Action
from eventplanner.ui.common.undo import ChangeCommand
from eventplanner.ui.window.file_ops import ImportSchedule, ImportSpeakers
from eventplanner.ui.window.main_window import MainWindow


def state(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the activity log."""
    with db.engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))]
        return {t: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}" ORDER BY 1'))]
                for t in sorted(tables) if t not in ("activity_log", "alembic_version")}


def _big_schedule(slots: int) -> bytes:
    start = datetime(2025, 3, 3)
    items = [{"guid": f"g{n}", "id": n, "date": (start + timedelta(minutes=n)).isoformat(), "duration": "00:01",
              "room": "Hall", "title": f"Talk {n}", "type": "talk", "persons": []} for n in range(slots)]
    return json.dumps({"schedule": {"conference": {
        "title": "Big", "acronym": "big", "start": "2025-03-03", "end": "2025-03-06", "time_zone_name": "UTC",
        "days": [{"date": "2025-03-03", "rooms": {"Hall": items}}]}}}).encode()


@pytest.fixture
def other(db: Database) -> Any:
    """A colleague's connection to the same database file."""
    assert db.path is not None
    colleague = open_database(db.path)
    yield colleague
    colleague.close()


def _slot(win: MainWindow, row: int = 1) -> SlotData:
    slot = win.agenda.model.slot_at(row)
    assert slot is not None
    return slot


def test_every_action_becomes_one_change_command(sample_window: MainWindow) -> None:
    win = sample_window
    seen: list[Change | None] = []
    win.ops.changed.connect(seen.append)
    slot = _slot(win)
    assert win.ops.run(EditSlot(win.ops, slot, {"title": "Q<&>A"}, "Rename to “Q<&>A”", ripple=False))
    command = win.ops.stack.command(win.ops.stack.index() - 1)
    assert isinstance(command, ChangeCommand)
    assert seen and seen[-1] is command.change
    assert command.change.slot_ids == {slot.id}
    assert win.undo_action.text().endswith("Rename to “Q<&&>A”")  # the & shown, not taken as a mnemonic


def test_a_refused_undo_keeps_its_entry_and_the_index(sample_window: MainWindow, other: Database,
                                                      shown_errors: list[str]) -> None:
    win = sample_window
    slot = _slot(win)
    assert win.ops.run(EditSlot(win.ops, slot, {"title": "Mine"}, ripple=False))
    now = agenda.get_slot(other, slot.id)
    agenda.update_slot(other, slot.id, expected_version=now.version, title="A colleague's")
    count, index = win.ops.stack.count(), win.ops.stack.index()
    win.undo_action.trigger()
    assert shown_errors and "changed by someone else" in shown_errors[-1]
    assert (win.ops.stack.count(), win.ops.stack.index()) == (count, index)
    assert win.undo_action.isEnabled()
    assert agenda.get_slot(win.ops.db, slot.id).title == "A colleague's"
    win.undo_action.trigger()  # asked again: refused again, nothing consumed
    assert (win.ops.stack.count(), win.ops.stack.index()) == (count, index)


def test_a_refused_undo_from_the_stack_itself_puts_the_index_back(
    sample_window: MainWindow, other: Database, shown_errors: list[str], qtbot: Any
) -> None:
    win = sample_window
    slot = _slot(win)
    assert win.ops.run(EditSlot(win.ops, slot, {"title": "Mine"}, ripple=False))
    agenda.update_slot(other, slot.id, title="Theirs")
    index = win.ops.stack.index()
    win.ops.stack.undo()  # a QUndoView or any caller going around the runner
    qtbot.waitUntil(lambda: win.ops.stack.index() == index)
    assert agenda.get_slot(win.ops.db, slot.id).title == "Theirs"
    assert win.ops.stack.count() == index


def test_undo_and_redo_through_the_menu(sample_window: MainWindow) -> None:
    win = sample_window
    slot = _slot(win)
    before = [s.start for s in agenda.list_slots(win.ops.db, slot.event_id)]
    assert win.ops.run(EditSlot(win.ops, slot, {"duration_minutes": slot.duration_minutes + 20}))
    moved = [s.start for s in agenda.list_slots(win.ops.db, slot.event_id)]
    assert moved != before
    win.undo_action.trigger()
    assert [s.start for s in agenda.list_slots(win.ops.db, slot.event_id)] == before
    assert [s.start for s in win.agenda.model.slots] == before
    win.redo_action.trigger()
    assert [s.start for s in agenda.list_slots(win.ops.db, slot.event_id)] == moved


def test_the_agenda_repaints_only_the_rows_the_change_touched(sample_window: MainWindow) -> None:
    win = sample_window
    model = win.agenda.model
    target = _slot(win, 2)
    untouched = [s for s in model.slots if s.id != target.id]
    resets: list[int] = []
    rows: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, _roles=(): rows.append((a.row(), b.row())))
    win.agenda.table.selectRow(4)
    scroll = win.agenda.table.verticalScrollBar().value()
    assert model.setData(model.index(2, TITLE), "Only this row")
    assert not resets
    assert rows == [(2, 2)]
    assert model.slots[2].title == "Only this row"
    assert all(any(s is u for s in model.slots) for u in untouched)  # the other rows' data objects stay
    assert [i.row() for i in win.agenda.table.selectionModel().selectedRows()] == [2]  # the edited slot
    assert win.agenda.table.verticalScrollBar().value() == scroll


def test_a_ripple_edit_repaints_the_retimed_rows_only(sample_window: MainWindow) -> None:
    win = sample_window
    model = win.agenda.model
    rows: list[int] = []
    model.dataChanged.connect(lambda a, _b, _roles=(): rows.append(a.row()))
    first = _slot(win, 0)
    assert win.ops.run(EditSlot(win.ops, first, {"duration_minutes": first.duration_minutes + 5}))
    change = win.ops.stack.command(win.ops.stack.index() - 1).change
    touched = {i for i, s in enumerate(model.slots) if s.id in change.slot_ids}
    assert set(rows) == touched
    assert len(touched) < len(model.slots) or len(model.slots) == len(change.slot_ids)


def test_a_deleted_slot_comes_back_with_undo(sample_window: MainWindow) -> None:
    win = sample_window
    slot = _slot(win)
    count = len(win.agenda.model.slots)
    assert win.ops.run(DeleteSlot(win.ops, slot))
    assert len(win.agenda.model.slots) == count - 1
    win.undo_action.trigger()
    assert len(win.agenda.model.slots) == count
    assert [s.id for s in win.agenda.selected_slots()] == [slot.id]


def test_speaker_import_is_undone_in_one_step(sample_window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    win = sample_window
    csv = tmp_path / "speakers.csv"
    csv.write_text("Given name,Family name,Organization\nLeyla,Məmmədova,New Org\n", encoding="utf-8")
    before = len(people.list_people(win.ops.db))
    done: list[Action] = []
    win.ops.run_long(ImportSpeakers(win.ops, str(csv)), "Importing…", done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert len(people.list_people(win.ops.db)) == before + 1
    assert win.ops.stack.undoText().startswith("Import speakers")
    win.undo_action.trigger()
    assert len(people.list_people(win.ops.db)) == before
    win.redo_action.trigger()
    assert len(people.list_people(win.ops.db)) == before + 1


class _SlowImport(ImportSchedule):
    """The import, waiting after its first batch until the test has pressed Cancel."""

    def __init__(self, win: MainWindow, path: str, pressed: threading.Event) -> None:
        super().__init__(win.ops, path)
        self.pressed = pressed

    def forward(self) -> None:
        outer = self.check
        calls = {"n": 0}

        def check() -> None:
            calls["n"] += 1
            if calls["n"] == 2:
                self.pressed.wait(10)
            outer()

        self.check = check
        super().forward()


def test_cancel_rolls_a_long_import_back(sample_window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    win = sample_window
    path = tmp_path / "big.json"
    path.write_bytes(_big_schedule(5000))
    seen = state(win.ops.db)
    count = win.ops.stack.count()
    pressed = threading.Event()
    win.ops.run_long(_SlowImport(win, str(path), pressed), "Importing…")
    cancel = win.ops.long_progress.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    pressed.set()
    assert workers.wait_all(20_000)
    qtbot.wait(50)
    assert state(win.ops.db) == seen
    assert win.ops.stack.count() == count
    assert "nothing was changed" in win.statusBar().currentMessage()


def test_a_failed_read_is_an_error_not_an_empty_list(sample_window: MainWindow, shown_errors: list[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from eventplanner.domain.errors import StoreError

    asked: list[str] = []
    monkeypatch.setattr(type(sample_window), "close", lambda self: True)

    def broken(*_a: Any, **_k: Any) -> Any:
        raise StoreError("The database could not be read (disk gone).")

    monkeypatch.setattr(agenda, "count_slots", broken)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", lambda self: asked.append(self.text()) or 0)
    sample_window.delete_event()
    assert shown_errors == ["The database could not be read (disk gone)."]
    assert asked == []  # never "Delete … and its 0 slot(s)?"


def test_kinds_of_a_change_reach_the_right_views(sample_window: MainWindow) -> None:
    win = sample_window
    reloaded: list[str] = []
    win.agenda.reload = lambda: reloaded.append("agenda")  # type: ignore[method-assign]
    win.refresh_events = lambda select=None: reloaded.append("events")  # type: ignore[method-assign]
    slot = _slot(win)
    assert win.ops.run(EditSlot(win.ops, slot, {"title": "No full reload"}, ripple=False))
    assert reloaded == []
    assert win.agenda.model.slots[1].title == "No full reload"
    index = win.agenda.model.index(1, TITLE)
    assert win.agenda.model.data(index, Qt.ItemDataRole.DisplayRole) == "No full reload"
    assert not QModelIndex().isValid()
    assert EntityKind.EVENT not in {r.kind for r in win.ops.stack.command(0).change.rows}


def test_the_speakers_view_repaints_only_the_edited_person(sample_window: MainWindow) -> None:
    from eventplanner.ui.directory.actions import EditPerson

    win = sample_window
    win.tabs.setCurrentWidget(win.people)
    model = win.people.model
    resets: list[int] = []
    rows: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.layoutChanged.connect(lambda: resets.append(2))
    model.dataChanged.connect(lambda a, _b, _roles=(): rows.append(a.row()))
    person = model.people[2]
    win.people.table.selectRow(1)
    selected = [p.id for p in win.people.selected_people()]
    assert win.ops.run(EditPerson(win.ops, person, {"position": "Ambassador <&> Səfir"}))
    assert resets == []
    assert rows == [2]
    assert model.people[2].position == "Ambassador <&> Səfir"
    assert [p.id for p in win.people.selected_people()] == selected
    win.undo_action.trigger()
    assert model.people[2].position == person.position


def test_an_event_edit_changes_its_row_of_the_event_list_in_place(sample_window: MainWindow) -> None:
    from eventplanner.ui.event.actions import EditEvent

    win = sample_window
    event = win.current_event
    assert event is not None
    listed: list[int] = []
    original = win.refresh_events
    win.refresh_events = lambda select=None: listed.append(1) or original(select)  # type: ignore[method-assign]
    assert win.ops.run(EditEvent(win.ops, event, {"title": "Migrants Day <&> 2021"}))
    assert listed == []
    assert win.event_list.text(0).startswith("Migrants Day <&> 2021")
    assert win.current_event is not None and win.current_event.title == "Migrants Day <&> 2021"
    win.undo_action.trigger()
    assert win.event_list.text(0).startswith(event.title)
