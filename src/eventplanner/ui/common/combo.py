"""A combo box whose type-ahead goes on across spaces: “UN W” finds “UN Women” (a plain QComboBox opens its
popup on Space instead)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget


class TypeAheadCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._clock = QElapsedTimer()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        text = e.text()
        plain = not (e.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier)
        if not plain or not text or not text.isprintable():
            self._typed = ""
            super().keyPressEvent(e)
            return
        recent = self._clock.isValid() and self._clock.elapsed() < QApplication.keyboardInputInterval()
        if text == " " and not (recent and self._typed):
            super().keyPressEvent(e)  # a lone Space still opens the list
            return
        self._typed = (self._typed if recent else "") + text
        self._clock.restart()
        self._search()
        e.accept()

    def _search(self) -> None:
        wanted = self._typed.casefold()
        texts = [self.itemText(i).casefold() for i in range(self.count())]
        start = max(0, self.currentIndex())
        order = list(range(start, self.count())) + list(range(start))
        for i in order:
            if texts[i].startswith(wanted):
                self.setCurrentIndex(i)
                return
