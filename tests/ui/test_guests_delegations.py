"""Delegations from the Guests tab by keyboard (Insert, Enter, Delete, Ctrl+G), each one undo step; a guest-list
import from the GUI undone and redone as one step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPushButton

from eventplanner.domain.guests import GuestList
from eventplanner.services import guests
from eventplanner.services.people import list_people
from eventplanner.ui.guests.delegations import DelegationDialog, DelegationsDialog
from eventplanner.ui.guests.page import GuestsPage
from eventplanner.ui.window.main_window import MainWindow


@pytest.fixture
def page(sample_window: MainWindow, qtbot: Any) -> GuestsPage:
    sample_window.tabs.setCurrentWidget(sample_window.guests)
    return sample_window.guests


def row_of(page: GuestsPage, family: str) -> int:
    return next(i for i, g in enumerate(page.list.model.guests) if g.person.family_name == family)


def current(window: MainWindow) -> GuestList:
    assert window.current_event is not None
    return guests.guest_list(window.ops.db, window.current_event.id)


def select_rows(page: GuestsPage, *families: str) -> None:
    table = page.list.table
    table.clearSelection()
    for family in families:
        table.selectionModel().select(page.list.model.index(row_of(page, family), 0),
                                      table.selectionModel().SelectionFlag.Select
                                      | table.selectionModel().SelectionFlag.Rows)


def manager(page: GuestsPage, monkeypatch: pytest.MonkeyPatch) -> DelegationsDialog:
    """Open the manager through its button, keeping the dialog instead of running its event loop."""
    opened: list[DelegationsDialog] = []

    def keep(dialog: DelegationsDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(DelegationsDialog, "exec", keep)
    button = page.list.findChild(QPushButton, "delegationsButton")
    assert button is not None
    button.click()
    assert len(opened) == 1
    return opened[0]


def test_insert_creates_a_delegation_of_the_selected_guests_and_undo_takes_it_back(
        page: GuestsPage, sample_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    select_rows(page, "Haugen", "Osei")
    seen: list[list[int]] = []

    def fill(dialog: DelegationDialog) -> int:
        seen.append(dialog.member_ids())
        dialog.name.setText("Nordic <friends> & Ağdam")
        dialog.head.setCurrentIndex(dialog.head.findText("Ms. Abena Osei") if dialog.head.findText(
            "Ms. Abena Osei") > 0 else 1)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(DelegationDialog, "exec", fill)
    dialog = manager(page, monkeypatch)
    count = dialog.list.count()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Insert)
    assert len(seen) == 1 and len(seen[0]) == 2  # the selected guests come ticked
    assert dialog.list.count() == count + 1
    assert "Nordic <friends> & Ağdam — 2 member(s), head: " in dialog.list.currentItem().text()
    made = next(d for d in current(sample_window).delegations if d.name == "Nordic <friends> & Ağdam")
    assert {g.person.family_name for g in current(sample_window).guests if g.delegation_id == made.id} == {
        "Haugen", "Osei"}
    assert page.list.model.guest(row_of(page, "Osei")).delegation_name == "Nordic <friends> & Ağdam"
    sample_window.ops.stack.undo()
    assert all(d.name != made.name for d in current(sample_window).delegations)
    assert page.list.model.guest(row_of(page, "Osei")).delegation_name == ""
    sample_window.ops.stack.redo()
    again = next(d for d in current(sample_window).delegations if d.id == made.id)
    assert again.head_guest_id == made.head_guest_id


def test_enter_renames_and_delete_deletes_both_undoable(page: GuestsPage, sample_window: MainWindow, qtbot: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def rename(dialog: DelegationDialog) -> int:
        assert dialog.name.text() == "Italy" and dialog.head.currentIndex() > 0  # Italy has a head
        dialog.name.setText("Italia")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(DelegationDialog, "exec", rename)
    dialog = manager(page, monkeypatch)
    italy = next(d for d in current(sample_window).delegations if d.name == "Italy")
    members = {g.id for g in current(sample_window).guests if g.delegation_id == italy.id}
    dialog.list.setCurrentRow(next(i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith(
        "Italy")))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert any(d.name == "Italia" for d in current(sample_window).delegations)
    assert dialog.list.currentItem().text().startswith("Italia")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert all(d.id != italy.id for d in current(sample_window).delegations)
    assert all(g.delegation_id is None for g in current(sample_window).guests if g.id in members)

    sample_window.ops.stack.undo()  # the delete
    back = next(d for d in current(sample_window).delegations if d.id == italy.id)
    assert back.name == "Italia" and back.head_guest_id == italy.head_guest_id
    assert {g.id for g in current(sample_window).guests if g.delegation_id == italy.id} == members
    sample_window.ops.stack.undo()  # the rename
    assert next(d for d in current(sample_window).delegations if d.id == italy.id).name == "Italy"


def test_ctrl_g_puts_selected_guests_into_a_delegation(page: GuestsPage, sample_window: MainWindow, qtbot: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[list[str]] = []

    def pick(_parent: Any, _title: str, _question: str, names: list[str], *_a: Any) -> tuple[str, bool]:
        offered.append(names)
        return "Japan", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    select_rows(page, "Haugen", "Osei")
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(page.list.table, Qt.Key.Key_Control)  # QTest leaves Ctrl "held" after a shortcut fired
    assert offered and offered[0][0] == "(none)" and "Japan" in offered[0]
    assert page.list.model.guest(row_of(page, "Haugen")).delegation_name == "Japan"
    assert page.list.model.guest(row_of(page, "Osei")).delegation_name == "Japan"
    assert sample_window.ops.stack.undoText() == "2 guests into the delegation “Japan”"
    sample_window.ops.stack.undo()
    assert page.list.model.guest(row_of(page, "Osei")).delegation_name == ""


CSV = ("Name;Organisation;RSVP;Delegation;Head of delegation\n"
       "H.E. Marco Rossi;Embassy of Italy;yes;Italy;x\n"
       "Ms. Ayşə Əliyeva;Yeni Təşkilat;regrets;Yeni;\n"
       "Ingrid Haugen;Royal Norwegian Embassy in Baku;yes;;\n")


def test_an_import_is_one_undo_step(page: GuestsPage, sample_window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "guests.csv"
    path.write_text(CSV, encoding="utf-8")
    people = len(list_people(sample_window.ops.db))
    assert page.list.model.guest(row_of(page, "Haugen")).rsvp.value == "invited"
    assert page.list.import_file(path)
    assert page.list.model.rowCount() == 46
    assert page.list.model.guest(row_of(page, "Haugen")).rsvp.value == "accepted"
    assert sample_window.ops.stack.undoText() == "Import the guest list guests.csv"
    sample_window.ops.stack.undo()
    assert page.list.model.rowCount() == 44
    assert page.list.model.guest(row_of(page, "Haugen")).rsvp.value == "invited"
    assert len(list_people(sample_window.ops.db)) == people
    assert all(d.name != "Yeni" for d in current(sample_window).delegations)
    sample_window.ops.stack.redo()
    assert page.list.model.rowCount() == 46
    assert page.list.model.guest(row_of(page, "Əliyeva")).delegation_name == "Yeni"
