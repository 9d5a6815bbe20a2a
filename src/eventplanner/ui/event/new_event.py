"""The small "New event" dialog: title and dates; everything else is filled in on the details page."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from eventplanner.ui.common.date_fields import DateField, DateRange, computer_zone


class NewEventDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. International Migrants Day 2025"))
        self.title_edit.setMinimumWidth(360)
        start = date.today() + timedelta(days=30)
        self.start = DateField(QDate(start.year, start.month, start.day))
        self.end = DateField(QDate(start.year, start.month, start.day))
        self.dates = DateRange(self.start, self.end)  # moving the first day keeps the length
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        for text, field in ((self.tr("&First day:"), self.start), (self.tr("&Last day:"), self.end)):
            label = QLabel(text)
            label.setBuddy(field.lineEdit())  # the line edit takes the focus, not its frame
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.title_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("An event needs a title."))
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text().strip(),
            "start_date": self.start.date().toPython(),
            "end_date": self.end.date().toPython(),
            "timezone": computer_zone(),
        }
