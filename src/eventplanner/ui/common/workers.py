"""Long work off the GUI thread: a QRunnable that calls a function and reports back through signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    """Runs `fn(report)` in the thread pool; `report(percent, text)` may be called from inside it.

    Widgets are never touched here: results travel back to the GUI thread through queued signals.
    The function must open its own database sessions (services do).
    """

    def __init__(self, fn: Callable[[Callable[[int, str], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = WorkerSignals()
        self.cancelled = False
        self.setAutoDelete(True)

    def report(self, percent: int, text: str = "") -> None:
        if not self.cancelled:
            self.signals.progress.emit(percent, text)

    def run(self) -> None:
        try:
            result = self.fn(self.report)
        except BaseException as exc:  # reported to the GUI thread, never lost
            log.debug("Worker failed", exc_info=True)
            if not self.cancelled:
                self.signals.failed.emit(exc)
            return
        if not self.cancelled:
            self.signals.finished.emit(result)


class _Relay(QObject):
    """Lives on the GUI thread, so queued signals deliver the worker's outcome there."""

    def __init__(
        self,
        worker: Worker,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, str], None] | None,
    ) -> None:
        super().__init__()
        self.worker = worker
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        worker.signals.finished.connect(self.done)
        worker.signals.failed.connect(self.failed)
        worker.signals.progress.connect(self.progress)

    @Slot(object)
    def done(self, result: Any) -> None:
        _active.discard(self)
        self.on_done(result)

    @Slot(object)
    def failed(self, exc: Any) -> None:
        _active.discard(self)
        self.on_error(exc)

    @Slot(int, str)
    def progress(self, percent: int, text: str) -> None:
        if self.on_progress is not None:
            self.on_progress(percent, text)


_active: set[_Relay] = set()


def start(
    fn: Callable[[Callable[[int, str], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, str], None] | None = None,
) -> Worker:
    """Start `fn` in the global pool and route its outcome to the callbacks on the GUI thread."""
    worker = Worker(fn)
    _active.add(_Relay(worker, on_done, on_error, on_progress))
    QThreadPool.globalInstance().start(worker)
    return worker


def wait_all(msecs: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
