"""Organizations as a table (logo, name, acronym, kind, country), and one event's roles in order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from eventplanner.domain.data import EventOrganizationData, OrganizationData
from eventplanner.domain.enums import EVENT_ROLE_LABELS, ORGANIZATION_KIND_LABELS

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
        self.beginResetModel()
        self.orgs = list(orgs)
        self.logos = logos or {}
        self.endResetModel()

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


class EventRoleModel(QAbstractTableModel):
    """The organizations of one event with their role, in the order the programme header prints them."""

    HEADERS = ("Role", "Organization")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.roles: list[EventOrganizationData] = []

    def set_roles(self, roles: Sequence[EventOrganizationData]) -> None:
        self.beginResetModel()
        self.roles = list(roles)
        self.endResetModel()

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
        return None
