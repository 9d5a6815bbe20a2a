"""The guest list: filters, counts, and RSVP by keyboard (A accepted, D declined, R representative, I invited)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.data import EventData, PersonData
from eventplanner.domain.guests import (
    RSVP_KEYS,
    DelegationData,
    GuestCategory,
    GuestData,
    GuestList,
    RsvpStatus,
    Sex,
)
from eventplanner.services import guest_import, guests, people
from eventplanner.ui.common.date_fields import bound_dates
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.guests.actions import AddGuests, AssignDelegation, EditGuest, ImportGuests, RemoveGuests, SetRsvp
from eventplanner.ui.guests.delegations import DelegationsDialog
from eventplanner.ui.guests.labels import CATEGORY, LANGUAGE_NAMES, RSVP, SEX, label
from eventplanner.ui.guests.model import GuestModel

PERSON_ROLE = Qt.ItemDataRole.UserRole + 2


class GuestListPage(QWidget):
    """The list, its filters and counts; every change goes through an undo command."""

    loaded = Signal(object)  # GuestList

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current_event: EventData | None = None
        self.data: GuestList | None = None
        self.model = GuestModel(self)
        self.search = QLineEdit(placeholderText=self.tr("Search names, organizations, needs…"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for c in GuestCategory:
            self.category.addItem(label(CATEGORY[c]), c)
        self.status = QComboBox()
        self.status.addItem(self.tr("All answers"), None)
        for s in RsvpStatus:
            self.status.addItem(label(RSVP[s]), s)
        for signal in (self.search.textChanged, self.category.currentIndexChanged, self.status.currentIndexChanged):
            signal.connect(self._filter)
        self.table = QTableView()
        self.table.setObjectName("guestTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.counts = QLabel()
        self.counts.setObjectName("guestCounts")
        self.counts.setWordWrap(True)
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("Keys: A accepted · D declined · R sends a representative · I invited (no answer) · "
                              "Enter edits · Delete removes · Ctrl+G puts into a delegation"))
        hint.setStyleSheet("color: palette(mid);")
        invite = QPushButton(self.tr("Invite people…"))
        invite.clicked.connect(self.invite_people)
        import_button = QPushButton(self.tr("Import list…"))
        import_button.clicked.connect(self.import_list)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        manage = QPushButton(self.tr("De&legations…"))
        manage.setObjectName("delegationsButton")
        manage.clicked.connect(self.manage_delegations)
        assign = QPushButton(self.tr("&Assign to a delegation…"))
        assign.setToolTip(self.tr("Put the selected guests into a delegation (Ctrl+G)"))
        assign.clicked.connect(self.assign_selected)
        QShortcut(QKeySequence("Ctrl+G"), self, self.assign_selected)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category)
        filters.addWidget(self.status)
        buttons = QHBoxLayout()
        for b in (invite, import_button, remove, manage, assign):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)

    # Loading ----------------------------------------------------------------------------------------------------

    def set_event(self, event: EventData | None) -> None:
        self.current_event = event
        self.reload()

    def reload(self) -> None:
        if self.current_event is None:
            self.model.set_guests([])
            self.counts.clear()
            return
        keep = self.selected_ids()
        data = self.ops.call(guests.guest_list, self.ops.db, self.current_event.id)
        if data is None:
            return
        self.data = data
        self.model.set_guests(data.guests)
        self._select(keep)
        self._show_counts()
        self.loaded.emit(data)
        if not keep and self.model.rowCount():
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 280))

    def _filter(self) -> None:
        category, status = self.category.currentData(), self.status.currentData()  # Qt hands enums back as str
        self.model.set_filter(self.search.text(), GuestCategory(category) if category else None,
                              RsvpStatus(status) if status else None)

    def _show_counts(self) -> None:
        if self.data is None:
            return
        c = self.data.counts
        answers = " · ".join(f"{label(RSVP[s])} {n}" for s, n in c.by_status.items())
        categories = ", ".join(f"{label(CATEGORY[k])} {n}" for k, n in c.by_category.items())
        sexes = ", ".join(f"{label(SEX[k])} {n}" for k, n in c.by_sex.items() if n)
        self.counts.setText(self.tr("{0} guests: {1}. Coming: {2} (by category: {3}; by sex: {4}).").format(
            c.total, answers, c.attending, categories or "—", sexes or "—"))

    # Selection -----------------------------------------------------------------------------------------------

    def selected(self) -> list[GuestData]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.guest(r) for r in rows]

    def selected_ids(self) -> list[int]:
        return [g.id for g in self.selected()]

    def _select(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for gid in ids:
            row = self.model.row_of(gid)
            if row is not None:
                self.table.selectRow(row) if len(ids) == 1 else selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    # Keyboard RSVP -----------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event if isinstance(event, QKeyEvent) else None
            if key is not None and not key.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                if key.text().upper() in RSVP_KEYS:
                    self.answer(RSVP_KEYS[key.text().upper()])
                    return True
                if key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.edit_selected()
                    return True
                if key.key() == Qt.Key.Key_Delete:
                    self.remove_selected()
                    return True
        return super().eventFilter(watched, event)

    def answer(self, status: RsvpStatus) -> None:
        """Record `status` for the selected guests, then move to the next row (for a stack of letters)."""
        chosen = self.selected()
        if not chosen:
            return
        representative = None
        if status is RsvpStatus.REPRESENTATIVE:
            if len(chosen) > 1:
                QMessageBox.information(self, self.tr("Representative"),
                                        self.tr("Choose one guest to name their representative."))
                return
            representative = self.pick_person(self.tr("Who comes in place of {0}?").format(chosen[0].name))
            if representative is None:
                return
        last = self.model.row_of(chosen[-1].id)
        if self.ops.run(SetRsvp(self.ops, chosen, status, representative)) and len(chosen) == 1 and (
                last is not None and last + 1 < self.model.rowCount()):
            self.table.selectRow(last + 1)

    def pick_person(self, question: str) -> int | None:
        directory = self.ops.call(people.list_people, self.ops.db) or []
        names = [f"{p.display_name} — {p.organization_name}" if p.organization_name else p.display_name
                 for p in directory]
        choice, ok = QInputDialog.getItem(self, self.tr("Representative"), question, names, 0, True)
        if not ok or choice not in names:
            return None
        return directory[names.index(choice)].id

    # Editing ----------------------------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = GuestDialog(chosen[0], self.data.delegations if self.data else (), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and (changes := dialog.changes()):
            self.ops.run(EditGuest(self.ops, chosen[0], changes))

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.ops.run(RemoveGuests(self.ops, chosen))

    def invite_people(self) -> None:
        if self.current_event is None:
            return
        listed = {g.person.id for g in (self.data.guests if self.data else ())}
        directory = [p for p in (self.ops.call(people.list_people, self.ops.db) or []) if p.id not in listed]
        dialog = InviteDialog(directory, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_ids():
            self.ops.run(AddGuests(self.ops, self.current_event.id, dialog.person_ids(), dialog.category()))

    def import_list(self) -> None:
        if self.current_event is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a guest list"), "",
                                              self.tr("Guest lists (*.csv *.xlsx)"))
        if not name:
            return
        preview = self.ops.call(guest_import.import_guests, self.ops.db, Path(name), self.current_event.id, apply=False)
        if preview is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import a guest list"),
                          self.tr("Import these guests? Edit > Undo takes the whole import back."),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.setDetailedText("\n".join(preview.lines()))
        box.setInformativeText("\n".join(preview.lines()[:2]))
        if box.exec() == QMessageBox.StandardButton.Ok:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Import a guest list into the shown event as one undo step (people and organizations it adds too)."""
        if self.current_event is None:
            return False
        event_id = self.current_event.id
        return self.ops.run(ImportGuests(self.ops, event_id, path))

    # Delegations --------------------------------------------------------------------------------------------

    def manage_delegations(self) -> None:
        if self.current_event is not None:
            DelegationsDialog(self.ops, self.current_event.id, self.selected_ids(), self).exec()

    def assign_selected(self) -> None:
        """Ask which delegation the selected guests join ("(none)" takes them out)."""
        chosen = self.selected()
        if not chosen or self.current_event is None or self.data is None:
            return
        choices = [d.name for d in self.data.delegations]
        none = self.tr("(none)")
        question = self.tr("Delegation of {0}:").format(
            chosen[0].name if len(chosen) == 1 else self.tr("{0} guests").format(len(chosen)))
        choice, ok = QInputDialog.getItem(self, self.tr("Assign to a delegation"), question, [none, *choices],
                                          0, False)
        if not ok:
            return
        delegation = self.data.delegations[choices.index(choice)] if choice in choices else None
        self.ops.run(AssignDelegation(self.ops, chosen, delegation))

