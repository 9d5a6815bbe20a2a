"""The small "New event" dialog: title and dates; everything else is filled in on the details page."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox, QWidget


class NewEventDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. International Migrants Day 2025"))
        self.title_edit.setMinimumWidth(360)
        start = date.today() + timedelta(days=30)
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.end = QDateEdit(QDate(start.year, start.month, start.day))
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("ddd d MMMM yyyy")
        self.start.dateChanged.connect(lambda d: self.end.setDate(max(d, self.end.date())))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&First day:"), self.start)
        form.addRow(self.tr("&Last day:"), self.end)
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
        }
