"""The Translations page's table: one row per text, its kind, where it appears, the primary text, then a column
per language. Missing cells are marked; edits go out as `edits_requested`, never straight to the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from eventplanner.domain.languages import english_name, language_names
from eventplanner.domain.translations import TEXT_KIND_LABELS, TextEdit, TextEntry, TextKind, TextTable
from eventplanner.ui.common.l10n_catalog import FIELD_LABELS
from eventplanner.ui.translations.labels import TEXT_KIND_NAMES

Index = QModelIndex | QPersistentModelIndex
FIXED = 2  # kind, where
MISSING_BRUSH = QBrush(QColor("#fff2cc"))
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2


class TranslationsModel(QAbstractTableModel):
    edits_requested = Signal(list)  # list[TextEdit]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: TextTable | None = None
        self.entries: list[TextEntry] = []

    # -- data ----------------------------------------------------------------------------------------------
    def set_table(self, table: TextTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.entries = list(table.entries) if table else []
        self.endResetModel()

    @property
    def languages(self) -> tuple[str, ...]:
        return self.table.languages if self.table else ()

    def lang_of(self, column: int) -> str | None:
        i = column - FIXED
        return self.languages[i] if 0 <= i < len(self.languages) else None

    def column_of(self, lang: str) -> int:
        return FIXED + self.languages.index(lang)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.languages)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (Qt.ItemDataRole.DisplayRole,
                                                                      Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return self.tr("Kind")
        if section == 1:
            return self.tr("Where")
        lang = self.lang_of(section)
        if lang is None or self.table is None:
            return None
        name = language_names().get(lang, lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return english_name(lang)
        return self.tr("{0} (primary)").format(name) if lang == self.table.primary else name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        entry = self.entries[index.row()]
        col = index.column()
        if role == KIND_ROLE:
            return entry.kind.value
        lang = self.lang_of(col)
        missing = lang is not None and lang != self.table.primary and entry.missing(lang)
        if role == MISSING_ROLE:
            return missing
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                label = TEXT_KIND_NAMES.get(entry.kind, TEXT_KIND_LABELS[entry.kind])
                return self.tr(label)
            if col == 1:
                label = FIELD_LABELS.get(entry.key.field, entry.key.field)
                return " · ".join(p for p in (entry.subject, self.tr(label)) if p)
            assert lang is not None
            text = self.table.cell(entry, lang)
            return text if role == Qt.ItemDataRole.EditRole else " ".join(text.split())
        if role == Qt.ItemDataRole.BackgroundRole and missing:
            return MISSING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            if missing:
                return self.tr("No translation: the programme prints the primary text here")
            if lang is not None:
                return self.table.cell(entry, lang)[:2000]
            return str(entry.key)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and missing:
            return self.tr("missing")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() >= FIXED:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        lang = self.lang_of(index.column())
        if lang is None:
            return False
        entry = self.entries[index.row()]
        text = "" if value is None else str(value)
        if self.table is not None and text == self.table.cell(entry, lang):
            return False
        self.edits_requested.emit([TextEdit(entry.key, lang, text)])
        return True

    def edit_at(self, row: int, column: int, text: str) -> TextEdit | None:
        lang = self.lang_of(column)
        if lang is None or not 0 <= row < len(self.entries):
            return None
        return TextEdit(self.entries[row].key, lang, text)

    def row_of(self, key: object) -> int:
        return next((i for i, e in enumerate(self.entries) if e.key == key), -1)


class TranslationsFilter(QSortFilterProxyModel):
    """Narrows the rows by kind of text, to those missing a translation, and by a search text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind: TextKind | None = None
        self.missing_only = False
        self.missing_lang: str | None = None
        self.search = ""

    def set_filter(self, *, kind: TextKind | None, missing_only: bool, missing_lang: str | None = None,
                   search: str = "") -> None:
        self.beginFilterChange()
        self.kind, self.missing_only, self.missing_lang = kind, missing_only, missing_lang
        self.search = search.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, TranslationsModel)
        entry = model.entries[source_row]
        if self.kind is not None and entry.kind is not self.kind:
            return False
        if self.missing_only and model.table is not None:
            langs = [self.missing_lang] if self.missing_lang else list(model.table.translated_languages)
            if not any(entry.missing(lang) for lang in langs):
                return False
        if self.search:
            texts = [entry.primary, entry.context, *entry.values.values()]
            return any(self.search in t.casefold() for t in texts)
        return True
