"""The Guests page in the window: keyboard RSVP with undo, filters and counts, seat swaps with undo, the letter
editor's live preview and undoable save."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QPointF, Qt, QTime
from PySide6.QtWidgets import QDialog, QInputDialog

from eventplanner.domain.guests import GuestCategory, RsvpStatus
from eventplanner.services import guest_documents, guests, seating
from eventplanner.services.people import list_people
from eventplanner.ui.guests.actions import AddGuests
from eventplanner.ui.guests.guest_dialogs import GuestDialog
from eventplanner.ui.guests.page import GuestsPage
from eventplanner.ui.guests.seating_editor import SeatItem
from eventplanner.ui.window.main_window import MainWindow


@pytest.fixture
def page(sample_window: MainWindow, qtbot: Any) -> GuestsPage:
    sample_window.tabs.setCurrentWidget(sample_window.guests)
    return sample_window.guests


def row_of(page: GuestsPage, family: str) -> int:
    return next(i for i, g in enumerate(page.list.model.guests) if g.person.family_name == family)


def test_the_list_shows_guests_in_protocol_order_with_counts(page: GuestsPage) -> None:
    model = page.list.model
    assert model.rowCount() == 44
    assert model.guest(0).person.family_name == "Huseynov"
    assert "Coming: 35" in page.list.counts.text() and "Female 18, Male 17" in page.list.counts.text()
    page.list.status.setCurrentIndex(page.list.status.findData(RsvpStatus.DECLINED))
    assert {model.guest(r).rsvp for r in range(model.rowCount())} == {RsvpStatus.DECLINED}
    page.list.status.setCurrentIndex(0)
    page.list.category.setCurrentIndex(page.list.category.findData(GuestCategory.MEDIA))
    page.list.search.setText("caspian")
    assert [model.guest(r).person.family_name for r in range(model.rowCount())] == ["Rahimova", "Jafarov"]


def test_keyboard_rsvp_moves_on_and_undoes(page: GuestsPage, qtbot: Any, sample_window: MainWindow) -> None:
    table = page.list.table
    row = row_of(page, "Haugen")
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert page.list.model.guest(row).rsvp is RsvpStatus.ACCEPTED
    assert table.currentIndex().row() == row + 1  # ready for the next letter
    qtbot.keyClick(table, Qt.Key.Key_D)
    assert page.list.model.guest(row + 1).rsvp is RsvpStatus.DECLINED
    sample_window.ops.stack.undo()
    sample_window.ops.stack.undo()
    assert page.list.model.guest(row).rsvp is RsvpStatus.INVITED
    sample_window.ops.stack.redo()
    assert page.list.model.guest(row).rsvp is RsvpStatus.ACCEPTED


def test_r_asks_for_the_representative(page: GuestsPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def pick(_parent: Any, _title: str, question: str, names: list[str], *_a: Any) -> tuple[str, bool]:
        asked.append(question)
        return next(n for n in names if n.startswith("Mr. Erik Lindqvist")), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    row = row_of(page, "Novak")
    page.list.table.selectRow(row)
    qtbot.keyClick(page.list.table, Qt.Key.Key_R)
    assert asked == ["Who comes in place of H.E. Petra Novak?"]
    novak = page.list.model.guest(row_of(page, "Novak"))
    assert novak.rsvp is RsvpStatus.REPRESENTATIVE and novak.representative is not None
    assert novak.representative.family_name == "Lindqvist"


def test_removing_a_seated_guest_is_undone_with_the_seat(page: GuestsPage, sample_window: MainWindow) -> None:
    event = sample_window.current_event
    assert event is not None
    before = seating.charts(sample_window.ops.db, event.id)[0].occupants
    page.list.table.selectRow(row_of(page, "Hasanov"))
    page.list.remove_selected()
    assert page.list.model.rowCount() == 43
    assert len(seating.charts(sample_window.ops.db, event.id)[0].occupants) == 6
    sample_window.ops.stack.undo()
    assert page.list.model.rowCount() == 44
    assert seating.charts(sample_window.ops.db, event.id)[0].occupants == before


def test_drag_a_seat_onto_another_swaps_them_and_undo_puts_them_back(page: GuestsPage, qtbot: Any,
                                                                     sample_window: MainWindow) -> None:
    page.tabs.setCurrentWidget(page.seating)
    editor = page.seating
    items = {i.number: i for i in editor.scene.items() if isinstance(i, SeatItem)}
    view = editor.view
    start = view.mapFromScene(items[2].scenePos())
    end = view.mapFromScene(items[3].scenePos() + QPointF(3, 3))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=start + (end - start) / 2)
    qtbot.mouseMove(view.viewport(), pos=end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    chart = editor.current()
    assert chart is not None
    assert chart.by_number[2].person.family_name == "Hasanov"
    assert chart.by_number[3].person.family_name == "Karimova"
    assert sample_window.ops.stack.undoText() == "Swap seats 2 and 3"
    sample_window.ops.stack.undo()
    chart = editor.current()
    assert chart is not None and chart.by_number[2].person.family_name == "Karimova"


def test_declined_guest_left_seated_shows_a_warning(page: GuestsPage, sample_window: MainWindow) -> None:
    sabina = next(g for g in page.list.model.guests if g.person.given_name == "Sabina")
    page.list.table.selectRow(page.list.model.row_of(sabina.id) or 0)
    page.list.answer(RsvpStatus.DECLINED)
    page.tabs.setCurrentWidget(page.seating)
    texts = [page.seating.warnings.item(i).text() for i in range(page.seating.warnings.count())]
    assert texts == ["⚠ Ms. Sabina Aliyeva declined but is still seated (seat 4)."]


def test_letter_preview_follows_typing_and_save_is_undoable(page: GuestsPage, qtbot: Any,
                                                            sample_window: MainWindow) -> None:
    page.tabs.setCurrentWidget(page.letter)
    editor = page.letter
    editor.render_preview()
    assert editor.page.pixmap() is not None and not editor.page.pixmap().isNull()
    editor.body.setPlainText("{salutation}\n\n<b>Ə</b> & {nonsense}")
    editor.render_preview()
    assert editor.unknown.text() == "Unknown placeholders (printed as typed): {nonsense}"
    editor.save()
    event = sample_window.current_event
    assert event is not None
    db = sample_window.ops.db
    assert guest_documents.invitation_template(db, event.id, "en").body.endswith("{nonsense}")
    sample_window.ops.stack.undo()
    assert guest_documents.invitation_template(db, event.id, "en").body.startswith("{address}")
    sample_window.ops.stack.redo()
    assert guest_documents.invitation_template(db, event.id, "en").body.endswith("{nonsense}")


def test_invite_people_from_the_directory(page: GuestsPage, sample_window: MainWindow) -> None:
    event = sample_window.current_event
    assert event is not None
    person = next(p for p in list_people(sample_window.ops.db) if p.family_name == "Vitorino")  # not a guest yet
    assert sample_window.ops.run(AddGuests(sample_window.ops, event.id, [person.id], GuestCategory.VIP))
    assert page.list.model.rowCount() == 45
    sample_window.ops.stack.undo()
    assert page.list.model.rowCount() == 44
    sample_window.ops.stack.redo()
    assert page.list.model.rowCount() == 45
    assert any(g.person.id == person.id for g in guests.guest_list(sample_window.ops.db, event.id).guests)


def test_edit_dialog_sets_delegation_travel_and_needs(page: GuestsPage, sample_window: MainWindow,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: GuestDialog) -> int:
        dialog.delegation.setCurrentIndex(dialog.delegation.findText("Japan"))
        dialog.access.setText("Wheelchair <ramp> & lift")
        dialog.arrives.setChecked(True)
        dialog.arrival.setDateTime(QDateTime(QDate(2021, 12, 17), QTime(22, 5)))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(GuestDialog, "exec", fill)
    page.list.table.selectRow(row_of(page, "Osei"))
    page.list.edit_selected()
    osei = page.list.model.guest(row_of(page, "Osei"))
    assert osei.delegation_name == "Japan" and osei.access == "Wheelchair <ramp> & lift"
    assert osei.arrival == datetime(2021, 12, 17, 22, 5)
    sample_window.ops.stack.undo()
    osei = page.list.model.guest(row_of(page, "Osei"))
    assert osei.delegation_name == "" and osei.access == "" and osei.arrival is None
