"""The speaker directory as a table, with a proxy that filters on every word of a live search.

Filtering and sorting ask for a row's search text and sort key thousands of times per keystroke; the model
normalizes them once per load (accents and case folded) and the proxy only compares plain strings.
"""

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
        self.haystacks: list[str] = []
        """Per row: name, position, rank and organization, normalized by `name_key` (what the filter searches)."""
        self._sort_keys: dict[int, list[Any]] = {}
        self._order: tuple[int, Qt.SortOrder] | None = None
        self.generation = 0
        """Counts reloads and re-sorts: row-indexed caches elsewhere know when they are stale."""

    def set_people(self, people: Sequence[PersonData]) -> None:
        self.beginResetModel()
        self.people = list(people)
        self._sort_keys = {}
        if self._order is not None:
            self._apply_order(*self._order)
        self.haystacks = [haystack(p) for p in self.people]
        self.generation += 1
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (once per header click), so a filter never has to sort again."""
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [p.id for p in self.people]
        self._apply_order(column, order)
        self.haystacks = [haystack(p) for p in self.people]
        self.generation += 1
        row_of = {p.id: row for row, p in enumerate(self.people)}
        self.changePersistentIndexList(before, [self.index(row_of[ids[i.row()]], i.column()) for i in before])
        self.layoutChanged.emit()

    def _apply_order(self, column: int, order: Qt.SortOrder) -> None:
        self._order = (column, order)
        keys = [_sort_key(p, column) for p in self.people]
        rows = sorted(range(len(self.people)), key=lambda r: keys[r],
                      reverse=order == Qt.SortOrder.DescendingOrder)
        self.people = [self.people[r] for r in rows]
        self._sort_keys = {}

    def sort_key(self, row: int, col: int) -> Any:
        keys = self._sort_keys.get(col)
        if keys is None:
            keys = self._sort_keys[col] = [_sort_key(p, col) for p in self.people]
        return keys[row]

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
        row = index.row()
        if not 0 <= row < len(self.people):
            return None
        person = self.people[row]
        col = index.column()
        if role == _DISPLAY:
            if col == NAME:
                return person.display_name
            if col == POSITION:
                return person.title_line()
            if col == ORGANIZATION:
                return person.organization_name
            return person.precedence if col == PRECEDENCE else None
        if role == _ALIGNMENT:
            return _RIGHT if col == PRECEDENCE else None
        if role == _SORT:
            return self.sort_key(row, col)
        if role == PERSON_ID_ROLE:
            return person.id
        if role == _TOOLTIP and col == NAME and person.email:
            return person.email
        return None


_DISPLAY, _SORT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.UserRole)
_TOOLTIP, _ALIGNMENT = int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PeopleFilter(QSortFilterProxyModel):
    """Keeps people whose name, position or organization contain every word typed (accents ignored)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self._accepted: list[bool] | None = None
        self._generation = -1
        self._source: PeopleModel | None = None
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = [name_key(w) for w in text.split() if name_key(w)]
        self._accepted = self._match()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _match(self) -> list[bool] | None:
        """Which source rows show, decided in one pass (None: all); filterAcceptsRow then only looks it up."""
        model = self.sourceModel()
        if not self.words or not isinstance(model, PeopleModel):
            return None
        self._source, self._generation = model, model.generation
        if len(self.words) == 1:
            word = self.words[0]
            return [word in hay for hay in model.haystacks]
        words = self.words
        return [all(w in hay for w in words) for hay in model.haystacks]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Asked once per person at every keystroke: a lookup in the list `_match` made.
        accepted = self._accepted
        if accepted is None:
            return True
        if self._source is not None and self._source.generation != self._generation:
            accepted = self._accepted = self._match()  # the rows were reloaded or re-sorted since
            if accepted is None:
                return True
        return source_row < len(accepted) and accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts its rows; the proxy keeps their order and only filters."""
        model = self.sourceModel()
        if isinstance(model, PeopleModel):
            model.sort(column, order)
        else:
            super().sort(column, order)


def haystack(person: PersonData) -> str:
    return name_key(" ".join((person.display_name, person.position, person.rank, person.organization_name)))


def _sort_key(person: PersonData, col: int) -> Any:
    if col == NAME:
        return name_key(f"{person.family_name} {person.given_name}")
    if col == PRECEDENCE:
        return person.precedence
    if col == POSITION:
        return person.title_line().casefold()
    return person.organization_name.casefold()
