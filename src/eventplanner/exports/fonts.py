"""Unicode TrueType fonts shared by the PDF exporters (programme, badges...).

ReportLab is imported inside the functions so that importing this module stays cheap.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from eventplanner.paths import resource

FAMILY = "DejaVuSans"

_FILES: dict[str, str] = {
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class FontNames:
    """The four faces of the registered family, by ReportLab font name."""

    regular: str = FAMILY
    bold: str = f"{FAMILY}-Bold"
    italic: str = f"{FAMILY}-Oblique"
    bold_italic: str = f"{FAMILY}-BoldOblique"


FONTS = FontNames()


def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique, bold oblique) as one family; return its name.

    Idempotent and thread-safe. Paragraph markup such as <b> and <i> maps onto the family's faces, and every
    face is embedded (subset) in the PDFs that use it.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"Font file {path} is missing; reinstall the application.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=FONTS.regular,
            bold=FONTS.bold,
            italic=FONTS.italic,
            boldItalic=FONTS.bold_italic,
        )
        for bold in (0, 1):
            for italic in (0, 1):
                face = (FONTS.regular, FONTS.italic, FONTS.bold, FONTS.bold_italic)[bold * 2 + italic]
                addMapping(FAMILY, bold, italic, face)
        _registered = True
    return FAMILY


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the registered font `font_name` has a glyph for `char` (call register_fonts first)."""
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    char_to_glyph = getattr(face, "charToGlyph", None)
    if char_to_glyph is None:
        return True
    return ord(char) in char_to_glyph
