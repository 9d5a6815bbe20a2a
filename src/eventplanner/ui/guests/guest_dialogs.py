"""The guest list's two forms: one guest's own details (GuestDialog) and people picked from the directory to
invite (InviteDialog). The list page (list_page.py) opens them and runs the resulting change."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.data import PersonData
from eventplanner.domain.guests import DelegationData, GuestCategory, GuestData, Sex
from eventplanner.ui.common.date_fields import bound_dates
from eventplanner.ui.guests.labels import CATEGORY, LANGUAGE_NAMES, SEX, label

PERSON_ROLE = Qt.ItemDataRole.UserRole + 2


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
