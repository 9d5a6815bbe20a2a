"""Add or edit an organization: name, acronym, kind, country, website, logo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.data import OrganizationData
from eventplanner.domain.enums import ORGANIZATION_KIND_LABELS, OrganizationKind
from eventplanner.ui.person_dialog import IMAGE_FILTER, pixmap_from


class OrgDialog(QDialog):
    def __init__(self, parent: QWidget | None, org: OrganizationData | None = None) -> None:
        super().__init__(parent)
        self.org = org
        self.setWindowTitle(self.tr("Edit organization") if org else self.tr("New organization"))
        self.logo: bytes | None = org.logo if org else None
        self.logo_changed = False
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
        self.logo_label = QLabel()
        self.logo_label.setFixedSize(140, 100)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setFrameShape(QLabel.Shape.StyledPanel)
        choose = QPushButton(self.tr("Choose logo…"))
        choose.clicked.connect(self._choose)
        clear = QPushButton(self.tr("Remove logo"))
        clear.clicked.connect(lambda: self.set_logo(None))
        self._show_logo()

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Acronym:"), self.acronym)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Website:"), self.website)
        form.addRow(self.tr("N&otes:"), self.notes)
        side = QVBoxLayout()
        side.addWidget(self.logo_label)
        side.addWidget(choose)
        side.addWidget(clear)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    def _show_logo(self) -> None:
        pix = pixmap_from(self.logo, 96)
        if pix is None:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
        else:
            self.logo_label.setPixmap(pix)

    def set_logo(self, data: bytes | None) -> None:
        self.logo, self.logo_changed = data, True
        self._show_logo()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), "", self.tr(IMAGE_FILTER))
        if path:
            self.set_logo(Path(path).read_bytes())

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
        if self.logo_changed or self.org is None:
            values["logo"] = self.logo
        return values

    def changes(self) -> dict[str, Any]:
        values = self.values()
        if self.org is None:
            return values
        return {k: v for k, v in values.items() if k == "logo" or getattr(self.org, k) != v}
