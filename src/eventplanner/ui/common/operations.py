"""The one runner for every change the GUI makes (modelled on Anki's aqt/operations).

A widget builds an `Action` (what to do, in words and as a service call) and hands it to `Operations.run`,
or `run_long` for imports and other long work. The runner

1. runs the action, recording the `Change` it makes (services/history.py), in a worker when long, with a
   progress dialog whose Cancel rolls the transaction back (the action's `check` raises `Cancelled`);
2. pushes one `ChangeCommand` holding the Change on the undo stack (undo = history.revert, redo =
   history.reapply, each one transaction);
3. announces the Change (`changed`), so each view reloads only what it shows that the change touched;
4. shows errors in one place. A refused undo or redo leaves the stack as it was.

Reads that may fail go through `call`, which returns None after showing the error: callers treat None as
"could not read", never as empty data.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget

from eventplanner.domain.change import Change
from eventplanner.domain.errors import Cancelled, DomainError, StaleEditError
from eventplanner.services import history
from eventplanner.store.database import Database
from eventplanner.ui.common import errors, workers
from eventplanner.ui.common.undo import ChangeCommand

log = logging.getLogger(__name__)
T = TypeVar("T")
SHOW_PROGRESS_AFTER_MS = 300


def tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class Action:
    """One user action: its undo text and the service calls that do it (`forward`), nothing else.

    Undo and redo need no code here: the runner records what `forward` changed. `focus` names a slot to
    select afterwards; `result` keeps what the service returned (a new event, a new person) for the caller.
    Long actions call `self.check()` between batches and `self.report(percent, text)` for progress (a
    negative percent only changes the text; the dialog shows a busy bar until a percent comes).
    """

    def __init__(self, ops: Operations, text: str) -> None:
        self.ops = ops
        self.db = ops.db
        self._text = text
        self.focus: int | None = None
        self.result: Any = None
        self.check: Callable[[], None] = lambda: None
        self.report: Callable[[int, str], None] = lambda _p, _t: None

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text

    def forward(self) -> None:
        raise NotImplementedError


class Operations(QObject):
    """Holds the database, the undo stack and the window to report to.

    `changed` carries the Change after every action, undo and redo, or None when anything may have changed
    (another workstation wrote; a stale edit was dropped): views then reload all they show.
    `focus_slot` asks the agenda to select a slot (after an add, a move, an undo).
    """

    changed = Signal(object)
    focus_slot = Signal(int)

    def __init__(self, db: Database, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.db = db
        self.widget = parent_widget
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)
        #: Offered an action whose save found a newer version (ui/team/stale.py); True when it then saved.
        self.stale_handler: Callable[[Action, StaleEditError], bool] | None = None

    # Reads ------------------------------------------------------------------------------------------------

    def call(self, fn: Callable[..., T], *args: Any, context: str = "", **kwargs: Any) -> T | None:
        """Run a service call now; a failure is shown and None returned (never to be read as 'no data')."""
        try:
            return fn(*args, **kwargs)
        except DomainError as exc:
            log.info("Refused: %s", exc.message)
            errors.show_domain_error(self.widget, exc)
        except Exception as exc:
            errors.show_unexpected_error(self.widget, exc, context=context)
        return None

    # Actions ----------------------------------------------------------------------------------------------

    def run(self, action: Action) -> bool:
        """Do the action now; when it changed something it goes on the undo stack. On failure nothing changes."""
        try:
            recorded = history.record(self.db, lambda: self._forward(action), label=action.text())
        except Exception as exc:
            self._show(exc, action.text())
            return False
        if not recorded.result:
            return False
        self._done(action, recorded.change)
        return True

    def run_long(self, action: Action, label: str, on_done: Callable[[Action], None] | None = None) -> None:
        """Run the action in a worker with a progress dialog and Cancel; undoable as one step when done.

        Cancel sets a flag that the action's `check()` turns into `Cancelled` inside its transaction, which
        then rolls back: nothing of a cancelled import stays."""
        cancel = threading.Event()
        progress = QProgressDialog(self.widget)  # its own Cancel button, in Qt's translation
        progress.setLabelText(label)
        progress.setRange(0, 0)  # busy until the action reports a percentage
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(cancel.set)
        finished = threading.Event()
        # shown only when the work lasts (QProgressDialog's own timing needs steady setValue calls)
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, lambda: None if finished.is_set() else progress.show())

        def check() -> None:
            if cancel.is_set():
                raise Cancelled(tr("Cancelled: nothing was changed."))

        action.check = check

        def work(report: Callable[[int, str], None]) -> history.Recorded[None]:
            action.report = report
            return history.record(self.db, action.forward, label=action.text())

        def done(recorded: history.Recorded[None]) -> None:
            finished.set()
            progress.close()
            self._done(action, recorded.change)
            if on_done is not None:
                on_done(action)

        def failed(exc: BaseException) -> None:
            finished.set()
            progress.close()
            if isinstance(exc, Cancelled):
                log.info("Cancelled: %s", action.text())
                self._status(exc.message)
                return
            self._show(exc, action.text())

        def step(percent: int, text: str) -> None:
            if not cancel.is_set():
                if percent >= 0:  # a negative percent changes only the text
                    if progress.maximum() == 0:
                        progress.setRange(0, 100)
                    progress.setValue(percent)
                if text:
                    progress.setLabelText(text)

        self.long_progress = progress
        workers.start(work, done, failed, step)

    def _forward(self, action: Action) -> bool:
        try:
            action.forward()
        except StaleEditError as exc:
            if self.stale_handler is None:
                raise
            return self.stale_handler(action, exc)
        return True

    def _done(self, action: Action, change: Change) -> None:
        if change:
            self.stack.push(ChangeCommand(self, action.text(), change, action.focus))
        self.changed.emit(change)
        if action.focus is not None:
            self.focus_slot.emit(action.focus)

    # Undo and redo ----------------------------------------------------------------------------------------

    def undo(self) -> bool:
        """Revert the last change (one transaction); refused, it stays where it is on the stack."""
        index = self.stack.index()
        command = self.stack.command(index - 1)
        if not isinstance(command, ChangeCommand) or not self.step(command, forward=False):
            return False
        command.settled = True
        self.stack.undo()
        return True

    def redo(self) -> bool:
        index = self.stack.index()
        command = self.stack.command(index)
        if not isinstance(command, ChangeCommand) or not self.step(command, forward=True):
            return False
        command.settled = True
        self.stack.redo()
        return True

    def undo_action(self, parent: QObject, prefix: str, redo: bool = False) -> QAction:
        """Edit ▸ Undo / Redo: like QUndoStack.createUndoAction, but through `undo`/`redo`, so a refused
        step leaves the stack's index where it was."""
        action = QAction(prefix, parent)

        def update(*_args: object) -> None:
            if not shiboken6.isValid(self.stack) or not shiboken6.isValid(action):  # the window is closing
                return
            text = (self.stack.redoText() if redo else self.stack.undoText()).replace("&", "&&")  # no mnemonic
            text = f"{prefix} {text}" if text else prefix
            enabled = self.stack.canRedo() if redo else self.stack.canUndo()
            if action.text() != text:
                action.setText(text)
            if action.isEnabled() != enabled:  # each change repaints menus and toolbars: only when it differs
                action.setEnabled(enabled)

        for signal in (self.stack.indexChanged, self.stack.canUndoChanged, self.stack.canRedoChanged):
            signal.connect(update)
        action.triggered.connect(lambda: self.redo() if redo else self.undo())
        update()
        return action

    def step(self, command: ChangeCommand, forward: bool) -> bool:
        """Reapply or revert one entry's change; errors are shown and the data is left as it was."""
        context = (tr("Redo") if forward else tr("Undo")) + " " + command.text()
        try:
            if forward:
                command.change = history.reapply(self.db, command.change)
            else:
                command.change = history.revert(self.db, command.change)
        except Exception as exc:
            self._show(exc, context)
            return False
        self.changed.emit(command.change if forward else command.change.inverse())  # "after" is what is now
        focus = command.focus_after(forward)
        if focus is not None:
            self.focus_slot.emit(focus)
        return True

    def step_failed(self, command: ChangeCommand, forward: bool) -> None:
        """The stack moved on its own (QUndoStack.undo/redo called directly) but the step was refused:
        put its index back once it has finished, without running the command again."""
        index = self.stack.index()
        target = index - 1 if forward else index + 1

        def restore() -> None:
            command.settled = True
            self.stack.setIndex(target)

        QTimer.singleShot(0, restore)

    # Errors -------------------------------------------------------------------------------------------------

    def guard(self, fn: Callable[[], None], context: str = "") -> bool:
        """Run a call that changes nothing the undo stack tracks; show its error. True when it succeeded."""
        try:
            fn()
        except Exception as exc:
            self._show(exc, context)
            return False
        return True

    def _show(self, exc: BaseException, context: str) -> None:
        if isinstance(exc, Cancelled):
            self._status(exc.message)
        elif isinstance(exc, DomainError):
            log.info("Refused %s: %s", context, exc.message)
            errors.show_domain_error(self.widget, exc)
        else:
            errors.show_unexpected_error(self.widget, exc, context=context)

    def _status(self, text: str) -> None:
        window = self.widget.window() if self.widget is not None else None
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)
