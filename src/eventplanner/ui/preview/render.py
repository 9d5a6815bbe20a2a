"""PDF pages as images: shared by the on-screen preview and printing (pypdfium2 loads only when drawing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QImage

Page = tuple[int, int, bytes]
"""One rendered page: width, height and RGB bytes (plain data, so a worker thread can make it)."""


def rasterize(pdf: bytes, dpi: int, check: Callable[[], None] | None = None) -> list[Page]:
    """Pages of a PDF as RGB bytes (width, height, data); called in a worker thread. `check` runs before each
    page and may raise to stop (a preview's Cancel)."""
    import pypdfium2 as pdfium  # heavy: only when a preview is drawn

    doc = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for i in range(len(doc)):
            if check is not None:
                check()
            image = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
            pages.append((image.width, image.height, image.tobytes()))
        return pages
    finally:
        doc.close()


def to_image(page: Page) -> QImage:
    w, h, data = page
    return QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
