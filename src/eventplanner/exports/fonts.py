"""The print typeface shared by the PDF exporters: Noto Sans with kerning, DejaVu Sans for missing glyphs.

Noto Sans (regular, bold, italic) sets the text; a character it lacks (Arabic, Hebrew, arrows, check marks...)
is drawn from DejaVu Sans, and one that neither font has is reported by the caller as a warning. ReportLab
draws TrueType text without kerning, so `draw_text` applies the font's own pair kerning (extracted into
`*.kern.json` by tools/extract_kerning.py) with the PDF `TJ` operator, and `text_width` measures the same.

ReportLab is imported inside the functions so that importing this module stays cheap.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any

from eventplanner.paths import resource

FAMILY = "NotoSans"
FALLBACK_FAMILY = "DejaVuSans"

_FILES: dict[str, str] = {
    FAMILY: "NotoSans-Regular.ttf",
    f"{FAMILY}-Bold": "NotoSans-Bold.ttf",
    f"{FAMILY}-Italic": "NotoSans-Italic.ttf",
    FALLBACK_FAMILY: "DejaVuSans.ttf",
    f"{FALLBACK_FAMILY}-Bold": "DejaVuSans-Bold.ttf",
}

#: Each face's stand-in for glyphs it lacks (an upright fallback glyph in italic text reads better than a box).
FALLBACK: dict[str, str] = {
    FAMILY: FALLBACK_FAMILY,
    f"{FAMILY}-Bold": f"{FALLBACK_FAMILY}-Bold",
    f"{FAMILY}-Italic": FALLBACK_FAMILY,
}

_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class FontNames:
    """The faces of the registered family, by ReportLab font name (no bold italic is shipped: bold stands in)."""

    regular: str = FAMILY
    bold: str = f"{FAMILY}-Bold"
    italic: str = f"{FAMILY}-Italic"
    bold_italic: str = f"{FAMILY}-Bold"


FONTS = FontNames()


def register_fonts() -> str:
    """Register Noto Sans (regular, bold, italic) as one family plus the DejaVu fallbacks; return the family name.

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
            FAMILY, normal=FONTS.regular, bold=FONTS.bold, italic=FONTS.italic, boldItalic=FONTS.bold_italic
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


@cache
def _font_of(font_name: str, char: str) -> str:
    """The face that draws `char` in text set in `font_name`: itself, its fallback, or itself when neither can."""
    if char.isspace() or has_glyph(font_name, char):
        return font_name
    fallback = FALLBACK.get(font_name)
    if fallback and has_glyph(fallback, char):
        return fallback
    return font_name


def can_print(font_name: str, char: str) -> bool:
    """Whether `char` prints in text set in `font_name`, from the face itself or its fallback."""
    face = _font_of(font_name, char)
    return face != font_name or char.isspace() or has_glyph(font_name, char)


def font_runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """`text` cut into (piece, face) runs: the face itself where it has the glyphs, the fallback elsewhere."""
    if text.isascii() or font_name not in FALLBACK:
        return [(text, font_name)]
    runs: list[tuple[str, str]] = []
    start, current = 0, font_name
    for i, ch in enumerate(text):
        face = current if ch.isspace() else _font_of(font_name, ch)
        if face != current:
            if i > start:
                runs.append((text[start:i], current))
            start, current = i, face
    runs.append((text[start:], current))
    return runs


@cache
def kerning_pairs(font_name: str) -> dict[str, int]:
    """'AV' -> adjustment in 1/1000 em for the shipped faces that carry kerning (empty for the others)."""
    filename = _FILES.get(font_name, "")
    path = resource("fonts", filename.replace(".ttf", ".kern.json")) if filename else None
    if path is None or not path.is_file():
        return {}
    pairs: dict[str, int] = json.loads(path.read_text(encoding="utf-8"))["pairs"]
    # Pairs with a space are left out: lines are measured word by word, so drawing must not kern across spaces.
    return {k: v for k, v in pairs.items() if not k.isspace() and " " not in k and "\u00a0" not in k}


