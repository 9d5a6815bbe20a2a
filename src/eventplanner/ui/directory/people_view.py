"""The speaker directory: live filter, sortable columns, add, edit, delete, merge, and a detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.change import Change, EntityKind
from eventplanner.domain.data import OrganizationData, PersonData
from eventplanner.domain.enums import SLOT_KIND_LABELS
from eventplanner.services import organizations, people
from eventplanner.ui.common.dates import day_and_time
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.directory.actions import CreatePerson, DeletePeople, EditPerson
from eventplanner.ui.directory.people_model import NAME, ORGANIZATION, POSITION, PeopleFilter, PeopleModel
from eventplanner.ui.directory.person_dialog import PersonDialog, pixmap_from


class PeopleView(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.filter = QLineEdit()
        self.filter.setObjectName("speakerFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name, position or organization (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self._filter_changed)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(NAME, 230)
        self.table.setColumnWidth(ORGANIZATION, 220)
        self.table.doubleClicked.connect(lambda _i: self.edit_person())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.count = QLabel()
        self.count.setEnabled(False)

        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&New speaker…"), self.add_person),
            (self.tr("&Edit…"), self.edit_person),
            (self.tr("&Delete…"), self.delete_selected),
            (self.tr("&Merge duplicates…"), self.merge_duplicates),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()  # the count sits beside the filter, so the page fits an 800-px screen
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.photo = QLabel()
        self.photo.setFixedSize(128, 128)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        right.setMinimumWidth(180)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addWidget(self.photo)
        right_layout.addWidget(self.detail, 1)

        self.splitter = QSplitter()
        self.splitter.setObjectName("peopleSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._show_detail()

    def reload(self) -> None:
        keep = [p.id for p in self.selected_people()]
        found = self.ops.call(people.list_people, self.ops.db)
        if found is None:  # could not read: the table keeps what it showed
            return
        self.model.set_people(found)
        self._update_count()
        sel = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            person = self.model.person_at(self.proxy.mapToSource(index).row())
            if person is not None and person.id in keep:
                sel.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        self._show_detail()

    def apply_change(self, change: Change) -> None:
        """Reload only the people the change touched (or whose organization it touched); a new or deleted
        person reloads the directory. Selection and scroll stay."""
        persons = change.ids(EntityKind.PERSON)
        if change.inserted_ids(EntityKind.PERSON) or change.deleted_ids(EntityKind.PERSON):
            self.reload()
            return
        orgs = change.ids(EntityKind.ORGANIZATION)
        if orgs:
            persons |= {p.id for p in self.model.all_people if p.organization_id in orgs}
        if persons:
            found = self.ops.call(people.people_by_ids, self.ops.db, persons)
            if found is None:  # could not read: the rows keep what they showed
                return
            self.model.update_people({p.id: p for p in found})
        self._show_detail()  # the selected person's details and appearances

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.total()
        self.count.setText(self.tr("{0} of {1} people").format(shown, total) if shown != total
                           else self.tr("{0} people").format(total))

    def selected_people(self) -> list[PersonData]:
        rows = [self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()]
        return [p for p in (self.model.person_at(r) for r in sorted(rows)) if p is not None]

    def _show_detail(self) -> None:
        selected = self.selected_people()
        if len(selected) != 1:
            self.photo.clear()
            self.detail.setText(self.tr("<p style='color:gray'>Select a speaker to see their details and the "
                                        "slots they appear in.</p>"))
            return
        person = self.ops.call(people.get_person, self.ops.db, selected[0].id)
        if person is None:
            return
        pix = pixmap_from(person.photo, 128)
        if pix is None:
            self.photo.setText(self.tr("No photo"))
        else:
            self.photo.setPixmap(pix)
        lines = [f"<h3>{_esc(person.display_name)}</h3>"]
        for text in (person.title_line(), person.organization_name, person.email, person.phone):
            if text:
                lines.append(f"{_esc(text)}<br>")
        lines.append(self.tr("Protocol precedence: {0}").format(person.precedence) + "<br>")
        if person.biography:
            lines.append(f"<p>{_esc(person.biography)}</p>")
        appearances = self.ops.call(people.person_slots, self.ops.db, person.id)
        lines.append("<h4>" + self.tr("Appears in") + "</h4>")
        if appearances is None:
            lines.append("<p style='color:gray'>" + self.tr("Could not be read.") + "</p>")
        elif not appearances:
            lines.append("<p style='color:gray'>" + self.tr("No slot yet.") + "</p>")
        else:
            lines.append("<ul style='margin-left:-20px'>")
            for a in appearances:
                lines.append(f"<li>{_esc(a.event_title)}: {day_and_time(a.slot.start)} "
                             f"<i>{_esc(a.slot.title or self.tr(SLOT_KIND_LABELS[a.slot.kind]))}</i></li>")
            lines.append("</ul>")
        self.detail.setText("".join(lines))

    # Changes -------------------------------------------------------------------------------------------------

    def _orgs(self) -> list[OrganizationData] | None:
        return self.ops.call(organizations.list_organizations, self.ops.db)

    def add_person(self) -> None:
        orgs = self._orgs()
        if orgs is None:
            return
        dialog = PersonDialog(self, orgs)
        if dialog.exec():
            self.ops.run(CreatePerson(self.ops, dialog.values()))

    def edit_person(self) -> None:
        selected = self.selected_people()
        if len(selected) != 1:
            return
        person = self.ops.call(people.get_person, self.ops.db, selected[0].id)
        orgs = self._orgs()
        if person is None or orgs is None:
            return
        dialog = PersonDialog(self, orgs, person)
        if dialog.exec():
            changes = dialog.changes()
            if changes:
                self.ops.run(EditPerson(self.ops, person, changes))

    def delete_selected(self) -> None:
        selected = self.selected_people()
        if not selected:
            return
        lines = []
        for person in selected:
            appearances = self.ops.call(people.person_slots, self.ops.db, person.id)
            if appearances is None:  # never "they do not appear in any slot" when that could not be read
                return
            for a in appearances:
                lines.append(f"• {day_and_time(a.slot.start)} {a.slot.title or a.slot.kind.value} ({a.event_title})")
        names = ", ".join(p.full_name for p in selected)
        text = self.tr("Delete {0} from the speaker directory?").format(names)
        if lines:
            info = self.tr("They will be removed from these slots:") + "\n" + "\n".join(lines[:15])
            if len(lines) > 15:
                info += "\n" + self.tr("…and {0} more.").format(len(lines) - 15)
        else:
            info = self.tr("They do not appear in any slot.")
        info += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete speaker"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(info)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.ops.run(DeletePeople(self.ops, selected))

    def merge_duplicates(self) -> None:
        selected = self.selected_people()
        groups = [selected] if len(selected) > 1 else self.ops.call(people.find_duplicates, self.ops.db)
        if groups is None:
            return
        if not groups:
            QMessageBox.information(self, self.tr("Merge duplicates"), self.tr(
                "No duplicates found. To merge people whose names differ, select them first (Ctrl+click)."))
            return
        group = groups[0]
        labels = [f"{p.display_name} — {p.title_line() or p.organization_name or '#' + str(p.id)}" for p in group]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Merge duplicates"),
            self.tr("Merge {0} records. Keep which one? The others' slots move to it.").format(len(group)),
            labels, 0, False)
        if ok:
            keep = group[labels.index(choice)]
            self.ops.run(DeletePeople(self.ops, [p for p in group if p.id != keep.id], merge_into=keep))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
