"""The Problems panel: every conflict of the event; double-click selects the slot in the agenda."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QStyle, QWidget

from eventplanner.domain.conflicts import Conflict
from eventplanner.ui.translations import interface_language

SLOT_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemsPanel(QListWidget):
    slot_activated = Signal(int)
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsList")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._activated)
        self.itemDoubleClicked.connect(self._activated)
        self.set_conflicts([])

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self.clear()
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        lang = interface_language()
        for conflict in conflicts:
            item = QListWidgetItem(icon, conflict.text(lang))
            item.setData(SLOT_ROLE, conflict.slot_ids[0] if conflict.slot_ids else None)
            item.setToolTip(self.tr("Double-click to select the slot"))
            self.addItem(item)
        if not conflicts:
            item = QListWidgetItem(self.tr("No problems: no overlaps, double bookings or empty items."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        self.count_changed.emit(len(conflicts))

    def problem_count(self) -> int:
        return sum(1 for i in range(self.count()) if self.item(i).data(SLOT_ROLE) is not None)

    def _activated(self, item: QListWidgetItem) -> None:
        slot_id = item.data(SLOT_ROLE)
        if slot_id is not None:
            self.slot_activated.emit(int(slot_id))
