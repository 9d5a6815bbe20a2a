"""Following the show from another workstation: a read-only stage timer fed by the planner's change notices.

The operator's workstation commits every action (services/show.py); here a `ChangeWatcher` notices those
commits (PostgreSQL NOTIFY, or SQLite's data version for a shared file) and the stored run is read again.
Between notices the countdown runs on this computer's clock, so both computers should keep network time.
Nothing is ever written from here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from eventplanner.services import show as show_service
from eventplanner.services.show import ShowView
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.show.stage_timer import StageTimerWindow
from eventplanner.ui.team.watcher import ChangeWatcher

FOLLOW_POLL_MS = 500
TICK_MS = 250


class ShowFollower(QObject):
    """Keeps a stage timer in step with the show another workstation runs for `event_id`."""

    def __init__(self, ops: Operations, event_id: int, clock: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None, start: bool = True) -> None:
        super().__init__(parent)
        self.ops, self.event_id, self.clock = ops, event_id, clock
        self.view: ShowView | None = None
        self.stage = StageTimerWindow()
        self.watcher = ChangeWatcher(ops, FOLLOW_POLL_MS, parent=self)
        self.watcher.changed_elsewhere.connect(self.reload)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.reload()
        if start:
            self.watcher.set_database(ops.db)
            self.timer.start()

    def reload(self) -> None:
        """Read the stored run again (after a change notice)."""
        try:
            self.view = show_service.load_show(self.ops.db, self.event_id)
        except Exception:  # a dropped connection: keep the last view, the next notice retries
            return
        self.tick()

    def tick(self) -> None:
        self.stage.show_view(self.view, self.clock())

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.stop()
        self.stage.close()
