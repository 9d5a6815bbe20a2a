"""The Guests page: Guest list, Seating and Invitation letter sub-tabs, and a Documents menu."""

from __future__ import annotations

import html

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from eventplanner.domain.change import Change, EntityKind
from eventplanner.domain.data import EventData
from eventplanner.domain.guests import GuestList
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.guests.documents import documents_menu
from eventplanner.ui.guests.letter_editor import LetterEditor
from eventplanner.ui.guests.list_page import GuestListPage
from eventplanner.ui.guests.seating_editor import SeatingEditor

#: The kinds of rows the Guests page shows (a slot or cue edit leaves it alone).
SHOWN = (EntityKind.GUEST, EntityKind.DELEGATION, EntityKind.SEATING_CHART, EntityKind.SEAT,
         EntityKind.INVITATION_TEMPLATE, EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.EVENT,
         EntityKind.EVENT_ORGANIZATION, EntityKind.LETTERHEAD)


class GuestsPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guestsPage")
        self.ops = ops
        self.current_event: EventData | None = None
        self._stale = False
        self.list = GuestListPage(ops)
        self.seating = SeatingEditor(ops)
        self.letter = LetterEditor(ops)
        self.list.loaded.connect(self._guests_loaded)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list, self.tr("Guest list"))
        self.tabs.addTab(self.seating, self.tr("Seating"))
        self.tabs.addTab(self.letter, self.tr("Invitation letter"))
        self.documents = QToolButton()
        self.documents.setText(self.tr("Documents"))
        self.documents.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.documents.setMenu(documents_menu(ops, self, lambda: self.current_event))
        self.title = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.documents)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        ops.changed.connect(self._changed)

    def set_event(self, event: EventData | None) -> None:
        self.current_event = event
        guests_word = self.tr("Guests")
        self.title.setText(f"<b>{guests_word}</b> — {html.escape(event.title)}" if event else "")
        self.list.set_event(event)
        self.seating.set_event(event)
        self.letter.set_event(event)
        self._stale = False

    def _changed(self, change: Change | None) -> None:
        """Reload for what the page shows: guests and their tables, people, organizations, the event."""
        if change is None or any(change.touches(kind) for kind in SHOWN):
            self.reload()

    def reload(self) -> None:
        """After any change, undo or redo: reload now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.list.reload()
            self.seating.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _guests_loaded(self, data: GuestList) -> None:
        self.letter.set_guests(data)
