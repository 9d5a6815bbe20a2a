"""The Activity panel: who changed what and when in the current event, newest first, with a CSV export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.errors import StoreError
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.services.activity import ActivityEntry, activity_csv, list_activity
from eventplanner.ui.common import errors
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.common.records_model import RecordsModel

SHOWN = 500
Index = QModelIndex | QPersistentModelIndex


class ActivityModel(RecordsModel):
    """The log entries as rows: when, who, action, what (each cell's full text in its tooltip)."""

    rows: list[ActivityEntry]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or not index.isValid():
            return None
        e = self.rows[index.row()]
        return (f"{e.at:%Y-%m-%d %H:%M}", e.user, e.action, e.summary)[index.column()]


class ActivityPanel(QWidget):
    """Reloads only while visible (the dock calls `reload` when it is shown again)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.event_id: int | None = None
        self.model = ActivityModel([self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What")], self)
        self.table = QTableView()
        self.table.setObjectName("activityTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 140), (1, 110), (2, 110)):
            self.table.setColumnWidth(col, width)
        self.count = QLabel()
        self.count.setEnabled(False)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save the whole activity log of this event as a CSV file"))
        self.export_button.clicked.connect(self.export_csv)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._fill()

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.reload()

    def reload(self, force: bool = False) -> None:
        if not force and not self.isVisible():
            return
        found: list[ActivityEntry] | None = []
        if self.event_id is not None:
            found = self.ops.call(list_activity, self.ops.db, self.event_id, SHOWN)
        if found is None:  # could not read (the error was shown): the rows shown stay, never "no changes"
            return
        self.model.set_rows(found)
        self._fill()

    @property
    def entries(self) -> list[ActivityEntry]:
        return self.model.rows

    def _fill(self) -> None:
        self.export_button.setEnabled(self.event_id is not None)
        if self.event_id is None:
            self.count.setText(self.tr("Choose an event to see who changed what."))
        elif not self.entries:
            self.count.setText(self.tr("No changes recorded yet."))
        else:
            self.count.setText(self.tr("{0} change(s), newest first").format(len(self.entries)))

    def export_csv(self) -> Path | None:
        if self.event_id is None:
            return None
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the activity log"),
                                              str(Path.home() / "activity.csv"), self.tr("CSV files (*.csv)"))
        if not name:
            return None
        entries = self.ops.call(list_activity, self.ops.db, self.event_id)
        if entries is None:
            return None
        path = Path(name)
        try:
            atomic_write_bytes(path, activity_csv(entries))
        except OSError as exc:
            message = self.tr("Cannot write {0}: {1}.").format(path, exc.strerror or exc)
            errors.show_domain_error(self, StoreError(message))
            return None
        return path
