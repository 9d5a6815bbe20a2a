"""Add or edit a person of the speaker directory, with an optional photo."""

from __future__ import annotations

from collections.abc import Sequence
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
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.data import OrganizationData, PersonData
from eventplanner.domain.enums import HONORIFICS

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"


def pixmap_from(data: bytes | None, size: int) -> QPixmap | None:
    if not data:
        return None
    pix = QPixmap()
    if not pix.loadFromData(data):
        return None
    return pix.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class PersonDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        organizations: Sequence[OrganizationData],
        person: PersonData | None = None,
        name_hint: str = "",
    ) -> None:
        super().__init__(parent)
        self.person = person
        self.setWindowTitle(self.tr("Edit speaker") if person else self.tr("New speaker"))
        self.photo: bytes | None = person.photo if person else None
        self.photo_changed = False

        self.honorific = QComboBox()
        self.honorific.setEditable(True)
        self.honorific.addItems(["", *HONORIFICS])
        self.honorific.setCurrentText(person.honorific if person else "")
        hint = name_hint.split(maxsplit=1)
        self.given = QLineEdit(person.given_name if person else (hint[0] if hint else ""))
        self.family = QLineEdit(person.family_name if person else (hint[1] if len(hint) > 1 else ""))
        self.position = QLineEdit(person.position if person else "")
        self.rank = QLineEdit(person.rank if person else "")
        self.organization = QComboBox()
        self.organization.addItem(self.tr("(none)"), None)
        for org in organizations:
            self.organization.addItem(org.label, org.id)
        org_id = person.organization_id if person else None
        self.organization.setCurrentIndex(max(0, self.organization.findData(org_id)))
        self.email = QLineEdit(person.email if person else "")
        self.phone = QLineEdit(person.phone if person else "")
        self.precedence = QSpinBox()
        self.precedence.setRange(0, 9999)
        self.precedence.setValue(person.precedence if person else 100)
        self.precedence.setToolTip(self.tr("Protocol precedence: a lower number speaks first"))
        self.biography = QPlainTextEdit(person.biography if person else "")
        self.biography.setTabChangesFocus(True)
        self.notes = QLineEdit(person.notes if person else "")

        self.photo_label = QLabel()
        self.photo_label.setFixedSize(120, 120)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFrameShape(QLabel.Shape.StyledPanel)
        choose = QPushButton(self.tr("Choose photo…"))
        choose.clicked.connect(self._choose_photo)
        clear = QPushButton(self.tr("Remove photo"))
        clear.clicked.connect(self._clear_photo)
        self._show_photo()

        names = QHBoxLayout()
        names.addWidget(self.honorific)
        names.addWidget(self.given, 2)
        names.addWidget(self.family, 2)
        self.given.setPlaceholderText(self.tr("Given name"))
        self.family.setPlaceholderText(self.tr("Family name"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), names)
        form.addRow(self.tr("&Position:"), self.position)
        form.addRow(self.tr("Ran&k:"), self.rank)
        form.addRow(self.tr("&Organization:"), self.organization)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("Pre&cedence:"), self.precedence)
        form.addRow(self.tr("&Biography:"), self.biography)
        form.addRow(self.tr("No&tes:"), self.notes)
        photo_col = QVBoxLayout()
        photo_col.addWidget(self.photo_label)
        photo_col.addWidget(choose)
        photo_col.addWidget(clear)
        photo_col.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addLayout(photo_col)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.given.setFocus()

    def _show_photo(self) -> None:
        pix = pixmap_from(self.photo, 116)
        if pix is None:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo"))
        else:
            self.photo_label.setPixmap(pix)

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "", self.tr(IMAGE_FILTER))
        if path:
            self.set_photo(Path(path).read_bytes())

    def set_photo(self, data: bytes | None) -> None:
        self.photo, self.photo_changed = data, True
        self._show_photo()

    def _clear_photo(self) -> None:
        self.set_photo(None)

    def _accept(self) -> None:
        if not (self.given.text().strip() or self.family.text().strip()):
            QMessageBox.warning(self, self.windowTitle(), self.tr("A person needs a given name or a family name."))
            self.given.setFocus()
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "honorific": self.honorific.currentText().strip(),
            "given_name": self.given.text().strip(),
            "family_name": self.family.text().strip(),
            "position": self.position.text().strip(),
            "rank": self.rank.text().strip(),
            "organization_id": self.organization.currentData(),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
            "precedence": self.precedence.value(),
            "biography": self.biography.toPlainText().strip(),
            "notes": self.notes.text().strip(),
        }
        if self.photo_changed or self.person is None:
            values["photo"] = self.photo
        return values

    def changes(self) -> dict[str, Any]:
        values = self.values()
        if self.person is None:
            return values
        return {k: v for k, v in values.items() if k == "photo" or getattr(self.person, k) != v}
