"""The Preview's options form: which document (programme or planned vs actual), paper, language and second
language, layout, the sections to include and the description limit, turned into `ProgrammeOptions`.

It lives apart from the page because its rules (the second language never repeats the first, the layout only
matters with a second language, the planned vs actual page has only a language) are about the options alone,
not about building, showing, saving or printing the document they describe.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QListView, QVBoxLayout, QWidget

from eventplanner.domain.enums import LANGUAGES
from eventplanner.ui.preview.description_limit import DescriptionLimit

if TYPE_CHECKING:
    from eventplanner.exports.programme.options import ProgrammeOptions


class ProgrammeOptionsForm(QWidget):
    """The options column's form. `changed` is emitted after every change the user (or a setter) makes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QComboBox()
        self.document.addItem(self.tr("Programme"), "programme")
        self.document.addItem(self.tr("Planned vs actual"), "timings")
        self.document.currentIndexChanged.connect(self._document_changed)
        self.document.currentIndexChanged.connect(self._emit_changed)
        self.paper = QComboBox()
        for code, label in (("a4", "A4"), ("a5", "A5"), ("letter", self.tr("US Letter"))):
            self.paper.addItem(label, code)
        self.lang = QComboBox()
        self.second = QComboBox()
        self.second.addItem(self.tr("None"), None)
        for code, name in LANGUAGES.items():
            self.lang.addItem(name, code)
            self.second.addItem(name, code)
        self.layout_box = QComboBox()
        self.layout_box.addItem(self.tr("Stacked"), "stacked")
        self.layout_box.addItem(self.tr("Side by side"), "side_by_side")
        self.descriptions = QCheckBox(self.tr("Descriptions"))
        self.descriptions.setChecked(True)
        self.biographies = QCheckBox(self.tr("Biographies"))
        self.partners = QCheckBox(self.tr("Partner organizations"))
        self.partners.setChecked(True)
        # Its spin box is in this form; its suggestion label goes where the page shows warnings.
        self.limit = DescriptionLimit(self)
        self.limit.changed.connect(self._emit_changed)
        self.descriptions.toggled.connect(self._document_changed)
        for combo in (self.paper, self.lang, self.second, self.layout_box):
            combo.currentIndexChanged.connect(self._emit_changed)
        for box in (self.descriptions, self.biographies, self.partners):
            box.toggled.connect(self._emit_changed)
        self.second.currentIndexChanged.connect(self._second_changed)
        self.lang.currentIndexChanged.connect(self._offer_second_languages)
        self._second_changed()
        self._offer_second_languages()

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Document:"), self.document)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Language:"), self.lang)
        form.addRow(self.tr("&Second language:"), self.second)
        form.addRow(self.tr("La&yout:"), self.layout_box)
        sections = QVBoxLayout()
        for box in (self.descriptions, self.biographies, self.partners):
            sections.addWidget(box)
        form.addRow(self.tr("Include:"), sections)
        form.addRow(self.tr("Li&mit descriptions:"), self.limit.spin)

    def _emit_changed(self) -> None:
        self.changed.emit()

    def options(self) -> ProgrammeOptions:
        """The programme's options as chosen (the planned vs actual page reads only the language)."""
        from eventplanner.exports.programme.options import ProgrammeOptions

        return ProgrammeOptions(
            paper=self.paper.currentData(),
            lang=self.lang.currentData(),
            second_lang=self.second.currentData(),
            bilingual_layout=self.layout_box.currentData(),
            include_descriptions=self.descriptions.isChecked(),
            include_biographies=self.biographies.isChecked(),
            include_partners=self.partners.isChecked(),
            description_lines=self.limit.lines() if self.descriptions.isChecked() else 0,
        )

    @property
    def is_timings(self) -> bool:
        """The planned vs actual page is chosen rather than the programme."""
        return self.document.currentData() == "timings"

    def languages(self) -> list[str]:
        """The language and the second language chosen, if any (for the saved file's name)."""
        return [code for code in (self.lang.currentData(), self.second.currentData()) if code]

    def select(self, combo: QComboBox, code: str) -> bool:
        """Choose `code` in one of the form's combo boxes without announcing it; True when that changed it."""
        index = combo.findData(code)
        if index >= 0 and index != combo.currentIndex():
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
            return True
        return False

    def _second_changed(self) -> None:
        self.layout_box.setEnabled(self.second.currentData() is not None and not self.is_timings)

    def _document_changed(self) -> None:
        """The planned vs actual page has only a language; the programme's other options rest meanwhile."""
        for widget in (self.paper, self.second, self.descriptions, self.biographies, self.partners):
            widget.setEnabled(not self.is_timings)
        self.limit.spin.setEnabled(not self.is_timings and self.descriptions.isChecked())
        self._second_changed()

    def _offer_second_languages(self) -> None:
        """The first language is never offered again as the second; if it was chosen, the second becomes None."""
        first = self.lang.currentData()
        view = self.second.view()
        for i in range(self.second.count()):
            same = self.second.itemData(i) == first
            if isinstance(view, QListView):
                view.setRowHidden(i, same)
            item = self.second.model().index(i, 0)
            self.second.model().setData(item, 0 if same else None, Qt.ItemDataRole.UserRole - 1)
        if self.second.currentData() == first:
            self.second.setCurrentIndex(0)
