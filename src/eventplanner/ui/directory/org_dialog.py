"""Add or edit an organization: name and acronym in each content language, kind, country, website, logo."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QMessageBox, QWidget

from eventplanner.domain.data import OrganizationData
from eventplanner.domain.enums import EVENT_ROLE_LABELS, ORGANIZATION_KIND_LABELS, EventRole, OrganizationKind
from eventplanner.domain.languages import language_codes
from eventplanner.ui.common.combo import TypeAheadCombo
from eventplanner.ui.directory.image_picker import IMAGE_FILTER, ImagePicker, form_beside_picture
from eventplanner.ui.translations.switch import LanguageSwitch


class OrgDialog(QDialog):
    def __init__(self, parent: QWidget | None, org: OrganizationData | None = None, event_title: str = "",
                 role: EventRole = EventRole.PARTNER, languages: Sequence[str] = (), primary: str = "en") -> None:
        """With `event_title` (a new organization made from an event's page), it joins that event in a role."""
        super().__init__(parent)
        self.org = org
        self.setWindowTitle(self.tr("Edit organization") if org else self.tr("New organization"))
        self.name = QLineEdit(org.name if org else "")
        self.name.setMinimumWidth(320)
        self.acronym = QLineEdit(org.acronym if org else "")
        self.kind = TypeAheadCombo()
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

        self.switch = LanguageSwitch(languages or language_codes(), primary, org.translations if org else {}, self)
        self.switch.register("name", self.name)
        self.switch.register("acronym", self.acronym)
        form = QFormLayout()
        form.addRow(self.switch)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Acronym:"), self.acronym)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Website:"), self.website)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.add_to_event = QCheckBox(self.tr("Add to “{0}” as").format(event_title))
        self.event_role = TypeAheadCombo()
        for value, label in EVENT_ROLE_LABELS.items():
            self.event_role.addItem(self.tr(label), value)
        self.event_role.setCurrentIndex(self.event_role.findData(role))
        self.add_to_event.toggled.connect(self.event_role.setEnabled)
        self.add_to_event.setChecked(bool(event_title) and org is None)
        if event_title and org is None:
            join = QHBoxLayout()
            join.addWidget(self.add_to_event)
            join.addWidget(self.event_role, 1)
            form.addRow("", join)
        form_beside_picture(self, form, self.logo, self._accept)

    def _accept(self) -> None:
        self.switch.back_to_primary()
        if not self.name.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("An organization needs a name."))
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        self.switch.back_to_primary()
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "acronym": self.acronym.text().strip(),
            "kind": self.kind.currentData(),
            "country": self.country.text().strip(),
            "website": self.website.text().strip(),
            "notes": self.notes.text().strip(),
            "translations": self.switch.translations(self.org.translations if self.org else {}),
        }
        if self.logo.changed or self.org is None:
            values["logo"] = self.logo.image()
        return values

    def joins_event_as(self) -> EventRole | None:
        """The role in the event the organization joins, or None."""
        if self.add_to_event.isChecked() and self.add_to_event.parent() is not None and self.org is None:
            return EventRole(self.event_role.currentData())
        return None

    def changes(self) -> dict[str, Any]:
        values = self.values()
        if self.org is None:
            return values
        return {k: v for k, v in values.items() if k == "logo" or getattr(self.org, k) != v}
