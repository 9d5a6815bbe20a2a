"""Actions on the scenario: cues and a slot's call time and technical needs (services/scenario.py). Each is
one service call; the runner records what it changed, so undo and redo need no code here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.scenario import CueData, SlotProductionData
from eventplanner.services import scenario
from eventplanner.ui.common.operations import Action, Operations


def tr(text: str) -> str:
    return QCoreApplication.translate("show", text)


class AddCue(Action):
    def __init__(self, ops: Operations, slot_id: int, fields: dict[str, Any]) -> None:
        super().__init__(ops, tr("Add cue"))
        self.slot_id, self.fields = slot_id, fields

    def forward(self) -> None:
        self.result = scenario.add_cue(self.db, self.slot_id, **self.fields)


class EditCue(Action):
    def __init__(self, ops: Operations, cue: CueData, changes: dict[str, Any]) -> None:
        super().__init__(ops, tr("Edit cue"))
        self.cue_id, self.changes, self.version = cue.id, changes, cue.version

    def forward(self) -> None:
        scenario.update_cue(self.db, self.cue_id, self.version, **self.changes)


class DeleteCue(Action):
    def __init__(self, ops: Operations, cue: CueData) -> None:
        super().__init__(ops, tr("Delete cue"))
        self.cue_id = cue.id

    def forward(self) -> None:
        scenario.delete_cue(self.db, self.cue_id)


class SetProduction(Action):
    def __init__(self, ops: Operations, old: SlotProductionData, new: SlotProductionData) -> None:
        super().__init__(ops, tr("Edit call time and technical needs"))
        self.new, self.version = new, old.version

    def forward(self) -> None:
        data = self.new
        scenario.set_production(
            self.db, data.slot_id, data.call_minutes, data.call_note, data.technical_needs,
            {k: dict(v) for k, v in data.translations.items()}, expected_version=self.version,
        )
