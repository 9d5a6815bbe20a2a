"""The participant picker: Enter adds once, the box empties, nobody twice, default roles, who is busy."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eventplanner.domain.enums import ParticipantRole, SlotKind
from eventplanner.services import agenda, people
from eventplanner.ui.agenda.slot_dialog import SlotDialog
from eventplanner.ui.window.main_window import MainWindow


def _dialog(qtbot: Any, win: MainWindow, slot_index: int | None = None, **kw: Any) -> SlotDialog:
    event = win.current_event
    assert event is not None
    slots = agenda.list_slots(win.ops.db, event.id)
    slot = slots[slot_index] if slot_index is not None else None
    dialog = SlotDialog(win, event, [], people.list_people(win.ops.db), slot, others=slots, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_and_pick(qtbot: Any, dialog: SlotDialog, text: str) -> None:
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, text)
    popup = dialog.search.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_enter_on_a_suggestion_adds_once_and_empties_the_box(qtbot: Any, sample_window: MainWindow) -> None:
    dialog = _dialog(qtbot, sample_window, start=datetime(2021, 12, 19, 9, 0))
    _type_and_pick(qtbot, dialog, "Huseyn")
    assert dialog.participants.count() == 1
    qtbot.waitUntil(lambda: dialog.search.text() == "")
    _type_and_pick(qtbot, dialog, "Huseyn")  # the same person again: selected, not added
    assert dialog.participants.count() == 1
    dialog.search.setText("Huseyn")
    dialog.search.returnPressed.emit()
    assert dialog.participants.count() == 1


def test_a_panel_defaults_to_panelists_and_a_discussion_to_a_moderator(qtbot: Any, sample_window: MainWindow
                                                                       ) -> None:
    dialog = _dialog(qtbot, sample_window, start=datetime(2021, 12, 19, 9, 0))
    person_ids = list(dialog.people)
    dialog.kind.setCurrentIndex(dialog.kind.findData(SlotKind.PANEL))
    dialog.search.setText(dialog._label(dialog.people[person_ids[0]]))
    dialog.search.returnPressed.emit()
    dialog.kind.setCurrentIndex(dialog.kind.findData(SlotKind.DISCUSSION))
    dialog.search.setText(dialog._label(dialog.people[person_ids[1]]))
    dialog.search.returnPressed.emit()
    assert [role for _pid, role in dialog.participant_list()] == [ParticipantRole.PANELIST,
                                                                    ParticipantRole.MODERATOR]


def test_the_picker_shows_who_is_busy_at_that_time_and_where(qtbot: Any, sample_window: MainWindow) -> None:
    win = sample_window
    assert win.current_event is not None
    slots = agenda.list_slots(win.ops.db, win.current_event.id)
    busy_slot = next(s for s in slots if s.participants)
    person = busy_slot.participants[0].person
    dialog = _dialog(qtbot, win, start=busy_slot.start)  # a new slot at the same time
    label = next(label for label, pid in dialog._by_label.items() if pid == person.id)
    assert "busy" in label and busy_slot.time_range in label and "main hall" in label
    dialog.search.setText(label)
    dialog.search.returnPressed.emit()
    assert dialog.participants.count() == 1
    assert not dialog.busy_note.isHidden()
    assert person.display_name in dialog.busy_note.text() and busy_slot.title in dialog.busy_note.text()
    dialog.start.setTime(dialog.start.time().addSecs(6 * 3600))  # later that day: free again
    assert dialog.busy_note.isHidden()
    free_label = next(label for label, pid in dialog._by_label.items() if pid == person.id)
    assert "busy" not in free_label
