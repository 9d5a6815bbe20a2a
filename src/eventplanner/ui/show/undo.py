"""Undo commands for the scenario: cues and a slot's call time and technical needs (services/scenario.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.scenario import CueData, SlotProductionData
from eventplanner.services import scenario
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.common.undo import Command


def tr(text: str) -> str:
    return QCoreApplication.translate("show", text)


class AddCueCommand(Command):
    def __init__(self, ops: Operations, slot_id: int, fields: dict[str, Any]) -> None:
        super().__init__(ops, tr("Add cue"))
        self.slot_id, self.fields = slot_id, fields
        self.added: CueData | None = None

    def forward(self) -> None:
        if self.added is None:
            self.added = scenario.add_cue(self.db, self.slot_id, **self.fields)
        else:
            self.added = scenario.restore_cue(self.db, self.added)

    def backward(self) -> None:
        assert self.added is not None
        scenario.delete_cue(self.db, self.added.id)


class EditCueCommand(Command):
    def __init__(self, ops: Operations, cue: CueData, changes: dict[str, Any]) -> None:
        super().__init__(ops, tr("Edit cue"))
        self.cue_id, self.changes = cue.id, changes
        self.old = {k: getattr(cue, k) for k in changes}
        if "kind" in self.old:
            self.old["kind"] = cue.kind.value
        self.version = cue.version

    def forward(self) -> None:
        self.version = scenario.update_cue(self.db, self.cue_id, self.version, **self.changes).version

    def backward(self) -> None:
        self.version = scenario.update_cue(self.db, self.cue_id, self.version, **self.old).version


class DeleteCueCommand(Command):
    def __init__(self, ops: Operations, cue: CueData) -> None:
        super().__init__(ops, tr("Delete cue"))
        self.cue = cue

    def forward(self) -> None:
        self.cue = scenario.delete_cue(self.db, self.cue.id)

    def backward(self) -> None:
        self.cue = scenario.restore_cue(self.db, self.cue)


class SetProductionCommand(Command):
    def __init__(self, ops: Operations, old: SlotProductionData, new: SlotProductionData) -> None:
        super().__init__(ops, tr("Edit call time and technical needs"))
        self.old, self.new = old, new
        self.version = old.version

    def _save(self, data: SlotProductionData) -> None:
        saved = scenario.set_production(
            self.db, data.slot_id, data.call_minutes, data.call_note, data.technical_needs,
            {k: dict(v) for k, v in data.translations.items()}, expected_version=self.version,
        )
        self.version = saved.version

    def forward(self) -> None:
        self._save(self.new)

    def backward(self) -> None:
        self._save(self.old)
