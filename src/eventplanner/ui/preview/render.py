"""PDF pages as images: shared by the on-screen preview and printing (pypdfium2 loads only when drawing).

The preview draws its pages on the GUI thread (`PdfPages`), at the size shown and only the pages in view;
`rasterize` is for callers that need every page at once (printing, one letter). PDFium is not thread-safe:
every call into it holds `PDFIUM_LOCK`.
"""

from __future__ import annotations

import atexit
import weakref
from typing import Any

from PySide6.QtGui import QImage

from eventplanner.exports.pdfium_lock import PDFIUM_LOCK

Page = tuple[int, int, bytes]
"""One rendered page: width, height and RGB bytes (plain data, so a worker thread can make it)."""


def rasterize(pdf: bytes, dpi: int) -> list[Page]:
    """Pages of a PDF as RGB bytes (width, height, data); called in a worker thread."""
    import pypdfium2 as pdfium  # heavy: only when a preview is drawn

    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(pdf)
        try:
            pages = []
            for i in range(len(doc)):
                image = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
                pages.append((image.width, image.height, image.tobytes()))
            return pages
        finally:
            doc.close()


def to_image(page: Page) -> QImage:
    w, h, data = page
    return QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class PdfPages:
    """A PDF kept open to draw its pages on demand at the size they are shown (GUI thread only)."""

    def __init__(self, pdf: bytes) -> None:
        import pypdfium2 as pdfium  # heavy: only when a preview is drawn

        self.pdf = pdf
        with PDFIUM_LOCK:
            self._doc = pdfium.PdfDocument(pdf)
            #: Each page's (width, height) in points.
            self.sizes: list[tuple[float, float]] = [
                (float(w), float(h)) for w, h in (self._doc.get_page_size(i) for i in range(len(self._doc)))]
        self._closed = weakref.finalize(self, _close, self._doc)  # also when a widget goes without closing it
        self._closed.atexit = False
        _OPEN.add(self)
        if not _EXIT_HOOK:  # after pypdfium2's own exit hook, so it runs first and PDFium finds all closed
            atexit.register(_close_all)
            _EXIT_HOOK.append(True)

    def __len__(self) -> int:
        return len(self.sizes)

    def image(self, index: int, width: int) -> QImage:
        """Page `index` drawn `width` pixels wide (its height in proportion)."""
        import pypdfium2.raw as pdfium_c

        with PDFIUM_LOCK:
            page = self._doc[index]
            try:
                bitmap = page.render(scale=width / self.sizes[index][0],
                                     force_bitmap_format=pdfium_c.FPDFBitmap_BGRx)
                try:
                    return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                  QImage.Format.Format_RGB32).copy()
                finally:
                    bitmap.close()
            finally:
                page.close()

    def close(self) -> None:
        self._closed()


_OPEN: weakref.WeakSet[PdfPages] = weakref.WeakSet()
_EXIT_HOOK: list[bool] = []


def _close_all() -> None:
    for pages in list(_OPEN):
        pages.close()


def _close(doc: Any) -> None:
    with PDFIUM_LOCK:
        doc.close()
