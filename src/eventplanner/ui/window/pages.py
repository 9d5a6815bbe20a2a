"""The main window's pages besides the agenda, and its team features, built when first needed.

The agenda is built with the window: it is what the first paint shows. The Timetable, Speakers, Organizations,
Event details and Preview tabs start as placeholders (ui/lazy_tabs.py) and are built when first shown or when
code asks for them through these properties (`window.people`, `window.timetable`, ...), each set up as the
window would have set it up at start: current event, saved splitter, defaults. Code that only needs a page if
it exists asks `built(name)`; the read-only guard hears of each page as it is built (`LazyTabs.page_built`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.data import EventData

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget, QWidget

    from eventplanner.ui.agenda.view import AgendaView
    from eventplanner.ui.common.operations import Operations
    from eventplanner.ui.common.settings import Settings
    from eventplanner.ui.directory.org_view import OrgView
    from eventplanner.ui.directory.people_view import PeopleView
    from eventplanner.ui.event.details import EventDetails
    from eventplanner.ui.guests.page import GuestsPage
    from eventplanner.ui.preview.page import PreviewView
    from eventplanner.ui.timetable import TimetableWidget
    from eventplanner.ui.timetable.page import TimetableTab
    from eventplanner.ui.translations.page import TranslationsPage
    from eventplanner.ui.window.lazy_tabs import LazyTabs
    from eventplanner.ui.window.main_window import MainWindow
    from eventplanner.ui.window.menus import WindowMenus


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowPages:
    """Mixed into MainWindow, which provides the attributes below."""

    ops: Operations
    settings: Settings
    agenda: AgendaView
    tabs: QTabWidget
    lazy: LazyTabs
    menus: WindowMenus
    current_event: EventData | None
    statusBar: Any
    _timetable_tab: TimetableTab | None = None

    if TYPE_CHECKING:
        def select_event(self, event_id: int) -> None: ...

    # The pages ----------------------------------------------------------------------------------------------

    @property
    def people(self) -> PeopleView:
        return cast("PeopleView", self.lazy.page("people"))

    @property
    def orgs(self) -> OrgView:
        return cast("OrgView", self.lazy.page("orgs"))

    @property
    def guests(self) -> GuestsPage:
        return cast("GuestsPage", self.lazy.page("guests"))

    @property
    def details(self) -> EventDetails:
        return cast("EventDetails", self.lazy.page("details"))

    @property
    def preview(self) -> PreviewView:
        return cast("PreviewView", self.lazy.page("preview"))

    @property
    def translations(self) -> TranslationsPage:
        return cast("TranslationsPage", self.lazy.page("translations"))

    def show_missing_translations(self, lang: str | None) -> None:
        """The Preview's notice: the Translations page, filtered to the texts `lang` lacks."""
        page = self.translations
        self.tabs.setCurrentWidget(page)
        page.show_missing(lang)

    @property
    def timetable(self) -> TimetableWidget:
        return cast("TimetableWidget", self.lazy.page("timetable"))

    @property
    def timetable_tab(self) -> TimetableTab:
        self.lazy.page("timetable")
        assert self._timetable_tab is not None
        return self._timetable_tab

    def built(self, name: str) -> Any:
        """The page called `name` if it was built, else None (asking does not build it)."""
        return self.lazy.built(name)

    def _build_timetable(self) -> QWidget:
        from eventplanner.ui.timetable.page import TimetableTab

        self._timetable_tab = TimetableTab(cast("Any", self), ripple=lambda: self.menus.ripple.isChecked())
        self._timetable_tab.controller.parallel = self.menus.parallel.isChecked
        return self._timetable_tab.widget

    def _agenda_conflicts(self, found: Sequence[Conflict]) -> None:
        """Keep the conflicts for a timetable built later; after a change, say in the status bar what it broke."""
        before = {c.message for c in getattr(self, "_conflicts", ())}
        event_id = self.current_event.id if self.current_event is not None else None
        after_change = getattr(self, "_change_pending", False) and event_id == getattr(self, "_conflicts_event", None)
        self._conflicts = tuple(found)
        self._conflicts_event = event_id
        self._change_pending = False
        if (preview := self.built("preview")) is not None:
            preview.set_conflict_count(len(found))
        new = [c.message for c in found if c.message not in before]
        if after_change and new:
            text = tr("Saved, but this creates a conflict: {0}").format(new[0])
            if len(new) > 1:
                text += " " + tr("(and {0} more; see Problems)").format(len(new) - 1)
            self.statusBar().showMessage(text, 15000)

    def conflicts(self) -> tuple[Conflict, ...]:
        """The selected event's conflicts as last found (print and export ask before going on)."""
        return tuple(getattr(self, "_conflicts", ()))

    def _note_change(self, _change: object = None) -> None:
        self._change_pending = True

    def _build_people(self) -> QWidget:
        from eventplanner.ui.directory.people_view import PeopleView

        view = PeopleView(self.ops)
        saved = self.settings.state(view.splitter.objectName())
        if saved is not None:
            view.splitter.restoreState(saved)
        return view

    def _build_orgs(self) -> QWidget:
        from eventplanner.ui.directory.org_view import OrgView

        view = OrgView(self.ops)
        view.set_event(self.current_event)
        return view

    def _build_details(self) -> QWidget:
        from eventplanner.ui.event.details import EventDetails

        view = EventDetails(self.ops)
        view.duplicated.connect(lambda event_id: self.select_event(event_id))
        view.set_event(self.current_event)
        return view

    def _build_translations(self) -> QWidget:
        from eventplanner.ui.translations.page import TranslationsPage

        view = TranslationsPage(self.ops)
        view.set_event(self.current_event)
        return view

    def _build_preview(self) -> QWidget:
        from eventplanner.ui.preview.page import PreviewView
        from eventplanner.ui.window.file_ops import confirm_despite_conflicts

        view = PreviewView(self.ops)
        view.settings = self.settings
        view.confirm = lambda title: confirm_despite_conflicts(cast("MainWindow", self), title)
        view.missing_requested.connect(self.show_missing_translations)
        view.set_defaults(self.settings.default_paper(), self.settings.programme_language())
        view.set_conflict_count(len(self.conflicts()))
        view.set_event(self.current_event)
        return view

    def _build_guests(self) -> QWidget:
        from eventplanner.ui.guests.page import GuestsPage

        view = GuestsPage(self.ops)
        view.set_event(self.current_event)
        return view
