"""Add or edit a person of the speaker directory, with an optional photo."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from eventplanner.domain.data import OrganizationData, PersonData
from eventplanner.domain.enums import HONORIFICS
from eventplanner.domain.languages import honorific_choices, language_codes
from eventplanner.ui.common.combo import TypeAheadCombo
from eventplanner.ui.directory.image_picker import IMAGE_FILTER, ImagePicker, form_beside_picture, pixmap_from
from eventplanner.ui.translations.switch import LanguageSwitch

__all__ = ["IMAGE_FILTER", "PersonDialog", "pixmap_from"]  # people_view imports pixmap_from from here


class PersonDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        organizations: Sequence[OrganizationData],
        person: PersonData | None = None,
        name_hint: str = "",
        languages: Sequence[str] = (),
        primary: str = "en",
    ) -> None:
        """`languages`: the content languages to edit the texts in (default: every one), `primary` first."""
        super().__init__(parent)
        self.person = person
        self.setWindowTitle(self.tr("Edit speaker") if person else self.tr("New speaker"))

        self.honorific = QComboBox()
        self.honorific.setEditable(True)
        self.honorific.setMinimumContentsLength(9)  # "H.E. Mr." and "H.E. Dr." fit
        self.honorific.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.honorific.addItems(["", *dict.fromkeys([*HONORIFICS, *honorific_choices()])])
        self.honorific.setCurrentText(person.honorific if person else "")
        hint = name_hint.split(maxsplit=1)
        self.given = QLineEdit(person.given_name if person else (hint[0] if hint else ""))
        self.family = QLineEdit(person.family_name if person else (hint[1] if len(hint) > 1 else ""))
        self.position = QLineEdit(person.position if person else "")
        self.rank = QLineEdit(person.rank if person else "")
        self.organization = TypeAheadCombo()
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

        self.photo = ImagePicker(
            person.photo if person else None, width=120, height=120, scale=116, choose=self.tr("Choose photo…"),
            remove=self.tr("Remove photo"), empty=self.tr("No photo"), title=self.tr("Choose a photo"),
            file_filter=self.tr(IMAGE_FILTER),
        )

        names = QHBoxLayout()
        names.addWidget(self.honorific)
        names.addWidget(self.given, 2)
        names.addWidget(self.family, 2)
        self.given.setPlaceholderText(self.tr("Given name"))
        self.family.setPlaceholderText(self.tr("Family name"))
        self.switch = LanguageSwitch(languages or language_codes(), primary, person.translations if person else {},
                                     self)
        for field, widget in (("given_name", self.given), ("family_name", self.family), ("position", self.position),
                              ("rank", self.rank), ("biography", self.biography)):
            self.switch.register(field, widget)
        form = QFormLayout()
        form.addRow(self.switch)
        name_label = QLabel(self.tr("&Name:"))  # a label beside a layout gets no buddy by itself
        name_label.setBuddy(self.given)
        form.addRow(name_label, names)
        form.addRow(self.tr("&Position:"), self.position)
        form.addRow(self.tr("Ran&k:"), self.rank)
        form.addRow(self.tr("&Organization:"), self.organization)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("Pre&cedence:"), self.precedence)
        form.addRow(self.tr("&Biography:"), self.biography)
        form.addRow(self.tr("No&tes:"), self.notes)
        form_beside_picture(self, form, self.photo, self._accept)
        self.resize(640, 480)
        self.given.setFocus()

    def _accept(self) -> None:
        self.switch.back_to_primary()
        if not (self.given.text().strip() or self.family.text().strip()):
            QMessageBox.warning(self, self.windowTitle(), self.tr("A person needs a given name or a family name."))
            self.given.setFocus()
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        self.switch.back_to_primary()
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
            "translations": self.switch.translations(self.person.translations if self.person else {}),
        }
        if self.photo.changed or self.person is None:
            values["photo"] = self.photo.image()
        return values

    def changes(self) -> dict[str, Any]:
        values = self.values()
        if self.person is None:
            return values
        return {k: v for k, v in values.items() if k == "photo" or getattr(self.person, k) != v}
