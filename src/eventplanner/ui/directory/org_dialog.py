"""Add or edit an organization: name, acronym, kind, country, website, logo."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QMessageBox, QWidget

from eventplanner.domain.data import OrganizationData
from eventplanner.domain.enums import ORGANIZATION_KIND_LABELS, OrganizationKind
from eventplanner.ui.directory.image_picker import IMAGE_FILTER, ImagePicker, form_beside_picture


class OrgDialog(QDialog):
    def __init__(self, parent: QWidget | None, org: OrganizationData | None = None) -> None:
        super().__init__(parent)
        self.org = org
        self.setWindowTitle(self.tr("Edit organization") if org else self.tr("New organization"))
        self.name = QLineEdit(org.name if org else "")
        self.name.setMinimumWidth(320)
        self.acronym = QLineEdit(org.acronym if org else "")
        self.kind = QComboBox()
        for kind, label in ORGANIZATION_KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind)
        self.kind.setCurrentIndex(self.kind.findData(org.kind if org else OrganizationKind.OTHER))
        self.country = QLineEdit(org.country if org else "")
        self.website = QLineEdit(org.website if org else "")
        self.notes = QLineEdit(org.notes if org else "")
        self.logo = ImagePicker(
            org.logo if org else None, width=140, height=100, scale=96, choose=self.tr("Choose logo…"),
            remove=self.tr("Remove logo"), empty=self.tr("No logo"), title=self.tr("Choose a logo"),
            file_filter=self.tr(IMAGE_FILTER),
        )

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Acronym:"), self.acronym)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Website:"), self.website)
        form.addRow(self.tr("N&otes:"), self.notes)
        form_beside_picture(self, form, self.logo, self._accept)

    def _accept(self) -> None:
        if not self.name.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("An organization needs a name."))
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "acronym": self.acronym.text().strip(),
            "kind": self.kind.currentData(),
            "country": self.country.text().strip(),
            "website": self.website.text().strip(),
            "notes": self.notes.text().strip(),
        }
        if self.logo.changed or self.org is None:
            values["logo"] = self.logo.image()
        return values

    def changes(self) -> dict[str, Any]:
        values = self.values()
        if self.org is None:
            return values
        return {k: v for k, v in values.items() if k == "logo" or getattr(self.org, k) != v}
