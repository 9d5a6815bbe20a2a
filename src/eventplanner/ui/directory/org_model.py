"""Organizations as a table (logo, name, acronym, kind, country), and one event's roles in order."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from eventplanner.domain.data import EventOrganizationData, OrganizationData
from eventplanner.domain.enums import EVENT_ROLE_LABELS, ORGANIZATION_KIND_LABELS, EventRole
from eventplanner.services.organizations import directory_order

Index = QModelIndex | QPersistentModelIndex
NAME, ACRONYM, KIND, COUNTRY = range(4)


def tr(text: str) -> str:
    return QCoreApplication.translate("OrgModel", text)


class OrgModel(QAbstractTableModel):
    HEADERS = ("Name", "Acronym", "Kind", "Country")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.orgs: list[OrganizationData] = []
        self.logos: dict[int, QIcon] = {}

    def set_organizations(self, orgs: Sequence[OrganizationData], logos: dict[int, QIcon] | None = None) -> None:
        """The whole directory, in `directory_order` (as services.organizations lists it)."""
        self.beginResetModel()
        self.orgs = list(orgs)
        self.logos = logos or {}
        self.endResetModel()

    def update_organizations(self, fresh: Sequence[OrganizationData], gone: Collection[int] = (),
                             logos: Mapping[int, QIcon | None] | None = None) -> list[int]:
        """Some organizations as they are now, without a reset: `gone` rows are removed, new ones inserted in
        their place, edited ones repaint (moved first when a new name changes their place). Selection and
        current row follow their organizations. Returns the rows repainted in place."""
        logos = logos or {}
        root = QModelIndex()
        for org_id in gone:
            row = self.row_of(org_id)
            if row is not None:
                self.beginRemoveRows(root, row, row)
                del self.orgs[row]
                self.logos.pop(org_id, None)
                self.endRemoveRows()
        repainted: list[int] = []
        last = len(self.HEADERS) - 1
        for org in fresh:
            icon = logos.get(org.id)
            if icon is not None:
                self.logos[org.id] = icon
            else:
                self.logos.pop(org.id, None)
            row = self.row_of(org.id)
            if row is None:
                target = bisect_left(self.orgs, directory_order(org), key=directory_order)
                self.beginInsertRows(root, target, target)
                self.orgs.insert(target, org)
                self.endInsertRows()
                continue
            del self.orgs[row]
            target = bisect_left(self.orgs, directory_order(org), key=directory_order)
            self.orgs.insert(row, org)
            if target != row:  # Qt's destination counts the moved row itself when moving down
                self.beginMoveRows(root, row, row, root, target if target < row else target + 1)
                self.orgs.insert(target, self.orgs.pop(row))
                self.endMoveRows()
            self.dataChanged.emit(self.index(target, 0), self.index(target, last))
            repainted.append(target)
        return repainted

    def row_of(self, org_id: int) -> int | None:
        return next((row for row, org in enumerate(self.orgs) if org.id == org_id), None)

    def org_at(self, row: int) -> OrganizationData | None:
        return self.orgs[row] if 0 <= row < len(self.orgs) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.orgs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        org = self.org_at(index.row())
        if org is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                NAME: org.name,
                ACRONYM: org.acronym,
                KIND: tr(ORGANIZATION_KIND_LABELS[org.kind]),
                COUNTRY: org.country,
            }.get(col)
        if role == Qt.ItemDataRole.DecorationRole and col == NAME:
            return self.logos.get(org.id)
        if role == Qt.ItemDataRole.ToolTipRole and col == NAME and org.website:
            return org.website
        return None


ROW_MIME = "application/x-eventplanner-event-role-row"


class EventRoleModel(QAbstractTableModel):
    """The organizations of one event with their role, in the order the programme header prints them.

    The role cell is editable and rows can be dragged; the model changes nothing itself but asks, through
    `role_edited(row, role)` and `row_moved(row, new_row)`, for an undoable change that reloads it.
    """

    HEADERS = ("Role", "Organization")
    role_edited = Signal(int, object)
    row_moved = Signal(int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.roles: list[EventOrganizationData] = []

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 0 or not 0 <= index.row() < len(self.roles):
            return False
        new = EventRole(value)
        if new != self.roles[index.row()].role:
            self.role_edited.emit(index.row(), new)
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ROW_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Dropped above `row` (or on the row `parent`): ask for the move; False, so the view removes nothing."""
        if not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode() or -1)
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.roles))
        if source > -1 and target > source:
            target -= 1  # the rows after the dragged one move up once it leaves its place
        if 0 <= source < len(self.roles) and source != target:
            self.row_moved.emit(source, max(0, min(target, len(self.roles) - 1)))
        return False

    def set_roles(self, roles: Sequence[EventOrganizationData]) -> None:
        self.beginResetModel()
        self.roles = list(roles)
        self.endResetModel()

    def update_organizations(self, fresh: Mapping[int, OrganizationData]) -> list[int]:
        """Edited organizations: the rows naming them repaint (their roles and order stay). Returns those rows."""
        rows = [row for row, item in enumerate(self.roles) if item.organization.id in fresh]
        for row in rows:
            self.roles[row] = replace(self.roles[row], organization=fresh[self.roles[row].organization.id])
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.roles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self.roles):
            return None
        item = self.roles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(EVENT_ROLE_LABELS[item.role]) if index.column() == 0 else item.organization.label
        if role == Qt.ItemDataRole.EditRole and index.column() == 0:
            return item.role
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Double-click the role to change it; drag a row to reorder")
        return None
