"""Guard for the Qt binding pinned in pyproject.toml.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every Qt call that returns nothing; after a
few thousand paints the interpreter aborts ("none_dealloc"). This fails fast if such a version comes back.
"""

import sys

from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_void_qt_calls_keep_none_alive(qapp: object) -> None:
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("navy"))
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.setPen(pen)
    after = sys.getrefcount(None)
    painter.end()
    assert before - after < 100, f"None lost {before - after} references over 2000 Qt calls"
