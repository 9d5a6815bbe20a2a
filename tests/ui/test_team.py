"""Team use in the GUI: stale edits, other workstations' changes, the Activity panel, backups, read-only."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QPushButton

from eventplanner.domain.data import EventData, SlotData
from eventplanner.domain.errors import StoreError
from eventplanner.services import agenda, people
from eventplanner.services.common import current_user
from eventplanner.store import database as store_database
from eventplanner.store.backup import backup
from eventplanner.store.database import Database, open_database
from eventplanner.ui.agenda.actions import EditSlot
from eventplanner.ui.common.settings import Settings
from eventplanner.ui.directory.actions import EditPerson
from eventplanner.ui.team import activity as activity_module
from eventplanner.ui.team import backups
from eventplanner.ui.team.stale import OVERWRITE, RELOAD, StaleDialog
from eventplanner.ui.window.main_window import MainWindow


def _answer(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[list[tuple[str, str, str, str]]]:
    """Answer the stale-edit dialog with `choice`; returns the rows each dialog showed."""
    shown: list[list[tuple[str, str, str, str]]] = []

    def exec_(self: StaleDialog) -> int:
        shown.append(self.rows)
        (self.choose_overwrite if choice == OVERWRITE else self.choose_reload)()
        return 1

    monkeypatch.setattr(StaleDialog, "exec", exec_)
    return shown


def _first_slot(win: MainWindow) -> SlotData:
    slot = win.agenda.model.slot_at(0)
    assert slot is not None
    return slot


@pytest.fixture
def other(db_path: Path, sample_event: EventData) -> Any:
    """A second workstation on the same SQLite file."""
    second = open_database(db_path)
    yield second
    second.close()


# Concurrent edits ----------------------------------------------------------------------------------------


def test_stale_edit_reload_shows_their_value(sample_window: MainWindow, other: Database,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    win = sample_window
    slot = _first_slot(win)
    agenda.update_slot(other, slot.id, title="Their title")
    shown = _answer(monkeypatch, RELOAD)
    before = win.ops.stack.count()
    assert not win.ops.run(EditSlot(win.ops, slot, {"title": "My title"}))
    assert shown == [[("Title", slot.title or "—", "Their title", "My title")]]
    assert agenda.get_slot(win.ops.db, slot.id).title == "Their title"
    assert win.ops.stack.count() == before
    assert any(s.title == "Their title" for s in win.agenda.model.slots)


def test_stale_edit_overwrite_keeps_mine_and_undo_gives_theirs_back(
    sample_window: MainWindow, other: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = sample_window
    slot = _first_slot(win)
    agenda.update_slot(other, slot.id, title="Their title")
    _answer(monkeypatch, OVERWRITE)
    assert win.ops.run(EditSlot(win.ops, slot, {"title": "My title"}))
    assert agenda.get_slot(win.ops.db, slot.id).title == "My title"
    assert any(s.title == "My title" for s in win.agenda.model.slots)
    win.ops.stack.undo()
    assert agenda.get_slot(win.ops.db, slot.id).title == "Their title"


def test_stale_person_edit_from_the_dialog(sample_window: MainWindow, other: Database,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    win = sample_window
    person = people.list_people(win.ops.db)[0]
    people.update_person(other, person.id, position="Their position")
    shown = _answer(monkeypatch, OVERWRITE)
    assert win.ops.run(EditPerson(win.ops, person, {"position": "My position"}))
    assert shown[0][0][2:] == ("Their position", "My position")
    assert people.get_person(win.ops.db, person.id).position == "My position"


def test_an_edit_without_a_conflict_shows_no_dialog(sample_window: MainWindow,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _answer(monkeypatch, RELOAD)
    slot = _first_slot(sample_window)
    assert sample_window.ops.run(EditSlot(sample_window.ops, slot, {"title": "Fine"}))
    assert shown == []


# Lost connection or full disk: nothing changes ------------------------------------------------------------


def test_store_error_mid_command_keeps_the_last_good_state(sample_window: MainWindow, shown_errors: list[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    win = sample_window
    slot = _first_slot(win)
    titles = [s.title for s in win.agenda.model.slots]
    before = win.ops.stack.count()

    def broken(*_a: Any, **_k: Any) -> Any:
        raise StoreError("The database could not save the change (disk full); nothing was changed.")

    monkeypatch.setattr(agenda, "save_slot_changes", broken)  # what the agenda's edits call
    assert not win.ops.run(EditSlot(win.ops, slot, {"title": "Lost"}))
    assert shown_errors == ["The database could not save the change (disk full); nothing was changed."]
    assert win.ops.stack.count() == before
    assert [s.title for s in win.agenda.model.slots] == titles
    monkeypatch.undo()
    assert agenda.get_slot(win.ops.db, slot.id).title == slot.title


# Other workstations' changes -----------------------------------------------------------------------------


def test_watcher_refreshes_on_another_workstations_change_keeping_the_selection(
    sample_window: MainWindow, other: Database
) -> None:
    win = sample_window
    slots = win.agenda.model.slots
    selected, changed = slots[2], slots[0]
    win.agenda.select_slot(selected.id)
    watcher = win.team.watcher
    watcher.poll()  # the fixtures wrote the sample event outside the window
    assert not watcher.poll()
    agenda.update_slot(other, changed.id, title="Renamed elsewhere")
    assert watcher.poll()
    assert any(s.title == "Renamed elsewhere" for s in win.agenda.model.slots)
    assert [s.id for s in win.agenda.selected_slots()] == [selected.id]
    assert "someone else" in win.statusBar().currentMessage()


def test_watcher_ignores_own_writes(sample_window: MainWindow) -> None:
    win = sample_window
    watcher = win.team.watcher
    watcher.poll()
    assert not watcher.poll()
    assert win.ops.run(EditSlot(win.ops, _first_slot(win), {"title": "Mine"}))
    assert not watcher.poll()
    win.ops.stack.undo()
    assert not watcher.poll()


def test_watcher_waits_while_a_cell_is_being_edited(sample_window: MainWindow, other: Database, qtbot: Any) -> None:
    win = sample_window
    slot = _first_slot(win)
    win.agenda.table.edit(win.agenda.model.index(0, 3))
    assert win.agenda.table.state() == QAbstractItemView.State.EditingState
    win.team.watcher.poll()
    agenda.update_slot(other, slot.id, duration_minutes=slot.duration_minutes + 5)
    assert win.team.watcher.poll()
    assert win.team._pending
    win.agenda.table.setFocus()  # the editor closes
    win.agenda.table.closePersistentEditor(win.agenda.model.index(0, 3))
    win.agenda.table.setState(QAbstractItemView.State.NoState)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not win.team._pending, timeout=3000)
    assert win.agenda.model.slots[0].duration_minutes == slot.duration_minutes + 5


def test_change_source_notices_another_database_object(backend_url: str) -> None:
    """SQLite via data_version, PostgreSQL via LISTEN/NOTIFY; own writes are not reported."""
    from eventplanner.services import events
    from eventplanner.store.changes import change_source

    mine, theirs = open_database(backend_url), open_database(backend_url)
    source = change_source(mine)
    assert source is not None
    try:
        assert not source.poll()
        events.create_event(mine, "Own", date(2027, 5, 1))
        source.sync()
        assert not source.poll()
        events.create_event(theirs, "Theirs", date(2027, 5, 2))
        deadline = time.monotonic() + 5
        seen = False
        while not seen and time.monotonic() < deadline:
            seen = source.poll()
            time.sleep(0.05)
        assert seen
        assert not source.poll()
    finally:
        source.close()
        mine.close()
        theirs.close()


def test_window_on_a_server_refreshes_on_notify(backend_url: str, settings: Settings, qtbot: Any,
                                                shown_errors: list[str]) -> None:
    from eventplanner.services import events

    mine, theirs = open_database(backend_url), open_database(backend_url)
    event = events.create_event(mine, "Shared", date(2027, 6, 1))
    win = MainWindow(mine, settings)
    qtbot.addWidget(win)
    try:
        win.select_event(event.id)
        events.update_event(theirs, event.id, title="Shared (renamed elsewhere)")
        qtbot.waitUntil(lambda: win.team.watcher.poll() or win.events[0].title.endswith("elsewhere)"), timeout=5000)
        assert win.events[0].title == "Shared (renamed elsewhere)"
    finally:
        from eventplanner.ui.common import workers

        workers.wait_all(20_000)
        win.team.watcher.stop()
        win.close()
        theirs.close()


# Activity ------------------------------------------------------------------------------------------------


def test_activity_panel_lists_the_edit_with_the_user_and_exports_csv(
    sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = sample_window
    win.team.activity_dock.show()
    assert win.ops.run(EditSlot(win.ops, _first_slot(win), {"title": "Logged change"}))
    model = win.team.activity.table.model()
    assert model.rowCount() >= 1
    row = [model.index(0, c).data() for c in range(4)]
    assert row[1] == current_user()
    assert "Logged change" in row[3]
    target = tmp_path / "activity.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert win.team.activity.export_csv() == target
    text = target.read_bytes().decode("utf-8-sig")
    assert text.startswith("When,User,Action,Summary")
    assert current_user() in text and "Logged change" in text


def test_activity_panel_keeps_its_rows_when_the_log_cannot_be_read(
    sample_window: MainWindow, shown_errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    win = sample_window
    win.team.activity_dock.show()
    assert win.ops.run(EditSlot(win.ops, _first_slot(win), {"title": "Logged change"}))
    panel = win.team.activity
    shown = panel.table.model().rowCount()
    assert shown >= 1

    def unreadable(*_args: Any, **_kwargs: Any) -> None:
        raise StoreError("The database cannot be read right now.")

    monkeypatch.setattr(activity_module, "list_activity", unreadable)
    panel.reload(force=True)
    assert shown_errors == ["The database cannot be read right now."]
    assert panel.table.model().rowCount() == shown  # an error, never an empty log
    assert panel.count.text() != panel.tr("No changes recorded yet.")


# Backups -------------------------------------------------------------------------------------------------


def test_auto_backup_once_a_day_and_prunes(db: Database, sample_event: EventData, settings: Settings, qtbot: Any,
                                           tmp_path: Path, shown_errors: list[str]) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    for day in range(1, 6):
        (folder / f"eventplanner-auto-2020-01-0{day}.sqlite3").write_bytes(b"old")
    (folder / "notes.txt").write_text("mine")
    backups.save_options(settings, backups.BackupOptions(True, folder, 3))
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    today = folder / f"eventplanner-auto-{date.today().isoformat()}.sqlite3"
    qtbot.waitUntil(lambda: win.team.last_backup == today, timeout=10_000)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["eventplanner-auto-2020-01-04.sqlite3", "eventplanner-auto-2020-01-05.sqlite3",
                     today.name, "notes.txt"]
    stamp = today.stat().st_mtime_ns
    done: list[Any] = []
    backups.start_auto_backup(db, backups.load_options(settings), done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done == [None] and today.stat().st_mtime_ns == stamp
    win.close()


def test_auto_backup_can_be_switched_off(db: Database, settings: Settings, qtbot: Any, tmp_path: Path,
                                         shown_errors: list[str]) -> None:
    backups.save_options(settings, backups.BackupOptions(False, tmp_path / "never", 5))
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    assert win.team.backup_worker is None and not (tmp_path / "never").exists()
    assert backups.load_options(settings) == backups.BackupOptions(False, tmp_path / "never", 5)
    win.close()


def test_restore_replaces_the_data_and_reloads(sample_window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    win = sample_window
    slot = _first_slot(win)
    saved = backup(win.ops.db, tmp_path / "before.sqlite3")
    assert win.ops.run(EditSlot(win.ops, slot, {"title": "After the backup"}))
    monkeypatch.setattr(backups, "ask_restore_file", lambda _parent: saved)
    win.team.restore_action.trigger()
    assert agenda.get_slot(win.ops.db, slot.id).title == slot.title
    assert _first_slot(win).title == slot.title
    assert win.ops.stack.count() == 0


# Read-only -----------------------------------------------------------------------------------------------


def test_read_only_database_shows_the_banner_and_disables_editing(
    db_path: Path, sample_event: EventData, settings: Settings, qtbot: Any, shown_errors: list[str],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_database, "_writable", lambda _path: False)
    ro = open_database(db_path)
    assert ro.read_only
    win = MainWindow(ro, settings)
    qtbot.addWidget(win)
    win.show()
    try:
        win.select_event(sample_event.id)
        win.tabs.setCurrentWidget(win.agenda)
        guard = win.team.guard
        assert guard.bar.isVisible()
        assert guard.banner.text().startswith("This database is read-only")
        win.agenda.select_slot(_first_slot(win).id)  # a selection would normally enable Edit, Duplicate...
        a = win.agenda
        for action in (a.add_action, a.edit_action, a.duplicate_action, a.break_action, a.up_action,
                       a.protocol_action, win.new_event_action, win.undo_action, win.delete_action,
                       win.team.restore_action):
            assert not action.isEnabled(), action.text()
        assert a.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        assert a.table.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
        assert all(not b.isEnabled() for b in win.people.findChildren(QPushButton))
        assert all(not b.isEnabled() for b in win.orgs.findChildren(QPushButton))
        assert win.details.title_edit.isReadOnly()
        assert win.print_action.isEnabled()  # looking and printing still work
        assert win.team.backup_settings_action.isEnabled()
    finally:
        win.team.watcher.stop()
        win.close()
        ro.close()


def test_writable_database_shows_no_banner(sample_window: MainWindow) -> None:
    assert not sample_window.team.guard.bar.isVisible()
    assert sample_window.agenda.add_action.isEnabled()
    assert not sample_window.details.title_edit.isReadOnly()


def test_first_start_backs_up_nothing(db: Database, settings: Settings, qtbot: Any, tmp_path: Path,
                                      shown_errors: list[str]) -> None:
    folder = tmp_path / "auto"
    backups.save_options(settings, backups.BackupOptions(True, folder, 3))
    win = MainWindow(db, settings)  # an empty database: a first start
    qtbot.addWidget(win)
    assert win.team.backup_worker is None and not folder.exists()
    assert "backup" not in win.statusBar().currentMessage().lower()
    win.close()


def test_stale_dialog_marks_the_fields_they_changed(qtbot: Any) -> None:
    rows = [("Title", "Old <&>", "Their title ə", "My title"), ("Room", "Hall", "Hall", "Zal")]
    dialog = StaleDialog(None, "Opening", rows)
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    assert [[model.index(r, c).data() for c in range(4)] for r in range(2)] == [list(r) for r in rows]
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None  # theirs differs: marked
    assert model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) is None  # theirs as it was: plain
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is None
