"""The Translations page: every text of the event like a spreadsheet, the primary text and a column per language.

Typing in a cell, pasting a block from Excel and importing a translators' workbook each push one
`EditTexts` action through the window's runner (one undo step); the missing-only and kind filters narrow the rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.data import EventData
from eventplanner.domain.languages import language_names
from eventplanner.domain.translations import TextEdit, TextKind
from eventplanner.services import translation_workbook as workbook
from eventplanner.services import translations as service
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.translations.actions import EditTexts
from eventplanner.ui.translations.labels import TEXT_KIND_NAMES
from eventplanner.ui.translations.model import FIXED, TranslationsFilter, TranslationsModel


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from the clipboard as Excel and LibreOffice put them: tabs between cells, a newline per row,
    quoted cells for texts with a tab, quote or line break inside."""
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    i, quoted, at_start = 0, False, True
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"' and text[i + 1:i + 2] == '"':
                cell.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cell.append(ch)
        elif ch == '"' and at_start:
            quoted = True
        elif ch == "\t":
            row.append("".join(cell))
            cell, at_start = [], True
            i += 1
            continue
        elif ch == "\n":
            row.append("".join(cell))
            rows.append(row)
            row, cell, at_start = [], [], True
            i += 1
            continue
        else:
            cell.append(ch)
        at_start = False
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return rows


