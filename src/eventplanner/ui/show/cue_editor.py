"""Editing a slot's scenario: its cues (table + dialog, in three languages) and its call time and needs.

`CueEditor` is a widget the slot dialog, the agenda or a dock can host; `CueEditorDialog` wraps it. Every
change is an undo command pushed through the window's `Operations`, like every other edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.data import SlotData
from eventplanner.domain.enums import LANGUAGES
from eventplanner.domain.scenario import MAX_CALL_MINUTES, MAX_OFFSET_MINUTES, CueData, CueKind, SlotProductionData
from eventplanner.services import scenario
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.show.actions import AddCue, DeleteCue, EditCue, SetProduction
from eventplanner.ui.show.operator import cue_kind_names

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("show", text)


class CueModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cues: list[CueData] = []
        self.slot: SlotData | None = None

    def set_cues(self, slot: SlotData | None, cues: list[CueData]) -> None:
        self.beginResetModel()
        self.slot, self.cues = slot, cues
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Time"), tr("Kind"), tr("Cue"), tr("Responsible"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        cue = self.cues[index.row()]
        col = index.column()
        if col == 0:
            offset = f"{cue.offset_minutes:+d}′"
            return f"{cue.at(self.slot.start):%H:%M} ({offset})" if self.slot else offset
        if col == 1:
            return cue_kind_names()[cue.kind]
        return cue.text if col == 2 else cue.responsible


class CueDialog(QDialog):
    """One cue: kind, minutes from the slot's start, and its text and responsible in each language."""

    def __init__(self, ops: Operations, slot: SlotData, cue: CueData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.slot = ops, slot
        self.setWindowTitle(tr("Edit cue") if cue else tr("Add cue"))
        self.kind = QComboBox()
        for kind, name in cue_kind_names().items():
            self.kind.addItem(name, kind.value)
        self.offset = QSpinBox()
        self.offset.setRange(-MAX_OFFSET_MINUTES, MAX_OFFSET_MINUTES)
        self.offset.setSuffix(tr(" min from the start"))
        self.texts: dict[str, QPlainTextEdit] = {}
        self.responsibles: dict[str, QLineEdit] = {}
        tabs = QTabWidget()
        for code, name in LANGUAGES.items():
            page = QWidget()
            form = QFormLayout(page)
            self.texts[code] = QPlainTextEdit()
            self.responsibles[code] = QLineEdit()
            form.addRow(tr("Cue"), self.texts[code])
            form.addRow(tr("Responsible"), self.responsibles[code])
            tabs.addTab(page, name)
        draft = QPushButton(tr("Draft the MC introduction"))
        draft.setToolTip(tr("Write the master of ceremonies' words from the speakers' data, in each language"))
        draft.clicked.connect(self.draft_introduction)
        form = QFormLayout()
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("When"), self.offset)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)
        row = QHBoxLayout()
        row.addWidget(draft)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(620, 420)
        if cue is not None:
            self.kind.setCurrentIndex(self.kind.findData(cue.kind.value))
            self.offset.setValue(cue.offset_minutes)
            for code in LANGUAGES:
                primary = code == "en"
                self.texts[code].setPlainText(cue.text if primary else cue.translations.get(code, {}).get("text", ""))
                self.responsibles[code].setText(
                    cue.responsible if primary else cue.translations.get(code, {}).get("responsible", ""))

    def draft_introduction(self) -> None:
        for code in LANGUAGES:
            text = self.ops.call(scenario.draft_mc_text, self.ops.db, self.slot.id, code, context="drafting")
            if text is None:
                return
            self.texts[code].setPlainText(text)
        self.kind.setCurrentIndex(self.kind.findData(CueKind.MC.value))
        if not self.responsibles["en"].text():
            self.responsibles["en"].setText(tr("Master of ceremonies"))

    def fields(self) -> dict[str, Any]:
        translations = {
            code: {"text": self.texts[code].toPlainText(), "responsible": self.responsibles[code].text()}
            for code in LANGUAGES if code != "en"
        }
        return {
            "kind": str(self.kind.currentData()), "text": self.texts["en"].toPlainText(),
            "offset_minutes": self.offset.value(), "responsible": self.responsibles["en"].text(),
            "translations": translations,
        }


