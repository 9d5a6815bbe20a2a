"""Notice changes other workstations save: poll the store's change source on a timer, tell the window.

The queries live in store/changes.py; this module only schedules them. After the application's own writes
(`Operations.changed`) the source is re-synced, so an own change never counts as someone else's.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from eventplanner.store.changes import ChangeSource, change_source
from eventplanner.store.database import Database
from eventplanner.ui.common.operations import Operations

log = logging.getLogger(__name__)

POLL_MS = 2000
RETRY_S = 30.0


class ChangeWatcher(QObject):
    """Emits `changed_elsewhere` (on the GUI thread) when someone else committed a change."""

    changed_elsewhere = Signal()

    def __init__(self, ops: Operations, interval_ms: int = POLL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.source: ChangeSource | None = None
        self._retry_at = 0.0
        self._db: Database | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        ops.changed.connect(self.own_write)

    def set_database(self, db: Database) -> None:
        self.stop()
        self._db = db
        self._open()
        self.timer.start()

    def _open(self) -> None:
        if self._db is None:
            return
        try:
            self.source = change_source(self._db)
        except Exception as exc:  # never let watching break the window; retry later
            log.warning("Cannot watch %s for changes: %s", self._db.display_name, exc)
            self.source = None
            self._retry_at = time.monotonic() + RETRY_S

    def poll(self) -> bool:
        """One cheap check; True (and the signal) when someone else changed something."""
        if self.source is None:
            if self._db is None or time.monotonic() < self._retry_at:
                return False
            self._open()
            return False
        try:
            changed = self.source.poll()
        except Exception as exc:
            log.warning("Watching for changes failed: %s", exc)
            changed = False
        if changed:
            self.changed_elsewhere.emit()
        return changed

    def own_write(self) -> None:
        if self.source is not None:
            try:
                self.source.sync()
            except Exception as exc:
                log.info("Could not note the own change: %s", exc)

    def stop(self) -> None:
        self.timer.stop()
        if self.source is not None:
            self.source.close()
            self.source = None