def format_block(rows: list[list[str]]) -> str:
    """Cells as spreadsheets take them from the clipboard; the inverse of `parse_block`."""

    def cell(text: str) -> str:
        if any(ch in text for ch in '\t\n\r"'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "".join("\t".join(cell(t) for t in row) + "\n" for row in rows)  # every row ends, as Excel's do


class TranslationsPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translations_page")
        self.ops = ops
        self.current_event: EventData | None = None
        self.model = TranslationsModel(self)
        self.model.edits_requested.connect(self.apply_edits)
        self.proxy = TranslationsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Every kind of text"), None)
        for kind, label in TEXT_KIND_NAMES.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.kind.setAccessibleName(self.tr("Kind of text"))
        self.missing_only = QCheckBox(self.tr("&Missing only"))
        self.missing_lang = QComboBox()
        self.missing_lang.setAccessibleName(self.tr("Missing in"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find text…"))
        self.search.setClearButtonEnabled(True)
        self.counts = QLabel()
        self.counts.setObjectName("missing_counts")
        export = QPushButton(self.tr("E&xport workbook…"))
        export.clicked.connect(self.export_workbook)
        imported = QPushButton(self.tr("&Import workbook…"))
        imported.clicked.connect(self.import_workbook)
        for w in (self.kind, self.missing_lang):
            w.currentIndexChanged.connect(self._filter)
        self.missing_only.toggled.connect(self._filter)
        self.search.textChanged.connect(self._filter)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.kind)
        bar.addWidget(self.missing_only)
        bar.addWidget(self.missing_lang)
        bar.addWidget(self.search, 1)
        bar.addWidget(export)
        bar.addWidget(imported)

        self.view = QTableView()
        self.view.setObjectName("translations_table")
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        paste = QAction(self.tr("Paste"), self.view)
        paste.setShortcut(QKeySequence.StandardKey.Paste)
        paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        paste.triggered.connect(self.paste)
        self.view.addAction(paste)
        copy = QAction(self.tr("Copy"), self.view)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy)
        self.view.addAction(copy)
        clear = QAction(self.tr("Clear"), self.view)
        clear.setShortcut(QKeySequence.StandardKey.Delete)
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.clear_selection)
        self.view.addAction(clear)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts)

    # -- loading -------------------------------------------------------------------------------------------
    def set_event(self, event: EventData | None) -> None:
        self.current_event = event
        self.reload()

    def reload(self) -> None:
        table = self.ops.call(service.text_table, self.ops.db, self.current_event.id) if self.current_event else None
        current = self.view.currentIndex()
        row, col = current.row(), current.column()
        self.model.set_table(table)
        self._languages()
        self._counts()
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.index(min(row, self.proxy.rowCount() - 1), col))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(0, 120)
        self.view.setColumnWidth(1, 190)
        for c in range(FIXED, self.model.columnCount() - 1):
            self.view.setColumnWidth(c, 300)

    def _languages(self) -> None:
        chosen = self.missing_lang.currentData()
        self.missing_lang.blockSignals(True)
        self.missing_lang.clear()
        self.missing_lang.addItem(self.tr("in any language"), None)
        names = language_names()
        if self.model.table is not None:
            for lang in self.model.table.translated_languages:
                self.missing_lang.addItem(self.tr("in {0}").format(names.get(lang, lang)), lang)
        index = self.missing_lang.findData(chosen)
        self.missing_lang.setCurrentIndex(max(index, 0))
        self.missing_lang.blockSignals(False)
        self._filter()

    def _counts(self) -> None:
        table = self.model.table
        if table is None:
            self.counts.clear()
            return
        names = language_names()
        parts = [self.tr("{0}: {1} missing").format(names.get(lang, lang), n)
                 for lang, n in table.missing_counts().items()]
        self.counts.setText(self.tr("{0} texts").format(len(table.entries)) + " · " + " · ".join(parts))

    def _filter(self) -> None:
        kind = self.kind.currentData()
        self.missing_lang.setEnabled(self.missing_only.isChecked())
        self.proxy.set_filter(kind=TextKind(kind) if kind else None, missing_only=self.missing_only.isChecked(),
                              missing_lang=self.missing_lang.currentData(), search=self.search.text())

    def show_missing(self, lang: str | None) -> None:
        """The Preview's jump: only the texts `lang` lacks."""
        self.kind.setCurrentIndex(0)
        self.search.clear()
        self.missing_only.setChecked(True)
        self.missing_lang.setCurrentIndex(max(self.missing_lang.findData(lang), 0))
        self._filter()
        self.view.setFocus()
        if self.proxy.rowCount():
            column = self.model.column_of(lang) if lang in self.model.languages else FIXED
            self.view.setCurrentIndex(self.proxy.index(0, column))

    # -- edits ---------------------------------------------------------------------------------------------
    def apply_edits(self, edits: list[TextEdit], text: str | None = None) -> bool:
        if self.current_event is None or not edits:
            return False
        label = text or (self.tr("Edit a translation") if len(edits) == 1
                         else self.tr("Edit {0} translations").format(len(edits)))
        return self.ops.run(EditTexts(self.ops, self.current_event.id, edits, label))

    def _selected(self) -> list[QModelIndex]:
        return sorted((self.proxy.mapToSource(i) for i in self.view.selectedIndexes()),
                      key=lambda i: (i.row(), i.column()))

    def paste(self) -> None:
        """A block from the clipboard goes in from the current cell, down and right, as one undoable step."""
        current = self.view.currentIndex()
        if not current.isValid():
            return
        block = parse_block(QApplication.clipboard().text())
        if not block:
            return
        edits: list[TextEdit] = []
        start_row, start_col = current.row(), current.column()
        selected = self._selected()
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:  # one value into every selected cell
            edits = [e for i in selected if (e := self.model.edit_at(i.row(), i.column(), block[0][0]))]
        else:
            for dr, cells in enumerate(block):
                proxy_row = start_row + dr
                if proxy_row >= self.proxy.rowCount():
                    break
                for dc, value in enumerate(cells):
                    source = self.proxy.mapToSource(self.proxy.index(proxy_row, start_col + dc))
                    if source.isValid() and (edit := self.model.edit_at(source.row(), source.column(), value)):
                        edits.append(edit)
        self.apply_edits(edits, self.tr("Paste {0} translations").format(len(edits)) if len(edits) > 1 else None)

    def copy(self) -> None:
        indexes = self.view.selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}

        def cell(r: int, c: int) -> str:
            return str(self.proxy.index(r, c).data(Qt.ItemDataRole.EditRole) or "") if (r, c) in chosen else ""

        QApplication.clipboard().setText(format_block([[cell(r, c) for c in cols] for r in rows]))

    def clear_selection(self) -> None:
        table = self.model.table
        if table is None:
            return
        edits = [e for i in self._selected()
                 if (lang := self.model.lang_of(i.column())) and lang != table.primary
                 and (e := self.model.edit_at(i.row(), i.column(), ""))]
        self.apply_edits(edits, self.tr("Clear {0} translations").format(len(edits)) if len(edits) > 1 else None)

    # -- the translators' workbook -------------------------------------------------------------------------
    def export_workbook(self) -> None:
        if self.current_event is None:
            return
        start = str(Path.home() / f"{self.current_event.slug}-translations.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the texts for translators"), start,
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
            self.ops.call(workbook.export_workbook, self.ops.db, self.current_event.id, target)

    def import_workbook(self, path: str | None = None, confirm: bool = True) -> bool:
        if self.current_event is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import translations"), str(Path.home()),
                                                  self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return False
        preview = self.ops.call(workbook.preview_workbook, self.ops.db, self.current_event.id, Path(path))
        if preview is None:
            return False
        if not preview.changes:
            QMessageBox.information(self, self.tr("Import translations"),
                                    self.tr("The workbook holds no change to this event's texts."))
            return False
        if confirm and not self._confirm(preview):
            return False
        return self.apply_edits(preview.edits, self.tr("Import {0} translations from {1}")
                                .format(len(preview.changes), preview.source))

    def _confirm(self, preview: Any) -> bool:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Import translations"))
        box.setText(self.tr("{0} texts change. Apply them as one step (Undo takes them back)?")
                    .format(len(preview.changes)))
        box.setDetailedText("\n".join(preview.lines()[1:]))
        box.setStandardButtons(QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Apply)
        return box.exec() == QMessageBox.StandardButton.Apply
