"""One undo command for every translation edit: a cell, a pasted block, a workbook import, a dialog's texts.

It only calls `services.translations.set_texts`, which returns what changed; undo applies the reverse edits.
Small on purpose, so it ports to the generic change runner of issue #13 as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventplanner.domain.translations import TextChange, TextEdit
from eventplanner.services import translations as service
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.common.undo import Command


class EditTextsCommand(Command):
    def __init__(self, ops: Operations, event_id: int, edits: Sequence[TextEdit], text: str) -> None:
        super().__init__(ops, text)
        self.event_id = event_id
        self.edits = list(edits)
        self.changes: list[TextChange] = []

    def forward(self) -> None:
        if self.changes:  # a redo replays exactly what the first run changed
            service.set_texts(self.db, self.event_id, service.redo_edits(self.changes))
        else:
            self.changes = service.set_texts(self.db, self.event_id, self.edits)

    def backward(self) -> None:
        service.set_texts(self.db, self.event_id, service.undo_edits(self.changes))


class SetLanguagesCommand(Command):
    """Choose the content languages an event offers; undo restores the previous choice."""

    def __init__(self, ops: Operations, event_id: int, before: Sequence[str], after: Sequence[str], text: str) -> None:
        super().__init__(ops, text)
        self.event_id, self.before, self.after = event_id, list(before), list(after)

    def forward(self) -> None:
        service.set_event_languages(self.db, self.event_id, self.after)

    def backward(self) -> None:
        service.set_event_languages(self.db, self.event_id, self.before)