def kerns(text: str, font_name: str) -> list[tuple[int, int]]:
    """(index, adjustment) for every kerned pair in `text`: the adjustment goes after character `index`."""
    pairs = kerning_pairs(font_name)
    if not pairs or len(text) < 2:
        return []
    get = pairs.get
    out = []
    for i in range(len(text) - 1):
        value = get(text[i : i + 2])
        if value:
            out.append((i, value))
    return out


def _kern_total(text: str, font_name: str) -> int:
    pairs = kerning_pairs(font_name)
    if not pairs or len(text) < 2:
        return 0
    get = pairs.get
    total = 0
    for i in range(len(text) - 1):
        total += get(text[i : i + 2], 0)
    return total


def text_width(text: str, font_name: str, size: float) -> float:
    """The printed width of `text`: per-face widths (with the fallback for missing glyphs) plus kerning."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    total = 0.0
    for piece, face in font_runs(text, font_name):
        total += stringWidth(piece, face, size) + _kern_total(piece, face) * size / 1000.0
    return total


def _num(value: float) -> str:
    """A PDF number: few digits, no exponent (ReportLab's fp_str is slow in pure Python)."""
    if value == int(value):
        return str(int(value))
    return f"{value:.3f}".rstrip("0").rstrip(".")


def draw_text(canv: Any, x: float, y: float, text: str, font_name: str, size: float, char_space: float = 0.0) -> float:
    """Draw one line of `text` from (x, y) with kerning and the fallback face; returns its width.

    The caller sets the fill colour. Text is drawn as given (already shaped and in visual order). Each line
    is one BT..ET block whose TJ array carries the kerning; every run sets its own font (Tf), as ReportLab
    does for TrueType text, so no later text relies on a font state set here. A line drawn before on the same
    canvas reuses its code (programmes repeat names, times and labels).
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cache: dict[tuple[str, str, float, float], tuple[str, float]] | None = getattr(canv, "_kerned_lines", None)
    if cache is None:
        cache = canv._kerned_lines = {}
    key = (text, font_name, size, char_space)
    hit = cache.get(key)
    if hit is not None:  # the same line again (names, times, labels): only its position is new
        canv._code.append(f"BT 1 0 0 1 {_num(x)} {_num(y)} Tm {hit[0]}")
        return hit[1]
    runs = font_runs(text, font_name)
    doc = canv._doc
    escape = canv._escape
    code: list[str] = []
    if char_space:
        code.append(f"{_num(char_space)} Tc")
    dx = last_dx = 0.0
    for n, (piece, face) in enumerate(runs):
        if n:
            code.append(f"{_num(dx - last_dx)} 0 Td")  # the next run, relative to this line's start
            last_dx = dx
        font = pdfmetrics.getFont(face)
        adjust = kerns(piece, face)
        array: list[str] = []
        current = -1
        pos = 0  # splitString gives one byte per character: kerning positions map onto the chunks
        k = 0
        for subset, chunk in font.splitString(piece, doc):
            if subset != current:
                if array:
                    code.append(f"[{' '.join(array)}] TJ")
                    array = []
                code.append(f"{font.getSubsetInternalName(subset, doc)} {_num(size)} Tf {_num(size * 1.2)} TL")
                current = subset
            end = pos + len(chunk)
            start = 0
            while k < len(adjust) and adjust[k][0] < end - 1:
                cut = adjust[k][0] + 1 - pos
                array.append(f"({escape(chunk[start:cut])})")
                array.append(str(-adjust[k][1]))
                start = cut
                k += 1
            array.append(f"({escape(chunk[start:])})")
            pos = end
        if array:
            code.append(f"[{' '.join(array)}] TJ" if len(array) > 1 else f"{array[0]} Tj")
        dx += stringWidth(piece, face, size) + sum(v for _i, v in adjust) * size / 1000.0
        if char_space:
            dx += char_space * len(piece)
    if char_space:
        code.append("0 Tc")  # text state outlives BT/ET: the next line must not inherit the tracking
    code.append("T* ET")  # T* as ReportLab's own lines end: text extraction reads each drawn line as one line
    body = " ".join(code)
    cache[key] = (body, dx)
    canv._code.append(f"BT 1 0 0 1 {_num(x)} {_num(y)} Tm {body}")
    return dx
