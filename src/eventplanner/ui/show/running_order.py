"""The operator's running order: planned, expected and actual times of every item of the show, as a table model.

The expected start moves on every tick while the show runs late or early; only the cells whose text changed
repaint. The item running now is bold; an expected start after the planned one is red, on time green.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from eventplanner.ui.common.records_model import RecordsModel

Index = QModelIndex | QPersistentModelIndex
PLANNED, EXPECTED, ACTUAL, ITEM = range(4)
_LATE, _ON_TIME = QColor(Qt.GlobalColor.red), QColor(Qt.GlobalColor.darkGreen)


@dataclass(frozen=True)
class OrderRow:
    planned: datetime
    actual: str
    """"10:00:12–10:09:40" once it ran, "10:00:12" while it runs, "" before."""
    title: str


class RunningOrderModel(RecordsModel):
    rows: list[OrderRow]

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(headers, parent)
        self.expected: list[datetime | None] = []
        self.current: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_order(self, rows: Sequence[OrderRow], current: int | None) -> None:
        """The items of the show, `current` (a row) bold; expected starts are kept for rows still there."""
        self.beginResetModel()
        self.rows, self.current = list(rows), current
        self.expected = (self.expected + [None] * len(self.rows))[:len(self.rows)]
        self.endResetModel()

    def set_expected(self, expected: Sequence[datetime | None]) -> None:
        """New expected starts; only the cells whose minute changed repaint."""
        for row, when in enumerate(expected[:len(self.rows)]):
            if _minute(when) != _minute(self.expected[row]):
                self.expected[row] = when
                cell = self.index(row, EXPECTED)
                self.dataChanged.emit(cell, cell)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == PLANNED:
                return f"{row.planned:%H:%M}"
            if col == EXPECTED:
                return _minute(self.expected[index.row()])
            return row.actual if col == ACTUAL else row.title
        if role == Qt.ItemDataRole.FontRole and index.row() == self.current:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and col == EXPECTED:
            when = self.expected[index.row()]
            return None if when is None else (_LATE if when > row.planned else _ON_TIME)
        return None


def _minute(when: datetime | None) -> str:
    return f"{when:%H:%M}" if when is not None else ""
