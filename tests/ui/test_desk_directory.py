"""Directory fixes: roles changed in place and reordered by dragging, an organization made from the event's page
joins it, SVG logos, type-ahead across spaces, the Name label's accelerator and the honorific's width."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel

from eventplanner.domain.enums import EventRole
from eventplanner.services import organizations
from eventplanner.ui.common.combo import TypeAheadCombo
from eventplanner.ui.directory.image_picker import ImagePicker, looks_like_svg, rasterize_svg
from eventplanner.ui.directory.org_dialog import OrgDialog
from eventplanner.ui.directory.org_view import RoleDelegate
from eventplanner.ui.directory.person_dialog import PersonDialog
from eventplanner.ui.window.main_window import MainWindow

SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">' \
      b'<rect width="200" height="100" fill="#1565c0"/></svg>'


def _roles(win: MainWindow) -> list[tuple[str, EventRole]]:
    assert win.current_event is not None
    return [(o.organization.name, o.role) for o in organizations.event_organizations(win.ops.db, win.current_event.id)]


def test_role_changed_in_place_with_undo(qtbot: Any, sample_window: MainWindow) -> None:
    win = sample_window
    view = win.orgs
    win.tabs.setCurrentWidget(view)
    before = _roles(win)
    row = next(i for i, (_n, role) in enumerate(before) if role is EventRole.PARTNER)
    index = view.role_model.index(row, 0)
    assert view.role_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    view.roles.setCurrentIndex(index)
    view.roles.edit(index)  # the delegate's list of roles, as a double-click opens it
    editor = view.roles.findChild(QComboBox)
    assert editor is not None and isinstance(view.roles.itemDelegateForColumn(0), RoleDelegate)
    editor.setCurrentIndex(editor.findData(EventRole.CO_ORGANIZER))
    editor.activated.emit(editor.currentIndex())
    name = before[row][0]
    assert (name, EventRole.CO_ORGANIZER) in _roles(win)
    assert "Make" in win.ops.stack.undoText()
    win.ops.stack.undo()
    assert _roles(win) == before


def test_roles_reordered_by_dragging(sample_window: MainWindow) -> None:
    win = sample_window
    view = win.orgs
    win.tabs.setCurrentWidget(view)
    before = _roles(win)
    model = view.role_model
    partners = [i for i, (_n, role) in enumerate(before) if role is EventRole.PARTNER]
    assert len(partners) >= 2
    first, second = partners[0], partners[1]
    data = model.mimeData([model.index(second, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, first, 0, QModelIndex())  # drop above the first partner
    after = _roles(win)
    assert after[first] == before[second] and after[second] == before[first]
    win.ops.stack.undo()
    assert _roles(win) == before


def test_new_organization_from_the_event_page_joins_the_event(sample_window: MainWindow,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    win = sample_window
    view = win.orgs
    win.tabs.setCurrentWidget(view)
    before = _roles(win)

    def fill(self: OrgDialog) -> int:
        assert self.add_to_event.isChecked()
        self.name.setText("Baku State University")
        self.event_role.setCurrentIndex(self.event_role.findData(EventRole.SUPPORTER))
        return 1

    monkeypatch.setattr(OrgDialog, "exec", fill)
    view.add_org()
    assert _roles(win) == [*before, ("Baku State University", EventRole.SUPPORTER)]
    win.ops.stack.undo()
    assert _roles(win) == before
    assert all(o.name != "Baku State University" for o in organizations.list_organizations(win.ops.db))
    win.ops.stack.redo()
    assert _roles(win)[-1] == ("Baku State University", EventRole.SUPPORTER)


def test_svg_logos_are_rasterized(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert looks_like_svg(SVG) and not looks_like_svg(b"\x89PNG")
    png = rasterize_svg(SVG)
    assert png is not None and png.startswith(b"\x89PNG")
    assert rasterize_svg(b"<svg broken") is None
    path = tmp_path / "logo.svg"
    path.write_bytes(SVG)
    picker = ImagePicker(None, width=100, height=80, scale=80, choose="c", remove="r", empty="e", title="t",
                         file_filter="*")
    qtbot.addWidget(picker)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    picker._choose()
    image = picker.image()
    assert image is not None and image.startswith(b"\x89PNG") and picker.changed


def test_type_ahead_goes_on_across_spaces(qtbot: Any) -> None:
    combo = TypeAheadCombo()
    combo.addItems(["UN agency", "UN Women", "UNHCR", "Private sector"])
    qtbot.addWidget(combo)
    combo.show()
    combo.setFocus()
    qtbot.keyClicks(combo, "UN W")
    assert combo.currentText() == "UN Women"
    assert not combo.view().isVisible()


def test_name_label_has_its_accelerator_and_the_honorific_fits(qtbot: Any) -> None:
    dialog = PersonDialog(None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    label = next(lb for lb in dialog.findChildren(QLabel) if lb.text() == "&Name:")
    assert label.buddy() is dialog.given
    width = dialog.honorific.fontMetrics().horizontalAdvance("H.E. Mr.")
    assert dialog.honorific.lineEdit() is not None
    assert dialog.honorific.lineEdit().width() >= width  # type: ignore[union-attr]
