"""Delegations from the guest list: a manager (new, edit, delete; Insert, Enter/F2, Delete keys) and the dialog
that edits one delegation (name, organization or country, members, head). Every change is one undo step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.data import OrganizationData
from eventplanner.domain.guests import DelegationData, GuestData, GuestList
from eventplanner.services import guests, organizations
from eventplanner.services.delegations import DelegationInput
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.guests.actions import DeleteDelegation, SaveDelegation

ID_ROLE = Qt.ItemDataRole.UserRole + 3


class DelegationDialog(QDialog):
    """One delegation: its name, the organization or country it speaks for, who belongs to it and who heads it."""

    def __init__(self, guest_list: Sequence[GuestData], directory: Sequence[OrganizationData],
                 delegation: DelegationData | None = None, members: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the delegation") if delegation else self.tr("New delegation"))
        self.name = QLineEdit(delegation.name if delegation else "")
        self.name.setObjectName("delegationName")
        self.organization = QComboBox()
        self.organization.addItem(self.tr("(none)"), None)
        for org in directory:
            self.organization.addItem(org.name, org.id)
        if delegation is not None:
            self.organization.setCurrentIndex(max(0, self.organization.findData(delegation.organization_id)))
        self.organization.currentIndexChanged.connect(self._organization_chosen)
        self.country = QLineEdit(delegation.country if delegation else "")
        self.filter = QLineEdit(placeholderText=self.tr("Search guests…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.members = QListWidget()
        self.members.setObjectName("delegationMembers")
        chosen = set(members)
        for guest in guest_list:
            text = guest.name
            if guest.delegation_id is not None and (delegation is None or guest.delegation_id != delegation.id):
                text += " — " + guest.delegation_name
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, guest.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if guest.id in chosen else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.head = QComboBox()
        self.head.setObjectName("delegationHead")
        self._names = {g.id: g.name for g in guest_list}
        self._fill_heads(delegation.head_guest_id if delegation else None)
        self.members.itemChanged.connect(lambda _i: self._fill_heads(self.head.currentData()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Organization"), self.organization)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Members"), self.filter)
        form.addRow("", self.members)
        form.addRow(self.tr("&Head"), self.head)
        form.addRow(QLabel(self.tr("Space ticks a member; the head is one of the members.")))
        form.addRow(buttons)
        self.resize(480, 560)

    def _organization_chosen(self) -> None:
        if not self.name.text().strip() and self.organization.currentData() is not None:
            self.name.setText(self.organization.currentText())

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.members.count()):
            item = self.members.item(i)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def member_ids(self) -> list[int]:
        return [int(self.members.item(i).data(ID_ROLE)) for i in range(self.members.count())
                if self.members.item(i).checkState() == Qt.CheckState.Checked]

    def _fill_heads(self, keep: int | None) -> None:
        self.head.blockSignals(True)
        self.head.clear()
        self.head.addItem(self.tr("(none)"), None)
        for gid in self.member_ids():
            self.head.addItem(self._names[gid], gid)
        self.head.setCurrentIndex(max(0, self.head.findData(keep)))
        self.head.blockSignals(False)

    def values(self) -> DelegationInput:
        return DelegationInput(self.name.text(), self.organization.currentData(), self.country.text(),
                               self.head.currentData(), tuple(self.member_ids()))


class DelegationsDialog(QDialog):
    """The event's delegations: Insert adds one (with the guests selected in the list), Enter or F2 edits,
    Delete deletes (its guests stay on the list)."""

    def __init__(self, ops: Operations, event_id: int, selected_guests: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.event_id, self.selected_guests = ops, event_id, list(selected_guests)
        self.data: GuestList | None = None
        self.setWindowTitle(self.tr("Delegations"))
        self.list = QListWidget()
        self.list.setObjectName("delegationList")
        self.list.installEventFilter(self)
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_current())
        add = QPushButton(self.tr("&New…"))
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self.edit_current)
        delete = QPushButton(self.tr("&Delete"))
        delete.clicked.connect(self.delete_current)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for b in (add, edit, delete):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("Keys: Insert adds (with the guests selected in the list) · Enter or F2 "
                                        "edits · Delete deletes")))
        layout.addLayout(row)
        self.list.setWordWrap(True)
        self.resize(640, 440)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_id()
        data = self.ops.call(guests.guest_list, self.ops.db, self.event_id)
        if data is None:
            return
        self.data = data
        names = {g.id: g.name for g in data.guests}
        count = {d.id: sum(1 for g in data.guests if g.delegation_id == d.id) for d in data.delegations}
        self.list.clear()
        for d in data.delegations:
            head = names.get(d.head_guest_id) if d.head_guest_id is not None else None
            text = self.tr("{0} — {1} member(s)").format(d.name, count[d.id])
            item = QListWidgetItem(text + (self.tr(", head: {0}").format(head) if head else ""))
            item.setData(ID_ROLE, d.id)
            self.list.addItem(item)
            if d.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def current(self) -> DelegationData | None:
        wanted = self.current_id()
        return next((d for d in self.data.delegations if d.id == wanted), None) if self.data else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keys = (Qt.Key.Key_Insert, Qt.Key.Key_Delete, Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride \
                and event.key() in keys:
            event.accept()  # the window's own Delete shortcut must not take the key from this list
            return True
        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Insert:
                self.add()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_current()
                return True
            if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
        return super().eventFilter(watched, event)

    def _directory(self) -> list[OrganizationData]:
        return self.ops.call(organizations.list_organizations, self.ops.db) or []

    def add(self) -> None:
        if self.data is None:
            return
        dialog = DelegationDialog(self.data.guests, self._directory(), None, self.selected_guests, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        action = SaveDelegation(self.ops, self.event_id, None, dialog.values())
        if self.ops.run(action):
            self.reload(action.result)

    def edit_current(self) -> None:
        delegation = self.current()
        if delegation is None or self.data is None:
            return
        members = [g.id for g in self.data.guests if g.delegation_id == delegation.id]
        dialog = DelegationDialog(self.data.guests, self._directory(), delegation, members, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.ops.run(SaveDelegation(self.ops, self.event_id, delegation, dialog.values())):
            self.reload(delegation.id)

    def delete_current(self) -> None:
        delegation = self.current()
        if delegation is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the delegation"),
            self.tr("Delete the delegation “{0}”? Its guests stay on the list.").format(delegation.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.ops.run(DeleteDelegation(self.ops, delegation)):
            self.reload()

