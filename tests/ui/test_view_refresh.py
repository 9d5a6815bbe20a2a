"""The Organizations page and Event details refresh from the Change: only the rows and fields it touched,
without a model reset, keeping selection, scroll and the text the user is typing; other changes cost nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from eventplanner.domain.change import Change, EntityKind, RowChange
from eventplanner.domain.data import OrganizationData
from eventplanner.domain.enums import EventRole
from eventplanner.services import events, organizations
from eventplanner.ui.agenda.actions import EditSlot
from eventplanner.ui.directory.actions import (
    CreateOrganization,
    DeleteOrganization,
    EditOrganization,
    SetEventOrganizations,
)
from eventplanner.ui.directory.org_model import ACRONYM, OrgModel
from eventplanner.ui.directory.org_view import OrgView
from eventplanner.ui.event.actions import AddRoom, EditEvent
from eventplanner.ui.window.main_window import MainWindow


class Signals:
    """What a model announced: resets, inserted and removed rows, moves, and the rows repainted."""

    def __init__(self, model: OrgModel) -> None:
        self.resets = 0
        self.inserted: list[int] = []
        self.removed: list[int] = []
        self.moved = 0
        self.repainted: list[int] = []
        model.modelAboutToBeReset.connect(self._reset)
        model.layoutAboutToBeChanged.connect(self._reset)
        model.rowsInserted.connect(lambda _p, first, _last: self.inserted.append(first))
        model.rowsRemoved.connect(lambda _p, first, _last: self.removed.append(first))
        model.rowsMoved.connect(lambda *_a: self._moved())
        model.dataChanged.connect(lambda a, _b, _roles=(): self.repainted.append(a.row()))

    def _reset(self, *_args: Any) -> None:
        self.resets += 1

    def _moved(self) -> None:
        self.moved += 1


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the views read organizations, events and rooms through the services."""
    counted: dict[str, int] = {}

    def count(module: Any, name: str) -> None:
        original: Callable[..., Any] = getattr(module, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counted[name] = counted.get(name, 0) + 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    for name in ("list_organizations", "organizations_by_ids", "get_organization", "event_organizations"):
        count(organizations, name)
    for name in ("get_event", "list_rooms"):
        count(events, name)
    return counted


@pytest.fixture
def orgs(sample_window: MainWindow) -> Iterator[OrgView]:
    win = sample_window
    for n in range(40):  # enough rows to scroll
        organizations.create_organization(win.ops.db, f"Partner {n:02d} ə ş <&>", acronym=f"P{n}")
    win.tabs.setCurrentWidget(win.orgs)
    yield win.orgs


def _row(view: OrgView, org_id: int) -> int:
    row = view.model.row_of(org_id)
    assert row is not None
    return row


def _cell(view: OrgView, row: int, col: int) -> Any:
    return view.model.data(view.model.index(row, col), Qt.ItemDataRole.DisplayRole)


def _selected(view: OrgView) -> OrganizationData:
    org = view.selected_org()
    assert org is not None
    return org


def test_an_organization_edit_repaints_its_row_only_and_keeps_selection_and_scroll(
        sample_window: MainWindow, orgs: OrgView, calls: dict[str, int]) -> None:
    win, view = sample_window, orgs
    row = _row(view, next(o.id for o in view.model.orgs if o.name.startswith("Partner 30")))
    org = view.model.orgs[row]
    view.table.selectRow(row)
    view.table.scrollToBottom()
    scroll = view.table.verticalScrollBar().value()
    assert scroll > 0
    seen = Signals(view.model)
    calls.clear()
    assert win.ops.run(EditOrganization(win.ops, org, {"acronym": "P<&>Ş"}))
    assert (seen.resets, seen.inserted, seen.removed, seen.moved) == (0, [], [], 0)
    assert seen.repainted == [row]
    assert _cell(view, row, ACRONYM) == "P<&>Ş"
    assert calls == {"organizations_by_ids": 1}  # one read of the one row; no list, no logo per row
    assert _selected(view).id == org.id
    assert view.table.verticalScrollBar().value() == scroll

    win.undo_action.trigger()
    assert _cell(view, row, ACRONYM) == "P30"
    win.redo_action.trigger()
    assert _cell(view, row, ACRONYM) == "P<&>Ş"
    assert seen.resets == 0 and seen.repainted == [row, row, row]
    assert _selected(view).id == org.id
    assert view.table.verticalScrollBar().value() == scroll


def test_a_rename_moves_the_row_to_its_place_and_the_selection_follows(
        sample_window: MainWindow, orgs: OrgView) -> None:
    win, view = sample_window, orgs
    org = next(o for o in view.model.orgs if o.name.startswith("Partner 05"))
    view.table.selectRow(_row(view, org.id))
    seen = Signals(view.model)
    assert win.ops.run(EditOrganization(win.ops, org, {"name": "zzz Последняя организация"}))
    assert seen.resets == 0 and seen.moved == 1
    assert _row(view, org.id) == len(view.model.orgs) - 1
    assert _selected(view).id == org.id
    assert view.table.verticalScrollBar().value() == view.table.verticalScrollBar().maximum()  # followed it
    assert [o.id for o in view.model.orgs] == [o.id for o in organizations.list_organizations(win.ops.db)]
    win.undo_action.trigger()
    assert seen.resets == 0 and seen.moved == 2
    assert [o.id for o in view.model.orgs] == [o.id for o in organizations.list_organizations(win.ops.db)]
    assert _selected(view).id == org.id


def test_a_new_or_deleted_organization_inserts_or_removes_its_row(
        sample_window: MainWindow, orgs: OrgView) -> None:
    win, view = sample_window, orgs
    keep = view.model.orgs[3]
    view.table.selectRow(3)
    seen = Signals(view.model)
    create = CreateOrganization(win.ops, {"name": "Azərbaycan Dillər Universiteti <ADU>", "acronym": "ADU"})
    assert win.ops.run(create)
    assert create.org_id is not None
    row = _row(view, create.org_id)
    assert seen.inserted == [row] and seen.resets == 0
    assert [o.id for o in view.model.orgs] == [o.id for o in organizations.list_organizations(win.ops.db)]
    assert _selected(view).id == keep.id  # a change made elsewhere does not move the selection

    new = view.model.orgs[row]
    assert win.ops.run(DeleteOrganization(win.ops, new))
    assert seen.removed == [row] and view.model.row_of(new.id) is None
    win.undo_action.trigger()  # the delete undone: back in its place
    assert seen.inserted == [row, row]
    win.undo_action.trigger()  # the create undone: gone again
    assert seen.removed == [row, row] and view.model.row_of(new.id) is None
    assert seen.resets == 0
    assert _selected(view).id == keep.id


def test_a_change_elsewhere_costs_the_organizations_page_nothing(
        sample_window: MainWindow, orgs: OrgView, calls: dict[str, int]) -> None:
    win, view = sample_window, orgs
    seen = Signals(view.model)
    slot = win.agenda.model.slot_at(1)
    assert slot is not None
    calls.clear()
    assert win.ops.run(EditSlot(win.ops, slot, {"title": "Only the agenda"}))
    assert calls == {}
    assert (seen.resets, seen.repainted, seen.inserted, seen.removed) == (0, [], [], [])


def test_the_event_roles_follow_their_organizations(sample_window: MainWindow, orgs: OrgView) -> None:
    win, view = sample_window, orgs
    event = win.current_event
    assert event is not None and view.role_model.roles
    first = view.role_model.roles[0].organization
    roles_reset: list[int] = []
    view.role_model.modelAboutToBeReset.connect(lambda: roles_reset.append(1))
    assert win.ops.run(EditOrganization(win.ops, first, {"acronym": "NEW"}))
    assert roles_reset == []  # the row naming it repaints
    assert view.role_model.roles[0].organization.label.endswith("(NEW)")

    extra = view.model.orgs[0]
    old = [(r.organization.id, r.role) for r in view.role_model.roles]
    assert win.ops.run(SetEventOrganizations(win.ops, event.id, old, [*old, (extra.id, EventRole.PARTNER)], "add"))
    assert roles_reset == [1]
    assert view.role_model.roles[-1].organization.id == extra.id
    win.undo_action.trigger()
    assert [r.organization.id for r in view.role_model.roles] == [oid for oid, _role in old]


# Event details ---------------------------------------------------------------------------------------------


def test_event_details_refresh_only_for_their_event(sample_window: MainWindow, calls: dict[str, int]) -> None:
    win = sample_window
    details = win.details
    win.tabs.setCurrentWidget(details)
    event = win.current_event
    assert event is not None
    slot = win.agenda.model.slot_at(1)
    assert slot is not None
    calls.clear()
    assert win.ops.run(EditSlot(win.ops, slot, {"title": "Not the event's fields"}))
    assert calls == {}

    other = events.create_event(win.ops.db, "Another event", event.start_date)
    calls.clear()
    details.apply_change(Change((RowChange(EntityKind.ROOM, 999, None, {"event_id": other.id, "name": "x"}),)))
    assert calls == {}

    shown: list[str] = []
    for owner, name in ((details, "_show"), (details.rooms_box, "reload")):
        original = getattr(owner, name)
        setattr(owner, name, lambda *a, n=name, f=original: shown.append(n) or f(*a))
    assert win.ops.run(EditEvent(win.ops, event, {"theme": "Mobility <&> Hərəkətlilik"}))
    assert details.theme.text() == "Mobility <&> Hərəkətlilik"
    assert shown == ["_show"]  # the rooms were not touched
    assert win.ops.run(AddRoom(win.ops, event.id, "Zal «Бакы»"))
    assert "Zal «Бакы»" in [details.room_list.item(i).text() for i in range(details.room_list.count())]
    assert shown == ["_show", "reload"]  # the rooms only, not the event's fields
    win.undo_action.trigger()
    assert "Zal «Бакы»" not in [details.room_list.item(i).text() for i in range(details.room_list.count())]


def _focus(qtbot: Any, win: MainWindow, widget: Any) -> None:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_an_undo_from_the_toolbar_keeps_the_text_being_typed(qtbot: Any, sample_window: MainWindow) -> None:
    """The toolbar's Undo does not take the focus, so the field being typed in has not saved yet: the undo
    updates the other fields and leaves the typed text, which then saves as usual."""
    win = sample_window
    details = win.details
    win.tabs.setCurrentWidget(details)
    event = win.current_event
    assert event is not None
    assert win.ops.run(EditEvent(win.ops, event, {"venue_name": "Hall <A>", "theme": "Old theme"}))
    _focus(qtbot, win, details.theme)
    details.theme.selectAll()
    QTest.keyClicks(details.theme, "Typed: <&>")  # QTest types ASCII only
    details.theme.insert(" ə ş")
    win.undo_action.trigger()  # reverts venue and theme in the database
    assert details.venue.text() == event.venue_name
    assert details.theme.text() == "Typed: <&> ə ş"
    assert details.theme.cursorPosition() == len("Typed: <&> ə ş")  # the cursor stays where the typing was
    assert details.theme.isModified()
    details.theme.editingFinished.emit()  # leaving the field saves it
    current = events.get_event(win.ops.db, event.id)
    assert current.theme == "Typed: <&> ə ş" and current.venue_name == event.venue_name


def test_a_saved_field_that_keeps_the_focus_shows_its_undo(qtbot: Any, sample_window: MainWindow) -> None:
    win = sample_window
    details = win.details
    win.tabs.setCurrentWidget(details)
    event = win.current_event
    assert event is not None
    _focus(qtbot, win, details.theme)
    details.theme.selectAll()
    QTest.keyClicks(details.theme, "Saved with Enter")
    QTest.keyClick(details.theme, Qt.Key.Key_Return)
    assert events.get_event(win.ops.db, event.id).theme == "Saved with Enter"
    assert details.theme.hasFocus()
    win.undo_action.trigger()
    assert details.theme.text() == event.theme


def test_change_of_event_lists_the_rows_of_one_event() -> None:
    change = Change((
        RowChange(EntityKind.ROOM, 1, {"event_id": 7, "name": "a"}, {"event_id": 7, "name": "b"}),
        RowChange(EntityKind.ROOM, 2, None, {"event_id": 8, "name": "c"}),
        RowChange(EntityKind.LETTERHEAD, 3, {"event_id": None, "file_name": "x"}, None),
        RowChange(EntityKind.EVENT_ORGANIZATION, 4, {"event_id": 7, "position": 1}, {"event_id": 7, "position": 0}),
    ))
    assert [r.id for r in change.of_event(EntityKind.ROOM, 7)] == [1]
    assert [r.id for r in change.of_event(EntityKind.ROOM, 8)] == [2]
    assert [r.id for r in change.of_event(EntityKind.LETTERHEAD, None)] == [3]
    assert change.of_event(EntityKind.LETTERHEAD, 7) == ()


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(start=st.lists(names, max_size=8), edits=st.lists(st.tuples(st.integers(0, 20), st.one_of(st.none(), names)),
                                                         max_size=10), added=st.lists(names, max_size=4))
def test_updated_rows_stand_where_a_full_load_would_put_them(
        qapp: Any, start: list[str], edits: list[tuple[int, str | None]], added: list[str]) -> None:
    """Renames, deletes and inserts applied one by one leave the rows in `directory_order`."""
    orgs = sorted((OrganizationData(i, n) for i, n in enumerate(start)), key=organizations.directory_order)
    model = OrgModel()
    model.set_organizations(orgs)
    current = {o.id: o for o in orgs}
    for pick, name in edits:
        if not current:
            break
        org_id = sorted(current)[pick % len(current)]
        if name is None:
            model.update_organizations([], gone=[org_id])
            del current[org_id]
        else:
            current[org_id] = OrganizationData(org_id, name)
            model.update_organizations([current[org_id]])
    new = [OrganizationData(100 + i, n) for i, n in enumerate(added)]
    model.update_organizations(new)
    current.update({o.id: o for o in new})
    assert model.orgs == sorted(current.values(), key=organizations.directory_order)
    assert model.rowCount() == len(current)


def test_a_new_organization_made_on_the_page_is_selected_and_shown(
        sample_window: MainWindow, orgs: OrgView, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventplanner.ui.directory.org_dialog import OrgDialog

    view = orgs
    view.table.scrollToTop()

    def fill(dialog: OrgDialog) -> int:
        dialog.name.setText("Zəngəzur <Forum> & Co")
        return 1

    monkeypatch.setattr(OrgDialog, "exec", fill)
    view.add_org()
    org = _selected(view)
    assert org.name == "Zəngəzur <Forum> & Co"
    assert _row(view, org.id) == len(view.model.orgs) - 1
    assert view.table.verticalScrollBar().value() > 0
