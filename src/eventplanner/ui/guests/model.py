"""The guest list as a table model: one row per guest, filtered by words, category and answer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from eventplanner.domain.guests import GuestCategory, GuestData, RsvpStatus, in_protocol_order
from eventplanner.domain.text import name_key
from eventplanner.ui.guests.labels import CATEGORY, RSVP, SEX, label

Index = QModelIndex | QPersistentModelIndex
GUEST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, GROUP, CATEGORY_COL, ANSWER, REPRESENTATIVE, SEX_COL, NEEDS = range(7)
_COLOURS = {RsvpStatus.ACCEPTED: "#2e7d32", RsvpStatus.DECLINED: "#a4262c", RsvpStatus.REPRESENTATIVE: "#8a5a00",
            RsvpStatus.INVITED: "#555555"}


def tr(text: str) -> str:
    return QCoreApplication.translate("GuestModel", text)


class GuestModel(QAbstractTableModel):
    """Guests in protocol order; `set_filter` narrows the rows shown without reloading."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all_guests: list[GuestData] = []
        self.guests: list[GuestData] = []
        self._haystacks: dict[int, str] = {}
        self.words: list[str] = []
        self.category: GuestCategory | None = None
        self.status: RsvpStatus | None = None

    def headers(self) -> tuple[str, ...]:
        return (tr("Name"), tr("Delegation / organization"), tr("Category"), tr("Answer"), tr("Representative"),
                tr("Sex"), tr("Dietary and access needs"))

    def set_guests(self, guests: Sequence[GuestData]) -> None:
        self.beginResetModel()
        self.all_guests = in_protocol_order(guests)
        self._haystacks = {g.id: name_key(" ".join((g.name, g.group, g.person.position, g.dietary, g.access,
                                                    g.representative.display_name if g.representative else "")))
                           for g in self.all_guests}
        self.guests = self._matching()
        self.endResetModel()

    def set_filter(self, text: str = "", category: GuestCategory | None = None,
                   status: RsvpStatus | None = None) -> None:
        self.beginResetModel()
        self.words, self.category, self.status = name_key(text).split(), category, status
        self.guests = self._matching()
        self.endResetModel()

    def _matching(self) -> list[GuestData]:
        return [g for g in self.all_guests
                if (self.category is None or g.category is self.category)
                and (self.status is None or g.rsvp is self.status)
                and all(w in self._haystacks[g.id] for w in self.words)]

    def guest(self, row: int) -> GuestData:
        return self.guests[row]

    def row_of(self, guest_id: int) -> int | None:
        return next((i for i, g in enumerate(self.guests) if g.id == guest_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.guests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        g = self.guests[index.row()]
        col = index.column()
        if role == GUEST_ID_ROLE:
            return g.id
        if role == Qt.ItemDataRole.ForegroundRole and col == ANSWER:
            return QBrush(QColor(_COLOURS[g.rsvp]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (g.name, g.person.position, g.group, g.notes[:300]) if x)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == NAME:
            return g.name + ("  ★" if g.is_head else "")
        if col == GROUP:
            return g.group
        if col == CATEGORY_COL:
            return label(CATEGORY[g.category])
        if col == ANSWER:
            return label(RSVP[g.rsvp])
        if col == REPRESENTATIVE:
            return g.representative.display_name if g.representative else ""
        if col == SEX_COL:
            return label(SEX[g.sex]) if g.sex.value else ""
        return " · ".join(x for x in (g.dietary, g.access) if x)[:200]
