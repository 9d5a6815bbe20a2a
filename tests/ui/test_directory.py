"""Speakers and organizations through the GUI: live filter, delete with confirmation, merge, roles, undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from eventplanner.domain.enums import EventRole
from eventplanner.services import agenda, organizations, people
from eventplanner.ui.directory.person_dialog import PersonDialog
from eventplanner.ui.window.main_window import MainWindow


def select_person(win: MainWindow, family: str) -> None:
    view = win.people
    for row in range(view.proxy.rowCount()):
        index = view.proxy.index(row, 0)
        person = view.model.person_at(view.proxy.mapToSource(index).row())
        if person is not None and person.family_name == family:
            view.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(family)


def test_live_filter(sample_window: MainWindow) -> None:
    win = sample_window
    win.find_speaker()
    view = win.people
    assert win.tabs.currentWidget() is view and view.proxy.rowCount() == 7
    view.filter.setText("migration")  # position or organization
    names = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert "Mr. Antonio Vitorino" in names and "Ms. Sabina Aliyeva" not in names
    view.filter.setText("ALIYEVA")
    assert view.proxy.rowCount() == 1
    view.filter.setText("zzz")
    assert view.proxy.rowCount() == 0
    assert "0 of 7" in view.count.text()
    view.filter.clear()
    assert view.proxy.rowCount() == 7


def test_sortable_columns(sample_window: MainWindow) -> None:
    view = sample_window.people
    sample_window.tabs.setCurrentWidget(view)
    view.table.sortByColumn(3, view.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    first = view.model.person_at(view.proxy.mapToSource(view.proxy.index(0, 0)).row())
    assert first is not None and first.precedence == min(p.precedence for p in view.model.people)


def test_delete_speaker_lists_slots_and_undo(sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    win = sample_window
    win.tabs.setCurrentWidget(win.people)
    select_person(win, "Huseynov")
    seen: dict[str, str] = {}

    def confirm(box: QMessageBox) -> Any:
        seen["text"], seen["info"] = box.text(), box.informativeText()
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    win.delete_selected()
    assert "Huseynov" in seen["text"]
    assert "Welcome and opening of the event" in seen["info"]
    assert not [p for p in people.list_people(win.ops.db) if p.family_name == "Huseynov"]
    assert win.current_event is not None
    first = agenda.list_slots(win.ops.db, win.current_event.id)[0]
    assert first.participants == ()
    win.ops.stack.undo()
    first = agenda.list_slots(win.ops.db, win.current_event.id)[0]
    assert [p.person.family_name for p in first.participants] == ["Huseynov"]


def test_delete_cancelled_changes_nothing(sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    win = sample_window
    win.tabs.setCurrentWidget(win.people)
    select_person(win, "Pinjo")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    win.delete_selected()
    assert len(people.list_people(win.ops.db)) == 7
    assert win.ops.stack.count() == 0


def test_add_edit_person_undo(sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    win = sample_window
    view = win.people
    win.tabs.setCurrentWidget(view)

    def new(self: PersonDialog) -> int:
        self.given.setText("Leyla")
        self.family.setText("Mammadova")
        self.precedence.setValue(5)
        return 1

    monkeypatch.setattr(PersonDialog, "exec", new)
    view.add_person()
    assert view.model.rowCount() == 8
    select_person(win, "Mammadova")

    def edit(self: PersonDialog) -> int:
        self.position.setText("Deputy Chief")
        return 1

    monkeypatch.setattr(PersonDialog, "exec", edit)
    view.edit_person()
    assert [p.position for p in people.list_people(win.ops.db, "Mammadova")] == ["Deputy Chief"]
    assert "Deputy Chief" in view.detail.text()
    win.ops.stack.undo()
    assert [p.position for p in people.list_people(win.ops.db, "Mammadova")] == [""]
    win.ops.stack.undo()
    assert view.model.rowCount() == 7


def test_merge_duplicates_and_undo(sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    win = sample_window
    db = win.ops.db
    people.create_person(db, "Vusal", "Huseynov", position="duplicate record")
    win.tabs.setCurrentWidget(win.people)
    win.people.reload()
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda _p, _t, _l, items, *a, **k: (items[0], True)))
    win.people.merge_duplicates()
    assert len(people.list_people(db, "Huseynov")) == 1
    win.ops.stack.undo()
    assert len(people.list_people(db, "Huseynov")) == 2


def test_event_organization_roles_and_undo(sample_window: MainWindow) -> None:
    win = sample_window
    view = win.orgs
    win.tabs.setCurrentWidget(view)
    assert win.current_event is not None
    event_id = win.current_event.id
    before = [(o.organization.acronym, o.role) for o in organizations.event_organizations(win.ops.db, event_id)]
    assert view.role_model.rowCount() == len(before)
    view.roles.selectRow(3)
    view.move_role(-1)
    after = [(o.organization.acronym, o.role) for o in organizations.event_organizations(win.ops.db, event_id)]
    assert after[2][0] == before[3][0]
    win.ops.stack.undo()
    assert [(o.organization.acronym, o.role) for o in organizations.event_organizations(win.ops.db, event_id)] == before
    row = next(i for i, o in enumerate(view.model.orgs) if not o.acronym)
    view.table.selectRow(row)
    view.role_choice.setCurrentIndex(view.role_choice.findData(EventRole.SUPPORTER))
    view.add_role()
    roles = organizations.event_organizations(win.ops.db, event_id)
    assert roles[-1].role is EventRole.SUPPORTER
    win.ops.stack.undo()
    assert len(organizations.event_organizations(win.ops.db, event_id)) == len(before)


def test_delete_organization_and_undo(sample_window: MainWindow) -> None:
    win = sample_window
    view = win.orgs
    win.tabs.setCurrentWidget(view)
    row = next(i for i, o in enumerate(view.model.orgs) if o.acronym == "IOM")
    view.table.selectRow(row)
    win.delete_selected()
    assert "IOM" not in [o.acronym for o in organizations.list_organizations(win.ops.db)]
    win.ops.stack.undo()
    iom = [o for o in organizations.list_organizations(win.ops.db) if o.acronym == "IOM"]
    assert iom and iom[0].has_logo
    assert win.current_event is not None
    roles = organizations.event_organizations(win.ops.db, win.current_event.id)
    assert any(r.organization.acronym == "IOM" for r in roles)
    assert any(p.organization_id == iom[0].id for p in people.list_people(win.ops.db))
