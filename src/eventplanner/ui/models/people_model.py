"""The speaker directory as a table, with a proxy that filters on every word of a live search."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from eventplanner.domain.data import PersonData
from eventplanner.domain.text import name_key

Index = QModelIndex | QPersistentModelIndex
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, POSITION, ORGANIZATION, PRECEDENCE = range(4)


def tr(text: str) -> str:
    return QCoreApplication.translate("PeopleModel", text)


class PeopleModel(QAbstractTableModel):
    HEADERS = ("Name", "Position", "Organization", "Precedence")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.people: list[PersonData] = []

    def set_people(self, people: Sequence[PersonData]) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.endResetModel()

    def person_at(self, row: int) -> PersonData | None:
        return self.people[row] if 0 <= row < len(self.people) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.person_at(index.row())
        if person is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return person.display_name
            if col == POSITION:
                return person.title_line()
            if col == ORGANIZATION:
                return person.organization_name
            if col == PRECEDENCE:
                return person.precedence
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if col == NAME:
                return name_key(f"{person.family_name} {person.given_name}")
            if col == PRECEDENCE:
                return person.precedence
            return (self.data(index) or "").casefold()
        if role == PERSON_ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.ToolTipRole and col == NAME and person.email:
            return person.email
        if role == Qt.ItemDataRole.TextAlignmentRole and col == PRECEDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PeopleFilter(QSortFilterProxyModel):
    """Keeps people whose name, position or organization contain every word typed (accents ignored)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = [name_key(w) for w in text.split() if name_key(w)]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.words:
            return True
        model = self.sourceModel()
        assert isinstance(model, PeopleModel)
        person = model.person_at(source_row)
        if person is None:
            return False
        hay = name_key(" ".join((person.display_name, person.position, person.rank, person.organization_name)))
        return all(w in hay for w in self.words)
