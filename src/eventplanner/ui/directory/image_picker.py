"""A picture chosen from a file (a person's photo, an organization's logo): a framed preview with Choose… and
Remove buttons, and the layout the directory dialogs share (their form beside the picture, OK and Cancel below)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"  # translated by the dialogs (ui/l10n_catalog.py)


def pixmap_from(data: bytes | None, size: int) -> QPixmap | None:
    if not data:
        return None
    pix = QPixmap()
    if not pix.loadFromData(data):
        return None
    return pix.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class ImagePicker(QWidget):
    """The picture, `changed` once the user chose or removed one. The texts come already translated from the
    dialog, so they stay in its translation context."""

    def __init__(self, image: bytes | None, *, width: int, height: int, scale: int, choose: str, remove: str,
                 empty: str, title: str, file_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = image
        self.changed = False
        self._scale, self._empty, self._title, self._filter = scale, empty, title, file_filter
        self.label = QLabel()
        self.label.setFixedSize(width, height)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setFrameShape(QLabel.Shape.StyledPanel)
        choose_button = QPushButton(choose)
        choose_button.clicked.connect(self._choose)
        remove_button = QPushButton(remove)
        remove_button.clicked.connect(lambda: self.set_image(None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(choose_button)
        layout.addWidget(remove_button)
        layout.addStretch(1)
        self._show()

    def image(self) -> bytes | None:
        return self._image

    def set_image(self, data: bytes | None) -> None:
        self._image, self.changed = data, True
        self._show()

    def _show(self) -> None:
        pix = pixmap_from(self._image, self._scale)
        if pix is None:
            self.label.setPixmap(QPixmap())
            self.label.setText(self._empty)
        else:
            self.label.setPixmap(pix)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self._title, "", self._filter)
        if path:
            self.set_image(Path(path).read_bytes())


def form_beside_picture(dialog: QDialog, form: QFormLayout, picker: ImagePicker, accept: Callable[[], None]) -> None:
    """Lay out `dialog`: the form with the picture on its right, OK (`accept`, which validates) and Cancel below."""
    top = QHBoxLayout()
    top.addLayout(form, 1)
    top.addWidget(picker)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(top)
    layout.addWidget(buttons)
