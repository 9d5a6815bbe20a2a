"""The preview's pages in a scroll area: zoom to fit the width or the page, steps with Ctrl+plus and Ctrl+minus,
"Page 1 of 2" as the reader scrolls, and pixmaps made for the screen's pixel ratio so text stays sharp."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from eventplanner.ui.common.icons import icon

PREVIEW_DPI = 96
"""The size of 100 %: a point is 96/72 pixels, as Qt lays out a logical pixel."""
RENDER_DPI = 144
"""Pages are rendered this sharp (times the screen's pixel ratio) and scaled down to the zoom."""
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
FIT_WIDTH, FIT_PAGE, FIXED = "width", "page", "fixed"


class PageStrip(QWidget):
    # Pages were put on screen: how many, and whether that is the whole document.
    pages_shown = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.complete = True
        self.zoom_mode = FIT_WIDTH
        self.zoom = 1.0
        self.render_dpi = RENDER_DPI
        self.images: list[QImage] = []
        self.page_labels: list[QLabel] = []

        self.fit_width_button = QToolButton()
        self.fit_width_button.setText(self.tr("Fit width"))
        self.fit_width_button.clicked.connect(lambda: self.set_zoom(FIT_WIDTH))
        self.fit_page_button = QToolButton()
        self.fit_page_button.setText(self.tr("Fit page"))
        self.fit_page_button.clicked.connect(lambda: self.set_zoom(FIT_PAGE))
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setIcon(icon("zoom-out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setIcon(icon("zoom-in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.page_counter = QLabel()
        self.page_counter.setObjectName("pageCounter")
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in), ("Ctrl+=", self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        zoom_bar = QHBoxLayout()
        for widget in (self.fit_width_button, self.fit_page_button, self.zoom_out_button, self.zoom_label,
                       self.zoom_in_button):
            zoom_bar.addWidget(widget)
        zoom_bar.addStretch(1)
        zoom_bar.addWidget(self.page_counter)

        self.page_box = QWidget()
        self.page_box.setObjectName("previewPages")
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_layout.setSpacing(16)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.page_box)
        self.scroller.setWidgetResizable(True)
        self.scroller.setStyleSheet("QScrollArea, #previewPages { background: palette(dark); }")
        self.scroller.verticalScrollBar().valueChanged.connect(lambda _v: self._update_counter())
        self.scroller.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self._keep_position: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(zoom_bar)
        layout.addWidget(self.scroller, 1)
        self._show_zoom()

    def set_pages(self, images: list[QImage], render_dpi: int, complete: bool = True) -> None:
        """New pages, rendered at `render_dpi`: shown at the current zoom, in the labels already there (no
        flicker) and at the same scroll position. `complete` False: more pages are coming (the counter says
        'Page 1 of …')."""
        position = self.scroller.verticalScrollBar().value()
        while len(self.page_labels) > len(images):
            label = self.page_labels.pop()
            self.page_layout.removeWidget(label)
            label.deleteLater()
        while len(self.page_labels) < len(images):
            label = QLabel()
            label.setStyleSheet("border: 1px solid #888;")
            self.page_layout.addWidget(label)
            self.page_labels.append(label)
        self.images, self.render_dpi, self.complete = images, render_dpi, complete
        self._apply_zoom()
        self._keep_position = position  # put back once the scroll area has taken the new pages' size
        self.scroller.verticalScrollBar().setValue(position)
        self._update_counter()
        self.pages_shown.emit(len(images), complete)

    def _range_changed(self, _low: int, high: int) -> None:
        """The pages' size settled: the scroll position kept across new pages goes back, the counter follows."""
        if self._keep_position is not None and high >= self._keep_position:
            self.scroller.verticalScrollBar().setValue(self._keep_position)
            self._keep_position = None
        QTimer.singleShot(0, self._update_counter)

    def set_complete(self, complete: bool) -> None:
        """Whether the pages shown are the whole document ('Page 1 of …' while they are not)."""
        self.complete = complete
        self._update_counter()

    # Zoom -------------------------------------------------------------------------------------------------------

    def set_zoom(self, mode: str, factor: float | None = None) -> None:
        self.zoom_mode = mode
        self._keep_position = None  # the reader moved on
        if factor is not None:
            self.zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], factor))
        self._apply_zoom()

    def zoom_in(self) -> None:
        current = self.effective_zoom()
        self.set_zoom(FIXED, next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.effective_zoom()
        self.set_zoom(FIXED, next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01), ZOOM_STEPS[0]))

    def _page_size_at_100(self) -> tuple[float, float]:
        """The first page's size in logical pixels at 100 % (A4: about 794 x 1123)."""
        if not self.images:
            return 794.0, 1123.0
        image = self.images[0]
        scale = PREVIEW_DPI / self.render_dpi
        return image.width() * scale, image.height() * scale

    def effective_zoom(self) -> float:
        width, height = self._page_size_at_100()
        area = self.scroller.viewport().size()
        margin = 2 * 16 + 24
        if self.zoom_mode == FIT_WIDTH:
            return max(0.1, (area.width() - margin) / width)
        if self.zoom_mode == FIT_PAGE:
            return max(0.1, min((area.width() - margin) / width, (area.height() - 24) / height))
        return self.zoom

    def _apply_zoom(self) -> None:
        zoom = self.effective_zoom()
        ratio = self.devicePixelRatioF()
        for label, image in zip(self.page_labels, self.images, strict=False):
            scale = zoom * PREVIEW_DPI / self.render_dpi
            size = QSize(max(1, round(image.width() * scale * ratio)), max(1, round(image.height() * scale * ratio)))
            pixmap = QPixmap.fromImage(image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
        self._show_zoom()
        QTimer.singleShot(0, self._update_counter)

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)} %")
        self.fit_width_button.setChecked(self.zoom_mode == FIT_WIDTH)
        self.fit_page_button.setChecked(self.zoom_mode == FIT_PAGE)

    def resizeEvent(self, e: Any) -> None:
        super().resizeEvent(e)
        if self.zoom_mode != FIXED and self.images:
            QTimer.singleShot(0, self._apply_zoom)

    # Page counter -----------------------------------------------------------------------------------------------

    def current_page(self) -> int:
        """The page at the top third of the view, counted from 1 (0 when there are none)."""
        if not self.page_labels:
            return 0
        mark = self.scroller.verticalScrollBar().value() + self.scroller.viewport().height() // 3
        for number, label in enumerate(self.page_labels, start=1):
            if label.geometry().bottom() >= mark:
                return number
        return len(self.page_labels)

    def _update_counter(self) -> None:
        count = len(self.page_labels)
        if not count:
            self.page_counter.setText("")
        elif self.complete:
            self.page_counter.setText(self.tr("Page {0} of {1}").format(self.current_page(), count))
        else:
            self.page_counter.setText(self.tr("Page {0} of …").format(self.current_page()))
