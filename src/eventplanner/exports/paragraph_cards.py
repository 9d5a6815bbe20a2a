"""Canvas drawing with fitted paragraphs, for one-off sheets laid out by hand (seating charts, certificates).

Text shrinks through the given sizes until it fits its box, then is cut with "…"; it goes through the programme's
cleaning, Arabic shaping and markup escaping, so user text never reaches ReportLab markup.
"""

from __future__ import annotations

import io
from typing import Any

from eventplanner.exports.fonts import FONTS, register_fonts
from eventplanner.exports.programme.text import clean, face_markup, shape, visual


def _markup(text: str) -> str:
    return face_markup(visual(shape(clean(" ".join(text.split())))))


def fit_paragraph(text: str, font: str, sizes: tuple[float, ...], width: float, height: float,
                  color: str = "#000000", align: int = 1) -> Any:
    """A Paragraph of `text` at the largest size that fits width x height; cut with an ellipsis if none does."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    def para(t: str, size: float) -> Any:
        style = ParagraphStyle("fit", fontName=font, fontSize=size, leading=size * 1.18, alignment=align,
                               textColor=HexColor(color))
        return Paragraph(_markup(t), style)

    for size in sizes:
        p = para(text, size)
        _w, h = p.wrap(width, height)
        if h <= height and max(p.getActualLineWidths0() or [0]) <= width + 0.1:
            return p
    words = " ".join(text.split())
    lo, hi = 0, len(words)
    while lo < hi:  # longest prefix that fits at the smallest size
        mid = (lo + hi + 1) // 2
        _w, h = para(words[:mid].rstrip() + "…", sizes[-1]).wrap(width, height)
        if h <= height:
            lo = mid
        else:
            hi = mid - 1
    return para(words[:lo].rstrip() + "…" if lo < len(words) else words, sizes[-1])


def draw_paragraph(canvas: Any, para: Any, x: float, y_top: float, width: float, height: float) -> float:
    """Draw a fitted paragraph with its top at y_top; returns its height."""
    _w, h = para.wrap(width, height)
    para.drawOn(canvas, x, y_top - h)
    return float(h)


def stack_paragraphs(canvas: Any, items: list[tuple[Any, float]], x: float, top: float, bottom: float,
                     width: float) -> None:
    """Draw paragraphs one under the other, the block centred vertically between top and bottom."""
    sized = [(p, p.wrap(width, top - bottom)[1], gap) for p, gap in items if p is not None and p.text.strip()]
    total = sum(h + gap for _p, h, gap in sized) - (sized[-1][2] if sized else 0)
    y = top - max(0.0, (top - bottom - total) / 2)
    for p, h, gap in sized:
        p.drawOn(canvas, x, y - h)
        y -= h + gap


def new_canvas(title: str, size: tuple[float, float], subject: str = "", lang: str = "") -> tuple[Any, io.BytesIO]:
    """A canvas with the fonts registered (and so embedded) and the document's metadata set."""
    from reportlab.pdfgen.canvas import Canvas

    from eventplanner import APP_NAME

    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=size, pageCompression=1, invariant=1, initialFontName=FONTS.regular,
                    lang=lang or "en")
    canvas.setTitle(clean(title))
    canvas.setAuthor(APP_NAME)
    canvas.setSubject(clean(subject or title))
    canvas.setCreator(APP_NAME)
    return canvas, buf
