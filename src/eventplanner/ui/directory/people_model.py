"""The speaker directory as a table that filters itself on every word of a live search.

The model normalizes each person's search text once per load (accents and case folded). A keystroke picks the
matching people in one Python pass and shows them as one layout change, so selection and the current row
follow their people; Qt then asks only for the visible cells. The proxy the view uses is an identity proxy
(no per-row Python call): a QSortFilterProxyModel calling `filterAcceptsRow`, or reading a hidden search
column, for each of thousands of people per keystroke was the slow part. Sorting is done by the model too,
once per header click.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
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
        self.all_people: list[PersonData] = []
        """The whole directory, in the current sort order."""
        self.haystacks: list[str] = []
        """Per `all_people` row: name, position, rank and organization, normalized by `name_key`."""
        self.people: list[PersonData] = []
        """The rows shown: `all_people` that contain every word of `words`."""
        self.words: list[str] = []
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_people(self, people: Sequence[PersonData]) -> None:
        """Load the directory; the sort order and the filter stay."""
        self.beginResetModel()
        self.all_people = list(people)
        self.haystacks = []
        if self._order is not None:
            self._apply_order(*self._order)
        self.haystacks = [haystack(p) for p in self.all_people]
        self.people = self._matching()
        self.endResetModel()

    def update_people(self, fresh: Mapping[int, PersonData]) -> list[int]:
        """New values for some people in place; only their rows repaint, unless the sort order or the filter
        moves them (then one layout change, selection following its people). Returns the rows repainted."""
        if not fresh:
            return []
        moved = False
        for i, person in enumerate(self.all_people):
            new = fresh.get(person.id)
            if new is None:
                continue
            if self._order is not None and _sort_key(new, self._order[0]) != _sort_key(person, self._order[0]):
                moved = True
            self.all_people[i] = new
            if i < len(self.haystacks):
                self.haystacks[i] = haystack(new)
        if moved and self._order is not None:
            self._apply_order(*self._order)
            self._show(self._matching())
            return []
        matching = self._matching()
        if [p.id for p in matching] != [p.id for p in self.people]:
            self._show(matching)
            return []
        self.people = matching
        rows = [row for row, p in enumerate(self.people) if p.id in fresh]
        last = len(self.HEADERS) - 1
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return rows

    def set_filter(self, words: Sequence[str]) -> None:
        """Show only the people whose search text contains every word (already normalized by `name_key`)."""
        words = list(words)
        if words != self.words:
            self.words = words
            self._show(self._matching())

    def total(self) -> int:
        return len(self.all_people)

    def _matching(self) -> list[PersonData]:
        words = self.words
        if not words:
            return self.all_people
        if len(words) == 1:
            word = words[0]
            return [p for p, hay in zip(self.all_people, self.haystacks, strict=True) if word in hay]
        return [p for p, hay in zip(self.all_people, self.haystacks, strict=True) if all(w in hay for w in words)]

    def _show(self, rows: list[PersonData]) -> None:
        """Replace the shown rows in one layout change; persistent indexes (selection, current) follow people."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old, self.people = self.people, rows
        if before:
            row_of = {p.id: row for row, p in enumerate(rows)}
            after = []
            for index in before:
                row = row_of.get(old[index.row()].id) if 0 <= index.row() < len(old) else None
                after.append(self.index(row, index.column()) if row is not None else QModelIndex())
            self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (once per header click), so a filter never has to sort again."""
        if not 0 <= column < len(self.HEADERS):
            return
        self._apply_order(column, order)
        self._show(self._matching())

    def _apply_order(self, column: int, order: Qt.SortOrder) -> None:
        self._order = (column, order)
        keys = [_sort_key(p, column) for p in self.all_people]
        rows = sorted(range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self.all_people = [self.all_people[r] for r in rows]
        if len(self.haystacks) == len(rows):
            self.haystacks = [self.haystacks[r] for r in rows]

    def sort_key(self, row: int, col: int) -> Any:
        return _sort_key(self.people[row], col)

    def person_at(self, row: int) -> PersonData | None:
        return self.people[row] if 0 <= row < len(self.people) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:  # a person's name ("Имя"), not an organization's ("Название")
                return QCoreApplication.translate("PeopleModel", "Name", "a person's name")
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


class PeopleFilter(QIdentityProxyModel):
    """What the table shows: the model's rows as they are. Typing and sorting are passed to the `PeopleModel`,
    which keeps people whose name, position or organization contain every word typed (accents ignored)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.words = search_words(text)
        model = self.sourceModel()
        if isinstance(model, PeopleModel):
            model.set_filter(self.words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts its rows; the proxy keeps their order."""
        model = self.sourceModel()
        if isinstance(model, PeopleModel):
            model.sort(column, order)


def search_words(text: str) -> list[str]:
    """The typed words, normalized like the search texts (case and accents folded)."""
    return [key for key in (name_key(w) for w in text.split()) if key]


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
