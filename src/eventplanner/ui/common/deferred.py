"""Run work once a widget has painted, so a background load never competes with the first paint.

Python threads share one interpreter lock: a worker started while the view is still measuring and painting its
rows slows that first paint severalfold. `after_first_paint` waits for the paint (or a short timeout, when the
widget is hidden and will not paint) and then runs the function on the next turn of the event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], object], timeout_ms: int) -> None:
        super().__init__(widget)
        self.widget, self.fn, self.done = widget, fn, False
        widget.installEventFilter(self)
        QTimer.singleShot(timeout_ms, self, self._run)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        self.widget.removeEventFilter(self)
        self.deleteLater()
        self.fn()


def after_first_paint(widget: QWidget, fn: Callable[[], object], timeout_ms: int = 250) -> None:
    """Call `fn` once, just after `widget` next paints, or after `timeout_ms` if it does not paint."""
    _AfterPaint(widget, fn, timeout_ms)
