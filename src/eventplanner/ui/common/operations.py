"""The one place that runs a service call for the GUI: errors become messages, views get refreshed.

Modelled on Anki's aqt/operations: widgets never call services directly for changes. They build an undo
command and hand it to `Operations.push`, or call `Operations.call` for a read that may fail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from eventplanner.domain.errors import DomainError, StaleEditError
from eventplanner.store.database import Database
from eventplanner.ui.common import errors

if TYPE_CHECKING:
    from eventplanner.ui.common.undo import Command

log = logging.getLogger(__name__)
T = TypeVar("T")


class Operations(QObject):
    """Holds the database, the undo stack and the window to report to.

    `changed` is emitted after every change, undo and redo; views reload what they show.
    `focus_slot` asks the agenda to select a slot (after an add, a move, an undo).
    """

    changed = Signal()
    focus_slot = Signal(int)

    def __init__(self, db: Database, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.db = db
        self.widget = parent_widget
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)
        #: Offered a command whose save found a newer version (ui/team/stale.py); True when it then saved.
        self.stale_handler: Callable[[Command, StaleEditError], bool] | None = None

    def call(self, fn: Callable[..., T], *args: Any, context: str = "", **kwargs: Any) -> T | None:
        """Run a service call now; a DomainError is shown and None returned."""
        try:
            return fn(*args, **kwargs)
        except DomainError as exc:
            log.info("Refused: %s", exc.message)
            errors.show_domain_error(self.widget, exc)
        except Exception as exc:
            errors.show_unexpected_error(self.widget, exc, context=context)
        return None

    def push(self, command: Command) -> bool:
        """Do the command once; on success it goes on the undo stack. On failure nothing changes."""
        if not self.guard(command.forward, command.text(), command):
            return False
        command.done_once = True
        self.stack.push(command)
        self.changed.emit()
        if command.focus is not None:
            self.focus_slot.emit(command.focus)
        return True

    def guard(self, fn: Callable[[], None], context: str = "", command: Command | None = None) -> bool:
        try:
            fn()
        except StaleEditError as exc:
            if command is not None and self.stale_handler is not None:
                return self.stale_handler(command, exc)
            log.info("Refused %s: %s", context, exc.message)
            errors.show_domain_error(self.widget, exc)
            return False
        except DomainError as exc:
            log.info("Refused %s: %s", context, exc.message)
            errors.show_domain_error(self.widget, exc)
            return False
        except Exception as exc:
            errors.show_unexpected_error(self.widget, exc, context=context)
            return False
        return True
