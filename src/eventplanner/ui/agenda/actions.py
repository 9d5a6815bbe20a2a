"""The agenda's actions: add, edit, delete, move and order slots. Each is one service call; the runner
records what it changed, so undo and redo need no code here (ui/common/undo.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.data import SlotData
from eventplanner.services import agenda, protocol
from eventplanner.services.agenda import SlotInput, describe
from eventplanner.ui.common.operations import Action, Operations


class RippleOptions(TypedDict):
    """The window's Ripple toggles, passed to the slot actions as keywords."""

    ripple: bool
    parallel: bool


def tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class AddSlot(Action):
    """Add a slot (also duplicate and insert-break)."""

    def __init__(self, ops: Operations, event_id: int, draft: SlotInput, text: str, ripple: bool = True,
                 parallel: bool = False) -> None:
        super().__init__(ops, text)
        self.event_id, self.draft, self.ripple, self.parallel = event_id, draft, ripple, parallel

    def forward(self) -> None:
        change = agenda.add_slot(self.db, self.event_id, self.draft, ripple=self.ripple, parallel=self.parallel)
        assert change.slot is not None
        self.focus = change.slot.id
        self.result = change.slot


class EditSlot(Action):
    def __init__(
        self, ops: Operations, slot: SlotData, changes: Mapping[str, Any], text: str | None = None, ripple: bool = True,
        parallel: bool = False,
    ) -> None:
        super().__init__(ops, text or tr("Edit “{0}”").format(describe(slot)))
        before = SlotInput.from_slot(slot)
        self.slot_id = self.focus = slot.id
        self.event_id = slot.event_id
        self.changes = dict(changes)
        self.old = {k: getattr(before, k) for k in self.changes}
        self.ripple, self.parallel = ripple, parallel
        self.expected_version: int | None = slot.version
        """The version the user saw; ui/team/stale.py moves it on when the user overwrites."""

    def forward(self) -> None:
        agenda.save_slot_changes(self.db, self.slot_id, expected_version=self.expected_version, ripple=self.ripple,
                                 parallel=self.parallel, **self.changes)


class DeleteSlot(Action):
    def __init__(self, ops: Operations, slot: SlotData, ripple: bool = True, parallel: bool = False) -> None:
        super().__init__(ops, tr("Delete “{0}”").format(describe(slot)))
        self.slot, self.ripple, self.parallel = slot, ripple, parallel
        self.focus = slot.id  # selected again when the delete is undone

    def forward(self) -> None:
        agenda.delete_slot(self.db, self.slot.id, ripple=self.ripple, parallel=self.parallel)


class ReorderSlot(Action):
    def __init__(self, ops: Operations, slot: SlotData, new_index: int) -> None:
        super().__init__(ops, tr("Move “{0}”").format(describe(slot)))
        self.slot, self.new_index = slot, new_index
        self.focus = slot.id

    def forward(self) -> None:
        change = agenda.reorder_slot(self.db, self.slot.id, self.new_index)
        if change.slot is not None:
            self.setText(tr("Move “{0}” to {1}").format(describe(self.slot), f"{change.slot.start:%H:%M}"))


class ProtocolOrder(Action):
    def __init__(self, ops: Operations, event_id: int, slot_ids: Sequence[int]) -> None:
        super().__init__(ops, tr("Order {0} slot(s) by protocol").format(len(slot_ids)))
        self.event_id, self.slot_ids = event_id, list(slot_ids)

    def forward(self) -> None:
        protocol.order_by_protocol(self.db, self.slot_ids)
