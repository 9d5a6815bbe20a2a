"""The translation edits as actions: a cell, a pasted block, a workbook import, a dialog's texts, and the
content languages an event offers. Each is one service call; the runner records what it changed (the rows'
texts and `translations` columns, the event's `languages`), so undo and redo need no code here."""

from __future__ import annotations

from collections.abc import Sequence

from eventplanner.domain.translations import TextChange, TextEdit
from eventplanner.services import translations as service
from eventplanner.ui.common.operations import Action, Operations


class EditTexts(Action):
    """Any batch of text edits, in one transaction and one undo step."""

    def __init__(self, ops: Operations, event_id: int, edits: Sequence[TextEdit], text: str) -> None:
        super().__init__(ops, text)
        self.event_id = event_id
        self.edits = list(edits)
        self.changes: list[TextChange] = []

    def forward(self) -> None:
        self.changes = service.set_texts(self.db, self.event_id, self.edits)


class SetLanguages(Action):
    """Choose the content languages an event offers."""

    def __init__(self, ops: Operations, event_id: int, languages: Sequence[str], text: str) -> None:
        super().__init__(ops, text)
        self.event_id, self.languages = event_id, list(languages)

    def forward(self) -> None:
        service.set_event_languages(self.db, self.event_id, self.languages)
