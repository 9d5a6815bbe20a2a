"""The picture picker of the speaker and organization dialogs: choosing, removing and what the dialogs save."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog

from eventplanner.domain.data import OrganizationData
from eventplanner.paths import resource
from eventplanner.ui.directory.org_dialog import OrgDialog
from eventplanner.ui.directory.person_dialog import PersonDialog

LOGO = resource("sample", "logos", "iom.png")


def test_chosen_and_removed_picture(qtbot: Any, monkeypatch: Any) -> None:
    dialog = PersonDialog(None, [])
    qtbot.addWidget(dialog)
    picker = dialog.photo
    assert picker.image() is None and not picker.changed
    assert picker.label.text() == "No photo"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(LOGO), ""))
    picker._choose()
    assert picker.image() == LOGO.read_bytes() and picker.changed
    assert not picker.label.pixmap().isNull()
    assert dialog.values()["photo"] == LOGO.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    picker._choose()  # cancelled: the picture stays
    assert picker.image() == LOGO.read_bytes()
    picker.set_image(None)
    assert picker.image() is None and picker.label.text() == "No photo"


def test_logo_saved_only_when_changed(qtbot: Any) -> None:
    org = OrganizationData(id=3, name="IOM", logo=LOGO.read_bytes(), has_logo=True)
    dialog = OrgDialog(None, org)
    qtbot.addWidget(dialog)
    assert dialog.logo.image() == org.logo
    assert "logo" not in dialog.values()
    dialog.logo.set_image(None)
    assert dialog.values()["logo"] is None
    new = OrgDialog(None)
    qtbot.addWidget(new)
    assert new.values()["logo"] is None  # a new organization always gives its logo
