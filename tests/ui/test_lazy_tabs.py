"""The window's tabs besides the agenda are built when first shown or asked for (ui/lazy_tabs.py,
ui/window_pages.py): nothing of them before, the same page at the same place after, set up as before."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from eventplanner.domain.data import EventData
from eventplanner.services import agenda
from eventplanner.store.database import Database
from eventplanner.ui.common.settings import Settings
from eventplanner.ui.window.lazy_tabs import LazyTabs
from eventplanner.ui.window.main_window import MainWindow

LAZY = ("timetable", "people", "orgs", "details", "preview", "translations")


def test_only_the_agenda_is_built_with_the_window(sample_window: MainWindow) -> None:
    win = sample_window
    assert all(win.built(name) is None for name in LAZY)
    labels = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert labels == ["&Agenda", "&Timetable", "&Speakers", "&Organizations", "Event &details", "&Preview",
                      "T&ranslations"]
    assert all(not win.tabs.tabIcon(i).isNull() for i in range(win.tabs.count()))
    assert [a.text() for a in win.menus.tab_actions][:2] == ["Agenda", "Timetable"]


def test_showing_a_tab_builds_its_page_in_place(sample_window: MainWindow, qtbot: Any) -> None:
    win = sample_window
    built: list[str] = []
    win.lazy.page_built.connect(lambda name, _page: built.append(name))
    win.tabs.setCurrentIndex(2)
    assert built == ["people"]
    page = win.built("people")
    assert page is not None and win.tabs.currentWidget() is page is win.people and win.tabs.indexOf(page) == 2
    assert win.people.proxy.rowCount() == win.people.model.total() > 0  # loaded as the tab showed
    win.show_tab(4)
    assert win.tabs.currentWidget() is win.details and win.details.title_edit.text() == win.current_event.title
    assert win.tabs.count() == 7 and built == ["people", "details"]


def test_asking_for_a_page_builds_it_without_switching(sample_window: MainWindow) -> None:
    win = sample_window
    orgs = win.orgs  # the property builds it
    assert win.built("orgs") is orgs and win.tabs.indexOf(orgs) == 3
    assert win.tabs.currentWidget() is win.agenda
    assert orgs.current_event is not None and orgs.current_event.id == win.current_event.id
    assert win.orgs is orgs  # built once
    win.find_speaker()
    assert win.tabs.currentWidget() is win.people


def test_a_timetable_built_late_shows_what_the_agenda_loaded(sample_window: MainWindow, db: Database,
                                                          sample_event: EventData) -> None:
    win = sample_window
    first, second = agenda.list_slots(db, sample_event.id)[:2]
    agenda.update_slot(db, second.id, start=first.start, room_id=first.room_id)  # a clash the agenda reports
    win.refresh()
    found = agenda.conflicts(db, sample_event.id)
    assert found and win.built("timetable") is None
    win.tabs.setCurrentIndex(1)
    assert win.tabs.currentWidget() is win.timetable
    assert {s.id for s in win.timetable.slots} == {s.id for s in win.agenda.all_slots}
    assert len(win.timetable.conflicts) == len(found)


def test_the_speakers_splitter_is_restored_when_built_and_saved_only_then(
    db: Database, settings: Settings, qtbot: Any, shown_errors: list[str]
) -> None:
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.people.splitter.setSizes([500, 100])
    saved = win.people.splitter.saveState()
    win.save_state()
    win.close()
    again = MainWindow(db, settings)
    qtbot.addWidget(again)
    again.save_state()  # not built: the saved state stays as it was
    assert settings.state("peopleSplitter") == saved
    assert again.people.splitter.saveState() == saved
    again.close()


def test_lazy_tabs_keep_the_current_tab_and_tell_who_listens(qtbot: Any) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "First")
    lazy = LazyTabs(tabs)
    made: list[QWidget] = []
    lazy.add("second", lambda: made.append(QWidget()) or made[-1], tabs.tabIcon(0), "Second")
    lazy.add("third", lambda: made.append(QWidget()) or made[-1], tabs.tabIcon(0), "Third")
    changes: list[int] = []
    tabs.currentChanged.connect(changes.append)
    tabs.setCurrentIndex(2)
    assert tabs.currentWidget() is lazy.built("third") is made[0] and changes == [2]
    assert lazy.built("second") is None and lazy.showing("third") and not lazy.showing("second")
    second = lazy.page("second")
    assert tabs.indexOf(second) == 1 and tabs.currentIndex() == 2 and changes == [2]
    assert [tabs.tabText(i) for i in range(3)] == ["First", "Second", "Third"]
