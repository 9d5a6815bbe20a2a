"""An inline edit is on screen before it is saved (`AgendaModel.echo`), and a refused one is taken back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject

from eventplanner.domain.data import SlotData
from eventplanner.domain.errors import ValidationError
from eventplanner.services import agenda
from eventplanner.store.database import Database, open_database
from eventplanner.ui.agenda.model import DURATION, TITLE
from eventplanner.ui.team.stale import StaleDialog
from eventplanner.ui.window.main_window import MainWindow


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _first(win: MainWindow) -> SlotData:
    slot = win.agenda.model.slot_at(0)
    assert slot is not None
    return slot


def test_the_typed_title_is_painted_before_the_save_runs(sample_window: MainWindow,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    win, model = sample_window, sample_window.agenda.model
    win.agenda.table.scrollToTop()
    counter = PaintCounter()
    win.agenda.table.viewport().installEventFilter(counter)
    seen: list[tuple[str, int]] = []
    save = agenda.save_slot_changes

    def watched(*args: Any, **kwargs: Any) -> None:
        seen.append((model.slots[0].title, counter.paints))
        save(*args, **kwargs)

    monkeypatch.setattr(agenda, "save_slot_changes", watched)
    assert model.setData(model.index(0, TITLE), "Bienvenue <&> Xoş gəlmisiniz")
    assert seen == [("Bienvenue <&> Xoş gəlmisiniz", 1)]  # shown and painted once, then saved
    assert agenda.get_slot(win.ops.db, _first(win).id).title == "Bienvenue <&> Xoş gəlmisiniz"
    assert model.data(model.index(0, TITLE)) == "Bienvenue <&> Xoş gəlmisiniz"


def test_a_refused_length_never_shows_in_the_row(sample_window: MainWindow, shown_errors: list[str]) -> None:
    model = sample_window.agenda.model
    before = _first(sample_window)
    count = sample_window.ops.stack.count()
    assert not model.setData(model.index(0, DURATION), "0")
    assert shown_errors and "1 minute" in shown_errors[-1]
    assert model.slots[0] == before and model.data(model.index(0, DURATION)) == str(before.duration_minutes)
    assert sample_window.ops.stack.count() == count


def test_a_failed_save_shows_the_saved_title_again(sample_window: MainWindow, shown_errors: list[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    model = sample_window.agenda.model
    before = _first(sample_window)

    def fails(*_args: Any, **_kwargs: Any) -> None:
        raise ValidationError("The disk is full.")

    monkeypatch.setattr(agenda, "save_slot_changes", fails)
    assert not model.setData(model.index(0, TITLE), "Never saved")
    assert shown_errors == ["The disk is full."]
    assert model.slots[0] is before and model.data(model.index(0, TITLE)) == before.title
    assert agenda.get_slot(sample_window.ops.db, before.id).title == before.title


def test_reload_after_a_stale_inline_edit_keeps_the_colleagues_title(
    sample_window: MainWindow, db_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = sample_window.agenda.model
    slot = _first(sample_window)
    colleague: Database = open_database(db_path)
    try:
        agenda.update_slot(colleague, slot.id, title="Their title")
    finally:
        colleague.close()
    monkeypatch.setattr(StaleDialog, "exec", lambda self: self.choose_reload() or 1)
    assert not model.setData(model.index(0, TITLE), "My title")
    assert model.slots[0].title == "Their title"
    assert model.data(model.index(0, TITLE)) == "Their title"


def test_only_a_title_is_echoed(sample_window: MainWindow) -> None:
    """A start may move the row and a length may be out of range: they show once saved."""
    model = sample_window.agenda.model
    slot = _first(sample_window)
    assert model.echo(slot, {"start": slot.start}) == -1
    assert model.echo(slot, {"duration_minutes": 0}) == -1
    assert model.echo(slot, {"title": "T", "duration_minutes": 5}) == -1
    assert model.echo(slot, {}) == -1
    assert model.slots[0] is slot
