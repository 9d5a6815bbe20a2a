"""A picture chosen from a file (a person's photo, an organization's logo): a framed preview with Choose… and
Remove buttons, and the layout the directory dialogs share (their form beside the picture, OK and Cancel below)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)"  # translated by the dialogs (l10n_catalog)
SVG_PIXELS = 800
"""An SVG logo is drawn at this size (its longer side) and kept as PNG: the programme and badges need pixels."""


def looks_like_svg(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:4096].lower())


def rasterize_svg(data: bytes, longest: int = SVG_PIXELS) -> bytes | None:
    """An SVG drawing as PNG bytes on a transparent background; None when it is not a drawing Qt can read."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(longest, longest)
    size = size.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def read_image_file(path: str | Path) -> bytes | None:
    """A picture file's bytes, an SVG drawn to PNG; None when it is not a picture we can show."""
    data = Path(path).read_bytes()
    if looks_like_svg(data):
        return rasterize_svg(data)
    pix = QPixmap()
    return data if pix.loadFromData(data) else None


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
        if not path:
            return
        try:
            data = read_image_file(path)
        except OSError as exc:
            QMessageBox.warning(self, self._title, str(exc))
            return
        if data is None:
            QMessageBox.warning(self, self._title, QCoreApplication.translate(
                "ImagePicker", "{0} is not a picture that can be read.").format(Path(path).name))
            return
        self.set_image(data)


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
