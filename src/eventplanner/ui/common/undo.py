"""The one undo command: a recorded Change; undo reverts it, redo reapplies it (services/history.py).

Every action the runner (operations.py) does lands here, whatever it was: an inline edit, a drag in the
timetable, a deleted speaker, a schedule import of thousands of slots. Undo and redo each run one
transaction and check versions; a refused step keeps its entry and the stack's index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from eventplanner.domain.change import Change, EntityKind

if TYPE_CHECKING:
    from eventplanner.ui.common.operations import Operations


class ChangeCommand(QUndoCommand):
    """One entry of the undo stack. `settled` means the data already matches the stack's next state: set
    when the runner pushes a change it just made, and when `Operations.undo/redo` has already stepped."""

    def __init__(self, ops: Operations, text: str, change: Change, focus: int | None = None) -> None:
        super().__init__(text)
        self.ops = ops
        self.change = change
        self.focus = focus
        self.settled = True

    def redo(self) -> None:
        if self.settled:
            self.settled = False
            return
        if not self.ops.step(self, forward=True):
            self.ops.step_failed(self, forward=True)

    def undo(self) -> None:
        if self.settled:
            self.settled = False
            return
        if not self.ops.step(self, forward=False):
            self.ops.step_failed(self, forward=False)

    def focus_after(self, forward: bool) -> int | None:
        """The slot to select after a redo (the action's) or an undo (its slot, unless the undo removed it)."""
        if self.focus is None:
            return None
        gone = self.change.inserted_ids(EntityKind.SLOT) if not forward else self.change.deleted_ids(EntityKind.SLOT)
        return None if self.focus in gone else self.focus