class GuestDialog(QDialog):
    """A guest's own details: delegation, category, sex, language, needs, travel and notes (the person themself is
    edited under Speakers)."""

    def __init__(self, guest: GuestData, delegations: Sequence[DelegationData] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guest = guest
        self.setWindowTitle(guest.name)
        self.category = QComboBox()
        for c in GuestCategory:
            self.category.addItem(label(CATEGORY[c]), c)
        self.category.setCurrentIndex(list(GuestCategory).index(guest.category))
        self.sex = QComboBox()
        for s in Sex:
            self.sex.addItem(label(SEX[s]), s)
        self.sex.setCurrentIndex(list(Sex).index(guest.sex))
        self.language = QComboBox()
        self.language.addItem(self.tr("The event's language"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(guest.language)))
        self.delegation = QComboBox()
        self.delegation.addItem(self.tr("(none)"), None)
        for d in delegations:
            self.delegation.addItem(d.name, d.id)
        self.delegation.setCurrentIndex(max(0, self.delegation.findData(guest.delegation_id)))
        self.head = QCheckBox(self.tr("Head of the delegation"))
        self.head.setChecked(guest.is_head)
        self.dietary = QLineEdit(guest.dietary)
        self.access = QLineEdit(guest.access)
        self.arrival, self.arrives = self._when(guest.arrival)
        self.departure, self.departs = self._when(guest.departure)
        self.notes = QPlainTextEdit(guest.notes)
        form = QFormLayout(self)
        form.addRow(self.tr("Delegation"), self.delegation)
        form.addRow("", self.head)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Dietary needs"), self.dietary)
        form.addRow(self.tr("Access needs"), self.access)
        form.addRow(self.tr("Arrival"), self._row(self.arrives, self.arrival))
        form.addRow(self.tr("Departure"), self._row(self.departs, self.departure))
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _when(value: datetime | None) -> tuple[QDateTimeEdit, QCheckBox]:
        edit = bound_dates(QDateTimeEdit())
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setCalendarPopup(True)
        known = QCheckBox()
        known.setChecked(value is not None)
        edit.setEnabled(value is not None)
        known.toggled.connect(edit.setEnabled)
        if value is not None:
            edit.setDateTime(QDateTime(QDate(value.year, value.month, value.day),
                                       QTime(value.hour, value.minute)))
        return edit, known

    @staticmethod
    def _row(known: QCheckBox, edit: QDateTimeEdit) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(known)
        layout.addWidget(edit, 1)
        return row

    @staticmethod
    def _value(known: QCheckBox, edit: QDateTimeEdit) -> datetime | None:
        if not known.isChecked():
            return None
        d, t = edit.date(), edit.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def changes(self) -> dict[str, object]:
        values: dict[str, object] = {
            "category": self.category.currentData(), "sex": self.sex.currentData(),
            "language": self.language.currentData(), "dietary": self.dietary.text().strip(),
            "access": self.access.text().strip(), "notes": self.notes.toPlainText().strip(),
            "delegation_id": self.delegation.currentData(),
            "is_head": self.head.isChecked() and self.delegation.currentData() is not None,
            "arrival": self._value(self.arrives, self.arrival),
            "departure": self._value(self.departs, self.departure),
        }
        return {k: v for k, v in values.items() if v != getattr(self.guest, k)}


class InviteDialog(QDialog):
    """Pick people from the directory to put on the guest list."""

    def __init__(self, directory: list[PersonData], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite people"))
        self.filter = QLineEdit(placeholderText=self.tr("Search…"))
        self.list = QListWidget()
        for p in directory:
            item = QListWidgetItem(" — ".join(x for x in (p.display_name, p.organization_name) if x))
            item.setData(PERSON_ROLE, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._filter)
        self.category_box = QComboBox()
        for c in GuestCategory:
            self.category_box.addItem(label(CATEGORY[c]), c)
        self.category_box.setCurrentIndex(list(GuestCategory).index(GuestCategory.OTHER))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        row = QFormLayout()
        row.addRow(self.tr("Category"), self.category_box)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(460, 520)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def person_ids(self) -> list[int]:
        return [int(self.list.item(i).data(PERSON_ROLE)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def category(self) -> GuestCategory:
        return GuestCategory(self.category_box.currentData())
