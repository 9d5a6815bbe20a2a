"""The agenda model exposes rows a page at a time; a large event opens with one page and loads the rest aside."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from eventplanner.domain.data import SlotData
from eventplanner.domain.enums import SlotKind
from eventplanner.services import agenda, events
from eventplanner.services.agenda import SlotInput
from eventplanner.store.database import Database
from eventplanner.ui.agenda import view as agenda_view
from eventplanner.ui.agenda.model import PAGE, AgendaModel
from eventplanner.ui.common import workers
from eventplanner.ui.window.main_window import MainWindow

DAY = date(2025, 5, 12)


def _slots(n: int) -> list[SlotData]:
    start = datetime(2025, 5, 12, 8)
    return [SlotData(i + 1, 1, start + timedelta(minutes=5 * i), 5, SlotKind.PRESENTATION, title=f"S{i}")
            for i in range(n)]


def test_rows_grow_with_fetch_more(qtbot: Any) -> None:
    model = AgendaModel()
    model.set_slots(list(reversed(_slots(PAGE * 2 + 7))))
    assert model.rowCount() == PAGE and model.canFetchMore()
    assert [model.slot_at(r).id for r in range(3)] == [1, 2, 3]  # type: ignore[union-attr]
    model.fetchMore()
    assert model.rowCount() == PAGE * 2
    model.fetchMore()
    assert model.rowCount() == PAGE * 2 + 7 and not model.canFetchMore()


def test_page_source_is_read_on_demand(qtbot: Any) -> None:
    slots = _slots(PAGE + 3)
    asked: list[Any] = []

    def source(after: Any, limit: int) -> list[SlotData]:
        asked.append(after)
        rest = [s for s in slots if after is None or (s.start, s.id) > after]
        return rest[:limit]

    model = AgendaModel()
    model.set_source(source)
    assert model.rowCount() == PAGE and asked == [None]
    assert model.row_of(slots[-1].id) == PAGE + 2  # finding a slot fetches until it is there
    assert asked[1] == (slots[PAGE - 1].start, slots[PAGE - 1].id)
    assert not model.canFetchMore()
    assert model.last_slot() == slots[-1]


def test_problems_update_without_reset(qtbot: Any) -> None:
    model = AgendaModel()
    model.set_slots(_slots(3))
    resets: list[int] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda *_: changed.append(1))
    model.set_problems({})
    assert not resets and changed


def test_large_event_opens_with_a_page_then_loads_everything(
    window: MainWindow, db: Database, monkeypatch: Any, qtbot: Any
) -> None:
    monkeypatch.setattr(agenda_view, "LOAD_AT_ONCE", 5)
    event = events.create_event(db, "Big", DAY, DAY)
    for i in range(PAGE + 10):
        agenda.add_slot(db, event.id, SlotInput(start=datetime(2025, 5, 12, 8) + timedelta(minutes=5 * i),
                                                duration_minutes=5, title=f"Slot {i}"))
    agenda.add_slot(db, event.id, SlotInput(start=datetime(2025, 5, 12, 8), duration_minutes=5, title="Clash"))
    # These writes are the test's own: without this the team watcher, polling every 2 s, takes them for a
    # colleague's and reloads the agenda while the test waits, which could blank the rows just loaded.
    window.team.watcher.own_write()
    loaded: list[Any] = []
    window.agenda.problems_changed.connect(loaded.append)
    window.select_event(event.id)
    view = window.agenda
    assert view.model.rowCount() >= PAGE and view.model.slots[0].start == datetime(2025, 5, 12, 8)
    assert view.all_slots == []  # the rest comes from the worker
    # Wait for what is asserted (every slot in, and the conflicts announced), however long a loaded machine
    # takes; the timeout only stops a hung test.
    qtbot.waitUntil(lambda: len(view.all_slots) == PAGE + 11 and bool(loaded), timeout=120_000)
    workers.wait_all()
    assert loaded[-1] and window.problems.problem_count() > 0
    assert view.model.problems  # marks arrived without reloading the rows