class CueEditor(QWidget):
    """The cues of one slot and its call time and technical needs; edits go on the undo stack."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.slot: SlotData | None = None
        self.production = SlotProductionData(slot_id=0, version=0)
        self.model = CueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_cue())
        add = QPushButton(tr("Add cue…"))
        add.clicked.connect(self.add_cue)
        edit = QPushButton(tr("Edit…"))
        edit.clicked.connect(self.edit_cue)
        delete = QPushButton(tr("Delete"))
        delete.clicked.connect(self.delete_cue)
        buttons = QHBoxLayout()
        for button in (add, edit, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.call_minutes = QSpinBox()
        self.call_minutes.setRange(-1, MAX_CALL_MINUTES)
        self.call_minutes.setSpecialValueText(tr("no call"))
        self.call_minutes.setSuffix(tr(" min before"))
        self.call_notes: dict[str, QLineEdit] = {}
        self.needs_by_lang: dict[str, QLineEdit] = {}
        texts = QTabWidget()
        for code, name in LANGUAGES.items():
            page = QWidget()
            page_form = QFormLayout(page)
            self.call_notes[code], self.needs_by_lang[code] = QLineEdit(), QLineEdit()
            page_form.addRow(tr("Call note"), self.call_notes[code])
            page_form.addRow(tr("Technical needs"), self.needs_by_lang[code])
            texts.addTab(page, name)
        self.call_note, self.needs = self.call_notes["en"], self.needs_by_lang["en"]
        save = QPushButton(tr("Save call time and needs"))
        save.clicked.connect(self.save_production)
        box = QGroupBox(tr("Call time and technical needs"))
        form = QFormLayout(box)
        form.addRow(tr("Call"), self.call_minutes)
        form.addRow(texts)
        form.addRow("", save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(box)
        ops.changed.connect(self.reload)

    def set_slot(self, slot: SlotData | None) -> None:
        self.slot = slot
        self.reload()

    def reload(self) -> None:
        if self.slot is None:
            self.model.set_cues(None, [])
            return
        cues = self.ops.call(scenario.list_cues, self.ops.db, self.slot.id, context="loading cues")
        prod = self.ops.call(scenario.production, self.ops.db, self.slot.id, context="loading cues")
        if cues is None or prod is None:
            return
        self.model.set_cues(self.slot, cues)
        self.table.resizeRowsToContents()
        self.production = prod
        self.call_minutes.setValue(-1 if prod.call_minutes is None else prod.call_minutes)
        for code in LANGUAGES:
            fields = prod.translations.get(code, {})
            primary = code == "en"
            self.call_notes[code].setText(prod.call_note if primary else fields.get("call_note", ""))
            self.needs_by_lang[code].setText(prod.technical_needs if primary else fields.get("technical_needs", ""))

    def selected(self) -> CueData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.cues[rows[0].row()] if rows else None

    def add_cue(self) -> None:
        if self.slot is None:
            return
        dialog = CueDialog(self.ops, self.slot, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ops.run(AddCue(self.ops, self.slot.id, dialog.fields()))

    def edit_cue(self) -> None:
        cue = self.selected()
        if cue is None or self.slot is None:
            return
        dialog = CueDialog(self.ops, self.slot, cue, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ops.run(EditCue(self.ops, cue, dialog.fields()))

    def delete_cue(self) -> None:
        cue = self.selected()
        if cue is not None:
            self.ops.run(DeleteCue(self.ops, cue))

    def save_production(self) -> None:
        if self.slot is None:
            return
        minutes = self.call_minutes.value()
        new = SlotProductionData(
            slot_id=self.slot.id, call_minutes=None if minutes < 0 else minutes, call_note=self.call_note.text(),
            technical_needs=self.needs.text(),
            translations={code: {"call_note": self.call_notes[code].text(),
                                 "technical_needs": self.needs_by_lang[code].text()}
                          for code in LANGUAGES if code != "en"},
        )
        self.ops.run(SetProduction(self.ops, self.production, new))


class CueEditorDialog(QDialog):
    def __init__(self, ops: Operations, slot: SlotData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Cues: {0}").format(slot.title or slot.time_range))
        self.editor = CueEditor(ops, self)
        self.editor.set_slot(slot)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(820, 560)
