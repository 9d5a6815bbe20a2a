"""Print a PDF through the system print dialog (QtPrintSupport), pages rasterized at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from eventplanner.ui.preview.render import rasterize, to_image


def print_pdf(parent: QWidget, pdf: bytes, dialog: bool = True) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter


    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if dialog:
        chooser = QPrintDialog(printer, parent)
        if chooser.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    dpi = min(printer.resolution(), 300)
    progress = QProgressDialog(QCoreApplication.translate("printing", "Printing…"), "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.show()
    QApplication.processEvents()
    try:
        pages = rasterize(pdf, dpi)
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for i, page in enumerate(pages):
                if i:
                    printer.newPage()
                image = to_image(page)
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        finally:
            painter.end()
    finally:
        progress.close()
    return True
