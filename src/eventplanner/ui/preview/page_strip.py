"""The preview's pages in a scroll area: zoom to fit the width or the page, steps with Ctrl+plus and Ctrl+minus,
"Page 1 of 2" as the reader scrolls, and pages drawn at the size shown, for the screen's pixel ratio.

Only the pages in view (and two either side) are drawn and held as pixmaps, so a programme of hundreds of
pages opens at once and takes the memory of a few; the others wait as blank pages of the right size.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from eventplanner.ui.common.icons import icon
from eventplanner.ui.preview.render import PdfPages

PREVIEW_DPI = 96
"""The size of 100 %: a point is 96/72 pixels, as Qt lays out a logical pixel."""
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
FIT_WIDTH, FIT_PAGE, FIXED = "width", "page", "fixed"
PAGE_GAP = 16
"""Space between two pages, in logical pixels."""
DRAWN_AROUND = 2
"""Pages drawn beyond those in view, on either side, so that scrolling finds them ready."""
BORDER = 1


class PageStrip(QWidget):
    # Pages were put on screen: how many, and whether that is the whole document.
    pages_shown = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.complete = True
        self.zoom_mode = FIT_WIDTH
        self.zoom = 1.0
        self.document: PdfPages | None = None
        self.page_labels: list[QLabel] = []
        # Page index -> the pixel width its label's pixmap was drawn at (-1: left from the previous document).
        self._drawn: dict[int, int] = {}
        self._tops: list[int] = []  # each page's top in the page box, at the current zoom
        self._keep_position: int | None = None

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
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_layout.setSpacing(PAGE_GAP)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.page_box)
        self.scroller.setWidgetResizable(True)
        self.scroller.setStyleSheet("QScrollArea, #previewPages { background: palette(dark); }")
        self._draw_later = QTimer(self)
        self._draw_later.setSingleShot(True)
        self._draw_later.setInterval(0)
        self._draw_later.timeout.connect(self._draw_visible)
        bar = self.scroller.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(self._range_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(zoom_bar)
        layout.addWidget(self.scroller, 1)
        self._show_zoom()

    def page_count(self) -> int:
        return len(self.page_labels)

    def set_document(self, document: PdfPages | None, complete: bool = True) -> None:
        """Show `document` at the current zoom, in the page widgets already there, at the same scroll position.

        The pages in view are drawn from the new document before anything is repainted, so a page that stays
        (page 1 shown early, then the whole programme) does not flicker. `complete` False: more pages are
        coming (the counter says 'Page 1 of …')."""
        position = self.scroller.verticalScrollBar().value()
        previous, self.document, self.complete = self.document, document, complete
        count = len(document) if document is not None else 0
        while len(self.page_labels) > count:
            label = self.page_labels.pop()
            self.page_layout.removeWidget(label)
            label.deleteLater()
        while len(self.page_labels) < count:
            label = QLabel()
            label.setStyleSheet(f"border: {BORDER}px solid #888; background: white;")
            self.page_layout.addWidget(label)
            self.page_labels.append(label)
        self._drawn = {index: -1 for index in self._drawn if index < count}
        self._apply_zoom(keep_place=False)
        if previous is not None and previous is not document:
            previous.close()
        self._keep_position = position  # put back once the scroll area has taken the new pages' size
        self.scroller.verticalScrollBar().setValue(position)
        self._update_counter()
        self.pages_shown.emit(count, complete)

    def _scrolled(self, _value: int) -> None:
        self._update_counter()
        self._draw_later.start()

    def _range_changed(self, _low: int, high: int) -> None:
        """The pages' size settled: the scroll position kept across new pages goes back, the counter follows."""
        if self._keep_position is not None and high >= self._keep_position:
            self.scroller.verticalScrollBar().setValue(self._keep_position)
            self._keep_position = None
        QTimer.singleShot(0, self._update_counter)
        self._draw_later.start()

    def set_complete(self, complete: bool) -> None:
        """Whether the pages shown are the whole document ('Page 1 of …' while they are not)."""
        self.complete = complete
        self._update_counter()

    # Drawing ----------------------------------------------------------------------------------------------------

    def _page_size(self, index: int, zoom: float) -> tuple[int, int]:
        """Page `index`'s size in logical pixels at `zoom`, without its border."""
        assert self.document is not None
        width, height = self.document.sizes[index]
        scale = zoom * PREVIEW_DPI / 72
        return max(1, round(width * scale)), max(1, round(height * scale))

    def _visible(self) -> range:
        """The pages in view, and DRAWN_AROUND more on either side."""
        if not self._tops:
            return range(0)
        top = self.scroller.verticalScrollBar().value()
        bottom = top + self.scroller.viewport().height()
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        last = max(first, bisect.bisect_left(self._tops, bottom) - 1)
        return range(max(0, first - DRAWN_AROUND), min(len(self._tops), last + 1 + DRAWN_AROUND))

    def _draw_visible(self) -> None:
        """Draw the pages in view at the current zoom; let go of the pixmaps of pages far from view."""
        document = self.document
        if document is None:
            return
        zoom, ratio = self.effective_zoom(), self.devicePixelRatioF()
        wanted = self._visible()
        for index in wanted:
            width, _height = self._page_size(index, zoom)
            pixels = max(1, round(width * ratio))
            if self._drawn.get(index) != pixels:
                pixmap = QPixmap.fromImage(document.image(index, pixels))
                pixmap.setDevicePixelRatio(ratio)
                self.page_labels[index].setPixmap(pixmap)
                self._drawn[index] = pixels
        for index in [i for i in self._drawn if i not in wanted]:
            self.page_labels[index].clear()
            del self._drawn[index]

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
        if self.document is None or not len(self.document):
            return 794.0, 1123.0
        width, height = self.document.sizes[0]
        return width * PREVIEW_DPI / 72, height * PREVIEW_DPI / 72

    def effective_zoom(self) -> float:
        width, height = self._page_size_at_100()
        area = self.scroller.viewport().size()
        margin = 2 * PAGE_GAP + 24
        if self.zoom_mode == FIT_WIDTH:
            return max(0.1, (area.width() - margin) / width)
        if self.zoom_mode == FIT_PAGE:
            return max(0.1, min((area.width() - margin) / width, (area.height() - 24) / height))
        return self.zoom

    def _apply_zoom(self, keep_place: bool = True) -> None:
        """Every page widget takes its size at the zoom (blank until drawn); the pages in view are drawn. With
        `keep_place`, the spot at the top third of the view stays there (zooming out mid-document does not
        leave the reader at its end)."""
        zoom = self.effective_zoom()
        bar = self.scroller.verticalScrollBar()
        third = self.scroller.viewport().height() // 3
        anchor = self._place(bar.value() + third) if keep_place else None
        top = self.page_layout.contentsMargins().top()
        self._tops = []
        for index, label in enumerate(self.page_labels):
            width, height = self._page_size(index, zoom)
            label.setFixedSize(width + 2 * BORDER, height + 2 * BORDER)
            self._tops.append(top)
            top += height + 2 * BORDER + PAGE_GAP
        if anchor is not None and anchor[0] < len(self._tops):
            index, within = anchor
            height = self._page_size(index, zoom)[1] + 2 * BORDER + PAGE_GAP
            self._keep_position = max(0, round(self._tops[index] + within * height) - third)
            bar.setValue(self._keep_position)
        self._draw_visible()
        self._show_zoom()
        QTimer.singleShot(0, self._update_counter)

    def _place(self, y: int) -> tuple[int, float] | None:
        """Where `y` (in the page box) falls: the page's index and how far down that page and its gap."""
        if not self._tops:
            return None
        index = max(0, min(len(self._tops) - 1, bisect.bisect_right(self._tops, y) - 1))
        end = self._tops[index + 1] if index + 1 < len(self._tops) else None
        if end is None:
            end = self._tops[index] + self.page_labels[index].height() + PAGE_GAP
        return index, min(1.0, max(0.0, (y - self._tops[index]) / max(1, end - self._tops[index])))

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)} %")
        self.fit_width_button.setChecked(self.zoom_mode == FIT_WIDTH)
        self.fit_page_button.setChecked(self.zoom_mode == FIT_PAGE)

    def resizeEvent(self, e: Any) -> None:
        super().resizeEvent(e)
        if self.page_labels:
            QTimer.singleShot(0, self._apply_zoom if self.zoom_mode != FIXED else self._draw_visible)

    # Page counter -----------------------------------------------------------------------------------------------

    def current_page(self) -> int:
        """The page at the top third of the view, counted from 1 (0 when there are none)."""
        if not self._tops:
            return 0
        mark = self.scroller.verticalScrollBar().value() + self.scroller.viewport().height() // 3
        return max(1, min(len(self._tops), bisect.bisect_right(self._tops, mark)))

    def _update_counter(self) -> None:
        count = len(self.page_labels)
        if not count:
            self.page_counter.setText("")
        elif self.complete:
            self.page_counter.setText(self.tr("Page {0} of {1}").format(self.current_page(), count))
        else:
            self.page_counter.setText(self.tr("Page {0} of …").format(self.current_page()))
