"""Organizations (with logos, kind, country) and, for the selected event, their roles in programme order."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.change import Change, EntityKind
from eventplanner.domain.data import EventData, EventOrganizationData, OrganizationData
from eventplanner.domain.enums import EVENT_ROLE_LABELS, EventRole
from eventplanner.services import organizations
from eventplanner.ui.common.combo import TypeAheadCombo
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.directory.actions import (
    CreateOrganization,
    CreateOrganizationInEvent,
    DeleteOrganization,
    EditOrganization,
    SetEventOrganizations,
)
from eventplanner.ui.directory.image_picker import pixmap_from
from eventplanner.ui.directory.org_dialog import OrgDialog
from eventplanner.ui.directory.org_model import NAME, EventRoleModel, OrgModel

MANY = 200
"""More organizations touched at once (an import) are read again with the whole directory."""


class RoleDelegate(QStyledItemDelegate):
    """The role cell edited with a list of the roles."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                     ) -> QWidget:
        editor = QComboBox(parent)
        for role, label in EVENT_ROLE_LABELS.items():
            editor.addItem(QCoreApplication.translate("OrgModel", label), role)
        editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _table(model: object) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    return table


class OrgView(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current_event: EventData | None = None
        self.model = OrgModel(self)
        self.table = _table(self.model)
        self.table.setIconSize(QSize(40, 28))
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_org())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&New organization…"), self.add_org), (self.tr("&Edit…"), self.edit_org),
                           (self.tr("&Delete…"), self.delete_selected)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        directory = QGroupBox(self.tr("All organizations"))
        left = QVBoxLayout(directory)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)

        self.role_model = EventRoleModel(self)
        self.role_model.role_edited.connect(self.change_role)
        self.role_model.row_moved.connect(self.move_role_to)
        self.roles = _table(self.role_model)
        self.roles.setItemDelegateForColumn(0, RoleDelegate(self.roles))
        self.roles.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.roles.setDragEnabled(True)
        self.roles.setAcceptDrops(True)
        self.roles.setDropIndicatorShown(True)
        self.roles.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.roles.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.roles.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.role_choice = TypeAheadCombo()
        for role, label in EVENT_ROLE_LABELS.items():
            self.role_choice.addItem(self.tr(label), role)
        self.role_choice.setCurrentIndex(self.role_choice.findData(EventRole.PARTNER))
        add = QPushButton(self.tr("◀ Add selected as"))
        add.setToolTip(self.tr("Give the organization selected on the left a role in this event"))
        add.clicked.connect(self.add_role)
        add_row = QHBoxLayout()
        add_row.addWidget(add)
        add_row.addWidget(self.role_choice, 1)
        role_buttons = QHBoxLayout()
        for text, slot in ((self.tr("Up"), lambda: self.move_role(-1)), (self.tr("Down"), lambda: self.move_role(1)),
                           (self.tr("Remove"), self.remove_role)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            role_buttons.addWidget(button)
        self.roles_box = QGroupBox(self.tr("In this event"))
        right = QVBoxLayout(self.roles_box)
        hint = QLabel(self.tr("The programme's header lists them by role, then in this order. Double-click a "
                              "role to change it; drag a row to reorder."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        right.addWidget(hint)
        right.addWidget(self.roles, 1)
        right.addLayout(role_buttons)
        right.addLayout(add_row)

        self.splitter = QSplitter()
        self.splitter.setObjectName("orgSplitter")
        self.splitter.addWidget(directory)
        self.splitter.addWidget(self.roles_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    def set_event(self, event: EventData | None) -> None:
        self.current_event = event
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Everything again (shown anew, another event, a colleague's change): one query with the logos."""
        orgs = self.ops.call(organizations.list_organizations, self.ops.db, with_logos=True)
        if orgs is None:  # could not read: the table keeps what it showed
            return
        logos = {org.id: icon for org in orgs if (icon := _logo(org)) is not None}
        selected = self.selected_org()
        self.model.set_organizations(orgs, logos)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        if selected is not None:
            rows = [i for i, o in enumerate(orgs) if o.id == selected.id]
            if rows:
                self.table.selectRow(rows[0])
        self._reload_roles()

    def apply_change(self, change: Change) -> None:
        """Only what the change touched: its organizations' rows are re-read, inserted or removed in place
        (selection and scroll stay); the event's roles are re-read when the change touched them. A change
        to anything else costs nothing."""
        touched = change.ids(EntityKind.ORGANIZATION)
        if len(touched) > MANY:
            self.reload()
            return
        if touched:
            deleted = change.deleted_ids(EntityKind.ORGANIZATION)
            found = self.ops.call(organizations.organizations_by_ids, self.ops.db, touched - deleted,
                                  with_logos=True)
            if found is None:  # could not read: the rows keep what they showed
                return
            gone = touched - {o.id for o in found}  # deleted by the change, or by someone else meanwhile
            selected = self.selected_org()
            row = self.model.row_of(selected.id) if selected is not None else None
            self.model.update_organizations(found, gone, {o.id: _logo(o) for o in found})
            self.role_model.update_organizations({o.id: o for o in found})
            if selected is not None and selected.id in {o.id for o in found} and row is not None \
                    and self.model.row_of(selected.id) not in (row, None):
                self.select_org(selected.id)  # renamed to another place: the view follows it there
        event = self.current_event
        if event is None:
            return
        if change.of_event(EntityKind.EVENT_ORGANIZATION, event.id):
            self._reload_roles()
        elif event.id in change.ids(EntityKind.EVENT):  # its title (the window hands over the event as it is now)
            self._title_roles()

    def _title_roles(self) -> None:
        if self.current_event is not None:
            self.roles_box.setTitle(self.tr("In “{0}”").format(self.current_event.running_title))

    def _reload_roles(self) -> None:
        roles: list[EventOrganizationData] = []
        self._title_roles()
        if self.current_event is not None:
            found = self.ops.call(organizations.event_organizations, self.ops.db, self.current_event.id)
            if found is None:
                return
            roles = found
        row = self.roles.currentIndex().row()
        self.role_model.set_roles(roles)
        self.roles.resizeColumnToContents(0)
        if 0 <= row < len(roles):
            self.roles.selectRow(row)

    def selected_org(self) -> OrganizationData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.org_at(rows[0].row()) if rows else None

    def add_org(self) -> None:
        """A new organization; made while an event is shown, it joins that event (in one undo step)."""
        event = self.current_event
        dialog = OrgDialog(self, event_title=event.running_title if event else "",
                           role=EventRole(self.role_choice.currentData()))
        if not dialog.exec():
            return
        role = dialog.joins_event_as() if event is not None else None
        action: CreateOrganization | CreateOrganizationInEvent
        if event is None or role is None:
            action = CreateOrganization(self.ops, dialog.values())
        else:
            text = self.tr("Add “{0}” as {1}").format(dialog.values()["name"],
                                                     self.tr(EVENT_ROLE_LABELS[role]).lower())
            action = CreateOrganizationInEvent(self.ops, dialog.values(), event.id, self._current_roles(), role, text)
        if self.ops.run(action) and action.org_id is not None:
            self.select_org(action.org_id)

    def select_org(self, org_id: int) -> None:
        """Select an organization's row and bring it into view (the new one, after an add)."""
        row = self.model.row_of(org_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, NAME))

    def edit_org(self) -> None:
        org = self.selected_org()
        if org is None:
            return
        full = self.ops.call(organizations.get_organization, self.ops.db, org.id)
        if full is None:
            return
        dialog = OrgDialog(self, full)
        if dialog.exec() and dialog.changes():
            self.ops.run(EditOrganization(self.ops, full, dialog.changes()))

    def delete_selected(self) -> None:
        org = self.selected_org()
        if org is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete organization"), self.tr("Delete “{0}”?").format(org.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Its people stay in the directory without an organization, and it leaves "
                                       "every event it has a role in. You can undo this with Ctrl+Z."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.ops.run(DeleteOrganization(self.ops, org))

    # Roles ----------------------------------------------------------------------------------------------------

    def _current_roles(self) -> list[tuple[int, EventRole]]:
        return [(r.organization.id, r.role) for r in self.role_model.roles]

    def _set_roles(self, new: list[tuple[int, EventRole]], text: str) -> bool:
        if self.current_event is None:
            return False
        old = self._current_roles()
        return self.ops.run(SetEventOrganizations(self.ops, self.current_event.id, old, new, text))

    def add_role(self) -> None:
        org = self.selected_org()
        if org is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select an organization on the left first."))
            return
        role = EventRole(self.role_choice.currentData())
        self._set_roles([*self._current_roles(), (org.id, role)],
                        self.tr("Add “{0}” as {1}").format(org.name, self.tr(EVENT_ROLE_LABELS[role]).lower()))

    def remove_role(self) -> None:
        row = self.roles.currentIndex().row()
        roles = self._current_roles()
        if 0 <= row < len(roles):
            name = self.role_model.roles[row].organization.name
            self._set_roles(roles[:row] + roles[row + 1:], self.tr("Remove “{0}” from the event").format(name))

    def change_role(self, row: int, role: EventRole) -> None:
        """The role edited in place (Partner -> Co-organizer), one undo step."""
        roles = self._current_roles()
        if 0 <= row < len(roles):
            name = self.role_model.roles[row].organization.name
            roles[row] = (roles[row][0], role)
            self._set_roles(roles, self.tr("Make “{0}” {1}").format(name, self.tr(EVENT_ROLE_LABELS[role]).lower()))

    def move_role_to(self, row: int, target: int) -> None:
        """A row dragged to a new place."""
        roles = self._current_roles()
        if 0 <= row < len(roles) and 0 <= target < len(roles) and row != target:
            roles.insert(target, roles.pop(row))
            if self._set_roles(roles, self.tr("Reorder the event's organizations")):
                self.roles.selectRow(target)

    def move_role(self, delta: int) -> None:
        row = self.roles.currentIndex().row()
        roles = self._current_roles()
        target = row + delta
        if 0 <= row < len(roles) and 0 <= target < len(roles):
            roles[row], roles[target] = roles[target], roles[row]
            if self._set_roles(roles, self.tr("Reorder the event's organizations")):
                self.roles.selectRow(target)


def _logo(org: OrganizationData) -> QIcon | None:
    """The logo as a table icon (None without one, or when it cannot be read as a picture)."""
    pix = pixmap_from(org.logo, 64) if org.has_logo else None
    return QIcon(pix) if pix is not None else None
